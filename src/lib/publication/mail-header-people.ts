/**
 * A sender or recipient written surname first in a pasted mail header (since probe round 57,
 * docs/redaction.md, "Probe round 57"): Outlook writes "Nachname, Vorname" in German and other
 * locales (`Von: Vinterlund, Hedda`, `An: Wendrowski-Pahl, Ansgar <ansgar@…>`), and the rules
 * that read a header's names read "Cc: Ana Kovač, Ivo Horvat" as a list of two, so the given name
 * was found alone, or joined to the next header's label ("Hedda Gesendet").
 *
 * Read after a header's label of English, German, French, Spanish, Portuguese, Italian, Dutch
 * and the Nordic languages, each item of a `;`-separated list: two capitalised words with a comma
 * between them (the surname with its hyphens), the whole item, with an optional address (its
 * bracket escaped as an MDX post writes it, `\<ansgar@…>`). One of
 * the words must be a given name a lexicon knows, or an address must follow, or neither word be
 * an English, common or public word: "Cc: Ledger, Payments" is two teams.
 */
import type { PatternMatch } from './person-patterns.ts';
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

const label = /^\s*(?:>\s*)*(?:\*\*)?(?:From|To|Cc|CC|Bcc|Von|An|Kopie|De|À|A|Cc|Para|Da|Van|Aan|Från|Till|Fra|Til|Kopia)(?:\*\*)?\s?:(?:\*\*)?[ \t]+/u;
const word = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const surnameFirst = new RegExp(String.raw`^(${word}),[ \t]+(${word})[ \t]*(\\?<[^<>\s@]+@[^<>\s]+>)?[ \t]*$`, 'u');

const isWord = (w: string) => w.split('-').every((part) => isEnglishWord(part.toLowerCase()) || isOrdinaryWord(part) || isPublicTerm(part));

/** The people a mail header's line names surname first. */
export function findMailHeaderPeople(line: string): PatternMatch[] {
  const head = label.exec(line);
  if (!head || !line.includes(',')) return [];
  const found: PatternMatch[] = [];
  let offset = head[0].length;
  for (const item of line.slice(offset).split(';')) {
    const lead = item.match(/^\s*/)![0].length;
    const m = surnameFirst.exec(item.slice(lead));
    if (m) {
      const [surname, given, address] = [m[1], m[2], m[3]];
      const named = isKnownFirstName(given) || isKnownFirstName(surname) || Boolean(address) || !(isWord(surname) || isWord(given));
      if (named && !(isWord(surname) && isWord(given))) found.push({ text: `${surname}, ${given}`, index: offset + lead, severity: 'error', why: "a mail header's person, surname first" });
    }
    offset += item.length + 1;
  }
  return found;
}
