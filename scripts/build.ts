#!/usr/bin/env node
// npm run build            -> the internal site in dist/
// npm run build:public     -> the customer-facing site in dist-public/ (same sources, redacted)
//
// Astro builds into a staging folder in a child process while this process, on the other core,
// validates every postmortem's frontmatter (the schema, vocabulary and cross-file rules of
// `npm run check`, with file:line:column), runs the redaction guard over the public text (public
// site) or builds the search index from the sources (internal site). A validation error stops
// Astro at once. Then the built pages are post-processed, scanned for leaks (public site) and
// indexed (public site), and the staging folder is moved into place. On any failure the staging
// folder and the previous output are removed, so nothing half-built or stale can be mistaken for
// a good build.
import { spawn } from 'node:child_process';
import { existsSync, rmSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../site.config.ts';
import { validateCorpus } from '../src/lib/validate-corpus.ts';
import { formatFindingsText } from '../src/lib/findings.ts';
import { indexDocumentsForSearch, indexSiteForSearch } from './lib/search-index.ts';
import { buildSearchDocuments } from './lib/search-documents.ts';
import { postprocessSite } from './lib/postprocess-html.ts';
import { redactionOptions, scanSourcesForPublication, scanBuiltSite } from './lib/redaction-check.ts';

const { values } = parseArgs({
  options: {
    variant: { type: 'string', default: 'internal' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('Usage: node scripts/build.ts [--variant internal|public] [--out DIR]');
  process.exit(0);
}
const variant = values.variant;
if (variant !== 'internal' && variant !== 'public') {
  console.error(`Unknown --variant "${variant}". Use internal or public.`);
  process.exit(2);
}
const outDir = resolve(values.out ?? process.env.KB_OUT_DIR ?? (variant === 'public' ? 'dist-public' : 'dist'));
const stagingDir = `${outDir}.staging`;
const searchDir = `${outDir}.search`;
const contentDir = resolveContentDir();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function removeWork(): void {
  for (const dir of [stagingDir, searchDir]) rmSync(dir, { recursive: true, force: true });
}

function fail(message: string): never {
  removeWork();
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\nNothing was written to ${outDir}.`);
  process.exit(1);
}

const started = performance.now();
removeWork();

// Astro goes first: it is the longest step, and everything below runs beside it.
const astro = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', KB_OUT_DIR: stagingDir, KB_VARIANT: variant, KB_CONTENT_DIR: contentDir },
});
const astroExit = new Promise<number>((done) => {
  astro.on('error', (error) => {
    console.error(`Could not start Astro: ${error.message}`);
    done(1);
  });
  astro.on('close', (code) => done(code ?? 1));
});

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
console.log(`Validated ${validation.postmortems.length} postmortems in ${contentDir}/.`);

// The public site is checked twice by the redaction guard: the public text of every source
// while Astro builds, and every built page after (templates can leak too).
const redaction = variant === 'public' ? redactionOptions(validation.vocabulary!) : undefined;
let allowedPublicText = new Set<string>();
if (redaction) {
  const scan = scanSourcesForPublication(validation.postmortems, redaction);
  if (scan.findings.length) {
    console.error(formatFindingsText(scan.findings, validation.postmortems.length));
    await stopAstroAndFail(`the redaction guard found ${scan.findings.length} problem(s) in public text.`);
  }
  allowedPublicText = scan.allowed;
}

// The internal site's search index comes from the sources (src/lib/search-document.ts), so it is
// built now, while Astro renders, rather than by reading the pages afterwards.
const indexStarted = performance.now();
const internalSearch = variant === 'internal'
  ? indexDocumentsForSearch(buildSearchDocuments(validation.postmortems, validation.vocabulary!), searchDir)
    .then((pages) => ({ pages, seconds: seconds(indexStarted) }), (error: Error) => ({ error }))
  : undefined;

if ((await astroExit) !== 0) {
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

if (internalSearch) {
  const search = await internalSearch;
  if ('error' in search) fail(`search indexing failed: ${search.error.message}`);
  renameSync(searchDir, join(stagingDir, 'pagefind'));
  console.log(`Search index: pagefind indexed ${search.pages} postmortems from their sources in ${search.seconds} s, alongside the Astro build.`);
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
if (!existsSync(resolve(outDir, 'index.html'))) fail(`${outDir}/index.html is missing after the build.`);
console.log(`Built the ${variant} site into ${outDir} in ${seconds(started)} s.`);
