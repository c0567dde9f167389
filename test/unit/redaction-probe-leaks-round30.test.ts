import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe, probeOptions, probeOptionsWithOrganisation, publicTextAfterRedact, publishedOccurrences } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { foundBeforeRound30, leakProbesRound30, notLeaksRound30, stillPublishedRound30 } from '../support/redaction-probes-round30.ts';

/**
 * The probe round 30 (docs/redaction.md, "Probe round 30"): what rounds 28 and 29 left in Limits
 * (a name in a short status, waited on or pinged at the end, alone in a header cell; a workload
 * of English words, `kubectl` in a namespace of one word, a board's unquoted title, a code host
 * on the organisation's domain without a scheme, the organisation's name and one word before a
 * system's noun) and a fresh round across a post's surfaces. Every probe and negative is text of
 * our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound30, foundBefore: foundBeforeRound30, stillPublished: stillPublishedRound30, atLeast: { probes: 83, gotThroughBefore: 42 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound30.filter((p) => !stillPublishedRound30.has(p.kind)),
);

describe('not findings: public text written the same way, without and with the organisation configured', () => {
  test.each(notLeaksRound30)('%s', (_, text) => {
    expect(foundInProbe(text)).toEqual([]);
    expect(foundInProbe(text, probeOptionsWithOrganisation)).toEqual([]);
  });
});

test("the organisation's package is public when publicNames lists it", () => {
  const text = 'at com.acme.sdk.Client.send(Client.java:40)';
  expect(foundInProbe(text, probeOptionsWithOrganisation)).toEqual(['redact/internal-name:com.acme.sdk.Client.send']);
  expect(foundInProbe(text, { ...probeOptionsWithOrganisation, publicNames: ['com.acme.sdk'] })).toEqual([]);
});

test("a workload named by its kind is public when publicNames lists it", () => {
  const text = 'The `orders-consumer` pod restarted.';
  expect(foundInProbe(text)).toEqual(['redact/internal-name:orders-consumer']);
  expect(foundInProbe(text, { ...probeOptionsWithOrganisation, publicNames: ['orders-consumer'] })).toEqual([]);
});

/**
 * `npm run redact` replaces or removes each leak, or leaves it for the author where a role would
 * misread ("waiting on an engineer" reads as a place's "on"): then the scan still finds it, so
 * the public build stops. Either way the leak never reaches the page.
 */
describe('after npm run redact, each leak is gone or still stops the public build', () => {
  test.each(leakProbesRound30.filter((p) => !stillPublishedRound30.has(p.kind)).map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    const options = probe.org ? probeOptionsWithOrganisation : probeOptions;
    const after = publicTextAfterRedact(probe.text, options);
    // What is left of the leak on the page: none, or every occurrence still inside a finding.
    expect(publishedOccurrences({ ...probe, text: after })).toEqual([]);
  });
});

/** The round's forms in the public frontmatter: the page shows its title, summary, impact and public action items too. */
describe("the round's forms in the public frontmatter fields are found by the public build's scan", () => {
  test.each([
    ['summary', 'Ardwen is investigating; the writer was restarted twice.', 'Ardwen'],
    ['title', 'The Payments Overview dashboard was stale', 'Payments Overview'],
    ['impact', 'The `orders-consumer` pod restarted twice.', 'orders-consumer'],
    ['action', 'Add an alert on the ledger-refunds-api service', 'ledger-refunds-api'],
  ] as const)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});
