#!/usr/bin/env node
// npm run bench -- [--count 1000] [--runs 3] [--format mdx|md] [--json] [--skip-public] [--skip-baseline] [--skip-dev] [--similar-count 10000]
// Generates a synthetic knowledge base, builds it (internal and public), a bare Astro baseline
// over the same files and a bare Astro build of the same postmortems as .md, and reports wall
// time, peak memory, pagefind and similarity time, output size, page weight, a rebuild with
// nothing changed, a rebuild after one edited postmortem and how long `astro dev` takes to show
// an edit, against the targets.
// Results: a table on stdout, JSON in bench/.out/.
// The internal, baseline and public builds run --runs times, alternating, from cold caches; the
// report gives the median run (machines shared with other work vary by 20-30% from run to run).
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { parseCommandLine, wholeNumberOption } from './lib/command-line.ts';
import { freePort, processCpuSeconds, startAstroDev } from './lib/dev-server-measures.ts';
import { seededRandom, writeSyntheticCorpus } from './lib/synthetic-postmortems.ts';
import { describePageWeights, pageLimitKB, pageSizes, pageWeights } from './lib/page-weights.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
import { benchSchedule, keptCacheDir, restoreCacheSetAside, setCacheAside } from './lib/bench-schedule.ts';
import { compareWithBaseline, describeComparison, type TimedRun } from './lib/bench-ratios.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { contentCacheDir, kbConfig } = await loadSiteConfig();
import type { SimilarityDocument } from '../src/lib/similarity.ts';
import { findSimilarLinkedBy } from '../src/lib/similarity-link-by.ts';
import { readSearchIndexLog, searchIndexReusedIn } from '../src/lib/search-index-log.ts';

const { values } = parseCommandLine({
  options: {
    count: { type: 'string', default: '1000' },
    format: { type: 'string', default: 'mdx' },
    json: { type: 'boolean' },
    'skip-public': { type: 'boolean' },
    'skip-baseline': { type: 'boolean' },
    'skip-dev': { type: 'boolean' },
    help: { type: 'boolean' },
    'similar-count': { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    'search-index': { type: 'string', default: 'auto' },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench -- [options]

Builds a synthetic knowledge base and bare Astro baselines of the same postmortems, and reports
time, memory, page weight (the largest pages and every page over 300 KB, internal and public site),
rebuild (nothing changed, and one postmortem edited) and dev-server times against the targets
(docs/performance.md).

  --count N          postmortems to generate (default 1000, at most 100,000)
  --runs N           rounds of internal, baseline and public builds, alternating, from cold
                     caches (default 3)
  --format mdx|md    format of the generated postmortems (default mdx)
  --skip-public      do not build the public site
  --skip-baseline    do not build the bare Astro baselines (.mdx and .md)
  --skip-dev         do not measure astro dev showing an edited postmortem
  --similar-count N  documents for the similar-incidents timing (default 10000)
  --search-index T   the internal builds' --search-index: auto (default), beside or after
  --json             print the results as JSON (they are always written to bench/.out/results.json)`);
  process.exit(0);
}
// At most 20 times the largest corpus measured (docs/performance.md): each postmortem is a file written.
const count = wholeNumberOption('count', values.count, 1, 100_000);
if (values.format !== 'md' && values.format !== 'mdx') {
  console.error(`--format must be mdx or md; got "${values.format}".`);
  process.exit(2);
}
const format = values.format;
const runs = wholeNumberOption('runs', values.runs, 1, 100);
const searchIndex = values['search-index'];
if (!['auto', 'beside', 'after'].includes(searchIndex)) {
  console.error(`--search-index must be auto, beside or after; got "${searchIndex}".`);
  process.exit(2);
}
const similarCount = wholeNumberOption('similar-count', values['similar-count'], 2, 1_000_000);
const root = resolve(import.meta.dirname, '..');
// Inside the baseline project, itself inside ours (git-ignored): Astro only resolves content
// modules under the project root, and both builds must read the same files.
mkdirSync(join(root, 'bench/baseline/.work'), { recursive: true });
const work = mkdtempSync(join(root, 'bench/baseline/.work/run-'));
const contentDir = join(work, 'content');

interface Run {
  wallSeconds: number;
  peakMemoryMB: number;
  largestProcessMB: number;
  /** User + system CPU time of the whole process tree, sampled every 100 ms (the last 100 ms of each process may be missed). */
  cpuSeconds: number;
  /** CPU time the VM's host gave to others while this ran (`steal` in /proc/stat, all cores); 0 on bare metal. */
  stealSeconds: number;
  status: number | null;
  output: string;
}

/** The machine's `steal` counter (/proc/stat, in seconds), or NaN where there is none. */
function machineStealSeconds(): number {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/);
    // cpu user nice system idle iowait irq softirq steal ...; in USER_HZ, 100 per second on Linux.
    return Number(cpu[8]) / 100;
  } catch {
    return NaN;
  }
}

/**
 * A process and all its descendants, from /proc (Linux): their resident memory in KB, summed, and
 * each one's CPU time so far (user + system, in seconds) by pid.
 */
function sampleProcessTree(rootPid: number): { rssKB: number; cpuSeconds: Map<number, number> } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after "(comm) ": state, ppid, ...; utime and stime (in USER_HZ, 100 per second) are
      // the 12th and 13th of them, rss (in pages) the 22nd.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(entry), (Number(fields[21]) * 4096) / 1024);
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / 100);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let rssKB = 0;
  const cpuSeconds = new Map<number, number>();
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    rssKB += rss.get(pid) ?? 0;
    if (cpu.has(pid)) cpuSeconds.set(pid, cpu.get(pid)!);
    queue.push(...(children.get(pid) ?? []));
  }
  return { rssKB, cpuSeconds };
}

/**
 * Runs a command and measures its wall time, CPU time and peak memory. The build runs Astro,
 * pagefind and its own checks as concurrent processes, so the peak is the sum over the whole
 * process tree, sampled every 100 ms (the largest single process, from /usr/bin/time, is reported
 * beside it). The VM's `steal` during the run says how much of the wall time a busy host cost.
 */
async function measure(args: string[], env: Record<string, string>, cwd = root): Promise<Run> {
  const started = performance.now();
  const stealBefore = machineStealSeconds();
  const hasTime = existsSync('/usr/bin/time');
  const child = spawn(hasTime ? '/usr/bin/time' : args[0], hasTime ? ['-v', ...args] : args.slice(1), {
    cwd, env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peakKB = 0;
  // The last CPU time seen of every process of the tree: pagefind's process ends before the build
  // and is not always waited for, so /usr/bin/time alone would leave it out.
  const lastCpuSeconds = new Map<number, number>();
  const sampler = setInterval(() => {
    const tree = sampleProcessTree(child.pid!);
    peakKB = Math.max(peakKB, tree.rssKB);
    for (const [pid, seconds] of tree.cpuSeconds) lastCpuSeconds.set(pid, seconds);
  }, 100);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const wallSeconds = (performance.now() - started) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return {
    wallSeconds,
    peakMemoryMB: peakKB / 1024,
    largestProcessMB: rss ? Number(rss[1]) / 1024 : NaN,
    cpuSeconds: [...lastCpuSeconds.values()].reduce((sum, seconds) => sum + seconds, 0),
    stealSeconds: machineStealSeconds() - stealBefore,
    status,
    output: `${stdout}\n${stderr}`,
  };
}

function folderSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

function pageWeight(siteDir: string, pagePath: string): number {
  const html = readFileSync(join(siteDir, pagePath), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + statSync(join(siteDir, m[1])).size, 0);
  return Buffer.byteLength(html) + css;
}

/**
 * How long the bench waits for astro dev to show an edit before it reports none (null). The target
 * is 2 s; the wait is long because the suite runs the bench on a loaded machine (the project's CI of
 * session 56 saw no edit within 60 s once), where a late edit is slow, not missing.
 */
const devEditWaitSeconds = 180;
const devEditResaveSeconds = 20;

console.error(`Generating ${count} synthetic .${format} postmortems in ${contentDir} ...`);
writeSyntheticCorpus(contentDir, count, { format, vocabularyDir: join(root, 'content') });

const env = { KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-01-01' };
const results: Record<string, unknown> = { date: new Date().toISOString().slice(0, 10), machine: { cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version }, count, format };

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
/** The median run (by wall time) with the median peak memory: one slow outlier does not decide. */
function summarise(runs: Run[]): Run & { runs: { wallSeconds: number; peakMemoryMB: number; cpuSeconds: number; stealSeconds: number }[] } {
  const byTime = [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor(runs.length / 2)];
  return {
    ...byTime,
    peakMemoryMB: median(runs.map((run) => run.peakMemoryMB)),
    largestProcessMB: median(runs.map((run) => run.largestProcessMB)),
    runs: runs.map(({ wallSeconds, peakMemoryMB, cpuSeconds, stealSeconds }) => ({ wallSeconds, peakMemoryMB, cpuSeconds, stealSeconds })),
  };
}
/** Every build starts cold, as on a CI runner: no Astro content cache from the run before. */
function clearCaches(): void {
  rmSync(join(root, contentCacheDir(contentDir)), { recursive: true, force: true });
  rmSync(join(baselineRoot, '.astro'), { recursive: true, force: true });
}
function check(run: Run, name: string): Run {
  if (run.status !== 0) throw new Error(`${name} build failed:\n${run.output.slice(-3000)}`);
  return run;
}

// The builds alternate round by round (internal, baseline, public), so a slow spell of a shared
// machine hits all three; the rebuild starts from the last internal build's cache, and astro dev
// comes last, with no build beside it (scripts/lib/bench-schedule.ts says why).
const baselineRoot = join(root, 'bench/baseline');
const internalRuns: Run[] = [];
const baselineRuns: Run[] = [];
const publicRuns: Run[] = [];
/** The cold builds in the order they ran: each is compared with the baseline runs around it (scripts/lib/bench-ratios.ts). */
const timeline: TimedRun[] = [];
const timed = (kind: string, run: Run): Run => {
  timeline.push({ kind, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds });
  return run;
};
const cacheDir = join(root, contentCacheDir(contentDir));
for (const step of benchSchedule({ runs, baseline: !values['skip-baseline'], public: !values['skip-public'], dev: !values['skip-dev'] })) {
  if (step.kind === 'internal') {
    console.error(`Building the internal site (run ${step.round} of ${runs}) ...`);
    clearCaches();
    internalRuns.push(timed('internal', check(await measure([process.execPath, 'scripts/build.ts', '--search-index', searchIndex, '--out', join(work, 'dist')], env), 'internal')));
    setCacheAside(cacheDir);
  } else if (step.kind === 'baseline') {
    console.error(`Building the bare Astro baseline (run ${step.round} of ${runs}) ...`);
    clearCaches();
    baselineRuns.push(timed('baseline', check(await measure([process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', baselineRoot], { ...env, KB_OUT_DIR: join(work, 'dist-baseline') }, baselineRoot), 'baseline')));
  } else if (step.kind === 'public') {
    console.error(`Building the public site (run ${step.round} of ${runs}) ...`);
    clearCaches();
    publicRuns.push(timed('public', check(await measure([process.execPath, 'scripts/build.ts', '--variant', 'public', '--out', join(work, 'dist-public')], env), 'public')));
  } else if (step.kind === 'rebuild-unchanged') {
    // A rebuild with nothing changed, from the caches the last internal build left: the last search
    // index is reused (session 61) when its search documents are the same, as they are here.
    if (!restoreCacheSetAside(cacheDir)) throw new Error('no internal build left a cache for the rebuild');
    console.error('Rebuilding the internal site with nothing changed ...');
    const run = check(await measure([process.execPath, 'scripts/build.ts', '--search-index', searchIndex, '--out', join(work, 'dist')], env), 'rebuild with nothing changed');
    results.rebuildNothingChanged = { wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, searchIndexReused: searchIndexReusedIn(run.output), similarLinksReused: run.output.includes("Similar incidents: the last build's links reused") };
    // Set aside again: the edit's rebuild starts from a cache of the same, unedited postmortems.
    setCacheAside(cacheDir);
  } else if (step.kind === 'rebuild') {
    // A rebuild after one postmortem changed, from the caches the last internal build left.
    if (!restoreCacheSetAside(cacheDir)) throw new Error('no internal build left a cache for the rebuild');
    const editedFile = readdirSync(join(contentDir, 'postmortems')).sort()[0];
    appendFileSync(join(contentDir, 'postmortems', editedFile), '\nOne more sentence, added between two builds.\n');
    console.error('Rebuilding the internal site after one edited postmortem ...');
    results.rebuildOneChanged = check(await measure([process.execPath, 'scripts/build.ts', '--search-index', searchIndex, '--out', join(work, 'dist')], env), 'rebuild').wallSeconds;
  } else if (step.kind === 'baseline-md') {
    // The same postmortems as .md, built by a bare Astro site: what Astro's own Markdown path costs.
    const mdContentDir = join(work, 'content-md');
    writeSyntheticCorpus(mdContentDir, count, { format: 'md', vocabularyDir: join(root, 'content') });
    console.error('Building the bare Astro baseline of the same postmortems as .md ...');
    rmSync(join(baselineRoot, '.astro'), { recursive: true, force: true });
    const md = check(await measure([process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', baselineRoot], { ...env, KB_CONTENT_DIR: mdContentDir, KB_OUT_DIR: join(work, 'dist-baseline-md') }, baselineRoot), 'baseline .md');
    results.baselineMd = { ...md, output: undefined, outputMB: folderSize(join(work, 'dist-baseline-md')) / 2 ** 20 };
  } else {
    console.error('Measuring astro dev: time to show an edited postmortem ...');
    const dev = await measureDevEdits();
    results.devEditSeconds = dev.body;
    results.devFrontmatterEditSeconds = dev.frontmatter;
    // The dev server's CPU (every thread of its process; null where /proc is not there): to its first
    // page, then in each edit's wait (session 55: the check's modules are warmed after the start).
    results.devCpuSeconds = dev.cpu;
  }
}
const internal = summarise(internalRuns);
const { seconds: pagefindSeconds, timing: pagefindTiming, waitedSeconds: pagefindWaitSeconds } = readSearchIndexLog(internal.output);
const firstPage = readdirSync(join(work, 'dist/postmortems')).sort()[0];
results.internal = { ...internal, output: undefined, pagefindSeconds, pagefindTiming, pagefindWaitSeconds, outputMB: folderSize(join(work, 'dist')) / 2 ** 20, postmortemPageKB: pageWeight(join(work, 'dist'), `postmortems/${firstPage}/index.html`) / 1024, ...pageWeights(pageSizes(join(work, 'dist'))) };
if (baselineRuns.length) {
  const baseline = summarise(baselineRuns);
  results.baseline = { ...baseline, output: undefined, outputMB: folderSize(join(work, 'dist-baseline')) / 2 ** 20 };
  // Each internal run next to the baseline run that followed it: on a shared machine a slow
  // spell hits both, so these ratios vary less than the times themselves.
  const pairedTimeRatios = internalRuns.map((run, i) => run.wallSeconds / baselineRuns[i].wallSeconds);
  results.ratios = { wallTime: internal.wallSeconds / baseline.wallSeconds, peakMemory: internal.peakMemoryMB / baseline.peakMemoryMB, pairedTimeRatios, medianPairedTimeRatio: median(pairedTimeRatios), bracketed: compareWithBaseline(timeline, 'internal') };
}

if (publicRuns.length) {
  const pub = summarise(publicRuns);
  results.public = { ...pub, output: undefined, outputMB: folderSize(join(work, 'dist-public')) / 2 ** 20, ...pageWeights(pageSizes(join(work, 'dist-public'))) };
  if (results.ratios) {
    const pairedPublicTimeRatios = publicRuns.map((run, i) => run.wallSeconds / baselineRuns[i].wallSeconds);
    Object.assign(results.ratios as Record<string, unknown>, { publicWallTime: pub.wallSeconds / (results.baseline as Run).wallSeconds, pairedPublicTimeRatios, medianPairedPublicTimeRatio: median(pairedPublicTimeRatios), publicBracketed: compareWithBaseline(timeline, 'public') });
  }
}

// Similar incidents at scale, in-process. Documents draw words from a Zipf-like distribution over
// a large vocabulary, as real prose does (a few very common words, a long tail of rare ones).
const vocabularySize = 30000;
const pseudoWord = (k: number) => `w${k.toString(36)}x`;
const rand = seededRandom(7);
const zipfWord = () => pseudoWord(Math.floor(Math.exp(rand() * Math.log(vocabularySize))) - 1);
const sentence = (length: number) => Array.from({ length }, zipfWord).join(' ');
const documents: SimilarityDocument[] = Array.from({ length: similarCount }, (_, i) => ({
  id: `doc-${i}`,
  title: sentence(9),
  summary: sentence(40),
  text: sentence(1200),
  services: [`service-${i % 40}`],
  tags: [`tag-${i % 25}`, `tag-${(i * 3) % 25}`],
  trigger: `trigger-${i % 11}`,
  related: [],
}));
// What the site's configuration links by (site.config.ts `similarity.linkBy`): the build pays that.
const similarStarted = performance.now();
findSimilarLinkedBy(documents, kbConfig.similarity.linkBy);
results.similarity = { documents: similarCount, linkBy: kbConfig.similarity.linkBy, seconds: (performance.now() - similarStarted) / 1000 };

const r = results as any;
const rows = [
  ['internal build', r.internal],
  r.public && ['public build', r.public],
  r.baseline && ['bare Astro baseline', r.baseline],
  r.baselineMd && ['bare Astro, same postmortems as .md', r.baselineMd],
].filter(Boolean).map(([name, run]: [string, Run & { outputMB: number }]) => [
  name, `${run.wallSeconds.toFixed(1)} s`, `${run.cpuSeconds.toFixed(1)} s`, `${run.peakMemoryMB.toFixed(0)} MB`, `${run.largestProcessMB.toFixed(0)} MB`, `${run.outputMB.toFixed(1)} MB`,
]);
/** "0.64 (steal 0.3 s + 1.2 s)": a pair's ratio, and what the VM's host took during each of its two builds. */
const describePair = (ratio: number, i: number) => {
  const steal = [internalRuns[i], baselineRuns[i]].map((run) => run.stealSeconds);
  return steal.some(Number.isNaN) ? ratio.toFixed(2) : `${ratio.toFixed(2)} (steal ${steal.map((x) => x.toFixed(1)).join(' s + ')} s)`;
};
const lines = [
  `${count} .${format} postmortems, median of ${runs} run(s), ${r.machine.cores} cores, ${r.machine.memoryGB} GB, node ${r.machine.node}, ${r.date}`,
  '',
  '| build | wall time | CPU time | peak memory (all processes) | largest process | output |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
  '',
  `pagefind (inside the internal build, ${r.internal.pagefindTiming === 'after' ? "after Astro's process ended" : `${r.internal.pagefindTiming} Astro`}): ${r.internal.pagefindSeconds.toFixed(1)} s${Number.isNaN(r.internal.pagefindWaitSeconds) ? '' : `; the build waited ${r.internal.pagefindWaitSeconds.toFixed(1)} s for it after Astro's build was done`}`,
  `postmortem page, HTML + CSS: ${r.internal.postmortemPageKB.toFixed(1)} KB`,
  `${describePageWeights('internal', r.internal)} (target: none over ${pageLimitKB} KB)`,
  r.public ? `${describePageWeights('public', r.public)} (target: none over ${pageLimitKB} KB)` : '',
  `rebuild with nothing changed (warm caches): ${r.rebuildNothingChanged.wallSeconds.toFixed(1)} s, CPU ${r.rebuildNothingChanged.cpuSeconds.toFixed(1)} s; ${r.rebuildNothingChanged.searchIndexReused ? "the last build's search index reused" : 'pagefind ran again (the last search index not reused)'}; ${r.rebuildNothingChanged.similarLinksReused ? "the last build's similar links reused" : 'similar incidents computed again'}`,
  `rebuild after one edited postmortem (warm caches): ${r.rebuildOneChanged.toFixed(1)} s`,
  r.devEditSeconds !== undefined ? `astro dev shows an edited postmortem after ${describeDevEdit(r.devEditSeconds)} (a sentence added to the body), ${describeDevEdit(r.devFrontmatterEditSeconds)} (its summary changed in the frontmatter) (target < 2 s)${r.devCpuSeconds?.start != null ? `; its CPU: ${r.devCpuSeconds.start.toFixed(1)} s to the first page, ${r.devCpuSeconds.body?.toFixed(2)} s and ${r.devCpuSeconds.frontmatter?.toFixed(2)} s in the two edits' waits` : ''}` : '',
  `similar incidents for ${similarCount} documents (linkBy ${r.similarity.linkBy}): ${r.similarity.seconds.toFixed(1)} s (target < 10 s)`,
  r.ratios ? `internal / baseline, each run against the baseline runs before and after it, median (docs/performance.md, session 63): ${describeComparison(r.ratios.bracketed)} (target <= 0.6x time)` : '',
  r.ratios?.publicBracketed ? `public / baseline, the same way: ${describeComparison(r.ratios.publicBracketed)} (target <= 0.5x time)` : '',
  r.ratios ? `internal / baseline, median run / median run: ${r.ratios.wallTime.toFixed(2)}x time, ${r.ratios.peakMemory.toFixed(2)}x peak memory (target <= 1.0x at 5,000)` : '',
  r.ratios?.publicWallTime !== undefined ? `public / baseline: ${r.ratios.publicWallTime.toFixed(2)}x time (target <= 0.5x); run by run (public / the baseline run before it): ${r.ratios.pairedPublicTimeRatios.map((ratio: number) => ratio.toFixed(2)).join(', ')}; median ${r.ratios.medianPairedPublicTimeRatio.toFixed(2)}x` : '',
  r.ratios ? `run by run (internal / the baseline run after it): ${r.ratios.pairedTimeRatios.map(describePair).join(', ')}; median ${r.ratios.medianPairedTimeRatio.toFixed(2)}x` : '',
  r.ratios ? `CPU time, internal / baseline (the run with the median wall time of each): ${(r.internal.cpuSeconds / r.baseline.cpuSeconds).toFixed(2)}x. "steal" is CPU time the VM's host gave to others during a build, on all cores: a build that used both cores loses more to it than one that used one.` : '',
];
mkdirSync(join(root, 'bench/.out'), { recursive: true });
writeFileSync(join(root, 'bench/.out/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(values.json ? JSON.stringify(results, null, 2) : lines.join('\n'));
rmSync(work, { recursive: true, force: true });
// Astro's caches of the generated corpus (about 15 MB at 1,000): nothing will build it again.
clearCaches();
rmSync(keptCacheDir(cacheDir), { recursive: true, force: true });

function describeDevEdit(seconds: number | null): string {
  return seconds === null ? `more than ${devEditWaitSeconds} s` : `${seconds.toFixed(2)} s`;
}

/**
 * Starts `astro dev` on the generated content, opens one postmortem, and measures how long until
 * the served page shows an edit (null: not within {@link devEditWaitSeconds}): first a unique sentence appended to its
 * body, then a unique word put at the start of its summary (frontmatter: Astro's data store
 * changes).
 */
async function measureDevEdits(): Promise<{ body: number | null; frontmatter: number | null; cpu: { start: number | null; body: number | null; frontmatter: number | null } }> {
  const port = await freePort();
  const file = readdirSync(join(contentDir, 'postmortems')).sort()[1];
  const id = file.replace(/\.mdx?$/, '');
  const { child: dev, output, exited } = startAstroDev(root, port, env);
  const url = `http://127.0.0.1:${port}/postmortems/${id}/`;
  const fetchText = async () => {
    try {
      const response = await fetch(url);
      return response.ok ? await response.text() : '';
    } catch {
      return '';
    }
  };
  const waitFor = async (found: (html: string) => boolean, seconds: number) => {
    const deadline = performance.now() + seconds * 1000;
    while (performance.now() < deadline && !exited()) {
      if (found(await fetchText())) return true;
      await new Promise((done) => setTimeout(done, 50));
    }
    return false;
  };
  try {
    if (!(await waitFor((html) => html.includes('</html>'), 600))) throw new Error(`astro dev did not serve ${url}:\n${output().slice(-2000)}`);
    const start = processCpuSeconds(dev.pid);
    const path = join(contentDir, 'postmortems', file);
    const cpuOfEdits: (number | null)[] = [];
    const timeEdit = async (edit: (marker: string) => void) => {
      const marker = `zqxdevedit${Date.now()}`;
      const started = performance.now();
      const cpuBefore = processCpuSeconds(dev.pid);
      edit(marker);
      // A save in the first moments after the first page can come before the watcher watches the
      // folder (its walk is slow on a loaded machine) and is then never seen: unseen after
      // devEditResaveSeconds, the file is saved again unchanged, as a writer would; the figure still
      // counts from the first save.
      let shown = false;
      while (!shown && performance.now() - started < devEditWaitSeconds * 1000 && !exited()) {
        shown = await waitFor((html) => html.includes(marker), Math.min(devEditResaveSeconds, devEditWaitSeconds - (performance.now() - started) / 1000));
        if (!shown) {
          console.error(`astro dev has not shown the edit (${marker}) ${((performance.now() - started) / 1000).toFixed(0)} s after it was saved: saving the file again.`);
          writeFileSync(path, readFileSync(path));
        }
      }
      const seconds = shown ? (performance.now() - started) / 1000 : null;
      // Said, so that a missing figure can be read (the test of the bench prints stderr).
      if (seconds === null) console.error(`astro dev did not show the edit (${marker}) within ${devEditWaitSeconds} s; its output:\n${output().slice(-3000)}`);
      const cpuAfter = processCpuSeconds(dev.pid);
      cpuOfEdits.push(cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore);
      return seconds;
    };
    const body = await timeEdit((marker) => appendFileSync(path, `\nEdited while the dev server ran: ${marker}.\n`));
    const frontmatter = await timeEdit((marker) => {
      const source = readFileSync(path, 'utf8');
      const edited = source.replace(/^summary: "?/m, (start) => `${start}${marker} `);
      if (edited === source) throw new Error(`${path} has no summary line to edit`);
      writeFileSync(path, edited);
    });
    return { body, frontmatter, cpu: { start, body: cpuOfEdits[0], frontmatter: cpuOfEdits[1] } };
  } finally {
    // Waited for: a server still ending would run beside what the bench measures next.
    const ended = new Promise((done) => (exited() ? done(undefined) : dev.once('exit', done)));
    dev.kill('SIGTERM');
    const stuck = setTimeout(() => dev.kill('SIGKILL'), 10_000);
    await ended;
    clearTimeout(stuck);
  }
}
