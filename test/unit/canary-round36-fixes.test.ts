import { describe, expect, test } from 'vitest';
import { lookalikeComponentName } from '../../src/lib/component-tag-lookalikes.ts';
import { findMarkup, isComment, isVariantTag } from '../../src/lib/plain-text-fields.ts';
import { hiddenPostIdFindings } from '../../src/lib/publication/hidden-post-ids.ts';

/** The fixes of canary round 36 (docs/architecture.md), each on the probe that leaked before it. */
describe('comments and look-alike tags in a plain-text field', () => {
  test('an HTML or MDX comment is markup a frontmatter field shows as typed', () => {
    expect(findMarkup('Status page updated. <!-- the bridge -->')).toBe('<!-- the bridge -->');
    expect(findMarkup('Checkout errors {/* the bridge */}')).toBe('{/* the bridge */}');
    expect(isComment(findMarkup('a <!-- b')!)).toBe(true);
  });
  test('<Internal> in full-width letters, with a combining dot or split by an invisible character is the component\'s tag', () => {
    for (const text of ['<Ｉｎｔｅｒｎａｌ>x</Ｉｎｔｅｒｎａｌ>', '<I\u0307nternal>x</I\u0307nternal>', '<Inte\u200Brnal>x', '＜Internal＞x']) {
      expect(isVariantTag(findMarkup(text) ?? ''), text).toBe(true);
    }
  });
  test('text without markup is none', () => {
    expect(findMarkup('p99 < 200 ms > target, {braces} and /* a path */')).toBeUndefined();
  });
});

describe('a dotless i', () => {
  test('<ınternal> imitates the component (it stopped the build naming a page, not the file)', () => {
    expect(lookalikeComponentName('\u0131nternal')).toBe('Internal');
  });
});

describe('the id of a post customers do not see, in a public one', () => {
  const hidden = '2025-03-02-payroll-db-leak';
  const scanned = (publicLines: string[], fields: { path: (string | number)[]; text: string }[] = []) =>
    hiddenPostIdFindings([{ file: 'p.mdx', publicLines, sourceLines: ['---', 'timeline:', '  - event: x', '---', ...publicLines], findings: [], publicFields: fields }], [hidden])[0];
  test('as the words of a link, a bare address and URL-encoded in the body: each at its line and column', () => {
    const found = scanned(['', `See [${hidden}](https://status.example.com/).`, `See https://status.example.com/incidents/${hidden}/ too.`, `[x](/a) ${hidden.replace(/-/g, '%2D')}`]);
    expect(found.map((f) => [f.line, f.column, f.rule])).toEqual([[2, 6, 'redact/internal-name'], [3, 42, 'redact/internal-name'], [4, 1, 'redact/internal-name']]);
  });
  test('in a public timeline event (a plain-text field), at its field', () => {
    const found = scanned([], [{ path: ['timeline', 0, 'event'], text: `See [the earlier one](/incidents/${hidden.toUpperCase()}/).` }]);
    expect(found.map((f) => f.field)).toEqual(['timeline.0.event']);
  });
  test('a Markdown link\'s target and a reference definition are left to the build\'s link rewriter', () => {
    expect(scanned([`See [earlier](/postmortems/${hidden}/).`, `[prev]: /incidents/${hidden}/`])).toEqual([]);
  });
});
