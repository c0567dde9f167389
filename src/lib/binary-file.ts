// Files that are not text, saved or named as a report or a postmortem: said as what they are.
import { utf16WithoutMark } from './import/report-encoding.ts';

/** Known kinds of file by their first bytes, for the message. */
const magicNumbers: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

/**
 * What a file of bytes that are not text is (`a PDF document`, `binary data`), or undefined for
 * text. Every byte is some character in Windows-1252 (decodeReportBytes), so a PDF, a program or
 * random bytes were imported as a draft of garbage. Text holds no NUL and few control characters;
 * UTF-16 text, with its byte-order mark or without, is read by decodeReportBytes.
 */
export function binaryKind(bytes: Uint8Array): string | undefined {
  // UTF-32 starts with a byte-order mark that looks like UTF-16's (FF FE, then 00 00): it was read
  // as UTF-16 and imported as a draft of garbled characters.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    return 'UTF-32 text';
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  const known = magicNumbers.find(([magic]) => magic.every((byte, i) => bytes[i] === byte));
  if (known) return known[1];
  // UTF-16 without its mark is read as such (decodeReportBytes; round 21): it was "binary data".
  if (utf16WithoutMark(bytes)) return undefined;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return 'binary data (it holds NUL bytes)';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control++;
  }
  return head.length && control / head.length > 0.05 ? 'binary data (control characters no text holds)' : undefined;
}

/**
 * What a postmortem file read as UTF-8 is when it is not text: a known kind (its first bytes
 * survive decoding, or become U+FFFD), UTF-16 (a NUL beside nearly every other character), or
 * undefined. A program saved as `.mdx` was said to be "UTF-16 text" (it holds many NULs).
 */
export function binaryKindOfText(source: string): string | undefined {
  const known = magicNumbers.find(([magic]) => magic.every((byte, i) => {
    const char = source.charCodeAt(i);
    return byte < 0x80 ? char === byte : char === 0xfffd;
  }));
  if (known) return known[1];
  const head = source.slice(0, 4096);
  // UTF-32: three NULs beside each ASCII character (a UTF-32 postmortem was "not text but binary data").
  const nulAt = [0, 0, 0, 0];
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nulAt[i % 4]++;
  const nuls = nulAt.reduce((sum, count) => sum + count, 0);
  if (head.length >= 8 && nuls > head.length * 0.6 && nulAt.filter((count) => count < head.length * 0.05).length === 1) return 'UTF-32 text';
  let nulAtEven = 0;
  let nulAtOdd = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) (i % 2 ? nulAtOdd++ : nulAtEven++);
  if (Math.max(nulAtEven, nulAtOdd) > head.length * 0.3 && Math.min(nulAtEven, nulAtOdd) < head.length * 0.05) return 'UTF-16 text';
  return nulAtEven + nulAtOdd > head.length * 0.01 ? 'binary data' : undefined;
}

/**
 * `binaryKindOfText`, or "binary data" for a text whose first 4 KiB hold a NUL: what an export
 * given the wrong file (random bytes, an archive of no known kind) reads as. For files that must
 * be JSON or CSV, where no NUL belongs (a byte that is not UTF-8 may be a Windows code page's).
 */
export function binaryKindOfExport(text: string): string | undefined {
  return binaryKindOfText(text) ?? (text.slice(0, 4096).includes('\u0000') ? 'binary data' : undefined);
}
