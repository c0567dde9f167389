/**
 * An author's byline written as an emphasised line of its own, with no "By" (probe round 41): a
 * protocol team signs its write-ups of other protocols' incidents so, under the title
 * ("_Orla Vantry 2020-12-28._", "_Shahin Qadri, Feb 09, 2021._", "_Franck, Feb 10, 2021._",
 * "_Daviel Von Farrow_"). The line holds a name and, perhaps, a date, and nothing else. A date
 * makes it a byline wherever it stands; without one only the line right under the post's title or
 * its first heading is read, where a post puts its author. Not a remark, a state or a product
 * ("_Work in progress_", "_Draft, Feb 10, 2021._", "_Ethereum Mainnet, Feb 10, 2021._"): every
 * word of the name must be capitalised, and a name of English words or public names is no one's.
 */
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import type { PatternMatch } from './person-patterns.ts';
import { alternationOf, irishSurnamePrefixes, nameParticles } from './name-particles.ts';

const month = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** A date as bylines write it: `2020-12-28`, `2021-1-21`, `Feb 09, 2021`, `9 February 2021`. */
const date = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|${month}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+${month}\s+\d{4})`;
/** A surname's particle between capitalised words ("van der", "Ó", "Mac"; "Von" capitalised is read as a word of the name). */
const particle = String.raw`(?:${alternationOf([...nameParticles, ...irishSurnamePrefixes])})`;
const word = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
const name = String.raw`${word}(?:\s(?:${particle}\s){0,2}${word}){0,3}`;
/** The whole line: emphasis, the name, perhaps a separator and a date, a full stop, emphasis. */
const emphasisedByline = new RegExp(String.raw`^\s*(\*{1,2}|_{1,2})(${name})(?:(?:\s*,\s*|\s+[—–-]\s+|\s+)(${date}))?\.?\1\s*$`, 'u');

/** Whether the word says nothing of a name: a dictionary's or a public name's, not a known first name. */
const plainWord = (w: string) => isPublicTerm(w) || isOrdinaryWord(w) || (isEnglishWord(w) && !isKnownFirstName(w));

/** The bylines of the post's lines (prose only), by line. */
export function findItalicBylines(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  let headingsSeen = 0;
  let underHeading = false;
  lines.forEach((line, i) => {
    if (codeLines.has(i)) return;
    if (!line.trim()) return;
    const heading = /^\s{0,3}#{1,6}\s/.test(line);
    const justUnder = underHeading;
    underHeading = heading && ++headingsSeen === 1;
    if (heading || !/^\s*[*_]/.test(line)) return;
    const m = emphasisedByline.exec(line);
    if (!m || !(m[3] || justUnder)) return;
    const words = m[2].split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !new RegExp(`^${particle}$`, 'u').test(w));
    // A product's name is no one's ("Ethereum Mainnet"); one word is a name when it is no word of
    // a dictionary or, without a date, when a lexicon knows it as a given name and nothing else.
    if (words.some((w) => isPublicTerm(w) && !isKnownFirstName(w))) return;
    if (words.length === 1 ? (m[3] ? plainWord(words[0]) : !(isKnownFirstName(words[0]) && !isOrdinaryWord(words[0]))) : words.every(plainWord)) return;
    found.set(i, [{ text: m[2], index: m.index + m[0].indexOf(m[2]), severity: 'error', why: 'the byline of the post' }]);
  });
  return found;
}
