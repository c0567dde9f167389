import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { isDaysHeading } from '../../src/lib/import/day-heading-title.ts';
import { pointerPageSentence } from '../../src/lib/import/pointer-page.ts';
import { ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 25 (docs/import.md): a status page whose incident is headed by its day, its title one
// level below. Fixtures written anew, modelled on the shape found (a Jekyll status page).
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/round25');
const imported = (name: string) => {
  const result = importReport(name, readFileSync(join(fixtures, name), 'utf8'), { vocabulary, today: '2026-12-03' });
  return { ...result, frontmatter: parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any> };
};

describe('a day heading over the title', () => {
  test('the heading under the day is the title; the day still dates the draft', () => {
    const result = imported('incidents-current.md');
    expect(result.frontmatter.title).toBe('Intermittent scratch mount hangs');
    expect(result.fileName).toBe('2025-04-14-intermittent-scratch-mount-hangs.mdx');
    // The day heading stays in the body, as written.
    expect(result.draft).toContain('### April 14, 2025-ongoing');
  });

  test('a span of days over the title: the title is the heading under it', () => {
    const result = imported('maintenance-window.md');
    expect(result.frontmatter.title).toBe('Cooling plant maintenance');
  });

  test('a day heading followed by prose keeps its rules: a section under it is no title', () => {
    const result = imported('2025-03-02-day-then-prose.md');
    expect(result.frontmatter.title).not.toBe('Background');
    expect(result.fileName.startsWith('2025-03-02-')).toBe(true);
  });

  test('an update\'s time under the day heading is no title', () => {
    const result = imported('2025-05-20-day-then-update.md');
    expect(result.frontmatter.title).not.toMatch(/^09:30/);
  });
});

describe('isDaysHeading', () => {
  test.each([
    ['April 14, 2025-ongoing', true],
    ['June 9-10, 2025', true],
    ['Monday, June 9 – Tuesday, June 10, 2025', true],
    ['2025-06-09 to 2025-06-10', true],
    ['3 March 2025 (ongoing)', true],
    ['March 3, 2025 13:00', false],
    ['March 3, 2025: login outage', false],
    ['March 3, 2025 may be slow', false],
    ['Login outage', false],
    ['MONTH, DAY, YEAR', false],
  ])('%j: %s', (heading, days) => {
    expect(isDaysHeading(heading)).toBe(days);
  });
});

describe('a page that only points elsewhere', () => {
  test('one sentence with a link saying the content is now elsewhere is refused, said with its sentence', async () => {
    const file = join(fixtures, 'storage-graphs.md');
    const refused = await readReportContent(file, readFileSync(file)).then(() => undefined, (error: Error) => error);
    expect(refused).toBeInstanceOf(ListingPageError);
    expect(refused?.message).toContain('only points elsewhere ("The scratch storage throughput charts are now on the overview page.")');
  });

  test('a short notice that also points elsewhere is still a report', async () => {
    const file = join(fixtures, '2025-07-01-cache-move.md');
    const content = await readReportContent(file, readFileSync(file));
    expect(content.text).toContain('is slow while it warms up');
    expect(pointerPageSentence(content.text)).toBeUndefined();
  });
});

describe('a span of days whose year is written once, at its end', () => {
  test('dates the report by its first day, in that year', () => {
    expect(imported('maintenance-window.md').fileName).toBe('2025-06-09-cooling-plant-maintenance.mdx');
  });

  test('a span into the next year opens in the year before its end (round 26: December 30 is in 2025)', () => {
    const report = '### December 30 – January 2, 2026\n\n#### Year-end change freeze\n\n**Notice**: No deployments to the payment services until the freeze ends.\n';
    const result = importReport('freeze.md', report, { vocabulary, today: '2026-12-03' });
    expect(result.fileName).toBe('2025-12-30-year-end-change-freeze.mdx');
  });
});
