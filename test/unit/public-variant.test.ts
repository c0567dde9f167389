import { describe, expect, test } from 'vitest';
import { stripInternalFromSource, stripVariantBlocksFromTree, PublicVariantError } from '../../src/lib/strip-internal.ts';
import { parseBodyTree } from '../../src/lib/body-tree.ts';
import { extractPlainText } from '../../src/lib/postmortem-text.ts';
import { isPubliclyVisible, toPublicPostmortem } from '../../src/lib/public-projection.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';
import { postmortemObjectSchema } from '../../src/lib/postmortem-schema.ts';

const frontmatter = '---\ntitle: secret-title\nteams: [sre]\n---\n';

describe('stripInternalFromSource', () => {
  const cases: [string, string, string[], string[]][] = [
    ['block', 'Before.\n\n<Internal>\nhidden-block text\n</Internal>\n\nAfter.\n', ['Before.', 'After.'], ['hidden-block']],
    ['inline in a paragraph', 'Public start <Internal>hidden-inline</Internal> public end.\n', ['Public start', 'public end.'], ['hidden-inline']],
    ['block with a list, a table and code', 'Keep.\n\n<Internal>\n- hidden-item\n\n| a | b |\n| - | - |\n| hidden-cell | 2 |\n\n```\nhidden-code\n```\n</Internal>\n', ['Keep.'], ['hidden-item', 'hidden-cell', 'hidden-code']],
    ['adjacent blocks', '<Internal>\nhidden-one\n</Internal>\n<Internal>\nhidden-two\n</Internal>\n\nShown.\n', ['Shown.'], ['hidden-one', 'hidden-two']],
    ['nested in PublicOnly', '<PublicOnly>\nSorry.\n\n<Internal>\nhidden-nested\n</Internal>\n</PublicOnly>\n', ['Sorry.', '<PublicOnly>'], ['hidden-nested']],
    ['CRLF line endings', 'Keep.\r\n\r\n<Internal>\r\nhidden-crlf\r\n</Internal>\r\n\r\nAlso.\r\n', ['Keep.', 'Also.'], ['hidden-crlf']],
  ];
  test.each(cases)('%s', (_name, body, kept, removed) => {
    const source = frontmatter + body;
    const output = stripInternalFromSource(source, { isMdx: true });
    for (const text of kept) expect(output).toContain(text);
    for (const text of removed) expect(output).not.toContain(text);
    // The frontmatter (internal fields) is gone, line numbers are kept, and the result still parses.
    expect(output).not.toContain('secret-title');
    expect(output.split(/\r?\n/).length).toBe(source.split(/\r?\n/).length);
    expect(() => parseBodyTree(output, true)).not.toThrow();
  });

  test('a .md file with an <Internal> tag is refused, not published as raw HTML', () => {
    expect(() => stripInternalFromSource(`${frontmatter}<Internal>\nx\n</Internal>\n`, { isMdx: false, file: 'a.md' })).toThrow(PublicVariantError);
    expect(stripInternalFromSource(`${frontmatter}Plain markdown.\n`, { isMdx: false })).toContain('Plain markdown.');
  });
});

describe('variant text extraction', () => {
  const tree = parseBodyTree('Shared.\n\n<Internal>\nonly-internal\n</Internal>\n\n<PublicOnly>\nonly-public\n</PublicOnly>\n', true);
  test('public text has no Internal block; internal text has no PublicOnly block', () => {
    expect(extractPlainText(tree, 'public')).toBe('Shared.\nonly-public');
    expect(extractPlainText(tree, 'internal')).toBe('Shared.\nonly-internal');
  });
  test('tree step removes the blocks', () => {
    expect(JSON.stringify(stripVariantBlocksFromTree(tree, 'public'))).not.toContain('only-internal');
    expect(JSON.stringify(stripVariantBlocksFromTree(tree, 'internal'))).not.toContain('only-public');
  });
});

describe('public projection', () => {
  const vocabulary = parseVocabulary({
    teams: 'checkout: { name: Checkout team }\n',
    services: 'checkout-api: { name: Checkout API, owner: checkout, tier: 1, publicName: Checkout }\norders-db: { name: Orders DB, owner: checkout, tier: 1 }\n',
    tags: '', triggers: '',
  });
  const data = postmortemObjectSchema.parse({
    title: 'internal-title', summary: 'internal-summary', severity: 'SEV-1', status: 'published', visibility: 'public',
    services: ['checkout-api', 'orders-db'], teams: ['checkout'], tags: [], trigger: 'configuration', commander: 'internal-commander',
    times: { started: '2025-05-01T10:00:00Z', resolved: '2025-05-01T11:00:00Z' },
    impact: { description: 'Checkout failed.', start: '2025-05-01T10:00:00Z', end: '2025-05-01T10:30:00Z', usersAffected: 99 },
    drafted: '2025-05-02', published: '2025-05-05', reviewers: ['internal-reviewer'],
    timeline: [
      { at: '2025-05-01T10:05:00Z', event: 'internal-event', kind: 'detection' },
      { at: '2025-05-01T10:10:00Z', event: 'Status page updated.', kind: 'communication', public: true },
    ],
    contributors: ['internal-contributor'], mitigators: ['A mitigator customers may read.'],
    actionItems: [
      { id: 'AI-1', title: 'Add a check.', owner: 'checkout', due: '2025-06-01', priority: 'P1', type: 'prevent', status: 'done', verification: 'internal-verification', link: 'https://t.example/internal-link', public: true },
      { id: 'AI-2', title: 'internal-action', owner: 'checkout', due: '2025-06-01', priority: 'P1', type: 'detect', status: 'open', verification: 'v' },
    ],
    public: { title: 'Checkout unavailable', summary: 'Checkout failed for 30 minutes.', include: ['mitigators'] },
  });

  test('shows only allow-listed, public values', () => {
    const post = toPublicPostmortem('x', data, vocabulary);
    expect(post).toEqual({
      id: 'x', title: 'Checkout unavailable', summary: 'Checkout failed for 30 minutes.', impactLevel: 'Major outage',
      impactDescription: 'Checkout failed.', impactStart: '2025-05-01T10:00:00.000Z', impactEnd: '2025-05-01T10:30:00.000Z', impactMinutes: 30,
      services: ['Checkout'], timeline: [{ at: '2025-05-01T10:10:00.000Z', event: 'Status page updated.', kind: 'communication' }],
      actionItems: [{ title: 'Add a check.', status: 'done' }], mitigators: ['A mitigator customers may read.'], date: '2025-05-01', published: '2025-05-05',
    });
    const serialised = JSON.stringify(post);
    for (const secret of ['internal-', 'checkout-api', 'orders-db', 'Orders DB', 'Checkout team', 'AI-1', 'P1']) expect(serialised).not.toContain(secret);
  });

  test('only published public postmortems are publicly visible', () => {
    expect(isPubliclyVisible(data)).toBe(true);
    expect(isPubliclyVisible({ ...data, status: 'in-review' })).toBe(false);
    expect(isPubliclyVisible({ ...data, visibility: 'internal' })).toBe(false);
    expect(() => toPublicPostmortem('x', { ...data, visibility: 'internal' }, vocabulary)).toThrow(/not marked public/);
  });
});

describe('links in public posts', () => {
  const source = `${frontmatter}See [the earlier post](/postmortems/public-one/) and [an internal one](/postmortems/secret-one/#x), the [docs](https://example.com/) and [tags](/tags/db/).\n`;
  const rewriteLink = (url: string) => {
    if (!/^\/(postmortems|tags)\//.test(url)) return undefined;
    return url.startsWith('/postmortems/public-one/') ? '/incidents/public-one/' : null;
  };
  test('point at public posts, lose their target when it is internal, and leave external links alone', () => {
    const output = stripInternalFromSource(source, { isMdx: true, rewriteLink });
    expect(output).toContain('[the earlier post](/incidents/public-one/)');
    expect(output).toContain('and an internal one, the [docs](https://example.com/) and tags.');
    expect(output).not.toContain('/postmortems/');
    expect(output).not.toContain('secret-one');
  });

  test('a reference definition is rewritten as an inline link is, and goes; its line break stays (canary round 32)', () => {
    const referenced = `${frontmatter}See [the earlier post][pub], [an internal one][sec] and [the docs][docs].\n\n[pub]: /postmortems/public-one/\n[sec]: /incidents/secret-one/\n[docs]: https://example.com/\n\nAfter.\n`;
    const rewrite = (url: string) => (/^\/(postmortems|incidents)\//.test(url) ? (url.includes('public-one') ? '/incidents/public-one/' : null) : undefined);
    const output = stripInternalFromSource(referenced, { isMdx: true, rewriteLink: rewrite });
    expect(output).toContain('See [the earlier post](/incidents/public-one/), an internal one and [the docs][docs].');
    expect(output).toContain('[docs]: https://example.com/');
    expect(output).not.toContain('secret-one');
    expect(output.split('\n').indexOf('After.')).toBe(referenced.split('\n').indexOf('After.'));
  });
});
