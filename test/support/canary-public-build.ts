import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSite, testOutputDir, type SiteBuild } from './build-site.ts';
import { readSiteFiles } from './site-files.ts';
import { fixturesDir } from './content-fixture.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { errorsOnly, redactionOptions, scanSourcesForPublication } from '../../scripts/lib/redaction-check.ts';
import { PublicVariantError } from '../../src/lib/strip-internal.ts';
import { MarkdownSyntaxError, toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { publicLinkRewriter } from '../../src/integrations/public-variant.ts';
import { isPubliclyVisible } from '../../src/lib/predicates.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { isDraftSource } from '../../src/lib/draft-source.ts';

/** The fixture vocabulary the probes are written against (test/fixtures/vocabulary). */
export const fixtureVocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));

/** The fixture vocabulary's names no public page may show: service ids, names and descriptions, team names and handles that are no service's public name. */
export function fixtureInternalNames(): string[] {
  const publicNames = new Set([...fixtureVocabulary.services.values()].flatMap((service) => service.publicName ?? []));
  return [
    ...[...fixtureVocabulary.services].flatMap(([id, service]) => [id, service.name, service.description ?? ''].filter((name) => name && !publicNames.has(name))),
    ...[...fixtureVocabulary.teams.values()].flatMap((team) => [team.name, team.handle ?? ''].filter((name) => name && !publicNames.has(name))),
  ];
}

/** One probe postmortem of a canary round: its file and what is written beside it. */
export interface CanaryProbeFile {
  /** The file name below `postmortems/`. */
  fileName: string;
  source: string;
  /** Files written beside the post (images), by name. */
  assets?: Record<string, Uint8Array>;
}

export interface CanaryBuild {
  build: SiteBuild;
  /** Every built file's text (pagefind's index decompressed). */
  files: { file: string; text: string }[];
  /** The files the checks refuse, with their error messages. */
  refused: Map<string, string[]>;
  /** The files of `refused` the checks before Astro refused (refusalsBeforeAstro), not the build. */
  refusedBeforeAstro: Set<string>;
  /** The files whose page Astro failed to render: the build stopped without naming them. */
  unnamed: Set<string>;
}

/** A content folder `kb-<name>-*` of the fixture vocabulary (`vocabularyExtra` appended to its files, by name) and the probe posts. */
export function writeCanaryContent(name: string, probes: CanaryProbeFile[], vocabularyExtra: Record<string, string> = {}): string {
  const contentDir = mkdtempSync(join(tmpdir(), `kb-${name}-`));
  mkdirSync(join(contentDir, 'postmortems'));
  for (const file of readdirSync(join(fixturesDir, 'vocabulary'))) cpSync(join(fixturesDir, 'vocabulary', file), join(contentDir, file));
  for (const [file, extra] of Object.entries(vocabularyExtra)) writeFileSync(join(contentDir, file), extra, { flag: 'a' });
  for (const probe of probes) {
    writeFileSync(join(contentDir, 'postmortems', probe.fileName), probe.source);
    for (const [asset, bytes] of Object.entries(probe.assets ?? {})) writeFileSync(join(contentDir, 'postmortems', asset), bytes);
  }
  return contentDir;
}

/**
 * The posts of a content folder the checks the build runs before Astro refuse, with their messages:
 * `validateCorpus`, the redaction guard's `scanSourcesForPublication`, and the public cut with the
 * build's link rewriter as the content loader asks it of each public body (`toFastMarkdown`: the cut
 * of public-variant.ts, then the markup the loader refuses in the cut text, such as a footnote whose
 * definition was inside an <Internal>). A post refused there would stop the build, one a round.
 */
export function refusalsBeforeAstro(contentDir: string): Map<string, string[]> {
  const refused = new Map<string, string[]>();
  const validation = validateCorpus(contentDir);
  const scan = scanSourcesForPublication(validation.postmortems.filter((pm) => !errorsOnly(validation.findings).some((f) => f.file === pm.file)), redactionOptions(validation.vocabulary!, validation.postmortems, contentDir));
  for (const finding of [...errorsOnly(validation.findings), ...errorsOnly(scan.findings)]) {
    refused.set(finding.file, [...(refused.get(finding.file) ?? []), `${finding.line}:${finding.column} ${finding.message}`]);
  }
  const rewriteLink = publicLinkRewriter(
    (id) => validation.postmortems.some((pm) => pm.id === id && pm.data && isPubliclyVisible(pm.data)),
    (id) => validation.postmortems.some((pm) => pm.id === id),
  );
  for (const pm of validation.postmortems) {
    if (refused.has(pm.file) || !pm.data || !isPubliclyVisible(pm.data)) continue;
    try {
      toFastMarkdown(pm.source, { isMdx: pm.file.endsWith('.mdx'), variant: 'public', file: pm.file, rewriteLink, draft: isDraftSource(pm.source) });
    } catch (error) {
      if (!(error instanceof PublicVariantError || error instanceof MarkdownSyntaxError)) throw error;
      refused.set(pm.file, [error.message]);
    }
  }
  return refused;
}

/**
 * The canary rounds' one public build (docs/architecture.md, "Canary round 34"; since session 45
 * one build for all rounds, docs/testing.md "Suite time, session 45"): the probes are written into
 * one content folder beside the fixture vocabulary (writeCanaryContent); the checks the build runs
 * before Astro sort out the refused posts (refusalsBeforeAstro), which are moved aside; the rest are
 * built once. A post the build itself stops naming its file is moved aside and the build run again
 * (a few times at most); a page Astro fails to render (no file named) is set aside as `unnamed`,
 * which the rounds count as a failure.
 */
export function buildCanaryProbes(name: string, probes: CanaryProbeFile[], vocabularyExtra: Record<string, string> = {}): CanaryBuild {
  const contentDir = writeCanaryContent(name, probes, vocabularyExtra);
  const refused = refusalsBeforeAstro(contentDir);
  const refusedBeforeAstro = new Set(refused.keys());
  const unnamed = new Set<string>();
  mkdirSync(join(contentDir, 'refused'));
  for (const file of refused.keys()) if (existsSync(file)) renameSync(file, join(contentDir, 'refused', file.split('/').pop()!));
  let build!: SiteBuild;
  // A round's own build was allowed four attempts; the rounds' one build takes the posts of eleven
  // rounds, so more, each attempt after a stop that named a post set aside.
  for (let attempt = 0; attempt < 12; attempt++) {
    build = buildSite({ contentDir, outDir: resolve(testOutputDir, `${name}-public`), variant: 'public' });
    if (build.status === 0) break;
    // One body the loader refuses is said on the "Build failed" line; several (session 49), each on
    // a line of its own above "Build failed: N postmortem bodies do not parse".
    const stops = /Build failed: \d+ postmortem bodies do not parse/.test(build.output)
      ? [...build.output.matchAll(/^(\S+?\.mdx?):(\d+(?::\d+)?): ([^\n]*)/gm)]
      : [/Build failed: (\S+?\.mdx?):(\d+(?::\d+)?): ([^\n]*)/.exec(build.output)];
    const stopped = stops.flatMap((stop) => (stop && existsSync(stop[1]!) ? [stop] : []));
    if (stopped.length) {
      for (const [, file, line, message] of stopped) {
        refused.set(file!, [`${line} ${message}`]);
        renameSync(file!, join(contentDir, 'refused', file!.split('/').pop()!));
      }
      continue;
    }
    const page = /Caught error rendering \/incidents\/([^/\s]+)\//.exec(build.output);
    const file = page && readdirSync(join(contentDir, 'postmortems')).find((entry) => entry.replace(/\.mdx?$/, '') === page[1]);
    if (!file) break;
    unnamed.add(join(contentDir, 'postmortems', file));
    // The rounds count this as a failure; what Astro said is the only clue to why (session 55: a
    // page rendered in every run but one, under load), so it goes to the test's output.
    console.error(`${file}: Astro failed to render its page without naming the file:\n${build.output.slice(Math.max(0, page.index - 1500), page.index + 3000)}`);
    renameSync(join(contentDir, 'postmortems', file), join(contentDir, 'refused', file));
  }
  return { build, files: build.status === 0 ? readSiteFiles(build.outDir) : [], refused, refusedBeforeAstro, unnamed };
}

/** Every file of a build by its path below the output folder, assets included (their names are searched too). */
export function allOutputPaths(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? allOutputPaths(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]));
}

/**
 * Each probe's outcome in a canary round's build (canary rounds 36 and 37): `N: refused` (the
 * checks or the build named its file), `N: hidden` (a post no page may show), `N: built` (its page
 * shows its public sentence), or the failures `N: stopped, file not named` and `N: missing`.
 */
export function canaryProbeOutcomes<Probe extends { n: number }>(
  canary: CanaryBuild,
  probes: readonly Probe[],
  kit: { fileName: (probe: Probe) => string; aliveMarker: (n: number) => string; hidden: readonly Probe[] },
): string[] {
  return probes.map((probe) => {
    const fileName = kit.fileName(probe);
    if ([...canary.unnamed].some((file) => file.endsWith(`/${fileName}`))) return `${probe.n}: stopped, file not named`;
    if ([...canary.refused.keys()].some((file) => file.endsWith(`/${fileName}`))) return `${probe.n}: refused`;
    if (kit.hidden.includes(probe)) return `${probe.n}: hidden`;
    const page = join(canary.build.outDir, 'incidents', fileName.replace(/\.mdx?$/, ''), 'index.html');
    const shown = existsSync(page) && readFileSync(page, 'utf8').includes(kit.aliveMarker(probe.n));
    return `${probe.n}: ${shown ? 'built' : 'missing'}`;
  });
}
