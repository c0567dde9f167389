// Bad input, round 32 (docs/rules.md, "Bad input round 32"): the commands started as a user starts
// them, for what only a process shows (the status, and which words reach the terminal). Few and
// fast: none builds, each is refused before it reads anything large.
import { afterAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runScript } from '../support/run-script.ts';

const made: string[] = [];
// After all: the cases run side by side, so one ending must not remove another's folder.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const inFolder = (name: string, make: (path: string) => void) => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-round32-'));
  made.push(dir);
  make(join(dir, name));
  return join(dir, name);
};
const emptyProfile = () => inFolder('p.cpuprofile', (path) => writeFileSync(path, '{"nodes":[],"samples":[],"timeDeltas":[],"startTime":0,"endTime":1}'));

test.concurrent.each([
  ['profile-summary.ts', () => [emptyProfile(), '--from', '10', '--to', '5'], 2, /^--from 10 is not before --to 5: no sample lies between them\. Give the earlier second to --from\.\n$/],
  ['eval-search.ts', () => ['--queries', inFolder('q.json', (path) => writeFileSync(path, '[]'))], 2, /^--queries .*q\.json: the list is empty, so there is nothing to measure\./],
  ['new.ts', () => ['--title', 'Checkout errors', '--severity', 'SEV-2', '--service', 'checkout-api', '--team', 'checkout', '--trigger', 'configuration', '--started', '0000-01-01T00:00:00Z'], 2, /^--started "0000-01-01T00:00:00Z" is before 1970: .* nothing was written\.\n/],
  ['evidence.ts', () => ['--from', '2026-01-01', '--to', '9999-12-31'], 2, /^--to 9999-12-31 is more than a year after the as-of day \(\d{4}-\d{2}-\d{2}\): check the year\./],
  ['check.ts', () => [inFolder('loop.mdx', (path) => symlinkSync(path, path))], 1, /loop\.mdx is a symbolic link that leads back to itself \(a loop: /],
])('%s is refused in words of its own (before: status 0 or 1, a misleading or a library\'s message)', async (script, args, status, words) => {
  const result = await runScript(script, args());
  expect(result.status).toBe(status);
  expect(`${result.stdout}${result.stderr}`).toMatch(words);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}, 300_000);
