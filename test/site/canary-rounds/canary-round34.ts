import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteBuild } from '../../support/build-site.ts';
import { allOutputPaths, fixtureInternalNames, fixtureVocabulary, type CanaryBuild } from '../../support/canary-public-build.ts';
import { canaryProbeFiles, type CanaryRound } from '../../support/canary-round-suite.ts';
import { aliveMarker, allProbes, canaryMarker, hiddenPosts, probeFileName, type CanaryProbe } from '../../support/canary-round34-probes.ts';

/**
 * Canary round 34 (docs/architecture.md, "Canary round 34"): 103 probes none of which round 32
 * tried, each a postmortem of its own. The ones the checks before Astro refuse must be refused with
 * an error naming their file; the others are built into one public site, and no file of it (HTML,
 * pagefind's index decompressed, feed, sitemaps, 404, copied assets: their names too) may hold any
 * probe's marker or any internal name of the vocabulary.
 */
const probes: CanaryProbe[] = allProbes;
const internalNames = [
  ...fixtureInternalNames(),
  'Internal only',
  // The public name of the one service only the internal-only post names: no filter may offer it.
  fixtureVocabulary.services.get('notification-service')!.publicName!,
];

let build: SiteBuild;
let files: { file: string; text: string }[];
let refused: Map<string, string[]>;
let unnamed: Set<string>;

export const canaryRound34: CanaryRound = {
  round: 34,
  probeFiles: canaryProbeFiles({ allProbes: probes, probeFileName }),
  describe: (canary) => describeRound34(canary),
};

const refusalOf = (probe: CanaryProbe) => [...refused].find(([file]) => file.endsWith(`/${probeFileName(probe)}`))?.[1];

/** The round's tests, over the rounds' one build. */
function describeRound34(canary: () => CanaryBuild): void {
  describe('canary round 34: internal text never reaches the public build', () => {
    beforeAll(() => {
      ({ build, files, refused, unnamed } = canary());
    });

    test('the public build of the probes the checks let through succeeds', () => {
      expect(build.status, build.output.slice(-3000)).toBe(0);
    });

    test('no probe marker, and no internal name, appears in any file of the public build or in any file name', () => {
      // Each file lowered once, not once a probe: the rounds' one build has the files of eleven rounds.
      const lowered = files.map(({ file, text }) => ({ file, text: text.toLowerCase() }));
      const leaks = probes.flatMap((probe) => lowered.filter(({ text }) => text.includes(canaryMarker(probe.n))).map(({ file }) => `${probe.n} ${probe.kind}: ${file}`));
      const names = files.flatMap(({ file, text }) => internalNames.filter((name) => text.includes(name)).map((name) => `${name} in ${file}`));
      const paths = allOutputPaths(build.outDir).filter((path) => /zrk\d{2,3}x/i.test(path) || internalNames.some((name) => /^[a-z-]+$/.test(name) && path.includes(name)));
      expect([...leaks, ...names, ...paths]).toEqual([]);
    });

    test('every probe is either built (its public sentence shown) or refused naming its file', () => {
      const outcomes = probes.map((probe) => {
        if ([...unnamed].some((file) => file.endsWith(`/${probeFileName(probe)}`))) return `${probe.n}: stopped, file not named`;
        const refusal = refusalOf(probe);
        if (refusal) return `${probe.n}: refused`;
        if (hiddenPosts.includes(probe)) return `${probe.n}: hidden`;
        const page = join(build.outDir, 'incidents', probeFileName(probe).replace(/\.mdx?$/, ''), 'index.html');
        const shown = existsSync(page) && readFileSync(page, 'utf8').includes(aliveMarker(probe.n));
        return `${probe.n}: ${shown ? 'built' : 'missing'}`;
      });
      // CANARY34_REPORT=1 prints each probe's outcome and each refusal (the figures of docs/architecture.md).
      if (process.env.CANARY34_REPORT) console.log(outcomes.join('\n'), [...refused].map(([f, m]) => `${f}: ${m.join(' / ')}`).join('\n'));
      expect(outcomes.filter((o) => o.endsWith('missing') || o.endsWith('not named'))).toEqual([]);
    });

    test('no year page, filter or count for a year with no public post; the home page counts public posts only', () => {
      expect(existsSync(join(build.outDir, 'history/2019'))).toBe(false);
      const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
      expect(home).not.toContain('/history/2019/');
      expect(files.filter(({ text }) => text.includes('year:2019')).map(({ file }) => file)).toEqual([]);
      const built = readdirSync(join(build.outDir, 'incidents')).length;
      expect(home).toContain(`most recent of ${built} incidents`);
    });
  });
}
