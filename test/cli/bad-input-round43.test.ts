// Bad input, round 43 (docs/rules.md, "Bad input round 43"): what `npm run check` says of a
// repository moved from a wiki and a tracker: a severity as a colour, a follow-up in a body task
// list, another post's title in bare brackets, {user} typed in prose, and a file named a year off
// checked without the lint; each at its file and line, none a stack trace.
import { expect, test } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

test('npm run check: colours, task-list follow-ups, titles in brackets and braces said at their lines (before: the list of SEV-n alone, or nothing)', async () => {
  const contentDir = makeContentFromFixture('good-input');
  try {
    const path = join(contentDir, goodInputPostmortem);
    const good = readFileSync(path, 'utf8');
    const written = `${good}\n## Follow-ups\n\n- [ ] @ana fix the pool check by 2026-01-10\n`;
    writeFileSync(path, written);
    const item = written.split('\n').indexOf('- [ ] @ana fix the pool check by 2026-01-10') + 1;
    const again = good.replaceAll('2025-07-08', '2025-07-09').replace('title: Checkout errors after a config push', 'title: Checkout errors again');
    const second = `${again}\nSee [Checkout errors after a config push], and the request for {user}.\n`;
    writeFileSync(join(contentDir, 'postmortems/2025-07-09-checkout-again.mdx'), second);
    const line = second.split('\n').findIndex((text) => text.startsWith('See [Checkout')) + 1;
    const third = good.replaceAll('2025-07-08', '2025-07-10').replace('title: Checkout errors after a config push', 'title: Checkout errors a third time').replace('severity: SEV-2', 'severity: "🔴"');
    writeFileSync(join(contentDir, 'postmortems/2025-07-10-checkout-third.mdx'), third);
    const check = await runScript('check.ts', [], { env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-06-01' } });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('2025-07-10-checkout-third.mdx:4:1  error  schema/invalid-value  severity is "🔴", a colour (red) of a traffic-light scale');
    expect(check.stdout).toContain(`2025-07-08-checkout-config.mdx:${item}:1  warning  body/untracked-follow-up  this open task-list item is a follow-up with its owner (@ana) and its due day (2026-01-10)`);
    expect(check.stdout).toContain(`2025-07-09-checkout-again.mdx:${line}:5  error  body/postmortem-link  [Checkout errors after a config push] is the title of the postmortem 2025-07-08-checkout-config in brackets`);
    expect(check.stdout).toMatch(new RegExp(`2025-07-09-checkout-again\\.mdx:${line}:\\d+ {2}error {2}mdx/code-expression {2}\\{user\\} is read as JavaScript`));
    expect(`${check.stdout}\n${check.stderr}`).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);

    // The file's day, where the lint does not run: one rule, a warning.
    writeFileSync(path, good);
    rmSync(join(contentDir, 'postmortems/2025-07-09-checkout-again.mdx'));
    rmSync(join(contentDir, 'postmortems/2025-07-10-checkout-third.mdx'));
    const renamed = join(contentDir, 'postmortems/2024-07-08-checkout-config.mdx');
    writeFileSync(renamed, good);
    rmSync(path);
    const unlinted = await runScript('check.ts', ['--no-lint'], { env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-06-01' } });
    expect(unlinted.stdout).toContain('2024-07-08-checkout-config.mdx:12:3  warning  consistency/file-day  the file name says 2024-07-08');
    expect(unlinted.stdout).not.toContain('file/name-date');
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
});
