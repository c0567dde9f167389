// Bad input, round 14: what only a command shows (docs/rules.md, "Bad input round 14").
// Each case has a content folder of its own: they run concurrently.
import { describe, expect, test } from 'vitest';
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

describe('npm run check: an empty folder named like a postmortem, and a file named after another day', () => {
  test.concurrent('status 1, each named with its fix (both passed in silence)', async () => {
    const contentDir = makeContentFromFixture('good-input');
    mkdirSync(join(contentDir, 'postmortems/2025-07-09-db-outage.mdx'));
    const renamed = join(contentDir, 'postmortems/2024-03-05-checkout-config.mdx');
    renameSync(join(contentDir, goodInputPostmortem), renamed);
    const check = await runScript('check.ts', [], { env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-06-01' } });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('2025-07-09-db-outage.mdx is a folder, not a file, and holds no postmortem');
    expect(check.stdout).toContain('consistency/file-day');
    expect(check.stdout).toContain('the file name says 2024-03-05, but times.started is 2025-07-08');
    expect(check.stdout).toContain('rename the file to 2025-07-08-checkout-config');
    // Said once (round 42's newcomer walk met two findings for the one day): file/name-date says the same.
    expect(check.stdout.match(/rename the file to 2025-07-08-checkout-config/g)).toHaveLength(1);
    expect(check.stdout).not.toContain('file/name-date');
  });
});
