import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteBuild } from '../../support/build-site.ts';
import type { CanaryBuild } from '../../support/canary-public-build.ts';
import type { CanaryRound } from '../../support/canary-round-suite.ts';
import { fixturesDir } from '../../support/content-fixture.ts';
import { bodyProbes, canaryMarker, frontmatterProbes, hiddenPosts, probeFileName, type CanaryProbe } from '../../support/canary-round32-probes.ts';
import { loadVocabulary } from '../../../src/lib/vocabulary.ts';

/**
 * Canary round 32 (docs/architecture.md, "Canary round 32"): every probe is a postmortem of its
 * own. The ones the public build refuses (validation, the public cut or the redaction guard: the
 * same checks the build runs before Astro) must be refused with an error naming their file; the
 * others are built into one public site (the canary rounds' one build, test/site/canary-rounds.test.ts),
 * and no file of it (pagefind's index decompressed) may hold any probe's marker.
 */
const probes: CanaryProbe[] = [...bodyProbes, ...frontmatterProbes, ...hiddenPosts];
/**
 * Names only the internal vocabulary gives: services' ids, internal names and descriptions (a
 * service is shown by its public name only), teams' names and handles (except where a team's name
 * is also a service's public name, "Checkout"), and the internal note's label.
 */
const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
const publicNames = new Set([...vocabulary.services.values()].flatMap((service) => service.publicName ?? []));
const internalNames = [
  ...[...vocabulary.services].flatMap(([id, service]) => [id, service.name, service.description ?? ''].filter((name) => name && !publicNames.has(name))),
  ...[...vocabulary.teams.values()].flatMap((team) => [team.name, team.handle ?? ''].filter((name) => name && !publicNames.has(name))),
  'Internal only',
];

let build: SiteBuild;
let files: { file: string; text: string }[];
/** The files the checks refuse (before Astro, or the build naming them), with their error messages. */
let refused: Map<string, string[]>;

export const canaryRound32: CanaryRound = {
  round: 32,
  probeFiles: probes.map((probe) => ({ fileName: probeFileName(probe), source: probe.source })),
  describe: (canary) => describeRound32(canary),
};

const refusalOf = (probe: CanaryProbe) => [...refused].find(([file]) => file.endsWith(probeFileName(probe)))?.[1];

/** The round's tests, over the rounds' one build. */
function describeRound32(canary: () => CanaryBuild): void {
  describe('canary round 32: internal text never reaches the public build', () => {
    beforeAll(() => {
      ({ build, files, refused } = canary());
    });

    test('the public build of the probes the checks let through succeeds', () => {
      expect(build.status, build.output.slice(-3000)).toBe(0);
    });

    test('no probe marker, and no internal name, appears in any file of the public build', () => {
      // Each file lowered once, not once a probe: the rounds' one build has the files of eleven rounds.
      const lowered = files.map(({ file, text }) => ({ file, text: text.toLowerCase() }));
      const leaks = probes.flatMap((probe) => lowered.filter(({ text }) => text.includes(canaryMarker(probe.n))).map(({ file }) => `${probe.n} ${probe.kind}: ${file}`));
      const names = files.flatMap(({ file, text }) => internalNames.filter((name) => text.includes(name)).map((name) => `${name} in ${file}`));
      expect([...leaks, ...names]).toEqual([]);
    });

    test('every probe is either built (its public sentence shown) or refused naming its file', () => {
      const outcomes = probes.map((probe) => {
        const refusal = refusalOf(probe);
        if (refusal) return `${probe.n}: refused`;
        if (hiddenPosts.includes(probe)) return `${probe.n}: hidden`;
        const page = join(build.outDir, 'incidents', probeFileName(probe).replace(/\.mdx?$/, ''), 'index.html');
        const alive = existsSync(page) && readFileSync(page, 'utf8').includes(`zqkalive${String(probe.n).padStart(2, '0')}`);
        return `${probe.n}: ${alive ? 'built' : 'missing'}`;
      });
      // CANARY32_REPORT=1 prints each probe's outcome and each refusal (the figures of docs/architecture.md).
      if (process.env.CANARY32_REPORT) console.log(outcomes.join('\n'), [...refused].map(([f, m]) => `${f}: ${m.join(' / ')}`).join('\n'));
      expect(outcomes.filter((o) => o.endsWith('missing'))).toEqual([]);
    });

    test('no year page or count for a year with only internal posts; the home page counts public posts only', () => {
      expect(existsSync(join(build.outDir, 'history/2021'))).toBe(false);
      const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
      expect(home).not.toContain('/history/2021/');
      const built = readdirSync(join(build.outDir, 'incidents')).length;
      expect(home).toContain(`most recent of ${built} incidents`);
    });
  });
}
