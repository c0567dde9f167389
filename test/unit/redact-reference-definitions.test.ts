import { describe, expect, test } from 'vitest';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { referencesTo } from '../../src/lib/publication/reference-definitions.ts';
import { scanProbe } from '../support/redaction-probe-harness.ts';

/**
 * `npm run redact` on a link reference definition whose address is a finding (session 29: an
 * imported security advisory's `[4]: https://gist.github.com/<someone>/…`): every link to its label
 * is written inline inside `<Internal>`, its words kept for the public page, and the definition is
 * taken out, so both sites render (no `body/undefined-reference`) and the public one holds no trace.
 */
const frontmatter = '---\ntitle: Advisory\n---\n';
const body = [
  'Users of old versions can apply [the provided patches][4] instead, or [see the notes][notes].',
  '',
  'The [4] patches and ![a diagram][4] are linked, `[4]` in code is not.',
  '',
  '[3]: https://github.com/rust-lang/cargo/pull/4953',
  '[4]: https://patches.ledger-db-7.corp/zqxpatch.diff',
  '[notes]: https://example.org/notes',
  '',
].join('\n');

describe('a finding in a link reference definition', () => {
  const source = frontmatter + body;
  const findings = scanProbe(source).filter((f) => f.line >= 5);
  const fixed = applyRedactionFixes(source, findings, { isMdx: true }).source;

  test('the guard finds the definition\'s host (the premise)', () => {
    expect(findings.some((f) => f.line === 9)).toBe(true);
  });

  test('each link to it inline inside <Internal>, its words kept; the definition taken out; the rest as written', () => {
    const url = 'https://patches.ledger-db-7.corp/zqxpatch.diff';
    expect(fixed).toContain(`<Internal>[the provided patches](${url})</Internal><PublicOnly>the provided patches</PublicOnly>`);
    expect(fixed).toContain(`The <Internal>[4](${url})</Internal><PublicOnly>4</PublicOnly> patches`);
    expect(fixed).toContain(`<Internal>![a diagram](${url})</Internal> are`);
    expect(fixed).toContain('`[4]` in code');
    expect(fixed).toContain('[see the notes][notes]');
    expect(fixed).not.toMatch(/^\[4\]:/m);
    expect(fixed).toContain('[3]: https://github.com/rust-lang/cargo/pull/4953\n[notes]: https://example.org/notes');
  });

  test('both sites render it; the public one has no trace of the address, the internal one links it', () => {
    const rendered = (variant: 'internal' | 'public') => {
      const result = toFastMarkdown(fixed, { variant, isMdx: true, file: 'post.mdx' });
      if (!('markdown' in result)) throw new Error(`the fast path refused the ${variant} body: ${result.needsMdx}`);
      return result.markdown;
    };
    const internal = rendered('internal');
    const published = rendered('public');
    expect(published).not.toMatch(/zqxpatch|ledger-db-7|\]\[4\]|The \[4\]/);
    expect(published).toContain('apply the provided patches instead');
    expect(internal).toContain('[the provided patches](https://patches.ledger-db-7.corp/zqxpatch.diff)');
  });

  test('before this fix the same source stopped the build (only the address was wrapped)', () => {
    const addressOnly = source.replace('[4]: https://patches.ledger-db-7.corp/zqxpatch.diff', '[4]: <Internal>https://patches.ledger-db-7.corp/zqxpatch.diff</Internal>');
    expect(() => toFastMarkdown(addressOnly, { variant: 'internal', isMdx: true, file: 'post.mdx' })).toThrow(/undefined-reference|no "\[4\]/);
  });

  test('labels compare as CommonMark compares them; a definition line is no link', () => {
    const text = 'A [Patch  Notes] and [words][PATCH notes].\n\n[patch notes]: https://x.corp/\n';
    expect(referencesTo(text, 'patch notes', 0, []).map((r) => text.slice(r.start, r.end))).toEqual(['[Patch  Notes]', '[words][PATCH notes]']);
  });
});
