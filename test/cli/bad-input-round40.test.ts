// Bad input, round 40 (docs/rules.md, "Bad input round 40"): what `npm run check` says of a
// repository that kept a tool's hidden folder, a zero-width space in a command and a Hugo shortcode.
import { expect, test } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

test('npm run check: a .github/ template is not read; a Hugo shortcode exits 1 and a zero-width space in a code span is warned of, each at its line (before: "TEMPLATE" refused for its capitals; the space published; "write the brace as \\{")', async () => {
  const contentDir = makeContentFromFixture('good-input');
  try {
    const path = join(contentDir, goodInputPostmortem);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, `${good}\nRun \`kubectl\u200b get pods\`.\n\n{{< figure src="pool.png" title="Pool" >}}\n`);
    const line = good.split('\n').length + 1;
    mkdirSync(join(contentDir, 'postmortems/.github'));
    writeFileSync(join(contentDir, 'postmortems/.github/TEMPLATE.md'), '# Template\n');
    const check = await runScript('check.ts', [], { env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-06-01' } });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`2025-07-08-checkout-config.mdx:${line}:13  warning  file/encoding  this code holds the invisible character U+200B (zero-width space)`);
    expect(check.stdout).toContain(`2025-07-08-checkout-config.mdx:${line + 2}:1  error  mdx/syntax`);
    expect(check.stdout).toContain('is a Hugo shortcode, which this site does not run');
    expect(check.stdout).not.toContain('TEMPLATE');
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
});
