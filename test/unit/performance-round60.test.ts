import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AstroTelemetry } from '@astrojs/telemetry';
import { variableAtEachBuildStart } from '../support/build-start-environment.ts';
import { astroTelemetryEnvironment } from '../../src/lib/astro-telemetry.ts';
import { benchSchedule, restoreCacheSetAside, setCacheAside, type BenchStep } from '../../scripts/lib/bench-schedule.ts';

// Session 60 (docs/performance.md): Astro's telemetry, whose git call blocked Astro's thread at the
// start of every build, is off in the builds unless the caller set it; and the bench's order, which
// measured the public build once after `astro dev` and the "rebuild" without the cache it is about.

const dir = mkdtempSync(join(tmpdir(), 'kb-perf60-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('astroTelemetryEnvironment', () => {
  it('turns Astro\'s telemetry off when the caller said nothing', () => {
    expect(astroTelemetryEnvironment({})).toEqual({ ASTRO_TELEMETRY_DISABLED: '1' });
  });

  it.each([
    ['ASTRO_TELEMETRY_DISABLED', ''],
    ['ASTRO_TELEMETRY_DISABLED', '1'],
    ['TELEMETRY_DISABLED', '1'],
  ])('leaves the caller\'s %s=%j as it is', (name, value) => {
    expect(astroTelemetryEnvironment({ [name]: value })).toEqual({});
  });

  it('is what Astro\'s telemetry reads as disabled', () => {
    // `env` and `isDisabled` are private in its types; they are what its `record()` reads.
    const telemetry = new AstroTelemetry({ astroVersion: '0.0.0', viteVersion: '0.0.0' }) as unknown as { env: NodeJS.ProcessEnv; isDisabled: boolean };
    telemetry.env = { ...astroTelemetryEnvironment({}) };
    expect(telemetry.isDisabled).toBe(true);
  });
});

describe('scripts/build.ts', () => {
  it('starts the build with Astro\'s telemetry off, and with the caller\'s own value as given', () => {
    const started = (value: string | undefined) => variableAtEachBuildStart('ASTRO_TELEMETRY_DISABLED', value);
    expect(started(undefined)).toEqual([null, '1']);
    expect(started('')).toEqual(['', '']);
  });
});

describe('benchSchedule', () => {
  const kinds = (steps: BenchStep[]) => steps.map((step) => ('round' in step ? `${step.kind} ${step.round}` : step.kind));

  it('builds the public site in every round beside the internal and baseline builds, and measures astro dev last', () => {
    expect(kinds(benchSchedule({ runs: 3, baseline: true, public: true, dev: true }))).toEqual([
      'internal 1', 'baseline 1', 'public 1',
      'internal 2', 'baseline 2', 'public 2',
      'internal 3', 'baseline 3', 'public 3',
      'rebuild-unchanged', 'rebuild', 'baseline-md', 'dev',
    ]);
  });

  it('leaves out what the bench is told to skip', () => {
    expect(kinds(benchSchedule({ runs: 2, baseline: false, public: false, dev: false }))).toEqual(['internal 1', 'internal 2', 'rebuild-unchanged', 'rebuild']);
    expect(kinds(benchSchedule({ runs: 1, baseline: false, public: true, dev: true }))).toEqual(['internal 1', 'public 1', 'rebuild-unchanged', 'rebuild', 'dev']);
  });
});

describe('the cache set aside for the rebuild', () => {
  it('survives the cold builds after it (each removes the cache folder) and comes back in place of theirs', () => {
    const cacheDir = join(dir, 'cache', 'a1b2c3');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, 'postmortem-bodies-internal.cache'), 'internal renderings');
    setCacheAside(cacheDir);
    // The baseline's and the public build's steps: the cache folder removed, then one of their own.
    rmSync(cacheDir, { recursive: true, force: true });
    mkdirSync(cacheDir);
    writeFileSync(join(cacheDir, 'postmortem-bodies-public.cache'), 'public renderings');
    expect(restoreCacheSetAside(cacheDir)).toBe(true);
    expect(readFileSync(join(cacheDir, 'postmortem-bodies-internal.cache'), 'utf8')).toBe('internal renderings');
    expect(existsSync(join(cacheDir, 'postmortem-bodies-public.cache'))).toBe(false);
    expect(restoreCacheSetAside(cacheDir)).toBe(false);
  });

  it('keeps the latest internal build\'s cache, not an older one', () => {
    const cacheDir = join(dir, 'cache', 'd4e5f6');
    for (const build of ['first', 'second']) {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(join(cacheDir, 'store.json'), build);
      setCacheAside(cacheDir);
    }
    expect(restoreCacheSetAside(cacheDir)).toBe(true);
    expect(readFileSync(join(cacheDir, 'store.json'), 'utf8')).toBe('second');
  });
});
