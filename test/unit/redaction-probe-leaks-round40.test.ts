import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findNoteShorthandPeople } from '../../src/lib/publication/note-shorthand-people.ts';
import { findWordGivenNamesActing } from '../../src/lib/publication/word-given-names-acting.ts';
import { foundBeforeRound40, leakProbesRound40, notLeaksRound40, stillPublishedRound40 } from '../support/redaction-probes-round40.ts';

/**
 * The probe round 40 (docs/redaction.md, "Probe round 40"): people written as four more
 * collections of other organisations' reports write them (an infrastructure team's reports and
 * meeting notes, a society's IRC post-mortem, a protocol's disclosures), and what round 39b left.
 * Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound40, foundBefore: foundBeforeRound40, stillPublished: stillPublishedRound40, atLeast: { probes: 60, gotThroughBefore: 50 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound40.filter((p) => !stillPublishedRound40.has(p.kind)),
);

describeNotLeaks('not findings: tasks, tags, links, bots, vendors, remarks, programs and products, without and with the organisation configured', notLeaksRound40);
describeLeaksGoneAfterRedact(leakProbesRound40, stillPublishedRound40);

describe('notes written in shorthand (note-shorthand-people.ts, round 40)', () => {
  const texts = (line: string) => findNoteShorthandPeople(line).map((m) => `${m.text}:${m.why}`);
  test.each([
    ['a speaker in square brackets', '- [corvel] we should drain the runners', 'corvel:a speaker in brackets opening a line of notes'],
    ['a speaker in round brackets', '- (vornakel) compare the dumps', 'vornakel:a speaker in brackets opening a line of notes'],
    ['a name before its handle', 'Christian (@cqueston) proposes a fix.', 'Christian:a name before its handle in brackets'],
    ["an IRC line's addressee", '18:35 <zergless> gw: not the best', "gw:an IRC line's addressee"],
    ['a given name closing a heading', '## Investigation (Stéphane)', 'Stéphane:a given name in brackets closing a heading or an item'],
  ])('found: %s', (_, line, found) => {
    expect(texts(line)).toContain(found);
  });
  test.each([
    ['shorthand addressed in an IRC line', '18:35 <koffee> fyi: the array is rebuilding'],
    ['a word addressed in an IRC line', '18:36 <koffee> note: the disk is back'],
    ['a speaker in brackets with no prose after it', '- [corvel]'],
    ['a link after the brackets', '- [corvel](https://example.com/) notes'],
    ['a capitalised unknown word in brackets', '- [Ofborgia] raise the timeout'],
  ])('not found: %s', (_, line) => {
    expect(texts(line)).toEqual([]);
  });
  test('both handles joined by a slash before their task, not guesses', () => {
    expect(findNoteShorthandPeople('corvel/ysolde to assist with onboarding').map((m) => [m.text, m.guess ?? false])).toEqual([['corvel', false], ['ysolde', false]]);
  });
});

describe("an operator's work by a given name that is a word (word-given-names-acting.ts, round 40)", () => {
  const texts = (line: string) => findWordGivenNamesActing(line).map((m) => m.text);
  test.each([
    ['removed', 'Christian removed the old snapshots.'],
    ['work under way', 'Christian is migrating the VM.'],
    ['after "In between"', 'In between Christian launched a scrub on the pool.'],
    ['after "After" opening the line', 'After Christian installed the agent, we opened the port.'],
  ])('found: %s', (_, line) => {
    expect(texts(line)).toEqual(['Christian']);
  });
  test('not found with no object after the act', () => {
    expect(texts('Christian removed.')).toEqual([]);
  });
  test('not found inside a sentence with no clause opening before it', () => {
    expect(texts('We saw Christian removed the snapshots.')).toEqual([]);
  });
});
