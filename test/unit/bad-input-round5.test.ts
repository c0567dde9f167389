// Bad input, round 5: each case was a crash, a hang, a page showing other than what was written,
// or a command that passed what another refuses, before this round (docs/rules.md).
import { describe, expect, test } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { RefusedMarkupError, toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { makeContentFromFixture } from '../support/content-fixture.ts';

const file = 'postmortems/2025-07-08-checkout-config.mdx';

/** The errors of the good fixture after `change`, and the folder it was written to. */
function errorsAfter(change: (text: string) => string, name = file) {
  const dir = makeContentFromFixture('good-input');
  const path = join(dir, file);
  const text = change(readFileSync(path, 'utf8'));
  if (name !== file) rmSync(path);
  writeFileSync(join(dir, name), text);
  return validateCorpus(dir).findings.filter((f) => f.severity === 'error');
}

/** What the build's renderer refuses in `body` (after a frontmatter of four lines), or undefined. */
function refusedByBuild(body: string, isMdx = true): RefusedMarkupError | undefined {
  for (const variant of ['internal', 'public'] as const) {
    try {
      toFastMarkdown(`---\ntitle: x\nvisibility: public\n---\n${body}`, { variant, isMdx, file: isMdx ? 'x.mdx' : 'x.md' });
    } catch (error) {
      if (error instanceof RefusedMarkupError) return error;
      throw error;
    }
  }
  return undefined;
}

const secondActionItem = (id: string) => `  - id: ${id}\n    title: Alert on pool size changes\n    owner: checkout\n    due: 2025-08-01\n    priority: P2\n    type: detect\n    status: done\n    verification: An alert fires when the pool size changes.\nrelated: []`;

describe('left over from round 4', () => {
  test('action-item ids differing only in letter case are one id twice, with a free id as the fix', () => {
    const errors = errorsAfter((t) => t.replace('related: []', secondActionItem('ai-1')));
    expect(errors).toEqual([expect.objectContaining({
      rule: 'schema/consistency', line: 38,
      message: 'action item id "ai-1" is actionItems[0]\'s "AI-1" in other letter case: a reader, a follow-up list or a ticket naming one cannot tell which is meant. Give every action item its own id (next free one, e.g. "AI-2").',
    })]);
    expect(errorsAfter((t) => t.replace('related: []', secondActionItem('AI-2')))).toEqual([]);
  });

  test('a reference link whose label is not defined is an error at its place, in .mdx and .md; defined, escaped and code ones are not', () => {
    const body = '\nSee the [runbook][rb], the [dashboard][] and [the graph][Graph].\n\nNot \\[a link][x], nor `[code][x]`.\n\n[graph]: https://example.com/graph\n';
    for (const name of [file, 'postmortems/2025-07-08-checkout-config.md']) {
      const errors = errorsAfter((t) => t + body, name);
      expect(errors.map((e) => [e.rule, e.line, e.column])).toEqual([['body/undefined-reference', 45, 9], ['body/undefined-reference', 45, 28]]);
      expect(errors[0].message).toBe('the link [runbook][rb] names the label "rb", which no "[rb]: <address>" line defines: it is shown as text, brackets included, and links nowhere.');
      expect(errors[0].fix).toMatch(/^add a line "\[rb\]: https:\/\/\.\.\." below the paragraph, write the link inline as \[text\]\(https:\/\/\.\.\.\)/);
    }
  });

  test.each([true, false])('the build refuses a heading of seven # and an undefined reference at their lines (mdx: %s)', (isMdx) => {
    expect(refusedByBuild('\nText.\n\n####### Deep\n', isMdx)).toMatchObject({ line: 8, column: 1, rule: 'body/heading-depth' });
    expect(refusedByBuild('\nText.\n\n- ####### In a list\n', isMdx)).toMatchObject({ line: 8, rule: 'body/heading-depth' });
    expect(refusedByBuild('\nText.\n\nSee [the runbook][rb].\n', isMdx)).toMatchObject({ line: 8, column: 5, rule: 'body/undefined-reference' });
    // Not taken: six #, seven in code, a defined reference.
    expect(refusedByBuild('\n###### Six\n\n```\n####### code\n[a][b]\n```\n\nSee [the runbook][rb].\n\n[rb]: https://example.com\n', isMdx)).toBeUndefined();
  });

  test('npm run review stops on a compliance.yaml that does not parse, as npm run check does (it printed a checklist, status 0)', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'compliance.yaml'), 'regimes:\n  x: [\n');
    const run = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/review.ts'), join(dir, file)], { encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: dir } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^${join(dir, 'compliance.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid YAML: .* at line 3, column 1\\.`));
  });
});
