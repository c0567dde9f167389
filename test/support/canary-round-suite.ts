import { beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allOutputPaths, buildCanaryProbes, canaryProbeOutcomes, fixtureInternalNames, type CanaryBuild } from './canary-public-build.ts';
import type { CanaryProbe } from './canary-probe-kit.ts';
import { kbConfig } from '../../site.config.ts';
import { publicHomeIncidentCount } from '../../src/public-site/public-years.ts';

/** A canary round's probes and how its markers are read (test/support/canary-round3N-probes.ts). */
export interface CanaryRound {
  /** `canary round 38`: the tests' heading. */
  title: string;
  /** `canary-round38`: the content and output folders' name. */
  name: string;
  probes: CanaryProbe[];
  hiddenPosts: CanaryProbe[];
  aliveMarker: (n: number) => string;
  probeFileName: (probe: CanaryProbe) => string;
  /** A marker of the round in a file name (`/ztk\d{2}x/i`). */
  markerPattern: RegExp;
  /** Each probe's leaks in the build: `<n> <kind>: <file>`. */
  leaks: (canary: CanaryBuild) => string[];
  /** Set (`CANARY38_REPORT=1`): each probe's outcome, leak and refusal is printed. */
  report: boolean;
}

/**
 * The tests of a canary round's one public build (rounds 37 and 38, docs/architecture.md): the
 * build of the probes the checks let through succeeds; no file of it (pagefind's index
 * decompressed, file names too) holds a probe's leak, an internal name of the vocabulary, or the
 * internal site's title and host; every probe is built (its public sentence shown) or refused
 * naming its file; the home page lists public posts only.
 */
export function describeCanaryRound(round: CanaryRound): void {
  const internalNames = fixtureInternalNames();
  /** What site.config.ts names only for the internal site: the public build must not show it. */
  const internalSiteTexts = [kbConfig.sites.internal.title, new URL(kbConfig.sites.internal.url).host];
  let canary: CanaryBuild;

  beforeAll(() => {
    canary = buildCanaryProbes(round.name, round.probes.map((probe) => ({ fileName: round.probeFileName(probe), source: probe.source, assets: probe.assets })));
  });

  describe(`${round.title}: internal text never reaches the public build`, () => {
    test('the public build of the probes the checks let through succeeds', () => {
      expect(canary.build.status, canary.build.output.slice(-3000)).toBe(0);
    });

    test('no probe marker, no internal name and nothing of the internal site appears in any file of the public build or in any file name', () => {
      const names = canary.files.flatMap(({ file, text }) => [...internalNames, ...internalSiteTexts].filter((name) => text.includes(name)).map((name) => `${name} in ${file}`));
      const paths = allOutputPaths(canary.build.outDir).filter((path) => round.markerPattern.test(path) || internalNames.some((name) => /^[a-z-]+$/.test(name) && path.includes(name)));
      if (round.report) console.log(round.leaks(canary).join('\n'));
      expect([...new Set([...round.leaks(canary), ...names, ...paths])]).toEqual([]);
    });

    test('every probe is either built (its public sentence shown) or refused naming its file', () => {
      const outcomes = canaryProbeOutcomes(canary, round.probes, { fileName: round.probeFileName, aliveMarker: round.aliveMarker, hidden: round.hiddenPosts });
      if (round.report) console.log(outcomes.join('\n'), [...canary.refused].map(([f, m]) => `${f}: ${m.join(' / ').slice(0, 400)}`).join('\n'));
      expect(outcomes.filter((o) => o.endsWith('missing') || o.endsWith('not named'))).toEqual([]);
    });

    test('the home page counts and lists public posts only', () => {
      const home = readFileSync(join(canary.build.outDir, 'index.html'), 'utf8');
      const built = readdirSync(join(canary.build.outDir, 'incidents')).length;
      // Up to twelve posts the home lists them all and says no count (public-years.ts).
      if (built > publicHomeIncidentCount) expect(home).toContain(`most recent of ${built} incidents`);
      else expect(new Set(home.match(/href="\/incidents\/[^"]+\/"/g)).size).toBe(built);
    });
  });
}
