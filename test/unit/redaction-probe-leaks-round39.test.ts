import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findTokensOfCodeNames } from '../../src/lib/publication/code-name-tokens.ts';
import { foundBeforeRound39, leakProbesRound39, notLeaksRound39, stillPublishedRound39 } from '../support/redaction-probes-round39.ts';

/**
 * The probe round 39 (docs/redaction.md, "Probe round 39"): people and internal systems written
 * as three more collections of other organisations' reports write them. Every probe and negative
 * is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound39, foundBefore: foundBeforeRound39, stillPublished: stillPublishedRound39, atLeast: { probes: 60, gotThroughBefore: 20 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound39.filter((p) => !stillPublishedRound39.has(p.kind)),
);

describeNotLeaks('not findings: bots, labels, public alerts, jobs, queues, logins and paths, without and with the organisation configured', notLeaksRound39);
describeLeaksGoneAfterRedact(leakProbesRound39, stillPublishedRound39);

describe('the tokens of a found code name (code-name-tokens.ts)', () => {
  const texts = (lines: string[], names: string[]) => findTokensOfCodeNames(lines, names).map((m) => m.text);
  test.each([
    ['an alert run together', ['`ZarnithHighLatency` fired'], ['ZarnithHighLatency']],
    ['a metric', ['`zarnith_requests_total`'], ['zarnith_requests_total']],
    ['a variable in capitals', ['`ZARNITH_DB_URL`'], ['ZARNITH_DB_URL']],
    ["a path's folder", ['/opt/zarnith/bin/reindex.sh'], ['zarnith']],
    ["a login's host", ['ssh ops@zarnith-web-3'], ['zarnith-web-3']],
    ['a file, without the full stop', ['We edited vars/zarnith.tfvars.'], ['zarnith.tfvars']],
  ])('found: %s', (_, lines, found) => {
    expect(texts(lines, ['Zarnith'])).toEqual(found);
  });
  test.each([
    ['a longer word that starts with the name', ['`zarnithian_total`']],
    ['another word', ['`kestrith_requests_total`']],
  ])('not found: %s', (_, lines) => {
    expect(texts(lines, ['Zarnith'])).toEqual([]);
  });
  test('no code name, no token', () => {
    expect(texts(['`zarnith_requests_total`'], [])).toEqual([]);
  });
});
