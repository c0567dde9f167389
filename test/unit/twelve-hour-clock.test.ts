// One reading of an hour written with am/pm (session 63's lead: the two body-timeline checks read
// `13:06 PM` differently, the order check as 13:06 and the agreement check as no time).
import { describe, expect, test } from 'vitest';
import { hourOnTwentyFourHourClock } from '../../src/lib/twelve-hour-clock.ts';
import { findBodyTimelineDisagreements } from '../../src/lib/body-timeline-agreement.ts';
import { findTimelineTurningBack } from '../../src/lib/body-timeline-order.ts';
import { instantAdvice } from '../../src/lib/instant-advice.ts';
import { readSheetTime } from '../../src/lib/import/sheet-dates.ts';
import { isRealInstant } from '../../src/lib/postmortem-schema.ts';

describe('hourOnTwentyFourHourClock', () => {
  test.each([
    [0, undefined, 0], [23, undefined, 23], [9, 'AM', 9], [12, 'AM', 0], [12, 'PM', 12], [1, 'p', 13], [11, 'p.m.', 23],
    [13, 'PM', 13], [23, 'pm', 23],
  ])('%s %s is %s', (hour, meridiem, expected) => {
    expect(hourOnTwentyFourHourClock(hour, meridiem)).toBe(expected);
  });
  test.each([[24, undefined], [13, 'AM'], [0, 'PM'], [0, 'am'], [25, 'PM'], [1.5, undefined], [-1, undefined]])('%s %s is no time of day', (hour, meridiem) => {
    expect(hourOnTwentyFourHourClock(hour, meridiem)).toBeUndefined();
  });
});

describe('both body-timeline checks read one clock', () => {
  const front = [{ at: new Date('2025-07-08T13:06:00Z'), event: 'Error-rate alert pages the on-call.' }, { at: new Date('2025-07-08T13:14:00Z'), event: 'Config reverted.' }];
  const disagreements = (body: string) => findBodyTimelineDisagreements(body, front).map((found) => found.mistake.message);
  const turningBack = (body: string) => findTimelineTurningBack(body, 1).map(({ mistake }) => mistake.message);

  test('`13:20 PM` is 13:20 for the agreement check too: an entry 6 minutes off the frontmatter is said (it was passed over)', () => {
    const body = '## Timeline\n\n- 13:06 PM UTC Error-rate alert pages the on-call.\n- 13:20 PM UTC Config reverted.';
    expect(disagreements(body)).toEqual([expect.stringMatching(/"Config reverted\." at 13:20 PM, but .* at 13:14 UTC/)]);
    expect(turningBack(body)).toEqual([]);
  });
  test('the same entries on time: neither check says anything', () => {
    expect(disagreements('## Timeline\n\n- 13:06 PM UTC Error-rate alert pages the on-call.\n- 1:14 PM UTC Config reverted.')).toEqual([]);
  });
  test('a clock contradicting itself (`13:20 AM`) is passed over by both, not read as 01:20 or 13:20', () => {
    const body = '## Timeline\n\n- 13:06 PM UTC Error-rate alert pages the on-call.\n- 13:20 AM UTC Config reverted.';
    expect(disagreements(body)).toEqual([]);
    expect(turningBack('## Timeline\n\n- 13:14 PM second\n- 13:20 AM first\n- 13:06 PM third')).toEqual([expect.stringMatching(/13:06 PM .*13:14 PM/)]);
  });
});

describe('the schema\'s advice and the import read the same clock', () => {
  test('an instant written `2025-07-08 13:06 PM` is advised as 13:06 (it was not recognised as a written clock)', () => {
    expect(instantAdvice('2025-07-08 13:06 PM UTC', isRealInstant)).toContain('Write 2025-07-08T13:06:00Z.');
    expect(instantAdvice('2025-07-08 1:06 PM UTC', isRealInstant)).toContain('Write 2025-07-08T13:06:00Z.');
  });
  test('a sheet cell `3/5/2024 13:06 PM` is 13:06, `3/5/2024 13:06 AM` no time', () => {
    expect(readSheetTime('3/5/2024 13:06 PM', 'month-first')).toMatchObject({ date: '2024-03-05', time: '13:06' });
    expect(readSheetTime('3/5/2024 13:06 AM', 'month-first')?.time).toBeUndefined();
  });
});
