// Bad input, round 20: round 19's leftovers (docs/rules.md, "Bad input round 20"). Each test
// asserts a message the commit before did not give; the controls, what passes unchanged.
import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { parseZone, toUtcIso, wallClockFold, type WallClockFold, type Zone } from '../../src/lib/import/time-zones.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { errorsAfterEditingGoodInput } from '../support/content-fixture.ts';
import { configRefusal } from '../support/kb-config-refusal.ts';

const berlin = parseZone('Europe/Berlin')!;
const newYork = parseZone('America/New_York')!;

describe('a local time in a daylight-saving change (round 19 read it as one instant without a word)', () => {
  test.each<[string, string, string, 'gap' | 'overlap', Zone, string, string | undefined]>([
    ['Europe/Berlin, spring', '2025-03-30', '02:30', 'gap', berlin, '2025-03-30T01:30:00Z', undefined],
    // Round 22: one rule east and west of UTC (RFC 5545): a doubled time is the first, a skipped one
    // read as if the clocks had gone on. Round 20 read these two as 01:30Z (the second) and 06:30Z (an hour back).
    ['Europe/Berlin, autumn', '2025-10-26', '02:30', 'overlap', berlin, '2025-10-26T00:30:00Z', '2025-10-26T01:30:00Z'],
    ['America/New_York, spring', '2025-03-09', '02:30', 'gap', newYork, '2025-03-09T07:30:00Z', undefined],
    ['America/New_York, autumn', '2025-11-02', '01:30', 'overlap', newYork, '2025-11-02T05:30:00Z', '2025-11-02T06:30:00Z'],
  ])('%s: %s %s is a %s', (_, date, time, kind, zone, readAs, other) => {
    expect(wallClockFold(date, time, zone)).toEqual({ kind, date, time, zone: zone.kind === 'iana' ? zone.name : '', readAs, ...(other ? { other } : {}) });
    expect(toUtcIso(date, time, zone)).toBe(readAs);
  });

  test('toUtcIso adds a fold to the list its caller gives, once per wall time; a time outside any fold adds nothing', () => {
    const folds: WallClockFold[] = [];
    for (const [date, time] of [['2025-03-30', '02:30'], ['2025-07-01', '12:00'], ['2025-03-30', '02:30'], ['2025-10-26', '02:30']]) toUtcIso(date, time, berlin, folds);
    expect(folds).toEqual([wallClockFold('2025-03-30', '02:30', berlin), wallClockFold('2025-10-26', '02:30', berlin)]);
  });

  test.each([
    ['2025-03-30', '01:59', 'Europe/Berlin'], ['2025-03-30', '03:00', 'Europe/Berlin'], ['2025-10-26', '03:00', 'Europe/Berlin'], ['2025-10-26', '01:59', 'Europe/Berlin'],
    ['2025-07-01', '12:00', 'Europe/Berlin'], ['2025-03-30', '02:30', 'UTC+1'], ['2025-03-30', '02:30', 'CET'],
  ])('control: %s %s in %s is neither', (date, time, zone) => {
    expect(wallClockFold(date, time, parseZone(zone)!)).toBeUndefined();
  });

  const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
  const report = (rolledBack: string) => `# Search index outage\n\nSearch returned no results for an hour on ${rolledBack.slice(0, 10)}.\n\n## Timeline\n\n- ${rolledBack.slice(0, 10)} 01:40 Alerts fired\n- ${rolledBack} Index rebuilt\n- ${rolledBack.slice(0, 10)} 04:10 Resolved\n\n## Action items\n\n- Alert on an empty index\n`;
  const imported = (text: string) => importReport('search.md', text, { vocabulary, today: '2026-01-01', zone: berlin });

  test('the import says a skipped time in its notes and above the draft\'s times', () => {
    const result = imported(report('2025-03-30 02:30'));
    const note = "the report's 02:30 on 2025-03-30 in Europe/Berlin is a time the clocks skipped (daylight saving began): read as 2025-03-30T01:30:00Z";
    expect(result.notes.some((n) => n.startsWith(note))).toBe(true);
    const frontmatter = result.draft.split('\n---\n')[0];
    expect(frontmatter).toMatch(/^# The report's 02:30 on 2025-03-30 in Europe\/Berlin is a time the clocks skipped[^\n]*\n# Times without a zone[^\n]*\ntimes:/m);
    expect(frontmatter).toContain('- at: 2025-03-30T01:30:00Z\n    event: Index rebuilt');
  });

  test('the import says an hour that came twice, with the other instant', () => {
    const result = imported(report('2025-10-26 02:30'));
    expect(result.notes).toContainEqual("the report's 02:30 on 2025-10-26 in Europe/Berlin came twice (the clocks went back): read as 2025-10-26T00:30:00Z, the first, not 2025-10-26T01:30:00Z; check which the report meant");
  });

  test('control: a report with no such time gets no note', () => {
    const result = imported(report('2025-03-29 02:30'));
    expect(result.notes.filter((n) => /clocks/.test(n))).toEqual([]);
    expect(result.draft).not.toMatch(/clocks/);
  });
});

describe('a year of five digits (round 19 offered 2025-03-21, another day)', () => {
  const messageFor = (value: string) => errorsAfterEditingGoodInput((text) => text.replace(/^drafted: .*$/m, `drafted: ${value}`)).map((e) => e.message);
  test('10000-07-09: no year is near, the month and day are kept', () => {
    expect(messageFor('10000-07-09')).toEqual(['drafted: "10000-07-09" is not a date: its year, 10000, has 5 digits, where a year takes four (1900 to 2999). Write the year meant with four digits, keeping the month and day: YYYY-07-09, e.g. 2025-07-09.']);
  });
  test('20255-07-09: the years one digit fewer makes', () => {
    expect(messageFor('20255-07-09')[0]).toContain('Write 2025-07-09 or 2055-07-09 or 2255-07-09, whichever was meant.');
  });
  test('control: 100000-02-30 keeps the message for a day no month has', () => {
    expect(messageFor('100000-02-30')[0]).not.toContain('digits');
  });
});

describe('site.config.ts', () => {
  const problem = configRefusal;

  test.each([
    ['2025-07-01 ', 'it ends with a space'],
    [' 2025-07-01\t', 'it starts with a space and ends with a tab'],
    ['2025-07-01\u00A0\u00A0', 'it ends with 2 non-breaking spaces'],
    ['2025-07-01T10:00:00Z', 'it holds a time of day'],
  ])('asOf: %j names what is around the day, and the day to write', (asOf, reason) => {
    expect(problem({ asOf })).toContain(`asOf is not a date as written: ${reason}`);
    expect(problem({ asOf })).toContain("Write '2025-07-01'");
  });

  test.each([
    ['@jdoe', "Write the person's name as the postmortems write it, e.g. 'Jane Doe'."],
    ['@jane.doe', "Write the name: 'Jane Doe'."],
  ])('people: %s is a handle, not a name (it was looked for as written, the name published)', (entry, fix) => {
    const message = problem({ redaction: { people: [entry] } });
    expect(message).toContain(`redaction.people[0] is ${JSON.stringify(entry)}, a chat or code-review handle, not a name`);
    expect(message).toContain(fix);
  });

  test('control: asOf as a day and a name in people are taken', () => {
    expect(problem({ asOf: '2025-07-01', redaction: { people: ['Jane Doe'] } })).toBeUndefined();
  });
});
