// Bad input, round 9: what round 8 left, and further inputs tried against every command
// (docs/rules.md, "Bad input round 9").
import { describe, expect, test } from 'vitest';
import { findCrossFieldIssues, draftPostmortemObjectSchema } from '../../src/lib/postmortem-schema.ts';
import { errorsAfterEditingGoodInput } from '../support/content-fixture.ts';

const errorsAfter = errorsAfterEditingGoodInput;
const withTimes = (lines: string) => (text: string) => text.replace('  resolved: 2025-07-08T18:30:00Z\n', `  resolved: 2025-07-08T18:30:00Z\n${lines}`);

describe('every pair of key times is ordered', () => {
  test.each([
    ['acknowledged', '2025-07-09T09:00:00Z', 'the page is acknowledged'],
    ['declared', '2025-07-10T18:00:00Z', 'an incident is declared'],
  ])('times.%s after times.resolved is an error at the field, naming both values (it passed)', (field, value, what) => {
    expect(errorsAfter(withTimes(`  ${field}: ${value}\n`))).toEqual([expect.objectContaining({
      rule: 'schema/consistency', field: `times.${field}`,
      message: `times.${field} (${value.replace('Z', '.000Z')}) is after times.resolved (2025-07-08T18:30:00.000Z): ${what} before it is closed. Check the date and the UTC offset of both; if it was only ${field} after it was over, leave times.${field} out and say so in the timeline.`,
    })]);
  });

  test('acknowledged before started, declared before detected: each said once, at its field (both passed)', () => {
    const errors = errorsAfter((t) => withTimes('  acknowledged: 2025-07-08T17:00:00Z\n  declared: 2025-07-08T17:47:00Z\n')(t));
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ['times.acknowledged', 'times.acknowledged (2025-07-08T17:00:00.000Z) is before times.started (2025-07-08T17:45:00.000Z). acknowledged must be at or after started; check the date and the UTC offset.'],
      ['times.declared', 'times.declared (2025-07-08T17:47:00.000Z) is before times.detected (2025-07-08T17:49:00.000Z). declared must be at or after detected; check the date and the UTC offset.'],
    ]);
  });

  test('times in order, and acknowledged and declared in either order between them, pass', () => {
    expect(errorsAfter(withTimes('  acknowledged: 2025-07-08T17:52:00Z\n  declared: 2025-07-08T17:50:00Z\n'))).toEqual([]);
    expect(errorsAfter(withTimes('  acknowledged: 2025-07-08T18:30:00Z\n  declared: 2025-07-08T18:30:00Z\n'))).toEqual([]);
  });

  test('a time a day wrong is said once at its field, not once per time it precedes', () => {
    const pm = draftPostmortemObjectSchema.parse({
      title: 'x', summary: 'x', severity: 'SEV-2', status: 'draft', visibility: 'internal',
      times: { started: '2025-07-08T17:45:00Z', detected: '2025-07-08T17:49:00Z', mitigated: '2025-07-08T17:55:00Z', resolved: '2025-07-07T18:30:00Z' },
      timeline: [], actionItems: [], related: [],
    });
    expect(findCrossFieldIssues(pm).filter((i) => i.path[0] === 'times').map((i) => i.path.join('.'))).toEqual(['times.resolved']);
  });
});
