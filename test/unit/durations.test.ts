import { describe, expect, test } from 'vitest';
import {
  computeTimeToDetect, computeTimeToAcknowledge, computeTimeToMitigate, computeTimeToResolve,
  computeImpactDuration, computeTimeToDraft, computeTimeToPublish, computeDurations, durationFigure, formatDuration, formatStatedMinutes,
  daysBetween, durationParseCount, minutesBetween, parseCacheLimit,
} from '../../src/lib/durations.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { buildInsights } from '../../src/lib/insights.ts';
import { groupBy } from '../../src/lib/browse.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';

const pm = (times: Partial<Postmortem['times']>, extra: Partial<Postmortem> = {}) =>
  ({ times: { started: '2025-03-14T09:02:00.000Z', ...times }, impact: { description: 'x' }, drafted: '2025-03-15', ...extra }) as Postmortem;

describe('durations, hand-computed', () => {
  const full = pm(
    { detected: '2025-03-14T09:07:00.000Z', acknowledged: '2025-03-14T09:09:00.000Z', mitigated: '2025-03-14T09:40:00.000Z', resolved: '2025-03-14T10:25:00.000Z' },
    { impact: { description: 'x', start: '2025-03-14T09:02:00.000Z', end: '2025-03-14T09:40:00.000Z' }, drafted: '2025-03-15', published: '2025-03-20' } as Partial<Postmortem>,
  );
  test.each([
    ['time to detect = 09:07 - 09:02', computeTimeToDetect, 5],
    ['time to acknowledge = 09:09 - 09:07', computeTimeToAcknowledge, 2],
    ['time to mitigate = 09:40 - 09:02', computeTimeToMitigate, 38],
    ['time to resolve = 10:25 - 09:02', computeTimeToResolve, 83],
    ['impact = 09:40 - 09:02', computeImpactDuration, 38],
    ['time to draft = 15 Mar - 14 Mar, in days', computeTimeToDraft, 1],
    ['time to publish = 20 Mar - 14 Mar, in days', computeTimeToPublish, 6],
  ])('%s', (_name, compute, expected) => {
    expect(compute(full)).toBe(expected);
  });

  test('a missing instant gives undefined, not zero', () => {
    const nearMiss = pm({ detected: '2025-03-14T09:07:00.000Z' });
    expect(computeTimeToResolve(nearMiss)).toBeUndefined();
    expect(computeTimeToAcknowledge(nearMiss)).toBeUndefined();
    expect(computeImpactDuration(nearMiss)).toBeUndefined();
    expect(computeTimeToDetect(nearMiss)).toBe(5);
  });

  test('spans midnight and days', () => {
    expect(computeTimeToResolve(pm({ started: '2023-08-22T13:30:00.000Z', resolved: '2023-08-23T14:00:00.000Z' }))).toBe(24 * 60 + 30);
  });
});

describe('formatDuration', () => {
  test.each([
    // Whole minutes between two times: 0 is a span inside one minute, not nothing.
    [0, 'under 1 min'], [0.4, 'under 1 min'], [-0.2, 'under 1 min'], [0.5, '1 min'], [5, '5 min'], [59, '59 min'], [60, '1 h'], [83, '1 h 23 min'], [1440, '1 d'],
    [1470, '1 d'], [1500, '1 d 1 h'], [3 * 1440 + 4 * 60 + 59, '3 d 4 h'], [undefined, '—'], [-5, '-5 min'],
    [59.6, '1 h'], [192, '3 h 12 min'], [2 * 1440 + 4 * 60, '2 d 4 h'], [45, '45 min'], [NaN, '—'],
  ])('%s minutes -> %s', (minutes, expected) => {
    expect(formatDuration(minutes as number | undefined)).toBe(expected);
  });
});

describe('durationFigure', () => {
  test('the words before the number apart, for the page to draw them small', () => {
    expect(durationFigure(0)).toEqual({ qualifier: 'under', value: '1 min' });
    expect(durationFigure(142)).toEqual({ value: '2 h 22 min' });
    expect(durationFigure(undefined)).toEqual({ value: '—' });
  });
});

describe('formatStatedMinutes', () => {
  test('a stated downtime of 0 is none; other counts read as durations', () => {
    expect(formatStatedMinutes(0)).toBe('none');
    expect(formatStatedMinutes(90)).toBe('1 h 30 min');
  });
});

describe('computeDurations', () => {
  test('all at once, hand-computed, undefined where an input is missing', () => {
    const resolvedNextDay = pm(
      { detected: '2025-03-14T09:10:30.000Z', resolved: '2025-03-15T11:32:00.000Z' },
      { drafted: '2025-03-17', published: '2025-03-24' } as Partial<Postmortem>,
    );
    expect(computeDurations(resolvedNextDay)).toEqual({
      // 8 min 30 s rounds to 9 (nearest minute, halves up).
      timeToDetect: 9,
      timeToAcknowledge: undefined,
      timeToMitigate: undefined,
      // 14 Mar 09:02 -> 15 Mar 11:32 = 24 h + 2 h 30 min.
      timeToResolve: 1590,
      customerImpact: undefined,
      // Days count UTC calendar days: resolved on the 15th, drafted on the 17th.
      timeToDraftDays: 2,
      timeToPublishDays: 9,
    });
  });
  test('a resolution late in the UTC day still counts calendar days, not 24-hour spans', () => {
    const late = pm({ resolved: '2025-03-14T23:50:00.000Z' }, { drafted: '2025-03-15' } as Partial<Postmortem>);
    expect(computeTimeToDraft(late)).toBe(1);
  });
});

describe('each instant and day is parsed once (session 19: about 17 parses of each for every insights page)', () => {
  test('the same instants again are not parsed again; others are', () => {
    const from = `2031-0${1 + Math.floor(Math.random() * 9)}-14T09:02:00.000Z`;
    const before = durationParseCount();
    expect(minutesBetween(from, '2031-12-14T10:25:00.000Z')).toBe(Math.round((Date.parse('2031-12-14T10:25:00.000Z') - Date.parse(from)) / 60_000));
    const parsed = durationParseCount();
    expect(parsed).toBeGreaterThan(before);
    for (let i = 0; i < 5; i++) minutesBetween(from, '2031-12-14T10:25:00.000Z');
    expect(durationParseCount()).toBe(parsed);
    minutesBetween(from, '2031-12-14T10:26:00.000Z');
    expect(durationParseCount()).toBe(parsed + 1);
    // Days are midnights, cached apart from instants: an instant and its day differ.
    expect(daysBetween(from, '2031-12-14T10:25:00.000Z')).toBe(Math.round((Date.parse('2031-12-14T00:00:00Z') - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000));
  });
  test('a text that is no date gives NaN every time, cached or not', () => {
    expect(minutesBetween('not a date', '2031-12-14T10:25:00.000Z')).toBeNaN();
    expect(minutesBetween('not a date', '2031-12-14T10:25:00.000Z')).toBeNaN();
    expect(daysBetween('2031-13-45', '2031-12-14')).toBeNaN();
  });
  test('past the limit the cache starts again, and the values stay right', () => {
    const start = Date.parse('2040-01-01T00:00:00.000Z');
    const instants = Array.from({ length: parseCacheLimit + 10 }, (_, i) => new Date(start + i * 60_000).toISOString());
    for (const instant of instants) minutesBetween(instants[0], instant);
    const before = durationParseCount();
    expect(minutesBetween(instants[1], instants[0])).toBe(-1);
    expect(durationParseCount()).toBe(before + 1);
  });
  test('the insights of the example content, whole and per team, parse each instant once, with the same figures as Date.parse gives', () => {
    const records = validateCorpus('content', { frontmatterOnly: true }).postmortems.filter((p) => p.data).map((p) => ({ id: p.id, data: p.data! }));
    expect(records.length).toBeGreaterThan(20);
    const asOf = '2026-01-01';
    const triggerName = (id: string) => id;
    const first = buildInsights(records, { asOf, triggerName });
    const parsed = durationParseCount();
    // Every page of insights after the first reads instants it has seen: no parse at all.
    const again = buildInsights(records, { asOf, triggerName });
    for (const [, group] of groupBy(records, (r) => r.data.teams)) buildInsights(group, { asOf, triggerName });
    expect(durationParseCount()).toBe(parsed);
    expect(again.metrics).toEqual(first.metrics);
    // The figures are Date.parse's: each record's time to resolve, computed without the cache.
    for (const { data } of records) {
      const { started, resolved } = data.times;
      expect(computeTimeToResolve(data)).toBe(resolved ? Math.round((Date.parse(resolved) - Date.parse(started)) / 60_000) : undefined);
    }
  });
});
