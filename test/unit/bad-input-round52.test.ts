// Bad input, round 52 (docs/rules.md, "Bad input round 52"): round 51's leftovers (items nested under
// a group item, tables headed Issue or Ticket, lines opening in bold with their owner, task items in a
// block quote, `status: postmortem complete` given the list alone) and what the round's 186 inputs
// found: `ETA`, `(target: …)` left in the title to write, an owner after an arrow kept in it, a week
// (`by 2025-W36`) kept in it and dropped as a due day, a `todo:` line in lower case unread.
import { describe, expect, test } from 'vitest';
import { findingsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { findUntrackedFollowUps } from '../../src/lib/body-follow-ups.ts';
import { enumSynonym } from '../../src/lib/enum-synonyms.ts';
import { mistakesOutsideCode } from '../../src/lib/angle-bracket-text.ts';

const teams = { handles: new Map<string, string | undefined>([['checkout', '@acme/checkout'], ['payments', undefined]]) };
/** Line, message and fix of each follow-up the body holds outside actionItems (AI-1 tracked: "Validate pool sizes in CI"). */
const followUps = (body: string) => findUntrackedFollowUps(body, ['Validate pool sizes in CI'], (index) => `AI-${index + 2}`, teams)
  .map(({ line, mistake }) => `${line}: ${mistake.message} | ${mistake.fix}`);
const titles = (body: string) => followUps(body).map((found) => /"title: ([^"]*)"/.exec(found)?.[1]);
const saidAfter = (change: (text: string) => string): string[] =>
  (findingsAfterEditingGoodInput(change) as Finding[]).map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const statuses = ['draft', 'in-review', 'published'];

describe('items nested under a group item (before: the group said as the follow-up, its items unread)', () => {
  test('`- Short term` over items linking their tickets: each item, at its line, with its link', () => {
    const found = followUps('## Action items\n\n- Short term\n  - Add a canary stage (https://github.com/acme/checkout/issues/11)\n  - Alert on pool saturation (https://github.com/acme/checkout/issues/12)');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^4: this item of a list of follow-ups is a follow-up with its ticket \(GitHub acme\/checkout#11\)/);
    expect(found[0]).toContain('"title: Add a canary stage"');
    expect(found[1]).toMatch(/^5: /);
    expect(found[1]).toContain('"link: https://github.com/acme/checkout/issues/12"');
    expect(found.join('\n')).not.toContain('Short term');
  });
  test.each([
    ['a group in bold with a colon', '- **Long term:**\n  - Add a canary stage by 2025-09-01\n  - Alert on pool saturation by 2025-09-15'],
    ['a group as a task', '- [ ] Short term\n  - [ ] Add a canary stage by 2025-09-01\n  - [ ] Alert on pool saturation by 2025-09-15'],
    ['items indented four spaces', '* Short term\n    * Add a canary stage by 2025-09-01\n    * Alert on pool saturation by 2025-09-15'],
    ['numbered', '1. Short term\n   1. Add a canary stage by 2025-09-01\n   2. Alert on pool saturation by 2025-09-15'],
  ])('%s', (_, list) => {
    expect(titles(`## Action items\n\n${list}`)).toEqual(['Add a canary stage', 'Alert on pool saturation']);
    expect(followUps(`## Action items\n\n${list}`)[1]).toContain('"due: 2025-09-15"');
  });
  test('control: an item of the work with a detail under it stays one follow-up', () => {
    expect(titles('## Action items\n\n- [ ] Add a canary stage by 2025-09-01\n  - the stage runs 5% of traffic for ten minutes')).toEqual(['Add a canary stage']);
  });
  test('control: an item ending in a colon over what it covers is one piece of work (the corpora)', () => {
    expect(titles('## Action items\n\n- [ ] Add integration tests for the pool covering:\n  - a pool of 8\n  - a pool of 0')).toEqual(['Add integration tests for the pool covering']);
  });
  test('control: a short item whose lines under it give its fields (`- Linear: …`) is no group', () => {
    const found = followUps('## Action items\n\n1. **Upgrade the pool**\n    - Action: raise the pool to 16.\n    - Linear: [PGM-12](https://linear.app/acme/issue/PGM-12)');
    expect(found.join('\n')).not.toContain('"title: raise the pool to 16."');
  });
  test('control: indented four spaces outside a list is code, read by no one', () => {
    expect(mistakesOutsideCode('text\n\n    - [ ] code', (line) => [{ index: 0, message: line, fix: '' }], { inListsIndentedIsText: true }).map((f) => f.line)).toEqual([1, 2]);
    expect(mistakesOutsideCode('- item\n    - [ ] under it', (line) => [{ index: 0, message: line, fix: '' }], { inListsIndentedIsText: true }).map((f) => f.line)).toEqual([1, 2]);
    expect(mistakesOutsideCode('- item\n    - [ ] under it', (line) => [{ index: 0, message: line, fix: '' }]).map((f) => f.line)).toEqual([1]);
  });
});

describe('task items in a block quote under a heading of follow-ups (before: unsaid)', () => {
  test('`> - [ ] …` is read as the item it quotes, at its line', () => {
    const found = followUps('## Action items\n\n> - [ ] Add a canary stage by 2025-09-01\n> - [ ] Alert on pool saturation (checkout)');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^3: this open task-list item is a follow-up with its due day \(2025-09-01\)/);
    expect(found[1]).toContain('"title: Alert on pool saturation", "owner: checkout"');
  });
  test('control: a quote outside a section of follow-ups is someone\'s words, unread', () => {
    expect(followUps('## What happened next\n\n> - [ ] Add a canary stage by 2025-09-01')).toEqual([]);
  });
});

describe('a line opening in bold with its owner or due day (before: unsaid)', () => {
  test('`**Add a canary stage** — owner: checkout, due 2025-09-01`', () => {
    const [found] = followUps('## Action items\n\n**Add a canary stage** — owner: checkout, due 2025-09-01');
    expect(found).toMatch(/^3: this line opening in bold is a follow-up with its owner \(checkout\) and its due day \(2025-09-01\)/);
    expect(found).toContain('"title: Add a canary stage", "owner: checkout", "due: 2025-09-01", "status: open"');
    expect(found).toContain('delete the line here; or, if it is not a follow-up, move the line out of the section of follow-ups.');
  });
  test('its fields on the lines under it (`**Owner:** Ana`), a person named as such', () => {
    const [found] = followUps('## Action items\n\n**Alert on pool saturation.**\n\n**Owner:** Ana\n**Due:** 2025-09-15');
    expect(found).toContain('"title: Alert on pool saturation", "owner: <the id in teams.yaml of the team that answers for it, Ana\'s>", "due: 2025-09-15"');
  });
  test.each([
    ['a label ending in a colon', '**Author:** @ana\n**Date:** 2025-12-16'],
    ['bold words in prose', 'We will **not** change the pool again without a review.'],
    ['bold words alone, no owner nor day', '**Alert on pool saturation**'],
    ['bold words over a list of their own', '**Short term**\n\n- Alert on pool saturation (https://github.com/acme/checkout/issues/12)'],
  ])('control: %s is no follow-up of its own', (_, text) => {
    expect(followUps(`## Action items\n\n${text}`).filter((found) => found.includes('line opening in bold'))).toEqual([]);
  });
});

describe('a table of follow-ups whose work is headed Issue or Ticket (before: unsaid)', () => {
  test('a ticket alone: its link, the title left to the ticket\'s words', () => {
    const [found] = followUps('## Action items\n\n| Issue | Owner |\n| --- | --- |\n| [#11](https://github.com/acme/checkout/issues/11) | checkout |');
    expect(found).toMatch(/^5: this row of a table of follow-ups is a follow-up with its owner \(checkout\) and its ticket \(GitHub acme\/checkout#11\)/);
    expect(found).toContain('"title: <what the work is, as GitHub acme/checkout#11 says>", "owner: checkout"');
    expect(found).toContain('"link: https://github.com/acme/checkout/issues/11"');
  });
  test('words and a ticket: the words are the title, the address the link', () => {
    const [found] = followUps('## Action items\n\n| Ticket | Assignee | Due |\n| --- | --- | --- |\n| Pool exhausted under load ([OPS-12](https://jira.acme.example/browse/OPS-12)) | checkout | 2025-09-01 |');
    expect(found).toContain('"title: Pool exhausted under load", "owner: checkout", "due: 2025-09-01", "status: open", "link: https://jira.acme.example/browse/OPS-12"');
  });
  test('control: a done row is done; a table of issues without owner nor due day is a table of problems', () => {
    expect(followUps('## Action items\n\n| Ticket | Owner | Status |\n| --- | --- | --- |\n| [OPS-12](https://jira.acme.example/browse/OPS-12) | checkout | Done |')).toEqual([]);
    expect(followUps('## Action items\n\n| Issue | Impact |\n| --- | --- |\n| Pool exhausted | checkout down |')).toEqual([]);
  });
});

describe('an item\'s owner and due day in other words (before: kept in the title)', () => {
  test.each([
    ['- [ ] Add a canary stage, ETA 2025-09-01', 'Add a canary stage', '"due: 2025-09-01"'],
    ['- [ ] Add a canary stage (target: 2025-09-01)', 'Add a canary stage', '"due: 2025-09-01"'],
    ['- [ ] Add a canary stage -> checkout, 2025-09-01', 'Add a canary stage', '"owner: checkout", "due: 2025-09-01"'],
    ['- [ ] Add a canary stage → checkout', 'Add a canary stage', '"owner: checkout"'],
    ['- [ ] Add a canary stage by 2025-W36', 'Add a canary stage', '"due: <the day meant by 2025-W36, YYYY-MM-DD>"'],
  ])('%s', (item, title, fields) => {
    const [found] = followUps(`## Action items\n\n${item}`);
    expect(found).toContain(`"title: ${title}"`);
    expect(found).toContain(fields);
  });
  test('`todo:` in lower case is a TODO line', () => {
    expect(followUps('todo: add a canary stage by 2025-09-01')[0]).toMatch(/^1: this TODO line is a follow-up with its due day \(2025-09-01\)/);
  });
  test('control: "todo list" in words is no TODO line; a person after an arrow stays in the title', () => {
    expect(followUps('Todo list below, by 2025-09-01, kept in the wiki.')).toEqual([]);
    expect(titles('## Action items\n\n- [ ] Add a canary stage -> Ana, 2025-09-01')).toEqual(['Add a canary stage -> Ana']);
  });
});

describe('a word in parentheses or before a colon stays in the title (decided with the corpora: 0 of 252 name a person)', () => {
  test.each([['- [ ] Add a canary stage (Kubernetes) by 2025-09-01', 'Add a canary stage (Kubernetes)'], ['- [ ] Docs: describe the revert by 2025-09-01', 'Docs: describe the revert']])('%s', (item, title) => {
    expect(titles(`## Action items\n\n${item}`)).toEqual([title]);
  });
});

describe('the postmortem\'s status as a phrase (before: the list alone)', () => {
  test.each([['postmortem complete', 'published'], ['RCA complete', 'published'], ['Post-mortem completed', 'published'], ['ready for final review', undefined], ['in review draft', undefined]])('%s', (written, meant) => {
    expect(enumSynonym('status', written, statuses)).toBe(meant);
  });
  test('in a file: the value to write, at its line', () => {
    expect(saidAfter(replacing('status: published', 'status: postmortem complete'))).toEqual([
      'error schema/invalid-value 5: status is "postmortem complete", which is not allowed. | write status: published, the value here for what "postmortem complete" says (the values are draft, in-review, published).',
    ]);
  });
  test.each([['not complete'], ['blue sky'], ['complete review']])('control: %s keeps the list', (written) => {
    expect(enumSynonym('status', written, statuses)).toBeUndefined();
  });
  test('control: an action item\'s status is not read by its words', () => {
    expect(enumSynonym('actionItems.status', 'work complete', ['open', 'in-progress', 'done', 'wont-do'])).toBeUndefined();
  });
});

describe('a month where an action item\'s due day goes (before: the format alone)', () => {
  test('`due: August 2025`: the month named, its last day offered', () => {
    const [said] = saidAfter(replacing('    due: 2025-08-01', '    due: August 2025'));
    expect(said).toContain('"August 2025" is a month, not a day: write the day agreed, e.g. its last, 2025-08-31.');
  });
});

describe('an item\'s priority in parentheses and its kind of work in bold before a colon (before: kept in the title)', () => {
  test('`**Alert on pool saturation** (High)`: the title without it, `priority: P1` given', () => {
    const [found] = followUps('## Action items\n\n1. **Alert on pool saturation** (High)');
    expect(found).toContain('"title: Alert on pool saturation", "owner: <the id in teams.yaml of the team that answers for it>", "status: open", "priority: P1" (with its type)');
  });
  test('`**Prevention:** Add a canary stage`: the title without it, `type: prevent` given', () => {
    const [found] = followUps('## Action items\n\n- [ ] **Prevention:** Add a canary stage by 2025-09-01');
    expect(found).toContain('"title: Add a canary stage", "owner: <the id in teams.yaml of the team that answers for it>", "due: 2025-09-01", "status: open", "type: prevent" (with its priority)');
  });
  test('control: a word in parentheses of no priority stays, and the fix asks for both', () => {
    const [found] = followUps('## Action items\n\n- [ ] Add a canary stage (Kubernetes) by 2025-09-01');
    expect(found).toContain('"title: Add a canary stage (Kubernetes)"');
    expect(found).toContain('"status: open" (with its priority and type)');
  });
});

describe('a table of follow-ups without its outer pipes (before: unsaid)', () => {
  test('`Action | Owner | Due` over `--- | --- | ---`: each row read', () => {
    const [found] = followUps('## Action items\n\nAction | Owner | Due\n--- | --- | ---\nAdd a canary stage | checkout | 2025-09-01');
    expect(found).toMatch(/^5: this row of a table of follow-ups is a follow-up with its owner \(checkout\) and its due day \(2025-09-01\)/);
    expect(found).toContain('"title: Add a canary stage", "owner: checkout", "due: 2025-09-01"');
  });
  test('control: a pipe in prose over a line of dashes is no table', () => {
    expect(followUps('## Action items\n\nWe chose a | b for the pool.\n---\n\nMore text.')).toEqual([]);
  });
});

describe('a plain line right over its fields (before: unsaid)', () => {
  test('`Add a canary stage` over `**Owner:** checkout` and `**Due:** 2025-09-01`', () => {
    const [found] = followUps('## Action items\n\nAdd a canary stage\n\n**Owner:** checkout\n**Due:** 2025-09-01');
    expect(found).toMatch(/^3: this line over its fields is a follow-up with its owner \(checkout\) and its due day \(2025-09-01\)/);
    expect(found).toContain('"title: Add a canary stage", "owner: checkout", "due: 2025-09-01"');
    expect(found).toContain('and delete the line and its fields here');
  });
  test.each([
    ['done', 'Add a canary stage\n\nOwner: checkout\nStatus: done'],
    ['no owner nor day', 'Add a canary stage\n\nPriority: P2'],
    ['under a follow-up\'s heading, a line of its prose', '### Add a canary stage\n\nThe stage runs 5% of traffic.\nOwner: checkout'],
  ])('control: %s', (_, text) => {
    expect(followUps(`## Action items\n\n${text}`).filter((found) => found.includes('line over its fields'))).toEqual([]);
  });
});
