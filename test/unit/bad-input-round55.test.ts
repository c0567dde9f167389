// Bad input, round 55 (docs/rules.md, "Bad input round 55"): round 54's leftovers (a heading under "Next Steps"
// whose prose says the work is done read as a follow-up, a front-matter timeline's time alone told the same day
// after midnight, impact.start 123 ms before times.started an error, a public table's cell emptied by its
// <Internal>) and what the round's 194 inputs found: a body timeline's merged day cell across midnight, `(+1d)`
// read as no day, a follow-up heading's `(checkout, 2025-09-01)` and `(Ana)` kept in its title, a footnote's
// mark in a title, an HTML table of follow-ups read as nothing, `severity: monitoring`, `owner: AL`,
// `services: [Redis]`, `owner: "Lopez, Ana"`, `length: 1.0 hours`.
import { describe, expect, test } from 'vitest';
import { proseSaysDone } from '../../src/lib/body-follow-ups.ts';
import { findTimelineTurningBack } from '../../src/lib/body-timeline-order.ts';
import { dayForTimeAlone } from '../../src/lib/time-alone-day.ts';
import { findTitleProblem } from '../../src/lib/plain-text-fields.ts';
import { followUps, said, checked, adding, replacing, both, publicPost } from '../support/good-input-changed.ts';

const turningBack = (body: string) => findTimelineTurningBack(body, 40).map(({ line, mistake }) => `${line}: ${mistake.message} | ${mistake.fix}`);

describe('round 54\'s leftovers', () => {
  test('a heading under "Next Steps" whose prose tells the work as done is no follow-up', () => {
    expect(followUps('### Next Steps\n\n##### Moving the database to a bigger host\n\nWe moved it on Friday; it went well.')).toEqual([]);
    expect(followUps('## Next Steps\n\n### Upgrade the pooler\n\nThis was completed on 2025-07-10.')).toEqual([]);
    expect(followUps('## Next Steps\n\n### Moving the database\n\nThe database was moved on Friday.')).toEqual([]);
    expect(proseSaysDone(['We rolled it out on Monday.'])).toBe(true);
  });
  test('control: a heading whose prose looks ahead, or gives an owner, stays a follow-up', () => {
    expect(followUps('## Next Steps\n\n### Add a canary stage\n\nWe will add a stage that takes 5% of traffic.')).toHaveLength(1);
    expect(followUps('## Next Steps\n\n### Move the database to a bigger host\n\nWe plan to move it next quarter.')).toHaveLength(1);
    expect(followUps('## Next Steps\n\n### Move the database\n\nWe moved the first half; the rest will follow.')).toHaveLength(1);
    expect(followUps('## Next Steps\n\n### Move the database\n\nWe moved half of it. Owner: checkout.')[0]).toMatch(/its owner \(checkout\)/);
  });
  test('a front-matter timeline\'s time alone is told the day the entries before it imply: the next one past midnight', () => {
    const found = checked(replacing('  - at: 2025-07-08T17:55:00Z', '  - at: "00:10"')).join('\n');
    expect(found).toContain('00:10 is a time without its day: write the day before it, 2025-07-09T00:10:00Z: the entry before it, timeline[0], is at 2025-07-08T17:49:00Z, later in the day, so 00:10 is past midnight, on the next day.');
    expect(found).not.toContain('2025-07-08T00:10:00Z');
  });
  test('the same day when it is later than the entry before it; times.started\'s day when no entry before gives one', () => {
    expect(checked(replacing('  - at: 2025-07-08T17:55:00Z', '  - at: "17:55"')).join('\n')).toContain('write the day before it, 2025-07-08T17:55:00Z: the entry before it, timeline[0], is at 2025-07-08T17:49:00Z.');
    expect(dayForTimeAlone({ times: { started: '2025-07-08T17:45:00Z' }, timeline: [{ at: '00:10' }] }, 0, '00:10')).toEqual({ day: '2025-07-09', why: 'times.started is 2025-07-08T17:45:00Z, later in the day, so 00:10 is past midnight, on the next day' });
    expect(dayForTimeAlone({ timeline: [{ at: new Date('2025-12-31T23:50:00Z') }, { at: '00:10' }] }, 1, '00:10')?.day).toBe('2026-01-01');
    expect(dayForTimeAlone({}, 0, '00:10')).toBeUndefined();
  });
  test('impact.start or impact.end within a minute of times.started or times.resolved is no error (noted to the minute)', () => {
    for (const change of [replacing('  start: 2025-07-08T17:45:00Z', '  start: 2025-07-08T17:44:59.877Z'), replacing('  started: 2025-07-08T17:45:00Z', '  started: 2025-07-08T17:45:00.123+00:00'),
      replacing('  start: 2025-07-08T17:45:00Z', '  start: 2025-07-08T17:44:30Z'), replacing('  end: 2025-07-08T17:55:00Z', '  end: 2025-07-08T18:30:40Z')]) {
      expect(checked(change).filter((f) => f.includes('schema/consistency'))).toEqual([]);
    }
  });
  test('control: a minute or more before is still an error', () => {
    expect(checked(replacing('  start: 2025-07-08T17:45:00Z', '  start: 2025-07-08T17:44:00Z')).join('\n')).toContain('impact.start (2025-07-08T17:44:00.000Z) is before times.started (2025-07-08T17:45:00.000Z)');
    expect(checked(replacing('  end: 2025-07-08T17:55:00Z', '  end: 2025-07-08T18:31:00Z')).join('\n')).toContain('impact.end (2025-07-08T18:31:00.000Z) is after times.resolved');
  });
  test('an <Internal> holding a whole table cell of a public post is said: the public table shows the cell empty', () => {
    const found = checked(both(publicPost, adding('| Time | Who |\n| --- | --- |\n| 17:49 | <Internal>Ana Lopez</Internal> |'))).filter((f) => f.includes('mdx/variant-placement'));
    expect(found).toEqual([expect.stringMatching(/^warning mdx\/variant-placement \d+: <Internal> holds all the words of this table cell: the public site's table shows the cell empty.*\| give the public site its words in the same cell: \| <Internal>Ana Lopez<\/Internal><PublicOnly>what the public may read<\/PublicOnly> \|/)]);
  });
  test('control: a cell given its public words, a part of a cell, and an internal post are left', () => {
    const variant = (change: (text: string) => string) => checked(change).filter((f) => f.includes('mdx/variant-placement'));
    expect(variant(both(publicPost, adding('| Time | Who |\n| --- | --- |\n| 17:49 | <Internal>Ana Lopez</Internal><PublicOnly>the on-call engineer</PublicOnly> |')))).toEqual([]);
    // Round 56: a part between parentheses leaves "()" and is said (bad-input-round56.test.ts); with the marks inside the element, it is left.
    expect(variant(both(publicPost, adding('| Time | Event |\n| --- | --- |\n| 17:49 | The on-call<Internal> (Ana Lopez)</Internal> acknowledged |')))).toEqual([]);
    expect(variant(adding('| Time | Event |\n| --- | --- |\n| 17:49 | <Internal>Ana Lopez paged</Internal> |'))).toEqual([]);
  });
});

describe('timelines in the body', () => {
  test('a row whose day cell is left empty (merged) reads as the day above it, and is said when earlier than the row before', () => {
    expect(turningBack('## Timeline\n\n| Date | Time | Event |\n| --- | --- | --- |\n| 2025-07-08 | 23:50 | Alert fired |\n| | 00:10 | Config reverted |')).toEqual([
      expect.stringMatching(/^6: the timeline's entry at 00:10 has its day's cell empty, so it reads as 2025-07-08, the day of the row above \(line 44, 23:50\).*\| write the day in its cell where it changes \(2025-07-09, if it is past midnight\)/),
    ]);
  });
  test('control: the same day in order, or the next day written in its cell', () => {
    expect(turningBack('## Timeline\n\n| Date | Time | Event |\n| --- | --- | --- |\n| 2025-07-08 | 17:49 | Alert fired |\n| | 17:55 | Config reverted |')).toEqual([]);
    expect(turningBack('## Timeline\n\n| Date | Time | Event |\n| --- | --- | --- |\n| 2025-07-08 | 23:50 | Alert fired |\n| 2025-07-09 | 00:10 | Config reverted |')).toEqual([]);
  });
  test('`(+1d)`, `(+1)` or `+1d` after a time names the next day (two of the corpora\'s timelines, told they gave no day)', () => {
    expect(turningBack('## Timeline\n\n| Time | Event |\n| --- | --- |\n| **~20:20 UTC** | Alert fired |\n| **~00:10 UTC (+1d)** | Investigation begins |')).toEqual([]);
    expect(turningBack('## Timeline\n\n- 23:50 Alert fired\n- 00:10 (+1) Config reverted')).toEqual([]);
    expect(turningBack('## Timeline\n\n- 23:50 Alert fired\n- 00:10 +1d Config reverted')).toEqual([]);
    // Control: without it, past midnight is said.
    expect(turningBack('## Timeline\n\n- 23:50 Alert fired\n- 00:10 Config reverted')).toHaveLength(1);
  });
});

describe('follow-ups in the body', () => {
  test('a follow-up heading gives its team and day in parentheses, as an item does', () => {
    expect(followUps('## Next Steps\n\n### Add a canary stage (checkout, 2025-09-01)\n\nThe stage takes 5% of traffic.')).toEqual([
      expect.stringMatching(/^3: this heading is a follow-up with its owner \(checkout\) and its due day \(2025-09-01\).*"title: Add a canary stage", "owner: checkout", "due: 2025-09-01"/),
    ]);
  });
  test('or a first name in parentheses, as its owner, out of the title', () => {
    expect(followUps('## Next Steps\n\n### Add a canary stage (Ana)\n\nThe stage takes 5% of traffic.')).toEqual([
      expect.stringMatching(/with its owner \(Ana\).*"title: Add a canary stage", "owner: <the id in teams.yaml of the team that answers for it, Ana's>"/),
    ]);
  });
  test('control: parentheses naming neither stay the title\'s, and a heading marked done is none', () => {
    expect(followUps('## Next Steps\n\n### Add a canary stage (Kubernetes)\n\nThe stage takes 5% of traffic.')[0]).toMatch(/"title: Add a canary stage \(Kubernetes\)"/);
    expect(followUps('## Next Steps\n\n### Upgrade the pooler (checkout, 2025-09-01)\n\nStatus: done.')).toEqual([]);
  });
  test('a footnote\'s mark is no part of a follow-up\'s title', () => {
    expect(followUps('## Action items\n\n- [ ] Add a canary stage[^o]\n\n[^o]: Owner: checkout.')[0]).toMatch(/"title: Add a canary stage"/);
  });
  test('an HTML table under a heading of follow-ups is said (its rows were read as nothing)', () => {
    expect(followUps('## Action items\n\n<table>\n<tr><th>Action</th><th>Owner</th></tr>\n<tr><td>Add a canary stage</td><td rowspan="2">checkout</td></tr>\n</table>')).toEqual([
      expect.stringMatching(/^3: this HTML table under the heading "Action items" is read as no follow-up.*\| move each row to actionItems/),
    ]);
    // Control: an HTML table elsewhere is the report's.
    expect(followUps('## Timeline\n\n<table>\n<tr><td>17:49</td><td>Alert</td></tr>\n</table>')).toEqual([]);
  });
});

describe('front matter', () => {
  test('severity: monitoring (a status page\'s state of the incident) is said as such', () => {
    expect(checked(replacing('severity: SEV-2', 'severity: monitoring')).join('\n')).toContain('severity is "monitoring", a state of the incident as a status page labels its updates (investigating, identified, monitoring, resolved), not how bad it was');
  });
  test('an id in capitals that is none in lower case either is said as letter case, with the id to add', () => {
    const owner = checked(replacing('    owner: checkout', '    owner: AL')).join('\n');
    expect(owner).toContain('unknown team "AL": ids in content/teams.yaml are written in lower case, and "al" is not one either. If AL are a person\'s initials, write the team that answers for the work');
    expect(owner).not.toContain('U+0041');
    expect(checked(replacing('services: [checkout-api]', 'services: [Redis]')).join('\n')).toContain('unknown service "Redis": ids in content/services.yaml are written in lower case, and "redis" is not one either. Use an id from content/services.yaml, or, if it is new, add it there as redis and write redis here.');
    // Control: one in other letter case is said as that (round 53).
    expect(checked(replacing('    owner: checkout', '    owner: CHECKOUT')).join('\n')).toContain('owner "CHECKOUT" is the team checkout in other letter case');
  });
  test('owner: "Lopez, Ana" is a person\'s name family name first, not a team to add', () => {
    const found = checked(replacing('    owner: checkout', '    owner: "Lopez, Ana"')).join('\n');
    expect(found).toContain('owner "Lopez, Ana" is a person\'s name written family name first (Ana Lopez)');
    expect(found).not.toContain('lopez-ana');
    expect(checked(replacing('    owner: checkout', '    owner: "Lopez, A."')).join('\n')).toContain('family name first (A. Lopez)');
  });
  test('length: (a status archive\'s duration) is said as a duration not written', () => {
    expect(checked(replacing('related: []', 'related: []\nlength: 1.0 hours')).join('\n')).toContain('unknown key "length": durations are not written');
  });
  test('a title wrapped in typographic quotes is said (the probe\'s " (case N)" hid it)', () => {
    expect(findTitleProblem('“Checkout errors after a config push”')?.kind).toBe('quoted');
  });
});
