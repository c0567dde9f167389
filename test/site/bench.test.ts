import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../support/build-site.ts';

// `npm run bench` end to end on a small corpus, so the benchmark keeps working on a fresh clone.
// Speed targets are the benchmark's business (docs/performance.md), not asserted here.
test('npm run bench builds both variants and the baseline and reports every measure', () => {
  const result = spawnSync('flock', [resolve(projectRoot, '.astro-build.lock'), process.execPath, 'scripts/bench.ts', '--count', '12', '--runs', '1', '--similar-count', '300', '--json'], {
    cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  expect(result.status, result.stderr.slice(-2000)).toBe(0);
  const report = JSON.parse(result.stdout);
  expect(report.count).toBe(12);
  for (const build of ['internal', 'public', 'baseline']) {
    expect(report[build].status, build).toBe(0);
    expect(report[build].wallSeconds, build).toBeGreaterThan(0);
    expect(report[build].peakMemoryMB, build).toBeGreaterThan(50);
    expect(report[build].outputMB, build).toBeGreaterThan(0);
    // CPU time and the host's steal come from /proc (Linux).
    if (existsSync('/proc/stat')) {
      expect(report[build].cpuSeconds, build).toBeGreaterThan(0.5);
      expect(report[build].stealSeconds, build).toBeGreaterThanOrEqual(0);
    }
  }
  expect(report.internal.pagefindSeconds).toBeGreaterThanOrEqual(0);
  expect(report.internal.postmortemPageKB).toBeGreaterThan(5);
  expect(report.internal.largestPages[0].KB).toBeGreaterThan(report.internal.largestPages[2].KB - 0.001);
  expect(report.ratios.wallTime).toBeGreaterThan(0);
  expect(report.ratios.pairedTimeRatios).toHaveLength(1);
  expect(report.similarity.documents).toBe(300);
  // The bare .md build of the same postmortems, the rebuilds, and astro dev showing an
  // edited postmortem (null would mean the dev server never showed the edit).
  expect(report.baselineMd.status).toBe(0);
  expect(report.baselineMd.outputMB).toBeGreaterThan(0);
  expect(report.rebuildOneChanged).toBeGreaterThan(0);
  // The rebuild with nothing changed (session 62) takes the last build's search index back.
  expect(report.rebuildNothingChanged.wallSeconds).toBeGreaterThan(0);
  expect(report.rebuildNothingChanged.searchIndexReused, result.stderr.slice(-4000)).toBe(true);
  expect(report.devEditSeconds, result.stderr.slice(-4000)).toBeGreaterThan(0);
  expect(report.devFrontmatterEditSeconds, result.stderr.slice(-4000)).toBeGreaterThan(0);
  expect(report.ratios.publicWallTime).toBeGreaterThan(0);
  expect(report.public.largestPages.length).toBeGreaterThan(0);
  // Six builds and a dev server: on a loaded machine (the project's CI) minutes, not seconds.
}, 600_000);
