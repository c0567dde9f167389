import { readFileSync } from 'node:fs';
import { decodeExportedText } from '../../src/lib/exported-text.ts';

/**
 * The text of a file of names (`--names FILE`, a collection's known-names.txt), in the encoding it
 * was saved in: UTF-8, UTF-16 with its byte-order mark, or Windows-1252 (Latin-1). Read as UTF-8,
 * "José" saved as Latin-1 became "Jos\uFFFD" and was never found (bad input round 37). A UTF-32
 * file is refused, status 2, naming the file.
 */
export function decodeNamesFile(path: string): string {
  try {
    return decodeExportedText(readFileSync(path));
  } catch (error) {
    console.error(`${path}: ${(error as Error).message}`);
    process.exit(2);
  }
}
