// Bad input, round 16: what only a command shows (docs/rules.md, "Bad input round 16").
import { expect, test } from 'vitest';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

test('npm run check: a summary cut by a "#" (it passed) and a 40 MiB file among the postmortems (read whole) exit 1, each named', async () => {
  const contentDir = makeContentFromFixture('good-input');
  const path = join(contentDir, goodInputPostmortem);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^summary: .*$/m, 'summary: A push (ticket #4521) lowered a limit. Reverting fixed it.'));
  const huge = join(contentDir, 'postmortems/2025-07-09-dump.mdx');
  writeFileSync(huge, '');
  truncateSync(huge, 40 * 1024 * 1024);
  const check = await runScript('check.ts', [], { env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-06-01' } });
  expect(check.status).toBe(1);
  expect(check.stdout).toContain('2025-07-08-checkout-config.mdx:3:10  error  frontmatter/yaml  summary is read as "A push (ticket"');
  expect(check.stdout).toContain('2025-07-09-dump.mdx:1:1  error  corpus/unreadable-file');
  expect(check.stdout).toContain('is 40 MiB, far over what a postmortem holds');
});
