// What the first bytes of a postmortem that are not UTF-8 were meant to be. The check said "the file
// has bytes that are not UTF-8 text (shown as �)" and no more, so the author had to find the
// character and guess it (bad input round 21's leftover). Two kinds arrive in practice: a byte of
// Windows-1252, the code page older Windows programs and Office save in (a "’" pasted from an old
// document), and a surrogate encoded on its own (CESU-8: Java's "modified UTF-8" and MySQL's
// three-byte "utf8" write an emoji so), half of a character that no page can show.
import { decodeReportBytes, utf8SequenceLength } from './import/report-encoding.ts';

export interface NonUtf8Bytes {
  /** The line (1-based) of the first byte that is not UTF-8. */
  line: number;
  kind: 'windows-1252' | 'surrogate' | 'unknown';
  /** The word holding it as the check reads it (with �), and as Windows-1252 reads that byte. */
  written: string;
  meant?: string;
  /** The bytes, in hexadecimal, e.g. "0x92" or "0xED 0xA0 0xBD". */
  hex: string;
  /** For a surrogate: its code, e.g. "U+D83D", and the character when its other half follows. */
  codePoint?: string;
  /** Whether the rest of the file is UTF-8 with characters beyond ASCII (reopened whole as Windows-1252, those would be garbled). */
  mixed: boolean;
}

const hexOf = (bytes: Uint8Array) => [...bytes].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** The first run of bytes UTF-8 does not have, with the word around it; undefined for valid UTF-8. */
export function findNonUtf8Bytes(bytes: Uint8Array): NonUtf8Bytes | undefined {
  let line = 1;
  let at = -1;
  let mixed = false;
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceLength(bytes, i);
    if (!length) { if (at < 0) at = i; i += 1; continue; }
    if (length > 1) mixed = true;
    if (at < 0 && bytes[i] === 0x0a) line++;
    i += length;
  }
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && !isSpace(bytes[start - 1]) && at - start < 40) start--;
  let end = at + 1;
  while (end < bytes.length && !isSpace(bytes[end]) && end - at < 40) end++;
  const word = bytes.subarray(start, end);
  const written = new TextDecoder('utf-8').decode(word);
  // ED A0..BF xx: U+D800..DFFF written as if it were a character of its own.
  if (bytes[at] === 0xed && bytes[at + 1] >= 0xa0 && bytes[at + 1] <= 0xbf && bytes[at + 2] >= 0x80 && bytes[at + 2] <= 0xbf) {
    const unitAt = (i: number) => ((bytes[i] & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
    const high = unitAt(at);
    const low = bytes[at + 3] === 0xed && bytes[at + 4] >= 0xb0 && bytes[at + 4] <= 0xbf ? unitAt(at + 3) : undefined;
    const character = high < 0xdc00 && low !== undefined ? String.fromCharCode(high, low) : undefined;
    return { line, kind: 'surrogate', written, hex: hexOf(bytes.subarray(at, at + (character ? 6 : 3))), codePoint: `U+${high.toString(16).toUpperCase()}${character ? ` U+${low!.toString(16).toUpperCase()}` : ''}`, ...(character ? { meant: character } : {}), mixed };
  }
  const meant = decodeReportBytes(word).text;
  // Five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) are no character of Windows-1252 either.
  const unknown = /[\u0080-\u009f]/.test(meant);
  return { line, kind: unknown ? 'unknown' : 'windows-1252', written, ...(unknown ? {} : { meant }), hex: hexOf(bytes.subarray(at, at + 1)), mixed };
}

/** The check's words for {@link NonUtf8Bytes}: the message's end and the fix. */
export function describeNonUtf8Bytes(found: NonUtf8Bytes): { message: string; fix: string } {
  if (found.kind === 'surrogate') {
    return {
      message: `the file has bytes that are not UTF-8 text (shown as \uFFFD): on line ${found.line}, ${found.hex} in "${found.written}" ${found.meant ? `are ${found.codePoint}, the two halves of ${found.meant} written apart` : `is ${found.codePoint}, half of a character written on its own`} (surrogates encoded one by one, as Java's "modified UTF-8" or a database's three-byte "utf8" writes an emoji); no page can show it.`,
      fix: `retype ${found.meant ?? 'the character'} there (in UTF-8 an emoji is one character of four bytes), or export the text again as standard UTF-8 (utf8mb4 in MySQL).`,
    };
  }
  if (found.kind === 'windows-1252') {
    return {
      message: `the file has bytes that are not UTF-8 text (shown as \uFFFD): on line ${found.line}, "${found.written}" reads as "${found.meant}" in Windows-1252, the code page older Windows programs and Office save in (a paragraph pasted from an older file?); they would be published garbled.`,
      fix: found.mixed
        ? `retype "${found.meant}" there, and check the other accents and quotes of that paragraph (the rest of the file is UTF-8: reopened whole as Windows-1252, its accents would be garbled).`
        : `save the file as UTF-8 (reopen it with the encoding Windows-1252, then save it as UTF-8), or retype "${found.meant}" there and check the file's other accents and quotes.`,
    };
  }
  return {
    message: `the file has bytes that are not UTF-8 text (shown as \uFFFD): on line ${found.line}, ${found.hex} in "${found.written}", which no common encoding gives a character; they would be published garbled.`,
    fix: 'retype the text there, or save the file as UTF-8.',
  };
}
