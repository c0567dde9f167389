// Bad input, round 31 (docs/rules.md, "Bad input round 31"): the commands started as a user starts
// them, for what only a process shows: a named pipe or a device given where a file is read (the
// command waited for good, or ran out of memory), and follow-ups' status on a usage mistake.
// Few and fast: none builds, each is refused before it reads anything large.
import { afterAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runScript } from '../support/run-script.ts';

const made: string[] = [];
// After all: the cases run side by side, so one ending must not remove another's folder.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
/** A named pipe no one writes to: reading it waits for good. */
const fifo = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-round31-'));
  made.push(dir);
  execFileSync('mkfifo', [join(dir, name)]);
  return join(dir, name);
};
const blocking = /: is (a named pipe \(FIFO\)|a device), not a file: reading it may never end \(a named pipe waits for a writer, a device such as \/dev\/zero never stops\), so it is not read\. /;

test.concurrent.each([
  ['eval-search.ts', () => ['--queries', fifo('queries.json')], /^--queries .*queries\.json: is a named pipe .* Give a JSON file holding \[\{"query", "kind", "expect": \[ids\]\}\]\.\n$/],
  ['profile-summary.ts', () => ['/dev/zero'], /^\/dev\/zero: is a device, not a file: .* A CPU profile is the \.cpuprofile file node --cpu-prof writes\.\n$/],
  ['fill-drafts.ts', () => [fifo('draft.mdx'), '--set', 'severity=SEV-2', '--dry-run'], /draft\.mdx: is a named pipe .* nothing was written\.\n$/],
  ['eval-similarity.ts', () => [join(fifo('reports.jsonl'), '..')], /reports\.jsonl: is a named pipe .* Move it out of the folder, or give a folder of \*\.jsonl files\.\n$/],
  ['review.ts', () => ['content/postmortems/2023-01-24-login-bcrypt-cost-cpu.mdx', '--codeowners', fifo('CODEOWNERS')], /^--codeowners .*CODEOWNERS: is a named pipe .* Give the CODEOWNERS file, or leave the option out/],
  ['measure-adoption.ts', () => ['test/fixtures/good-input', '--names', '/dev/zero'], /^--names \/dev\/zero: is a device, not a file: .* Nothing was measured\.\n$/],
])('%s refuses a named pipe or a device with status 2 (before: it waited for good, or ran out of memory)', async (script, args, words) => {
  const result = await runScript(script, args());
  expect(result.signal).toBeNull();
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(blocking);
  expect(result.stderr).toMatch(words);
}, 300_000);

test.concurrent.each([
  [['frobnicate']],
  [['export', '--to']],
])('npm run follow-ups -- %j is a usage mistake: status 2, as every command gives (before: 1)', async (args) => {
  const result = await runScript('follow-ups.ts', args);
  expect(result.status).toBe(2);
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

// /proc's files say they are empty and some never end: the folder notes beside a report (a README
// stating a zone) were read whole, and /proc/self/pagemap filled the memory. Linux only.
test.skipIf(!existsSync('/proc/self/status'))('npm run import -- /proc/self/status imports the file without reading /proc/self/pagemap beside it (before: it ran out of memory)', async () => {
  const result = await runScript('import.ts', ['/proc/self/status', '--dry-run']);
  expect(result.signal).toBeNull();
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/1 files: 1 imported \(dry run: nothing written\)/);
}, 300_000);
