import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findTimelineInitials } from '../../src/lib/publication/timeline-initials.ts';
import { foundBeforeRound43, leakProbesRound43, notLeaksRound43, stillPublishedRound43 } from '../support/redaction-probes-round43.ts';

/**
 * The probe round 43 (docs/redaction.md, "Probe round 43"): responders named by their initials in a
 * team's incident retrospectives, names in a validator team's reports, and the leftovers of rounds
 * 42 and 42b in new sentences. Every probe and negative is text of our own writing; no list knows
 * any name.
 */
describeProbeRound({ probes: leakProbesRound43, foundBefore: foundBeforeRound43, stillPublished: stillPublishedRound43, atLeast: { probes: 60, gotThroughBefore: 50 } });

describeProbesThroughPublicBuild(
  'each probe found now is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound43.filter((p) => !stillPublishedRound43.has(p.kind)),
);

describeNotLeaks('not findings: components, acronyms, note abbreviations, time zones, organisations and products in the same shapes, without and with the organisation configured', notLeaksRound43);
describeLeaksGoneAfterRedact(leakProbesRound43, stillPublishedRound43);

describe("initials in a retro's timeline (timeline-initials.ts)", () => {
  const found = (line: string) => findTimelineInitials(line).map((m) => ({ text: m.text, at: line.slice(m.index, m.index + m.text.length) === m.text }));
  test.each([
    ['speaking after a dotted time', '09.14 QV: I’ve just restarted it', ['QV']],
    ['speaking after a linked time', '[10.41](https://chat.example.com/p1) DK: Pushed the types', ['DK']],
    ['acting after a time and a colon', '12.38: TB notifies the vendor', ['TB']],
    ['a first-person sentence after a time', '11.27 PB There is an error here', ['PB']],
    ['pinging others', '15.17 QV pinged TB and MW', ['QV', 'TB', 'MW']],
    ['owners closing an action', 'Add an alarm. **QV**/TB/MW', ['QV', 'TB', 'MW']],
    ['a deed by initials before a bracket', 'Upgrade started by QV (manually)', ['QV']],
    ['a deed by initials closing a sentence', 'Retro facilitated by JTK.', ['JTK']],
    ['thanked', 'Thanks to QV for spotting it.', ['QV']],
    ["a laptop's owner", "QV's laptop held the key.", ['QV']],
    ['a name after a dotted time', '08.56 Halloran: I’ve deleted six indexes', ['Halloran']],
  ])('found: %s', (_, line, names) => {
    const got = found(line);
    expect(got.map((g) => g.text)).toEqual(names);
    expect(got.every((g) => g.at)).toBe(true);
  });
  test.each([
    ['a component after a time', '10.02 LB: drained'],
    ['a note abbreviation', 'NB: I had to change the permissions'],
    ['a time zone', '17:00 GST: Confirmed that validators saw it'],
    ['initials modifying a noun', 'asks CL teams to confirm'],
    ['a university', 'done by UC Berkeley'],
    ['a product confirmed fixed', '**AWX confirmed fixed on first retry**'],
    ['protocols closing a sentence', 'We opened the port. TCP/UDP'],
    ['an English word after a dotted time', '08.56 Update: I’ve deleted them'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});
