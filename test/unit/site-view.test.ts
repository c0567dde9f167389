import { describe, expect, test } from 'vitest';
import { describeResponsePhases, severityKey, splitKeyDurations, statusLabel, timeToPhrase, unrecordedTimingPhrase } from '../../src/lib/site-view.ts';

const started = '2025-03-14T09:02:00.000Z';

describe('response phases for the key-facts bar', () => {
  test('the example incident: 5 + 2 + 31 + 45 minutes = 83', () => {
    // started 09:02, detected 09:07, acknowledged 09:09, mitigated 09:40, resolved 10:25.
    const phases = describeResponsePhases({
      started,
      detected: '2025-03-14T09:07:00.000Z',
      acknowledged: '2025-03-14T09:09:00.000Z',
      mitigated: '2025-03-14T09:40:00.000Z',
      resolved: '2025-03-14T10:25:00.000Z',
    });
    expect(phases).toEqual([
      { key: 'detect', label: 'Detect', minutes: 5, percent: 6 },
      { key: 'acknowledge', label: 'Acknowledge', minutes: 2, percent: 2.4 },
      { key: 'mitigate', label: 'Mitigate', minutes: 31, percent: 37.3 },
      { key: 'resolve', label: 'Resolve', minutes: 45, percent: 54.2 },
    ]);
  });

  test('a missing milestone is skipped and the next phase starts from the last known one', () => {
    const phases = describeResponsePhases({ started, detected: '2025-03-14T09:12:00.000Z', resolved: '2025-03-14T09:42:00.000Z' });
    expect(phases.map((p) => [p.key, p.minutes, p.percent])).toEqual([['detect', 10, 25], ['resolve', 30, 75]]);
  });

  test.each([
    ['only a start (nothing known yet)', { started }],
    ['every milestone at the start', { started, detected: started, resolved: started }],
  ])('no bar for %s', (_name, times) => {
    expect(describeResponsePhases(times)).toEqual([]);
  });
});

describe('labels', () => {
  test.each([['SEV-0', 'sev-0'], ['SEV-4', 'sev-4']])('severity %s -> %s', (severity, key) => expect(severityKey(severity)).toBe(key));
  test.each([
    ['draft', 'Draft: not published'],
    ['in-review', 'In review: not published'],
    ['published', 'Published'],
  ] as const)('status %s', (status, label) => expect(statusLabel(status)).toBe(label));
});

describe('key facts: durations the times give, and one line for those they do not', () => {
  const durations = [
    { label: 'Time to detect', minutes: undefined, definition: 'detected − started' },
    { label: 'Time to acknowledge', minutes: Number.NaN, definition: 'acknowledged − detected' },
    { label: 'Time to mitigate', minutes: undefined, definition: 'mitigated − started' },
    { label: 'Time to resolve', minutes: 168, definition: 'resolved − started' },
  ];
  test('a status-page record with start and end only: one duration, and the three it lacks named once (no row of "—")', () => {
    const { recorded, notRecorded } = splitKeyDurations(durations);
    expect(recorded.map((d) => [d.label, d.minutes])).toEqual([['Time to resolve', 168]]);
    expect(timeToPhrase(notRecorded)).toBe('time to detect, acknowledge and mitigate');
  });
  test('every time given: no "not recorded" line; zero minutes is a duration', () => {
    const all = durations.map((d, i) => ({ ...d, minutes: i }));
    expect(splitKeyDurations(all).recorded).toHaveLength(4);
    expect(timeToPhrase(splitKeyDurations(all).notRecorded)).toBe('');
    expect(timeToPhrase(['Time to mitigate'])).toBe('time to mitigate');
  });
  test.each([
    // The impact window joins the line: it was a row of its own, "Impact window: not recorded", above it.
    [true, ['Time to detect', 'Time to acknowledge', 'Time to mitigate'], 'impact window; time to detect, acknowledge and mitigate'],
    [true, ['Time to acknowledge'], 'impact window and time to acknowledge'],
    [true, [], 'impact window'],
    [false, ['Time to acknowledge'], 'time to acknowledge'],
    [false, [], ''],
  ] as const)('impact window not recorded: %s, durations %j -> "%s"', (impactWindow, labels, expected) => {
    expect(unrecordedTimingPhrase(impactWindow, labels)).toBe(expected);
  });
});
