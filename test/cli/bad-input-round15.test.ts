// Bad input, round 15: what only a command shows (docs/rules.md, "Bad input round 15").
// Each case has a content folder of its own: they run concurrently.
import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

describe('a public post hiding text by line-height 0 with the overflow hidden (round 14 left it)', () => {
  test.concurrent('the public build stops at its line, nothing written', async () => {
    const contentDir = makeContentFromFixture('good-input');
    const path = join(contentDir, goodInputPostmortem);
    writeFileSync(path, `${readFileSync(path, 'utf8')
      .replace('visibility: internal', 'visibility: public')
      .replace('related: []', 'public:\n  title: Checkout errors\n  summary: Some checkouts failed for 10 minutes.\nrelated: []')}\n<div style="line-height:0;overflow:hidden">The db-7 failover was skipped.</div>\n`);
    const out = join(mkdtempSync(join(tmpdir(), 'kb-r15-')), 'public');
    const build = await runScript('build.ts', ['--variant', 'public', '--out', out], { env: { ...process.env, KB_CONTENT_DIR: contentDir } });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(`${path}:48: <div style="line-height:0;overflow:hidden"> in a public post is hidden by the style "line-height: 0; overflow: hidden"`);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});

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
  }, 120_000);
});
