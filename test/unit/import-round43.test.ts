import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importFixtures } from '../support/run-import.ts';
import { dashedDatesMonthFirst } from '../../src/lib/import/slash-dates.ts';
import { mkdocsAdmonitionsAsQuotes } from '../../src/lib/import/admonitions.ts';
import { notReportByOpening, notReportReason } from '../../src/lib/import/report-files.ts';

// Import round 43 (docs/import.md): "12:30 AM" on the start's own day, dashed dates month first,
// a monitor's incident of no state word, JSON of a title and a start that is no incident, a status
// page's incidents kept as a CSV without a header, scripts and Dockerfiles beside them, times read
// as UTC asked once for the batch, one reading of code fences. Fixtures written anew (invented
// organisations and systems).
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round43');
let imported: ReturnType<typeof importFixtures>;
beforeAll(() => {
  imported = importFixtures(['noon-own-day', 'dashed-month-first', 'monitor-no-state', 'event-programme', 'status-repo', 'zoneless', 'stamped-log'].map((folder) => join(fixtures, folder)), 'import-round43-');
}, 300_000);
const frontmatterOf = (suffix: string) => imported.frontmatter(imported.draftEndingIn(suffix));

describe('a Date line ending "12:15 AM" on the day its start writes', () => {
  test('ends at noon, 12:15, and the import says how it read it', () => {
    const draft = frontmatterOf('2026-10-09-thumbnail-renderer-queue-backed-up-after-the-font-update.mdx');
    expect(draft.times).toEqual({ started: '2026-10-09T08:45:00Z', resolved: '2026-10-09T12:15:00Z' });
    expect(imported.log).toContain('times.resolved 2026-10-09T12:15:00Z from its "date" line ("12:15 AM" read as 12:15: it writes the start\'s own day, 2026-10-09, and 12 AM (00:15) is before the start, 08:45)');
  });
});

describe('a date written with dashes, "04-08-2026", in a report filed 2026-04-20 in Pacific time', () => {
  test('is the 8th of April (month first), not the 4th of August, after the report was filed', () => {
    const draft = frontmatterOf('2026-04-20-token-minting-helper-accepted-an-unchecked-path.mdx');
    expect((draft.timeline as { at: string }[])[0].at.slice(0, 10)).toBe('2026-04-08');
    expect(imported.log).toContain('dates written with dashes read month first (mm-dd-yyyy)');
  });
  test('is read month first for a US zone alone, never when a date can only be day first', () => {
    const eastern = { kind: 'offset' as const, minutes: -300, label: 'EST' };
    expect(dashedDatesMonthFirst('03-04-2026 - reported', undefined, eastern, 45)).toBeDefined();
    expect(dashedDatesMonthFirst('03-04-2026 - reported', undefined, { kind: 'offset', minutes: 60, label: 'CET' }, 45)).toBeUndefined();
    expect(dashedDatesMonthFirst('03-04-2026 and 24-04-2026', undefined, eastern, 45)).toBeUndefined();
    expect(dashedDatesMonthFirst('06-24-2026', undefined, undefined, 45)?.from).toContain('can only be month first');
  });
});

describe("an uptime monitor's incident of no state word", () => {
  test('is titled by the error it recorded, else as an incident of its component, not by the component alone', () => {
    expect(frontmatterOf('2026-07-11-billing-gateway-tls-handshake-timeout.mdx').title).toBe('billing-gateway: TLS handshake timeout');
    expect(frontmatterOf('2026-07-12-search-api-incident.mdx').title).toBe('search-api incident');
  });
});

describe('JSON of records with a title and a start', () => {
  test('a conference programme (no incident field, not filed as incidents) is no incident', () => {
    expect(imported.drafts.filter((name) => /keynote|workshop/i.test(name))).toEqual([]);
  });
});

describe("a status page's incidents kept as a CSV without a header row", () => {
  test('give a draft a row, the columns known by what they hold; the planned maintenances beside them none', () => {
    const draft = frontmatterOf('2026-02-03-payments-delayed-while-the-settlement-queue-drained.mdx');
    expect(draft.title).toBe('Payments delayed while the settlement queue drained');
    expect(draft.times).toEqual({ started: '2026-02-03T08:10:00Z', resolved: '2026-02-03T09:05:00Z' });
    imported.draftEndingIn('2026-01-19-uploads-refused-during-the-disk-replacement.mdx');
    expect(imported.drafts.filter((name) => /read-only|storage-will/i.test(name))).toEqual([]);
    expect(imported.log).toContain('the sheet has no header row');
  });
  test('a script and a Dockerfile beside them are passed over, and said', () => {
    expect(imported.drafts.filter((name) => /bin-sh|install-dependencies|node-22/i.test(name))).toEqual([]);
    expect(imported.log).toMatch(/a script \(its first line names the program that runs it, "#!…"\): \S*status-repo\/build-page/);
    expect(imported.log).toMatch(/a dependency list or build file: \S*status-repo\/Dockerfile\.dev/);
    expect(notReportReason('docker/Containerfile.prod')).toBe('a dependency list or build file');
    expect(notReportByOpening('notes/outage-2026', () => '# Outage\n')).toBeUndefined();
    // A name with an extension says what the file is: its opening is not read (every file of a folder was).
    const opened: string[] = [];
    const opening = (name: string) => (opened.push(name), '#!/bin/sh\n');
    expect(notReportByOpening('notes/outage.md', opening)).toBeUndefined();
    expect(notReportByOpening('bin/build-page', opening)).toMatch(/^a script/);
    expect(opened).toEqual(['bin/build-page']);
  });
});

describe("a status page's incidents kept one a line, each opening with its day and time (tinystatus)", () => {
  test('give a draft a line, its stamp the start, a line whose newline was lost two; "No ongoing incidents" none', () => {
    expect(frontmatterOf('2026-01-04-webhooks-delayed.mdx').times).toEqual({ started: '2026-01-04T07:30:00Z' });
    expect(frontmatterOf('2026-02-11-sign-in-page-unreachable.mdx').summary).toBe('Sign-in page unreachable. DNS record removed by the cleanup job.');
    expect(frontmatterOf('2026-03-02-search-returned-stale-results-while-the-index-rebuilt.mdx').times).toEqual({ started: '2026-03-02T18:40:00Z' });
    expect(imported.drafts.filter((name) => /no-ongoing|^incidents/.test(name))).toEqual([]);
    expect(imported.log).toContain('1 line(s) held two incidents, their newline lost');
  });
});

describe('times read as UTC, the report stating no zone', () => {
  test('are asked about once for the batch, naming each draft', () => {
    expect(imported.log).toMatch(/Times read as UTC in 4 draft\(s\) whose report states no time zone: if they were written in local time, import again with --timezone ZONE[^\n]*\n(?: +\S+\n)*? +\S*2026-06-02-reverse-proxy-dropped-long-uploads-after-the-timeout-change\.mdx/);
  });
});

describe('an admonition inside a code block fenced with four backticks', () => {
  test('is left as written, though the block holds a three-backtick line', () => {
    const markdown = ['````markdown', '```', '!!! tip', '    Indented words.', '````', '', '!!! note', '    Outside.'].join('\n');
    const read = mkdocsAdmonitionsAsQuotes(markdown);
    expect(read.count).toBe(1);
    expect(read.markdown).toContain('!!! tip\n    Indented words.');
    expect(read.markdown).toContain('> **Note**');
  });
});
