// Bad input, round 14: what only a command shows (docs/rules.md, "Bad input round 14").
// Each case has a content folder of its own: they run concurrently.
import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

describe('a public post holding text coloured as the page (<font color="#fff">)', () => {
  test.concurrent('the public build stops at its line, nothing written', async () => {
    const contentDir = makeContentFromFixture('good-input');
    const path = join(contentDir, goodInputPostmortem);
    writeFileSync(path, `${readFileSync(path, 'utf8')
      .replace('visibility: internal', 'visibility: public')
      .replace('related: []', 'public:\n  title: Checkout errors\n  summary: Some checkouts failed for 10 minutes.\nrelated: []')}\nThe pool <font color="#fff">on db-7</font> was too small.\n`);
    const out = join(mkdtempSync(join(tmpdir(), 'kb-r14-')), 'public');
    const build = await runScript('build.ts', ['--variant', 'public', '--out', out], { env: { ...process.env, KB_CONTENT_DIR: contentDir } });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain(`${path}:48: <font color="#fff"> in a public post is hidden by color="#fff", the colour of the page's background`);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});

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
  }, 120_000);
});
