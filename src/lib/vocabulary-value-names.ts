/**
 * What an unknown team or service value names when it is no id (bad input round 42): a team's
 * display name or handle (`owner: "@acme/checkout"`, `teams: [Checkout Platform]`), or a person
 * (`owner: Alice Example`, `owner: "@alice"`), as a tracker or a wiki export writes an owner. The
 * plain "unknown team" message offered to add a person's name to teams.yaml.
 */

interface NamedEntry {
  name?: string;
  handle?: string;
}

/** The entry of `known` whose display name or handle `value` is, when it is not the id in other letter case. */
export function vocabularyEntryNamed(value: string, known: ReadonlyMap<string, NamedEntry>): { id: string; by: 'name' | 'handle' } | undefined {
  const wanted = value.trim().toLowerCase();
  // The id in other letter case or with spaces for hyphens ("Checkout", "checkout api") is said with the id it is closest to.
  if (known.has(wanted) || known.has(wanted.replace(/\s+/g, '-'))) return undefined;
  for (const [id, entry] of known) {
    if (entry.handle && entry.handle.toLowerCase() === wanted) return { id, by: 'handle' };
    if (entry.name && entry.name.toLowerCase() === wanted) return { id, by: 'name' };
  }
  return undefined;
}

/** Why a team value that is no id names a person, or undefined. */
export function personAsTeam(value: string): string | undefined {
  const text = value.trim();
  // Round 49: `owner: ana@acme.example` was "it holds @ and ., not among the a-z, 0-9 and hyphens": an address names a person or a list, not the team.
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(text)) return `is an e-mail address, not a team: a team answers for the work, named by its id in teams.yaml, and a postmortem names no person (it is blameless, and names must not reach the public site). If the address is a team's list, write that team's id.`;
  // Round 63: a name with its address, as a mail header writes one (`Jane Doe <jane@acme.example>`), was a team to add ("jane-doe-jane-acme-example").
  const mailbox = /^"?([^"<>@]+?)"?\s*<\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*>$/.exec(text);
  if (mailbox) return `is a person (${mailbox[1].trim()}) with an e-mail address (${mailbox[2]}), as a mail header writes one, not a team: a team answers for the work, named by its id in teams.yaml, and a postmortem names no person (it is blameless, and names must not reach the public site). If the address is a team's list, write that team's id.`;
  // Round 56: two or more addresses (`ana@acme.example, ben@acme.example`) were a team to add ("ana-acme-example-ben-acme-example").
  const addresses = text.split(/\s*[,;]\s*|\s+and\s+/);
  if (addresses.length > 1 && addresses.every((address) => /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(address))) return `is ${addresses.length} e-mail addresses, people and not a team: a team answers for the work, named by its id in teams.yaml (one team, the one that does the work), and a postmortem names no person (it is blameless, and names must not reach the public site).`;
  // Round 54: a person with a handle or a link to a profile (`Ana Lopez (@ana)`, `[Ana](https://social.example/@ana)`,
  // as a blog's author line writes one) was an "unknown team" to add to teams.yaml, or had each of its signs listed.
  const linked = /^\[([^\]]+)\]\(\s*(https?:\/\/[^)\s]+)\s*\)$/.exec(text);
  if (linked) return `is a Markdown link (${linked[1]}, to ${linked[2]}), which names ${/@|\/(?:u|users?|people|profile)\//i.test(linked[2]) ? 'a person by a profile' : 'a page'}, not a team: a team answers for the work, named by its id in teams.yaml, and a postmortem names no person (it is blameless, and names must not reach the public site).`;
  const withHandle = /^(.+?)\s*\(\s*\[?(@[\w.-]+)\]?(?:\([^)]*\))?\s*\)$/.exec(text);
  if (withHandle && !/\b(?:team|squad|group)\b/i.test(withHandle[1])) return `is a person (${withHandle[1].trim()}) with a handle (${withHandle[2]}), not a team: a team answers for the work, and a postmortem names no person (it is blameless, and names must not reach the public site).`;
  // Round 58: a wiki's or a tracker's mention of a person (`@Ana Lopez` from Confluence, `[~ana]` from Jira) was a team to add ("ana-lopez").
  const mention = /^@(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]*){1,3})$/u.exec(text) ?? /^\[~(?:accountid:)?([^\]]+)\]$/.exec(text);
  if (mention && !/\b(?:team|squad|group)\b/i.test(mention[1])) return `is a mention of a person (${mention[1]}), as a wiki or a tracker writes one (Confluence's @name, Jira's [~name]), not a team: a team answers for the work, and a postmortem names no person (it is blameless, and names must not reach the public site).`;
  if (/^@[\w.-]+$/.test(text)) return `is a person's handle, not a team: a team answers for the work, and a postmortem names no person (it is blameless, and names must not reach the public site).`;
  // Round 48: `Team Checkout`, `Payments Squad` were "a person's name": a word of a team's name says otherwise.
  // Round 56: or in French, Spanish, German (`Équipe Paiements` was "a person's name").
  const teamWord = /\b(?:team|squad|group|guild|crew|tribe|platform|ops|operations|engineering|infra|infrastructure|support|on-?call|sre|devops|security)\b/i.test(text) || /(?<![\p{L}])(?:équipe|equipe|equipo|abteilung|gruppe|groupe|grupo)(?![\p{L}])/iu.test(text);
  // Round 55: `owner: "Lopez, Ana"`, a name as a directory lists it, family name first, was a team to add ("lopez-ana").
  const familyFirst = /^(\p{Lu}[\p{Ll}'’-]+),\s*(\p{Lu}(?:[\p{Ll}'’-]+|\.)(?:\s+\p{Lu}\.?)?)$/u.exec(text);
  if (!teamWord && familyFirst) return `is a person's name written family name first (${familyFirst[2]} ${familyFirst[1]}), as a directory lists people, not a team: a team answers for the work, and a postmortem names no person (it is blameless, and names must not reach the public site).`;
  if (!teamWord && /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?[\p{Ll}'’-]*){1,3}$/u.test(text)) return `looks like a person's name, not a team: a team answers for the work, and a postmortem names no person (it is blameless, and names must not reach the public site). If it is a team, add it to teams.yaml with an id of lowercase letters and hyphens (${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}) and write that id.`;
  return undefined;
}

/**
 * A team's id beside a person or another team in one value (bad input round 57): `checkout (Ana Lopez)`,
 * `Ana Lopez (checkout)`, `checkout - Ana Lopez`, `checkout (@ana)`, `checkout (payments)`, as a tracker's
 * "team (assignee)" column writes an owner. It was "did you mean checkout?" with an id to add,
 * `checkout-ana-lopez`, or "a person (checkout) with a handle"; a table's owner cell so written asked for a team.
 * The team's id (as `teamOf` reads a part), and what stands beside it.
 */
export function teamBesideAnother(value: string, teamOf: (written: string) => string | undefined): { team: string; other: string; otherTeam?: string; address: boolean } | undefined {
  const split = /^(.+?)\s*(?:\(\s*([^()]+?)\s*\)|\s[-–—]\s+(.+))$/.exec(value.trim());
  if (!split) return undefined;
  const [first, second] = [split[1].trim(), (split[2] ?? split[3]).trim()];
  const [teamFirst, teamSecond] = [teamOf(first), teamOf(second)];
  const team = teamFirst ?? teamSecond;
  if (!team) return undefined;
  const other = teamFirst ? second : first;
  return { team, other, ...(teamFirst && teamSecond ? { otherTeam: teamSecond } : {}), address: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(other) };
}

/** The id of the team `known` has under `written`: its id in any letter case, its display name or its handle. */
export function teamIdIn(written: string, known: ReadonlyMap<string, NamedEntry>): string | undefined {
  return known.has(written.toLowerCase()) ? written.toLowerCase() : vocabularyEntryNamed(written, known)?.id;
}
