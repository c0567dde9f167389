import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound28, leakProbesRound28, notPeopleRound28, stillPublishedRound28 } from '../support/redaction-probes-round28.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { join } from 'node:path';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { probeOptions } from '../support/redaction-probe-harness.ts';
import { fixturesDir } from '../support/content-fixture.ts';

/**
 * The twenty-eighth probe round (docs/redaction.md, "Twenty-eighth probe round"): what round 27
 * left (a name waited on, a handle in an image's file name, apps and functions on shared
 * platforms) and forms no earlier round tried (fenced YAML, `<details>`, Mermaid, badges, quoted
 * commit messages, `git blame`, CODEOWNERS, escalation exports, crontab and SQL comments, stack
 * traces through home folders, e-mail headers, process listings, activity logs). Every probe and
 * negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound28, foundBefore: foundBeforeRound28, stillPublished: stillPublishedRound28, atLeast: { probes: 60, gotThroughBefore: 33 } });

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

/**
 * A public timeline event is shown after its time, so it is read as a timeline's line in the body
 * is (publication-scan.ts, `scannedFieldText`): an activity log's handle and a bracketed actor,
 * which the event's text alone does not show as a timeline's.
 */
describe("a public timeline event's actor, read after its time", () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const eventFindings = (event: string) => {
    const id = '2025-03-01-probe';
    const file = `content/postmortems/${id}.mdx`;
    const source = publicProbePost({ body: 'The writer stalled.\n' }).replace('timeline: []', `timeline:\n  - at: 2025-03-01T10:14:00Z\n    event: ${event}\n    kind: mitigation\n    public: true`);
    const data = validatePostmortemSource(file, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content' }).data!;
    const eventLine = source.split('\n').findIndex((line) => line.includes(`event: ${event}`)) + 1;
    return scanPostmortemForPublication(file, source, data, probeOptions).findings.filter((f) => f.field === 'timeline.0.event').map((f) => `${f.line === eventLine ? 'at its line' : f.line}:${redactionFindingText(f)}`);
  };
  test.each([
    ["an activity log's handle", 'qmarrow changed the status to In Progress', 'qmarrow'],
    ['a bracketed actor', '(Quenby) rolled back the writer.', 'Quenby'],
  ])('%s', (_, event, name) => {
    expect(eventFindings(event)).toEqual([`at its line:${name}`]);
  });
  test.each([['an event of systems', 'Error-rate alert pages the on-call.'], ['an event of a rollback', 'The deploy was rolled back at 10:20.']])('not: %s', (_, event) => {
    expect(eventFindings(event)).toEqual([]);
  });
});
