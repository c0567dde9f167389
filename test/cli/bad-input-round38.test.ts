// Bad input, round 38 (docs/rules.md, "Bad input round 38"): the refusals of the round a process
// shows (its status and its words). Each is refused before a postmortem is read.
import { expect, test } from 'vitest';
import { runScript } from '../support/run-script.ts';

const env = { ...process.env, KB_AS_OF: '2026-12-04' };

test.concurrent('npm run digest -- --since "2026-01-01 Europe/Berlin" names the day without its zone, status 2 (before: the format alone)', async () => {
  const result = await runScript('digest.ts', ['--since', '2026-01-01 Europe/Berlin'], { env });
  expect(result.status).toBe(2);
  expect(result.stderr).toBe('--since must be a day written YYYY-MM-DD, e.g. 2026-11-01; got "2026-01-01 Europe/Berlin". A day is written without a time zone (the day is read in UTC): give --since 2026-01-01.\n');
});

test.concurrent('npm run profile:summary -- FILE --top 0 says the rows start at 1, status 2 (before: "a whole number of rows, not 0")', async () => {
  const result = await runScript('profile-summary.ts', ['test/fixtures/profile/missing.cpuprofile', '--top', '0'], { env });
  expect(result.status).toBe(2);
  expect(result.stderr).toBe('--top takes the number of rows to print, a whole number from 1 (e.g. --top 20), not "0".\n');
});

test.concurrent('npm run digest -- --all-overdue yes names the switch, status 2 (before: "Unexpected argument \'yes\'. This command does not take positional arguments")', async () => {
  const result = await runScript('digest.ts', ['--since', '2026-01-01', '--all-overdue', 'yes'], { env });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('--all-overdue is followed by "yes", but --all-overdue takes no value');
});

test.concurrent('npm run fill -- --vocabularies --write --dry-run is refused, status 2 (before: status 0, nothing written, "run again with --write")', async () => {
  const result = await runScript('fill-drafts.ts', ['--vocabularies', '--write', '--dry-run'], { env });
  expect(result.status).toBe(2);
  expect(result.stderr).toBe('--write appends the proposed entries to the vocabularies and --dry-run writes nothing: give one of them (--vocabularies alone lists the entries without writing). Nothing was written.\n');
});
