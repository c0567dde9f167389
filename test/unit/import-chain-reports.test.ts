import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';
import { parseMarkdown, plainText } from '../../src/lib/import/report-structure.ts';
import { recogniseFailureModes } from '../../src/lib/failure-modes.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/chain-reports');
const importFixture = (name: string) => {
  const source = readFileSync(join(fixtures, name), 'utf8');
  const result = importReport(`chain-reports/${name}`, source, { vocabulary, today: '2026-11-30' });
  return { source, result, data: parseYaml(splitFrontmatter(result.draft).yaml) };
};

// Shapes of the Persistence and Comdex chain-halt reports (2026-12-01 round): a Google Docs export
// with bold-label lines joined by hard line breaks, an action table under an empty heading, a
// timeline of "13:10 GST: …" lines in one paragraph; headings used as labels ("## Date: …").
describe('reports exported from Google Docs with bold-label lines, and headings as labels', () => {
  test('a hard line break ends a line of the text the importer reads', () => {
    expect(plainText(parseMarkdown('13:10 GST: first  \n13:25 GST: second\n'))).toBe('13:10 GST: first\n13:25 GST: second\n');
  });

  test('a day written in a file name with hyphens ("14-Mar-2024_…", "07-Sept-2022") is read', () => {
    expect(readWrittenTime('14-Mar-2024_indexer_upgrade_halt.md', { year: 2000 }).date).toBe('2024-03-14');
    expect(readWrittenTime('07-Sept-2022_V3', { year: 2000 }).date).toBe('2022-09-07');
    expect(readWrittenTime('06-nov-2022', { year: 2000 }).date).toBe('2022-11-06');
  });

  test('bold-label lines are sections: summary and impact are read, the action table without a heading too', () => {
    const { source, result, data } = importFixture('14-Mar-2024_indexer_upgrade_halt.md');
    expect(result.fileName).toBe('2024-03-14-indexer-upgrade-halt-postmortem.mdx');
    expect(data.summary).toBe('Block production stopped for two hours after the indexer upgrade because half the nodes ran an older compiler.');
    expect(data.impact.description).toBe('No blocks were produced for about two hours. Withdrawals queued during the halt were processed late.');
    expect(data.actionItems).toEqual([
      { id: 'AI-1', title: 'Pin the compiler version in the node build', status: 'done' },
      { id: 'AI-2', title: 'Alert when nodes report different state hashes', status: 'open' },
    ]);
    expect(result.inferred).toContain('action items from a table headed "Action Item" (no section is named for them)');
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
  });

  test('timeline lines joined by hard breaks are rows, in GST (UTC+4); a day label with a note in brackets is no row', () => {
    const { result, data } = importFixture('14-Mar-2024_indexer_upgrade_halt.md');
    expect(data.timeline.map((row: { at: string; kind: string }) => [row.at, row.kind])).toEqual([
      ['2024-03-14T09:10:00Z', 'detection'],
      // "Block production stopped …" is the impact, no mitigation: a chain's block is a noun (import round 34).
      ['2024-03-14T09:25:00Z', 'other'],
      ['2024-03-14T11:05:00Z', 'mitigation'],
      ['2024-03-14T11:25:00Z', 'resolution'],
    ]);
    expect(data.timeline[0].event).toBe('The first nodes reported a state hash mismatch in the operators channel');
    expect(result.inferred).toContain('time zone GST as the report states it');
    expect(data.times.started).toBe('2024-03-14T09:10:00Z');
  });

  test('"follow-ups" is not a UPS (power) failure', () => {
    expect(recogniseFailureModes('Resolved, two follow-ups open.').map((mode) => mode.id)).not.toContain('power-cooling');
    expect(recogniseFailureModes('The UPS failed and the rack lost power.').map((mode) => mode.id)).toContain('power-cooling');
  });

  test('a report that opens with "## Incident Report for …" is titled by it; "## Date: …" dates it; "## Details:" is its summary', () => {
    const { result, data } = importFixture('incident_report_fee_rate_02_Apr.md');
    expect(data.title).toBe('Fee rate set ten times too high after the vault upgrade');
    expect(result.inferred).toContain('title from the heading it opens with');
    expect(result.fileName).toBe('2024-04-02-fee-rate-set-ten-times-too-high-after-the-vault-upgrade.mdx');
    expect(data.summary).toMatch(/^The vault fee was meant to drop to 0\.5% with the upgrade/);
  });

  test('"**Summary:** …" under "## Summary" is the summary without its label; "## Summary" opening a report is no title', () => {
    const source = '## Summary\n\n**Date of incident:** 2024-05-01\n\n**Summary:** The ledger stopped for an hour after an upgrade of its nodes.\n';
    const { draft, title } = importReport('2024-05-01-ledger.md', source, { vocabulary, today: '2026-11-30' });
    expect(parseYaml(splitFrontmatter(draft).yaml).summary).toBe('The ledger stopped for an hour after an upgrade of its nodes.');
    expect(title).toBe('2024-05-01 ledger');
  });
});

// Shape of the summaries of public postmortems in the graphrca corpus: labels as plain lines of one
// paragraph, the last one ("Timeline:") over a list of "11:55: …" rows.
describe('a plain label ending a paragraph over a list', () => {
  const source = '# Why the shop went down\n\nDirect cause: a sale tripled the traffic.\nRoot cause: services reserved more than they used, so nothing could scale.\nTimeline:\n- 11:55: Traffic spike, scaling required\n- 12:05: Frontend starts failing\n- 12:20: Restored after adding nodes\n';

  test('is the section of the list: its rows are the timeline, placed on the day the report states', () => {
    const result = importReport('2018-07-18-shop-down.md', source, { vocabulary, today: '2026-11-30' });
    const data = parseYaml(splitFrontmatter(result.draft).yaml);
    expect(data.timeline.map((row: { at: string }) => row.at)).toEqual(['2018-07-18T11:55:00Z', '2018-07-18T12:05:00Z', '2018-07-18T12:20:00Z']);
    expect(data.summary).toBe('Direct cause: a sale tripled the traffic. Root cause: services reserved more than they used, so nothing could scale.');
  });

  test('without a day the rows are listed as not placed, not passed over', () => {
    const result = importReport('shop-down.md', source, { vocabulary, today: '2026-11-30' });
    expect(result.unread.map((row) => row.reason)).toEqual(Array(3).fill('time without a date, and the report states no incident day'));
  });
});
