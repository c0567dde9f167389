import { describe, expect, test } from 'vitest';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { collectReviewTerms } from '../../src/lib/publication/review-report.ts';
import type { Finding } from '../../src/lib/findings.ts';

const finding = (line: number, column: number, rule: string, text: string): Finding => ({
  file: 'x.mdx', line, column, rule, severity: 'error', message: `something would be published: "${text}".`,
});

const source = [
  '---',
  'public:',
  '  title: Outage after Ekaterina changed Cost-janitor',
  '---',
  'Ekaterina restarted it; see `kubectl -n payments-prod-3 get pods`.',
  '',
  '```sh',
  'curl http://10.1.2.3/health',
  '```',
  'Open [the fix](https://github.com/acme/pool/pull/1) now.',
].join('\n');

/** A finding for the first occurrence of `text` on a line, at its real column. */
const at = (line: number, rule: string, text: string) => finding(line, source.split('\n')[line - 1].indexOf(text) + 1, rule, text);

describe('applyRedactionFixes', () => {
  const findings = [
    at(3, 'redact/person', 'Ekaterina'),
    at(3, 'redact/identifier', 'Cost-janitor'),
    at(5, 'redact/person', 'Ekaterina'),
    at(5, 'redact/identifier', 'payments-prod-3'),
    at(8, 'redact/ip-address', '10.1.2.3'),
    at(10, 'redact/internal-link', 'https://github.com/acme/pool/pull/1'),
  ];

  test('.mdx: roles for people, <Internal> around code spans, code blocks and links, generic words in frontmatter', () => {
    const result = applyRedactionFixes(source, findings, { isMdx: true });
    expect(result.skipped).toEqual([]);
    expect(result.source.split('\n')).toEqual([
      '---',
      'public:',
      '  title: Outage after an engineer changed an internal system',
      '---',
      'An engineer restarted it; see <Internal>`kubectl -n payments-prod-3 get pods`</Internal>.',
      '',
      '<Internal>',
      '```sh',
      'curl http://10.1.2.3/health',
      '```',
      '</Internal>',
      'Open <Internal>[the fix](https://github.com/acme/pool/pull/1)</Internal> now.',
    ]);
    expect(result.applied.map((a) => a.rule)).toEqual(findings.map((f) => f.rule));
  });

  test('.md: generic words instead of components; a code block is left to the author', () => {
    const result = applyRedactionFixes(source, findings, { isMdx: false });
    expect(result.source).toContain('see `kubectl -n an internal system get pods`');
    expect(result.skipped.map((s) => s.finding.rule)).toEqual(['redact/ip-address']);
  });

  test('a finding whose text is not at its place is skipped, not guessed', () => {
    const result = applyRedactionFixes(source, [finding(5, 2, 'redact/person', 'Ekaterina')], { isMdx: true });
    expect(result.source).toBe(source);
    expect(result.skipped).toHaveLength(1);
  });

  test('a name folded over two lines of a YAML value is replaced whole', () => {
    const folded = ['---', 'timeline:', '  - event: commit 80487b9 upgraded the chart, merged by Ben', '      Smith.', '---', ''].join('\n');
    const result = applyRedactionFixes(folded, [finding(3, 57, 'redact/person', 'Ben Smith')], { isMdx: true });
    expect(result.skipped).toEqual([]);
    expect(result.source).toContain('merged by an engineer.');
    expect(result.source).not.toMatch(/Ben|Smith/);
  });
});

describe('collectReviewTerms', () => {
  test('lists proper nouns, identifiers and code customers will read, not sentence starts, dates or known public names', () => {
    const terms = collectReviewTerms([
      { text: 'Checkout failed.', line: 3 },
      { text: 'The Orion cluster and pool-7 failed on Tuesday, 14 March.\nWe restarted `pgbouncer` for Checkout.\n<PublicOnly>Sorry.</PublicOnly>', line: 10 },
    ], ['Checkout']);
    expect(terms.map((t) => [t.term, t.line, t.kind])).toEqual([
      ['Orion', 10, 'proper noun'],
      ['pool-7', 10, 'identifier'],
      ['`pgbouncer`', 11, 'code'],
    ]);
  });
});

describe('collectReviewTerms with one-word internal names', () => {
  test('every use of a one-word vocabulary name is listed, in any case', () => {
    const terms = collectReviewTerms([{ text: 'Mail from notifications was late; Notifications recovered.', line: 5 }], [], ['notifications']);
    expect(terms.filter((t) => t.kind === 'internal word').map((t) => [t.term, t.count, t.line])).toEqual([['notifications', 2, 5]]);
  });
});
