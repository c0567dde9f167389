import { beforeAll, describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importFixtures } from '../support/run-import.ts';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';

// Import round 39b (docs/import.md): what round 39 left of Mozilla's incident template. Fixtures
// written anew (invented organisations and systems), modelled on its key-time list and timeline.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round39b');
let imported: ReturnType<typeof importFixtures>;
beforeAll(() => {
  imported = importFixtures([join(fixtures, 'key-times')], 'import-round39b-');
}, 300_000);
const frontmatterOf = (suffix: string) => imported.frontmatter(imported.draftEndingIn(suffix));

describe('a labelled key time against a row read as one', () => {
  test('the label wins over a lead-up row and a later row read as the detection, and the import report says they disagree', () => {
    expect(frontmatterOf('-lantern-gateway-down.mdx').times).toMatchObject({ started: '2024-06-11T21:10:00Z', detected: '2024-06-11T21:35:00Z' });
    expect(imported.log).toContain('times.started 2024-06-11T21:10:00Z from its "Time of first Impact" line, not the timeline\'s 2024-06-11T17:00:00Z');
    expect(imported.log).toContain('times.detected 2024-06-11T21:35:00Z from its "Time Detected" line, not the timeline\'s 2024-06-11T22:05:00Z');
  });

  test('a label that would put the key times out of order does not win, said', () => {
    expect(frontmatterOf('-tollbooth-billing-export-late.mdx').times).toEqual({ started: '2024-08-02T09:00:00Z', detected: '2024-08-02T09:30:00Z', resolved: '2024-08-02T12:05:00Z' });
    expect(imported.log).toContain('times.resolved 2024-08-02T12:05:00Z from the timeline, not its "Time Resolved" line (2024-08-02T09:20:00Z), which would put the key times out of order');
  });
});

describe('a day read from a key time\'s label', () => {
  test('is said to come from that label, not from a "Date" line', () => {
    expect(imported.log).toContain('incident day 2024-06-11 from its "Time of first Impact" line');
    expect(imported.log).not.toContain('incident day 2024-06-11 from its "Date" line');
  });
});

describe('a day and a time written without a space', () => {
  test('are read as a day and a time, and the row is placed', () => {
    expect(readWrittenTime('2024-06-1123:15 UTC', { year: 2024 })).toMatchObject({ date: '2024-06-11', time: '23:15' });
    const lantern = frontmatterOf('-lantern-gateway-down.mdx') as { timeline: { at: string }[]; times: { resolved?: string } };
    expect(lantern.timeline.map((row: { at: string }) => row.at)).toContain('2024-06-11T23:15:00Z');
    expect(lantern.times.resolved).toBe('2024-06-11T23:15:00Z');
  });
});

describe('a row timed "Day before"', () => {
  test('is placed on the day before the incident day, and the rows after it stay on the incident day', () => {
    const rows = frontmatterOf('-lantern-gateway-down.mdx').timeline as { at: string; event: string }[];
    expect(rows.find((row) => row.event.includes('Certificate bundle'))?.at).toBe('2024-06-10T00:00:00Z');
    expect(rows.find((row) => row.event.includes('handshake errors'))?.at).toBe('2024-06-11T21:40:00Z');
  });
});
