import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countCompileCacheEntries, launchedBuildCompileCacheEnvironment, pruneOversizedCompileCache } from '../../scripts/lib/compile-cache.ts';
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

// The public build starts itself again with V8 flags (v8-flags-launcher.ts): the child is told the
// cache in its environment, so that Node reads it from the child's first module on.
describe('the compile cache of a build started again by its launcher', () => {
  afterEach(() => vi.unstubAllEnvs());
  const unset = () => {
    vi.stubEnv('CI', undefined);
    vi.stubEnv('NODE_COMPILE_CACHE', undefined);
  };

  it('is the project\'s cache folder, named in NODE_COMPILE_CACHE', () => {
    unset();
    const root = tempDir();
    expect(launchedBuildCompileCacheEnvironment(root)).toEqual({ NODE_COMPILE_CACHE: join(root, 'node_modules', '.cache', 'postmortem-kb', 'compile-cache') });
  });

  it('is not named when the cache is due to be pruned: the child prunes it, as a build started directly does', () => {
    unset();
    const root = tempDir();
    const cache = join(root, 'node_modules', '.cache', 'postmortem-kb', 'compile-cache', 'v24.0.0-x64');
    mkdirSync(cache, { recursive: true });
    for (let entry = 0; entry < 11; entry++) writeFileSync(join(cache, `module-${entry}`), '');
    expect(launchedBuildCompileCacheEnvironment(root, 10)).toEqual({});
    expect(launchedBuildCompileCacheEnvironment(root, 11)).toEqual({ NODE_COMPILE_CACHE: join(root, 'node_modules', '.cache', 'postmortem-kb', 'compile-cache') });
  });

  it('is not named on CI, nor when the caller named a cache of its own (the child inherits that one)', () => {
    unset();
    vi.stubEnv('CI', 'true');
    expect(launchedBuildCompileCacheEnvironment(tempDir())).toEqual({});
    unset();
    vi.stubEnv('NODE_COMPILE_CACHE', join(tmpdir(), 'a-cache-of-the-callers'));
    expect(launchedBuildCompileCacheEnvironment(tempDir())).toEqual({});
  });
});
