// Bad input, round 18: what only a command shows (docs/rules.md, "Bad input round 18").
import { expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyContentFolder } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

// Independent cases (each writes only in a folder of its own): they run concurrently.
const run = (script: string, args: string[], env: Record<string, string> = {}) => runScript(script, args, { env: { ...process.env, ...env } });

test.concurrent('npm run new: --severity "Sev 1" names SEV-1; --service and --team split at commas, as when asked', async () => {
  const dir = emptyContentFolder();
  const refused = await run('new.ts', ['--title', 'Checkout errors', '--severity', 'Sev 1', '--service', 'checkout-api'], { KB_CONTENT_DIR: dir });
  expect(refused.status).toBe(2);
  expect(refused.stderr).toBe('--severity "Sev 1" is not one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4: give --severity SEV-1. Nothing was written.\n');
  // `--service checkout-api,orders-db` was one unknown service, "did you mean checkout-api?".
  const made = await run('new.ts', ['--title', 'Checkout errors', '--severity', 'SEV-2', '--service', 'checkout-api,orders-db', '--team', 'checkout,payments', '--started', '2026-11-20T10:00:00Z'], { KB_CONTENT_DIR: dir });
  expect(made.status, made.stderr).toBe(0);
  const [file] = readdirSync(join(dir, 'postmortems'));
  const source = readFileSync(join(dir, 'postmortems', file), 'utf8');
  expect(source).toMatch(/^services: \[checkout-api, orders-db\]$/m);
  expect(source).toMatch(/^teams: \[checkout, payments\]$/m);
});

test.concurrent('npm run fill with nothing to fill says what is missing on stderr (it printed the usage on stdout)', async () => {
  const result = await run('fill-drafts.ts', ['test/fixtures/good-input/postmortems']);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe('npm run fill needs what to fill in test/fixtures/good-input/postmortems: give --set FIELD=VALUE (e.g. --set severity=SEV-3), --publish YYYY-MM-DD, --public, --trigger-from-text or --vocabularies. npm run fill -- --help lists the options.\n');
  expect((await run('fill-drafts.ts', ['--help'])).status).toBe(0);
});

test.concurrent('npm run import of a folder holding a report twice imports it once and names the copy (it became a second draft)', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-import-r18-'));
  mkdirSync(join(folder, 'old'));
  const report = '# DB outage\n\nThe primary database stopped accepting writes for 20 minutes.\n';
  writeFileSync(join(folder, 'db-outage.md'), report);
  writeFileSync(join(folder, 'old', 'db-outage.md'), report);
  const result = await run('import.ts', [folder, '--dry-run']);
  // Said beside the files passed over (nothing of it is lost), so the import still succeeds.
  expect(result.status).toBe(0);
  expect(result.stderr).toMatch(/old\/db-outage\.md: not imported: is a copy of .*\/db-outage\.md \(the same bytes\), which this import reads/);
  expect(result.stdout).toContain('1 files: 1 imported (dry run: nothing written), 0 not imported');
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

test.concurrent('npm run digest -- --since 2025-02-30 (30.07.2025) says why, and the day meant', async () => {
  expect((await run('digest.ts', ['--since', '2025-02-30'])).stderr).toBe('--since must be a day written YYYY-MM-DD, e.g. 2026-11-01; got "2025-02-30". 2025-02-30 is no day: February 2025 has 28 days.\n');
  expect((await run('digest.ts', ['--since', '30.07.2025'])).stderr).toContain('Give --since 2025-07-30.');
});
