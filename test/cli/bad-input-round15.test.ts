// Bad input, round 15: what only a command shows (docs/rules.md, "Bad input round 15").
// Each case has a content folder of its own: they run concurrently.
import { describe, expect, test } from 'vitest';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

describe('npm run check: a Word report among the postmortems, and a .md post holding Slack markup', () => {
  test.concurrent('status 1, each named with its fix (both passed in silence)', async () => {
    const contentDir = makeContentFromFixture('good-input');
    writeFileSync(join(contentDir, 'postmortems/2024-03-05-db-outage.docx'), 'PK\u0003\u0004');
    const markdown = join(contentDir, 'postmortems/2025-07-08-checkout-config.md');
    renameSync(join(contentDir, goodInputPostmortem), markdown);
    writeFileSync(markdown, `${readFileSync(markdown, 'utf8')}\nPaged <@U024BE7LH> in <#C024BE7LR|incidents>.\n`);
    const check = await runScript('check.ts', [], { env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-06-01' } });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('2024-03-05-db-outage.docx is a report in another format (.docx), which the sites do not read');
    expect(check.stdout).toContain('npm run import --');
    expect(check.stdout).toContain('2025-07-08-checkout-config.md:45:7  error  body/link-address  <@U024BE7LH> is a Slack mention');
    expect(check.stdout).toContain('write #incidents');
  });
});
