import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { importRefusal } from '../support/import-refusal.ts';
import { readSpanHeadedLog } from '../../src/lib/import/span-headed-log.ts';
import { openingSentenceDay } from '../../src/lib/import/opening-sentence-day.ts';
import { metricsExportKind } from '../../src/lib/import/metrics-export.ts';
import { suggestClassification } from '../../src/lib/import/suggest-classification.ts';
import { notionPageCategory, otherDocumentKind } from '../../src/lib/import/other-document.ts';
import { notReportReason } from '../../src/lib/import/report-files.ts';
import { parseZone } from '../../src/lib/import/time-zones.ts';

// Import round 57 (docs/import.md): a page of outages each under a heading of its span, a summary
// heading indented, days run together with their month or after "occurred on", a day opening an
// issue summary with its span in WAT, a metrics export, a product's name read as a team, a task's
// and a paper's sections, a Notion export's categories, titles in Japanese and Chinese naming a
// kind of document, editor snippets and record templates. Names and texts invented (a glaze
// studio's kiln scheduler); functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round57');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;
const imported = (name: string, text = fixture(name)) => importReport(name, text, { vocabulary, today: '2026-12-07' });

describe('a page of outages, each under a heading of its span', () => {
  test('each outage is a report of its own, titled by its label of what happened, with its start and end', async () => {
    const content = await readReportContent('GLAZE_LOG.md', new TextEncoder().encode(fixture('GLAZE_LOG.md')));
    expect(content.parts?.map((part) => part.label)).toEqual(['#2026-03-09-1', '#2026-03-05-2', '#2026-03-02-3']);
    expect(content.firstPartNotes?.[0]).toContain('read as a log of 3 outages, each under a heading of its span ("2026-03-09 10:12 ~ 11:40 (GMT+9)")');
    const [first, second, third] = content.parts!.map((part) => frontmatterOf(imported('GLAZE_LOG.md', part.text).draft));
    expect(first.title).toBe('Kiln scheduler API > 502 Bad Gateway');
    expect(first.times).toMatchObject({ started: '2026-03-09T01:12:00Z', resolved: '2026-03-09T02:40:00Z' });
    // An error's text in brackets is a title; the duration before it is not.
    expect(second.title).toBe('[QueueError]: firing job stuck in pending state');
    expect(second.times).toMatchObject({ started: '2026-03-05T13:00:00Z', resolved: '2026-03-05T22:15:00Z' });
    expect(third.title).toBe('유약 재고 페이지 404');
  });

  test('a report whose timeline heads its stages by their spans stays one report', () => {
    expect(readSpanHeadedLog(fixture('kiln-report-span-stages.md'))).toBeUndefined();
    // One span alone is no log either.
    expect(readSpanHeadedLog('# Kiln\n\n#### 2026-03-09 10:12 ~ 11:40\n\n- 내용: Kiln down\n')).toBeUndefined();
  });
});

describe('a report\'s opening and its summary', () => {
  test('an indented summary heading is left out of the body with its paragraph, as a flush one is', () => {
    const { draft } = imported('kiln-summary-indented.md');
    expect(frontmatterOf(draft).summary).toMatch(/^On April 2, 2026, the kiln scheduler's TLS certificate expired/);
    expect(draft).toContain('The "ISSUE SUMMARY: 🔥" section\'s first paragraph is the summary');
    expect(splitFrontmatter(draft).body).not.toContain('the glaze studio\'s booking page refused every connection');
  });

  test('a day after "occurred on" dates the report, its month and day run together or not', () => {
    expect(openingSentenceDay(fixture('kiln-occurred-on.md'))).toEqual({ date: '2026-03-14', words: 'occurred on March 14, 2026' });
    const read = frontmatterOf(imported('kiln-occurred-on.md').draft);
    expect(read.times.started).toBe('2026-03-14T19:31:00Z');
    expect(read.timeline).toHaveLength(3);
    // Further into a sentence, a day without "occurred on" is any day the story names.
    expect(openingSentenceDay('The kilns were serviced before March 14, 2026, and ran well since then.')).toBeUndefined();
  });

  test('a day opening the issue summary, under its heading with no blank line, dates the report and its span opens it in WAT', () => {
    const read = frontmatterOf(imported('kiln-issue-summary-wat.md').draft);
    expect(openingSentenceDay(fixture('kiln-issue-summary-wat.md'))?.date).toBe('2026-03-11');
    expect(read.timeline.map((row: { at: string }) => row.at.slice(0, 10))).toEqual(['2026-03-11', '2026-03-11', '2026-03-11']);
    expect(parseZone('WAT')).toEqual({ kind: 'offset', minutes: 60, label: 'WAT' });
    // Central Africa Time is no zone read: "14:02 cat /var/log/…" is a command.
    expect(parseZone('CAT')).toBeUndefined();
  });

  test('a day the opening span states with its zone starts the report when no row does', () => {
    const read = frontmatterOf(imported('kiln-issue-summary-wat.md', '# Issue Summary\n03/11/2026 From 04:10 PM to 11:30 PM WAT the kiln scheduler\'s certificate renewal failed and bookings stopped.\n\n## Root cause\n\nThe renewal job could not write its key file.\n').draft);
    expect(read.times.started).toBe('2026-03-11T15:10:00Z');
  });

  test('a Date line\'s time written with its seconds is read', () => {
    expect(frontmatterOf(imported('notion-kiln-postmortem.md').draft).times.started).toBe('2026-03-10T09:08:00Z');
  });
});

describe('files that are no report, said for what they are', () => {
  test('a metrics export is refused as one, before its labels\' commas are weighed', async () => {
    expect(metricsExportKind(['timestamp', 'metric_name', 'metric_value', 'labels'], 'prometheus_2026-03-09.csv')).toBe('Prometheus metric samples, one a row (timestamp, metric_name, metric_value, labels)');
    expect(metricsExportKind(['Title', 'Start', 'Severity', 'Impact'], 'incidents.csv')).toBeUndefined();
    await expect(readReportContent('prometheus_2026-03-09.csv', new TextEncoder().encode(fixture('prometheus_2026-03-09.csv')))).rejects.toThrow(/^is a metrics export, not an incident log: Prometheus metric samples/);
  });

  test('a task\'s definition and a paper are refused by their sections, whatever their titles name', async () => {
    expect(otherDocumentKind(fixture('glaze-incident-task.md'))?.kind).toBe('a task or procedure definition');
    expect(await importRefusal('glaze-incident-task.md', fixture('glaze-incident-task.md'))).toContain('is a task or procedure definition ("Incident Response & Postmortem")');
    expect(otherDocumentKind(fixture('kiln-rca-thesis.md'))?.kind).toBe('a paper or a thesis');
    // A report with a timeline is one, whatever else its sections are.
    expect(otherDocumentKind(`${fixture('glaze-incident-task.md')}\n## Timeline\n\n- 10:12 the kiln stopped\n`)).toBeUndefined();
  });

  test('a Notion export\'s page whose category names no incident is refused; its postmortem is read', async () => {
    expect(notionPageCategory(fixture('notion-kiln-database.md'))).toBe('database');
    expect(await importRefusal('notion-kiln-database.md', fixture('notion-kiln-database.md'))).toContain('is a Notion page its export names "database" (its `category`)');
    expect(notionPageCategory(fixture('notion-kiln-postmortem.md'))).toBeUndefined();
    // A `category` outside a Notion export is a site's own and says nothing here.
    expect(notionPageCategory('---\ntitle: Kiln 4 down\ncategory: database\n---\n\nKiln 4 stopped.\n')).toBeUndefined();
  });

  test('a title in Japanese or Chinese naming a kind of document and no incident, or ending with "Policy"', () => {
    expect(otherDocumentKind(fixture('kiln-ops-checklist-ja.md'))?.kind).toBe('a readiness plan or checklist');
    expect(otherDocumentKind('---\ntitle: "利用規約"\n---\n\n本規約は窯の予約に適用されます。\n')?.kind).toBe('a policy, terms or rules');
    expect(otherDocumentKind('# 窑炉调度专家指南\n\n本指南说明调度参数。\n')?.kind).toBe('documentation or a how-to guide');
    expect(otherDocumentKind('# Release Policy\n\nWe release the kiln scheduler on Tuesdays.\n')?.kind).toBe('a policy, terms or rules');
    expect(otherDocumentKind('# Policy engine outage\n\nThe kiln policy engine stopped.\n')).toBeUndefined();
    // A checklist of what was done in an outage ("障害") names an incident: read.
    expect(otherDocumentKind(fixture('kiln-outage-checklist-ja.md'))).toBeUndefined();
  });

  test('editor snippets and a record\'s or a note\'s template are passed over by their names', () => {
    expect(notReportReason('pages/kate/snippets/kiln.code-snippets')).toBeDefined();
    expect(notReportReason('memory/templates/error-record-template.md')).toBeDefined();
    expect(notReportReason('memory/templates/quick-note-template.md')).toBeDefined();
    expect(notReportReason('memory/errors/KB-004-kiln-relay-note.md')).toBeUndefined();
  });
});

describe('a product\'s name is no team', () => {
  test('"Messaging" after a product\'s first word names no team; "the Messaging team" does', () => {
    const teams = (text: string) => suggestClassification(text, vocabulary).teams;
    expect(teams('Additionally, Cloudline Messaging users in one region saw delayed notifications.')).not.toContain('notifications');
    expect(teams('The Messaging team was paged at 10:12.')).toContain('notifications');
    expect(teams('Delayed notifications were reported to Messaging at 10:20.')).toContain('notifications');
  });
});
