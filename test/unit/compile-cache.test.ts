import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countCompileCacheEntries, pruneOversizedCompileCache } from '../../scripts/lib/compile-cache.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';

// The build keeps Node's compile cache in node_modules/.cache and starts it afresh once it holds
// too many entries (Node itself never deletes one).
const tempDir = temporaryFolders('kb-compile-cache-');

/** A compile cache laid out as Node writes it: one folder per Node version, one file per module. */
function cacheWith(entriesPerVersion: number[]): string {
  const root = tempDir();
  const cache = join(root, 'compile-cache');
  entriesPerVersion.forEach((entries, version) => {
    mkdirSync(join(cache, `v24.${version}.0-x64`), { recursive: true });
    for (let entry = 0; entry < entries; entry++) writeFileSync(join(cache, `v24.${version}.0-x64`, `module-${entry}`), 'compiled');
  });
  return cache;
}

describe('the build compile cache', () => {
  it('counts the modules of every Node version it holds', () => {
    expect(countCompileCacheEntries(cacheWith([3, 4]))).toBe(7);
    expect(countCompileCacheEntries(join(tmpdir(), 'kb-compile-cache-missing'))).toBe(0);
  });

  it('is kept while it holds no more than the limit', async () => {
    const cache = cacheWith([5, 5]);
    await pruneOversizedCompileCache(cache, 10);
    expect(countCompileCacheEntries(cache)).toBe(10);
  });

  it('is deleted, with nothing left beside it, once it holds more', async () => {
    const cache = cacheWith([6, 5]);
    await pruneOversizedCompileCache(cache, 10);
    expect(existsSync(cache)).toBe(false);
    expect(existsSync(`${cache}.old`)).toBe(false);
  });

  it('resolves at once when there is no cache yet', async () => {
    await expect(pruneOversizedCompileCache(join(tmpdir(), 'kb-compile-cache-missing'), 10)).resolves.toBeUndefined();
  });
});
