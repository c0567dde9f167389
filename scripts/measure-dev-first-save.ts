#!/usr/bin/env node
// node scripts/measure-dev-first-save.ts [--count 1000] [--wait 5]
// What the first save of a dev server waits for on its worker before `npm run check`'s findings
// for the file are said: a dev session (src/integrations/kb-session.ts, its worker included) over
// a synthetic corpus of --count postmortems (the bench's); once its first validation is done, and
// once the worker says it warmed the check's modules (session 55; before it, --wait seconds after),
// one internal post is "saved" twice. Prints the wall and worker-CPU time of each check, and of
// the warm-up. A measurement, not a test: the page does not wait for the check
// (docs/performance.md, session 55).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine, wholeNumberOption } from './lib/command-line.ts';
import { writeSyntheticCorpus } from './lib/synthetic-postmortems.ts';
import { KbSession } from '../src/integrations/kb-session.ts';

const { values } = parseCommandLine({ options: { count: { type: 'string', default: '1000' }, wait: { type: 'string', default: '5' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log(`Usage: node scripts/measure-dev-first-save.ts [--count N] [--wait S]

Writes N synthetic postmortems (default 1000) into a temporary content folder, starts npm run dev's
session on them (its worker included) and, once the first validation is done and the worker says
it has loaded the check's modules (a session without that warm-up: S seconds later, default 5), asks the
worker for npm run check's findings of one internal post twice, as two saves would. Prints each
answer's wall time and the worker's CPU time for it.`);
  process.exit(0);
}
const count = wholeNumberOption('count', values.count, 2, 100_000);
const waitSeconds = wholeNumberOption('wait', values.wait, 0, 600);
const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'kb-dev-first-save-'));
const session = new KbSession({ variant: 'internal', server: 'dev', contentDir: dir });
try {
  writeSyntheticCorpus(dir, count, { format: 'mdx', vocabularyDir: join(root, 'content') });
  const file = readdirSync(join(dir, 'postmortems')).sort().find((name) => !/^visibility: public/m.test(readFileSync(join(dir, 'postmortems', name), 'utf8')))!;
  const started = performance.now();
  session.start();
  await session.takeInitialValidation();
  console.log(`${count} postmortems; first validation after ${((performance.now() - started) / 1000).toFixed(2)} s`);
  // Since session 56 the worker warms them once Astro has served a page: as if it had.
  (session as Partial<Pick<KbSession, 'firstPageServed'>>).firstPageServed?.call(session);
  // Sessions before session 55 have no warm-up: the first save is made after --wait seconds.
  const warmed = (session as Partial<Pick<KbSession, 'checkModulesWarmed'>>).checkModulesWarmed?.promise;
  const waited = await (warmed ?? new Promise<undefined>((done) => setTimeout(done, waitSeconds * 1000)));
  console.log(waited
    ? `check's modules warmed after ${((performance.now() - started) / 1000).toFixed(2)} s (${'cpuSeconds' in waited ? `${waited.cpuSeconds.toFixed(2)} s CPU on the worker` : waited.error})`
    : `no warm-up in this session: the first save made ${waitSeconds} s after the validation`);
  for (const save of ['first', 'second']) {
    const asked = performance.now();
    const { findings, cpuSeconds } = await session.checkFile(join(dir, 'postmortems', file));
    console.log(`${save} save's check: answered after ${((performance.now() - asked) / 1000).toFixed(2)} s, ${cpuSeconds.toFixed(2)} s CPU on the worker, ${findings.length} finding(s)`);
  }
} finally {
  await session.stop();
  rmSync(dir, { recursive: true, force: true });
}
