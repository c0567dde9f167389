import { describe, expect, it, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport, openingSpan } from '../../src/lib/import/import-report.ts';
import { builtPageTwins } from '../../src/lib/import/report-files.ts';
import { slashDatesDayFirst, unsettledSlashDate } from '../../src/lib/import/slash-dates.ts';
import { unfilledTemplate } from '../../src/lib/import/unfilled-template.ts';
import { formatSummary, summarise } from '../../src/lib/import/import-summary.ts';
import { parseZone } from '../../src/lib/import/time-zones.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Import round 45 (docs/import.md): a page built from a source beside it, slashed dates nothing
// settles, an opening span "between … and …" or of two times alone, a file named by its day in its
// year's folder, a template's instructions, a chat line as summary. Fixtures written anew
// (invented organisations and systems), read through the functions: no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round45');
const vocabulary = loadVocabulary(join(root, 'content'));
const imported = (path: string, zone?: string) => {
  const result = importReport(path, readFileSync(join(fixtures, path), 'utf8'), { vocabulary, today: '2026-12-05', ...(zone ? { zone: parseZone(zone)! } : {}) });
  return { result, frontmatter: parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, unknown> & { times?: Record<string, string>; timeline?: { at: string }[] } };
};

describe('a report kept as its source and as the page built from it', () => {
  test('the page is passed over, the source read, and only beside a source of its own name and folder', () => {
    const names = ['2025/cache-miss-storm.md', '2025/cache-miss-storm.html', '2025/disk-full.html', 'old/cache-miss-storm.htm', 'notes/runbook.rst', 'notes/Runbook.HTML', 'feed/status.atom', 'feed/status.json'];
    expect(builtPageTwins(names).map(({ file }) => file)).toEqual(['2025/cache-miss-storm.html', 'notes/Runbook.HTML']);
    expect(builtPageTwins(names)[0].why).toContain('the source is read instead');
  });
});

describe('dates written with slashes that nothing in the report settles', () => {
  test('are read month first as before, and asked about in the draft and once for the batch', () => {
    const { result, frontmatter } = imported('slash-unsettled/printer-spooler.md');
    expect(frontmatter.timeline![0].at).toBe('2025-03-04T09:10:00Z');
    expect(result.inferred).toContain('dates written with slashes read month first (mm/dd/yyyy), as the US writes them: nothing in the report settles the order ("03/04/2025" is 4 March 2025; day first it would be 3 April 2025): check them');
    const summary = formatSummary(summarise([{ source: 'printer-spooler.md', output: 'drafts/2025-03-04-print-spooler-stalled.mdx', result, checkErrors: 0, checkWarnings: 0 }]), false);
    expect(summary).toMatch(/Dates written with slashes read month first \(mm\/dd\/yyyy\) in 1 draft\(s\)[^\n]*--timezone Europe\/London[^\n]*\n +drafts\/2025-03-04-print-spooler-stalled\.mdx \("03\/04\/2025"\)/);
  });
  test('a European zone reads them day first, and they are no longer asked about', () => {
    const { result, frontmatter } = imported('slash-unsettled/printer-spooler.md', 'Europe/London');
    expect(frontmatter.timeline![0].at).toBe('2025-04-03T08:10:00Z');
    expect(result.inferred).toContain("dates written with slashes read day first (dd/mm/yyyy): the report's times are in Europe/London, where days are written day first");
    expect(result.slashedDateUnsettled).toBeUndefined();
  });
  it.each([
    ['a date that can only be one order', '03/04/2025 and 03/24/2025', undefined, undefined, undefined],
    ['a day that tells them apart', '03/10/2025', '2025-03-05', undefined, undefined],
    ['a zone of the United States', '03/04/2025', undefined, 'America/Chicago', undefined],
    ['the same number twice', '05/05/2025', undefined, undefined, undefined],
    ['nothing (UTC is every team\'s zone)', '03/04/2025', undefined, 'UTC', '03/04/2025'],
  ])('settled by %s', (_what, text, day, zone, asked) => {
    expect(unsettledSlashDate(text, day, zone ? parseZone(zone) : undefined, 45)).toBe(asked);
  });
  test('a zone of Eastern Standard Time is no European one', () => {
    expect(slashDatesDayFirst('03/04/2025', undefined, 45, parseZone('EST'))).toBeUndefined();
    expect(slashDatesDayFirst('03/04/2025', undefined, 45, parseZone('CET'))?.from).toContain('CET');
  });
});

describe("a span in the opening's second sentence", () => {
  test('"Between 14:02 and 14:40 UTC on 14 September 2025": the start and the end', () => {
    const { frontmatter } = imported('opening-span/2025-09-14-token-refusals.md');
    expect(frontmatter.times).toMatchObject({ started: '2025-09-14T14:02:00Z', resolved: '2025-09-14T14:40:00Z' });
  });
  test('"The outage lasted from around 20:20 to 20:46 UTC" on the day the report states', () => {
    const { result, frontmatter } = imported('lasted-span/freezing-queue.md');
    expect(frontmatter.times).toMatchObject({ started: '2025-11-02T20:20:00Z', resolved: '2025-11-02T20:46:00Z' });
    expect(result.inferred.join('\n')).toContain('on the incident day 2025-11-02');
  });
  test("the metadata's instants win over a span of part of the outage, and over a span of no zone", () => {
    const stated = ['---', 'title: Queue cluster outage', 'start_time: 2024-05-06T03:10:00Z', 'end_time: 2024-05-06T17:05:00Z', '---', ''];
    const part = importReport('queue.md', [...stated, 'Publishing failed for most tenants between 03:10 and 08:40 UTC. Some saw delays until 17:05 UTC.'].join('\n'), { vocabulary, today: '2026-12-05' });
    expect(parseYaml(splitFrontmatter(part.draft).yaml).times).toMatchObject({ started: '2024-05-06T03:10:00Z', resolved: '2024-05-06T17:05:00Z' });
    const local = importReport('queue.md', [...stated, 'On May 6, 2024, between 8:40 AM and 10:35 PM, publishing failed for most tenants.'].join('\n'), { vocabulary, today: '2026-12-05' });
    expect(parseYaml(splitFrontmatter(local.draft).yaml).times).toMatchObject({ started: '2024-05-06T03:10:00Z', resolved: '2024-05-06T17:05:00Z' });
  });
  test('two times alone in a sentence of no harm are no span (a schedule)', () => {
    expect(openingSpan('The help desk is staffed from 09:00 to 17:00 UTC.', { year: 2025, day: '2025-11-02' })).toBeUndefined();
    expect(openingSpan('Checkout was down from 09:00 to 09:30 UTC.', { year: 2025 })).toBeUndefined();
  });
});

describe("a file named by its day in its year's folder", () => {
  test('"2025/14 March.md" is dated 2025-03-14; a name of other words is not', () => {
    const { result } = imported('year-folders/2025/14 March.md');
    expect(result.fileName).toMatch(/^2025-03-14-/);
    expect(result.inferred).toContain('draft dated 2025-03-14 from its file name ("14 March") in its year\'s folder (2025/), the day it was posted: the report states no day of its own');
    const other = importReport('2025/march-outage.md', '# Upload failures\n\nUploads timed out at the load balancer.\n', { vocabulary, today: '2026-12-05' });
    expect(other.fileName).not.toMatch(/^2025-/);
  });
});

describe("a template whose sections carry the writer's instructions", () => {
  test('is a template; the same template filled in is a report', () => {
    expect(unfilledTemplate(readFileSync(join(fixtures, 'with-template/incident-writeup.md'), 'utf8'))?.placeholders).toEqual(expect.arrayContaining(['YYYY-MM-DD', '<date>', 'HH:MM']));
    expect(unfilledTemplate(readFileSync(join(fixtures, 'with-template/2025-02-11-ledger-stall.md'), 'utf8'))).toBeUndefined();
  });
  test('a report whose own prose is long is no template, even titled by a placeholder', () => {
    const report = ['# Outage on <DATE>', '', 'Describe: the billing export failed for three hours because its queue filled and nobody was paged when the consumer stopped, so finance saw stale invoices all morning.', '', '| Time | Event |', '| --- | --- |', '| HH:MM | <event> |'].join('\n');
    expect(unfilledTemplate(report)).toBeUndefined();
  });
});

describe('a retro without a summary that opens with its chat', () => {
  test('the chat line is no summary: left to fill, and said', () => {
    const report = ['# Incident retro - archive search down', '', '**Incident from:** 2025-04-02', '', '## Timeline', '', '### 2 April 2025', '', '09.14 KD Search returning 502s for everyone, checking the cluster', '', '09.40 KD restarted the search nodes, back up', '', '## What went wrong', '', '- The disk alarm went to an old channel'].join('\n');
    const result = importReport('2025-04-02_archive-search.md', report, { vocabulary, today: '2026-12-05' });
    expect(parseYaml(splitFrontmatter(result.draft).yaml).summary).toBeUndefined();
    expect(result.notes.join('\n')).toContain('no summary: the report has no summary section, and its first paragraph ("09.14 KD Search returning 502s');
  });
  test('a retro opening with a sentence keeps it as its summary', () => {
    const report = ['# Incident retro - archive search down', '', '**Incident from:** 2025-04-02', '', 'Archive search returned errors for half an hour after its disk filled.', '', '## Timeline', '', '09.14 KD Search returning 502s'].join('\n');
    const result = importReport('2025-04-02_archive-search.md', report, { vocabulary, today: '2026-12-05' });
    expect(parseYaml(splitFrontmatter(result.draft).yaml).summary).toBe('Archive search returned errors for half an hour after its disk filled.');
  });
});
