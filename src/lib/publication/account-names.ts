/**
 * A listed "name" that is a group's or a program's account, not a person's (since the nineteenth
 * round of false positives). Lists of people come from git authors, CODEOWNERS and chat exports,
 * and those hold the accounts of teams and assistants beside people: "The Hachyderm Admins",
 * "OpenClaw Assistant", "Acme Release Bot". Each part of a listed name is looked for alone, so
 * "Hachyderm", the organisation's own public name, became a person in every post of its incident
 * log, and "Assistant" a person in "Home Assistant". Such an account is looked for as written,
 * whole, and its parts are not.
 *
 * An account: the name ends with a word for a group or a program (admins, team, bot, assistant,
 * …) and no other part is a given name (`isGivenName`, the caller's lexicons). "Jane Doe Bot" or
 * "Hallvard (admin)" keep their parts: a given name says a person is named, and a part missed
 * would be published. An article alone says nothing ("The" is a Vietnamese given name, Thế).
 */
const groupOrProgramWords = new Set(['admin', 'admins', 'administrators', 'team', 'teams', 'bot', 'bots', 'assistant', 'agent',
  'maintainers', 'moderators', 'mods', 'staff', 'committee', 'automation', 'robot', 'ci', 'infra', 'ops', 'sre', 'security',
  'support', 'releases', 'runner', 'runners', 'workflow', 'workflows', 'pipeline', 'pipelines', 'actions', 'deployer', 'daemon']);

/**
 * Whether one part of a listed name is a word for a group or a program ("Agent" of "Agent Smith",
 * "Bot" of "Bot Vold"; since round 21 of false positives): not looked for alone, as a person's
 * name part is, since the word names programs everywhere ("Hermes-Agent", "the Agent's logs",
 * "Auteur : Agent Sisyphus"). The name's other parts and the whole name are looked for as before.
 */
export function isGroupOrProgramWord(word: string): boolean {
  return groupOrProgramWords.has(word.toLowerCase());
}

export function isGroupOrProgramAccount(name: string, isGivenName: (word: string) => boolean): boolean {
  const words = name.trim().split(/\s+/).map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean);
  if (words.length < 2 || !groupOrProgramWords.has(words.at(-1)!.toLowerCase())) return false;
  return !words.slice(0, -1).some((word) => !/^the$/i.test(word) && isGivenName(word));
}
