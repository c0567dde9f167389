/**
 * The people a German attendee list names (since probe round 56, docs/redaction.md, "Probe round
 * 56"): "Teilnehmer: Wendrowski-Pahl, Aumeyer, Stollhagen". Round 55 read the attendee labels of
 * other languages as sign-off labels, but not German's: in a German handbook its lists hold roles
 * and groups ("Alle Projektbeteiligten", "Incident Manager, Entwickler"), German capitalises every
 * noun, and no lexicon knows German words, so a label alone would read them all as names.
 *
 * What separates a list of people from a list of things here is the items' shape: on the label's
 * line, two items or more between commas or semicolons, each of one to three capitalised words
 * (no placeholder, no digit, no lower-case word), and one item at least that only a person is
 * named so: a double surname of two capitalised parts joined by a hyphen (`Wendrowski-Pahl`; a
 * compound noun's first part is an acronym or the second lower-case: `IT-Betrieb`,
 * `Service-Owner` is a role's) or a given name a lexicon knows before a surname. Then each item
 * that is not all English or common words is a name.
 */
import { isEnglishWord, isOrdinaryWord } from './people.ts';
import { isKnownFirstName } from './compromise-lexicon.ts';
import { isPublicTerm } from './public-terms.ts';
import type { PatternMatch } from './person-patterns.ts';

const emphasis = String.raw`(?:\*\*|__)?`;
/** The label and the rest of its line. */
const attendeeLabel = new RegExp(String.raw`^\s*(?:[-*+]\s+)?${emphasis}(?:Teilnehmer(?:innen|\*innen|:innen)?|Teilnehmende|Anwesende?)${emphasis}\s*:${emphasis}\s*(.+?)\s*$`, 'du');
const word = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/**
 * The particles a name may hold between its words ("Jorrit van der Haelst"), never a name's word
 * themselves. Its own list, not name-particles.ts': German writes the contractions "vom" and "zum"
 * in names, and the shared list's "des", "das", "dos", "te", "do" are words of a German list's
 * items that name no one ("Leiter des Betriebs" would read as a name between two words).
 */
const particles = 'von|van|de|der|den|zu|vom|zum|la|le|da|di|del';
const particle = new RegExp(`^(?:${particles})$`);
/** An item of one to three capitalised words, with particles between. */
const itemShape = new RegExp(String.raw`^${word}(?: (?:(?:${particles}) )*${word}){0,2}$`, 'u');
/** A double surname: two capitalised parts of three letters or more joined by a hyphen. */
const doubleSurname = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}$/u;
/** Words of a group or a role, never a surname in such a list. */
const groupWord = /^(?:Alle|Team|Teams|Leads?|Manager(?:in)?|Owner|Betrieb|Abteilung|Kunde|Kunden|Entwickler(?:innen)?|Support|Vertreter(?:in)?)$/u;

const commonWord = (w: string) => isEnglishWord(w) || isOrdinaryWord(w) || isPublicTerm(w) || groupWord.test(w);
/** A name: a word not all of whose parts are English, common or public words, or a given name a lexicon knows. */
const reads = (item: string) => item.split(/[ -]/).some((w) => w.length >= 3 && !commonWord(w) && !particle.test(w));

/** The names a German attendee list on this line names, if its items are shaped as people's. */
export function findGermanAttendees(line: string): PatternMatch[] {
  if (!/Teilnehm|Anwesend/.test(line)) return [];
  const m = attendeeLabel.exec(line);
  if (!m) return [];
  const rest = m[1].replace(/(?:\*\*|__)\s*$/, '');
  const items: { text: string; index: number }[] = [];
  let at = m.indices![1]![0];
  for (const part of rest.split(/([,;])/)) {
    if (part !== ',' && part !== ';') items.push({ text: part.trim(), index: at + part.length - part.trimStart().length });
    at += part.length;
  }
  if (items.length < 2 || !items.every((item) => itemShape.test(item.text) && !item.text.split(' ').some((w) => groupWord.test(w)))) return [];
  const strong = items.some(({ text }) => doubleSurname.test(text) || (text.includes(' ') && isKnownFirstName(text.split(' ')[0]) && !commonWord(text.split(' ').at(-1)!)));
  if (!strong) return [];
  return items.filter((item) => reads(item.text)).map((item) => ({ text: item.text, index: item.index, severity: 'error' as const, why: 'in a German attendee list' }));
}
