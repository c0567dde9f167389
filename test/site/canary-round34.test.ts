import { beforeAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSite, testOutputDir, type SiteBuild } from '../support/build-site.ts';
import { readSiteFiles } from '../support/site-files.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { aliveMarker, allProbes, canaryMarker, hiddenPosts, probeFileName, type CanaryProbe } from '../support/canary-round34-probes.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { errorsOnly, redactionOptions, scanSourcesForPublication } from '../../scripts/lib/redaction-check.ts';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { publicLinkRewriter } from '../../src/integrations/public-variant.ts';
import { isPubliclyVisible } from '../../src/lib/predicates.ts';

/**
 * Canary round 34 (docs/architecture.md, "Canary round 34"): 103 probes none of which round 32
 * tried, each a postmortem of its own. The ones the checks before Astro refuse must be refused with
 * an error naming their file; the others are built into one public site, and no file of it (HTML,
 * pagefind's index decompressed, feed, sitemaps, 404, copied assets: their names too) may hold any
 * probe's marker or any internal name of the vocabulary.
 */
const probes: CanaryProbe[] = allProbes;
const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
const publicNames = new Set([...vocabulary.services.values()].flatMap((service) => service.publicName ?? []));
const internalNames = [
  ...[...vocabulary.services].flatMap(([id, service]) => [id, service.name, service.description ?? ''].filter((name) => name && !publicNames.has(name))),
  ...[...vocabulary.teams.values()].flatMap((team) => [team.name, team.handle ?? ''].filter((name) => name && !publicNames.has(name))),
  'Internal only',
  // The public name of the one service only the internal-only post names: no filter may offer it.
  vocabulary.services.get('notification-service')!.publicName!,
];

let contentDir: string;
let build: SiteBuild;
let files: { file: string; text: string }[];
/** The files the checks refuse, with their error messages. */
const refused = new Map<string, string[]>();
/** The files whose page Astro failed to render: the build stopped without naming them. */
const unnamed = new Set<string>();

beforeAll(() => {
  contentDir = mkdtempSync(join(tmpdir(), 'kb-canary-round34-'));
  mkdirSync(join(contentDir, 'postmortems'));
  for (const file of readdirSync(join(fixturesDir, 'vocabulary'))) cpSync(join(fixturesDir, 'vocabulary', file), join(contentDir, file));
  for (const probe of probes) {
    writeFileSync(join(contentDir, 'postmortems', probeFileName(probe)), probe.source);
    for (const [name, bytes] of Object.entries(probe.assets ?? {})) writeFileSync(join(contentDir, 'postmortems', name), bytes);
  }
  const validation = validateCorpus(contentDir);
  const scan = scanSourcesForPublication(validation.postmortems.filter((pm) => !errorsOnly(validation.findings).some((f) => f.file === pm.file)), redactionOptions(validation.vocabulary!, validation.postmortems, contentDir));
  for (const finding of [...errorsOnly(validation.findings), ...errorsOnly(scan.findings)]) {
    refused.set(finding.file, [...(refused.get(finding.file) ?? []), `${finding.line}:${finding.column} ${finding.message}`]);
  }
  // The public cut the build runs on each public source before Astro (public-variant.ts, with its
  // link rewriter): a post it refuses would stop the build, one a round; it is asked here instead.
  const rewriteLink = publicLinkRewriter(
    (id) => validation.postmortems.some((pm) => pm.id === id && pm.data && isPubliclyVisible(pm.data)),
    (id) => validation.postmortems.some((pm) => pm.id === id),
  );
  for (const pm of validation.postmortems) {
    if (refused.has(pm.file) || !pm.data || !isPubliclyVisible(pm.data)) continue;
    try {
      stripInternalFromSource(pm.source, { isMdx: pm.file.endsWith('.mdx'), variant: 'public', file: pm.file, rewriteLink });
    } catch (error) {
      if (!(error instanceof PublicVariantError)) throw error;
      refused.set(pm.file, [error.message]);
    }
  }
  mkdirSync(join(contentDir, 'refused'));
  for (const file of refused.keys()) if (existsSync(file)) renameSync(file, join(contentDir, 'refused', file.split('/').pop()!));
  // A post the build itself stops (the public cut's own checks) is moved aside naming its file,
  // and the build runs again: round 32's way, a few rounds at most.
  for (let round = 0; round < 4; round++) {
    build = buildSite({ contentDir, outDir: resolve(testOutputDir, 'canary-round34-public'), variant: 'public' });
    if (build.status === 0) break;
    const stopped = /Build failed: (\S+?\.mdx?):(\d+(?::\d+)?): ([^\n]*)/.exec(build.output);
    if (stopped && existsSync(stopped[1])) {
      refused.set(stopped[1], [`${stopped[2]} ${stopped[3]}`]);
      renameSync(stopped[1], join(contentDir, 'refused', stopped[1].split('/').pop()!));
      continue;
    }
    // A page Astro fails to render stops the build too (fail closed), but names no file: such a
    // probe is set aside as stopped unnamed, which the test below counts as a failure.
    const page = /Caught error rendering \/incidents\/([^/\s]+)\//.exec(build.output);
    const file = page && readdirSync(join(contentDir, 'postmortems')).find((name) => name.replace(/\.mdx?$/, '') === page[1]);
    if (!file) break;
    unnamed.add(join(contentDir, 'postmortems', file));
    renameSync(join(contentDir, 'postmortems', file), join(contentDir, 'refused', file));
  }
  files = build.status === 0 ? readSiteFiles(build.outDir) : [];
});

const refusalOf = (probe: CanaryProbe) => [...refused].find(([file]) => file.endsWith(`/${probeFileName(probe)}`))?.[1];

/** Every file of the build by its path below the output folder, assets included (their names are searched too). */
function allOutputPaths(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? allOutputPaths(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]));
}

describe('canary round 34: internal text never reaches the public build', () => {
  test('the public build of the probes the checks let through succeeds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  test('no probe marker, and no internal name, appears in any file of the public build or in any file name', () => {
    const leaks = probes.flatMap((probe) => files.filter(({ text }) => text.toLowerCase().includes(canaryMarker(probe.n))).map(({ file }) => `${probe.n} ${probe.kind}: ${file}`));
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
