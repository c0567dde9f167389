import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findHandlesInMinutes } from '../../src/lib/publication/handles-in-minutes.ts';
import { findMachinesOnLine } from '../../src/lib/publication/named-machines.ts';
import { findMeetingNotesPeople } from '../../src/lib/publication/meeting-notes-people.ts';
import { findAccountIdsOnOwnLines } from '../../src/lib/publication/internal-systems.ts';
import { foundBeforeRound42, leakProbesRound42, notLeaksRound42, stillPublishedRound42 } from '../support/redaction-probes-round42.ts';

/**
 * The probe round 42 (docs/redaction.md, "Probe round 42"): people and machines as a non-profit's
 * incident reports and machine pages, a company's incident playbooks and an open-source project's
 * meeting notes name them, and what round 41 left. Every probe and negative is text of our own
 * writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound42, foundBefore: foundBeforeRound42, stillPublished: stillPublishedRound42, atLeast: { probes: 60, gotThroughBefore: 35 } });

describeProbesThroughPublicBuild(
  'each probe found now is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound42.filter((p) => !stillPublishedRound42.has(p.kind)),
);

describeNotLeaks('not findings: programs, teams, roles, states, places, products, cited authors and public hosts in the same shapes, without and with the organisation configured', notLeaksRound42);
describeLeaksGoneAfterRedact(leakProbesRound42, stillPublishedRound42);

const lines = (text: string) => text.split('\n');
const texts = (found: Map<number, { text: string }[]>) => [...found.values()].flat().map((m) => m.text);

describe("a responder's acts in a timeline (handles-in-minutes.ts, round 42)", () => {
  const found = (line: string) => findHandlesInMinutes(line).map((m) => m.text);
  test.each([
    ['signing on', 'brisko signs on to help.', ['brisko']],
    ['after a time', '17:05 brisko acks the page.', ['brisko']],
    ['after a comma', 'Despite careful planning, brisko overlooked a step.', ['brisko']],
    ['confirming with a colon', '- 10:28: tavkel confirms: "transactions are flowing"', ['tavkel']],
    ['a capitalised handle with a digit', 'Qorbin7 finishes writing a hotfix.', ['Qorbin7']],
    ['will and an object', '- tavkel will stringify our secrets.', ['tavkel']],
  ])('found: %s', (_, line, names) => {
    expect(found(line)).toEqual(names);
  });
  test.each([
    ["a program's output", 'dmesg confirmed `Detected aborted journal`.'],
    ['restarts as a noun', '5. **Quick recovery**: microk8s restarts resolved it.'],
    ['a product with a digit', 'Python3 tried nothing.'],
    ['an English word', 'Everyone noticed the alert.'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('machines named by a sentence around them (named-machines.ts, round 42)', () => {
  const found = (line: string) => findMachinesOnLine(line, () => false).map((m) => m.text);
  test.each([
    ['named in code after a VM', 'an EC2 VM named `sorrel-pusher`', ['sorrel-pusher']],
    ["a resources' prefix", 'are named `qv-cache-*`.', ['qv-cache']],
    ['code followed by its kind', '`tarnwick`, a t3.medium instance', ['tarnwick']],
    ["brackets after a machine's noun", 'The old ETL box (qx-etl) was off.', ['qx-etl']],
    ['a numbered machine in brackets', 'Migrate data from old server (OVH2) to the new one.', ['OVH2']],
    ['the machine in question', 'The machine in question was tarnquil.', ['tarnquil']],
    ['power-cycled', 'We power-cycled vennick twice.', ['vennick']],
    ['rebooted a numbered node', 'Ran `update-grub` and rebooted k8s01.', ['k8s01']],
  ])('found: %s', (_, line, names) => {
    expect(found(line)).toEqual(names);
  });
  test.each([
    ['an acronym spelled out', 'a Virtual Private Server (VPS) in the cloud'],
    ['a dictionary prefix', 'The compute nodes named `mac-*` went down.'],
    ['a role in brackets', 'The old server (primary) was off.'],
    ['an English word in question', 'The server in question was down.'],
    ['rebooted everything', 'We rebooted everything.'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe("people in a project's meeting notes (meeting-notes-people.ts, round 42)", () => {
  const found = (text: string) => texts(findMeetingNotesPeople(lines(text), new Set()));
  test.each([
    ['a roll call with a handle', 'Roll call:\n\n- Tavish / Corvale Lab / @tavk', ['Tavish', '@tavk']],
    ['a roll call with a handle and no @', 'Roll call:\n- Anselm Quirke / Corvale Lab / ansk-ntrf', ['Anselm Quirke', 'ansk-ntrf']],
    ['a roll call in brackets', 'Sign in below:\n\n- Orsolya (Halden)', ['Orsolya']],
    ['a roll call with the handle second: the third part is the institution', 'Roll call:\n\n- Tavish / @tavk / Corvale', ['Tavish']],
    ['an update under a bold name', '## Quick updates\n\n- **Orsolya**: a paper', ['Orsolya']],
    ['who brought an item', '- Xpra integration (Anselm):', ['Anselm']],
    ['a signature', '- via the desktop server -- Anselm', ['Anselm']],
  ])('found: %s', (_, text, names) => {
    expect(found(text)).toEqual(names);
  });
  test.each([
    ["a roll call's header", 'Roll call:\n\n- **name** / **institution** / **GitHub handle**'],
    ['a roll call ended by a paragraph', 'Roll call:\n\nThe meeting opened.\n- Tavish / Corvale Lab'],
    ['a bold name outside updates', '## Summary\n\n- **Orsolya**: a paper'],
    ['a product in brackets', '- OpenStack Object Storage (Swift)'],
    ['a cited author after a link', '- [A book](https://example.org/book) (Atul Gawande)'],
    ['a state after a dash', '- Upgrade the hub -- Done'],
    ['a line in code', '```\n- Xpra integration (Anselm):\n```'],
  ])('not found: %s', (_, text) => {
    const all = lines(text);
    const code = new Set(all.flatMap((l, i) => (text.includes('```') && i > 0 && i < all.length - 1 ? [i] : [])));
    expect(texts(findMeetingNotesPeople(all, code))).toEqual([]);
  });
});

describe('an account id on a line of its own (internal-systems.ts, round 42)', () => {
  const found = (text: string) => findAccountIdsOnOwnLines(lines(text)).map((m) => m.text);
  test.each([
    ['under a line naming the account', 'The keys belonged to the account\n\n483920175362', ['483920175362']],
    ['in code in an item under AWS', 'AWS:\n- `4839-2017-5362`', ['4839-2017-5362']],
  ])('found: %s', (_, text, ids) => {
    expect(found(text)).toEqual(ids);
  });
  test.each([
    ['under no account', 'The total was\n\n483920175362'],
    ['a date and a time', 'The account\n\n202103041200'],
    ['more than a number on the line', 'The account\n\n483920175362 and more'],
  ])('not found: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
