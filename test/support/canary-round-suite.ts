import { beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allOutputPaths, canaryProbeOutcomes, fixtureInternalNames, type CanaryBuild, type CanaryProbeFile } from './canary-public-build.ts';
import type { CanaryProbe } from './canary-probe-kit.ts';
import { kbConfig } from '../../site.config.ts';
import { publicHomeIncidentCount } from '../../src/public-site/public-years.ts';

/** What a round's probe list exports (test/support/canary-round3N-probes.ts). */
export interface CanaryRoundProbes {
  allProbes: CanaryProbe[];
  hiddenPosts: CanaryProbe[];
  aliveMarker: (n: number) => string;
  probeFileName: (probe: CanaryProbe) => string;
  /** Entries appended to the fixture vocabulary's files, by name (canary-public-build.ts). */
  vocabularyExtra?: Record<string, string>;
}

/**
 * A canary round as the rounds' one public build takes it (test/site/canary-rounds.test.ts): its
 * probe posts and vocabulary entries go into the build's one content folder, and its tests read
 * the build once it is made. Rounds share the build because their posts are independent: each
 * round's own file names (`-rNN-`) and markers, and the build's checks before Astro refuse each
 * round's posts as they refuse them when the round is built alone (a test there compares them).
 */
export interface CanaryRound {
  round: number;
  /** The round's probe posts, by file name. */
  probeFiles: CanaryProbeFile[];
  /** Entries appended to the fixture vocabulary's files, by name (canary-public-build.ts). */
  vocabularyExtra?: Record<string, string>;
  /** Registers the round's tests; `canary` gives the shared build (made in the file's `beforeAll`). */
  describe: (canary: () => CanaryBuild) => void;
}

/** A round's probe posts as the build's content folder takes them. */
export const canaryProbeFiles = (list: Pick<CanaryRoundProbes, 'allProbes' | 'probeFileName'>): CanaryProbeFile[] =>
  list.allProbes.map((probe) => ({ fileName: list.probeFileName(probe), source: probe.source, assets: probe.assets }));

/** A canary round whose tests are describeCanaryRound's, and `more` (tests that need no build). */
export function canaryRound(round: number, prefix: string, list: CanaryRoundProbes, leaks: (canary: CanaryBuild) => string[], more: () => void = () => {}): CanaryRound {
  return {
    round,
    probeFiles: canaryProbeFiles(list),
    vocabularyExtra: list.vocabularyExtra,
    describe: (canary) => {
      describeCanaryRound(round, prefix, list, leaks, canary);
      more();
    },
  };
}

/**
 * The tests of a canary round's public build (rounds 37 and 38, docs/architecture.md): the
 * build of the probes the checks let through succeeds; no file of it (pagefind's index
 * decompressed, file names too) holds a probe's leak, an internal name of the vocabulary, or the
 * internal site's title and host; every probe is built (its public sentence shown) or refused
 * naming its file; the home page lists public posts only.
 */
export function describeCanaryRound(round: number, prefix: string, list: CanaryRoundProbes, leaks: (canary: CanaryBuild) => string[], getCanary: () => CanaryBuild): void {
  const title = `canary round ${round}`;
  // CANARY38_REPORT=1 prints each probe's outcome, leak and refusal (the figures of docs/architecture.md).
  const report = Boolean(process.env[`CANARY${round}_REPORT`]);
  const markerPattern = new RegExp(`${prefix}\\d{2}x`, 'i');
  const internalNames = fixtureInternalNames();
  /** What site.config.ts names only for the internal site: the public build must not show it. */
  const internalSiteTexts = [kbConfig.sites.internal.title, new URL(kbConfig.sites.internal.url).host];

  describe(`${title}: internal text never reaches the public build`, () => {
    let canary: CanaryBuild;
    beforeAll(() => {
      canary = getCanary();
    });

    test('the public build of the probes the checks let through succeeds', () => {
      expect(canary.build.status, canary.build.output.slice(-3000)).toBe(0);
    });

    test('no probe marker, no internal name and nothing of the internal site appears in any file of the public build or in any file name', () => {
      const names = canary.files.flatMap(({ file, text }) => [...internalNames, ...internalSiteTexts].filter((name) => text.includes(name)).map((name) => `${name} in ${file}`));
      const paths = allOutputPaths(canary.build.outDir).filter((path) => markerPattern.test(path) || internalNames.some((name) => /^[a-z-]+$/.test(name) && path.includes(name)));
      if (report) console.log(leaks(canary).join('\n'));
      expect([...new Set([...leaks(canary), ...names, ...paths])]).toEqual([]);
    });

    test('every probe is either built (its public sentence shown) or refused naming its file', () => {
      const outcomes = canaryProbeOutcomes(canary, list.allProbes, { fileName: list.probeFileName, aliveMarker: list.aliveMarker, hidden: list.hiddenPosts });
      if (report) console.log(outcomes.join('\n'), [...canary.refused].map(([f, m]) => `${f}: ${m.join(' / ').slice(0, 400)}`).join('\n'));
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

/**
 * Each probe's leak in a canary round's build (`N kind: file`), and each marker of a post no page may
 * show found anywhere. A probe naming such a post (its `leak` that post's marker) answers for its own
 * page only; that marker anywhere else is the hidden post's own leak.
 */
export function probeLeaks(canary: CanaryBuild, probes: readonly CanaryProbe[], kit: { leakText: (probe: CanaryProbe) => string; fileName: (probe: CanaryProbe) => string; hiddenMarkers: readonly string[] }): string[] {
  const texts = canary.files.map(({ file, text }) => ({ file, text: text.toLowerCase() }));
  const ownFiles = (probe: CanaryProbe) => (probe.leak && kit.hiddenMarkers.includes(probe.leak) ? texts.filter(({ file }) => file.startsWith(`incidents/${kit.fileName(probe).replace(/\.mdx?$/, '')}/`)) : texts);
  const byProbe = probes.flatMap((probe) => ownFiles(probe).filter(({ text }) => text.includes(kit.leakText(probe).toLowerCase())).map(({ file }) => `${probe.n} ${probe.kind}: ${file}`));
  const hidden = kit.hiddenMarkers.flatMap((marker) => texts.filter(({ text }) => text.includes(marker)).map(({ file }) => `${marker} (a post no page may show): ${file}`));
  return [...byProbe, ...hidden];
}
