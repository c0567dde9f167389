import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { unreadTimeReason } from '../../src/lib/import/timeline-rows.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));

// Shape of the F# compiler's regression postmortems (2026-12-01 round): a timeline table of a
// change's history, its days written "08-04" under a header "Date (2026)", with rows of a month
// ("Jul 2024"), a bound ("≤ 2021") or a dash for a day not known.
describe('a regression\'s history table: the header\'s year, rows of a month or a year', () => {
  test('why a time cell gives no instant says what it gives', () => {
    expect(unreadTimeReason('Jul 2024')).toBe('time "Jul 2024" gives a month, not a day: kept in the body (no day is invented for it)');
    expect(unreadTimeReason('~2026-08')).toBe('time "~2026-08" gives a month, not a day: kept in the body (no day is invented for it)');
    expect(unreadTimeReason('≤ 2021')).toBe('time "≤ 2021" gives a year, not a day: kept in the body (no day is invented for it)');
    expect(unreadTimeReason('—')).toBe('no time written ("—")');
    expect(unreadTimeReason('Later')).toBe('time "Later" cannot be read');
  });

  test('days take the year the header states, not the report\'s first year; the other rows stay in the body with their reason', () => {
    const source = readFileSync(join(root, 'test/fixtures/import/reports/regression-history-timeline.md'), 'utf8');
    const result = importReport('regression-history-timeline.md', source, { vocabulary, today: '2026-11-30' });
    const data = parseYaml(splitFrontmatter(result.draft).yaml);
    // The report's first year is 2023 (its summary): the header says 2025.
    expect(data.timeline.map((row: { at: string }) => row.at)).toEqual(['2025-06-02T00:00:00Z', '2025-06-09T00:00:00Z']);
    expect(result.notes).toContain('row "06-02 | #871 | The release with index hints ships.": year of "06-02" taken from the table\'s header (2025)');
    expect(result.unread.map((row) => row.reason)).toEqual([
      'time "≤ 2023" gives a year, not a day: kept in the body (no day is invented for it)',
      'time "Mar 2025" gives a month, not a day: kept in the body (no day is invented for it)',
      'no time written ("—")',
    ]);
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
  });
});

// Modelled on the PyPI blog's incident reports: "## What Happened" tells the incident day by day,
// "### Sunday, March 31st, 2024" over paragraphs and `* 06:20: …` items, with no section named a
// timeline, so the draft had no rows.
describe('a narrative told day by day is the timeline', () => {
  test('each day heading dates the time-only items under it', () => {
    const source = readFileSync(join(root, 'test/fixtures/import/posts/mirror-sync-day-by-day.md'), 'utf8');
    const result = importReport('mirror-sync-day-by-day.md', source, { vocabulary, today: '2026-12-01' });
    const data = parseYaml(splitFrontmatter(result.draft).yaml) as { timeline: { at: string; event: string; kind: string }[]; times: Record<string, string> };
    expect(data.timeline.map((row) => [row.at, row.kind])).toEqual([
      ['2024-10-08T07:10:00Z', 'detection'],
      ['2024-10-08T07:45:00Z', 'other'],
      ['2024-10-09T09:30:00Z', 'mitigation'],
      ['2024-10-09T10:05:00Z', 'resolution'],
    ]);
    expect(data.timeline[0].event).toBe('A maintainer reports that a release published the night before is missing from one mirror.');
    expect(data.times).toMatchObject({ detected: '2024-10-08T07:10:00Z', resolved: '2024-10-09T10:05:00Z' });
    // The paragraphs between the items stay in the body, not in the rows.
    expect(splitFrontmatter(result.draft).body).toContain('The first sign came from outside.');
  });

  test('a single dated heading over one timed item is no timeline (a changelog entry)', () => {
    const source = '# Release notes\n\n## 2024-10-08\n\n* 07:10: version 2.1 published.\n';
    const result = importReport('notes.md', source, { vocabulary, today: '2026-12-01' });
    expect((parseYaml(splitFrontmatter(result.draft).yaml) as { timeline?: unknown[] }).timeline).toBeUndefined();
  });
});
