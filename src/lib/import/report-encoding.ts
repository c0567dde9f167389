/** A report's bytes read as text, and how. */
export interface DecodedReport {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8 and windows-1252';
  /** Said in the import report when the bytes were not UTF-8. */
  note?: string;
}

/**
 * UTF-16 without its byte-order mark (what some Windows tools and PowerShell's `Out-File` save):
 * text in a Latin script is a NUL beside nearly every other byte, on one side. Said by the side.
 */
export function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const head = bytes.subarray(0, 8192);
  if (head.length < 8 || head.length % 2) return undefined;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) (i % 2 ? nulOdd++ : nulEven++);
  const pairs = head.length / 2;
  if (nulOdd > pairs * 0.6 && nulEven < pairs * 0.05) return 'utf-16le';
  if (nulEven > pairs * 0.6 && nulOdd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** The length of the UTF-8 sequence starting at `i`, or 0 when the bytes there are none (RFC 3629: no overlong forms, no surrogates). */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  const [length, low, high] = lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
    : lead === 0xe0 ? [3, 0xa0, 0xbf] : lead === 0xed ? [3, 0x80, 0x9f] : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
    : lead === 0xf0 ? [4, 0x90, 0xbf] : lead === 0xf4 ? [4, 0x80, 0x8f] : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
    : [0, 0, 0];
  if (!length || i + length > bytes.length || bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}

/**
 * Reads a report's bytes: UTF-8; UTF-16 when it starts with a byte-order mark (Windows tools save
 * reports so) or, without one, when a NUL stands beside nearly every other byte; and bytes that
 * are not UTF-8 as Windows-1252, the code page old Windows and Office exports wrote (a superset
 * of Latin-1). Read as UTF-8, such a file would lose every "é" and "’" to "�" without a word;
 * Windows-1252 gives every byte a character, so nothing is lost, and the note asks the author to
 * check the accents. A file of both (a UTF-8 report with a paragraph pasted from an old export)
 * keeps its UTF-8 as UTF-8: read whole as Windows-1252, its every "é" became "Ã©" (bad input
 * round 21); only the bytes UTF-8 does not have are read as Windows-1252, and their lines said.
 */
export function decodeReportBytes(bytes: Uint8Array): DecodedReport {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) {
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, note: `read as ${utf16.toUpperCase().replace('UTF-16', 'UTF-16 ')} without its byte-order mark (a NUL beside nearly every letter): check the draft's text, and save reports as UTF-8` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    let text = '';
    let line = 1;
    let multiByte = 0;
    const foreignLines: number[] = [];
    let runStart = 0;
    const utf8 = new TextDecoder('utf-8');
    const windows1252 = new TextDecoder('windows-1252');
    for (let i = 0; i < bytes.length;) {
      if (bytes[i] === 0x0a) line++;
      const length = utf8SequenceLength(bytes, i);
      if (length > 1) multiByte++;
      if (length) {
        i += length;
        continue;
      }
      text += utf8.decode(bytes.subarray(runStart, i)) + windows1252.decode(bytes.subarray(i, i + 1));
      if (foreignLines.at(-1) !== line) foreignLines.push(line);
      i += 1;
      runStart = i;
    }
    text += utf8.decode(bytes.subarray(runStart));
    const lines = `line${foreignLines.length > 1 ? 's' : ''} ${foreignLines.slice(0, 5).join(', ')}${foreignLines.length > 5 ? ` and ${foreignLines.length - 5} more` : ''}`;
    if (!multiByte) {
      return { text, encoding: 'windows-1252', note: `read as Windows-1252: the file is not UTF-8 (line ${foreignLines[0]} is the first with a byte UTF-8 does not have); check its accented letters and quotes, and save reports as UTF-8` };
    }
    return { text, encoding: 'utf-8 and windows-1252', note: `read as UTF-8 but for the bytes of ${lines}, which UTF-8 does not have and were read as Windows-1252 (a paragraph pasted from an older file?): check the accented letters and quotes there, and save reports as UTF-8` };
  }
}
