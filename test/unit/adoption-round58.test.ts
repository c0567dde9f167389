import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { titleNamesOnlyItsDay } from '../../src/lib/import/publishable-title.ts';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { foundInProbe, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';

/**
 * Round 58's adoption walk (docs/adopting.md, "Walkthrough round 58"): a DevOps course's chaos-test
 * reports, each titled from its template "# Incident: YYYY-MM-DD HH-mm-ss" with the time written
 * with dashes as in a file name, beside a data platform's, a chain's and a validator's
 * post-mortems. The reports, services and people here are invented, modelled on what the walk met.
 */

const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const imported = async (name: string, report: string) => {
  const content = await readReportContent(name, Buffer.from(report));
  const result = importReport(name, content.text, { vocabulary, today: '2026-12-07' });
  return { front: parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, unknown>, fileName: result.fileName };
};

const courseReport = (heading: string) => `# ${heading}

## Summary

Between 09:30 and 10:20 on 11/04/25, customers could not place a waffle order. The order kitchen refused every request after a chaos test changed its key.

## Detection

The on-call alert fired and the operator was paged.

## Timeline

All times are UTC.

- *09:35* - Synthetic traffic notices failing waffle orders.
- *09:50* - The operator reads the kitchen's error in the logs.
- *10:20* - The key is rotated and orders succeed again.

## Root cause

The waffle kitchen rejected the service's key after the chaos test replaced it.
`;

describe('a time written with dashes after its day ("2025-11-04 10-20-00")', () => {
  it.each([
    ['2025-11-04 10-20-00', '2025-11-04', '10:20'],
    ['2025-11-04 02-13-13', '2025-11-04', '02:13'],
  ])('%s is that day at that time, not a second day', (text, date, time) => {
    const read = readWrittenTime(text, { year: 2026 });
    expect(read.date).toBe(date);
    expect(read.time).toBe(time);
    expect(read.consumed).toBe(text.length);
  });

  it.each([
    // No time of day: the day is kept and the rest left unread.
    ['2025-11-04 25-20-00', '2025-11-04'],
    // A second day after the first does not replace it.
    ['2025-11-04 10-12-2025', '2025-11-04'],
  ])('%s keeps its first day', (text, date) => {
    const read = readWrittenTime(text, { year: 2026 });
    expect(read.date).toBe(date);
    expect(read.time).toBeUndefined();
  });

  it('a day with dashes and a two-digit year standing alone is still read', () => {
    expect(readWrittenTime('24-10-24', { year: 2026 }).date).toBe('2024-10-24');
  });

  it('the import places the report on its own day, not 25 years before', async () => {
    const { front, fileName } = await imported('incident-2025-11-04-1.md', courseReport('Incident: 2025-11-04 10-20-00'));
    const times = front.times as Record<string, unknown>;
    expect(String(times.started)).toMatch(/^2025-11-04T/);
    expect(fileName).toMatch(/^2025-11-04-/);
  });
});

describe('a title naming only "Incident:" and its day', () => {
  it.each([
    'Incident: 2025-11-04 10-20-00',
    'Incident: 2025-11-04 HH-mm-ss',
    'Incident: 2025-11-04',
    'Incident on 2025-11-04 10:20 UTC',
  ])('%s names only its day', (title) => {
    expect(titleNamesOnlyItsDay(title)).toBe(true);
  });

  it.each([
    'Incident: 2025-11-04 waffle orders failing',
    'Incident: waffle orders failing',
    'Outage: 2025-11-04 kitchen key rejected',
  ])('%s names what broke', (title) => {
    expect(titleNamesOnlyItsDay(title)).toBe(false);
  });

  // The public title is the draft's title (npm run fill -- --public); before, "HH-mm-ss" was published as one.
  it.each(['Incident: 2025-11-04 10-20-00', 'Incident: 2025-11-04 HH-mm-ss'])('the draft of "%s" is titled by its summary', async (heading) => {
    const { front, fileName } = await imported('incident-2025-11-04-1.md', courseReport(heading));
    expect(front.title).toMatch(/waffle order/);
    expect(front.title).not.toMatch(/HH-mm-ss|10-20-00|^Incident/);
    expect(fileName).not.toMatch(/hh-mm-ss|10-20-00/);
  });
});

describe('the other titles of the course reports', () => {
  it('a summary opening with "Between the hour of … on 11/04/25," is titled by what happened after it', async () => {
    const { front } = await imported('incident-2025-11-04-1.md', courseReport('Incident: 2025-11-04 10-20-00').replace('Between 09:30 and 10:20 on 11/04/25, customers could not place a waffle order.', 'Between the hour of 09:30 and 10:20 on 11/04/25, customers could not place a waffle order.'));
    expect(front.title).toBe('Customers could not place a waffle order');
  });

  it('a report whose day heading is a level-2 heading is not titled by its "## Detection" section', async () => {
    const report = courseReport('Incident: 2025-11-04 10:20 UTC').replace(/^# /, '## ');
    const { front } = await imported('incident-2025-11-04-1.md', report);
    expect(front.title).not.toBe('Detection');
    expect(front.title).toMatch(/waffle order/);
  });

  it('a title opening with a section word but naming what broke stays a title', async () => {
    const report = courseReport('Incident: 2025-11-04 10:20 UTC').replace(/^# /, '## ').replace('## Summary', '## Response times of waffle orders degraded\n\n## Summary');
    const { front } = await imported('incident-2025-11-04-1.md', report);
    expect(front.title).toBe('Response times of waffle orders degraded');
  });

  it('"Incident: <day>" over a report with nothing else to title it by is kept, not refused', async () => {
    const fenced = `# Incident: 2025-11-04 10-20-00\n\n## Summary\n\n\`\`\`\nBetween 09:30 and 10:20 customers could not order.\n\`\`\`\n`;
    const { front } = await imported('incident-2025-11-04-1.md', fenced);
    expect(front.title).toBe('Incident: 2025-11-04 10-20-00');
  });
});

describe("a report's id opening its public title (npm run redact)", () => {
  const post = (title: string) => `---\ntitle: "${title}"\nvisibility: public\npublic:\n  title: "${title}"\n  summary: "The scheduler lost its queue."\n---\n\nThe scheduler lost its queue.\n`;
  const publicTitle = (title: string) => /public:\n {2}title: (.*)/.exec(publicTextAfterRedact(post(title)))?.[1];

  it.each([
    ['QX-014: Scheduler queue lost after restart', '"Scheduler queue lost after restart"'],
    ['RUN-2025-7 – Scheduler queue lost after restart', '"Scheduler queue lost after restart"'],
  ])('%s goes without its id, not "An internal system: …"', (title, expected) => {
    expect(publicTitle(title)).toBe(expected);
  });

  it('an id the title needs (two words after it at least) stays replaced where it stands', () => {
    const after = publicTitle('QX-014: Lost');
    expect(after).not.toContain('QX-014');
  });

  it('an id inside the title, not opening it, is replaced as before', () => {
    const after = publicTitle('Scheduler queue lost after QX-014 restart');
    expect(after).not.toContain('QX-014');
    expect(after).toMatch(/Scheduler queue lost after .+ restart/);
  });
});

describe('a hard-wrapped sentence going on with a lower-case noun and a verb of minutes (npm run check)', () => {
  const wrapped = 'At the epoch boundary (height 4,410,000), the ledger stopped finalising. Every\nsequencor agreed on the state root of the last finalised block, yet each began\na different next epoch.\n';

  it('the noun opening the second line opens no sentence, and is no handle', () => {
    expect(foundInProbe(wrapped).filter((found) => found.includes('sequencor'))).toEqual([]);
  });

  it.each([
    // A sentence ends before the line: the handle opens the next one, as in minutes.
    'The release planning went over time as usual, and we closed it.\ntovrel agreed to write the minutes.\n',
    // A short label over the line is no sentence going on.
    'Release planning\ntovrel agreed to write the minutes.\n',
    '- tovrel agreed to write the minutes\n',
  ])('a handle opening a line of minutes is still found: %j', (text) => {
    expect(foundInProbe(text).some((found) => found.endsWith(':tovrel'))).toBe(true);
  });
});
