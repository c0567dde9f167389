import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importFixtures } from '../support/run-import.ts';
import { monthSlipReader } from '../../src/lib/import/month-slip.ts';

// Round 37b (docs/import.md): a date-only row east of UTC dated the draft a day early; a day-first
// list that crosses a month's end without turning the month over. Fixtures written anew (invented
// organisations), modelled on passbolt's Android report.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round37b');
let imported: ReturnType<typeof importFixtures>;
beforeAll(() => {
  imported = importFixtures(['east-of-utc', 'month-slip'].map((folder) => join(fixtures, folder)), 'import-round37b-');
}, 300_000);
const draftEndingIn = (suffix: string) => imported.draftEndingIn(suffix);
type Row = { at: string; event: string };

describe('a date-only row east of UTC', () => {
  test('a post dated by its timeline takes the day its first row writes, not the UTC day of its midnight', () => {
    const name = draftEndingIn('-calendar-sync-stopped-for-shared-calendars.mdx');
    expect(name).toBe('2024-11-12-calendar-sync-stopped-for-shared-calendars.mdx');
    // The instant is still the start of that day in CET.
    expect((imported.frontmatter(name).timeline as Row[])[0].at).toBe('2024-11-11T23:00:00Z');
    expect(imported.log).toContain('incident day 2024-11-12 from its timeline');
  });

  test('a report without a day of its own is named by its first row\'s written day', () => {
    expect(draftEndingIn('-ferry-bookings-shown-twice.mdx')).toBe('2024-06-03-ferry-bookings-shown-twice.mdx');
  });
});

describe("a day-first list whose month was not turned over", () => {
  test('rows written after the month\'s end with the old month are read a month on while their days go on', () => {
    const reader = monthSlipReader();
    const days = ['2023-03-27', '2023-03-31', '2023-03-01', '2023-03-03', '2023-03-03', '2023-04-06', '2023-03-02'].map((day) => reader.read(day));
    // The last row would go back from 2023-04-06: read as written (left to the slipped-day rule).
    expect(days).toEqual(['2023-03-27', '2023-03-31', '2023-04-01', '2023-04-03', '2023-04-03', '2023-04-06', '2023-03-02']);
    expect(reader.notes()).toEqual(['3 timeline row(s) dated 2023-03-01 to 2023-03-03, written after a row of 2023-03-31 as the days go on across the month\'s end: read a month on, 2023-04-01 to 2023-04-03 (the month written was not turned over: check it)']);
  });

  test('no month read on far after the row above, or in a list written newest first', () => {
    const read = (days: string[]) => { const reader = monthSlipReader(); return days.map((day) => reader.read(day)); };
    expect(read(['2023-03-10', '2023-03-20', '2023-03-02'])).toEqual(['2023-03-10', '2023-03-20', '2023-03-02']);
    expect(read(['2024-04-30', '2024-04-03', '2024-04-02'])).toEqual(['2024-04-30', '2024-04-03', '2024-04-02']);
  });

  test('the draft has those rows in the next month, and key times from them', () => {
    const data = imported.frontmatter(draftEndingIn('-invoice-exports-delayed.mdx'));
    const rows = data.timeline as Row[];
    expect(rows.find((row) => row.event.startsWith('The stuck worker'))?.at).toBe('2024-12-02T08:45:00Z');
    expect(rows.find((row) => row.event.startsWith('The broken file'))?.at).toBe('2024-12-02T23:00:00Z');
    expect(data.times).toEqual({ started: '2024-11-29T17:10:00Z', detected: '2024-11-30T07:30:00Z', mitigated: '2024-12-02T09:20:00Z' });
    expect(imported.log).toContain('3 timeline row(s) dated 2024-11-02 to 2024-11-03, written after a row of 2024-11-30');
    expect(imported.log).not.toContain('no key time is taken from them');
  });

  test('a list written newest first keeps its days as written', () => {
    const rows = imported.frontmatter(draftEndingIn('-webhook-deliveries-retried-late.mdx')).timeline as Row[];
    expect(rows.map((row) => row.at)).toEqual(['2024-04-02T12:00:00Z', '2024-04-03T07:00:00Z', '2024-04-30T14:00:00Z']);
  });
});
