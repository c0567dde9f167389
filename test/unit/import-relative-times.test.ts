import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readRelativeTime, readWrittenTime } from '../../src/lib/import/written-time.ts';
import { findStatedZone } from '../../src/lib/import/timeline-rows.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';
import { importReport, type ImportResult } from '../../src/lib/import/import-report.ts';
import { formatFileReport, formatSummary, summarise } from '../../src/lib/import/import-summary.ts';
import { mayBeReportFile } from '../../src/lib/import/report-files.ts';
import { makeMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { parseZone } from '../../src/lib/import/time-zones.ts';
import { splitFrontmatter, parseFrontmatter } from '../../src/lib/frontmatter.ts';

// Shapes measured on real reports (docs/import.md): tables and bullets timed "T+0", "T+~15min",
// "Day 2, 09:01", "Session 2, +40min"; Zola/Hugo posts with TOML front matter; timelines that state
// their day in a sentence; zones written as IANA names. The fixtures are our own text.
const root = resolve(import.meta.dirname, '../..');
const reportsDir = join(root, 'test/fixtures/import/reports');
const vocabulary = loadVocabulary(join(root, 'content'));
const today = '2026-11-30';
const importFixture = (name: string) => importReport(`reports/${name}`, readFileSync(join(reportsDir, name), 'utf8'), { vocabulary, today, zone: parseZone('Europe/Berlin') });
const frontmatterOf = (result: ImportResult) => parseFrontmatter(splitFrontmatter(result.draft)).data as Record<string, any>;
const timelineOf = (result: ImportResult) => frontmatterOf(result).timeline as { at: string; event: string; kind: string }[];

describe('relative times as reports write them', () => {
  test.each([
    ['T+0', { minutes: 0, label: 'T+0', approximate: false }],
    ['T+~15min | alert', { minutes: 15, label: 'T+~15min', approximate: true }],
    ['T+0:45', { minutes: 45 }],
    ['T+1h30', { minutes: 90 }],
    ['T+~2h15', { minutes: 135, approximate: true }],
    ['T+1hr', { minutes: 60 }],
    ['+40min: pool drained', { minutes: 40, label: '+40min' }],
    ['+1.5hr', { minutes: 90 }],
    ['T0', { minutes: 0 }],
    ['Day 1', { dayOffset: 0, label: 'Day 1' }],
    ['Day 2, 09:01', { dayOffset: 1, time: '09:01', label: 'Day 2, 09:01' }],
    ['Day 1, ~08:00', { dayOffset: 0, time: '08:00', approximate: true }],
    ['Session 2, +40min', { minutes: 40, session: 2 }],
  ])('%s', (text, expected) => {
    expect(readRelativeTime(text)).toMatchObject(expected);
  });

  test.each(['+recon 3', '+hook', 'Later', 'Same session', 'T+ soon', '14:02', 'Daylight saving'])('%s is not a relative time', (text) => {
    expect(readRelativeTime(text)).toBeUndefined();
  });

  test('a month and day without a year ("07-25 04:43") is a date of the report\'s year', () => {
    expect(readWrittenTime('07-25 04:43 restart', { year: 2026 })).toMatchObject({ date: '2026-07-25', time: '04:43' });
    expect(readWrittenTime('07-26', { year: 2026 })).toMatchObject({ date: '2026-07-26' });
    // Not a range of numbers in prose, nor a month that does not exist.
    expect(readWrittenTime('10-12 people joined', { year: 2026 }).consumed).toBe(0);
    expect(readWrittenTime('14-15', { year: 2026 }).consumed).toBe(0);
  });
});

describe('timeline rows with relative times', () => {
  test('"T+…" rows count from the start the report labels, in its zone', () => {
    const result = importFixture('search-index-rebuild-relative.md');
    // Start: 2025-09-14 22:10 CEST is 20:10 UTC.
    expect(timelineOf(result).map((entry) => [entry.at, entry.event])).toEqual([
      ['2025-09-14T20:10:00Z', '(T+0) The nightly rebuild starts on the query nodes.'],
      ['2025-09-14T20:25:00Z', '(T+~15min) Latency alert fires for the search API.'],
      ['2025-09-14T20:50:00Z', '(T+0:40) The on-call engineer pauses the rebuild and latency drops.'],
      ['2025-09-14T21:40:00Z', '(T+1h30) The rebuild is moved to the batch pool and restarted there.'],
    ]);
    expect(result.relativeRows).toBe(4);
    expect(frontmatterOf(result).times).toMatchObject({ started: '2025-09-14T20:10:00Z', detected: '2025-09-14T20:25:00Z' });
    expect(result.inferred.join('\n')).toContain('start 2025-09-14T20:10:00Z');
    expect(result.notes.join('\n')).toContain('row "T+~15min | Latency alert fires for the search API.": the time is approximate');
    // A phase word is not a time: it stays in the body, not counted as relative.
    expect(result.unread).toEqual([{ row: 'Later | The batch pool finishes the rebuild without slowing queries.', reason: 'time "Later" cannot be read' }]);
  });

  test('"Day N" rows count from the incident day as Day 1; a day without a time is placed as date only', () => {
    const result = importFixture('certificate-expiry-by-day.md');
    expect(timelineOf(result).map((entry) => entry.at)).toEqual([
      '2025-11-03T00:00:00Z', '2025-11-03T09:15:00Z', '2025-11-04T08:40:00Z', '2025-11-05T00:00:00Z',
    ]);
    expect(timelineOf(result)[0].event).toBe('(Day 1) Deploys to staging start failing their health check. (date only: no time of day given)');
    expect(timelineOf(result)[2]).toMatchObject({ event: '(Day 2, 08:40) A developer reports the failing deploys in the team channel.', kind: 'detection' });
    expect(result.dateOnlyRows).toBe(2);
    expect(result.notes.join('\n')).toContain('counted from 2025-11-03, the incident day the report states, as Day 1');
    // times come from rows with a time of day only.
    expect(frontmatterOf(result).times.started).toBe('2025-11-03T09:15:00Z');
  });

  test('with a day but no start time, "T+…" rows fall on that day, marked date only', () => {
    const report = '# Cache flush\n\nDate: 2025-02-10\n\n## Timeline\n\n- T+0: The cache is flushed by a cron job.\n- T+25m: Hit rate falls below half.\n';
    const result = importReport('cache.md', report, { vocabulary, today });
    expect(timelineOf(result).map((entry) => [entry.at, entry.event])).toEqual([
      ['2025-02-10T00:00:00Z', '(T+0) The cache is flushed by a cron job. (date only: no time of day given)'],
      ['2025-02-10T00:00:00Z', '(T+25m) Hit rate falls below half. (date only: no time of day given)'],
    ]);
    expect(frontmatterOf(result).times).toBeUndefined();
    expect(result.notes.join('\n')).toContain('the report states no start time, so they have no time of day');
  });

  test('without a start or a day, relative rows stay in the body as written, and the summary says so', () => {
    const report = '# Cache flush\n\n## Timeline\n\n| Time | Event |\n| --- | --- |\n| T+0 | The cache is flushed. |\n| Day 2 | Hit rate recovers. |\n| Session 2, +40min | The cron job is disabled. |\n';
    const result = importReport('cache.md', report, { vocabulary, today });
    expect(result.timelineRows).toBe(0);
    expect(result.unread.map((row) => [row.relative, row.reason])).toEqual([
      [true, 'relative time "T+0": the report states no start time or day to count from (kept in the body)'],
      [true, 'relative time "Day 2": the report states no day to count from (kept in the body)'],
      [true, 'relative time "Session 2, +40min": counts from the start of session 2, which the report does not state (kept in the body)'],
    ]);
    expect(splitFrontmatter(result.draft).body).toContain('| T+0 | The cache is flushed. |');
    const file = { source: 'cache.md', output: 'out/cache.mdx', result, checkErrors: 0, checkWarnings: 0 };
    const totals = summarise([file]);
    expect(totals).toMatchObject({ relativeRows: 0, relativeKept: 3, unreadRows: 3 });
    expect(formatSummary(totals, false)).toContain('Relative times ("T+15m", "Day 2"): 0 row(s) placed from the start or day the report states; 3 kept as written in the body: their report states no start time or day to count from');
    expect(formatFileReport(file)).toContain('"T+0 | The cache is flushed.": relative time "T+0"');
  });

  test('a later session\'s offsets are kept even when the report states a start', () => {
    const report = '# Migration\n\nStart: 2025-04-01 10:00 UTC\n\n## Timeline\n\n- Session 1, ~T+5min: Dump taken.\n- Session 2, +20min: Restore verified.\n';
    const result = importReport('m.md', report, { vocabulary, today });
    expect(timelineOf(result).map((entry) => entry.at)).toEqual(['2025-04-01T10:05:00Z']);
    expect(result.unread.map((row) => row.relative)).toEqual([true]);
  });
});

describe('Zola and Hugo posts, and timelines that state their day', () => {
  test('TOML front matter (+++) gives the title and summary and is kept whole in the body', () => {
    const result = importFixture('zola-registry-outage.md');
    expect(frontmatterOf(result).title).toBe('Package registry outage on 2024-03-04');
    expect(frontmatterOf(result).summary).toBe('Uploads to the package registry failed for forty minutes after its storage quota was reached.');
    const body = splitFrontmatter(result.draft).body;
    expect(body).toContain('```toml\npath = "2024/03/05/registry-outage"');
    expect(body).toContain('[extra]\nteam = "infrastructure"');
    expect(body.trimStart().startsWith('On Monday morning uploads')).toBe(true);
  });

  test('"all events happened on <day>" places time-only rows on that day, even after a row dated otherwise', () => {
    const result = importFixture('zola-registry-outage.md');
    expect(timelineOf(result).map((entry) => entry.at)).toEqual([
      '2024-03-02T18:00:00Z', '2024-03-04T09:20:00Z', '2024-03-04T09:31:00Z', '2024-03-04T09:45:00Z', '2024-03-04T10:00:00Z',
    ]);
    expect(frontmatterOf(result).times.resolved).toBe('2024-03-04T10:00:00Z');
  });

  test('a day section headed by its first moment ("## Feb 21, 13:00") is a row, and its time headings follow it', () => {
    const report = '# Launch overload\n\n## Timeline\n\nAll times in CET\n\n### Feb 20 2018 14:17\n\nThe announcement goes live.\n\n## Feb 21, 13:00\n\nA permanent fix for the routes is applied.\n\n### 15:15\n\nThe route serves 404 instead.\n\n## Lessons learned\n\n### 16:00 is not a row here\n';
    const result = importReport('l.md', report, { vocabulary, today });
    expect(timelineOf(result).map((entry) => [entry.at, entry.event])).toEqual([
      ['2018-02-20T13:17:00Z', 'The announcement goes live.'],
      ['2018-02-21T12:00:00Z', 'A permanent fix for the routes is applied.'],
      ['2018-02-21T14:15:00Z', 'The route serves 404 instead.'],
    ]);
  });

  test('a sentence of the timeline about one event does not set the day of the others', () => {
    const report = '# Job failures\n\n## Timeline\n\n- 2024-03-01 10:00 – The job is deployed.\n\nThe job failed 3 times on 2024-03-02 before anyone looked.\n\n- 11:00 – The job is rolled back.\n';
    const result = importReport('j.md', report, { vocabulary, today });
    expect(timelineOf(result).map((entry) => entry.at)).toEqual(['2024-03-01T10:00:00Z', '2024-03-01T11:00:00Z']);
  });

  test('an embedded page (<iframe>) becomes a link to it; the site would refuse the frame', () => {
    const body = splitFrontmatter(importFixture('zola-registry-outage.md').draft).body;
    expect(body).not.toContain('<iframe');
    expect(body).toContain('[Embedded page, not shown in the draft: https://dashboards.example.org/d/registry?panel=2](https://dashboards.example.org/d/registry?panel=2)');
    expect(makeMdxSafe('<iframe width="4"></iframe>').mdx).toContain('<iframe');
  });

  test('a Jekyll post\'s excerpt is its summary', () => {
    const result = importReport('_posts/2025-05-01-fan.md', '---\ntitle: "The fan that was not a fan"\nexcerpt: "A noisy fan was a failing disk."\n---\n\nThe noise came back every night.\n', { vocabulary, today });
    expect(frontmatterOf(result).summary).toBe('A noisy fan was a failing disk.');
    expect(result.inferred).toContain('summary from the report\'s metadata');
  });

  test('a zone written as an IANA name ("All times US/Pacific") is stated', () => {
    expect(findStatedZone('*(All times US/Pacific, 24-hour clock.)*')).toMatchObject({ kind: 'iana', name: 'US/Pacific' });
    expect(findStatedZone('The time was 12/13 of the budget.')).toBeUndefined();
  });

  test('"back online" closes the incident', () => {
    expect(inferTimelineKind('CDN propagated the changes, site back online')).toBe('resolution');
    // Reports written in the present tense: "notices", "discovers".
    expect(inferTimelineKind('The on-call engineer notices an e-mail about failing connections')).toBe('detection');
    expect(inferTimelineKind('The team discovers the disk is full')).toBe('detection');
  });

  test('a title copied from another report, its day far from the timeline\'s, is noted', () => {
    const report = '# 2022-01-27, queue full\n\n## Timeline\n\n### 2022-06-02 10:00\n\nQueue stops accepting jobs.\n';
    const result = importReport('q.md', report, { vocabulary, today });
    expect(result.notes.join('\n')).toContain('the incident day 2022-01-27 (from its title) is not the day its timeline starts, 2022-06-02');
  });

  test.each([
    ['template-incident-report.md', false], ['_TEMPLATE.md', false], ['postmortem-template.md', false], ['00-template.md', false],
    ['template-engine-outage.md', true], ['broken-email-template.md', true],
  ])('%s may be a report: %s', (name, expected) => {
    expect(mayBeReportFile(name)).toBe(expected);
  });
});

describe('action items marked done in their text', () => {
  test.each([
    ['- Set up alarms for the database. **(Done during this incident)**', 'done'],
    ['- Rotate the key (DONE)', 'done'],
    ['- Document the restore steps (in progress)', 'in-progress'],
    ['- DONE: add a test for the parser', 'done'],
    ['- Add a test (for the parser)', undefined],
  ])('%s', (line, status) => {
    const result = importReport('a.md', `# Queue stall\n\n## Action items\n\n${line}\n`, { vocabulary, today });
    expect(frontmatterOf(result).actionItems[0].status).toBe(status);
  });
});

test('Zola taxonomies in TOML front matter are read as the report\'s tags', () => {
  const post = '+++\ntitle = "Mirror sync stalled"\n\n[taxonomies]\ntags = ["network", "storage"]\n+++\n\nThe mirror sync stalled for a day.\n';
  const result = importReport('mirror.md', post, { vocabulary, today });
  expect(result.inferred.join('\n')).toMatch(/suggested tag network: .*metadata/);
});

describe('AsciiDoc and Org reports', () => {
  test('Org: #+TITLE is the title, "* Timeline" a section, <2025-02-11 Tue 01:10> a time, #+BEGIN_SRC a code block', () => {
    const result = importFixture('ledger-replay-stuck.org');
    expect(result.inferred[0]).toBe('read as Org: its headings, lists and code blocks written as Markdown, the text unchanged');
    expect(frontmatterOf(result).title).toBe('Ledger replay stuck after the schema change');
    // 01:10 CET is 00:10 UTC.
    expect(timelineOf(result).map((entry) => entry.at)).toEqual(['2025-02-11T00:10:00Z', '2025-02-11T00:25:00Z', '2025-02-11T02:40:00Z', '2025-02-11T05:15:00Z']);
    expect(frontmatterOf(result).actionItems.map((item: { status?: string }) => item.status)).toEqual(['done', 'open']);
    const body = splitFrontmatter(result.draft).body;
    expect(body).toContain("```sql\nSELECT id, amount, currency FROM ledger_entries WHERE day = '2025-02-10';\n```");
    expect(body).toContain('|-------|------|');
  });

  test('AsciiDoc: = and == are headings, ---- a code block, . a numbered step', () => {
    const result = importFixture('dns-resolver-flapping.adoc');
    expect(frontmatterOf(result).title).toBe('Internal DNS resolver flapping');
    expect(timelineOf(result).map((entry) => entry.at)).toEqual(['2025-06-20T08:05:00Z', '2025-06-20T08:19:00Z', '2025-06-20T08:47:00Z', '2025-06-20T09:10:00Z']);
    expect(frontmatterOf(result).actionItems.map((item: { title: string }) => item.title)).toEqual(['Alert when a resolver serves stale answers.', 'Shorten the cache lifetime of service records.']);
    expect(splitFrontmatter(result.draft).body).toContain('```\nresolver: upstream timeout after 3000ms, serving stale\n```');
  });
});
