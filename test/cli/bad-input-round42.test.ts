// Bad input, round 42 (docs/rules.md, "Bad input round 42"): what `npm run check` says of a
// repository moved from a wiki and a docs site: a page setting of Docusaurus, a link to another
// post by its title, a task list's box without its space, a file name as Notion exports it, and a
// secret of 40,000 characters in a public post; each at its file and line, none a stack trace.
import { expect, test } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

test('npm run check: other tools\' marks exit 1 at their lines, each with the value to write (before: "did you mean commander?", "does not exist" with no id, "[]" published, the hex id kept, a 120,000-character line)', async () => {
  const contentDir = makeContentFromFixture('good-input');
  try {
    const path = join(contentDir, goodInputPostmortem);
    const good = readFileSync(path, 'utf8');
    const run = Array.from({ length: 40_000 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ+/'[(i * 7919 + (i >> 3)) % 64]).join('');
    const published = good.replace('visibility: internal', 'visibility: public').replace('related: []', 'related: []\npublic:\n  title: Checkout errors\n  summary: Checkout failed for ten minutes; we reverted the change.');
    const written = `${published}\nThe key was ${run} in the log.\n\n- [] Validate pool sizes\n`;
    writeFileSync(path, written);
    const lines = written.split('\n').indexOf('- [] Validate pool sizes') + 1;
    const again = good.replaceAll('2025-07-08', '2025-07-09').replace('title: Checkout errors after a config push', 'title: Checkout errors again');
    writeFileSync(join(contentDir, 'postmortems/Checkout errors again 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.mdx'), `${again}\nSee [the first](</postmortems/Checkout errors after a config push/>).\n`);
    writeFileSync(join(contentDir, 'postmortems/2025-07-10-checkout-third.mdx'), good.replaceAll('2025-07-08', '2025-07-10').replace('title: Checkout errors after a config push', 'title: Checkout errors a third time').replace('related: []', 'related: []\ncomments: true'));
    const check = await runScript('check.ts', [], { env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-06-01' } });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('2025-07-10-checkout-third.mdx:39:1  error  schema/unknown-key  unknown key "comments": it is a page setting of another site generator or wiki');
    expect(check.stdout).toMatch(/2025-07-08-checkout-config\.mdx:\d+:\d+ {2}error {2}redact\/secret {2}something that looks like a secret or token would be published: "[^"]{60}…[^"]{20}" \(40,000 characters, its ends shown\)\./);
    expect(check.stdout).toContain(`2025-07-08-checkout-config.mdx:${lines}:3  error  body/foreign-markup  \`[]\` before "Validate pool sizes" is a task list's box without the space inside it`);
    expect(check.stdout).toContain('rename the file to checkout-errors-again.mdx');
    // A warning: a file whose name is no id has no facts read, so its links are said as a draft's.
    expect(check.stdout).toMatch(/1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d\.mdx:\d+:5 {2}warning {2}body\/postmortem-link {2}.*"Checkout errors after a config push" is the title of the postmortem 2025-07-08-checkout-config, not its id/);
    expect(check.stdout.split('\n').every((line) => line.length < 2_000)).toBe(true);
    expect(`${check.stdout}\n${check.stderr}`).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
});
