#!/usr/bin/env node
// node scripts/measure-dev-first-page.ts [--count 1000] [--root DIR] [--content DIR]
// How long the first page a user opens after `npm run dev` takes, in wall time and in the dev
// server's CPU (every thread of its process, from /proc): `astro dev` over a synthetic corpus of
// --count postmortems (the bench's), one postmortem page asked for until it is served. --root runs
// the dev server of another copy of the project (an A/B of two trees over the same content);
// --content reuses a content folder written before (kept), so that both sides read the same
// files. A measurement, not a test (docs/performance.md, session 56).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine, wholeNumberOption } from './lib/command-line.ts';
import { writeSyntheticCorpus } from './lib/synthetic-postmortems.ts';

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

/** The CPU seconds (user and system, every thread) a process has used so far, from /proc; null where there is none. */
function processCpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

const port = await freePort();
const id = readdirSync(join(contentDir, 'postmortems')).sort()[1]!.replace(/\.mdx?$/, '');
const devEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(key)));
const started = performance.now();
const dev = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
  cwd: root, env: { ...devEnv, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-01-01' }, stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
let exited = false;
dev.stdout.on('data', (chunk) => (log += chunk));
dev.stderr.on('data', (chunk) => (log += chunk));
dev.on('exit', () => (exited = true));
const url = `http://127.0.0.1:${port}/postmortems/${id}/`;
try {
  let served = false;
  while (!served && !exited && performance.now() - started < 600_000) {
    try {
      const response = await fetch(url);
      served = response.ok && (await response.text()).includes('</html>');
    } catch {
      // Not listening yet.
    }
    if (!served) await new Promise((done) => setTimeout(done, 50));
  }
  if (!served) throw new Error(`astro dev did not serve ${url}:\n${log.slice(-2000)}`);
  const wall = (performance.now() - started) / 1000;
  const cpu = processCpuSeconds(dev.pid);
  await new Promise((done) => setTimeout(done, 10_000));
  const cpuLater = processCpuSeconds(dev.pid);
  console.log(JSON.stringify({ root, count, firstPageWallSeconds: Number(wall.toFixed(2)), firstPageCpuSeconds: cpu, cpuSeconds10sLater: cpuLater, load: readFileSync('/proc/loadavg', 'utf8').split(' ')[0] }));
} finally {
  dev.kill('SIGTERM');
  if (ownContent) rmSync(contentDir, { recursive: true, force: true });
}
