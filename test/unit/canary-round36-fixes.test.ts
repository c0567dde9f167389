import { describe, expect, test } from 'vitest';
import { lookalikeComponentName } from '../../src/lib/component-tag-lookalikes.ts';
import { findMarkup, isComment, isVariantTag } from '../../src/lib/plain-text-fields.ts';
import { hiddenPostIdFindings } from '../../src/lib/publication/hidden-post-ids.ts';
import { withLatinLookalikesReplaced } from '../../src/lib/confusables.ts';

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
  test('an ASCII text is read as written, which lets findMarkup skip its reading (session 37): no ASCII character is a look-alike, a compatibility form, a mark or a format character', () => {
    for (let code = 0; code < 0x80; code++) {
      const character = String.fromCharCode(code);
      expect(withLatinLookalikesReplaced(character), `U+${code.toString(16)}`).toBeUndefined();
      expect(character.normalize('NFKD').normalize('NFKC'), `U+${code.toString(16)}`).toBe(character);
      expect(/[\p{M}\p{Cf}]/u.test(character), `U+${code.toString(16)}`).toBe(false);
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

describe('the hidden ids read once a line (session 37: each id was searched in every line)', () => {
  // What the check finds, written as it was: every id searched in every line and field.
  function searchedIdById(posts: Parameters<typeof hiddenPostIdFindings>[0], hiddenIds: string[]) {
    const ids = hiddenIds.map((id) => id.toLowerCase());
    const decoded = (text: string) => { try { return decodeURIComponent(text); } catch { return text; } };
    return posts.map((post) => [
      ...post.publicLines.flatMap((text, index) => {
        const shown = text.toLowerCase().replace(/\]\([^)]*\)/g, (target) => ' '.repeat(target.length)).replace(/^(\s*\[[^\]]+\]:\s*)\S+/, (definition, label: string) => label + ' '.repeat(definition.length - label.length));
        return ids.filter((id) => shown.includes(id) || decoded(shown).includes(id)).map((id) => [index + 1, shown.indexOf(id) + 1 || 1, id]);
      }),
      ...(post.publicFields ?? []).flatMap((field) => ids.filter((id) => decoded(field.text.toLowerCase()).includes(id)).map((id) => [field.path.join('.'), id])),
    ]);
  }
  const ids = ['2024-01-05-db', '2024-01-05-db-failover', '2024-01-05-DB-Failover-Again', 'x', '2023-11-30-queue-stall', '2024-01-05-db', 'a%zz'];
  const lines = [
    'Nothing here.', 'The 2024-01-05-db-failover-again post and 2024-01-05-DB again; 2023-11-30-queue-stall.',
    'Encoded: 2024%2D01%2D05%2Ddb, broken %E0%A4%A.', '[words](/postmortems/2023-11-30-queue-stall/) and A%ZZ',
    '[prev]: /incidents/2024-01-05-db/', 'İstanbul 2024-01-05-db', '',
  ];
  const posts = [{ file: 'p.mdx', publicLines: lines, sourceLines: ['---', 'title: t', '---', ...lines], findings: [], publicFields: [{ path: ['title'], text: 'After 2024-01-05-DB-FAILOVER, x' }, { path: ['summary'], text: 'none' }] }];
  test('the same ids at the same lines, columns and fields, in the same order, as searching each id', () => {
    const found = hiddenPostIdFindings(posts, ids)[0].map((f) => (f.field ? [f.field, /"([^"]+)"/.exec(f.message)![1]] : [f.line, f.column, /"([^"]+)"/.exec(f.message)![1]]));
    expect(found).toEqual(searchedIdById(posts, ids)[0]);
    expect(found.length).toBe(12);
  });
  test('no hidden ids, no findings', () => {
    expect(hiddenPostIdFindings(posts, [])).toEqual([[]]);
  });
  // Session 41: a position is looked up only when its character opens an id; ids opening with a
  // letter, one above U+00FF, one a capital lowercases to another letter, and one decoded only.
  test('ids opening with any character are found where they are, as searching each id', () => {
    const opened = ['Été-2024-panne', 'ψ-outage-7', 'Σ-2023-x', 'q%2D1', '2024-01-05-db'];
    const text = ['Voir été-2024-panne; ψ-outage-7 and σ-2023-x.', 'Q-1 encoded: q%252D1 and q%2D1', 'no ψ here', 'x%C3%A9t%C3%A9-2024-panne'];
    const several = [{ file: 'p.mdx', publicLines: text, sourceLines: ['---', '---', ...text], findings: [], publicFields: [{ path: ['title'], text: 'ÉTÉ-2024-PANNE' }] }];
    const found = hiddenPostIdFindings(several, opened)[0].map((f) => (f.field ? [f.field, /"([^"]+)"/.exec(f.message)![1]] : [f.line, f.column, /"([^"]+)"/.exec(f.message)![1]]));
    expect(found).toEqual(searchedIdById(several, opened)[0]);
    expect(found.length).toBe(6);
  });
});

// Look round 41: a hidden post whose id is one everyday word (`analysis.mdx`) made every public post
// saying "analysis" an error (123 of them); the word names no post, its address still does.
describe('a hidden post whose id is one everyday word', () => {
  const post = (publicLines: string[], file = 'p.mdx', fields: { path: string[]; text: string }[] = []) =>
    ({ file, publicLines, sourceLines: ['---', '---', ...publicLines], findings: [], publicFields: fields });
  const ids = (posts: ReturnType<typeof post>[], hidden: string[]) => hiddenPostIdFindings(posts, hidden)[0].map((f) => /"([^"]+)"/.exec(f.message)![1]);

  test('the word in prose, in a field and in a public file name is no finding', () => {
    expect(ids([post(['The root cause analysis took a week.'], 'postmortems/2025-01-02-analysis-follow-up.mdx', [{ path: ['summary'], text: 'Analysis of the outage.' }])], ['analysis'])).toEqual([]);
  });
  test('the word as an address, a file name or a fragment is still found', () => {
    expect(ids([post(['See https://kb.example/postmortems/analysis/ for more.'])], ['analysis'])).toEqual(['analysis']);
    expect(ids([post(['The draft is analysis.mdx in the repository.'])], ['analysis'])).toEqual(['analysis']);
    expect(ids([post(['Linked as /incidents/analysis#timeline.'])], ['analysis'])).toEqual(['analysis']);
  });
  test('a coined one-word id, a given name and a dated id are still found in prose', () => {
    expect(ids([post(['The zorbexgate review is closed.'])], ['zorbexgate'])).toEqual(['zorbexgate']);
    expect(ids([post(['Thanks to travis for the review.'])], ['travis'])).toEqual(['travis']);
    expect(ids([post(['See 2025-03-02-payroll-db-leak for the details.'])], ['2025-03-02-payroll-db-leak'])).toEqual(['2025-03-02-payroll-db-leak']);
  });
});
