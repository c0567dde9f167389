import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { mayBeReportFile } from '../../src/lib/import/report-files.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/team-reports');
const importFixture = (name: string) => {
  const source = readFileSync(join(fixtures, name), 'utf8');
  const result = importReport(`team-reports/${name}`, source, { vocabulary, today: '2026-12-01' });
  return { source, result, data: parseYaml(splitFrontmatter(result.draft).yaml), frontmatter: splitFrontmatter(result.draft).yaml };
};

// The shapes of The Guardian frontend team's incident reports (sixth round): a date written day
// first in the title of a file named by the ISO day, key times on "date" and "duration" lines or a
// "## Date" heading ("from 13:16 -> 14:10"), "Start:"/"End:" lines, "## Effect on end users", and
// "## Actions" with "… GK - DONE" states. Before: 4 of 17 drafts were named on the wrong day
// (05/07/2013 read as May 7), no start time, no action item and 2 impacts of 17.
describe('a team\'s incident reports with labelled date lines and "Actions"', () => {
  test('a title dated day first (04/06/2019) is read so when the file name dates the report on that day', () => {
    const { result } = importFixture('2019-06-04.md');
    expect(result.fileName.startsWith('2019-06-04-')).toBe(true);
  });

  test('"## Date" over "4th June 2019 from 10:05 -> 11:40": the start and the end, read as UTC and said so', () => {
    const { data, frontmatter, result } = importFixture('2019-06-04.md');
    expect(data.times).toEqual({ started: '2019-06-04T10:05:00Z', resolved: '2019-06-04T11:40:00Z' });
    expect(frontmatter).toMatch(/# Times without a zone of their own were read as UTC/);
    expect(result.inferred.join('\n')).toMatch(/times\.started 2019-06-04T10:05:00Z from its "date" line/);
  });

  test('"## Effect on end users" is the impact; "## Actions" are action items, with "- DONE"/"- TODO" states; an ellipsis is none', () => {
    const { data, source, result } = importFixture('2019-06-04.md');
    expect(data.impact.description).toBe('About a third of search requests returned an error page for an hour and a half.');
    expect(data.actionItems.map((item: { title: string; status?: string }) => [item.title, item.status])).toEqual([
      ['Add a heap usage alert on the query nodes. AB - DONE', 'done'],
      ['Document the shard sizing rule in the runbook. CD - TODO.', 'open'],
    ]);
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
  });

  test('"- date: Starting 3.15pm 2019-02-11" and "- duration: Finished approx 6pm 2019-02-11" are the start and the end', () => {
    const { data } = importFixture('2019-02-11.md');
    expect(data.times).toEqual({ started: '2019-02-11T15:15:00Z', resolved: '2019-02-11T18:00:00Z' });
    expect(data.impact.description).toBe('New articles showed grey boxes instead of thumbnails for close to three hours.');
    expect(data.actionItems).toHaveLength(2);
  });

  test('"Start:" and "End:" lines are the start and the end', () => {
    const { data } = importFixture('2019-03-04.md');
    expect(data.times).toEqual({ started: '2019-03-02T09:00:00Z', resolved: '2019-03-04T11:30:00Z' });
  });

  test('"Actions taken" during an incident are not action items', () => {
    const { data } = importFixture('2019-02-11.md');
    const taken = importReport('team-reports/taken.md', '# Cache flush\n\n## Actions taken\n\n- Flushed the cache.\n- Restarted the workers.\n', { vocabulary, today: '2026-12-01' });
    expect(parseYaml(splitFrontmatter(taken.draft).yaml).actionItems).toBeUndefined();
    expect(data.actionItems[0].title).toBe('Alert when the resize queue is older than ten minutes.');
  });

  // Off-infra's "[^incident_on_boot] First time I reboot …" (a note written without its colon) made
  // a draft npm run check refused; 2i2c's scripts/convert_reports.py was imported as a report.
  test('a footnote mark without its note, and a note no mark refers to, stay as text: every word shown, the draft valid', () => {
    const source = '# Disk swap\n\nThe boot flag was on the wrong disk [^on_boot] and the VM did not start.\n\n[^on_boot] The first reboot showed it.\n\nThe label had to be msdos.\n\n[^label]: Tried gpt first.\n';
    const result = importReport('team-reports/disk-swap.md', source, { vocabulary, today: '2026-12-01' });
    expect(result.draft).toContain('wrong disk \\[^on_boot] and');
    expect(result.draft).toContain('\\[^label]: Tried gpt first.');
    expect(result.notes.join('\n')).toMatch(/3 footnote mark\(s\) without a note/);
    const findings = validatePostmortemSource('/tmp/disk-swap.mdx', result.fileName.replace(/\.mdx$/, ''), result.draft, { vocabulary, knownIds: new Set(), contentDir: 'content' }).findings;
    expect(findings.filter((f) => f.rule === 'body/footnote' || f.severity === 'error')).toEqual([]);
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
  });

  test('code and data files beside reports are not reports', () => {
    expect(mayBeReportFile('scripts/convert_reports.py')).toBe(false);
    expect(mayBeReportFile('tools/export.sh')).toBe(false);
    expect(mayBeReportFile('data/incidents.csv')).toBe(false);
    expect(mayBeReportFile('reports/2023-01-05-dns.md')).toBe(true);
    expect(mayBeReportFile('notes/outage')).toBe(true);
  });

  test('without a timeline section, a list whose every item opens with a date and a time is the timeline; the key times stay those the report labels', () => {
    const source = '# Banner ad loops\n\n- date: First reported 11:13am - 30 March 2019\n\n## Summary\n\nA banner looped the page inside its own frame.\n\n## Resolution\n\n- 30 March 2019 12:28 - The ad team was asked to pull the banner.\n- 30 March 2019 18:01 - The request was sent again.\n- 1 April 2019 11:00 - The banner was gone.\n\n## Releases\n\n- 2 April 2019\n- 3 April 2019\n- 4 April 2019\n';
    const result = importReport('team-reports/banner.md', source, { vocabulary, today: '2026-12-01' });
    const data = parseYaml(splitFrontmatter(result.draft).yaml);
    expect(data.timeline.map((row: { at: string }) => row.at)).toEqual(['2019-03-30T12:28:00Z', '2019-03-30T18:01:00Z', '2019-04-01T11:00:00Z']);
    expect(data.times).toEqual({ detected: '2019-03-30T11:13:00Z' });
    expect(result.inferred.join('\n')).toMatch(/timeline from the list under "Resolution"/);
  });

  test('a "Date/Time", "Time" or "Outage window" label with a range gives the start and the end; "Time:" with one time gives neither', () => {
    const timesOf = (source: string) => parseYaml(splitFrontmatter(importReport('team-reports/x.md', source, { vocabulary, today: '2026-12-01' }).draft).yaml).times;
    expect(timesOf('# Queue backlog\n\n**Date/Time:** 2024-01-05 14:00–15:30 UTC\n\nThe queue backed up.\n')).toEqual({ started: '2024-01-05T14:00:00Z', resolved: '2024-01-05T15:30:00Z' });
    expect(importReport('notes/queue.md', '# Queue backlog\n\n**Date/Time:** 2024-01-05 14:00–15:30 UTC\n\nThe queue backed up.\n', { vocabulary, today: '2026-12-01' }).fileName).toBe('2024-01-05-queue-backlog.mdx');
    expect(timesOf('# Queue backlog\n\n- **Date:** 2024-01-05\n- **Time:** 14:00 - 15:30 UTC\n\nThe queue backed up.\n')).toEqual({ started: '2024-01-05T14:00:00Z', resolved: '2024-01-05T15:30:00Z' });
    expect(timesOf('# Queue backlog\n\n| Field | Value |\n| --- | --- |\n| Date | 2024-01-05 |\n| Outage window | 09:10 to 09:55 CET |\n\nThe queue backed up.\n')).toEqual({ started: '2024-01-05T08:10:00Z', resolved: '2024-01-05T08:55:00Z' });
    expect(timesOf('# Queue backlog\n\n## Date: 2024-01-05\n\n## Time: 15:30:00 UTC\n\nThe queue backed up.\n')).toBeUndefined();
  });
});
