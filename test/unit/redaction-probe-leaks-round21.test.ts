import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound21, leakProbesRound21, stillPublishedRound21 } from '../support/redaction-probes-round21.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';

/**
 * The twenty-first probe round (docs/redaction.md, "Twenty-first probe round"): a given name no
 * list knows before a surname that is a dictionary word, acting as a person acts in an incident.
 * And a code name failing or restarting with nothing it is done to. Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound21, foundBefore: foundBeforeRound21, stillPublished: stillPublishedRound21, atLeast: { probes: 19, gotThroughBefore: 17 } });

describeProbesThroughPublicBuild('each probe is found through the public build path too, as the body of a public post, with its line', leakProbesRound21);

const people = (text: string, publicNames?: string[]) =>
  foundInProbe(text, publicNames ? { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], publicNames } : undefined).filter((f) => /person/.test(f));

describe('not findings: public text written the same way', () => {
  test.each([
    ['a code name and a system noun acting', 'Zarnith Proxy restarted the worker at 10:02.'],
    ["a vendor's team confirming", 'Quorvane Support confirmed the fix at 11:00.'],
    ['a known product and a word', 'Grafana Cloud paged the on-call engineer.'],
    ['a plural second word', 'Velkanor Streams deployed the new schema.'],
    ['a dictionary word first', 'Green Marsh restarted the pool.'],
    ['a system acting with no object', 'Zarnith Cache restarted twice.'],
    ['the verb as a noun phrase', 'Brathmoor Crane restarts are rare.'],
    ["a title's run of capitalised words", '## How Zarnith Berg Deployed The Fix'],
  ])('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test.each([
    ['a known product restarting', 'Kubernetes restarted twice; Postgres failed at 10:02.'],
    ['a person restarting something', 'We restarted the writer; Velkanor Crane restarted the pool.'],
  ])('%s: no system', (_, text) => {
    expect(foundInProbe(text).filter((f) => f.startsWith('redact/internal-name'))).toEqual([]);
  });

  test('a pair listed in publicNames is no finding', () => {
    expect(people('Caoimhe Brenne restarted the pool.', ['Caoimhe Brenne'])).toEqual([]);
  });
});

describe('the rule points at the whole name, each place the post writes it', () => {
  test.each([
    ['a name restarting the pool', 'Caoimhe Brenne restarted the pool at 10:06.', ['redact/possible-person:Caoimhe Brenne']],
    ['a name, then again', 'Aoife Berg paged the DBA. Aoife Berg stayed on.', ['redact/possible-person:Aoife Berg', 'redact/possible-person:Aoife Berg']],
  ])('%s', (_, text, findings) => {
    expect(people(text)).toEqual(findings);
  });
});

test('npm run redact keeps the name off the public page', () => {
  const source = 'Eskil Berg rolled back the deploy at 10:14. Eskil Berg then stayed on.\n';
  const result = publicTextAfterRedact(source);
  expect(result).not.toBe(source);
  expect(result).not.toContain('Eskil Berg');
});
