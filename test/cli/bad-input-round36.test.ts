// Bad input, round 36 (docs/rules.md, "Bad input round 36"): the refusals of the round a process
// shows (its status and words on the terminal). Each is refused before a postmortem is read.
import { expect, test } from 'vitest';
import { runScript } from '../support/run-script.ts';

const env = { ...process.env, KB_AS_OF: '2026-12-04' };

test.concurrent('npm run digest -- --since 1969-12-31 is refused, status 2 (before: a digest "31 Dec 1969 – …", status 0)', async () => {
  const result = await runScript('digest.ts', ['--since', '1969-12-31'], { env });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^--since 1969-12-31 is before 1970-01-01: .* Give a day from 1970-01-01 on\.\n$/);
});

test.concurrent('npm run evidence -- --from 2026-12-05 on 2026-12-04 is refused, status 2 (before: a pack of "0 incidents", status 0)', async () => {
  const result = await runScript('evidence.ts', ['--from', '2026-12-05', '--to', '2027-01-31', '--out', '/nonexistent/never-written'], { env });
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/^--from 2026-12-05 is after the as-of day \(2026-12-04\): the period has not begun/);
});

test.concurrent('npm run follow-ups -- export --to jira --jira-url … is refused, status 2 (before: the export written, the option not read)', async () => {
  const result = await runScript('follow-ups.ts', ['export', '--to', 'jira', '--jira-url', 'https://acme.atlassian.net', '--dry-run'], { env });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^--jira-url \(the address Jira ticket links are built from\) is an option of follow-ups sync, not of export/);
});

test.concurrent('npm run draft -- --date 2026-02-30 is refused as a day, status 2 (before: status 1, "the assembled draft does not pass the check" about drafted)', async () => {
  const result = await runScript('draft.ts', ['--title', 'Checkout errors', '--date', '2026-02-30', '--chat', 'test/fixtures/draft/slack-export/inc-checkout-errors/2026-11-20.json', '--severity', 'SEV-2', '--service', 'checkout-api', '--trigger', 'configuration', '--dry-run'], { env });
  expect(result.status).toBe(2);
  expect(result.stderr).toBe('--date "2026-02-30" must be a real day, written YYYY-MM-DD. 2026-02-30 is no day: February 2026 has 28 days. Nothing was written.\n');
});
