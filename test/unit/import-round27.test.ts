import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { firstWrittenDay } from '../../src/lib/import/written-day.ts';
import { datelineDay } from '../../src/lib/import/report-dateline.ts';
import { readDayFirstSpan } from '../../src/lib/import/day-span.ts';
import { isFirstUpdate, latestUpdateOfOldestFirst } from '../../src/lib/import/latest-update.ts';
import { readIncidentRecord } from '../../src/lib/import/incident-records.ts';
import { htmlWithLineSentences } from '../../src/lib/import/line-sentences.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 27 (docs/import.md): a day-first span inside one month, a status notice's first update
// however short, a status page's HTML written a sentence a line. Fixtures written anew, modelled on the shapes found.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/round27');
const imported = (name: string) => {
  const result = importReport(name, readFileSync(join(fixtures, name), 'utf8'), { vocabulary, today: '2026-12-03' });
  return { ...result, frontmatter: parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any> };
};

describe('a day-first span inside one month', () => {
  test.each([
    ['7–8 September 2026', '2026-09-07'],
    ['7-8 Sept 2026', '2026-09-07'],
    ['7 to 8 September 2026', '2026-09-07'],
    ['Outage of 7th – 8th September 2026', '2026-09-07'],
  ])('"%s" opens on its first day', (text, day) => {
    expect(firstWrittenDay(text, 2025)?.date).toBe(day);
  });

  test('without a year, the first day takes the year it is read in', () => {
    expect(firstWrittenDay('7 to 8 September', 2025)?.date).toBe('2025-09-07');
  });

  test('a dateline that is such a span dates the report by its first day', () => {
    expect(datelineDay('7–8 September 2026', 2025)).toBe('2026-09-07');
    expect(datelineDay('7 to 8 September 2026', 2025)).toBe('2026-09-07');
  });

  test('what is no such span is read as before', () => {
    // The first number after the last: no span.
    expect(readDayFirstSpan('8-7 September 2026', 2025)).toBeUndefined();
    // Across months: withSpanYear's case, not this one.
    expect(firstWrittenDay('30 September – 2 October 2026', 2025)?.date).toBe('2026-09-30');
    // A version's number before a day stays a version's.
    expect(firstWrittenDay('Release 2.6.14 - 16 Sep 2026', 2025)?.date).toBe('2026-09-16');
    // A time after the last day is that day's alone.
    expect(readDayFirstSpan('7-8 September 2026 14:00', 2025)).toBeUndefined();
  });

  test('a title and a dateline so written date the draft by the first day', () => {
    expect(imported('network-move.md').fileName.startsWith('2026-09-07-')).toBe(true);
    expect(imported('network-move-dateline.md').fileName.startsWith('2026-09-07-')).toBe(true);
  });
});

describe('a status notice opening with a short first update', () => {
  test('its summary is the first update and the last, not the last alone', () => {
    const result = imported('2024-02-05-object-store-down.md');
    expect(result.frontmatter.summary).toBe('A fibre link failed. The gateways answer again and every bucket is readable.');
  });

  test('written newest first, its summary is still its first paragraph', () => {
    const result = imported('2024-02-06-mail-relay-delay.md');
    expect(result.frontmatter.summary).toMatch(/The relay drained its queue/);
    expect(result.frontmatter.summary).not.toMatch(/disk filled up/);
  });

  test('"**Resolved -**" is a label, and "Identified" before "Resolved" says oldest first', () => {
    expect(latestUpdateOfOldestFirst('**Identified** - A link failed.\n\n**Resolved -** All is up again.')?.text).toBe('All is up again.');
    expect(latestUpdateOfOldestFirst('**Resolved -** All is up again.\n\n**Identified** - A link failed.')).toBeUndefined();
  });

  test('a label alone, or a last update, is no first update', () => {
    expect(isFirstUpdate('Identified - A link failed.')).toBe(true);
    expect(isFirstUpdate('[Initial message]')).toBe(false);
    expect(isFirstUpdate('[Final message] The link is back.')).toBe(false);
  });
});

describe('a status page\'s HTML written a sentence a line in a folded scalar', () => {
  const record = readIncidentRecord(readFileSync(join(fixtures, '2025-03-10-archive-upgrade.yml'), 'utf8'))!;
  const result = importReport('2025-03-10-archive-upgrade.md', record.text, { vocabulary, today: '2026-12-03', keepPlannedWork: true });
  const summary = (parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any>).summary as string;

  test('a line with no full stop does not run into the next sentence', () => {
    expect(summary).toBe('From Monday 10 March 2025 the archive cluster moves to the storage firmware release 4.2');
    expect(record.text).toMatch(/release 4\.2\n\nThis keeps the controllers/);
  });

  test('a wrapped paragraph is joined as folding joins it', () => {
    expect(record.text).toContain('goes through the gateway of the Tier-2 network, which stays up');
  });

  test('what is no sentence on either side stays joined', () => {
    // A short line (a stamp), a next line that is no whole sentence ("CEST").
    expect(htmlWithLineSentences(['<p>', 'Update 1/07/2026 10:00', 'The filesystem is stable again.', '</p>'])).toBe('<p>\nUpdate 1/07/2026 10:00 The filesystem is stable again.\n</p>');
    expect(htmlWithLineSentences(['<p>', 'The nodes are expected back online by Monday at 12:00', 'CEST', '</p>'])).not.toContain('</p>\n<p>');
  });
});
