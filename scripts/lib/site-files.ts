import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Every file of a built site as text, `file` relative to `dir`, pagefind's gzip-compressed index
 * files decompressed: what the canary tests (test/site) and the adoption measurement's leak search
 * (scripts/measure-adoption.ts) grep for text that must (or must not) be published.
 */
export function readSiteFiles(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, file));
    } catch {
      return []; // a directory
    }
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    return [{ file, text: bytes.toString('utf8') }];
  });
}
