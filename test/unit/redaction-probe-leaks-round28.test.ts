import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound28, leakProbesRound28, notPeopleRound28, stillPublishedRound28 } from '../support/redaction-probes-round28.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

/**
 * The twenty-eighth probe round (docs/redaction.md, "Twenty-eighth probe round"): what round 27
 * left (a name waited on, a handle in an image's file name, apps and functions on shared
 * platforms) and forms no earlier round tried (fenced YAML, `<details>`, Mermaid, badges, quoted
 * commit messages, `git blame`, CODEOWNERS, escalation exports, crontab and SQL comments, stack
 * traces through home folders, e-mail headers, process listings, activity logs). Every probe and
 * negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound28, foundBefore: foundBeforeRound28, stillPublished: stillPublishedRound28, atLeast: { probes: 58, gotThroughBefore: 31 } });

/** An angle-bracket address (`<a@quillan.io>`) is no MDX: the public build refuses the post. */
const notMdx = (text: string) => /<[\w.]+@/.test(text);

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound28.filter((p) => !stillPublishedRound28.has(p.kind) && !notMdx(p.text)),
);

describe('a probe MDX cannot parse stops the public build (it fails closed)', () => {
  test.each(leakProbesRound28.filter((p) => notMdx(p.text)).map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    expect(() => scanProbePost(publicProbePost({ body: probe.text }))).toThrow(/does not parse/);
  });
});

describe('not findings: public text written the same way', () => {
  test.each(notPeopleRound28)('%s', (_, text) => {
    expect(foundInProbe(text)).toEqual([]);
  });
});
