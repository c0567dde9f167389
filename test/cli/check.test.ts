import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

describe('npm run check (the command)', () => {
  // Each case checks a content folder of its own (the last one reads content/): they run concurrently.
  const run = (contentDir: string, ...args: string[]) => runScript('check.ts', args, { env: { ...process.env, KB_CONTENT_DIR: contentDir } });

  test.concurrent('prints file:line:column, rule and fix, a summary, and exits 1 on errors', async () => {
    const result = await run(makeContentFromFixture('bad-input/unknown-service'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/2025-07-08-checkout-config\.mdx:7:12 {2}error {2}vocabulary\/unknown {2}unknown service "checkout-ap"/);
    expect(result.stdout).toMatch(/1 file checked: 1 error, 0 warnings/);
  });

  test.concurrent('exits 0 on valid content', async () => {
    const result = await run(makeContentFromFixture('good-input'));
    expect(result.stdout).toMatch(/1 file checked: 0 errors/);
    expect(result.status).toBe(0);
  });

  test.concurrent('--format json gives machine-readable findings', async () => {
    const result = await run(makeContentFromFixture('bad-input/bad-severity'), '--format', 'json');
    const report = JSON.parse(result.stdout);
    expect(report.errors).toBe(1);
    expect(report.findings[0]).toMatchObject({ rule: 'schema/invalid-value', line: 4, field: 'severity' });
  });

  test.concurrent('--format github emits workflow annotations', async () => {
    const result = await run(makeContentFromFixture('bad-input/unknown-tag'), '--format', 'github');
    expect(result.stdout).toMatch(/^::error file=.*2025-07-08-checkout-config\.mdx,line=9,col=8,title=vocabulary\/unknown::/m);
  });

  test.concurrent('public posts get the redaction guard, with file and line', async () => {
    const dir = makeContentFromFixture('canary');
    const file = resolve(dir, 'postmortems/2025-05-01-public-canary.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('zqxpublicbody A configuration change', 'Mail ops@acme.example: a configuration change'));
    const result = await run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/2025-05-01-public-canary\.mdx:71:\d+ {2}error {2}redact\/email {2}an e-mail address would be published: "ops@acme\.example"/);
  });

  test.concurrent('a body nested thousands of levels deep is refused at once, not parsed for minutes', async () => {
    const dir = makeContentFromFixture('canary');
    const file = resolve(dir, 'postmortems/2025-05-01-public-canary.mdx');
    const source = readFileSync(file, 'utf8');
    const deep = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    writeFileSync(file, source.replace('zqxpublicbody A configuration change', `${deep}\n\nzqxpublicbody A configuration change`));
    const line = source.slice(0, source.indexOf('zqxpublicbody A configuration change')).split('\n').length + 64;
    // Parsed, it would run past the test's timeout (remark takes hours on 3,000 levels).
    const result = await run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`2025-05-01-public-canary.mdx:${line}:1  error  body/nesting-depth  lists or block quotes nested 3000 levels deep`);
  });

  // A whole check of the example in a child process, the redaction guard's language model
  // included: the command project's 120 s (it had 30 s of its own until session 57).
  test('the bundled example knowledge base is valid', async () => {
    const result = await run(resolve(import.meta.dirname, '../../content'));
    expect(result.stdout).toMatch(/0 errors/);
    expect(result.status).toBe(0);
  });
});
