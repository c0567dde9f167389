#!/usr/bin/env node
// node scripts/measure-dev-check.ts [--count 1000] [--runs 5]
// What `npm run dev` spends on its worker to say `npm run check`'s findings for a saved postmortem
// (scripts/lib/check-findings.ts, as kb-worker.ts calls it): the CPU time of this thread for the
// first save (the check's modules loaded, the guard's lists built) and for the saves after it,
// over a synthetic corpus of --count postmortems (the bench's), for an internal post and a public
// one. A measurement, not a test: the page does not wait for it (docs/performance.md, round 53).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine, wholeNumberOption } from './lib/command-line.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
import { writeSyntheticCorpus } from './lib/synthetic-postmortems.ts';

const { values } = parseCommandLine({ options: { count: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log(`Usage: node scripts/measure-dev-check.ts [--count N] [--runs N]

Writes N synthetic postmortems (default 1000) into a temporary content folder and times, in CPU
seconds of this thread, what npm run dev's worker runs to report npm run check's findings for one
saved file: the first save (modules loaded), then --runs more saves (default 5), for an internal
post and a public one.`);
  process.exit(0);
}
const count = wholeNumberOption('count', values.count, 2, 100_000);
const runs = wholeNumberOption('runs', values.runs, 1, 100);
const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'kb-dev-check-'));
try {
  writeSyntheticCorpus(dir, count, { format: 'mdx', vocabularyDir: join(root, 'content') });
  const files = readdirSync(join(dir, 'postmortems')).sort();
  const internal = files.find((file) => !/^visibility: public/m.test(readFileSync(join(dir, 'postmortems', file), 'utf8')))!;
  const publicPost = files.find((file) => /^visibility: public/m.test(readFileSync(join(dir, 'postmortems', file), 'utf8')));
  const cpu = <T>(run: () => T) => {
    const started = process.threadCpuUsage();
    const result = run();
    const used = process.threadCpuUsage(started);
    return { seconds: (used.user + used.system) / 1e6, result };
  };
  let check!: typeof import('./lib/check-findings.ts');
  let kbConfig!: Awaited<ReturnType<typeof loadSiteConfig>>['kbConfig'];
  const loadStarted = process.threadCpuUsage();
  [{ kbConfig }, check] = await Promise.all([loadSiteConfig(), import('./lib/check-findings.ts')]);
  const loaded = process.threadCpuUsage(loadStarted);
  console.log(`${count} postmortems; the check's modules loaded in ${((loaded.user + loaded.system) / 1e6).toFixed(2)} s CPU (once per dev server)`);
  for (const file of [internal, publicPost].filter((f): f is string => Boolean(f))) {
    const path = join(dir, 'postmortems', file);
    const times: number[] = [];
    let findings = 0;
    for (let i = 0; i <= runs; i++) {
      const { seconds, result } = cpu(() => check.checkFindings(dir, { onlyFiles: [path], lint: check.checkLintOptions(kbConfig, dir) }));
      times.push(seconds);
      findings = result.findings.length;
    }
    const later = times.slice(1).sort((a, b) => a - b);
    console.log(`${file === publicPost ? 'public' : 'internal'} post ${file}: ${findings} finding(s); first save ${times[0].toFixed(2)} s CPU, then median ${later[Math.floor(later.length / 2)].toFixed(2)} s (min ${later[0].toFixed(2)}, max ${later.at(-1)!.toFixed(2)}) over ${runs}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
