/**
 * A piece of an author's text as a message quotes it (bad input round 38b). Messages used to cut
 * a quote with `slice(0, n)`, which counts UTF-16 code units: an emoji, a mathematical letter or
 * a family emoji was cut in half (a lone surrogate, shown as �), a combining accent was parted
 * from its letter, and a line break or a control character inside the quote was printed raw,
 * breaking the message's line or the terminal. One helper for every message that quotes input:
 *
 * - cut by grapheme (what a reader sees as one character), never inside one;
 * - one line: the quote stops at the first line break;
 * - "…" wherever text was left out (after the cut, or for the lines after the first);
 * - control, bidirectional-override and lone-surrogate characters shown as `\uXXXX`, as they are
 *   invisible or reorder the message around them.
 */

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters a terminal or a message would not show as themselves: C0/C1 controls but the tab, bidi controls, lone surrogates. */
const unshowable = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** How a character no one sees is written in a quote: `\u0007`. */
export const escapedCharacter = (character: string) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `U+1D400` for a whole character (a surrogate pair read as one code point). */
export const codePointName = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `text` shortened to at most `maxCharacters` graphemes of its first line, with "…" where text was
 * left out, and unshowable characters escaped. Tabs become spaces; the end is trimmed before "…".
 */
export function quoteSnippet(text: string, maxCharacters = 60): string {
  const lineBreak = /\r\n|[\n\r\u2028\u2029\u0085]/.exec(text);
  const firstLine = lineBreak ? text.slice(0, lineBreak.index) : text;
  const moreLines = lineBreak !== null && text.slice(lineBreak.index).trim() !== '';
  const pieces: string[] = [];
  let cut = false;
  for (const { segment } of graphemes.segment(firstLine)) {
    if (pieces.length === maxCharacters) {
      cut = true;
      break;
    }
    pieces.push(segment);
  }
  const shown = pieces.join('').replace(/\t/g, ' ').replace(unshowable, escapedCharacter);
  return cut || moreLines ? `${shown.trimEnd()}…` : shown;
}

/** `quoteSnippet` in double quotes, as most messages write a value. */
export const quotedSnippet = (text: string, maxCharacters = 60) => `"${quoteSnippet(text, maxCharacters)}"`;

/**
 * A parser's reason quoting the character it stopped at, made fit to show. micromark reads UTF-16
 * code units, so at a mathematical letter or an emoji it said "Unexpected character `\uFFFD`
 * (U+D835)", half a character, and at a letter with accents the letter alone: the character a
 * reader sees at the place it names (`lineText`, 1-based `column` in code units) is written
 * whole, with its code points. A control or bidi character quoted raw (`‮`, which reverses the
 * message after it) is written escaped.
 */
export function reasonWithWholeCharacter(reason: string, lineText: string | undefined, column: number | undefined): string {
  return reason.replace(/`([^`]*)` \(U\+([0-9A-F]{4,6})\)/i, (quote, shown: string, code: string) => {
    const grapheme = lineText !== undefined && column !== undefined ? graphemes.segment(lineText.slice(column - 1)).containing(0)?.segment : undefined;
    if (!grapheme || grapheme.charCodeAt(0) !== parseInt(code, 16) && grapheme.codePointAt(0) !== parseInt(code, 16)) {
      return /^D[89AB]/i.test(code) ? quote : `\`${quoteSnippet(shown, 1)}\` (U+${code})`;
    }
    return `\`${quoteSnippet(grapheme, 1)}\` (${[...grapheme].map(codePointName).join(' ')})`;
  });
}
