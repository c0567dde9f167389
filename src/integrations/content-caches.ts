// Astro's cache folders, one per content folder (`contentCacheDir` in site.config.ts): each
// records which content folder it belongs to, and the caches of content folders that no longer
// exist are removed. Without this, every test run and benchmark (each with content folders of its
// own, deleted afterwards) left its caches behind for good: 179 MB in .astro/cache after a day.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The file in a cache folder that names its content folder (an absolute path). */
export const contentCacheOwnerFile = 'content-dir.txt';

/** Notes in `cacheDir` that it holds the cache of `contentDir`. */
export function recordContentCacheOwner(cacheDir: string, contentDir: string): void {
  const owner = resolve(contentDir);
  const file = join(cacheDir, contentCacheOwnerFile);
  try {
    if (readFileSync(file, 'utf8') === owner) return;
  } catch {
    // Not recorded yet.
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, owner);
}

/**
 * Removes the cache folders beside `cacheDir` (other content folders' caches) whose recorded
 * content folder no longer exists; returns their paths. A folder without a record, and
 * `cacheDir` itself, are left alone.
 */
export function removeOrphanedContentCaches(cacheDir: string): string[] {
  const current = resolve(cacheDir);
  const root = dirname(current);
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return removed;
  }
  for (const name of entries) {
    const folder = join(root, name);
    if (folder === current) continue;
    let owner: string;
    try {
      owner = readFileSync(join(folder, contentCacheOwnerFile), 'utf8');
    } catch {
      continue;
    }
    if (!owner || existsSync(owner)) continue;
    rmSync(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

/**
 * The modules Astro generates from its content data store for Vite to bundle: the images the
 * entries reference, and the entries compiled as MDX modules. Astro writes them in the project's
 * `.astro/` folder, one per project, not in the cache folder beside the store they describe.
 */
export const generatedContentModules = ['content-assets.mjs', 'content-modules.mjs'] as const;

/** The file in `.astro/` that names the data store folder the generated modules were last written for. */
export const generatedModulesOwnerFile = 'content-modules-store.txt';

/**
 * Makes Astro write the generated modules in `dotAstroDir` again when they were written for
 * another data store than `storeDir` (another content folder's cache, or the dev server's store
 * after a build): removes them, and records `storeDir` as theirs. Returns whether they were removed.
 *
 * Astro rewrites them only when its store changed during the sync or when they are missing. With
 * one cache folder per content folder, a build whose warm store did not change would otherwise
 * bundle the modules another content folder's build wrote: its images missing (placeholders in
 * the page, or ImageNotFound once that folder is deleted) and its MDX entries not found. A
 * rebuild of the same content folder keeps them: only switching folders costs their rewrite.
 */
export function claimGeneratedContentModules(dotAstroDir: string, storeDir: string): boolean {
  const owner = resolve(storeDir);
  const file = join(dotAstroDir, generatedModulesOwnerFile);
  try {
    if (readFileSync(file, 'utf8') === owner) return false;
  } catch {
    // Never recorded: written by a version without this record, or not written at all.
  }
  for (const name of generatedContentModules) rmSync(join(dotAstroDir, name), { force: true });
  mkdirSync(dotAstroDir, { recursive: true });
  writeFileSync(file, owner);
  return true;
}

/** At the start of a build or dev server: records this cache's content folder, and removes the caches of deleted ones. */
export function tidyContentCaches(cacheDir: string, contentDir: string): void {
  try {
    recordContentCacheOwner(cacheDir, contentDir);
    removeOrphanedContentCaches(cacheDir);
  } catch (error) {
    // Housekeeping only: a read-only or vanished cache folder must not stop the build.
    console.warn(`Could not tidy Astro's cache folders beside ${cacheDir}: ${(error as Error).message}`);
  }
}
