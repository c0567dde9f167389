import { beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allOutputPaths, canaryProbeOutcomes, fixtureInternalNames, type CanaryBuild } from '../../support/canary-public-build.ts';
import { canaryProbeFiles, type CanaryRound } from '../../support/canary-round-suite.ts';
import { aliveMarker, allProbes, canaryMarker, hiddenPosts, leakText, probeFileName, vocabularyExtra, type CanaryProbe } from '../../support/canary-round36-probes.ts';

/**
 * Canary round 36 (docs/architecture.md, "Canary round 36"): probes none of which rounds 32 and 34
 * tried, each a postmortem of its own, through one public build. The ones the checks before Astro
 * refuse must be refused with an error naming their file; no file of the build (HTML, pagefind's
 * index decompressed, feed, sitemaps, 404, copied assets: their names too) may hold any probe's
 * marker, the names of the vocabulary only the internal-only post uses, or any internal name.
 */
const probes: CanaryProbe[] = allProbes;
const internalNames = fixtureInternalNames();
/** The markers of the vocabulary only the internal-only post uses (service, team, tag, trigger, public name). */
const vocabularyMarkers = [...new Set(Object.values(vocabularyExtra).join('\n').match(/zsk\d{2}x/gi)!.map((m) => m.toLowerCase()))];

let canary: CanaryBuild;

export const canaryRound36: CanaryRound = {
  round: 36,
  probeFiles: canaryProbeFiles({ allProbes: probes, probeFileName }),
  vocabularyExtra,
  describe: (shared) => describeRound36(shared),
};

/** Each probe's leaks: the built files holding its text (`CANARY36_REPORT` prints them). */
function leaks(): string[] {
  const texts = canary.files.map(({ file, text }) => ({ file, text: text.toLowerCase() }));
  // A probe that names the internal-only post is answerable for its own page; any other file
  // holding that post's marker is the internal-only post's leak.
  const ownFiles = (probe: CanaryProbe) => (probe.leak === canaryMarker(90) ? texts.filter(({ file }) => file.startsWith(`incidents/${probeFileName(probe).replace(/\.mdx?$/, '')}/`)) : texts);
  const byProbe = probes.flatMap((probe) => ownFiles(probe).filter(({ text }) => text.includes(leakText(probe).toLowerCase())).map(({ file }) => `${probe.n} ${probe.kind}: ${file}`));
  const byVocabulary = vocabularyMarkers.flatMap((marker) => texts.filter(({ text }) => text.includes(marker)).map(({ file }) => `vocabulary ${marker}: ${file}`));
  return [...byProbe, ...byVocabulary];
}

/** The round's tests, over the rounds' one build. */
function describeRound36(shared: () => CanaryBuild): void {
  describe('canary round 36: internal text never reaches the public build', () => {
    beforeAll(() => {
      canary = shared();
    });

    test('the public build of the probes the checks let through succeeds', () => {
      expect(canary.build.status, canary.build.output.slice(-3000)).toBe(0);
    });

    test('no probe marker, and no internal name, appears in any file of the public build or in any file name', () => {
      const names = canary.files.flatMap(({ file, text }) => internalNames.filter((name) => text.includes(name)).map((name) => `${name} in ${file}`));
      const paths = allOutputPaths(canary.build.outDir).filter((path) => /zsk\d{2}x/i.test(path) || probes.some((probe) => probe.leak && path.includes(probe.leak)) || internalNames.some((name) => /^[a-z-]+$/.test(name) && path.includes(name)));
      if (process.env.CANARY36_REPORT) console.log(leaks().join('\n'));
      expect([...leaks(), ...names, ...paths]).toEqual([]);
    });

    test('every probe is either built (its public sentence shown) or refused naming its file', () => {
      const outcomes = canaryProbeOutcomes(canary, probes, { fileName: probeFileName, aliveMarker, hidden: hiddenPosts });
      // CANARY36_REPORT=1 prints each probe's outcome and each refusal (the figures of docs/architecture.md).
      if (process.env.CANARY36_REPORT) console.log(outcomes.join('\n'), [...canary.refused].map(([f, m]) => `${f}: ${m.join(' / ')}`).join('\n'));
      expect(outcomes.filter((o) => o.endsWith('missing') || o.endsWith('not named'))).toEqual([]);
    });

    test('the home page counts public posts only', () => {
      const home = readFileSync(join(canary.build.outDir, 'index.html'), 'utf8');
      expect(home).toContain(`most recent of ${readdirSync(join(canary.build.outDir, 'incidents')).length} incidents`);
    });
  });
}
