import { describe, expect, it, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport, openingSpan } from '../../src/lib/import/import-report.ts';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';
import { timeInRowWords } from '../../src/lib/import/row-words-time.ts';
import { programLogLines } from '../../src/lib/import/program-log.ts';
import { draftFileSlug } from '../../src/lib/import/non-latin-title-slug.ts';
import { timelineHeading } from '../../src/lib/body-timeline.ts';
import { readDatedLog } from '../../src/lib/import/dated-log.ts';
import { ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Import round 46 (docs/import.md): dates and times written military style, a monthly post's table
// of incidents whose times are in its words, reports of plain "Label: value" lines, a program's log
// saved as .txt beside the report. Fixtures written anew (invented organisations and systems), read
// through the functions: no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round46');
const vocabulary = loadVocabulary(join(root, 'content'));
const imported = (path: string) => {
  const result = importReport(path, readFileSync(join(fixtures, path), 'utf8'), { vocabulary, today: '2026-12-05' });
  type Frontmatter = Record<string, unknown> & { summary?: string; impact?: { description?: string }; times?: Record<string, string>; timeline?: { at: string; event: string }[] };
  return { result, frontmatter: parseYaml(splitFrontmatter(result.draft).yaml) as Frontmatter };
};

describe('a day and month run together with their year, and times without their colon', () => {
  it.each([
    ['15Sep94', '1994-09-15'],
    ['03JAN2021', '2021-01-03'],
    ['7mar23', '2023-03-07'],
  ])('%s is %s', (written, day) => {
    expect(readWrittenTime(written, { year: 2026 }).date).toBe(day);
  });
  it.each(['31Feb94', '15Sept94x', '15Sepx94'])('%s is no date', (written) => {
    expect(readWrittenTime(written, { year: 2026 }).date).toBeUndefined();
  });
  test('"from 0414 to 0423 on 07Mar23" is the opening span, in the zone its rows write ("04:14 CST")', () => {
    const { result, frontmatter } = imported('field-report.md');
    expect(frontmatter.times?.started).toBe('2023-03-07T10:14:00Z');
    expect(frontmatter.times?.resolved).toBe('2023-03-07T10:23:00Z');
    expect(result.inferred.join('\n')).toContain('read in CST, the zone its timeline\'s rows write');
  });
  test('years are no colonless times', () => {
    expect(openingSpan('Errors grew from 2019 to 2021 on the old cluster.', { year: 2026 })).toBeUndefined();
  });
});

describe('a date-only row whose words say when its event began', () => {
  test('a monthly table of incidents places each row at the time its first sentence states', () => {
    const { result, frontmatter } = imported('monthly/march-2026.md');
    expect(frontmatter.timeline!.map((row) => row.at)).toEqual(['2026-03-04T13:20:00Z', '2026-03-11T06:40:00Z', '2026-03-26T00:00:00Z']);
    expect(result.notes.join('\n')).toContain('the time 13:20 read from its words ("around 13:20pm"): check it is when the event began');
  });
  it.each([
    ['Slow geocoding started at 06:40am after a restart. It recovered by 07:15am.', '06:40', false],
    ['Backlog began around 21:05 UTC. Cleared at 22:00.', '21:05', true],
    ['Latency rose from about 11:30am.', '11:30', true],
  ])('%s', (event, time, approximate) => {
    expect(timeInRowWords(event)).toMatchObject({ time, approximate });
  });
  it.each([
    'The nightly export did not run.',
    'Response times grew to about 100ms.',
    'Outage lasted 45 minutes. It was resolved at 10:05.',
  ])('no time: %s', (event) => {
    expect(timeInRowWords(event)).toBeUndefined();
  });
});

describe('a report of plain "Label: value" lines', () => {
  test('its labels are its sections: the impact read; the summary its opening paragraph, as round 44 chose', () => {
    const { frontmatter } = imported('labelled-lines/ledger-lock.md');
    expect(frontmatter.impact?.description).toBe('Invoices could not be saved for 25 minutes, and the retry queue grew to 40,000 jobs.');
    // Since round 47 the summary leaves out the Impact line, the impact description's words.
    expect(frontmatter.summary).toBe('Root Cause: A schema change rebuilt the ledger index without a concurrent build and held a write lock.');
    expect(frontmatter.times?.started).toBe('2024-05-14T09:02:00Z');
    expect(frontmatter.timeline).toHaveLength(3);
  });
  test('one labelled line of prose is a sentence, not a section', () => {
    const { frontmatter } = imported('labelled-lines/note-line.md');
    expect(frontmatter.summary).toBe('Note: the mirror at the west site had been slow for a week before this.');
  });
});

describe("a program's log saved as text beside the report", () => {
  test('is no report; stamped lines of prose are', async () => {
    expect(programLogLines(readFileSync(join(fixtures, 'evidence/logs.txt'), 'utf8'))).toBe(5);
    expect(programLogLines(readFileSync(join(fixtures, 'evidence/deploy-notes.txt'), 'utf8'))).toBe(0);
    const refused = readReportContent('logs.txt', readFileSync(join(fixtures, 'evidence/logs.txt')));
    await expect(refused).rejects.toBeInstanceOf(ListingPageError);
    await expect(refused).rejects.toThrow("is a program's log (5 lines, each a day and time and a level such as INFO or ERROR), not a report");
  });
});

describe("a title in another script, its post's file named by its day", () => {
  test('the draft is named by the words of the file name after its day, not by the day twice', () => {
    expect(draftFileSlug('결제 대기열 지연 회고', '_posts/2024-03-02-payment-queue-delay.md').slug).toBe('payment-queue-delay');
    expect(draftFileSlug('결제 대기열 지연 회고', '_posts/2024-03-02.md').slug).not.toMatch(/2024/);
  });
});

describe('"events" in a heading that names no timeline', () => {
  it.each([
    ['Events', true], ['Key events', true], ['Summary of events', true], ['3. Timeline of Events', true], ['Events/Timeline:', true],
    ['2025-06-02: Event calendar shows no events', false], ['How did the watch receive zero events?', false], ['Check pod events', false],
  ])('%s: %s', (heading, timeline) => {
    expect(timelineHeading.test(heading)).toBe(timeline);
  });
  test("a status log's entry whose title says \"no events\" keeps its summary, and one titled by a ### heading under its day has one", () => {
    const log = readDatedLog(readFileSync(join(fixtures, 'status-log/status.md'), 'utf8'))!;
    const summaries = Object.fromEntries(log.reports.map((report) => {
      const result = importReport(`status.md${report.label}`, report.text, { vocabulary, today: '2026-12-05', exportKind: 'status log page' });
      return [report.label, (parseYaml(splitFrontmatter(result.draft).yaml) as { summary?: string }).summary];
    }));
    expect(summaries['#2025-06-02-event-calendar-shows-no-events']).toBe('The event calendar on the front pages was empty for part of the morning. The feed was restarted.');
    expect(Object.entries(summaries).find(([label]) => label.startsWith('#2025-06-09'))![1]).toBe('The June release went out to every branch site this evening. Clear the browser cache if pages look old.');
    // An incident of two entries: the oldest entry's words, then the latest's title and words.
    expect(summaries['#2025-06-12-loan-renewals-fail']).toBe("Renewing a loan gives an error page on every branch site. We are looking into it. Loan renewals work again. Renewals go through again after the library system's certificate was replaced.");
  });
});
