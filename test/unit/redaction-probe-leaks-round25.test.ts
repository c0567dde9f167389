import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound25, leakProbesRound25, notPeopleRound25, stillPublishedRound25 } from '../support/redaction-probes-round25.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

/**
 * The twenty-fifth probe round (docs/redaction.md, "Twenty-fifth probe round"): a single name
 * with no object or before a preposition, cloud projects' hosts and a namespace that is a public
 * top-level domain, which the twenty-fourth round left published, and forms no earlier round
 * tried (Markdown constructs, names split by markup, chat logs, ticket fields, addresses,
 * contractions, role labels). Every probe and negative is text of our own writing; no list knows
 * any name.
 */
describeProbeRound({ probes: leakProbesRound25, foundBefore: foundBeforeRound25, stillPublished: stillPublishedRound25, atLeast: { probes: 65, gotThroughBefore: 44 } });

/** Angle-bracket autolinks (`<mailto:…>`, Slack's `<@U…|name>`, a trailer's `<a@b.io>`) are no MDX: the public build refuses the post. */
const notMdx = (text: string) => /<(?:mailto:|@|[\w.]+@)/.test(text);

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound25.filter((p) => !stillPublishedRound25.has(p.kind) && !notMdx(p.text)),
);

describe('a probe MDX cannot parse stops the public build (it fails closed)', () => {
  test.each(leakProbesRound25.filter((p) => notMdx(p.text)).map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    expect(() => scanProbePost(publicProbePost({ body: probe.text }))).toThrow(/does not parse/);
  });
});

describe('not findings: public text written the same way', () => {
  test.each(notPeopleRound25)('%s', (_, text) => {
    expect(foundInProbe(text)).toEqual([]);
  });
});
