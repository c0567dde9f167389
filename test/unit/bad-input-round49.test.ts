// Bad input, round 49 (docs/rules.md, "Bad input round 49"): round 48's leftover (follow-ups
// written as `###` headings under "## Action items", each with its owner and due day in the text
// under it, passed in silence), a key in typographic quotes read by the values' and dates' one rule
// (src/lib/typographic-quotes.ts, which knows ‹ › 「 」 『 』 too), and items of a list under a
// sub-heading of a section of follow-ups (`### Short term`), which were no longer in that section.
import { describe, expect, test } from 'vitest';
import { findingsAfterEditingGoodInput, goodInputPostmortem, replacing } from '../support/content-fixture.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { findUntrackedFollowUps } from '../../src/lib/body-follow-ups.ts';

const teams = { handles: new Map<string, string | undefined>([['checkout', '@acme/checkout'], ['payments', undefined]]) };
/** Line, message and fix of each follow-up the body holds outside actionItems (AI-1 tracked: "Validate pool sizes in CI"). */
const followUps = (body: string) => findUntrackedFollowUps(body, ['Validate pool sizes in CI'], (index) => `AI-${index + 2}`, teams)
  .map(({ line, mistake }) => `${line}: ${mistake.message} | ${mistake.fix}`);
const saidAfter = (change: (text: string) => string): string[] =>
  (findingsAfterEditingGoodInput(change, goodInputPostmortem) as Finding[]).map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);

describe('a follow-up written as a heading under a heading of follow-ups (before: nothing said)', () => {
  test.each([
    ['owner and due in a sentence', '## Action items\n\n### Add a canary stage\n\nOwner: checkout. Due: 2025-09-01.', 3, 'Add a canary stage', 'checkout', '2025-09-01'],
    ['owner and due in bold, a line each', '## Action items\n\n### Add a canary stage to config pushes\n\n**Owner:** checkout\n**Due:** 2025-09-01', 3, 'Add a canary stage to config pushes', 'checkout', '2025-09-01'],
    ['owner as the team\'s handle', '## Follow-ups\n\n### Alert on pool saturation\n\nOwner: @acme/checkout, due 2025-09-01', 3, 'Alert on pool saturation', 'checkout', '2025-09-01'],
    ['its fields as a list', '## Action Items\n\n### Add a canary stage\n\n- Owner: checkout\n- Due: 2025-09-01\n- Priority: P1', 3, 'Add a canary stage', 'checkout', '2025-09-01'],
    ['a #### under a ### of follow-ups', '### Action items\n\n#### Add a canary stage\n\nOwner: checkout. Due: 2025-09-01.', 3, 'Add a canary stage', 'checkout', '2025-09-01'],
    ['numbered headings under # Action items, the handle on the heading', '# Action items\n\n### 1) Add a canary stage @acme/checkout\n\nA canary would have caught the limit. Due: 2025-09-01.', 3, 'Add a canary stage', 'checkout', '2025-09-01'],
  ])('%s: said at the heading, with the action item to write', (_, body, line, title, owner, due) => {
    const found = followUps(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${line}: this heading is a follow-up with its owner \\([^)]+\\) and its due day \\(${due}\\), but the follow-up tracker \\(npm run follow-ups\\), the overdue check and the action items' list read actionItems alone: on the page it is a heading and the text under it, and it is tracked nowhere\\.`));
    expect(found[0]).toContain(`move it to actionItems: "- id: AI-2", then "title: ${title}", "owner: ${owner}", "due: ${due}", "status: open" (with its priority and type), and delete the heading and its lines here; or, if it is not a follow-up, move the heading out of the section of follow-ups.`);
  });
  test('two follow-ups as headings: each at its line, with its own id', () => {
    const found = followUps('## Action items\n\n### Add a canary stage\n\nOwner: checkout. Due: 2025-09-01.\n\n### Alert on pool saturation\n\nOwner: payments. Due: 2025-09-15.');
    expect(found.map((f) => f.split(':')[0])).toEqual(['3', '7']);
    expect(found[1]).toContain('"- id: AI-3", then "title: Alert on pool saturation", "owner: payments", "due: 2025-09-15"');
  });
  test('a heading with prose and neither owner nor day, under "Action items": a follow-up with no owner', () => {
    const [found] = followUps('## Action items\n\n### Add a canary stage to config pushes\n\nA canary would have caught the lowered limit before it reached every node.');
    expect(found).toMatch(/^3: this heading is a follow-up with no owner, under the heading "Action items"/);
  });
  test.each([
    ['tracked already by an action item\'s title', '## Action items\n\n### Validate pool sizes in CI\n\nOwner: checkout. Due: 2025-08-01.'],
    ['under a heading that is not of follow-ups', '## What happened\n\n### Add a canary stage\n\nOwner: checkout. Due: 2025-09-01.'],
    ['struck through', '## Action items\n\n### ~~Add a canary stage~~\n\nOwner: checkout. Due: 2025-09-01.'],
    ['marked done', '## Action items\n\n### Add a canary stage\n\nOwner: checkout. Status: done.'],
    ['a later section at the level of the section of follow-ups', '## Action items\n\nAll tracked.\n\n## Lessons learned\n\n### Canary stages matter\n\nOwner: checkout wrote this. Due: 2025-09-01.'],
    ['a # title above its parts, not a section of follow-ups alone', '# Checkout improvements, July\n\n## Metrics improvement\n\nLatency fell by half. Owner: checkout.'],
    ['a day and a handle in the prose, not as fields', '## Action items\n\n### Pool sizes\n\nOn 2025-07-08 @ana saw the pool at 8.'],
  ])('control: %s', (_, body) => {
    expect(followUps(body)).toEqual([]);
  });
});

describe('items under a sub-heading of a section of follow-ups are in that section (before: the sub-heading ended it)', () => {
  test('items without boxes under ### Short term and ### Long term: each said, the groups not', () => {
    const found = followUps('## Action items\n\n### Short term\n\n- Alert on pool saturation (checkout, 2025-09-01)\n\n### Long term\n\n- Add a canary stage (payments, 2025-10-01)');
    expect(found.map((f) => f.split(' is a follow-up')[0])).toEqual(['5: this item of a list of follow-ups', '9: this item of a list of follow-ups']);
    expect(found[1]).toContain('its owner (payments) and its due day (2025-10-01)');
  });
  test('a list without owners under ### Prevent: said once, the section named', () => {
    const found = followUps('## Action items\n\n### Prevent\n\n- Add a canary stage to config pushes\n- Alert on pool saturation');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^5: this item of a list of follow-ups is a follow-up with no owner, under the heading "Action items"/);
  });
});

describe('a key in typographic quotes of any kind is said as such (before: ‹ › 「 」 『 』 were "did you mean severity?")', () => {
  test.each([
    ['「severity」: SEV-2', '「 」'],
    ['『severity』: SEV-2', '『 』'],
    ['‹severity›: SEV-2', '‹ ›'],
    ['«severity»: SEV-2', '« »'],
    ['„severity“: SEV-2', '„ “'],
  ])('%s', (line, quotes) => {
    const found = saidAfter(replacing('severity: SEV-2', line));
    expect(found).toEqual([`error schema/unknown-key 4: the key ${line.split(':')[0]} is written in typographic quotes (${quotes}), which an editor or a chat app typed for straight ones: YAML reads only " and ' as quotes, so they are part of the key, and severity is not read. | write severity: without the quotes.`]);
  });
  test('in an action item: the item named', () => {
    expect(saidAfter(replacing('    owner: checkout', '    「owner」: checkout'))[0]).toMatch(/^error schema\/unknown-key 32: the key 「owner」 in actionItems\[0\] is written in typographic quotes \(「 」\)/);
  });
});

describe('what contributors write, said with its cause (before: a guess, or a character list)', () => {
  test.each([
    ['severity: SEV-2 (major)', 'severity: SEV-2', 4, 'severity is "SEV-2 (major)", which holds a note, "(major)", after SEV-2: the value is read whole, with the note, so it is not SEV-2. | write severity: SEV-2 alone; a note may follow it as a comment (severity: SEV-2 # major), or go in the summary or the body.'],
    ['severity: SEV-1 - customer-facing', 'severity: SEV-2', 4, 'severity is "SEV-1 - customer-facing", which holds a note, "- customer-facing", after SEV-1: the value is read whole, with the note, so it is not SEV-1. | write severity: SEV-1 alone; a note may follow it as a comment (severity: SEV-1 # customer-facing), or go in the summary or the body.'],
    ['    priority: P1 (high)', '    priority: P1', 34, 'actionItems[0].priority is "P1 (high)", which holds a note, "(high)", after P1: the value is read whole, with the note, so it is not P1. | write priority: P1 alone; a note may follow it as a comment (priority: P1 # high), or go in the summary or the body.'],
  ])('%s (before: "did you mean …?")', (line, from, at, said) => {
    expect(saidAfter(replacing(from, line))).toEqual([`error schema/invalid-value ${at}: ${said}`]);
  });
  test('an owner written as an e-mail address is said to be one (before: "it holds @ and .")', () => {
    const [found] = saidAfter(replacing('    owner: checkout', '    owner: ana.lima@acme.example'));
    expect(found).toMatch(/^error vocabulary\/unknown 32: owner "ana\.lima@acme\.example" is an e-mail address, not a team: a team answers for the work, named by its id in teams\.yaml, and a postmortem names no person .* If the address is a team's list, write that team's id\. Write an id from .*teams\.yaml\./);
  });
  test('a task item whose team is in bold before a colon has that owner (before: no owner read)', () => {
    const [found] = followUps('## Action items\n\n- [ ] **checkout**: add a canary stage by 2025-09-01');
    expect(found).toContain('is a follow-up with its owner (checkout) and its due day (2025-09-01)');
    expect(found).toContain('"title: add a canary stage", "owner: checkout", "due: 2025-09-01"');
  });
});
