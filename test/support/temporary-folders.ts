import { afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Makes temporary folders named `<prefix>XXXXXX` for the tests of the file or `describe` block it
 * is called in, and removes each after the test that made it. Call it where `afterEach` may be
 * called: at the top of a test file or of a `describe` block.
 */
export function temporaryFolders(prefix: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
