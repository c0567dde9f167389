import { describe, expect, it } from 'vitest';
import { isDayOnlySpan, isMidnightUtc, startIsDayOnly } from '../../src/lib/day-only-span.ts';
import { computeImpactDuration, computeTimeToMitigate, computeTimeToResolve } from '../../src/lib/durations.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';

// Invented: a homelab report stating only "Date: 2026-04-03", as the import and the adoption
// measurement store it (the day's midnight UTC where a time would be).
const imported = { source: 'homelab/2026-04-03-ingress.md', format: 'markdown', on: '2026-12-04' } as Postmortem['imported'];
const record = (times: Record<string, string>, fromImport: boolean, impact: Record<string, string> = {}) =>
  ({ times, impact: { description: 'x', ...impact }, ...(fromImport ? { imported } : {}) }) as unknown as Postmortem;

describe('isMidnightUtc', () => {
  it('is true of a day written without hours, in either notation', () => {
    expect(isMidnightUtc('2026-04-03T00:00:00Z')).toBe(true);
    expect(isMidnightUtc('2026-04-03T00:00:00.000Z')).toBe(true);
  });
  it('is false of any other minute or second, and of no date', () => {
    expect(isMidnightUtc('2026-04-03T00:01:00Z')).toBe(false);
    expect(isMidnightUtc('2026-04-03T00:00:30Z')).toBe(false);
    expect(isMidnightUtc('2026-04-03T02:00:00+02:00')).toBe(true);
    expect(isMidnightUtc('not a day')).toBe(false);
  });
});

describe('a span between two days without hours', () => {
  it('is no duration on an imported report: same day or days apart', () => {
    expect(computeTimeToResolve(record({ started: '2026-04-03T00:00:00Z', resolved: '2026-04-03T00:00:00Z' }, true))).toBeUndefined();
    expect(computeTimeToResolve(record({ started: '2026-04-03T00:00:00Z', resolved: '2026-04-05T00:00:00Z' }, true))).toBeUndefined();
    expect(computeTimeToMitigate(record({ started: '2026-04-03T00:00:00Z', mitigated: '2026-04-03T00:00:00.000Z' }, true))).toBeUndefined();
    expect(computeImpactDuration(record({ started: '2026-04-03T00:00:00Z' }, true, { start: '2026-04-03T00:00:00Z', end: '2026-04-04T00:00:00Z' }))).toBeUndefined();
  });
  it('is measured when either end has its hours', () => {
    expect(computeTimeToResolve(record({ started: '2026-04-03T00:00:00Z', resolved: '2026-04-03T09:30:00Z' }, true))).toBe(570);
    expect(computeTimeToResolve(record({ started: '2026-04-03T08:15:00Z', resolved: '2026-04-04T00:00:00Z' }, true))).toBe(945);
  });
  it('is measured on a report written here: an author who types 00:00 means it', () => {
    expect(computeTimeToResolve(record({ started: '2026-04-03T00:00:00Z', resolved: '2026-04-03T00:00:00Z' }, false))).toBe(0);
    expect(isDayOnlySpan({}, '2026-04-03T00:00:00Z', '2026-04-04T00:00:00Z')).toBe(false);
  });
});

describe('startIsDayOnly', () => {
  it('is true of an imported start and end at midnight, or a midnight start without an end', () => {
    expect(startIsDayOnly(record({ started: '2026-04-03T00:00:00Z', resolved: '2026-04-03T00:00:00Z' }, true))).toBe(true);
    expect(startIsDayOnly(record({ started: '2026-04-03T00:00:00Z' }, true))).toBe(true);
  });
  it('is false when the end has its hours, or the report was written here', () => {
    expect(startIsDayOnly(record({ started: '2026-04-03T00:00:00Z', resolved: '2026-04-03T04:10:00Z' }, true))).toBe(false);
    expect(startIsDayOnly(record({ started: '2026-04-03T00:00:00Z' }, false))).toBe(false);
  });
});
