import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport, type ImportOptions } from '../../src/lib/import/import-report.ts';
import { readReportContent, NotAReportError } from '../../src/lib/import/report-content.ts';
import { readStatusDataFile } from '../../src/lib/import/status-data-file.ts';
import { cjkKeyTimes, cjkWrittenTimes } from '../../src/lib/import/cjk-key-times.ts';
import { namesDetection } from '../../src/lib/import/detection-at-start.ts';
import { draftFileSlug } from '../../src/lib/import/non-latin-title-slug.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 31 (docs/import.md): a status page's data file listing its incidents, no detection
// invented from the start's own row, Japanese key-time labels and dates, a non-Latin title's file
// name. Fixtures written anew, modelled on the shapes found.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import-round31');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;
const imported = async (name: string, options: Partial<ImportOptions> = {}) => {
  const file = join(fixtures, name);
  const content = await readReportContent(file, readFileSync(file));
  const result = importReport(file, content.text, { vocabulary, today: '2026-12-03', ...options });
  return { ...result, frontmatter: frontmatterOf(result.draft) };
};
const importedParts = async (name: string) => {
  const file = join(fixtures, name);
  const content = await readReportContent(file, readFileSync(file));
  return {
    content,
    drafts: (content.parts ?? []).map((part) => {
      const result = importReport(`${file}${part.label}`, part.text, { vocabulary, today: '2026-12-03', exportKind: content.exportKind, recordTimes: content.recordTimes });
      return { ...result, frontmatter: frontmatterOf(result.draft) };
    }),
  };
};

describe("a status page's data file listing its incidents (Jekyll `_data/status.yml`)", () => {
  test('one draft per listed incident, titled as listed; the maintenances not imported, said', async () => {
    const { content, drafts } = await importedParts('jekyll-status/_data/status.yml');
    expect(drafts.map((draft) => draft.frontmatter.title)).toEqual(['Ticket emails delayed', 'Booking API errors']);
    expect(content.parts?.map((part) => part.label)).toEqual(['#1', '#2']);
    expect(content.firstPartNotes?.join('\n')).toMatch(/1 planned maintenance\(s\) listed under `maintenances` not imported/);
  });

  test('updates listed newest first become the timeline oldest first; start the first, end the last marked resolved, in the zone given', async () => {
    const { drafts } = await importedParts('jekyll-status/_data/status.yml');
    const outage = drafts[1];
    expect(outage.frontmatter.timeline.map((row: { at: string }) => row.at)).toEqual(['2024-03-18T10:42:00Z', '2024-03-18T11:05:00Z', '2024-03-18T11:40:00Z']);
    expect(outage.frontmatter.times.started).toBe('2024-03-18T10:42:00Z');
    expect(outage.frontmatter.times.resolved).toBe('2024-03-18T11:40:00Z');
    // Written without a zone: read as UTC and said.
    expect(outage.draft).toMatch(/# Times without a zone of their own were read as UTC/);
    // Every update's words are kept in the body.
    expect(outage.draft).toMatch(/moved the booking database to its standby/);
  });

  test('a single message is an incident of one row; its summary its words', async () => {
    const { drafts } = await importedParts('jekyll-status/_data/status.yml');
    expect(drafts[0].frontmatter.times.started).toBe('2024-04-02T08:15:00Z');
    expect(drafts[0].frontmatter.summary).toMatch(/^We've noticed that ticket emails are arriving up to an hour late/);
  });

  test('a data file of no incident, or YAML whose incidents are not incidents, is no report', async () => {
    expect(readStatusDataFile('title: Site\nincidents: []\n')).toBeUndefined();
    expect(readStatusDataFile('incidents:\n  - title: Only a title\n')).toBeUndefined();
    expect(readStatusDataFile('navigation:\n  - title: Home\n    url: /\n')).toBeUndefined();
    const file = join(fixtures, 'config-only/_data/status.yml');
    await expect(readReportContent(file, readFileSync(file))).rejects.toBeInstanceOf(NotAReportError);
  });
});

describe('no detection invented from the row that gives the start', () => {
  test('a first update "Investigating - …" is the start, not a detection: times.detected left to fill, said', async () => {
    const result = await imported('2024-08-20-first-update.md');
    expect(result.frontmatter.times.started).toBe('2024-08-20T14:10:00Z');
    expect(result.frontmatter.times.detected).toBeUndefined();
    expect(result.notes.join('\n')).toMatch(/times\.detected left to fill: the first timeline row \("Investigating - We are investigating failed uploads/);
    expect(result.frontmatter.times.resolved).toBe('2024-08-20T14:50:00Z');
  });

  test('a first row whose words name the detection (an alert fired) stays the detection', async () => {
    const result = await imported('2024-07-11-probe-alert.md');
    expect(result.frontmatter.times.detected).toBe('2024-07-11T09:02:00Z');
    expect(namesDetection('The latency probe fired an alert')).toBe(true);
    expect(namesDetection('We are investigating failed uploads')).toBe(false);
  });
});

describe('Japanese key-time labels and dates', () => {
  test('2021年11月25日午後3時 and the like read as a day and a time of day', () => {
    expect(cjkWrittenTimes('2023年6月8日午後2時')).toEqual([{ date: '2023-06-08', time: '14:00' }]);
    expect(cjkWrittenTimes('2023年6月9日（金）午前9時30分')).toEqual([{ date: '2023-06-09', time: '09:30' }]);
    expect(cjkWrittenTimes('２０２３年６月１０日 11:05')).toEqual([{ date: '2023-06-10', time: '11:05' }]);
    expect(cjkWrittenTimes('2023年6月8日午後0時')).toEqual([{ date: '2023-06-08', time: '12:00' }]);
    expect(cjkWrittenTimes('2023年6月8日')).toEqual([{ date: '2023-06-08' }]);
    expect(cjkWrittenTimes('2023年13月8日午後2時')).toEqual([]);
  });

  test('発生日時 is the start, 復旧日時 the end (the last platform to recover), in the zone given or UTC and said', async () => {
    const result = await imported('ja-report/release-crash.md');
    expect(result.frontmatter.times).toEqual({ started: '2023-06-08T14:00:00Z', resolved: '2023-06-10T11:05:00Z' });
    expect(result.inferred.join('\n')).toMatch(/times\.started 2023-06-08T14:00:00Z from its "発生日時" line/);
    expect(result.draft).toMatch(/# Times without a zone of their own were read as UTC/);
    const inTokyo = await imported('ja-report/release-crash.md', { zone: { kind: 'iana', name: 'Asia/Tokyo', label: 'Asia/Tokyo' } });
    expect(inTokyo.frontmatter.times.started).toBe('2023-06-08T05:00:00Z');
  });

  test('a label over a day without a time of day states no time', async () => {
    expect(cjkKeyTimes('### 発生日時\n2023年6月8日\n')).toEqual({});
    const result = await imported('ja-report/config-note.md');
    expect(result.frontmatter.times?.started).toBeUndefined();
  });
});

describe("a title in another script names the file by the report's file name", () => {
  test("mostly Japanese: the report's own file name's words", async () => {
    const result = await imported('ja-report/release-crash.md');
    expect(result.fileName).toBe('2023-06-08-release-crash.mdx');
    expect(result.notes.join('\n')).toMatch(/the file name takes its words from the report's own file name \("release-crash"\)/);
  });

  test('a Latin title, a part of an export or a generic file name keep the title slug', () => {
    expect(draftFileSlug('Booking API errors', 'status/release-crash.md')).toEqual({ slug: 'booking-api-errors' });
    expect(draftFileSlug('写真: 停止', 'system_status_ja_JP.json#42').slug).toBe('incident');
    expect(draftFileSlug('v2.3.0リリースで発生したアプリ起動不能について', 'posts/index.md').slug).toBe('v2-3-0');
  });
});

describe('which first rows name a detection', () => {
  test('who reported it names one; investigating reports does not', () => {
    expect(namesDetection('A maintainer reports that a release is missing from one mirror.')).toBe(true);
    expect(namesDetection('We are investigating reports of degraded availability for Issues.')).toBe(false);
  });
});

test('a researcher submitting a report names a detection (a bug bounty disclosure)', () => {
  expect(namesDetection('A security researcher submits a disclosure report to the bounty platform.')).toBe(true);
  expect(namesDetection('Identified - We are freeing space on the gateway.')).toBe(false);
});
