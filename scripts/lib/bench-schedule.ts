// The order of `npm run bench`'s measurements (scripts/bench.ts), kept apart so that its fairness
// can be tested without running a build.
import { existsSync, renameSync, rmSync } from 'node:fs';
//
// Session 60 found two things in the order the bench had grown: the public build ran once, after
// `astro dev` had been measured (the dev server only sent SIGTERM, and its process still ending
// beside the build; the dependency optimiser's metadata written under the dev config), and its
// ratio divided that one run by the median of baseline runs taken minutes earlier; and the
// "rebuild after one edited postmortem" ran after the bare baseline's build, whose step removes
// the corpus's Astro cache first, so the rebuild had no renderings to reuse: a cold build under
// another name. Now the public build is built in every round beside the internal and baseline
// builds, nothing is measured after the dev server, and the rebuild starts from the cache the
// last internal build left (moved aside while the other builds run: see keptCacheDir).

/** One measured step of the bench. */
export type BenchStep =
  | { kind: 'internal' | 'baseline' | 'public'; round: number }
  | { kind: 'rebuild-unchanged' | 'rebuild' | 'baseline-md' | 'dev' };

export interface BenchScheduleOptions {
  /** Rounds of cold builds (--runs). */
  runs: number;
  baseline: boolean;
  public: boolean;
  dev: boolean;
}

/**
 * The bench's steps in order: `runs` rounds of cold builds (internal, then the bare baseline, then
 * the public build: each round's ratios compare builds a minute apart, so a slow spell of a shared
 * machine hits all three), then a rebuild with nothing changed and the rebuild after one edit (each
 * from the last internal build's cache), the bare `.md` build, and last `astro dev`, whose server
 * must not run beside any build measured.
 *
 * The rebuild with nothing changed (session 62) is the one whose search documents are the last
 * build's, so it shows session 61's reuse of the last search index (src/lib/search-index-reuse.ts),
 * which the edit's rebuild cannot: its edit changes one postmortem's search document. It comes
 * first, so that the edit's rebuild still starts from a cache of the same postmortems unedited.
 */
export function benchSchedule(options: BenchScheduleOptions): BenchStep[] {
  const steps: BenchStep[] = [];
  for (let round = 1; round <= options.runs; round++) {
    steps.push({ kind: 'internal', round });
    if (options.baseline) steps.push({ kind: 'baseline', round });
    if (options.public) steps.push({ kind: 'public', round });
  }
  steps.push({ kind: 'rebuild-unchanged' }, { kind: 'rebuild' });
  if (options.baseline) steps.push({ kind: 'baseline-md' });
  if (options.dev) steps.push({ kind: 'dev' });
  return steps;
}

/** Where the bench keeps the last internal build's Astro cache while other builds start cold. */
export function keptCacheDir(cacheDir: string): string {
  return `${cacheDir}.kept-for-rebuild`;
}

/**
 * Moves the Astro cache an internal build left (`cacheDir`) aside, replacing what was kept
 * before, so that the next cold build does not remove it; nothing when there is none.
 */
export function setCacheAside(cacheDir: string): void {
  const kept = keptCacheDir(cacheDir);
  rmSync(kept, { recursive: true, force: true });
  if (existsSync(cacheDir)) renameSync(cacheDir, kept);
}

/**
 * Puts the cache set aside by {@link setCacheAside} back in place of whatever the builds since
 * left in `cacheDir`; returns whether there was one to put back.
 */
export function restoreCacheSetAside(cacheDir: string): boolean {
  const kept = keptCacheDir(cacheDir);
  if (!existsSync(kept)) return false;
  rmSync(cacheDir, { recursive: true, force: true });
  renameSync(kept, cacheDir);
  return true;
}
