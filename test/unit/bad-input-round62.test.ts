// Bad input, round 62 (docs/rules.md, "Bad input round 62"): round 61's leftovers (a body timeline entry in another zone
// or other words against the frontmatter's; a fraction for a percentage; the order check splitting a row at an escaped
// pipe) and what the round's 167 inputs found: times on a twelve-hour clock or written 17h58 read wrongly by the
// agreement check, a region's two zones at a daylight-saving change said as a jump, two action items linking one ticket
// passed, numbers of other scripts and locales, days and ranges without the number to write, a tab after spaces not
// named, `timezone:` told "did you mean timeline?".
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../src/lib/findings.ts';
import { findBodyTimelineDisagreements, zoneNamedIn } from '../../src/lib/body-timeline-agreement.ts';
import { findTimelineTurningBack } from '../../src/lib/body-timeline-order.ts';
import { errorBudgetFractionWarning } from '../../src/lib/error-budget-fraction.ts';
import { findSharedActionItemLinks } from '../../src/lib/action-item-shared-links.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { goodInputPost } from '../support/bad-input-harness.ts';
import { cases } from '../fixtures/bad-input/round62/cases.ts';

const said = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const fixtures = resolve(import.meta.dirname, '../fixtures');
const good = readFileSync(resolve(import.meta.dirname, '../..', goodInputPost), 'utf8');
const vocabulary = loadVocabulary(resolve(fixtures, 'vocabulary'));
const checked = (change: (text: string) => string): string[] => said(validatePostmortemSource('content/postmortems/2025-07-08-checkout-config.mdx', '2025-07-08-checkout-config', change(good), {
  vocabulary, knownIds: new Set(['2025-07-08-checkout-config']), contentDir: 'content', lint: { config: { rules: {} }, asOf: '2025-07-20', people: [] },
}).findings);
const ruled = (found: string[], ...rules: string[]) => found.filter((line) => rules.some((rule) => line.includes(` ${rule} `)));
const caseNamed = (name: string) => cases.find(([n]) => n === name)![1];
const front = [{ at: new Date('2025-07-08T17:49:00Z'), event: 'Error-rate alert pages the on-call.' }, { at: new Date('2025-07-08T17:55:00Z'), event: 'Config reverted.' }];
const spring = [{ at: new Date('2026-03-29T00:50:00Z'), event: 'Error-rate alert pages the on-call.' }, { at: new Date('2026-03-29T01:10:00Z'), event: 'Config reverted.' }];
const messages = (body: string, timeline = front) => findBodyTimelineDisagreements(body, timeline).map((found) => found.mistake.message);

describe('round 61\'s leftover: a body time in another zone is read in it', () => {
  test.each([
    ['its row', '## Timeline\n\n- 10:49 PDT Error-rate alert pages the on-call.\n- 10:58 PDT Config reverted.'],
    ['its column', '## Timeline\n\n| Time (PDT) | Event |\n| --- | --- |\n| 10:49 | Error-rate alert pages the on-call. |\n| 10:58 | Config reverted. |'],
    ['its section\'s heading', '## Timeline (all times PDT)\n\n- 10:49 Error-rate alert pages the on-call.\n- 10:58 Config reverted.'],
    ['a line of the section', '## Timeline\n\nAll times are in America/Los_Angeles.\n\n- 10:49 Error-rate alert pages the on-call.\n- 10:58 Config reverted.'],
    ['a heading under the timeline\'s', '## Timeline\n\n### America/Los_Angeles\n\n- 10:49 Error-rate alert pages the on-call.\n- 10:58 Config reverted.'],
  ])('a zone named in %s: the entry 3 minutes off is said, in UTC, the one on time is not', (_where, body) => {
    const found = messages(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/gives "Config reverted\." at 10:58 (?:PDT|America\/Los_Angeles) \(17:58 UTC\), but the frontmatter's timeline at 2025-07-08 17:55 UTC/);
  });
  test('the same times agreeing, in each way of naming the zone: nothing said (before, each entry was said to disagree)', () => {
    expect(messages('## Timeline (all times CEST)\n\n- 19:49 Error-rate alert pages the on-call.\n- 19:55 Config reverted.')).toEqual([]);
    expect(messages('## Timeline\n\nTimes are Europe/Berlin.\n\n- 19:49 Error-rate alert pages the on-call.\n- 19:55 Config reverted.')).toEqual([]);
    expect(messages('## Timeline\n\n| Time (PDT) | Event |\n| --- | --- |\n| 10:49 | Error-rate alert pages the on-call. |\n| 10:55 | Config reverted. |')).toEqual([]);
    expect(messages('## Timeline\n\n- 19:49 (Europe/Berlin) Error-rate alert pages the on-call.\n- 19:55 (Europe/Berlin) Config reverted.')).toEqual([]);
  });
  test('the fix gives the frontmatter\'s time in the body\'s zone', () => {
    const [found] = findBodyTimelineDisagreements('## Timeline\n\n- 10:58 PDT Config reverted.', front);
    expect(found.mistake.fix).toContain('17:55 UTC is 10:55 PDT');
  });
  test('across the change of daylight saving time (2026-03-29 in Europe/Berlin): CET/CEST and a city read each time in its offset', () => {
    expect(messages('## Timeline (CET/CEST)\n\n- 01:50 Error-rate alert pages the on-call.\n- 03:10 Config reverted.', spring)).toEqual([]);
    expect(messages('## Timeline\n\n- 01:50 CET Error-rate alert pages the on-call.\n- 03:10 CEST Config reverted.', spring)).toEqual([]);
    expect(messages('## Timeline\n\n- 01:50 CET Error-rate alert pages the on-call.\n- 03:10 CET Config reverted.', spring)).toEqual([expect.stringContaining('at 03:10 CET (02:10 UTC), but the frontmatter\'s timeline at 2026-03-29 01:10 UTC')]);
    expect(messages('## Timeline\n\nTimes are Europe/Berlin.\n\n- 01:50 Error-rate alert pages the on-call.\n- 03:20 Config reverted.', spring)).toEqual([expect.stringContaining('at 03:20 Europe/Berlin (01:20 UTC)')]);
  });
  test('a time the clocks skipped is said so', () => {
    expect(messages('## Timeline\n\nTimes are Europe/Berlin.\n\n- 02:30 Config reverted.', spring)[0]).toContain('a time the clocks of Europe/Berlin skipped on 2026-03-29');
  });
  test('controls: IST (India, Ireland or Israel) and two zones in the heading are left; CET in July is read as CET', () => {
    expect(messages('## Timeline\n\n- 23:28 IST Config reverted.')).toEqual([]);
    expect(messages('## Timeline (UTC and PDT)\n\n- 10:58 Config reverted.')).toEqual([]);
    expect(messages('## Timeline\n\n- 18:49 CET Error-rate alert pages the on-call.\n- 18:55 CET Config reverted.')).toEqual([]);
    expect(zoneNamedIn('Timeline (CET/CEST)')).toMatchObject({ kind: 'iana', name: 'Europe/Berlin' });
    expect(zoneNamedIn('Timeline')).toBeUndefined();
    expect(zoneNamedIn('Timeline (IST)')).toBe('left');
  });
});

describe('round 61\'s leftover: an entry in other words is matched by its time', () => {
  test('two entries reworded, listed the other way in a zone: the order is said (before, a time warning on the wrong entry)', () => {
    const found = messages('## Timeline (PDT)\n\n- 10:55 Rolled back the bad push.\n- 10:49 The on-call was paged by the error-rate alert.');
    expect(found).toEqual([expect.stringContaining('lists "Error-rate alert pages the on-call." after "Config reverted."')]);
  });
  test('controls: reworded at the same times agrees; reworded at another time is matched to nothing', () => {
    expect(messages('## Timeline\n\n- 17:49 The on-call was paged by the error-rate alert.\n- 17:55 Rolled back the bad push.')).toEqual([]);
    expect(messages('## Timeline\n\n- 17:49 The on-call was paged by the error-rate alert.\n- 17:58 Rolled back the bad push.')).toEqual([]);
  });
});

describe('times on a twelve-hour clock and written with "h" are read as the order check reads them', () => {
  test.each([
    ['5:49 PM', '5:58 PM'], ['5:49 p.m.', '5:58 p.m.'], ['17h49', '17h58'],
  ])('%s / %s: the entry 3 minutes off alone is said (before, 5:49 PM was 05:49, and 17h58 no time)', (first, second) => {
    const found = messages(`## Timeline\n\n- ${first} Error-rate alert pages the on-call.\n- ${second} Config reverted.`);
    expect(found).toEqual([expect.stringContaining('"Config reverted."')]);
  });
  test('a table cell on a twelve-hour clock agreeing: nothing said', () => {
    expect(messages('## Timeline\n\n| Time | Event |\n| --- | --- |\n| 5:49 PM | Error-rate alert pages the on-call. |\n| 5:55 PM | Config reverted. |')).toEqual([]);
  });
});

describe('the order check: a region\'s two zones at a daylight-saving change, and rows split as every table reader splits them', () => {
  const said = (body: string) => findTimelineTurningBack(body).map((found) => found.mistake.message);
  test('01:50 CET then 03:10 CEST, in order in UTC: nothing said (before, "in another zone")', () => {
    expect(said('## Timeline\n\n- 01:50 CET Alert fired.\n- 03:10 CEST Config reverted.')).toEqual([]);
  });
  test('02:30 CEST then 02:10 CET (the autumn change), in order in UTC: nothing said', () => {
    expect(said('## Timeline\n\n- 02:30 CEST Alert fired.\n- 02:10 CET Config reverted.')).toEqual([]);
  });
  test('03:10 CEST then 01:55 CET, out of order in UTC: said so, with both in UTC', () => {
    expect(said('## Timeline\n\n- 03:10 CEST Alert fired.\n- 01:55 CET Config reverted.')).toEqual([expect.stringContaining('but is earlier (00:55 UTC against 01:10 UTC)')]);
  });
  test('control: UTC then PDT is still a change of zone', () => {
    expect(said('## Timeline\n\n- 17:49 UTC Alert fired.\n- 10:55 PDT Config reverted.')).toEqual([expect.stringContaining('is in another zone')]);
  });
  test('an escaped pipe in a day cell is no empty cell (before, `\\|` split the cell in two, one empty: "has its day\'s cell empty")', () => {
    expect(said('## Timeline\n\n| Day | Time | Event |\n| --- | --- | --- |\n| 2025-07-08 | 23:50 | Alert fired |\n| \\| | 00:10 | Config reverted |')).toEqual([]);
    expect(said('## Timeline\n\n| Day | Time | Event |\n| --- | --- | --- |\n| 2025-07-08 | 23:50 | Alert fired |\n| | 00:10 | Config reverted |')).toEqual([expect.stringContaining('has its day\'s cell empty')]);
  });
});

describe('round 61\'s leftover: errorBudgetBurnedPercent written as a fraction', () => {
  test('0.4 is warned, naming both readings and 40 to write', () => {
    const warning = errorBudgetFractionWarning(0.4)!;
    expect(warning.message).toContain('0.4 % of the month\'s error budget');
    expect(warning.fix).toBe('write 40 if 0.4 is the share of the budget (40 %); if 0.4 % was burned, leave it as it is.');
  });
  test.each([0, 1, 40, 140, '0.4', undefined])('control: %s is read as written', (value) => {
    expect(errorBudgetFractionWarning(value)).toBeUndefined();
  });
  test('through the check: a warning at the field', () => {
    expect(ruled(checked(caseNamed('lo-budget-fraction')), 'schema/percent-as-fraction')).toEqual([expect.stringMatching(/^warning schema\/percent-as-fraction 20: impact\.errorBudgetBurnedPercent is 0\.4/)]);
    expect(ruled(checked(caseNamed('lo-budget-control')), 'schema/percent-as-fraction')).toEqual([]);
  });
});

describe('two action items linking one ticket', () => {
  const ticket = 'https://tracker.acme.example/browse/CHK-412';
  test.each([ticket, `${ticket}/`, ticket.replace('tracker', 'TRACKER'), `${ticket}#comment-1`, `${ticket}?focusedCommentId=90211`, `${ticket}?utm_source=chat&focusedId=7`])('%s after %s: found', (second) => {
    expect(findSharedActionItemLinks([{ link: ticket }, {}, { link: second }])).toEqual([{ index: 2, first: 0, link: second }]);
  });
  test('controls: another ticket, another query, no link', () => {
    expect(findSharedActionItemLinks([{ link: ticket }, { link: ticket.replace('412', '413') }, { link: `${ticket}?id=2` }, { link: `${ticket}?focusedCommentId=1&id=3` }, {}, { link: 'not a url' }])).toEqual([]);
  });
  test('through the check: a warning at the second item\'s link, naming the first', () => {
    const found = ruled(checked(caseNamed('fu-same-link-twice')), 'action-item/shared-link');
    expect(found).toEqual([expect.stringMatching(/^warning action-item\/shared-link \d+: action item AI-2 links the same ticket as AI-1 \(actionItems\[0\]\.link/)]);
  });
});

describe('numbers of other scripts and locales, days and ranges: the number to write', () => {
  test.each([
    ['num-indian', 'write 120000, without quotes or commas.'],
    ['num-arabic-digits', 'write 3000, without quotes.'],
    ['num-fullwidth', 'write 3000, without quotes.'],
    ['num-percent-comma', 'write 12.5, without quotes or %.'],
    ['dur-days', 'write 1560 (1d 2h in minutes), without quotes.'],
    ['dur-one-day', 'write 1440 (1 day in minutes), without quotes.'],
    ['rng-percent', 'write the count itself (10-20% of how many?)'],
    ['rng-count-words', 'write one number, without quotes (2000, the upper bound'],
    ['rng-revenue', 'write one number, without quotes or currency (10000, the upper bound'],
    ['rng-list', 'write one number (2000, the upper bound'],
  ])('%s: %s', (name, fix) => {
    const found = ruled(checked(caseNamed(name)), 'schema/type');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(fix);
  });
});

describe('frontmatter: a tab after spaces, `timezone:`', () => {
  test.each(['tab-mixed-indent', 'tab-in-block-scalar'])('%s: one error naming the tab (before, up to five of the parser\'s words)', (name) => {
    expect(ruled(checked(caseNamed(name)), 'frontmatter/yaml')).toEqual([expect.stringContaining('a tab indents this line; YAML indents with spaces only.')]);
  });
  test('control: a tab after a key\'s colon is read', () => {
    expect(ruled(checked(caseNamed('tab-after-colon')), 'frontmatter/yaml')).toEqual([]);
  });
  test.each(['tz-key-timezone', 'tz-key-tz'])('%s: told to write each time with its offset, not "did you mean timeline?"', (name) => {
    const found = ruled(checked(caseNamed(name)), 'schema/unknown-key');
    expect(found).toEqual([expect.stringContaining('write each time with the offset it was noted at')]);
    expect(found[0]).not.toContain('did you mean');
  });
});

describe('an afternoon hour written with PM (the lead, after the merge)', () => {
  const order = (entries: string) => findTimelineTurningBack(`## Timeline\n\n${entries}\n`, 1).map(({ mistake }) => mistake.message);
  test('`13:06 PM` is read as 13:06: an entry before the one above it is said', () => {
    expect(order('13:14 PM: The second mail arrives.\n\n13:06 PM: The first mail arrives.')).toEqual([expect.stringMatching(/13:06 PM .*13:14 PM/)]);
    expect(order('- 1:14 PM second\n- 13:06 PM first')).toEqual([expect.stringMatching(/13:06 PM/)]);
  });
  test('controls: in order, and a clock contradicting itself (`13:06 AM`) is passed over', () => {
    expect(order('13:06 PM: first.\n\n13:14 PM: second.\n\n1:20 PM: third.')).toEqual([]);
    expect(order('- 13:14 PM second\n- 13:06 AM first')).toEqual([]);
  });
});
