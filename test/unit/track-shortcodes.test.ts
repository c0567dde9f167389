import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { mdxToJs } from 'satteri';
import { importReport } from '../../src/lib/import/import-report.ts';
import { readableTrackShortcodes } from '../../src/lib/import/track-shortcodes.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

const vocabulary = loadVocabulary(resolve(import.meta.dirname, '../../content'));

// A status issue as a Hugo status theme keeps it (written for this test): each update ends with
// the moment it was posted as a shortcode only that site's templates read.
const issue = [
  '---',
  'title: Mirror sync stalled',
  'date: 2025-06-02 07:40:00',
  'resolved: true',
  'resolvedWhen: 2025-06-02 09:05:00',
  'section: issue',
  '# a theme\'s template comment, kept as written under "Imported metadata": {{< track "2019-01-01 10:00:00" >}}',
  '---',
  '',
  'Package mirrors stopped receiving new releases; downloads of older ones worked. {{< track "2025-06-02 07:55:00" >}}',
  '',
  'The sync job was restarted and mirrors caught up. {{< track "2025-06-02 09:05:00" >}}',
  '',
  // No full stop before the shortcode: its time is read in the same sentence as the words.
  '**Resolved:** This should be fixed now {{< track "2025-06-02 09:20:00" >}}',
  '',
  'Our docs show the shortcode as `{{< track "2025-01-01 00:00:00" >}}` in code.',
  '',
].join('\n');

describe('status updates timed by a {{< track >}} shortcode (session 26)', () => {
  test('the draft body shows each update\'s time in words, not the raw shortcode the site printed', () => {
    const result = importReport('2025-06-02-mirror-sync.md', issue, { vocabulary, today: '2026-12-03' });
    const { body } = splitFrontmatter(result.draft);
    const prose = body.split('<Internal>')[0];
    expect(prose).toContain('mirrors caught up. (posted 2025-06-02 09:05:00)');
    expect(prose).toContain('fixed now (posted 2025-06-02 09:20:00)');
    expect(prose.replace(/`[^`]*`/g, '')).not.toMatch(/\\?\{\\?\{\\?<\s*track/);
    // Code is kept byte for byte.
    expect(prose).toContain('`{{< track "2025-01-01 00:00:00" >}}`');
    expect(findLostSentences(issue, 'markdown', result.draft)).toEqual([]);
    expect(() => mdxToJs(body)).not.toThrow();
  });

  test('only a shortcode with a quoted time is rewritten; fenced code is left alone', () => {
    const text = 'Done. {{% track "2024-02-03 10:00:00" %}}\n\n```\n{{< track "2024-02-03 11:00:00" >}}\n```\n';
    const { markdown, replaced } = readableTrackShortcodes(text);
    expect(replaced).toBe(1);
    expect(markdown).toBe('Done. (posted 2024-02-03 10:00:00)\n\n```\n{{< track "2024-02-03 11:00:00" >}}\n```\n');
  });
});
