// Bad input, round 33 (docs/rules.md, "Bad input round 33"): the one refusal of the round a process
// shows (its status and words on the terminal). Refused before anything is read.
import { expect, test } from 'vitest';
import { runScript } from '../support/run-script.ts';

test('npm run check -- --rules --public-report is refused, status 2 (before: the rules, status 0, no report)', async () => {
  const result = await runScript('check.ts', ['--rules', '--public-report']);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^--rules lists the lint rules and checks no post, so --public-report would print nothing: run npm run check -- --public-report for the report/);
});
