// Bad input, round 63 (docs/rules.md, "Bad input round 63"): round 62's leftovers (day-first days in a body timeline read
// as no order; a reworded entry at another time and a twelve-hour clock contradicting itself, still left) and what the
// round's 168 inputs found: a week day contradicting its date in a title, a summary, an event or the body passed; a body
// that is only a link to a shared document was published as an account; `2k users`, `5k USD`, `300 req/s` got "write a
// number" with none given; `Jane Doe <jane@…>` was a team to add; `due: Monday 2025-08-01` was "not a date" with no word
// of the week day.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../src/lib/findings.ts';
import { findTimelineTurningBack } from '../../src/lib/body-timeline-order.ts';
import { findWeekdayContradictions } from '../../src/lib/weekday-contradictions.ts';
import { onlyLinkOfBody } from '../../src/lib/body-only-a-link.ts';
import { personAsTeam } from '../../src/lib/vocabulary-value-names.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { goodInputPost } from '../support/bad-input-harness.ts';
import { cases } from '../fixtures/bad-input/round63/cases.ts';

const said = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const fixtures = resolve(import.meta.dirname, '../fixtures');
const good = readFileSync(resolve(import.meta.dirname, '../..', goodInputPost), 'utf8');
const vocabulary = loadVocabulary(resolve(fixtures, 'vocabulary'));
const checked = (change: (text: string) => string): string[] => said(validatePostmortemSource('content/postmortems/2025-07-08-checkout-config.mdx', '2025-07-08-checkout-config', change(good), {
  vocabulary, knownIds: new Set(['2025-07-08-checkout-config']), contentDir: 'content', lint: { config: { rules: {} }, asOf: '2025-07-20', people: [] },
}).findings);
const ruled = (found: string[], ...rules: string[]) => found.filter((line) => rules.some((rule) => line.includes(` ${rule} `)));
const caseNamed = (name: string) => cases.find(([n]) => n === name)![1];
const order = (entries: string) => findTimelineTurningBack(`## Timeline\n\n${entries}`).map((found) => found.mistake.message);

describe('round 62\'s leftover: days written with slashes or points in a body timeline', () => {
  test.each([
    ['both readings go back', '- 08/07/2025 23:50 Alert fired.\n- 07/07/2025 00:10 Config reverted.', 'read day first, 2025-07-07 00:10 against 2025-07-08 23:50; read month first, 2025-07-07 00:10 against 2025-08-07 23:50'],
    ['no year', '- 08/07 23:50 Alert fired.\n- 07/07 00:10 Config reverted.', 'read day first, 07-07 00:10 against 07-08 23:50'],
    ['a day past 12 (day first alone)', '- 14/07/2025 00:10 Alert fired.\n- 13/07/2025 23:50 Config reverted.', '(read day first, 2025-07-13 23:50 against 2025-07-14 00:10)'],
    ['points (day first alone)', '- 08.07.2025 23:50 Alert fired.\n- 07.07.2025 00:10 Config reverted.', '(read day first, 2025-07-07 00:10 against 2025-07-08 23:50)'],
    ['a two-digit year', '- 08/07/25 23:50 Alert fired.\n- 07/07/25 00:10 Config reverted.', 'read day first, 2025-07-07 00:10'],
    ['the second without its year (the first\'s)', '- 08/07/2025 23:50 Alert fired.\n- 07/07 00:10 Config reverted.', 'read day first, 2025-07-07 00:10 against 2025-07-08 23:50'],
  ])('%s: said out of order, each reading named', (_what, entries, reading) => {
    const found = order(entries);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(reading);
    expect(found[0]).toContain('the entries read out of order');
  });
  test.each([
    ['forward in both readings', '- 07/07/2025 23:50 Alert fired.\n- 08/07/2025 00:10 Config reverted.'],
    ['back in one reading alone (day first, 7 August then 8 July; month first, forward)', '- 07/08/2025 17:49 Alert fired.\n- 08/07/2025 17:55 Config reverted.'],
    ['one day, forward', '- 08/07 17:49 Alert fired.\n- 08/07 17:55 Config reverted.'],
    ['the first without its year, the second with one (not compared)', '- 08/07 23:50 Alert fired.\n- 07/07/2025 00:10 Config reverted.'],
    ['a heading between them starts the count again', '- 08/07/2025 23:50 Alert fired.\n\n### Later\n\n- 07/07/2025 00:10 Config reverted.'],
  ])('%s: nothing said', (_what, entries) => {
    expect(order(entries)).toEqual([]);
  });
  test('the fix gives the day as YYYY-MM-DD', () => {
    const [found] = findTimelineTurningBack('## Timeline\n\n- 08.07.2025 23:50 Alert fired.\n- 07.07.2025 00:10 Config reverted.');
    expect(found.mistake.fix).toContain('write each day as YYYY-MM-DD (2025-07-07)');
    expect(found.line).toBe(4);
  });
  test('through the check, at the entry\'s line, as body/timeline-time', () => {
    expect(ruled(checked(caseNamed('lo-dmy-turning-back')), 'body/timeline-time')).toEqual([expect.stringMatching(/^warning body\/timeline-time 48: the timeline's entry at 07\/07\/2025 00:10 comes after one at 08\/07\/2025 23:50 \(line 47\)/)]);
  });
});

describe('a week day written before a date that is another week day', () => {
  test.each([
    ['Wednesday 2025-07-08', 'Tuesday', '2025-07-09'],
    ['On Thursday, July 8, 2025 the limit was lowered', 'Tuesday', '2025-07-10'],
    ['Fri 2025-07-08', 'Tuesday', '2025-07-11'],
    ['Monday 8th July 2025', 'Tuesday', '2025-07-07'],
    ['Am Mittwoch, 8. Juli 2025', 'Tuesday', '2025-07-09'],
    ['le jeudi 8 juillet 2025', 'Tuesday', '2025-07-10'],
  ])('%s: said, with the date\'s week day and the nearest date of the one written', (text, actual, nearest) => {
    const [found] = findWeekdayContradictions(text);
    expect(found).toMatchObject({ day: '2025-07-08', actual, nearest });
  });
  test.each([
    ['Tuesday 2025-07-08'], ['Tuesday, July 8, 2025'], ['Dienstag, 8. Juli 2025'], ['Tue 2025-07-08'],
    ['Mon, 01 Jan 0001 00:00:00 UTC'], ['Monday 2025-02-30'], ['on Monday; 2025-07-08 was the day after'], ['Sundays 2025-07-08'],
  ])('%s: nothing said (agrees, a program\'s zero day, no such day, or no week day before the date)', (text) => {
    expect(findWeekdayContradictions(text)).toEqual([]);
  });
  test.each([
    ['wd-title-wrong', 'title', 2], ['wd-summary-wrong', 'summary', 3], ['wd-event-wrong', 'timeline[1].event', 27],
    ['wd-body-heading-wrong', 'the body', 47], ['wd-body-prose-wrong', 'the body', 45], ['wd-body-german-wrong', 'the body', 45],
  ])('%s: an error naming %s, at its line', (name, where, line) => {
    const found = ruled(checked(caseNamed(name)), 'consistency/weekday');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^error consistency/weekday ${line}: ${where.replace(/[[\]]/g, '\\$&')} writes "`));
    expect(found[0]).toContain('2025-07-08 was a Tuesday');
  });
  test('agreeing, or in code: nothing said', () => {
    expect(ruled(checked(caseNamed('wd-title-right')), 'consistency/weekday')).toEqual([]);
    expect(ruled(checked(caseNamed('wd-body-heading-right')), 'consistency/weekday')).toEqual([]);
    expect(ruled(checked((t) => `${t}\n\nThe log read \`Wednesday 2025-07-08\`.\n`), 'consistency/weekday')).toEqual([]);
  });
  test('a date field with a week day: the day to write, and the contradiction named', () => {
    expect(checked(caseNamed('wd-due-with-wrong-day'))).toContainEqual(expect.stringContaining('"Monday 2025-08-01" is not a date: it says Monday, but 2025-08-01 was a Friday. Write it as YYYY-MM-DD: 2025-08-01, or 2025-08-04, the nearest Monday'));
    expect(checked(caseNamed('wd-due-with-day'))).toContainEqual(expect.stringContaining('"Friday 2025-08-01" is not a date: a date takes no week day (2025-08-01 says it). Write it as YYYY-MM-DD: 2025-08-01.'));
  });
});

describe('a body that is only a link to another document', () => {
  test.each([
    ['See https://docs.google.com/document/d/1AbC/edit'],
    ['[Postmortem doc](https://docs.google.com/document/d/1AbC/edit)'],
    ['## What happened\n\nFull write-up: <https://wiki.acme.example/display/OPS/x>'],
    ['{/* moved */}\n\nSee https://docs.google.com/document/d/1AbC/edit'],
  ])('%s: the address', (body) => {
    expect(onlyLinkOfBody(body)).toMatch(/^https:\/\//);
  });
  test.each([
    ['A configuration push lowered the pool size.\n\nThe draft lived in https://docs.google.com/document/d/1AbC/edit until review.'],
    ['## What happened\n\nA configuration push lowered the pool size to 8, and checkout failed for ten minutes: see https://x.example/y.'],
    ['A configuration push lowered the pool size.'],
    ['A configuration push lowered the pool size.\n[status](https://status.acme.example/1)'],
    ['## Follow-up\n\n- https://tracker.example.com/OPS-12\n- #2213'],
  ])('%s: none (an account is there, or no link)', (body) => {
    expect(onlyLinkOfBody(body)).toBeUndefined();
  });
  test.each([['doc-link-only'], ['doc-link-markdown-only'], ['doc-link-confluence-only'], ['doc-link-heading-and-link']])('%s, published: an error', (name) => {
    expect(ruled(checked(caseNamed(name)), 'body/only-a-link')).toEqual([expect.stringMatching(/^error body\/only-a-link \d+: status is published, but the body is only a link to another document \(https:/)]);
  });
  test('a draft is not concerned; a public one is told the public reader cannot open it', () => {
    expect(ruled(checked((t) => caseNamed('doc-link-only')(t).replace('status: published', 'status: draft')), 'body/only-a-link')).toEqual([]);
    expect(ruled(checked(caseNamed('doc-link-public')), 'body/only-a-link')[0]).toContain('which a reader of the public site cannot open');
    expect(ruled(checked(caseNamed('doc-link-control-prose')), 'body/only-a-link')).toEqual([]);
  });
});

describe('impact numbers with a multiplier and a unit, or a rate; an owner with an address', () => {
  test.each([
    ['unit-users-k', 'write 2000, without quotes, multiplier or unit.'],
    ['unit-revenue-currency', 'write 5000, without quotes, multiplier or unit.'],
    ['unit-requests-rate', 'a rate (300 req/s), where failedRequests holds a count over the whole incident'],
  ])('%s: the number to write, or what the field holds', (name, words) => {
    expect(ruled(checked(caseNamed(name)), 'schema/type')).toEqual([expect.stringContaining(words)]);
  });
  test('a person with an address, as a mail header writes one: a person, not a team to add', () => {
    expect(personAsTeam('Jane Doe <jane.doe@acme.example>')).toContain('is a person (Jane Doe) with an e-mail address (jane.doe@acme.example)');
    expect(personAsTeam('"Jane Doe" <jane.doe@acme.example>')).toContain('is a person (Jane Doe)');
    expect(ruled(checked(caseNamed('own-email-angle')), 'vocabulary/unknown')[0]).not.toContain('jane-doe-jane-doe-acme-example');
  });
});

describe('front matter another site generator wrote', () => {
  test('published: false (Jekyll keeps the page off its site): told to set status: draft, not to write a date', () => {
    expect(checked(caseNamed('jk-published-false'))).toContainEqual(expect.stringContaining('published is false, a yes or no as another site generator writes one (Jekyll\'s published: false keeps a page off its site), not a date: this field holds a day. To keep the report off the site, write status: draft and delete this line'));
  });
  test.each([['jk-categories', 'rename it to tags'], ['jk-draft-true', 'write status: draft'], ['jk-weight', 'delete it.'], ['jk-date', 'times.started']])('%s: already said, with its fix', (name, fix) => {
    expect(ruled(checked(caseNamed(name)), 'schema/unknown-key')).toEqual([expect.stringContaining(fix)]);
  });
});
