/**
 * A listed name's part that names an organisation's body: "Thanks to the Julia Security Team for
 * disclosing this" (round 24 of false positives, docs/redaction.md; "Julia" is a given name of
 * several listed people, and the Rust advisory was held back). After "the" and before a
 * capitalised noun of a body of people ("Team", "Project", "Foundation", "Community", "Committee",
 * "Council", "Group", "Consortium", "Alliance", maybe after one or two capitalised words, "Security
 * Team", "Steering Committee"), the word is the project's or organisation's name: a person's team
 * is written "Julia's team", and a person is not preceded by "the". In lower case ("the Julia
 * team") and without the article ("Julia Security Team members") the part is read as before.
 */
const bodyOfPeople = String.raw`(?:Teams?|Projects?|Foundation|Community|Committee|Council|Group|Consortium|Alliance|Organi[sz]ation)`;
const after = new RegExp(String.raw`^[\s\u00a0]+(?:\p{Lu}[\p{L}-]*[\s\u00a0]+){0,2}${bodyOfPeople}(?![\p{L}])`, 'u');

export function isOrganisationModifier(line: string, start: number, written: string): boolean {
  return /(?:^|[^\p{L}])[Tt]he[\s\u00a0]+$/u.test(line.slice(0, start)) && after.test(line.slice(start + written.length));
}
