#!/usr/bin/env node
// npm run build            -> the internal site in dist/
// npm run build:public     -> the customer-facing site in dist-public/ (same sources, redacted)
//
// The command line and the staging folder; the build itself runs inside Astro's hooks
// (src/integrations/kb-integration.ts): validation, the redaction guard, similar incidents and the
// search index on a worker thread beside Astro's renderer, the built pages' leak scan and index at
// the end. Astro builds into `<out>.staging`, which replaces `<out>` only when everything passed.
// On any failure the staging folder and the previous output are removed, so nothing half-built
// or stale can be mistaken for a good build.
import { existsSync, mkdirSync, rmSync, renameSync } from 'node:fs';
import { fork } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { moveAsideAndRemove } from './lib/remove-tree.ts';
import { enableBuildCompileCache, launchedBuildCompileCacheEnvironment } from './lib/compile-cache.ts';
import { buildV8Flags, runWithV8Flags } from './lib/v8-flags-launcher.ts';
import { mallocHugePagesEnvironment } from '../src/lib/malloc-huge-pages.ts';
import { astroTelemetryEnvironment } from '../src/lib/astro-telemetry.ts';
import type { KbAstroOptions } from '../src/integrations/astro-config.ts';

const searchIndexTimings = ['auto', 'beside', 'after'] as const;
const { values } = parseCommandLine({
  options: {
    variant: { type: 'string', default: 'internal' },
    out: { type: 'string' },
    'search-index': { type: 'string', default: 'auto' },
    help: { type: 'boolean', short: 'h' },
  },
}, { options: ['out'] });
if (values.help) {
  const { largestCorpusIndexedBesideAstro } = await import('../src/integrations/deferred-search-index.ts');
  console.log(`Usage: node scripts/build.ts [--variant internal|public] [--out DIR] [--search-index auto|beside|after]

  --variant        internal (default, into dist/) or public (the redacted customer site, into dist-public/)
  --out DIR        where the site goes (default dist/ or dist-public/; KB_OUT_DIR also sets it)
  --search-index   when the internal site's search index is built: beside the Astro build (faster),
                   after Astro's process has ended (lower peak memory), or auto (beside up to
                   ${largestCorpusIndexedBesideAstro} postmortem files, after above).`);
  process.exit(0);
}
const variant = values.variant;
const searchIndex = values['search-index'] as (typeof searchIndexTimings)[number];
if (!searchIndexTimings.includes(searchIndex)) {
  console.error(`Unknown --search-index "${searchIndex}". Use auto, beside or after.`);
  process.exit(2);
}
if (variant !== 'internal' && variant !== 'public') {
  console.error(`Unknown --variant "${variant}". Use internal or public.`);
  process.exit(2);
}
// Astro's telemetry off unless the caller set it (src/lib/astro-telemetry.ts: its git call blocks
// Astro's thread at the start); set here, before the launcher, so that the build's process has it
// however it was started, and Astro's own process above 2,000 postmortems inherits it.
Object.assign(process.env, astroTelemetryEnvironment(process.env));
// Returns only in a process that runs with the build's V8 flags (both: a young generation of at
// most 32 MB a thread; the public build's: TurboFan off), before anything is written or the compile
// cache is pruned. The child reads the build's compile cache from its first module on
// (compile-cache.ts). Above 2,000 postmortems the internal build's Astro process, forked below,
// inherits the flags. The child's malloc asks for transparent huge pages (GLIBC_TUNABLES, read by
// the C library at the process's start, so only a started process can have it: malloc-huge-pages.ts).
await runWithV8Flags(buildV8Flags(variant), { ...launchedBuildCompileCacheEnvironment(resolve(import.meta.dirname, '..')), ...mallocHugePagesEnvironment(process.env) });
const compileCachePruned = enableBuildCompileCache(resolve(import.meta.dirname, '..'));
const writtenOutDir = values.out ?? process.env.KB_OUT_DIR;
if (writtenOutDir !== undefined && /^~(?:[/\\]|$)/.test(writtenOutDir)) {
  // "~/site" reached the build unexpanded (quoted, or in an env file): it would build into a
  // folder named "~" in the working directory, and a later `rm -rf ~/…` typed to clean it is fatal.
  console.error(`Not building into ${writtenOutDir}: "~" is not your home folder here (a shell expands it only unquoted). Write the path without it, e.g. ${writtenOutDir.replace(/^~/, '$HOME')} unquoted, or in full (--out DIR or KB_OUT_DIR).`);
  process.exit(2);
}
if (writtenOutDir !== undefined && !writtenOutDir.trim()) {
  // KB_OUT_DIR="$UNSET": the working directory, which holds the project.
  console.error(`KB_OUT_DIR is set but ${writtenOutDir ? 'only spaces' : 'empty'} (an unset shell variable?). Unset it to build into ${variant === 'public' ? 'dist-public' : 'dist'}/, or give the folder the site goes into.`);
  process.exit(2);
}
const outDir = resolve(writtenOutDir ?? (variant === 'public' ? 'dist-public' : 'dist'));
const contentDir = (await (await import('./lib/site-config-or-exit.ts')).loadSiteConfig()).resolveContentDir();
{
  // The build deletes its output folder first: refuse one that holds anything else.
  const { unsafeOutputFolder, undeletableOutput } = await import('./lib/output-folder.ts');
  const why = unsafeOutputFolder(outDir, { contentDir, projectRoot: resolve(import.meta.dirname, '..'), cwd: process.cwd() });
  if (why) {
    console.error(`Not building into ${outDir}: ${why}.\nThe build deletes its output folder before it writes the site; choose a new or empty folder (--out DIR or KB_OUT_DIR), or the folder of an earlier build.`);
    process.exit(2);
  }
  // Said before a build of minutes, not after it (adoption round 49, outside-output-lock.ts).
  const { astroMistakesForInside } = await import('./lib/outside-output-lock.ts');
  const mistaken = astroMistakesForInside(`${outDir}.staging`, process.cwd());
  if (mistaken) {
    console.error(`Not building into ${outDir}: ${mistaken} (--out DIR or KB_OUT_DIR).\nNothing was written.`);
    process.exit(2);
  }
  // Said before a build of minutes, not after it (bad input round 21).
  const stuck = undeletableOutput(outDir);
  if (stuck) {
    console.error(`Not building into ${outDir}: ${stuck} (--out DIR or KB_OUT_DIR).\nThe build replaces its output folder whole; nothing was written.`);
    process.exit(2);
  }
}
// Builds into folders outside the working folder share Astro's `.astro/.prerender/` there: one at
// a time, or each removes the other's chunks (adoption round 45, outside-output-lock.ts).
{
  const { sharesAstroChunkFolder, takeOutsideOutputTurn } = await import('./lib/outside-output-lock.ts');
  if (sharesAstroChunkFolder(outDir, process.cwd())) {
    let turn = takeOutsideOutputTurn(process.cwd(), outDir);
    if ('heldBy' in turn) console.error(`Waiting for the build into ${turn.heldBy.outDir}${turn.heldBy.pid ? ` (process ${turn.heldBy.pid})` : ''} to end: builds of this checkout into folders outside ${process.cwd()} share Astro's folder .astro/ there, and take turns.`);
    while ('heldBy' in turn) {
      await new Promise((go) => setTimeout(go, 1000));
      turn = takeOutsideOutputTurn(process.cwd(), outDir);
    }
  }
}
const stagingDir = `${outDir}.staging`;
/** Folders a build may leave beside the output: the staging folder and the integration's search work folder. */
const workDirs = [stagingDir, `${stagingDir}.search`];
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function fail(message: string): Promise<never> {
  await Promise.all([previousRemoved, compileCachePruned]);
  // Retried: a thread of the stopped build may still be writing its last file into a work folder.
  for (const path of [...workDirs, outDir]) rmSync(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  console.error(`\nBuild failed: ${message}\nNothing was written to ${outDir}.`);
  process.exit(1);
}

const started = performance.now();
for (const path of workDirs) rmSync(path, { recursive: true, force: true });
// A folder that cannot be written (a read-only mount, no permission) stopped the build with vite's
// stack trace and a panic of pagefind's: tried here first, where it can be said in one line.
try {
  mkdirSync(dirname(outDir), { recursive: true });
  mkdirSync(stagingDir);
  rmSync(stagingDir, { recursive: true });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  console.error(`Not building into ${outDir}: the folder it is in, ${dirname(outDir)}, cannot be written (${code}).\nChoose a folder you can write (--out DIR or KB_OUT_DIR); nothing was written.`);
  process.exit(2);
}
// The previous output goes whatever happens (a failed build must not leave it to be mistaken for
// this one): moved aside at once and deleted on a thread of its own while Astro builds, instead
// of after it (a second at 5,000 postmortems).
const previousOutput = `${outDir}.previous`;
const previousRemoved = moveAsideAndRemove(outDir, previousOutput).catch((error: Error) => console.error(`Could not remove the previous output ${previousOutput}: ${error.message}`));

// A production build, whatever the caller's environment (a test runner sets NODE_ENV=test).
process.env.NODE_ENV = 'production';
const { runAstroBuild } = await import('./lib/astro-build.ts');
const { indexesAfterAstroProcess, startDeferredSearchIndex } = await import('../src/integrations/deferred-search-index.ts');
if (variant === 'internal' && indexesAfterAstroProcess(searchIndex, contentDir)) {
  // Astro in a process of its own, which writes the search documents and ends: pagefind, started
  // here, reads them while Astro renders, and its peak (when it writes the index) comes after the
  // memory Astro's process held is given back, not on top of it.
  const searchDir = `${stagingDir}.search`;
  const search = await startDeferredSearchIndex(searchDir, resolve(stagingDir, 'pagefind'));
  const failure = await buildInOwnProcess({ variant, outDir: stagingDir, searchIndex: 'deferred' });
  if (failure !== undefined) await fail(failure);
  const indexStarted = performance.now();
  try {
    const pages = await search.finish();
    rmSync(searchDir, { recursive: true, force: true });
    console.log(`Search index: pagefind indexed ${pages} postmortems from their sources in ${seconds(indexStarted)} s, after the Astro build's process ended (it had read them while Astro rendered; done after ${seconds(started)} s).`);
  } catch (error) {
    await fail(`the search index could not be built: ${(error as Error).message}`);
  }
} else {
  const failure = await runAstroBuild({ variant, outDir: stagingDir, searchIndex });
  if (failure !== undefined) await fail(failure);
}

await Promise.all([previousRemoved, compileCachePruned]);
rmSync(outDir, { recursive: true, force: true });
renameSync(stagingDir, outDir);
if (!existsSync(resolve(outDir, 'index.html'))) await fail(`${outDir}/index.html is missing after the build.`);
console.log(`Built the ${variant} site into ${outDir} in ${seconds(started)} s.`);
// The build's worker thread and pagefind are done; nothing left should keep the process alive.
process.exit(0);

/** Runs Astro's build in a child process (scripts/lib/astro-build-process.ts); resolves with its failure's message, if any. */
function buildInOwnProcess(options: KbAstroOptions): Promise<string | undefined> {
  return new Promise((done) => {
    let failure: string | undefined;
    const child = fork(resolve(import.meta.dirname, 'lib/astro-build-process.ts'), [JSON.stringify(options)], { stdio: 'inherit' });
    child.on('message', (message: { failure?: string }) => {
      failure = message.failure;
    });
    child.on('error', (error) => done(`the Astro build's process could not start: ${error.message}`));
    child.on('exit', (code, signal) => {
      if (code === 0) done(undefined);
      else done(failure ?? `the Astro build's process ended ${signal ? `on ${signal}` : `with exit code ${code}`} (out of memory? its own message, if any, is above).`);
    });
  });
}
