import { decodeEntities } from '../html-entities.ts';

/**
 * Public text as customers read it, for the redaction guard: a name or host written so that the
 * source hides it from a text search but the page shows it is folded back into the plain letters
 * the guard's rules look for, with each character's place in the source kept, so a finding still
 * points at the line and column the author must change. What is folded:
 *
 * - invisible characters (soft hyphen, zero-width space and joiners, word joiner, byte-order mark,
 *   direction marks and overrides) and combining marks: `Eka\u200Bterina`, `10.1.\u00AD2.3`,
 *   `Ekate\u0301rina`;
 * - percent-escapes of printable characters, which a browser shows decoded: `/%45katerina`;
 * - compatibility forms (Unicode NFKC) of letters, digits and the punctuation of addresses:
 *   full-width `Ｅｋａｔｅｒｉｎａ`, mathematical `𝐄katerina`, `１０.1.2.3`;
 * - Cyrillic and Greek letters that look like Latin ones, in a word that is otherwise Latin or
 *   made only of such letters: `Еkaterina` with a Cyrillic Е, `db7.acme.іnternal`;
 * - character references, which Markdown and MDX decode: `&#69;katerina`, `db7&period;acme`;
 * - emphasis, code and strike-through markers and inline HTML tags inside a word, which the page
 *   renders as one word: `Ekate**rina**`, `Oluwa<span>seun</span>`, `orders-**db**`;
 * - hyphens other than `-` (U+2010 to U+2012, U+FE63) inside a word, and an en dash or minus sign
 *   (U+2013, U+2212) between a word and a number, which read as a hyphen: `OPS‑99123` with a
 *   non-breaking hyphen is the ticket `OPS-99123`. An en dash between words is how a range or a
 *   line between two places is written ("Bina–Gwalior", "Harding–Chamberlin"): left as it is;
 * - defanged addresses, as threat reports write them so they are not clickable, which every reader
 *   still reads: `10[.]44[.]12[.]9`, `db9(.)acme[dot]internal`, `hxxps://`, `ops[at]acme.example`,
 *   `name (at) acme (dot) com`.
 *
 * Line breaks are never added or removed, so line numbers are the same in both texts.
 */
export interface ReadingView {
  /** The folded text. */
  text: string;
  /** Per line, for each character of the folded line, where its source starts in the original line. */
  starts: number[][];
  /** Per line, for each character of the folded line, where its source ends in the original line. */
  ends: number[][];
  /** The length of each original line. */
  lineLengths: number[];
}

/** Invisible in a page: soft hyphen, Mongolian vowel separator, zero-width characters, direction controls, word joiner and invisible operators, byte-order mark. */
const invisible = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/**
 * Markdown markers that render nothing between two parts of a word (`Ekate**rina**`,
 * `orders-**db**`); the same run later on the line closes them and is dropped too.
 */
const wordChar = String.raw`[\p{L}\p{N}]`;
const joinerPunctuation = String.raw`[.@:/-]`;
const markersInWord = new RegExp(String.raw`(?<=${wordChar}|${wordChar}${joinerPunctuation})[*~\x60]+(?=${wordChar}|${joinerPunctuation}${wordChar})`, 'gu');

/** Formatting elements that do not break a word (as in the built-page scan). */
const inlineTag = String.raw`<\/?(?:a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|label|mark|nobr|q|rb|rp|rt|ruby|s|samp|small|span|strike|strong|sub|sup|time|tspan|tt|u|var|wbr)(?:\s[^<>\n]*)?\/?>`;

const entity = String.raw`&(?:#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);`;

/** A percent-escape of a printable ASCII character (`%45katerina` in a URL reads "Ekaterina"). */
const percentEscape = String.raw`%(?:2[1-9A-Fa-f]|[3-6][0-9A-Fa-f]|7[0-9A-Ea-e])`;

/**
 * A defanged dot or at sign in brackets (`[.]`, `(dot)`, `{.}`, `[at]`, `(@)`, `{at}`), with the spaces
 * around it (`name (at) acme (dot) com`), and the `hxxp` of a defanged URL scheme.
 */
const defanged = String.raw`\s*(?:\[(?:\.|[dD][oO][tT]|[aA][tT]|@)\]|\((?:\.|[dD][oO][tT]|[aA][tT]|@)\)|\{(?:\.|[dD][oO][tT]|[aA][tT]|@)\})\s*|\b[hH][xX]{2}[pP](?=[sS]?(?::|\[:\])\/\/)|\[:\](?=\/\/)`;

/**
 * Full stops of other scripts between letters or digits of a host (`ledger-db-7。acme。internal`):
 * an address bar and a resolver read U+3002, U+FF61 and U+FE52 as the dot (IDNA), and a text
 * search does not (seventeenth probe round). Read as `.` as a defanged dot is.
 */
const dotLike = String.raw`(?<=[A-Za-z0-9])[\u3002\uFF61\uFE52](?=[A-Za-z0-9])`;

/** Hyphens and dashes that read as `-` where they are (NFKC keeps them, or makes U+2011 the hyphen U+2010). */
const dashLike = String.raw`(?<=[\p{L}\p{N}])(?:[\u2010-\u2012\uFE63](?=[\p{L}\p{N}])|[\u2013\u2212](?=\p{N}))`;

/**
 * A backslash inside a word or between two words of a name, which the page shows or drops but
 * which splits the name for a text search: `Bryn\jolf` (shown as written: a backslash before a
 * letter escapes nothing), `Brynjolf\ Tamsle`. The source is read as written too, so a Windows
 * path (`C:\Users\hbrekke`) is still found there.
 */
const backslashInName = String.raw`(?<=\p{L})\\(?=\p{L}|[ ]\p{Lu})`;

/** One piece the folding may change; everything else is copied as it is. */
const foldable = new RegExp(`(${entity})|(${inlineTag})|([*~\\x60]+)|(${invisible.source}|\\p{Mn})|(${percentEscape})|(${defanged}|${dotLike})|(${dashLike})|(${backslashInName})|([^\\x00-\\x7F])`, 'gu');

/** Latin look-alikes: Cyrillic and Greek letters that render like a Latin letter in common fonts. */
const lookAlikes: Record<string, string> = {
  // Cyrillic
  '\u0430': 'a', '\u0435': 'e', '\u043E': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x',
  '\u0456': 'i', '\u0458': 'j', '\u0455': 's', '\u04BB': 'h', '\u0501': 'd', '\u051B': 'q', '\u051D': 'w', '\u04CF': 'l',
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041A': 'K', '\u041C': 'M', '\u041D': 'H', '\u041E': 'O',
  '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0425': 'X', '\u0406': 'I', '\u0408': 'J', '\u0405': 'S',
  '\u04AE': 'Y', '\u04C0': 'I',
  // Greek
  '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z', '\u0397': 'H', '\u0399': 'I', '\u039A': 'K',
  '\u039C': 'M', '\u039D': 'N', '\u039F': 'O', '\u03A1': 'P', '\u03A4': 'T', '\u03A5': 'Y', '\u03A7': 'X',
  '\u03BF': 'o', '\u03BD': 'v', '\u03B9': 'i', '\u03B1': 'a', '\u03C1': 'p',
  // Latin letters that read as ASCII ones
  '\u0131': 'i',
};

/** A compatibility form that reads as plain letters, digits or the punctuation of names and addresses. */
function compatibilityFold(char: string): string | undefined {
  const folded = char.normalize('NFKC');
  if (folded === char) return undefined;
  return /^(?:[A-Za-z]+|[0-9.@:/#_-])$/.test(folded) ? folded : undefined;
}

/**
 * Named references that MDX and Markdown decode and the shared decoder (html-entities.ts) leaves
 * as written, but that hide a name: invisible characters (`Bryn&shy;jolf`, `&ZeroWidthSpace;`),
 * accented letters (`J&oacute;n`) and the double-struck, script and Fraktur letters (`&Jopf;ane`),
 * which the compatibility fold then reads as plain letters.
 */
const invisibleReferences: Record<string, string> = {
  shy: '\u00AD', ZeroWidthSpace: '\u200B', NegativeVeryThinSpace: '\u200B', NegativeThinSpace: '\u200B',
  NegativeMediumSpace: '\u200B', NegativeThickSpace: '\u200B', zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E',
  rlm: '\u200F', NoBreak: '\u2060', ApplyFunction: '\u2061', af: '\u2061', InvisibleTimes: '\u2062', it: '\u2062',
  InvisibleComma: '\u2063', ic: '\u2063',
};
const accents: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', ring: '\u030A', cedil: '\u0327', caron: '\u030C' };

function decodeReference(piece: string): string {
  const name = /^&([A-Za-z][A-Za-z0-9]*);$/.exec(piece)?.[1];
  if (name) {
    if (name in invisibleReferences) return invisibleReferences[name];
    const accented = /^([A-Za-z])(acute|grave|circ|uml|tilde|ring|cedil|caron)$/.exec(name);
    if (accented) return (accented[1] + accents[accented[2]]).normalize('NFC');
    const styled = /^([A-Za-z])(opf|scr|fr)$/.exec(name);
    // A styled letter reads as the plain letter, as the compatibility fold reads the character.
    if (styled) return styled[1];
  }
  return decodeEntities(piece);
}

function foldPiece(piece: string, groups: (string | undefined)[], dropMarkers: boolean): string {
  const [reference, tag, markers, hidden, percent, defang, dash, backslash] = groups;
  if (backslash !== undefined) return '';
  if (percent !== undefined) return String.fromCharCode(parseInt(piece.slice(1), 16));
  if (defang !== undefined) {
    const inner = piece.trim().toLowerCase();
    if (inner.startsWith('hxxp')) return 'http';
    if (inner === '[:]') return ':';
    return /at|@/.test(inner) ? '@' : '.';
  }
  if (dash !== undefined) return '-';
  if (reference !== undefined) {
    const decoded = decodeReference(piece);
    // An encoded line break stays as written: folding never changes line numbers.
    if (/[\r\n]/.test(decoded)) return piece;
    // An invisible character written as a reference (`Bryn&shy;jolf`, `&ZeroWidthSpace;`) is dropped like the character itself.
    return new RegExp(`^(?:${invisible.source})+$`, 'u').test(decoded) ? '' : decoded;
  }
  if (markers !== undefined) return dropMarkers ? '' : piece;
  if (tag !== undefined || hidden !== undefined) return '';
  return compatibilityFold(piece) ?? piece;
}

/** Where marker runs inside a word start, and where the same run next closes each of them. */
function markersToDrop(line: string): Set<number> {
  const drop = new Set<number>();
  markersInWord.lastIndex = 0;
  for (let m = markersInWord.exec(line); m; m = markersInWord.exec(line)) {
    if (drop.has(m.index)) continue;
    drop.add(m.index);
    const closing = line.indexOf(m[0], m.index + m[0].length);
    if (closing >= 0) drop.add(closing);
  }
  markersInWord.lastIndex = 0;
  return drop;
}

/** True for a Cyrillic or Greek letter that renders like a Latin one (`Е`, `і`, `Ο`): the reading view folds it in a Latin word. */
export function isLatinLookAlike(char: string): boolean {
  return char in lookAlikes;
}

/** Maps look-alike letters to Latin in words that read as Latin: mixed with Latin letters, or made only of look-alikes. */
function foldLookAlikes(line: string): string {
  // Every look-alike is outside ASCII: a line of ASCII has none to fold.
  if (!nonAscii.test(line)) return line;
  return line.replace(/\p{L}+/gu, (word) => {
    const chars = [...word];
    if (!chars.some((c) => c in lookAlikes)) return word;
    if (!chars.some((c) => /[A-Za-z]/.test(c)) && !chars.every((c) => c in lookAlikes)) return word;
    return chars.map((c) => lookAlikes[c] ?? c).join('');
  });
}

const nonAscii = /[^\x00-\x7F]/;

/**
 * A line folded, with where each folded character came from; without them (`withPositions`
 * false) when only the folded text is wanted: most lines fold to themselves, and the positions
 * cost an entry per character.
 */
function foldLine(line: string, withPositions = true): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const copy = (from: number, to: number) => {
    if (withPositions) {
      for (let i = from; i < to; i++) {
        starts.push(i);
        ends.push(i + 1);
      }
    }
    text += line.slice(from, to);
  };
  let last = 0;
  const drop = markersToDrop(line);
  foldable.lastIndex = 0;
  for (let m = foldable.exec(line); m; m = foldable.exec(line)) {
    copy(last, m.index);
    const replacement = foldPiece(m[0], m.slice(1), drop.has(m.index));
    const end = m.index + m[0].length;
    // Each character of a replacement stands for the whole piece it came from.
    if (withPositions) {
      for (let i = 0; i < replacement.length; i++) {
        starts.push(m.index);
        ends.push(end);
      }
    }
    text += replacement;
    last = end;
  }
  copy(last, line.length);
  // Look-alike letters are replaced one for one (all in the Basic Multilingual Plane): positions stay.
  return { text: foldLookAlikes(text), starts, ends };
}

/** The text as customers read it, or `undefined` when it already reads as written (most text). */
export function readingView(text: string): ReadingView | undefined {
  // Plain ASCII with no entity, tag, marker, escape or defanged dot reads as written.
  const mayFold = /[^\x00-\x7F]|&|<|[*~`%\\]|[[({](?:\.|dot|at|@|:)[\])}]|hxxp/i;
  if (!mayFold.test(text)) return undefined;
  const lines = text.split('\n');
  // The folded text alone first: most texts read as written (the built pages of the bench's 1,000,
  // every one), and their positions would be made only to be dropped.
  const mayFoldLine = lines.map((line) => mayFold.test(line));
  if (lines.every((line, i) => !mayFoldLine[i] || foldLine(line, false).text === line)) return undefined;
  // A line with nothing to fold (plain ASCII) maps each character to itself.
  const identity = (line: string) => ({ text: line, starts: Array.from(line, (_, i) => i), ends: Array.from(line, (_, i) => i + 1) });
  return finish(lines, lines.map((line, i) => (mayFoldLine[i] ? foldLine(line) : identity(line))));
}

/** The view of folded lines. */
function finish(lines: string[], folded: { text: string; starts: number[]; ends: number[] }[]): ReadingView {
  return {
    text: folded.map((line) => line.text).join('\n'),
    starts: folded.map((line) => line.starts),
    ends: folded.map((line) => line.ends),
    lineLengths: lines.map((line) => line.length),
  };
}

/**
 * Where a span of the folded line `line` (from `index`, `length` characters) is in the original
 * line: from its first character's source to the next kept character's, so markup dropped after
 * it (the closing `**` of `Ekate**rina**`) belongs to it.
 */
export function originalSpan(view: ReadingView, line: number, index: number, length: number): { start: number; end: number } {
  const starts = view.starts[line];
  const ends = view.ends[line];
  const last = Math.min(index + Math.max(length, 1), starts.length) - 1;
  const next = starts[last + 1] ?? view.lineLengths[line];
  return { start: starts[index] ?? starts.at(-1) ?? 0, end: Math.max(ends[last] ?? 0, next) };
}
