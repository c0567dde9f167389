#!/usr/bin/env node
// npm run build            -> the internal site in dist/
// npm run build:public     -> the customer-facing site in dist-public/ (same sources, redacted)
//
// Astro builds into a staging folder in a child process while this process, on the other core,
// validates every postmortem's frontmatter (the schema, vocabulary and cross-file rules of
// `npm run check`, with file:line:column), runs the redaction guard over the public text (public
// site) or computes similar incidents and the search index from the sources (internal site).
// A validation error stops Astro at once. Then the built pages are post-processed, scanned for
// leaks and indexed (public site), and the staging folder is moved into place. On any failure
// the staging folder and the previous output are removed, so nothing half-built or stale can be
// mistaken for a good build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setPriority } from 'node:os';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../site.config.ts';
import { validateCorpus } from '../src/lib/validate-corpus.ts';
import { formatFindingsText } from '../src/lib/findings.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { isPublished } from '../src/lib/predicates.ts';
import { writeSimilarLinksFile } from '../src/lib/similar-links-file.ts';
import { indexDocumentsForSearch, indexSiteForSearch } from './lib/search-index.ts';
import { buildSearchDocuments } from './lib/search-documents.ts';
import { postprocessSite } from './lib/postprocess-html.ts';
import { redactionOptions, scanSourcesForPublication, scanBuiltSite, errorsOnly } from './lib/redaction-check.ts';

/**
 * pagefind's memory peaks while it writes the index (about 0.4 MB per postmortem), and Astro's
 * while it bundles: side by side on a large knowledge base they would raise the build's peak by
 * about 40%. Above this size the index is therefore built after Astro, where it costs time
 * instead (docs/performance.md has the measurements).
 */
const largestCorpusIndexedBesideAstro = 2000;
/**
 * Nice value of this process (and of pagefind, which inherits it) once Astro has started: the
 * lowest, so the side work only takes CPU Astro leaves idle. Astro never starves for it: when it
 * needs the similar links it waits, idle, and the side work gets the cores.
 */
const backgroundPriority = 19;

const { values } = parseArgs({
  options: {
    variant: { type: 'string', default: 'internal' },
    out: { type: 'string' },
    'search-index': { type: 'string', default: 'auto' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(`Usage: node scripts/build.ts [--variant internal|public] [--out DIR] [--search-index auto|beside|after]

  --search-index   when the internal site's search index is built: beside the Astro build (faster),
                   after it (lower peak memory), or auto (beside up to ${largestCorpusIndexedBesideAstro} published postmortems).`);
  process.exit(0);
}
const variant = values.variant;
const searchIndexTiming = values['search-index'];
if (!['auto', 'beside', 'after'].includes(searchIndexTiming!)) {
  console.error(`Unknown --search-index "${searchIndexTiming}". Use auto, beside or after.`);
  process.exit(2);
}
if (variant !== 'internal' && variant !== 'public') {
  console.error(`Unknown --variant "${variant}". Use internal or public.`);
  process.exit(2);
}
const outDir = resolve(values.out ?? process.env.KB_OUT_DIR ?? (variant === 'public' ? 'dist-public' : 'dist'));
const stagingDir = `${outDir}.staging`;
const searchDir = `${outDir}.search`;
const similarLinksFile = `${outDir}.similar.json`;
const contentDir = resolveContentDir();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function removeWork(): void {
  for (const path of [stagingDir, searchDir, similarLinksFile]) rmSync(path, { recursive: true, force: true });
}

function fail(message: string): never {
  removeWork();
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\nNothing was written to ${outDir}.`);
  process.exit(1);
}

const started = performance.now();
removeWork();
mkdirSync(dirname(outDir), { recursive: true });

// Astro goes first: it is the longest step, and everything below runs beside it.
const astro = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env, NODE_ENV: 'production', KB_OUT_DIR: stagingDir, KB_VARIANT: variant, KB_CONTENT_DIR: contentDir,
    ...(variant === 'internal' ? { KB_SIMILAR_LINKS_FILE: similarLinksFile } : {}),
  },
});
const astroExit = new Promise<number>((done) => {
  astro.on('error', (error) => {
    console.error(`Could not start Astro: ${error.message}`);
    done(1);
  });
  astro.on('close', (code) => done(code ?? 1));
});

// Astro's renderer is the critical path; the work below (and pagefind, which inherits this
// priority) fills the cores Astro leaves idle instead of slowing it down.
setPriority(backgroundPriority);

/** Stops Astro (its output would be discarded anyway) and fails with `message`. */
async function stopAstroAndFail(message: string): Promise<never> {
  astro.kill('SIGTERM');
  await astroExit;
  fail(message);
}

// Frontmatter, vocabularies and cross-file rules here; Astro compiles (and checks) every body.
const validation = validateCorpus(contentDir, { frontmatterOnly: true });
const errors = validation.findings.filter((f) => f.severity === 'error');
if (errors.length) {
  console.error(formatFindingsText(errors, validation.postmortems.length));
  await stopAstroAndFail(`${errors.length} error(s) in ${contentDir}/. Fix them (npm run check shows the same list) and build again.`);
}
console.log(`Validated ${validation.postmortems.length} postmortems in ${contentDir}/ (after ${seconds(started)} s).`);

// The public site is checked twice by the redaction guard: the public text of every source
// while Astro builds, and every built page after (templates can leak too).
const redaction = variant === 'public' ? redactionOptions(validation.vocabulary!, validation.postmortems, contentDir) : undefined;
let allowedPublicText = new Set<string>();
if (redaction) {
  const scan = scanSourcesForPublication(validation.postmortems, redaction);
  const fatal = errorsOnly(scan.findings);
  if (fatal.length) {
    console.error(formatFindingsText(scan.findings, validation.postmortems.length));
    await stopAstroAndFail(`the redaction guard found ${fatal.length} problem(s) in public text.`);
  }
  if (scan.findings.length) console.warn(formatFindingsText(scan.findings, validation.postmortems.length));
  allowedPublicText = scan.allowed;
}

// Similar incidents for the internal site, computed here so Astro's renderer does not (it waits
// for this file when it first needs the links).
if (variant === 'internal') {
  try {
    const published = validation.postmortems.filter((postmortem) => postmortem.data && isPublished(postmortem.data));
    writeSimilarLinksFile(similarLinksFile, published.map((postmortem) => ({ id: postmortem.id, data: postmortem.data!, body: splitFrontmatter(postmortem.source).body })));
  } catch (error) {
    await stopAstroAndFail(`computing similar incidents failed: ${(error as Error).message}`);
  }
}

// The internal site's search index comes from the sources (src/lib/search-document.ts), so it can
// be built while Astro renders rather than by reading the pages afterwards.
const searchDocuments = variant === 'internal' ? buildSearchDocuments(validation.postmortems, validation.vocabulary!) : undefined;
const indexBesideAstro = searchIndexTiming === 'beside'
  || (searchIndexTiming === 'auto' && (searchDocuments?.length ?? 0) <= largestCorpusIndexedBesideAstro);
const indexInternalSearch = () => {
  const indexStarted = performance.now();
  return indexDocumentsForSearch(searchDocuments!, searchDir)
    .then((pages) => ({ pages, seconds: seconds(indexStarted), finishedAt: seconds(started) }), (error: Error) => ({ error }));
};
const internalSearch = searchDocuments && indexBesideAstro ? indexInternalSearch() : undefined;

const astroStatus = await astroExit;
console.log(`Astro finished after ${seconds(started)} s.`);
if (astroStatus !== 0) {
  await internalSearch;
  fail('astro build exited with an error (see above).');
}
postprocessSite(stagingDir);

if (redaction) {
  const leaks = scanBuiltSite(stagingDir, redaction, allowedPublicText);
  if (leaks.length) {
    console.error(formatFindingsText(leaks, leaks.length));
    fail(`the redaction guard found ${leaks.length} problem(s) in the built public site.`);
  }
}

if (searchDocuments) {
  const search = await (internalSearch ?? indexInternalSearch());
  if ('error' in search) fail(`search indexing failed: ${search.error.message}`);
  renameSync(searchDir, join(stagingDir, 'pagefind'));
  console.log(`Search index: pagefind indexed ${search.pages} postmortems from their sources in ${search.seconds} s, ${indexBesideAstro ? 'beside' : 'after'} the Astro build (done after ${search.finishedAt} s).`);
} else {
  try {
    const publicIndexStarted = performance.now();
    const pages = await indexSiteForSearch(stagingDir);
    console.log(`Search index: pagefind scanned ${pages} built pages (only public posts are indexed) in ${seconds(publicIndexStarted)} s.`);
  } catch (error) {
    fail(`search indexing failed: ${(error as Error).message}`);
  }
}

rmSync(outDir, { recursive: true, force: true });
renameSync(stagingDir, outDir);
rmSync(similarLinksFile, { force: true });
if (!existsSync(resolve(outDir, 'index.html'))) fail(`${outDir}/index.html is missing after the build.`);
console.log(`Built the ${variant} site into ${outDir} in ${seconds(started)} s.`);
