// Bad input, round 50 (docs/rules.md, "Bad input round 50"): round 49's leftovers (an owner in a
// table under a follow-up's heading read as "no owner"; an hour without minutes, `T17Z`, got the
// format alone; a follow-up linking its ticket in another tracker was "tracked nowhere") and what the
// round's 198 inputs found: a due day of a table in another notation or in words dropped without a
// word, a team set off by dashes in an item unread, month names of other languages and a weekday
// before the day given the format alone, two owners joined by a slash said as an unknown id.
import { describe, expect, test } from 'vitest';
import { findingsAfterEditingGoodInput, goodInputPostmortem, replacing } from '../support/content-fixture.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { findUntrackedFollowUps } from '../../src/lib/body-follow-ups.ts';
import { issueLinkIn } from '../../src/lib/tracker/issue-link.ts';
import { dayNotationAdvice, instantAdvice } from '../../src/lib/instant-advice.ts';

const teams = { handles: new Map<string, string | undefined>([['checkout', '@acme/checkout'], ['payments', undefined]]) };
/** Line, message and fix of each follow-up the body holds outside actionItems (AI-1 tracked: "Validate pool sizes in CI"). */
const followUps = (body: string, links: string[] = []) => findUntrackedFollowUps(body, ['Validate pool sizes in CI'], (index) => `AI-${index + 2}`, teams, links)
  .map(({ line, mistake }) => `${line}: ${mistake.message} | ${mistake.fix}`);
const saidAfter = (change: (text: string) => string): string[] =>
  (findingsAfterEditingGoodInput(change, goodInputPostmortem) as Finding[]).map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const isStored = (candidate: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(candidate);

describe('a follow-up heading with its owner and due day in a table under it (before: "no owner")', () => {
  test.each([
    ['a header row of fields over a row of values', '| Owner | Due |\n| --- | --- |\n| checkout | 2025-09-01 |', 'checkout', 'checkout'],
    ['bold headers, the team\'s handle, a column more', '| **Owner** | **Due date** | Priority |\n|---|---|---|\n| @acme/checkout | 2025-09-01 | P1 |', '@acme/checkout', 'checkout'],
    ['a row for each field', '| Field | Value |\n| --- | --- |\n| Owner | checkout |\n| Due | 2025-09-01 |', 'checkout', 'checkout'],
  ])('%s', (_, table, written, owner) => {
    const found = followUps(`## Action items\n\n### Rotate the key\n\n${table}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^3: this heading is a follow-up with its owner \\(${written}\\) and its due day \\(2025-09-01\\), but`));
    expect(found[0]).toContain(`"title: Rotate the key", "owner: ${owner}", "due: 2025-09-01", "status: open"`);
  });
  test('an owner left open (TBD) is no owner; the due day is read', () => {
    const [found] = followUps('## Follow-ups\n\n### Rotate the key\n\n| Owner | Due |\n| --- | --- |\n| TBD | 2025-09-01 |');
    expect(found).toMatch(/^3: this heading is a follow-up with its due day \(2025-09-01\), but/);
    expect(found).toContain('"owner: <the id in teams.yaml of the team that answers for it>", "due: 2025-09-01"');
  });
  test('control: a table of the work under a group heading is read row by row, the heading not said', () => {
    const found = followUps('## Action items\n\n### Short term\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Rotate the key | checkout | 2025-09-01 |');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^7: this row of a table of follow-ups is a follow-up with its owner \(checkout\) and its due day \(2025-09-01\)/);
  });
});

describe('an hour without its minutes (before: the format alone)', () => {
  test.each([
    ['2025-07-08T17Z', 'the time has no minutes: 17 o\'clock is written 17:00', '2025-07-08T17:00:00Z'],
    ['2025-07-08T19+02:00', 'the time has no minutes: 19 o\'clock is written 19:00', '2025-07-08T19:00:00+02:00'],
    ['2025-07-08T9Z', 'the time has no minutes: 9 o\'clock is written 09:00', '2025-07-08T09:00:00Z'],
    ['2025-07-08 17h UTC', 'the time has no minutes: 17 o\'clock is written 17:00; a T goes between the day and the time', '2025-07-08T17:00:00Z'],
    ['2025-07-08 5pm UTC', 'the time has no minutes: write them, :00; the time is written on a 24-hour clock', '2025-07-08T17:00:00Z'],
  ])('%s', (written, reason, value) => {
    const advice = instantAdvice(written, isStored) ?? '';
    expect(advice).toContain(`Here ${reason}`);
    expect(advice).toMatch(new RegExp(`Write ${value.replace(/\+/g, '\\+')}\\.$`));
  });
  test('in a file: times.started and a timeline\'s at, each at its line', () => {
    const said = saidAfter((text) => replacing('  - at: 2025-07-08T17:49:00Z', '  - at: 2025-07-08T17Z')(replacing('  started: 2025-07-08T17:45:00Z', '  started: 2025-07-08T17Z')(text)));
    expect(said).toContainEqual(expect.stringMatching(/^error schema\/invalid 12: times\.started: "2025-07-08T17Z" .* Here the time has no minutes: 17 o'clock is written 17:00\. Write 2025-07-08T17:00:00Z\./));
    expect(said).toContainEqual(expect.stringMatching(/^error schema\/invalid 23: timeline\[0\]\.at: "2025-07-08T17Z" .* Write 2025-07-08T17:00:00Z\./));
  });
  test('control: a day and a time with its minutes keeps its other advice', () => {
    expect(instantAdvice('2025-07-08 17:45', isStored)).toBe('Here a T goes between the day and the time; it has no zone, so no one can tell when it was: add Z for UTC, or the offset it was noted in.');
  });
});

describe('a follow-up linking its ticket in a tracker (before: "tracked nowhere")', () => {
  test.each([
    ['Linear', 'https://linear.app/acme/issue/PAY-7/add-a-canary', 'Linear PAY-7'],
    ['GitLab', 'https://gitlab.acme.example/shop/checkout/-/issues/41', 'gitlab.acme.example #41'],
    ['Azure DevOps', 'https://dev.azure.com/acme/shop/_workitems/edit/812', 'dev.azure.com #812'],
    ['Jira on its own host', 'https://issues.acme.example/browse/OPS-12', 'Jira OPS-12'],
    ['YouTrack', 'https://youtrack.acme.example/issue/SHOP-88', 'youtrack.acme.example SHOP-88'],
    ['Redmine', 'https://redmine.acme.example/issues/3310', 'redmine.acme.example #3310'],
    ['Bugzilla', 'https://bugs.acme.example/show_bug.cgi?id=12345', 'bugs.acme.example #12345'],
    ['Phabricator', 'https://phab.acme.example/T4521', 'phab.acme.example T4521'],
    ['Shortcut', 'https://app.shortcut.com/acme/story/901/alert-on-pool', 'app.shortcut.com #901'],
    ['GitHub', 'https://github.com/acme/checkout/issues/12', 'GitHub acme/checkout#12'],
  ])('an issue\'s address of %s', (_, url, label) => {
    expect(issueLinkIn(`see ${url}.`)).toEqual({ url, label });
  });
  test.each([
    ['a page of documentation', 'https://docs.acme.example/deploys/canary'],
    ['a dashboard', 'https://grafana.acme.example/d/abc123/pool?orgId=1'],
    ['a site', 'https://status.acme.example/'],
    ['a status page\'s incident', 'https://status.acme.example/incidents/x1y2z3'],
  ])('control: %s is no issue', (_, url) => {
    expect(issueLinkIn(url)).toBeUndefined();
  });
  test.each([
    ['an item whose link\'s words are the key', '## Action items\n\n- [PAY-7](https://linear.app/acme/issue/PAY-7/add-a-canary) Add a canary stage', 'item of a list of follow-ups', 'Linear PAY-7', 'https://linear.app/acme/issue/PAY-7/add-a-canary'],
    ['a bare address in brackets', '## Action items\n\n- Add a canary stage (https://gitlab.acme.example/shop/checkout/-/issues/41)', 'item of a list of follow-ups', 'gitlab.acme.example #41', 'https://gitlab.acme.example/shop/checkout/-/issues/41'],
    ['a task item', '## Follow-ups\n\n- [ ] Add a canary stage, [#812](https://dev.azure.com/acme/shop/_workitems/edit/812)', 'open task-list item', 'dev.azure.com #812', 'https://dev.azure.com/acme/shop/_workitems/edit/812'],
  ])('%s: said as tracked in that tracker alone, its link in the action item to write', (_, body, what, label, url) => {
    const found = followUps(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`this ${what} is a follow-up with its ticket (${label}), but`);
    expect(found[0]).toContain('and it is tracked only in that tracker, where the overdue check and the follow-ups list do not look.');
    expect(found[0]).toContain(`"title: Add a canary stage", "owner: <the id in teams.yaml of the team that answers for it>", "status: open", "link: ${url}"`);
  });
  test('a row of a table linking its ticket', () => {
    const [found] = followUps('## Action items\n\n| Action | Ticket |\n| --- | --- |\n| Add a canary stage | [OPS-12](https://issues.acme.example/browse/OPS-12) |');
    expect(found).toContain('this row of a table of follow-ups is a follow-up with its ticket (Jira OPS-12)');
    expect(found).toContain('"link: https://issues.acme.example/browse/OPS-12"');
  });
  test('an action item with that link tracks it: nothing said', () => {
    expect(followUps('## Action items\n\n- [PAY-7](https://linear.app/acme/issue/PAY-7/add-a-canary) Add a canary stage', ['https://linear.app/acme/issue/PAY-7/add-a-canary'])).toEqual([]);
  });
  test('a link whose words say the work keeps them as the title', () => {
    const [found] = followUps('## Action items\n\n- [ ] [Audit the signing keys](https://bugs.acme.example/show_bug.cgi?id=4410)');
    expect(found).toContain('"title: Audit the signing keys", "owner: <the id in teams.yaml of the team that answers for it>", "status: open", "link: https://bugs.acme.example/show_bug.cgi?id=4410"');
  });
  test('a task item that is a ticket alone: still said, its title the ticket\'s to give', () => {
    const [found] = followUps('## Action items\n\n- [ ] https://github.com/acme/checkout/issues/6477');
    expect(found).toContain('"title: <what the work is, as GitHub acme/checkout#6477 says>"');
  });
  test('control: a ticket in the prose under a heading is what the heading is about, not its ticket', () => {
    const found = followUps('## Next steps\n\n### Image builder\n\nLimit the memory of build pods. (https://github.com/acme/builder/pull/159)');
    expect(found.join('\n')).not.toContain('its ticket');
  });
  test('control: a link to documentation leaves the item a follow-up with no owner', () => {
    const [found] = followUps('## Action items\n\n- Add a canary stage, as https://docs.acme.example/deploys/canary describes');
    expect(found).toContain('a follow-up with no owner, under the heading "Action items"');
    expect(found).toContain('tracked nowhere');
  });
});

describe('what the round\'s inputs found', () => {
  test.each([
    ['01.09.2025', 'its due day (2025-09-01)', '"due: 2025-09-01"'],
    ['Oct 18, 2025', 'its due day (2025-10-18)', '"due: 2025-10-18"'],
    ['next sprint', 'its due day written "next sprint", which names no one day', '"due: <the day meant by next sprint, YYYY-MM-DD>"'],
    ['9/1/2025', 'its due day written "9/1/2025", which names no one day', '"due: <the day meant by 9/1/2025, YYYY-MM-DD>"'],
  ])('a due day of a table written %s (before: dropped without a word)', (due, said, field) => {
    const [found] = followUps(`## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add a canary stage | checkout | ${due} |`);
    expect(found).toContain(`with its owner (checkout) and ${said}, but`);
    expect(found).toContain(field);
  });
  test('control: a row whose due cell says it is done (`DONE in v2`) is done', () => {
    expect(followUps('## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add a canary stage | checkout | DONE in v2 |')).toEqual([]);
  });
  test('a team set off by dashes in an item (before: the owner unread, the title "… — checkout")', () => {
    const [found] = followUps('## Action items\n\n- Add a canary stage — checkout — 2025-09-01');
    expect(found).toContain('with its owner (checkout) and its due day (2025-09-01)');
    expect(found).toContain('"title: Add a canary stage", "owner: checkout"');
  });
  test.each([
    ['12 juillet 2025', '2025-07-12'],
    ['12. März 2025', '2025-03-12'],
    ['1 août 2025', '2025-08-01'],
    ['12 de diciembre de 2025', '2025-12-12'],
  ])('a day with the month named in another language, %s (before: the format alone)', (written, day) => {
    expect(dayNotationAdvice(written)).toBe(` Here the day is written year-month-day, in digits. Write ${day}.`);
  });
  test('a weekday before the day in digits (before: the format alone)', () => {
    expect(instantAdvice('Tuesday 2025-07-08 17:45 UTC', isStored)).toMatch(/^Here the weekday \(Tuesday\) is not written: the day says it; .* Write 2025-07-08T17:45:00Z\.$/);
    expect(instantAdvice('Wed 2025-07-08T17:45:00Z', isStored)).toContain('it says Wed, but 2025-07-08 was a Tuesday');
  });
  test('two owners joined by a slash (before: the characters ids lack and "did you mean checkout?")', () => {
    const said = saidAfter(replacing('    owner: checkout', '    owner: checkout/payments'));
    expect(said).toContainEqual(expect.stringMatching(/^error vocabulary\/unknown 32: owner "checkout\/payments" is 2 ids of .*teams\.yaml joined in one value \(checkout, payments\), which names no team\. An action item has one owner team/));
  });
  test('in a file: the published day in French', () => {
    const said = saidAfter(replacing('published: 2025-07-12', 'published: 12 juillet 2025'));
    expect(said).toContainEqual(expect.stringMatching(/^error schema\/invalid 21: published: "12 juillet 2025" is not a date as this field takes it \(YYYY-MM-DD\)\. Here the day is written year-month-day, in digits\. Write 2025-07-12\./));
  });
});
