import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hasAccountOutsideComponents, isBodyWithoutAccount } from '../../src/lib/empty-body.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { writeSyntheticCorpus } from '../../scripts/lib/synthetic-postmortems.ts';

// Session 18 (docs/performance.md): the build's validation cuts a public post's <Internal> blocks
// to see whether any account is left (`body/empty`), unless a line of account is sure to stay.
// The pre-check must never say so of a body whose cut leaves no account.

const contentDir = resolve(import.meta.dirname, '../../content');

/** What the validation's cut leaves: the public body, or undefined when the cut refuses the body. */
function publicBodyOf(body: string): string | undefined {
  try {
    return splitFrontmatter(stripInternalFromSource(`---\ntitle: x\n---\n${body}`, { isMdx: true, file: 'p.mdx' })).body;
  } catch {
    return undefined;
  }
}

/** The pre-check is sound for `body`: when it says a line stays, the cut leaves an account. */
function expectSound(body: string): void {
  if (!hasAccountOutsideComponents(body)) return;
  const left = publicBodyOf(body);
  if (left !== undefined) expect(isBodyWithoutAccount(left), JSON.stringify(body)).toBe(false);
}

describe('a line of account no cut can remove', () => {
  test.each([
    ['prose before the first block', 'What happened.\n\n<Internal>\n\nSecret.\n\n</Internal>\n', true],
    ['prose under a heading', '## Summary\n\nThe API failed.\n\n<Internal>x</Internal>\n', true],
    ['a label before an inline block', 'Slack thread:\n<Internal>[link](https://x)</Internal>\n', true],
    ['Windows line ends', '## Summary\r\n\r\nThe API failed.\r\n\r\n<Internal>x</Internal>\r\n', true],
    ['prose after the first block only', '<Internal>\n\nSecret.\n\n</Internal>\n\nAfter.\n', false],
    ['a list item whose label the cut may leave alone', '- Slack thread:\n  <Internal>[link](https://x)</Internal>\n', false],
    ['an ordered item', '1. Slack thread:\n   <Internal>[link](https://x)</Internal>\n', false],
    ['a lazy line of a list item', '- Slack thread:\nsee <Internal>[link](https://x)</Internal>\n', false],
    ['text on the line of the block', 'Text <Internal>x</Internal>\n', false],
    ['text inside an MDX comment', '{/*\n\nnote\n*/}\n\n<Internal>x</Internal>\n', false],
    ['an indented line', '- item\n\n  continued\n\n<Internal>x</Internal>\n', false],
    ['headings and rules only', '## Summary\n\n---\n\n<Internal>x</Internal>\n', false],
    ['a byte-order mark before the text', '\uFEFFText.\n\n<Internal>x</Internal>\n', false],
    // The public cut drops a template's label lines and sections (session 28): no shortcut there.
    ['a template label line', 'Owner: x\n\n<Internal>x</Internal>\n', false],
    ['prose under a template section', '## Involved\n\nThe on-call engineer.\n\n<Internal>x</Internal>\n', false],
  ])('%s', (_, body, expected) => {
    expect(hasAccountOutsideComponents(body)).toBe(expected);
    expectSound(body);
  });

  test('never said of a body the cut leaves without account (4,000 generated bodies)', () => {
    const pieces = ['', '', 'Text.', 'Slack thread:', 'Owner: x', '- item', '- Slack thread:', '1. step', '  indented', '> quote', '## Heading', '---',
      '```', '<Internal>', '</Internal>', '<Internal>x</Internal>', 'a <Internal>b</Internal>', '- Label: <Internal>[l](https://x)</Internal>',
      '<PublicOnly>', '</PublicOnly>', '{/* note */}', '{/*', '*/}', '<!-- c -->', 'Value 2.', '2) step'];
    let seed = 18;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pieces.length;
    let said = 0;
    for (let i = 0; i < 4000; i++) {
      const lines = Array.from({ length: 3 + (i % 9) }, () => pieces[next()]);
      const body = `${lines.join('\n')}\n`;
      if (hasAccountOutsideComponents(body)) said++;
      expectSound(body);
    }
    expect(said).toBeGreaterThan(100);
  });

  test('the public posts of the example content and a synthetic corpus: same findings with and without the cut', () => {
    const synthetic = mkdtempSync(join(tmpdir(), 'kb-account-'));
    try {
      writeSyntheticCorpus(synthetic, 60, { format: 'mdx', vocabularyDir: contentDir, publicShare: 0.5 });
      let skipped = 0;
      for (const dir of [contentDir, synthetic]) {
        const corpus = validateCorpus(dir, { frontmatterOnly: true });
        for (const postmortem of corpus.postmortems) {
          const body = splitFrontmatter(postmortem.source).body;
          if (!/<\s*Internal\b/.test(body)) continue;
          const left = publicBodyOf(body);
          // Where the pre-check skips the cut, the cut would have found an account too.
          if (hasAccountOutsideComponents(body)) {
            skipped++;
            expect(left === undefined || !isBodyWithoutAccount(left), postmortem.file).toBe(true);
          }
        }
      }
      // The synthetic public posts open with prose, as reports do: the cut is skipped for them.
      expect(skipped).toBeGreaterThan(10);
    } finally {
      rmSync(synthetic, { recursive: true, force: true });
    }
  });

  test('a public post whose whole account is inside <Internal> is still refused', () => {
    const source = `---\nid: x\n---\n## Summary\n\n<Internal>\n\nEverything happened here.\n\n</Internal>\n`;
    expect(hasAccountOutsideComponents(splitFrontmatter(source).body)).toBe(false);
    const example = validateCorpus(contentDir, { frontmatterOnly: true }).postmortems.find((p) => p.data?.visibility === 'public' && p.data.status === 'published' && p.file.endsWith('.mdx'))!;
    const { body } = splitFrontmatter(example.source);
    const emptied = example.source.slice(0, example.source.length - body.length) + '## Summary\n\n<Internal>\n\nEverything happened here.\n\n</Internal>\n';
    const result = validatePostmortemSource(example.file, example.id, emptied, { vocabulary: loadVocabulary(contentDir), knownIds: new Set([example.id]), contentDir, frontmatterOnly: true });
    expect(result.findings.map((finding) => finding.rule)).toContain('body/empty');
  });
});
