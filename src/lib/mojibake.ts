/**
 * UTF-8 text read as Windows-1252 (or Latin-1) and saved again as UTF-8: "é" becomes "Ã©", "’"
 * becomes "â€™", a no-break space "Â ". A report converted from an old wiki or export often holds
 * it, and it is valid UTF-8, so the encoding check passed it and the page showed "Ã©" (bad input
 * round 13). None of the 5,115 Markdown and YAML files of the corpora, `content/` and the fixtures holds
 * such a pair. Pure text.
 */

/** The Windows-1252 characters of bytes 0x80-0x9F, by byte (where they differ from Latin-1). */
const cp1252: Record<number, string> = {
  0x80: '\u20AC', 0x82: '\u201A', 0x83: '\u0192', 0x84: '\u201E', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
  0x88: '\u02C6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8e: '\u017D', 0x91: '\u2018',
  0x92: '\u2019', 0x93: '\u201C', 0x94: '\u201D', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02DC',
  0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203A', 0x9c: '\u0153', 0x9e: '\u017E', 0x9f: '\u0178',
};
const byteOf = new Map<string, number>([
  ...Array.from({ length: 256 }, (_, byte) => [String.fromCharCode(byte), byte] as [string, number]),
  ...Object.entries(cp1252).map(([byte, character]) => [character, Number(byte)] as [string, number]),
]);
/** A character that stands for a byte 0x80-0xBF (a UTF-8 continuation byte) in Windows-1252. */
const continuation = `[\\u0080-\\u00BF${Object.values(cp1252).join('')}]`;
// A lead byte of a two-byte (Â-ß: 0xC2-0xDF) or three-byte (à-ï: 0xE0-0xEF) sequence, then its
// continuation bytes, as Windows-1252 shows them.
const garbled = new RegExp(`[\\u00C2-\\u00DF]${continuation}|[\\u00E0-\\u00EF]${continuation}{2}`, 'g');

/** How every garbled run begins: a lead byte and a continuation byte (unusual-characters.ts looks for it). */
export const garbledRunStart = `[\\u00C2-\\u00EF]${continuation}`;

/** The first garbled run of `text`: its index, as written, and the text it was meant to be. */
export function findMojibake(text: string): { index: number; written: string; meant: string } | undefined {
  for (const match of text.matchAll(garbled)) {
    const bytes = [...match[0]].map((character) => byteOf.get(character));
    if (bytes.some((byte) => byte === undefined)) continue;
    let meant: string;
    try {
      meant = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes as number[]));
    } catch {
      continue;
    }
    // "Ãœ" could be a German text about "Ã" only in theory; what decodes to one character is taken.
    if ([...meant].length !== 1) continue;
    return { index: match.index, written: match[0], meant };
  }
  return undefined;
}
