/**
 * The writer a quoted reply's header names (since probe round 55, docs/redaction.md, "Probe round
 * 55"), as mail clients write it in their languages above the quoted message:
 * "On Tue, Mar 3, 2026 at 3:40 AM Teodor Brannvik wrote:", "Le mar. 3 mars 2026 à 03:40, Mireille
 * Dufrasne a écrit :", "Am Di., 3. März 2026 um 03:40 Uhr schrieb Anna-Lena Kettwiger-Moos:",
 * "El mar, 3 mar 2026 a las 03:40, María de la Orvena escribió:", "Op di 3 mrt 2026 om 03:40
 * schreef Femke Oudshaal <…>:". The header's shape says a person wrote; the name rules read
 * most of them, but not a hyphenated surname after German's "schrieb" (only "Anna-Lena" was found).
 * A role or a team ("the on-call engineer", "Support Team") is no name: the words must be
 * capitalised and not all English words.
 */
import type { PatternMatch } from './person-patterns.ts';
import { isEnglishWord } from './people.ts';
import { isKnownFirstName } from './compromise-lexicon.ts';
import { alternationOf, nameParticles } from './name-particles.ts';

const word = String.raw`\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{Lu}\p{Ll}[\p{L}'’]*)?`;
const particle = String.raw`(?:${alternationOf(nameParticles)})`;
const name = String.raw`(${word}(?:[ \t]+(?:${particle}[ \t]+){0,3}${word}){0,3})`;
const address = String.raw`(?:[ \t]*\\?<[^<>\s]+@[^<>\s]+>)?`;
/** The headers: where the date goes and where the name goes, in each language. */
const replyHeader = new RegExp(
  [
    String.raw`^\s*(?:>\s*)*On[ \t].{4,60}?[ \t,]${name}${address}[ \t]+wrote:`,
    String.raw`^\s*(?:>\s*)*Le[ \t].{4,60}?,[ \t]+${name}${address}[ \t]+a[ \t]+écrit[ \t]*:`,
    String.raw`^\s*(?:>\s*)*Am[ \t].{4,60}?[ \t]schrieb[ \t]+${name}${address}[ \t]*:`,
    String.raw`^\s*(?:>\s*)*El[ \t].{4,60}?,[ \t]+${name}${address}[ \t]+escribió[ \t]*:`,
    String.raw`^\s*(?:>\s*)*Em[ \t].{4,60}?,[ \t]+${name}${address}[ \t]+escreveu[ \t]*:`,
    String.raw`^\s*(?:>\s*)*Il[ \t].{4,60}?[ \t]${name}${address}[ \t]+ha[ \t]+scritto[ \t]*:`,
    String.raw`^\s*(?:>\s*)*Op[ \t].{4,60}?[ \t]schreef[ \t]+${name}${address}[ \t]*:`,
  ].join('|'),
  'du',
);

/** The writer a reply's header on this line names, if any. */
export function findReplyHeaderPeople(line: string): PatternMatch[] {
  if (!/wrote:|écrit|schrieb|escribió|escreveu|scritto|schreef/.test(line)) return [];
  const m = replyHeader.exec(line);
  if (!m) return [];
  const group = m.findIndex((g, k) => k > 0 && g !== undefined);
  const text = m[group]!;
  const words = text.split(/[ \t-]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.every((w) => isEnglishWord(w.toLowerCase()) && !isKnownFirstName(w))) return [];
  return [{ text, index: m.indices![group]![0], severity: 'error', why: "the writer a quoted reply's header names" }];
}
