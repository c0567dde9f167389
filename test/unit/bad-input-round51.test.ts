// Bad input, round 51 (docs/rules.md, "Bad input round 51"): round 50's leftovers (a person in
// brackets kept in the title a follow-up's fix suggests, `type: corrective` given the list alone, a
// list of ticket-linked items said item by item) and what the round's 190 inputs and the corpora
// found: an item's due day in another notation or in words dropped, a second ticket left in the
// title, code spans dropped from titles, a day in a file name read as the due day, times written
// time-first, with a comma, Go's double zone, as an interval or as "ongoing" given the format alone,
// an action item's title written as a Markdown link shown as typed.
import { describe, expect, test } from 'vitest';
import { findingsAfterEditingGoodInput, goodInputPostmortem, replacing } from '../support/content-fixture.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { findUntrackedFollowUps } from '../../src/lib/body-follow-ups.ts';
import { instantAdvice } from '../../src/lib/instant-advice.ts';
import { enumSynonym } from '../../src/lib/enum-synonyms.ts';
import { actionItemTypes } from '../../src/lib/postmortem-schema.ts';

const teams = { handles: new Map<string, string | undefined>([['checkout', '@acme/checkout'], ['payments', undefined]]) };
/** Line, message and fix of each follow-up the body holds outside actionItems (AI-1 tracked: "Validate pool sizes in CI"). */
const followUps = (body: string) => findUntrackedFollowUps(body, ['Validate pool sizes in CI'], (index) => `AI-${index + 2}`, teams)
  .map(({ line, mistake }) => `${line}: ${mistake.message} | ${mistake.fix}`);
const saidAfter = (change: (text: string) => string): string[] =>
  (findingsAfterEditingGoodInput(change, goodInputPostmortem) as Finding[]).map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const isStored = (candidate: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(candidate);

describe('who an item names in brackets or in a TODO (before: kept in the title to write)', () => {
  test.each([
    ['a person first', '- [ ] [Ana] Add a canary stage by 2025-09-01', 'Ana'],
    ['a person last', '- [ ] Add a canary stage [Ana] by 2025-09-01', 'Ana'],
    ['a full name', '- [ ] [Ana Lopez] Add a canary stage by 2025-09-01', 'Ana Lopez'],
    ['two people', '- [ ] [Ana, Bo] Add a canary stage by 2025-09-01', 'Ana, Bo'],
    ['a list without boxes', '- [Ana] Add a canary stage', 'Ana'],
  ])('%s', (_, item, who) => {
    const found = followUps(`## Action items\n\n${item}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`a follow-up with its owner (${who})`);
    expect(found[0]).toContain(`"title: Add a canary stage", "owner: <the id in teams.yaml of the team that answers for it, ${who}'s>"`);
  });
  test('a team in brackets is the owner (control, round 48)', () => {
    expect(followUps('## Action items\n\n- [ ] [checkout] Add a canary stage by 2025-09-01')[0]).toContain('"title: Add a canary stage", "owner: checkout"');
  });
  // Round 54: `[P1]` is the item's priority now, as `(P1)` is (round 52); still no one.
  test('control: a tag [P1] is no one, and the priority', () => {
    const [found] = followUps('## Action items\n\n- [ ] [P1] Add a canary stage by 2025-09-01');
    expect(found).toContain('a follow-up with its due day (2025-09-01), but');
    expect(found).toContain('"title: Add a canary stage", "owner: <the id in teams.yaml of the team that answers for it>"');
    expect(found).toContain('"priority: P1"');
  });
  test.each([['[WIP]'], ['[Bug]']])('control: a tag %s is no one', (tag) => {
    const [found] = followUps(`## Action items\n\n- [ ] ${tag} Add a canary stage by 2025-09-01`);
    expect(found).toContain('a follow-up with its due day (2025-09-01), but');
    expect(found).toContain(`"title: ${tag} Add a canary stage", "owner: <the id in teams.yaml of the team that answers for it>"`);
  });
  test('control: a link\'s words in brackets are no one', () => {
    const [found] = followUps('## Action items\n\n- [ ] [Runbook](https://docs.acme.example/runbook) update by 2025-09-01');
    expect(found).toContain('"title: Runbook update"');
  });
  test('TODO(ana): read as who, not kept in the title; "/cc" before a handle dropped', () => {
    expect(followUps('TODO(ana): add a canary stage by 2025-09-01')[0]).toContain('"title: add a canary stage", "owner: <the id in teams.yaml of the team that answers for it, ana\'s>", "due: 2025-09-01"');
    expect(followUps('## Action items\n\n- [ ] Add a canary stage by 2025-09-01 /cc @ana')[0]).toContain('"title: Add a canary stage", "owner: <the id in teams.yaml of the team that answers for it, @ana\'s>"');
  });
  test('control: TODO(ana) with no day is a note to the writer, unsaid', () => {
    expect(followUps('TODO(ana): document the pool')).toEqual([]);
  });
});

describe('action-item types of other scales (before: the list alone)', () => {
  test.each([
    ['corrective', 'prevent'], ['Corrective Action', 'prevent'], ['preventive action', 'prevent'], ['long-term', 'prevent'],
    ['containment', 'mitigate'], ['short-term', 'mitigate'], ['repair', 'mitigate'], ['detective', 'detect'], ['notification', 'communicate'],
  ])('%s is %s', (written, meant) => {
    expect(enumSynonym('actionItems.type', written, actionItemTypes)).toBe(meant);
  });
  test('in a file: the value to write, at its line', () => {
    expect(saidAfter(replacing('    type: prevent', '    type: corrective'))).toEqual([
      'error schema/invalid-value 35: actionItems[0].type is "corrective", which is not allowed. | write type: prevent, the value here for what "corrective" says (the values are prevent, detect, mitigate, communicate).',
    ]);
  });
  test('`type:` with nothing after it is said empty, not "null"', () => {
    const [said] = saidAfter(replacing('    type: prevent', '    type:'));
    expect(said).toBe('error schema/invalid-value 35: actionItems[0].type is empty: nothing is written after `type:`, but it takes one of prevent, detect, mitigate, communicate. | write one of them after the colon (type: prevent), or delete the line if the field is optional.');
  });
  test('control: a word of no type keeps the list', () => {
    expect(enumSynonym('actionItems.type', 'follow-up', actionItemTypes)).toBeUndefined();
  });
});

describe('a list whose items each link their ticket', () => {
  const list = '## Action items\n\n- Add a canary stage (https://github.com/acme/checkout/issues/11)\n- Alert on pool saturation (https://github.com/acme/checkout/issues/12)\n- Document the revert (https://github.com/acme/checkout/issues/13)';
  test('one finding an item, each with its own title and link; the explanation once, at the first', () => {
    const found = followUps(list);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^3: this item of a list of follow-ups is a follow-up with its ticket \(GitHub acme\/checkout#11\), but the follow-up tracker/);
    expect(found[1]).toMatch(/^4: this item of a list of follow-ups is another follow-up with its ticket \(GitHub acme\/checkout#12\) that no action item holds: as the first of this section, it is tracked only in that tracker/);
    expect(found[1]).not.toContain('the follow-up tracker (npm run follow-ups)');
    expect(found[1]).toContain('"title: Alert on pool saturation", "owner: <the id in teams.yaml of the team that answers for it>", "status: open", "link: https://github.com/acme/checkout/issues/12"');
    expect(found[2]).toContain('"link: https://github.com/acme/checkout/issues/13"');
  });
  test('a new section says it whole again', () => {
    const found = followUps(`${list}\n\n## Next steps\n\n- Add a load test (https://github.com/acme/checkout/issues/14)`);
    expect(found[3]).toMatch(/^9: this item of a list of follow-ups is a follow-up with its ticket \(GitHub acme\/checkout#14\), but the follow-up tracker/);
  });
  test('an item linking two tickets: both taken out of the title, the second named', () => {
    const [found] = followUps('## Action items\n\n- Add a canary stage (https://github.com/acme/checkout/issues/11, https://github.com/acme/checkout/issues/12)');
    expect(found).toContain('its ticket (GitHub acme/checkout#11, and GitHub acme/checkout#12, which its one link cannot hold: give it an action item of its own)');
    expect(found).toContain('"title: Add a canary stage", "owner:');
    expect(found).toContain('"link: https://github.com/acme/checkout/issues/11"');
  });
});

describe('an item\'s due day in another notation or in words (before: dropped, "no owner")', () => {
  test.each([
    ['due 01.09.2025', '2025-09-01'],
    ['by September 1, 2025', '2025-09-01'],
    ['due: 1 September 2025', '2025-09-01'],
  ])('%s', (written, day) => {
    const [found] = followUps(`## Action items\n\n- [ ] Add a canary stage, ${written}`);
    expect(found).toContain(`a follow-up with its due day (${day}), but`);
    expect(found).toContain(`"title: Add a canary stage", "owner: <the id in teams.yaml of the team that answers for it>", "due: ${day}"`);
  });
  test('words naming no one day are said as written', () => {
    const [found] = followUps('## Action items\n\n- [ ] Add a canary stage, due end of Q3');
    expect(found).toContain('its due day written "end of Q3", which names no one day');
    expect(found).toContain('"due: <the day meant by end of Q3, YYYY-MM-DD>"');
  });
  test('control: "by" before words that are no day is no due day', () => {
    const [found] = followUps('## Action items\n\n- [ ] Rotation of the key by the on-call team');
    expect(found).toContain('"title: Rotation of the key by the on-call team"');
    expect(found).not.toMatch(/its due day|"due:/);
  });
  test.each([
    ['a day in a file name', '- [ ] Investigate the restart (see `2026-03-02-db-crash.md`, 2026-03-02-db-crash.md)'],
    ['a day the words say is of something else', '- [ ] Investigate the 2026-03-02 pod restart'],
  ])('%s is no due day', (_, item) => {
    const [found] = followUps(`## Action items\n\n${item}`);
    expect(found).not.toContain('"due:');
  });
  test('control: a day after the work is still its due day (round 42)', () => {
    expect(followUps('- [ ] @ana fix the pool check 2026-01-10')[0]).toContain('"due: 2026-01-10"');
  });
});

describe('a title\'s code spans (before: blanked, "Add  to the deployment")', () => {
  test('an item', () => {
    expect(followUps('## Action items\n\n- [ ] Add `pool_min` to the deployment by 2025-09-01')[0]).toContain('"title: Add pool_min to the deployment"');
  });
  test('a row of a table', () => {
    expect(followUps('## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Alert on `disk_readonly_total` | checkout | 2025-09-01 |')[0]).toContain('"title: Alert on disk_readonly_total", "owner: checkout"');
  });
  test('a handle inside code is not the owner', () => {
    expect(followUps('## Action items\n\n- [ ] Upgrade `@types/node` by 2025-09-01')[0]).toContain('"title: Upgrade @types/node", "owner: <the id in teams.yaml of the team that answers for it>"');
  });
});

describe('times written another way (before: the format alone)', () => {
  test.each([
    ['17:45 UTC on 2025-07-08', 'the day comes first, then a T and the time', '2025-07-08T17:45:00Z'],
    ['2025-07-08, 17:45 UTC', 'a comma between the day and the time is not written: a T goes there', '2025-07-08T17:45:00Z'],
    ['2025-07-08 17:45:00 +0000 UTC', 'the zone is written once, as its offset: "+0000 UTC" names it twice', '2025-07-08T17:45:00+00:00'],
  ])('%s', (written, reason, value) => {
    const advice = instantAdvice(written, isStored) ?? '';
    expect(advice).toContain(`Here ${reason}`);
    expect(advice).toMatch(new RegExp(`Write ${value.replace(/\+/g, '\\+')}\\.$`));
  });
  test('an interval where one time goes', () => {
    expect(instantAdvice('2025-07-08T17:45:00Z/2025-07-08T18:30:00Z', isStored)).toBe('Here two times are written, a start and an end (2025-07-08T17:45:00Z/2025-07-08T18:30:00Z), and this field holds one: write 2025-07-08T17:45:00Z here, and the end in the field of the end (times.resolved, impact.end).');
  });
  test('in a file: resolved: ongoing', () => {
    const said = saidAfter(replacing('  resolved: 2025-07-08T18:30:00Z', '  resolved: ongoing'));
    expect(said).toContainEqual(expect.stringMatching(/^error schema\/invalid 15: times\.resolved: "ongoing" .* Here "ongoing" is no time: a time field holds the instant alone\. If it has not happened yet/));
  });
});

describe('an action item\'s title written as a Markdown link (before: shown as typed)', () => {
  test('said, with the title and the link to write', () => {
    const said = saidAfter(replacing('    title: Validate pool sizes in CI', '    title: "[Validate pool sizes in CI](https://github.com/acme/checkout/issues/12)"'));
    expect(said).toEqual(['error schema/plain-text 31: actionItems[0].title holds the Markdown link [Validate pool sizes in CI](https://github.com/acme/checkout/issues/12), which every page shows as typed, brackets and address: an action item\'s title is plain text. | write "Validate pool sizes in CI" as the title and the address as its link: link: https://github.com/acme/checkout/issues/12.']);
  });
  test('control: brackets without an address are text', () => {
    expect(saidAfter(replacing('    title: Validate pool sizes in CI', '    title: "Validate pool sizes [CI]"'))).toEqual([]);
  });
});

describe('an action item\'s priority written as a severity (before: the list alone)', () => {
  test.each([['SEV-1', 'P1'], ['sev2', 'P2'], ['SEV 0', 'P0']])('%s is %s', (written, meant) => {
    expect(enumSynonym('actionItems.priority', written, ['P0', 'P1', 'P2', 'P3'])).toBe(meant);
  });
});

describe('"due to" is a cause, not a due day (found over the corpora)', () => {
  test('an item saying why keeps its words', () => {
    const [found] = followUps('## Action items\n\n- Investigate the timeout, which may be due to a missing library, or too many requests (https://github.com/acme/builder/issues/464)');
    expect(found).toContain('"title: Investigate the timeout, which may be due to a missing library, or too many requests"');
    expect(found).not.toMatch(/its due day|"due:/);
  });
});
