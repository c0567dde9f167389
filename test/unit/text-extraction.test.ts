import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { extractNamedSections, extractPlainText, extractSections, internalReadingOfLine, withoutPublicOnlyBlocks } from '../../src/lib/postmortem-text.ts';

/** The same pipeline as src/lib/validate-postmortem.ts. */
const parse = (mdx: string) => unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(mdx) as Root;

const body = `import Chart from './chart.astro';

Checkout failed for **38 minutes** after a [migration](https://example.com) ran.

<Internal>
The runbook lives on host db-7.internal.
</Internal>

<PublicOnly>
We are sorry for the disruption.
</PublicOnly>

## What happened

The \`ALTER TABLE\` took an exclusive lock. Writes queued {1 + 1} behind it.

\`\`\`sql
lock wait timeout exceeded
\`\`\`

| Time | Event |
| --- | --- |
| 10:02 | pages fired |

### Detail

Pool exhausted <Internal>on pgbouncer-3</Internal> quickly.

## Contributing factors

- no lock_timeout
- review missed table size

## What went well

![dashboard showing the queue](chart.png)
The flag worked.
`;

describe('extractPlainText', () => {
  const tree = parse(body);

  test('public text drops Internal blocks and inline Internal, keeps PublicOnly', () => {
    const text = extractPlainText(tree, { includeInternal: false });
    expect(text).not.toMatch(/db-7|runbook|pgbouncer-3/);
    expect(text).toContain('We are sorry for the disruption.');
    expect(text).toContain('Pool exhausted  quickly.');
  });

  test('internal text keeps Internal content and drops PublicOnly', () => {
    const text = extractPlainText(tree, { includeInternal: true });
    expect(text).toContain('The runbook lives on host db-7.internal.');
    expect(text).toContain('Pool exhausted on pgbouncer-3 quickly.');
    expect(text).not.toContain('sorry');
  });

  test('keeps prose, inline code, code blocks, table cells and alt text; drops ESM and expressions', () => {
    const text = extractPlainText(tree, { includeInternal: true });
    expect(text.split('\n')).toEqual([
      'Checkout failed for 38 minutes after a migration ran.',
      'The runbook lives on host db-7.internal.',
      'What happened',
      'The ALTER TABLE took an exclusive lock. Writes queued  behind it.',
      'lock wait timeout exceeded',
      'Time Event',
      '10:02 pages fired',
      'Detail',
      'Pool exhausted on pgbouncer-3 quickly.',
      'Contributing factors',
      'no lock_timeout',
      'review missed table size',
      'What went well',
      'dashboard showing the queue',
      'The flag worked.',
    ]);
    expect(text).not.toContain('import');
  });

  test('accepts the variant name as well', () => {
    expect(extractPlainText(tree, 'public')).toBe(extractPlainText(tree, { includeInternal: false }));
    expect(extractPlainText(tree, 'internal')).toBe(extractPlainText(tree, { includeInternal: true }));
  });

  test('an empty body gives an empty string', () => {
    expect(extractPlainText(parse(''), { includeInternal: true })).toBe('');
  });
});

describe('extractSections', () => {
  const tree = parse(body);

  test('splits at headings; a section includes its sub-sections', () => {
    const sections = extractSections(tree, { includeInternal: false });
    expect(sections.map((s) => [s.heading, s.depth])).toEqual([
      ['', 0],
      ['What happened', 2],
      ['Detail', 3],
      ['Contributing factors', 2],
      ['What went well', 2],
    ]);
    expect(sections[0].text).toBe('Checkout failed for 38 minutes after a migration ran.\nWe are sorry for the disruption.');
    expect(sections[1].text).toContain('exclusive lock');
    expect(sections[1].text).toContain('Pool exhausted');
    expect(sections[2].text).toBe('Pool exhausted  quickly.');
    expect(sections[3].text).toBe('no lock_timeout\nreview missed table size');
  });

  test('a heading inside an Internal block is not a public section', () => {
    const tree = parse('Intro.\n\n<Internal>\n## Secret heading\n\nsecret text\n</Internal>\n\n## Public heading\n\nshown\n');
    expect(extractSections(tree, { includeInternal: false }).map((s) => s.heading)).toEqual(['', 'Public heading']);
    expect(extractSections(tree, { includeInternal: true }).map((s) => s.heading)).toEqual(['', 'Secret heading', 'Public heading']);
  });
});

describe('extractNamedSections', () => {
  const tree = parse(body);

  test('picks analysis-like sections by heading, without repeating sub-sections', () => {
    expect(extractNamedSections(tree, { includeInternal: true }).split('\n')).toEqual([
      'The ALTER TABLE took an exclusive lock. Writes queued  behind it.',
      'lock wait timeout exceeded',
      'Time Event',
      '10:02 pages fired',
      'Detail',
      'Pool exhausted on pgbouncer-3 quickly.',
      'no lock_timeout',
      'review missed table size',
    ]);
  });

  test('takes a custom heading pattern', () => {
    expect(extractNamedSections(tree, { includeInternal: true }, /went well/i)).toBe('dashboard showing the queue\nThe flag worked.');
    expect(extractNamedSections(tree, { includeInternal: true }, /nothing matches/)).toBe('');
  });
});

describe('the internal reading of raw source, without a syntax tree', () => {
  const line = 'Paged <Internal>Ana Lima (@alima)</Internal><PublicOnly>an engineer</PublicOnly> at 02:10, then <PublicOnly>the team</PublicOnly>restarted it.';

  test('leaves out what only the public page shows, and keeps <Internal> tags for readers that count them', () => {
    expect(withoutPublicOnlyBlocks(line)).toBe('Paged <Internal>Ana Lima (@alima)</Internal> at 02:10, then restarted it.');
    expect(withoutPublicOnlyBlocks('a<PublicOnly>b</PublicOnly>c', ' ')).toBe('a c');
    expect(withoutPublicOnlyBlocks('no blocks here')).toBe('no blocks here');
  });

  test('reads a line as the internal page does: the text of <Internal> kept, its tags gone', () => {
    expect(internalReadingOfLine(line)).toBe('Paged Ana Lima (@alima) at 02:10, then restarted it.');
  });
});
