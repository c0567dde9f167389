/** A report's bytes read as text, and how. */
export interface DecodedReport {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Said in the import report when the bytes were not UTF-8. */
  note?: string;
}

/**
 * Reads a report's bytes: UTF-8; UTF-16 when it starts with a byte-order mark (Windows tools save
 * reports so); and bytes that are not UTF-8 as Windows-1252, the code page old Windows and Office
 * exports wrote (a superset of Latin-1). Read as UTF-8, such a file would lose every "é" and "’"
 * to "�" without a word; Windows-1252 gives every byte a character, so nothing is lost, and the
 * note asks the author to check the accents.
 */
export function decodeReportBytes(bytes: Uint8Array): DecodedReport {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Where the first byte that is not UTF-8 is, by line, for the author to look at.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n').length;
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      note: `read as Windows-1252: the file is not UTF-8 (line ${line} is the first with a byte UTF-8 does not have); check its accented letters and quotes, and save reports as UTF-8`,
    };
  }
}
