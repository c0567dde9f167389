// MkDocs admonitions (`!!! tip`, `??? note "Title"`) imported as quotes (src/lib/import/admonitions.ts):
// look round 42 saw a guide's `!!! tip` shown as text over its words shown as a code block.
import { describe, expect, test } from 'vitest';
import { readSource } from '../../src/lib/import/source-text.ts';
import { mkdocsAdmonitionsAsQuotes } from '../../src/lib/import/admonitions.ts';

describe('MkDocs admonitions in an imported Markdown report', () => {
  const report = [
    '# Queue outage',
    '',
    '!!! tip',
    '    Send the draft a day before the review.',
    '',
    '    Nobody reads it aloud then.',
    'The review took an hour.',
    '',
    '??? warning "Do not page twice"',
    '    The second page woke the wrong team.',
    '',
    '```',
    '!!! note',
    '    kept in code',
    '```',
    '',
  ].join('\n');

  test('each becomes a quote headed by its kind and title, its words unindented; the next paragraph stays outside', () => {
    const { markdown } = readSource('2024-02-01-queue-outage.md', report);
    expect(markdown).toContain('> **Tip**\n>\n> Send the draft a day before the review.\n>\n> Nobody reads it aloud then.\n\nThe review took an hour.');
    expect(markdown).toContain('> **Warning: Do not page twice**\n>\n> The second page woke the wrong team.');
    expect(markdown).not.toMatch(/^!!! tip$/m);
  });

  test('fenced code is left as written, and text with no admonition is unchanged', () => {
    expect(readSource('2024-02-01-queue-outage.md', report).markdown).toContain('```\n!!! note\n    kept in code\n```');
    const plain = 'No admonition here!!! Really.\n    An indented code line.';
    expect(mkdocsAdmonitionsAsQuotes(plain)).toEqual({ markdown: plain, count: 0 });
  });

  test('`!!!tip "Title"` with no space after the marker is one too (Python-Markdown takes it); with no text under it, it is prose', () => {
    const written = ['!!!tip "Page once"', '    A second page woke the wrong team.', '', '!!!Important', 'The pager is fine.'].join('\n');
    const { markdown, count } = mkdocsAdmonitionsAsQuotes(written);
    expect(markdown).toContain('> **Tip: Page once**\n>\n> A second page woke the wrong team.');
    expect(markdown).toContain('!!!Important\nThe pager is fine.');
    expect(count).toBe(1);
  });

  test('counts what it turned into quotes', () => {
    expect(mkdocsAdmonitionsAsQuotes(report).count).toBe(2);
  });
});
