#!/usr/bin/env node
// node scripts/measure-dev-first-page.ts [--count 1000] [--root DIR] [--content DIR]
// How long the first page a user opens after `npm run dev` takes, in wall time and in the dev
// server's CPU (every thread of its process, from /proc): `astro dev` over a synthetic corpus of
// --count postmortems (the bench's), one postmortem page asked for until it is served. --root runs
// the dev server of another copy of the project (an A/B of two trees over the same content);
// --content reuses a content folder written before (kept), so that both sides read the same
// files. A measurement, not a test (docs/performance.md, session 56).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine, wholeNumberOption } from './lib/command-line.ts';
import { writeSyntheticCorpus } from './lib/synthetic-postmortems.ts';
import { freePort, processCpuSeconds, startAstroDev } from './lib/dev-server-measures.ts';

const { values } = parseCommandLine({ options: { count: { type: 'string', default: '1000' }, root: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log(`Usage: node scripts/measure-dev-first-page.ts [--count N] [--root DIR] [--content DIR]

Starts astro dev (the project at DIR, default this one) over N synthetic postmortems (default 1000;
or the content folder --content, kept), asks for one postmortem page until it is served, and prints
the wall time to it and the dev server's CPU seconds to it and 10 s later.`);
  process.exit(0);
}
const count = wholeNumberOption('count', values.count, 2, 100_000);
const root = resolve(values.root ?? resolve(import.meta.dirname, '..'));
const ownContent = values.content === undefined;
const contentDir = values.content === undefined ? mkdtempSync(join(tmpdir(), 'kb-dev-first-page-')) : resolve(values.content);
if (ownContent) writeSyntheticCorpus(contentDir, count, { format: 'mdx', vocabularyDir: join(root, 'content') });

const port = await freePort();
const id = readdirSync(join(contentDir, 'postmortems')).sort()[1]!.replace(/\.mdx?$/, '');
const started = performance.now();
const { child: dev, output, exited } = startAstroDev(root, port, { KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-01-01' });
const url = `http://127.0.0.1:${port}/postmortems/${id}/`;
try {
  let served = false;
  while (!served && !exited() && performance.now() - started < 600_000) {
    try {
      const response = await fetch(url);
      served = response.ok && (await response.text()).includes('</html>');
    } catch {
      // Not listening yet.
    }
    if (!served) await new Promise((done) => setTimeout(done, 50));
  }
  if (!served) throw new Error(`astro dev did not serve ${url}:\n${output().slice(-2000)}`);
  const wall = (performance.now() - started) / 1000;
  const cpu = processCpuSeconds(dev.pid);
  await new Promise((done) => setTimeout(done, 10_000));
  const cpuLater = processCpuSeconds(dev.pid);
  console.log(JSON.stringify({ root, count, firstPageWallSeconds: Number(wall.toFixed(2)), firstPageCpuSeconds: cpu, cpuSeconds10sLater: cpuLater, load: readFileSync('/proc/loadavg', 'utf8').split(' ')[0] }));
} finally {
  dev.kill('SIGTERM');
  if (ownContent) rmSync(contentDir, { recursive: true, force: true });
}
