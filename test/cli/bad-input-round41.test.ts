// Bad input, round 41 (docs/rules.md, "Bad input round 41"): what `npm run check` says of a
// repository moved from a blog: a link by the blog's address, an Org heading, a link to a folder
// left behind, and a report saved as UTF-16; each at its file and line, none a stack trace.
import { expect, test } from 'vitest';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

test('npm run check: a blog address of a post, an Org heading and a UTF-16 report exit 1 at their lines; a link to a folder that is gone is warned of (before: the first two and the link passed in silence)', async () => {
  const contentDir = makeContentFromFixture('good-input');
  try {
    const path = join(contentDir, goodInputPostmortem);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, `${good}\nSee [the earlier one](/2025/07/08/checkout-config.html).\n\n** Timeline\n`);
    const line = good.split('\n').length + 1;
    const again = good.replaceAll('2025-07-08', '2025-07-09').replace('title: Checkout errors after a config push', 'title: Checkout errors again');
    writeFileSync(join(contentDir, 'postmortems/2025-07-09-checkout-again.mdx'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(again, 'utf16le')]));
    symlinkSync('/nonexistent/old-reports', join(contentDir, 'postmortems/archive'));
    const check = await runScript('check.ts', [], { env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-06-01' } });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`2025-07-08-checkout-config.mdx:${line}:5  error  body/postmortem-link  the link /2025/07/08/checkout-config.html is the address a blog (Jekyll, Hugo) gave a post`);
    expect(check.stdout).toContain(`2025-07-08-checkout-config.mdx:${line + 2}:1  error  body/foreign-markup  \`** Timeline\` is a heading in Org-mode markup`);
    expect(check.stdout).toContain('2025-07-09-checkout-again.mdx:1:1  error  file/encoding  the file is UTF-16 text, not UTF-8');
    expect(check.stdout).toMatch(/archive:1:1 {2}warning {2}corpus\/unreadable-file {2}\S*archive is a symbolic link to \/nonexistent\/old-reports, which does not exist/);
    expect(`${check.stdout}\n${check.stderr}`).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
});
