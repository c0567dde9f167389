import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { actionTitleOf } from '../../src/lib/import/action-item-rows.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
// Our own reports in the shapes incident platforms and Notion export: property lines at the top
// (`Severity: SEV2`, `Created: January 5, 2024 3:14 PM`), bold labels, a milestone table
// (`Started at`, `Detected at` …), timelines as lists of timestamps, follow-ups with assignees.
const fixtures = join(root, 'test/fixtures/import/platform-exports');

function importFixture(name: string) {
  const source = readFileSync(join(fixtures, name), 'utf8');
  const result = importReport(name, source, { vocabulary, today: '2026-12-01' });
  const data = parseYaml(splitFrontmatter(result.draft).yaml);
  const iso = (value: Date | string | undefined) => (value === undefined ? undefined : new Date(value).toISOString().replace('.000Z', 'Z'));
  return {
    result, data,
    times: Object.fromEntries(Object.entries(data.times ?? {}).map(([key, value]) => [key, iso(value as Date)])),
    rows: (data.timeline ?? []).map((row: { at: Date; kind: string }) => `${iso(row.at)} ${row.kind}`),
    items: (data.actionItems ?? []).map((item: { title: string; owner?: string; due?: Date; status?: string }) => ({ ...item, due: item.due && iso(item.due)!.slice(0, 10) })),
    lost: findLostSentences(source, 'markdown', result.draft),
  };
}

describe('incident-platform and Notion exports', () => {
  test('Notion page: title, property lines, a list timeline of full timestamps, action items with "— Assignee: … — Due: …"', () => {
    const { data, rows, items, lost, result } = importFixture('Search index rebuild stalled 3f9a1c2e4b5d4e6f8a7b9c0d1e2f3a4b.md');
    expect(data.title).toBe('Search index rebuild stalled');
    expect(data.severity).toBe('SEV-2');
    expect(data.services).toEqual(['search-service']);
    // "Tags: indexing, capacity": the tag of the vocabulary it names; "indexing" is none.
    expect(data.tags).toEqual(['capacity', 'search']);
    expect(result.inferred).toContain('suggested tag capacity: the report\'s own metadata lists "capacity"');
    expect(result.fileName).toBe('2024-01-05-search-index-rebuild-stalled.mdx');
    expect(rows).toEqual(['2024-01-05T15:14:00Z detection', '2024-01-05T15:20:00Z escalation', '2024-01-05T15:41:00Z mitigation', '2024-01-05T16:01:00Z resolution']);
    expect(items).toEqual([
      { id: 'AI-1', title: 'Alert on rebuild progress, not only on lag', status: 'open', owner: 'search', due: '2024-01-19' },
      { id: 'AI-2', title: 'Raise the worker heap limit', status: 'done', owner: 'platform' },
    ]);
    expect(lost).toEqual([]);
  });

  test('incident.io-style export: bold labels, a day line over "**09:05** …" rows, a follow-up table with "Outstanding" and "Completed"', () => {
    const { data, rows, items, times, result, lost } = importFixture('webhook-delay-incident-export.md');
    expect(data.title).toBe('INC-482: Payment webhooks delayed');
    expect(result.inferred).toContain('incident day 2024-03-12 from its "Reported at" line');
    expect(data.severity).toBe('SEV-2');
    expect(result.inferred.some((line) => line.startsWith('suggested severity SEV-2: the report calls it "Major"'))).toBe(true);
    expect(rows).toEqual(['2024-03-12T09:05:00Z detection', '2024-03-12T09:11:00Z other', '2024-03-12T09:36:00Z mitigation', '2024-03-12T10:17:00Z resolution']);
    expect(times).toEqual({ started: '2024-03-12T09:05:00Z', detected: '2024-03-12T09:05:00Z', mitigated: '2024-03-12T09:36:00Z', resolved: '2024-03-12T10:17:00Z' });
    expect(items.map((item: { status?: string }) => item.status)).toEqual(['open', 'done']);
    expect(lost).toEqual([]);
  });

  test('milestone table (Started at, Detected at, Mitigated at, Resolved at) gives the key times when the timeline is prose; a "Tasks" section gives the action items', () => {
    const { data, rows, items, times, result } = importFixture('cache-eviction-storm-retrospective.md');
    expect(data.severity).toBe('SEV-1');
    expect(rows).toEqual([]);
    expect(times).toEqual({ started: '2024-06-03T13:52:00Z', detected: '2024-06-03T14:01:00Z', mitigated: '2024-06-03T14:37:00Z', resolved: '2024-06-03T15:20:00Z' });
    expect(result.inferred).toContain('times.detected 2024-06-03T14:01:00Z from its "Detected at" line');
    expect(items).toEqual([
      { id: 'AI-1', title: 'Validate cache memory limits before a config push', owner: 'platform', status: 'in-progress', due: '2024-06-21' },
      { id: 'AI-2', title: 'Alert on cache eviction rate', owner: 'sre', status: 'open', due: '2024-06-28' },
    ]);
  });

  test('a milestone label fills only what the timeline leaves open, and one without a time of day states none', () => {
    const report = [
      '# Queue backlog', '', 'Detected at: 2024-02-01 10:05 UTC', 'Resolved at: 2024-02-01', '',
      '## Timeline', '', '| Time | Event |', '| --- | --- |', '| 2024-02-01 10:00 UTC | Consumer lag started growing. |', '| 2024-02-01 10:40 UTC | Backlog drained, incident resolved. |',
    ].join('\n');
    const result = importReport('queue-backlog.md', report, { vocabulary, today: '2026-12-01' });
    const times = parseYaml(splitFrontmatter(result.draft).yaml).times;
    expect(Object.keys(times)).toEqual(['started', 'detected', 'resolved']);
    expect(new Date(times.detected).toISOString()).toBe('2024-02-01T10:05:00.000Z');
    expect(new Date(times.resolved).toISOString()).toBe('2024-02-01T10:40:00.000Z');
  });

  test('a list of key events writing each label straight before its instant ("- First detected 2023-05-02 09:14") gives the key times', () => {
    const report = [
      '---', 'title: Incident on 2023-05-02 - Image pulls failing', '---', '', '# Incident on 2023-05-02 - Image pulls failing', '',
      '- **Key events**', '  - First detected 2023-05-02 09:14', '  - Incident declared 2023-05-02 09:40', '  - Repaired 2023-05-02 11:02', '  - Resolved 2023-05-02 12:30', '',
      '- **Impact**:', '  - Deployments could not pull new images for three hours.', '',
      // Look-alikes: a sentence that opens with a label word and a time is no milestone.
      'Resolved the registry ticket before 2023-05-03 10:00 as agreed.', '',
    ].join('\n');
    const result = importReport('2023-05-02-image-pulls.html.md.erb', report, { vocabulary, today: '2026-12-01' });
    const times = parseYaml(splitFrontmatter(result.draft).yaml).times;
    const iso = (value: Date | string) => new Date(value).toISOString();
    // The key events are the timeline's rows (the label section "Key events"), the instant read
    // before the label; the times follow from them.
    const timeline = parseYaml(splitFrontmatter(result.draft).yaml).timeline.map((row: { at: Date; event: string; kind: string }) => `${iso(row.at)} ${row.event} ${row.kind}`);
    expect(timeline).toEqual([
      '2023-05-02T09:14:00.000Z First detected detection', '2023-05-02T09:40:00.000Z Incident declared escalation',
      '2023-05-02T11:02:00.000Z Repaired mitigation', '2023-05-02T12:30:00.000Z Resolved resolution',
    ]);
    expect(Object.keys(times)).toEqual(['started', 'detected', 'mitigated', 'resolved']);
    expect(iso(times.detected)).toBe('2023-05-02T09:14:00.000Z');
    expect(iso(times.mitigated)).toBe('2023-05-02T11:02:00.000Z');
    expect(iso(times.resolved)).toBe('2023-05-02T12:30:00.000Z');
  });

  test('milestone lines without a colon fill the times when there is no timeline', () => {
    const report = ['# Image pulls failing', '', 'First detected 2023-05-02 09:14', 'Repaired 2023-05-02 11:02', 'Resolved 2023-05-02 12:30', '', 'Deployments could not pull new images.'].join('\n');
    const result = importReport('image-pulls.md', report, { vocabulary, today: '2026-12-01' });
    const times = parseYaml(splitFrontmatter(result.draft).yaml).times;
    expect(Object.keys(times)).toEqual(['detected', 'mitigated', 'resolved']);
    expect(new Date(times.mitigated).toISOString()).toBe('2023-05-02T11:02:00.000Z');
    expect(result.inferred).toContain('times.detected 2023-05-02T09:14:00Z from its "First detected" line');
  });

  test('in a timeline list, only a label of a few words before a full date and time that ends the line is read label first', () => {
    const report = ['# Disk full', '', '## Timeline', '', '- Backups paused 2023-05-02 09:14', '- The nightly job that was moved to 2023-05-02 10:00 ran twice', '- First report 2023-05-02 (time unknown)', ''].join('\n');
    const rows = parseYaml(splitFrontmatter(importReport('disk-full.md', report, { vocabulary, today: '2026-12-01' }).draft).yaml).timeline;
    expect(rows).toHaveLength(1);
    expect(rows[0].event).toBe('Backups paused');
  });

  test('a sentence opening with a label word and an instant is not a milestone', () => {
    const report = ['# Certificate renewal', '', 'Resolved tickets since 2023-05-03 10:00 were reopened.', '', 'The renewal job had stopped.'].join('\n');
    const result = importReport('certificate-renewal.md', report, { vocabulary, today: '2026-12-01' });
    expect(parseYaml(splitFrontmatter(result.draft).yaml).times).toBeUndefined();
  });

  test.each([
    ['Alert on rebuild progress — Assignee: Search team — Due: January 19, 2024', 'Alert on rebuild progress'],
    ['Rotate the key (Owner: sre, Due: 2024-05-02)', 'Rotate the key'],
    ['Raise the limit; status: done', 'Raise the limit'],
    // Words that only look like labels stay: the action is the text.
    ['Document who owns the due-date field', 'Document who owns the due-date field'],
    ['Owner: sre', 'Owner: sre'],
  ])('action title of "%s" is "%s"', (text, title) => {
    expect(actionTitleOf(text)).toBe(title);
  });
});
