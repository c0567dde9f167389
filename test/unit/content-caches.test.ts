import { expect, test } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  claimGeneratedContentModules, contentCacheOwnerFile, generatedContentModules, generatedModulesOwnerFile, recordContentCacheOwner,
  removeOrphanedContentCaches, tidyContentCaches,
} from '../../src/integrations/content-caches.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';

// Each content folder gets a cache folder of its own under .astro/cache (site.config.ts
// `contentCacheDir`). Caches of content folders that were deleted (a test's, a benchmark's) must
// go, and nothing else.
const tempDir = temporaryFolders('kb-content-caches-');

/** A cache root with a cache folder holding a data store, owned by `contentDir` when given. */
function cacheFolder(root: string, name: string, contentDir?: string): string {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'data-store.json'), '{}');
  if (contentDir) recordContentCacheOwner(folder, contentDir);
  return folder;
}

test('removes the caches of deleted content folders, and keeps the rest', () => {
  const root = join(tempDir(), '.astro', 'cache');
  const kept = tempDir();
  const deleted = join(tempDir(), 'gone');
  const current = cacheFolder(root, 'current', deleted); // in use, even if its folder is gone
  const live = cacheFolder(root, 'live', kept);
  const orphan = cacheFolder(root, 'orphan', deleted);
  const unrecorded = cacheFolder(root, 'unrecorded');

  expect(removeOrphanedContentCaches(current)).toEqual([orphan]);
  expect(existsSync(orphan)).toBe(false);
  for (const folder of [current, live, unrecorded]) expect(existsSync(join(folder, 'data-store.json')), folder).toBe(true);
});

test('records the content folder once, as an absolute path, creating the cache folder if needed', () => {
  const cache = join(tempDir(), 'cache', 'abc');
  const content = tempDir();
  recordContentCacheOwner(cache, content);
  expect(readFileSync(join(cache, contentCacheOwnerFile), 'utf8')).toBe(content);
  recordContentCacheOwner(cache, join(content, '..', content.split('/').pop()!));
  expect(readFileSync(join(cache, contentCacheOwnerFile), 'utf8')).toBe(content);
});

test('a cache root that does not exist yet is no error', () => {
  const cache = join(tempDir(), 'none', 'abc');
  expect(removeOrphanedContentCaches(cache)).toEqual([]);
  tidyContentCaches(cache, tempDir());
  expect(existsSync(join(cache, contentCacheOwnerFile))).toBe(true);
});

// Astro writes the modules it generates from a data store (content-assets.mjs,
// content-modules.mjs) in the project's .astro/, and rewrites them only when its store changed:
// they must be removed when they were written for another store, so that Astro writes them anew.
test('the generated modules are removed when another data store wrote them, and kept for the same one', () => {
  const dotAstro = join(tempDir(), '.astro');
  const storeA = join(dotAstro, 'cache', 'aaa');
  const storeB = join(dotAstro, 'cache', 'bbb');
  const write = () => { for (const name of generatedContentModules) writeFileSync(join(dotAstro, name), `// ${name}`); };
  const present = () => generatedContentModules.map((name) => existsSync(join(dotAstro, name)));

  // Nothing recorded yet (a checkout from before the record): they cannot be trusted.
  expect(claimGeneratedContentModules(dotAstro, storeA)).toBe(true);
  expect(readFileSync(join(dotAstro, generatedModulesOwnerFile), 'utf8')).toBe(storeA);
  write();
  expect(claimGeneratedContentModules(dotAstro, join(storeA, '..', 'aaa'))).toBe(false);
  expect(present()).toEqual([true, true]);
  expect(claimGeneratedContentModules(dotAstro, storeB)).toBe(true);
  expect(present()).toEqual([false, false]);
  expect(readFileSync(join(dotAstro, generatedModulesOwnerFile), 'utf8')).toBe(storeB);
  write();
  // The dev server's store lives in .astro/ itself: a build's modules are not its.
  expect(claimGeneratedContentModules(dotAstro, dotAstro)).toBe(true);
  expect(present()).toEqual([false, false]);
});
