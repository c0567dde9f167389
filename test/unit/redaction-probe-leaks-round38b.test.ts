import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findScopedPackagesOfCodeNames } from '../../src/lib/publication/scoped-package-code-names.ts';
import { foundBeforeRound38b, leakProbesRound38b, notLeaksRound38b, stillPublishedRound38b } from '../support/redaction-probes-round38b.ts';

/**
 * The probe round 38b (docs/redaction.md, "Probe round 38b"): a scoped package of a code name the
 * post names as its own system, and the shapes round 38 left published, asserted as they are.
 * Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound38b, foundBefore: foundBeforeRound38b, stillPublished: stillPublishedRound38b, atLeast: { probes: 25, gotThroughBefore: 25 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound38b.filter((p) => !stillPublishedRound38b.has(p.kind)),
);

describeNotLeaks('not findings: public packages beside their products, a scope alone, without and with the organisation configured', notLeaksRound38b);
describeLeaksGoneAfterRedact(leakProbesRound38b, stillPublishedRound38b);

describe('a scoped package of a found code name (scoped-package-code-names.ts)', () => {
  const texts = (lines: string[], names: string[]) => findScopedPackagesOfCodeNames(lines, names).map((m) => m.text);
  test.each([
    ['a code span', ['Upgrading `@zarnith/ledger-client` broke it.'], ['@zarnith/ledger-client']],
    ['a pinned version goes with it', ['npm i @zarnith/ledger-client@4.0.1'], ['@zarnith/ledger-client@4.0.1']],
    ['a scope run on with a word', ['`@zarnith-internal/ledger`'], ['@zarnith-internal/ledger']],
    ['a sentence closing on it', ['We upgraded @zarnith/ledger.'], ['@zarnith/ledger']],
  ])('found: %s', (_, lines, found) => {
    expect(texts(lines, ['Zarnith'])).toEqual(found);
  });
  test.each([
    ['another scope', ['`@tanstack/react-query`']],
    ['a scope that only starts with the name', ['`@zarnithian/ledger`']],
    ['a mail address', ['ops@zarnith/ledger']],
    ['no package after the scope', ['ping @zarnith on chat']],
  ])('not found: %s', (_, lines) => {
    expect(texts(lines, ['Zarnith'])).toEqual([]);
  });
  test('no code name, no package', () => {
    expect(texts(['`@zarnith/ledger-client`'], [])).toEqual([]);
  });
});

test('a scope is no sign that the name before a system noun is a public product', () => {
  // Since probe round 45 the package is found by its scope alone (code-name-identifiers.ts), before the name's rule: the same two findings.
  expect(foundInProbe('The Zarnith service timed out after @zarnith/ledger-client 4.0 shipped.').sort()).toEqual([
    'redact/internal-name:@zarnith/ledger-client',
    'redact/internal-name:Zarnith',
  ]);
  // A name in a link's path or a host is still one (`[./]` before it), as the nineteenth probe round read it.
  expect(foundInProbe('The Zarnith service timed out (see https://zarnith.io/status).')).toEqual([]);
});
