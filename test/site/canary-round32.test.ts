import { beforeAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSite, testOutputDir, type SiteBuild } from '../support/build-site.ts';
import { readSiteFiles } from '../support/site-files.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { bodyProbes, canaryMarker, frontmatterProbes, hiddenPosts, probeFileName, type CanaryProbe } from '../support/canary-round32-probes.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { errorsOnly, redactionOptions, scanSourcesForPublication } from '../../scripts/lib/redaction-check.ts';

/**
 * Canary round 32 (docs/architecture.md, "Canary round 32"): every probe is a postmortem of its
 * own. The ones the public build refuses (validation, the public cut or the redaction guard: the
 * same checks the build runs before Astro) must be refused with an error naming their file; the
 * others are built into one public site, and no file of it (pagefind's index decompressed) may hold
 * any probe's marker.
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

let contentDir: string;
let build: SiteBuild;
let files: { file: string; text: string }[];
/** The files the checks before Astro refuse, with their error messages. */
const refused = new Map<string, string[]>();

beforeAll(() => {
  contentDir = mkdtempSync(join(tmpdir(), 'kb-canary-round32-'));
  mkdirSync(join(contentDir, 'postmortems'));
  for (const file of readdirSync(join(fixturesDir, 'vocabulary'))) cpSync(join(fixturesDir, 'vocabulary', file), join(contentDir, file));
  for (const probe of probes) writeFileSync(join(contentDir, 'postmortems', probeFileName(probe)), probe.source);
  const validation = validateCorpus(contentDir);
  const scan = scanSourcesForPublication(validation.postmortems.filter((pm) => !errorsOnly(validation.findings).some((f) => f.file === pm.file)), redactionOptions(validation.vocabulary!, validation.postmortems, contentDir));
  for (const finding of [...errorsOnly(validation.findings), ...errorsOnly(scan.findings)]) {
    refused.set(finding.file, [...(refused.get(finding.file) ?? []), `${finding.line}:${finding.column} ${finding.message}`]);
  }
  // The refused posts would stop the build: the rest are built together.
  mkdirSync(join(contentDir, 'refused'));
  for (const file of refused.keys()) renameSync(file, join(contentDir, 'refused', file.split('/').pop()!));
  // A post the build itself refuses later (the public cut's own checks) is moved aside the same
  // way, naming its file, and the build runs again: a few rounds at most.
  for (let round = 0; round < 4; round++) {
    build = buildSite({ contentDir, outDir: resolve(testOutputDir, 'canary-round32-public'), variant: 'public' });
    const stopped = /Build failed: (\S+?\.mdx?):(\d+(?::\d+)?): ([^\n]*)/.exec(build.output);
    if (build.status === 0 || !stopped || !existsSync(stopped[1])) break;
    refused.set(stopped[1], [`${stopped[2]} ${stopped[3]}`]);
    renameSync(stopped[1], join(contentDir, 'refused', stopped[1].split('/').pop()!));
  }
  files = build.status === 0 ? readSiteFiles(build.outDir) : [];
});

const refusalOf = (probe: CanaryProbe) => [...refused].find(([file]) => file.endsWith(probeFileName(probe)))?.[1];

describe('canary round 32: internal text never reaches the public build', () => {
  test('the public build of the probes the checks let through succeeds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  test('no probe marker, and no internal name, appears in any file of the public build', () => {
    const leaks = probes.flatMap((probe) => files.filter(({ text }) => text.toLowerCase().includes(canaryMarker(probe.n))).map(({ file }) => `${probe.n} ${probe.kind}: ${file}`));
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

