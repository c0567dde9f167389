import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findCoinedAlertNames } from '../../src/lib/publication/coined-alert-names.ts';
import { foundBeforeRound39b, leakProbesRound39b, notLeaksRound39b, stillPublishedRound39b } from '../support/redaction-probes-round39b.ts';

/**
 * The probe round 39b (docs/redaction.md, "Probe round 39b"): an alert named after a coined
 * system in a post that names no system by it. Every probe and negative is text of our own
 * writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound39b, foundBefore: foundBeforeRound39b, stillPublished: stillPublishedRound39b, atLeast: { probes: 20, gotThroughBefore: 20 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound39b.filter((p) => !stillPublishedRound39b.has(p.kind)),
);

describeNotLeaks('not findings: public alerts, types and classes, without and with the organisation configured', notLeaksRound39b);
describeLeaksGoneAfterRedact(leakProbesRound39b, stillPublishedRound39b);

describe('an alert of a coined word (coined-alert-names.ts)', () => {
  const texts = (line: string, publicNames: string[] = []) => findCoinedAlertNames(line, (t) => publicNames.includes(t.toLowerCase())).map((m) => m.text);
  test('found where the line says it is an alert', () => {
    expect(texts('ZarnithHighLatency fired.')).toEqual(['ZarnithHighLatency']);
  });
  test('not found without an alert around it', () => {
    expect(texts('ZarnithHighLatency is slow.')).toEqual([]);
  });
  test('not found when the coined word is a public name of the configuration', () => {
    expect(texts('ZarnithHighLatency fired.', ['zarnith'])).toEqual([]);
  });
  test.each([
    ['two English words run together', 'NodeexporterDown fired.'],
    ['a letter before a word', 'FsyncSlow fired.'],
    ['two letters before a word', 'UnstageSlow fired.'],
    ['three letters after a word', 'StatefulSlow fired.'],
  ])('a word of English words is no coined word: %s', (_, line) => {
    expect(texts(line)).toEqual([]);
  });
});
