/**
 * The language of the clause around a finding written in Latin letters, where that clause is
 * Chinese, Japanese or Korean (redact round 37): a Chinese author's footer
 * ("作者: Allen Galler (allengaller@gmail.com)") was fixed with English stand-ins ("作者: an
 * engineer (the responsible team)"), and a Japanese sentence naming an author ("…の中で、Sidney
 * Dekkerは…") with "An engineer". The clause's language is the script of the nearest letter that
 * is no name or address: before the finding (across spaces, punctuation, markup, capitalised
 * Latin words and addresses, within its table cell), else after it. A Latin name in an English
 * clause ("Contact Allen Galler (…)") keeps the English role.
 */

/** A letter of a script written without spaces between words, or of Hangul, whose particles join the word before. */
export const spacelessLetter = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}々ー]/u;

export type SpacelessLanguage = 'zh' | 'ja' | 'ko';

/** What stands between a finding and its clause's words: spaces, punctuation, markup, Latin names and addresses. */
const skippedBefore = /(?:[\s\p{P}\p{S}]+|[\w.+-]+@[\w.-]+|https?:\/\/\S+|\p{Lu}[\p{L}'’-]*)$/u;
const skippedAfter = /^(?:[\s\p{P}\p{S}]+|[\w.+-]+@[\w.-]+|https?:\/\/\S+|\p{Lu}[\p{L}'’-]*)/u;

/** The language of the clause around `source[start, end)` when it is Chinese, Japanese or Korean; undefined otherwise. */
export function spacelessLanguageOfClause(source: string, start: number, end: number): SpacelessLanguage | undefined {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end) < 0 ? source.length : source.indexOf('\n', end);
  // Within its table cell: a row's other cells are other clauses.
  const cellStart = source.lastIndexOf('|', start - 1) >= lineStart ? source.lastIndexOf('|', start - 1) + 1 : lineStart;
  const cellEnd = source.indexOf('|', end) >= 0 && source.indexOf('|', end) < lineEnd ? source.indexOf('|', end) : lineEnd;
  let before = source.slice(cellStart, start);
  for (let m; before && (m = skippedBefore.exec(before)) && m[0]; ) before = before.slice(0, m.index);
  let after = source.slice(end, cellEnd);
  for (let m; after && (m = skippedAfter.exec(after)) && m[0]; ) after = after.slice(m[0].length);
  const letter = before ? before.at(-1)! : after.charAt(0);
  if (!letter || !spacelessLetter.test(letter)) return undefined;
  if (/\p{sc=Hangul}/u.test(letter)) return 'ko';
  // Kana on the line says Japanese (Chinese writes none); Han alone, Chinese.
  return /[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(source.slice(lineStart, lineEnd)) ? 'ja' : 'zh';
}

/**
 * Korean where the page is (adoption round 60): a Korean engineer's write-ups name products and
 * tools in Latin letters between clauses of English words ("OS: Windows 11 Pro (22H2)", a table
 * cell of code), and each such finding got "an engineer" or "An internal system" on a Korean page.
 * A finding whose clause tells no language (`spacelessLanguageOfClause` undefined) takes Korean
 * when its line has Hangul, or when the page is Korean (more lines outside code with Hangul than
 * lines of four Latin words or more without) and its own line is no English sentence (fewer than
 * four Latin words). Chinese and Japanese pages are told by their clauses as before.
 */
export function koreanPageLanguage(source: string, start: number, end: number): 'ko' | undefined {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end) < 0 ? source.length : source.indexOf('\n', end);
  const line = source.slice(lineStart, lineEnd);
  if (/[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(line)) return undefined;
  if (/\p{sc=Hangul}/u.test(line)) return 'ko';
  return latinWordCount(line) < 4 && isKoreanPage(source) ? 'ko' : undefined;
}

const latinWord = /(?<![\p{L}\p{N}])\p{sc=Latin}{2,}/gu;
function latinWordCount(line: string): number {
  return line.match(latinWord)?.length ?? 0;
}

/** The page judged last and whether it is Korean: a page's findings are fixed one after another. */
let judgedPage: { source: string; korean: boolean } | undefined;

function isKoreanPage(source: string): boolean {
  if (judgedPage?.source === source) return judgedPage.korean;
  let hangulLines = 0;
  let latinLines = 0;
  let fenced = false;
  for (const line of source.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    else if (fenced) continue;
    else if (/\p{sc=Hangul}/u.test(line)) hangulLines++;
    else if (latinWordCount(line) >= 4) latinLines++;
  }
  judgedPage = { source, korean: hangulLines > latinLines };
  return judgedPage.korean;
}
