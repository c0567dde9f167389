import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound24, leakProbesRound24, notPeopleRound24, stillPublishedRound24 } from '../support/redaction-probes-round24.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';

/**
 * The twenty-fourth probe round (docs/redaction.md, "Twenty-fourth probe round"): a single
 * unlisted given name in the present simple, the perfect or after a modal, and a full name in the
 * present before a bare noun, which the twenty-third round left published. Every probe and
 * negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound24, foundBefore: foundBeforeRound24, stillPublished: stillPublishedRound24, atLeast: { probes: 22, gotThroughBefore: 20 } });

describeProbesThroughPublicBuild('each probe is found through the public build path too, as the body of a public post, with its line', leakProbesRound24.filter((p) => !stillPublishedRound24.has(p.kind)));

const people = (text: string) => foundInProbe(text).filter((f) => /person/.test(f));

describe('not findings: public text written the same way', () => {
  test.each(notPeopleRound24)('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test.each([
    ["a brand's status update in the perfect", 'Esri has resolved the issue.'],
    ['a program the post also writes in lower case', 'Then dracut (used by the installer) ran. Dracut would also include the module.'],
    ['a plural at the end of a title run', 'Restart is complete, Manage Plugins shows those 5 plugins.'],
  ])('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });
});
