/**
 * The authors `git shortlog` and a one-line `git log` print, in a pasted block (since probe round
 * 41; round 40b read `git log`'s `Author:` field and left these in "Limits"):
 *
 * - `git shortlog`: an author's name and the count of their commits, then their subjects indented
 *   (`Ysolde Kerrigan (12):`);
 * - `git shortlog -sn`: a count, a tab and the name (`    42\tYsolde Kerrigan`);
 * - `git log --format='%h %ad %an  %s'` and its like: a commit's short hash, a date, the author's
 *   name of two to four capitalised words, then two spaces or more before the subject.
 *
 * Code lines only: prose writes none of these. A name of words no name is made of ("Fix Proxy
 * Timeout (3):") is not read.
 */
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import type { PatternMatch } from './person-patterns.ts';

const word = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
const fullName = String.raw`${word}(?:\s(?:(?:van|von|de|der|da|di|du|le|la|Ó|Ní|Mac)\s)?${word}){1,3}`;
const shortlogHeader = new RegExp(String.raw`^(${fullName}) \(\d+\):\s*$`, 'du');
const shortlogCount = new RegExp(String.raw`^\s*\d+\t(${fullName}|${word})\s*$`, 'du');
const onelineAuthor = new RegExp(String.raw`^\s*[0-9a-f]{7,40}\s+(?:\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+)(${fullName})\s{2,}\S`, 'du');

/** Whether a name's words could be a person's: not all of them words of a dictionary or public names. */
const readsAsName = (name: string) => {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.some((w) => isPublicTerm(w) && !isKnownFirstName(w))) return false;
  return words.length === 1 ? !isEnglishWord(words[0].toLowerCase()) && !isOrdinaryWord(words[0]) : !words.every((w) => isOrdinaryWord(w) || (isEnglishWord(w.toLowerCase()) && !isKnownFirstName(w)));
};

/** The authors git's summaries print on the post's code lines, by line. */
export function findGitLogAuthors(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  for (const i of codeLines) {
    const line = lines[i];
    if (!/\d/.test(line)) continue;
    const m = shortlogHeader.exec(line) ?? shortlogCount.exec(line) ?? onelineAuthor.exec(line);
    if (!m || !readsAsName(m[1])) continue;
    found.set(i, [{ text: m[1], index: m.indices![1]![0], severity: 'error', why: "an author git's summary prints" }]);
  }
  return found;
}
