// Bad input, round 37 (docs/rules.md, "Bad input round 37"): the refusals of the round a process
// shows (its status, its words, and what it leaves behind). Each is refused before a postmortem is read.
import { expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runScript } from '../support/run-script.ts';

const env = { ...process.env, KB_AS_OF: '2026-12-04' };

test.concurrent('npm run profile:summary -- a file not there exits 2, as every command for a file named wrong (before: 1)', async () => {
  const result = await runScript('profile-summary.ts', ['/nonexistent/build.cpuprofile'], { env });
  expect(result.status).toBe(2);
  expect(result.stderr).toBe('/nonexistent/build.cpuprofile: there is no such file. A CPU profile is the .cpuprofile file node --cpu-prof writes.\n');
});

test.concurrent('npm run measure:adoption -- FOLDER --set x is refused, status 2, leaving no scratch folder (before: the folder was left behind)', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bad37-adoption-tmp-'));
  try {
    const result = await runScript('measure-adoption.ts', ['test/fixtures/good-input/postmortems', '--set', 'x'], { env: { ...env, TMPDIR: scratch } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--set x: write FIELD=VALUE, e.g. --set severity=SEV-2.');
    expect(readdirSync(scratch)).toEqual([]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test.concurrent('npm run digest -- --since 2026-01-01+02:00 names the day without its zone, status 2 (before: the format alone)', async () => {
  const result = await runScript('digest.ts', ['--since', '2026-01-01+02:00'], { env });
  expect(result.status).toBe(2);
  expect(result.stderr).toBe('--since must be a day written YYYY-MM-DD, e.g. 2026-11-01; got "2026-01-01+02:00". A day is written without a time zone (the day is read in UTC): give --since 2026-01-01.\n');
});

test.concurrent('npm run measure:redaction -- FOLDER --names FILE saved as Latin-1 finds the names the reports hold (before: read as UTF-8, "0 of 0 occurrences")', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bad37-names-'));
  try {
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'outage.md'), '# Checkout outage\n\nJosé Pérez rolled back the release at 10:05 UTC.\n');
    writeFileSync(join(dir, 'names.txt'), Buffer.from('José Pérez\n', 'latin1'));
    const result = await runScript('measure-redaction.ts', [join(dir, 'reports'), '--names', join(dir, 'names.txt')], { env });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/known names: \d+ of 1 occurrences flagged/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
