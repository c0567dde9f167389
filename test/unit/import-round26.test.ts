import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { firstWrittenDay } from '../../src/lib/import/written-day.ts';
import { datelineDay } from '../../src/lib/import/report-dateline.ts';
import { otherDocumentKind } from '../../src/lib/import/other-document.ts';
import { isDaysHeading } from '../../src/lib/import/day-heading-title.ts';
import { bodyReplacesTimeline, bodyShowsTimeline } from '../../src/lib/body-timeline.ts';
import { dateOnlyMark } from '../../src/lib/date-only-mark.ts';
import { ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 26 (docs/import.md): a day heading over prose alone, a span of days writing its year once,
// pages of another kind kept beside the reports. Fixtures written anew, modelled on the shapes found.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/round26');
const imported = (name: string) => {
  const result = importReport(name, readFileSync(join(fixtures, name), 'utf8'), { vocabulary, today: '2026-12-03' });
  return { ...result, frontmatter: parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any> };
};
const refusal = async (name: string) => {
  const file = join(fixtures, name);
  return readReportContent(file, readFileSync(file)).then(() => undefined, (error: Error) => error);
};

describe('a day heading with only prose under it', () => {
  test('is no title: the first sentence is, and the day still dates the draft', () => {
    const result = imported('relay-night.md');
    expect(result.frontmatter.title).toMatch(/^The outbound mail relay queued every message/);
    expect(result.fileName.startsWith('2025-08-14-the-outbound-mail-relay')).toBe(true);
    expect(result.inferred.join('\n')).toContain('the report\'s title "August 14, 2025" names only its day');
  });

  test('a day followed by a number that is no day or year ("2017-09-29, 504") is not a day alone', () => {
    expect(isDaysHeading('2017-09-29, 504')).toBe(false);
    expect(isDaysHeading('2017-09-29, 2017')).toBe(true);
  });
});

describe('a summary section after other sections', () => {
  test('its paragraph, the summary word for word, is not repeated under the lead', () => {
    const result = imported('2025-04-09-session-cache-split.md');
    expect(result.frontmatter.summary).toMatch(/^The two halves of the session cache cluster/);
    expect(result.draft.split('\n---\n')[1]).not.toContain('The two halves of the session cache cluster');
    expect(result.draft).toContain('{/* The "Summary" section\'s first paragraph is the summary');
    // The sections before it stay where they were.
    expect(result.draft).toContain('The fix is deployed on the staging cluster.');
  });
});

describe('the body\'s own timeline beside the structured one', () => {
  const body = [
    '<h2>Timeline</h2>',
    '<ul>',
    '<li>2025-02-11 16:20 UTC <em>Investigating</em> - (its words are the summary, above)</li>',
    '<li>2025-02-11 17:05 UTC <em>Resolved</em> - The export job was restarted and the reports caught up.</li>',
    '<li>2025-02-09: A customer reported a missing payout file.</li>',
    '</ul>',
  ].join('\n');
  const summary = 'Payout reports for yesterday are late because the nightly export job stalled.';
  const events = [
    'A customer reported a missing payout file. ' + dateOnlyMark,
    `Investigating - ${summary}`,
    'Resolved - The export job was restarted and the reports caught up.',
  ];

  test('a row placed by its day alone and a first update that is the lead are shown by the body and the lead', () => {
    expect(bodyShowsTimeline(body, events, summary)).toBe(true);
    expect(bodyReplacesTimeline(body, events, summary)).toBe(true);
  });

  test('without the lead, the first update is not in the body: the structured timeline stays', () => {
    expect(bodyShowsTimeline(body, events)).toBe(false);
  });

  test('a row with more than the lead still needs the rest in the body', () => {
    expect(bodyShowsTimeline(body, [`Investigating - ${summary} A second cluster is affected.`], summary)).toBe(false);
  });
});

describe('a span of days writing its year once, at its end', () => {
  test.each([
    ['September 30 - October 2, 2026', '2026-09-30'],
    ['Dec 31 - Jan 1 2026/27: year-end freeze', '2026-12-31'],
    ['December 30 – January 2, 2026', '2025-12-30'],
    ['September 7-8, 2026', '2026-09-07'],
    ['30 September – 2 October 2026', '2026-09-30'],
    ['Monday, June 9 – Tuesday, June 10, 2025', '2025-06-09'],
    ['Date: Nov 28 to Dec 1, 2024', '2024-11-28'],
  ])('%j opens on %s', (text, day) => {
    expect(firstWrittenDay(text, 2000, { accept: (w) => !w.notes.some((n) => n.startsWith('year of')) })?.date).toBe(day);
  });

  test.each([
    // Not a span: the second day is before the first, or no year ends it.
    ['September 8-7, 2026', undefined],
    ['September 7 - build 12, 2026', undefined],
  ])('%j is read as before (%s)', (text, day) => {
    expect(firstWrittenDay(text, 2000, { accept: (w) => !w.notes.some((n) => n.startsWith('year of')) })?.date).toBe(day);
  });

  test('a dateline so written dates the report by its first day', () => {
    expect(datelineDay('September 29 - October 1, 2025', 2000)).toBe('2025-09-29');
    expect(imported('archive-move.md').fileName).toBe('2025-09-29-archive-storage-move.mdx');
  });

  test('a title whose span names both years ("2025/26") opens in the first', () => {
    expect(imported('year-end-freeze.md').fileName.startsWith('2025-12-30-')).toBe(true);
  });
});

describe('a post whose address names its day', () => {
  test('is dated by it when it states no other day (a Zola post\'s `path`)', () => {
    const result = imported('ledger-export-stall.md');
    expect(result.fileName).toBe('2025-03-14-ledger-export-stall.mdx');
    expect(result.inferred.join('\n')).toContain('from its address (the metadata\'s path), the day it was published');
  });
});

describe('a page of another kind kept beside the reports', () => {
  test('an audit of tables is refused, said with its kind and title', async () => {
    const refused = await refusal('capacity-audit.md');
    expect(refused).toBeInstanceOf(ListingPageError);
    expect(refused?.message).toContain('is an audit ("Capacity Audit - Staging Cluster"), not a report of an incident');
  });

  test('a short notice whose title names a dashboard is still a report', async () => {
    expect(await refusal('2025-05-02-dashboard-slow.md')).toBeUndefined();
  });

  test('a "plan" with a report\'s sections is still a report', async () => {
    expect(await refusal('queue-plan.md')).toBeUndefined();
  });

  test.each([
    ['# Application Version Inventory\n\n| App | Version |\n|---|---|\n| a | 1 |\n', 'an inventory'],
    ['---\ntitle: "Storage & Backup Strategy"\n---\n\nWe keep two copies.\n', 'a strategy'],
    ['# Évaluation des Niveaux de Maturité\n\n- Bronze: 7\n', 'an evaluation'],
    ['# Recette Technique\n\n| App | État |\n|---|---|\n', 'a test report'],
    ['# 📊 État Réel du Cluster - 2025-02-08 13:38\n\n| Node | CPU |\n|---|---|\n', 'a record of the system\'s state'],
    ['# Maintenance plan: database upgrade\n\nThe database is upgraded on Sunday.\n', undefined],
    ['# Storage audit found a full disk\n\n## Timeline\n\n- 09:00 disk full\n', undefined],
    ['# Search strategy outage\n\nSearch failed for an hour.\n', undefined],
    ['---\ntitle: Status\n---\n\n### State\n\nResolved\n', undefined],
  ])('%j: %s', (text, kind) => {
    expect(otherDocumentKind(text)?.kind).toBe(kind);
  });
});
