import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport, type ImportOptions } from '../../src/lib/import/import-report.ts';
import { ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';
import { metadataZoneEvidence, siblingMetadataZone } from '../../src/lib/import/metadata-time-zone.ts';
import { readStatusFeed } from '../../src/lib/import/status-feeds.ts';
import { isUptimeMonitorState } from '../../src/lib/import/uptime-monitor-state.ts';
import { bodyShowsTimeline } from '../../src/lib/body-timeline.ts';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { folderZoneReader } from '../../scripts/lib/folder-notes.ts';

// Round 28 (docs/import.md): a record's zone shown by its own words and its folder's other
// records, a time alone over its event and rows wrapped over lines, a table's day and time in two
// columns, a status feed's year and daylight-saving label, an uptime monitor's files refused with
// the way to their incidents, the page's timeline shown once. Fixtures written anew.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/round28');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;
const imported = (name: string, options: Partial<ImportOptions> = {}) => {
  const result = importReport(name, readFileSync(join(fixtures, name), 'utf8'), { vocabulary, today: '2026-12-03', ...options });
  return { ...result, frontmatter: frontmatterOf(result.draft) };
};
const record = async (name: string, options: Partial<ImportOptions> = {}) => {
  const file = join(fixtures, 'records', name);
  const content = await readReportContent(file, readFileSync(file));
  const result = importReport(name, content.text, { vocabulary, today: '2026-12-03', exportKind: content.exportKind, recordTimes: content.recordTimes, ...options });
  return { ...result, frontmatter: frontmatterOf(result.draft) };
};

describe('a record whose text gives the zone of its metadata times', () => {
  test('"around 09:40 CET" beside start_date 09:40: the times are read in CET/CEST, and said', async () => {
    const draft = await record('lab_20250304.yml');
    expect(draft.frontmatter.times.started).toBe('2025-03-04T08:40:00Z');
    expect(draft.frontmatter.times.resolved).toBe('2025-03-04T10:05:00Z');
    expect(draft.draft).toMatch(/read in CET\/CEST, as the report writes "09:40 CET" for its `start_date: 2025-03-04 09:40`/);
  });

  test('a time with a zone that is none of the metadata times is no evidence', () => {
    expect(metadataZoneEvidence('start_date: 2025-03-04 09:40:00\nThe backup ran at 03:00 CET.')).toBeUndefined();
    expect(metadataZoneEvidence('start_date: 2025-03-04 09:40:00+01:00\nStarted at 09:40 CET.')).toBeUndefined();
  });

  test('UTC tied to a metadata time is no signal, and two zones contradict each other', () => {
    expect(metadataZoneEvidence('start_date: 2025-03-04 09:40:00\nStarted at 09:40 UTC.')).toBe('UTC');
    expect(metadataZoneEvidence('start_date: 2025-03-04 09:40:00\nend_date: 2025-03-04 10:00:00\nStarted 09:40 CET, over 10:00 EST.')).toBeUndefined();
  });

  test('CET and CEST are one zone, read with the season of each time', () => {
    const winter = metadataZoneEvidence('start_date: 2025-03-04 09:40:00\nfrom 09:40 CET');
    const summer = metadataZoneEvidence('end_date: 2025-07-16 14:45:00\nback at 14:45 CEST');
    expect(winter !== 'UTC' && winter?.zone.label).toBe('CET/CEST');
    expect(summer !== 'UTC' && summer?.zone.label).toBe('CET/CEST');
  });
});

describe('the zone other records of the folder show', () => {
  const zoneOf = folderZoneReader();
  const folder = join(fixtures, 'records');

  test('a record stating no zone is read in the zone two other records show, and the draft says which', async () => {
    const file = join(folder, 'lab_20251120.yml');
    const draft = await record('lab_20251120.yml', { folderZone: zoneOf(file, folder) });
    // November: CET, an hour east of UTC.
    expect(draft.frontmatter.times.started).toBe('2025-11-20T06:15:00Z');
    expect(draft.draft).toMatch(/read in CET\/CEST, as other records of its folder write their times: lab_20250304\.yml writes "09:40 CET"/);
    expect(draft.draft).toContain('--timezone ZONE');
    const august = await record('lab_20250822.yml', { folderZone: zoneOf(join(folder, 'lab_20250822.yml'), folder) });
    expect(august.frontmatter.times.started).toBe('2025-08-22T14:20:00Z');
  });

  test('one record is no signal; a record showing UTC or another zone cancels it', () => {
    const cet = { zone: { kind: 'iana' as const, name: 'CET', label: 'CET/CEST' }, words: '"09:40 CET" for its `start_date: 2025-03-04 09:40`' };
    expect(siblingMetadataZone([{ file: 'a.yml', evidence: cet }, { file: 'b.yml', evidence: undefined }])).toBeUndefined();
    expect(siblingMetadataZone([{ file: 'a.yml', evidence: cet }, { file: 'b.yml', evidence: 'UTC' }])).toBeUndefined();
    expect(siblingMetadataZone([{ file: 'a.yml', evidence: cet }, { file: 'b.yml', evidence: cet }])?.zone.label).toBe('CET/CEST');
  });

  test('--timezone still wins over what the records show', async () => {
    const draft = await record('lab_20250304.yml', { zone: { kind: 'offset', minutes: 0, label: 'UTC' } });
    expect(draft.frontmatter.times.started).toBe('2025-03-04T09:40:00Z');
  });
});

describe('timeline rows over several lines of a paragraph', () => {
  test('a time alone on its line takes the lines under it as its event', () => {
    const rows = imported('2025-06-03-queue-backlog.md').frontmatter.timeline as { at: string; event: string }[];
    expect(rows.map((row) => row.event)).toEqual([
      'Backlog alert fires for the billing queue',
      'On-call engineer acknowledges the alert and starts looking at the worker logs',
      'Workers restarted with a larger memory limit',
      'Backlog drained, alert clears',
    ]);
    expect(rows[0].at).toBe('2025-06-03T13:12:00Z');
  });

  test('a row wrapped over two lines keeps its end', () => {
    const rows = imported('2025-06-10-dns-resolver.md').frontmatter.timeline as { event: string }[];
    expect(rows.map((row) => row.event)).toEqual([
      'the resolver on the office network started answering slowly for every lookup.',
      'the second resolver was taken out of rotation. It had been serving a stale zone since the night before.',
      'both resolvers were rebuilt from the current zone. Lookups are fast again.',
    ]);
  });
});

describe('a day, a colon, then its time', () => {
  test('"February 15, 2024: 7:56am UTC" is read at its time, not as the day alone', () => {
    const written = readWrittenTime('February 15, 2024: 7:56am UTC', { year: 2024 });
    expect([written.date, written.time, written.zone?.label]).toEqual(['2024-02-15', '07:56', 'UTC']);
    expect(readWrittenTime('2024-02-15: 07:56 UTC', { year: 2024 }).time).toBe('07:56');
  });

  test('a colon before words or a count is still the end of the day', () => {
    expect(readWrittenTime('March 3: 10 servers failed', { year: 2024 }).time).toBeUndefined();
    expect(readWrittenTime('2024-02-15: the day', { year: 2024 }).time).toBeUndefined();
  });
});

describe('a table with its day and its time of day in two columns', () => {
  test('each row is placed at its day and time, its event without the weekday and the time', () => {
    const rows = imported('2025-04-14-card-reader.md').frontmatter.timeline as { at: string; event: string }[];
    expect(rows.map((row) => [row.at, row.event])).toEqual([
      ['2025-04-15T02:05:00Z', 'First badge rejected at the loading dock door'],
      ['2025-04-15T02:22:00Z', 'Facilities calls the on-call engineer'],
      ['2025-04-15T07:40:00Z', 'Certificate on the door controller renewed, badges accepted again'],
    ]);
  });
});

describe("a status page's RSS feed", () => {
  const feed = readStatusFeed(readFileSync(join(fixtures, 'history.rss'), 'utf8'))!;
  const drafts = feed.reports.map((report) => importReport(`history.rss${report.label}`, report.text, { vocabulary, today: '2026-12-03', exportKind: feed.kind }));

  test('a postmortem posted two days after the entry is of the same year', () => {
    expect(feed.reports[0].text).toContain('2025-07-29 10:05');
    expect(feed.reports[0].text).not.toContain('2024-07-29');
    expect(drafts[0].fileName.startsWith('2025-07-27-')).toBe(true);
  });

  test('"PST" in summer, where the entry\'s own date shows -0700, is read as PDT, and said', () => {
    expect(frontmatterOf(drafts[0].draft).times.started).toBe('2025-07-27T23:00:00Z');
    expect(feed.notes.join(' ')).toMatch(/labels its updates' times PST in every season.*read as PDT/);
    // Winter stays PST.
    expect(frontmatterOf(drafts[1].draft).times.started).toBe('2025-01-12T17:00:00Z');
  });
});

describe("an uptime monitor's files", () => {
  test('are refused as such, saying where the incidents are and how to export them', async () => {
    for (const name of ['monitor/billing-api.yml', 'monitor/summary.json']) {
      const file = join(fixtures, name);
      const refusal = await readReportContent(file, readFileSync(file)).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(ListingPageError);
      expect((refusal as Error).message).toMatch(/uptime monitor .*GitHub issues.*gh issue list/);
    }
  });

  test('an incident record or other YAML is no monitor state', () => {
    expect(isUptimeMonitorState(readFileSync(join(fixtures, 'records/lab_20250304.yml'), 'utf8'))).toBe(false);
    expect(isUptimeMonitorState('url: https://example.org\ntitle: Home\n')).toBe(false);
  });
});

describe('the page shows the timeline once', () => {
  test('a heading inside a list item does not end the body\'s "Timeline" section', () => {
    const html = '<h2>Timeline</h2>\n<ul>\n<li>\n<p>10:00 Summary: thumbnails out of date</p>\n<h1>Internal note</h1>\n<p>Description: old thumbnails kept</p>\n</li>\n<li>11:00 Resolved: the cache was purged.</li>\n</ul>\n<h2>Contacts</h2>';
    expect(bodyShowsTimeline(html, ['Summary: thumbnails out of date Internal note Description: old thumbnails kept', 'Resolved: the cache was purged.'])).toBe(true);
  });

  test("a row's sentences around a line the import left out (\"Workaround: None at this time.\") are shown", () => {
    const html = '<h2>Timeline</h2>\n<ul>\n<li>09:10 UTC Summary: Thumbnails out of date.\nDiagnosis: Edited albums keep old thumbnails.\nWorkaround: None at this time.\n(Affected locations: Global)</li>\n</ul>';
    expect(bodyShowsTimeline(html, ['Summary: Thumbnails out of date. Diagnosis: Edited albums keep old thumbnails. (Affected locations: Global)'])).toBe(true);
    expect(bodyShowsTimeline(html, ['Summary: Thumbnails out of date. Diagnosis: Albums were never edited.'])).toBe(false);
  });

  test('a short summary is found in its row where the body says the row\'s words are the summary', () => {
    const html = '<h2>Timeline</h2>\n<ul>\n<li>2017-06-07 05:14 UTC <em>Resolved</em> - (its words are the summary, above)</li>\n</ul>';
    expect(bodyShowsTimeline(html, ['Resolved - Queues drained.'], 'Queues drained.')).toBe(true);
    // Without the body's word for it, a lead of a few words is not looked for.
    expect(bodyShowsTimeline('<h2>Timeline</h2>\n<ul>\n<li>05:14 Resolved</li>\n</ul>', ['Resolved - Queues drained.'], 'Queues drained.')).toBe(false);
  });

  test("a table row's cells, joined with a dash in the event, are shown side by side", () => {
    const html = '<h2>Timeline</h2><table><tr><td>Media team</td><td>Purged the image cache</td></tr></table>';
    expect(bodyShowsTimeline(html, ['Media team — Purged the image cache'])).toBe(true);
    expect(bodyShowsTimeline(html, ['Media team — Rebuilt the thumbnails'])).toBe(false);
  });
});
