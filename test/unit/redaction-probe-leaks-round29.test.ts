import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe, probeOptionsWithOrganisation } from '../support/redaction-probe-harness.ts';
import { findOwnHostForms } from '../../src/lib/publication/own-host-forms.ts';
import { foundBeforeRound29, leakProbesRound29, notSystemsRound29, stillPublishedRound29 } from '../support/redaction-probes-round29.ts';

/**
 * The system-name probe round 29 (docs/redaction.md, "System names, probe round 29"): objects in
 * the organisation's tools named after the tool's noun, identifiers holding the organisation's
 * name, machines in forms the host rules did not read, and a name the post calls its own after
 * the noun. Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound29, foundBefore: foundBeforeRound29, stillPublished: stillPublishedRound29, atLeast: { probes: 36, gotThroughBefore: 31 } });

describe('not findings: public text written the same way, without and with the organisation configured', () => {
  test.each(notSystemsRound29)('%s', (_, text) => {
    expect(foundInProbe(text)).toEqual([]);
    expect(foundInProbe(text, probeOptionsWithOrganisation)).toEqual([]);
  });
});

test("a name holding the organisation's name is public when publicNames lists its repository", () => {
  const text = 'The acme-ledger-tools-cli binary shipped.';
  expect(foundInProbe(text, probeOptionsWithOrganisation)).toEqual(['redact/internal-name:acme-ledger-tools-cli']);
  expect(foundInProbe(text, { ...probeOptionsWithOrganisation, publicNames: ['github.com/acme/acme-ledger-tools-cli'] })).toEqual([]);
});

test('the user part of an address after "host" is no numbered machine (the address is the e-mail rule\'s)', () => {
  expect(findOwnHostForms('The client logs in to the host `dbx123@example.com`.')).toEqual([]);
  expect(findOwnHostForms('The client logs in to the host `dbx123`.').map((h) => h.text)).toEqual(['dbx123']);
});
