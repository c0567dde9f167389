/**
 * A handle in brackets right after the full name it is made of (probe round 60, docs/redaction.md):
 * CI runs, pager timelines and directory exports print a person as "Caspian Threlkeld
 * (cthrelkeld)" or "Ysolde Marchetti (ysolde.m)". The full name is found by the rules of names;
 * the handle beside it was published, though it names the same person. The handle is read only
 * when its letters are the name's: the given name, the surname, or both, whole or by their
 * initials (`cthrelkeld`, `ysolde.m`, `marchetti_y`, `ysolde-marchetti`), so a team or a tool in
 * brackets ("Ysolde Marchetti (Platform)", "(ledger-bot)") is not.
 */
import type { PatternMatch } from './person-patterns.ts';
import { isFullNameValue } from './pasted-config-people.ts';

const word = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
/** Two or three capitalised words, then a handle of lower-case letters, digits and separators in brackets. */
const nameThenHandle = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.-])(${word}(?: ${word}){1,2})\s*\(@?([\p{Ll}][\p{Ll}\p{N}._-]{1,38}[\p{Ll}\p{N}])\)`, 'gu');

const letters = (text: string) => text.toLowerCase().normalize('NFD').replace(/[^\p{L}]/gu, '');

/** Whether a handle's letters (digits and separators left out) are a full name's, whole or by initials. */
export function isHandleOfName(handle: string, fullName: string): boolean {
  const words = fullName.split(' ').map(letters).filter(Boolean);
  if (words.length < 2) return false;
  const [given, surname] = [words[0], words.at(-1)!];
  const compact = letters(handle);
  if (compact.length < 3) return false;
  const forms = [given + surname, given[0] + surname, given + surname[0], surname + given, surname + given[0], surname[0] + given, given[0] + surname[0] + surname.slice(1), words.join('')];
  // One word of the name alone is the person's too (`ysolde`, `threlkeld`), when it is not a short word.
  if (given.length >= 4) forms.push(given);
  if (surname.length >= 4) forms.push(surname);
  return forms.includes(compact);
}

/** The handles in brackets after the full names they are made of, on one line. */
export function findNameDerivedHandles(line: string): PatternMatch[] {
  if (!line.includes('(')) return [];
  const found: PatternMatch[] = [];
  for (const m of line.matchAll(nameThenHandle)) {
    // A name of English words is a team's or a role's ("Site Reliability (reliability)").
    if (!isHandleOfName(m[2], m[1]) || !isFullNameValue(m[1])) continue;
    found.push({ text: m[1], index: m.index, severity: 'error', why: 'a full name written with its own handle in brackets' });
    found.push({ text: m[2], index: m.index + m[0].lastIndexOf(m[2]), severity: 'error', why: 'a handle made of the full name before it' });
  }
  return found;
}
