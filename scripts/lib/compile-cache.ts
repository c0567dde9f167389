import { existsSync, readdirSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { moveAsideAndRemove } from './remove-tree.ts';

/**
 * Entries the build's compile cache may hold before it starts afresh. A build of 1,000
 * postmortems adds about 35 (the page bundle's chunks change name with their content) to the
 * 1,500 a first build writes, so the cache is reset after a few hundred builds, never on the
 * next one. Node never deletes an entry itself: the shared cache in the system's temp folder
 * held 5 GB after a day of test runs here.
 */
export const maxCompileCacheEntries = 10_000;

/** How many compiled modules `directory` holds (Node keeps one folder per Node version inside it). */
export function countCompileCacheEntries(directory: string): number {
  if (!existsSync(directory)) return 0;
  let entries = 0;
  for (const version of readdirSync(directory, { withFileTypes: true })) {
    entries += version.isDirectory() ? readdirSync(join(directory, version.name)).length : 1;
  }
  return entries;
}

/**
 * Deletes the cache at `directory` if it holds more than `limit` entries: moved aside at once, then
 * deleted on a thread of its own while the build runs. Resolves when the deletion is done (at once
 * when there was nothing to do).
 */
export function pruneOversizedCompileCache(directory: string, limit = maxCompileCacheEntries): Promise<void> {
  if (countCompileCacheEntries(directory) <= limit) return Promise.resolve();
  return moveAsideAndRemove(directory, `${directory}.old`);
}

/** The build's own compile cache: the project's, gone with `node_modules`. */
function buildCompileCacheDirectory(projectRoot: string): string {
  return join(projectRoot, 'node_modules', '.cache', 'postmortem-kb', 'compile-cache');
}

/**
 * The environment a build started again by its launcher (v8-flags-launcher.ts) runs with: the
 * build's compile cache named in NODE_COMPILE_CACHE, so that Node reads it from the child's first
 * module on. {@link enableBuildCompileCache} enables it only after the modules the command line
 * needs are loaded, so the child compiled those again, and loaded Node's TypeScript stripper
 * (amaro) for them, in every build: ~0.3 s of CPU before Astro starts (docs/performance.md,
 * session 38). Empty where {@link enableBuildCompileCache} would not use that folder as it is: on
 * CI, under a NODE_COMPILE_CACHE of the caller's (inherited anyway), and when the cache is due to
 * be pruned, which the child then does as before.
 */
export function launchedBuildCompileCacheEnvironment(projectRoot: string, limit = maxCompileCacheEntries): Record<string, string> {
  if (process.env.CI || process.env.NODE_COMPILE_CACHE) return {};
  const directory = buildCompileCacheDirectory(projectRoot);
  return countCompileCacheEntries(directory) <= limit ? { NODE_COMPILE_CACHE: directory } : {};
}

/**
 * What Astro's own command line does (node_modules/astro/bin/astro.mjs) for the modules the build
 * loads: Node keeps their compiled code, so the next build starts faster. The cache is the
 * project's (`node_modules/.cache/`, gone with `node_modules`) and is kept below
 * {@link maxCompileCacheEntries}; a folder named in NODE_COMPILE_CACHE is the caller's and is
 * left alone. Not on CI, where the cache is never reused. Set in the environment too, so that the
 * build's worker threads use it (they do not inherit the call). Resolves when any pruning is done.
 */
export function enableBuildCompileCache(projectRoot: string): Promise<void> {
  if (process.env.CI) return Promise.resolve();
  let pruned = Promise.resolve();
  if (!process.env.NODE_COMPILE_CACHE) {
    const directory = buildCompileCacheDirectory(projectRoot);
    pruned = pruneOversizedCompileCache(directory).catch((error: Error) => console.error(`Could not clear the compile cache ${directory}: ${error.message}`));
    process.env.NODE_COMPILE_CACHE = directory;
  }
  enableCompileCache(process.env.NODE_COMPILE_CACHE);
  return pruned;
}
