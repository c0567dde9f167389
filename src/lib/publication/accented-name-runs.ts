/**
 * The given names written before a listed surname in a name of another language ("Ngọc Loan
 * Trần" of a listed "Trần …"): only the listed part was replaced, and "writer and organizer Ngọc
 * Loan an engineer" was published (adoption round 51), the rest of the name beside the role. One
 * or two capitalised words right before the listed part go with it when one of them at least is
 * written with a letter English does not use (a diacritic: "Ngọc", "Zoë", "José"): such a word
 * there is a name's, not an English word's, and the word next to it ("Loan") is the same name's.
 */
const wordBefore = /(\p{Lu}[\p{Ll}\p{M}]*[\p{Ll}][\p{Ll}\p{M}]*)[ \u00a0]$/u;

/** Capitalised words that open a sentence or a title, never a name's. */
const functionWords = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'as', 'if', 'but', 'so', 'then', 'when', 'while', 'after', 'before', 'since', 'this', 'that', 'our', 'my', 'we', 'i', 'dear', 'thanks', 'hi', 'hey', 'hello']);

/** Where the name holding the listed part at `index` starts: `index` itself when no such words precede it. */
export function accentedNameRunStart(line: string, index: number): number {
  let start = index;
  let accented = false;
  for (let words = 0; words < 2; words++) {
    const m = wordBefore.exec(line.slice(Math.max(0, start - 40), start));
    if (!m) break;
    const wordStart = start - m[0].length;
    // A word inside a longer run of letters or after an apostrophe is no word of its own.
    if (wordStart > 0 && /[\p{L}\p{N}'’-]/u.test(line[wordStart - 1])) break;
    if (functionWords.has(m[1].toLowerCase())) break;
    if (/[^\x00-\x7f]/.test(m[1])) accented = true;
    start = wordStart;
  }
  return accented ? start : index;
}
