/**
 * A given name and the initial of the surname after it, as rotas and notes shorten a colleague's
 * name (since probe round 56, docs/redaction.md, "Probe round 56"): "On call: Hedda V. (primary),
 * Corvin A. (secondary)". The given name was found in the list; the initial after it was
 * published, and with it the name as the team knows it. The initial belongs to the name when the
 * initial ends an item: before a bracket, a comma, a semicolon, a slash or the line's end (before
 * a capitalised word it is a middle initial, and the full-name rules read the whole). These are
 * extensions only: person-patterns.ts keeps one where another rule found the given name.
 */
import type { PatternMatch } from './person-patterns.ts';

const givenAndInitial = /(?<![\p{L}\p{N}_.'’-])(\p{Lu}\p{Ll}{2,}) \p{Lu}\.(?=\s*(?:[(,;/]|$))/gu;

/** Each capitalised word with an initial after it ending an item, on one line. */
export function findGivenNameInitials(line: string): PatternMatch[] {
  if (!/ \p{Lu}\./u.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of line.matchAll(givenAndInitial)) {
    found.push({ text: m[0], index: m.index!, severity: 'error', why: "a given name and its surname's initial" });
  }
  return found;
}
