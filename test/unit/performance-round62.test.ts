import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchSchedule, restoreCacheSetAside, setCacheAside, type BenchStep } from '../../scripts/lib/bench-schedule.ts';
import { formatSearchIndexLog, searchIndexReusedIn } from '../../src/lib/search-index-log.ts';

// Session 62 (docs/performance.md): `npm run bench` measures a rebuild with nothing changed, the
// rebuild whose search documents are the last build's (session 61's index reuse), before the
// rebuild after one edited postmortem, and says whether the last index was reused.

const dir = mkdtempSync(join(tmpdir(), 'kb-perf62-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kinds = (steps: BenchStep[]) => steps.map((step) => ('round' in step ? `${step.kind} ${step.round}` : step.kind));

describe('the bench rebuilds with nothing changed', () => {
  it('after every cold build and right before the edit\'s rebuild, whatever is skipped', () => {
    for (const options of [
      { runs: 3, baseline: true, public: true, dev: true },
      { runs: 1, baseline: false, public: false, dev: false },
      { runs: 2, baseline: true, public: false, dev: true },
    ]) {
      const steps = kinds(benchSchedule(options));
      const unchanged = steps.indexOf('rebuild-unchanged');
      expect(unchanged, JSON.stringify(options)).toBe(options.runs * (1 + Number(options.baseline) + Number(options.public)));
      expect(steps[unchanged + 1]).toBe('rebuild');
      expect(steps.filter((step) => step.startsWith('rebuild'))).toEqual(['rebuild-unchanged', 'rebuild']);
    }
  });

  it('and the edit\'s rebuild after it still finds the cache set aside (the bench sets it aside again)', () => {
    const cacheDir = join(dir, 'cache', 'c0ffee');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, 'search-index.record'), 'last internal build');
    setCacheAside(cacheDir);
    // The rebuild with nothing changed: the cache back, the build writes into it, set aside again.
    expect(restoreCacheSetAside(cacheDir)).toBe(true);
    writeFileSync(join(cacheDir, 'search-index.record'), 'rebuild with nothing changed');
    setCacheAside(cacheDir);
    expect(existsSync(cacheDir)).toBe(false);
    // The edit's rebuild.
    expect(restoreCacheSetAside(cacheDir)).toBe(true);
    expect(readFileSync(join(cacheDir, 'search-index.record'), 'utf8')).toBe('rebuild with nothing changed');
  });
});

describe('searchIndexReusedIn', () => {
  const log = { pages: 1000, seconds: 0.3, timing: 'beside' as const, doneAfter: 9.8, astroDoneAfter: 9.5 };

  it('reads the build\'s line for a reused index as reused', () => {
    expect(searchIndexReusedIn(`[build] Complete!\n${formatSearchIndexLog({ ...log, reused: true })}\nBuilt the internal site.`)).toBe(true);
  });

  it('and a pagefind run, the public build\'s scan, the run after Astro\'s process, or no line as not reused', () => {
    expect(searchIndexReusedIn(formatSearchIndexLog(log))).toBe(false);
    expect(searchIndexReusedIn(formatSearchIndexLog({ ...log, reused: false }))).toBe(false);
    expect(searchIndexReusedIn('Search index: pagefind scanned 192 built pages (only public posts are indexed) in 2.1 s.')).toBe(false);
    expect(searchIndexReusedIn("Search index: pagefind indexed 5000 postmortems from their sources in 14.2 s, after the Astro build's process ended (it had read them while Astro rendered; done after 60.1 s).")).toBe(false);
    expect(searchIndexReusedIn('Built the internal site.')).toBe(false);
  });
});
