import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, probeOptions } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { postToRedact } from '../support/post-to-redact.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { combinePublicationScans, scanOneForPublication, type PublicationSource } from '../../scripts/lib/redaction-check.ts';
import { findCodeNameOutages } from '../../src/lib/publication/code-name-outages.ts';
import { findJobSuffixNames } from '../../src/lib/publication/job-suffix-names.ts';
import { findBareWordHandles } from '../../src/lib/publication/word-handles-bare.ts';
import { foundBeforeRound44, leakProbesRound44, notLeaksRound44, stillPublishedRound44 } from '../support/redaction-probes-round44.ts';

/**
 * The probe round 44 (docs/redaction.md, "Probe round 44"): what rounds 42b and 43 left published,
 * in new sentences, and the shapes of real retrospectives in a post's tables, timelines, action
 * items, chat quotes, alt text, headings and links. Every probe and negative is text of our own
 * writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound44, foundBefore: foundBeforeRound44, stillPublished: stillPublishedRound44, atLeast: { probes: 59, gotThroughBefore: 50 } });

describeProbesThroughPublicBuild(
  'each probe found now is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound44.filter((p) => !stillPublishedRound44.has(p.kind)),
);

describeNotLeaks("not findings: vendors' outages, public alerts and jobs, public hosts, CI documentation, teams, words and conventions in the same shapes, without and with the organisation configured", notLeaksRound44);
describeLeaksGoneAfterRedact(leakProbesRound44, stillPublishedRound44);

const never = () => false;

describe("a code name used as an incident's name (code-name-outages.ts)", () => {
  test.each([
    ['after "the"', 'This was the Zephyrine outage.', ['Zephyrine']],
    ['after an ordinal', 'the second Zephyrine incident this month', ['Zephyrine']],
    ['before downtime', 'During the Quorlith downtime we waited.', ['Quorlith']],
  ])('found: %s', (_, line, names) => {
    expect(findCodeNameOutages(line, never).map((m) => m.text)).toEqual(names);
  });
  test.each([
    ['a vendor', 'the Cloudflare outage'],
    ['a public vulnerability', 'the Heartbleed incident'],
    ['a day', 'the Monday outage'],
    ['a given name', 'the Maria incident'],
    ['a public name configured', 'the Zephyrine outage', (text: string): boolean => text === 'Zephyrine'],
  ] as [string, string, ((text: string) => boolean)?][])('not found: %s', (_, line, isPublic = never) => {
    expect(findCodeNameOutages(line, isPublic)).toEqual([]);
  });
});

describe("a job named by a code name and its work (job-suffix-names.ts)", () => {
  test.each([
    ['an ETL job', 'The cron on brisket-etl ran twice.', ['brisket-etl']],
    ['an ingester in a code span', 'restart `heron-ingest` first', ['heron-ingest']],
  ])('found: %s', (_, line, names) => {
    expect(findJobSuffixNames(line, never).map((m) => m.text)).toEqual(names);
  });
  test.each([
    ['a word of data', 'data-etl finished'],
    ['a public tool', 'spark-etl and kafka-loader finished'],
    ['a common word', 'order-sync and user-importer'],
    ['inside a path', 'see /jobs/brisket-etl/logs'],
  ])('not found: %s', (_, line) => {
    expect(findJobSuffixNames(line, never)).toEqual([]);
  });
});

describe('a mentioned handle that is a word, bare where a person acts (word-handles-bare.ts)', () => {
  const post = '@simulacrum took the page.\n\nbefore simulacrum could fail over, a simulacrum of the primary was up.';
  test('found before a modal, not where the word is a word', () => {
    const line = 'before simulacrum could fail over, a simulacrum of the primary was up.';
    expect(findBareWordHandles(line, post).map((m) => [m.text, m.index])).toEqual([['simulacrum', 7]]);
  });
  test("not a common word mentioned as a group's alias", () => {
    expect(findBareWordHandles('the support team can help', 'Mention @team in the channel.\n\nthe support team can help')).toEqual([]);
  });
  test('not found without the mention', () => {
    expect(findBareWordHandles('before simulacrum could fail over', 'before simulacrum could fail over')).toEqual([]);
  });
});

/** People's handles in their accounts' links, carried from the post that names them (carried-people.ts). */
describe("a handle found as a person in one post is found in another post's account links", () => {
  const source = (id: string, body: string): PublicationSource => postToRedact(id, body);
  const thanks = source('2025-04-01-provisioner', 'The provisioner stalled.\n\n## Thanks\n\n- qvalder\n');
  const links = source('2025-04-02-links', [
    'The patch is at https://github.com/qvalder/pool-tuner and the slides at https://qvalder.github.io/talks/pool.',
    '',
    'The forum thread is https://discourse.example.org/t/pool/8164?u=qvalder, and https://github.com/kubernetes/kubernetes is public.',
  ].join('\n'));
  const people = (findings: readonly Finding[], file: string) =>
    findings.filter((f) => (f.rule === 'redact/person' || f.rule === 'redact/possible-person') && f.file === file).map((f) => redactionFindingText(f));

  // Since probe round 49 the repository's coined owner is a guess on its own (coined-repository-owners.ts), but
  // nothing says it is a person's: the Pages site and the share link are not found.
  test('alone, the post of links shows no sign', () => {
    const { findings } = combinePublicationScans([links].map((post) => scanOneForPublication(post, probeOptions)), [links], probeOptions);
    const qvalder = findings.filter((f) => f.file === links.file && redactionFindingText(f) === 'qvalder');
    expect(qvalder.map((f) => f.rule)).toEqual(['redact/possible-person']);
    expect(qvalder[0].message).not.toContain('as a person at');
  });

  test("with the post that names the handle, its repository's owner, its Pages site and its share link are found; an organisation's repository is not", () => {
    const order = [thanks, links];
    const { findings } = combinePublicationScans(order.map((post) => scanOneForPublication(post, probeOptions)), order, probeOptions);
    expect(people(findings, links.file).filter((t) => t === 'qvalder')).toHaveLength(3);
    expect(people(findings, links.file)).not.toContain('kubernetes');
  });

  test("a handle only mentioned in one post is found in another post's repository links, not as a bare word there", () => {
    const mention = source('2025-04-03-mention', 'The review was done by @orrvask in the pull request.\n');
    const repo = source('2025-04-04-repo', 'The tuner lives at https://github.com/orrvask/pool-tuner, and orrvask-tools is unrelated.\n');
    const order = [mention, repo];
    const { findings } = combinePublicationScans(order.map((post) => scanOneForPublication(post, probeOptions)), order, probeOptions);
    const carried = findings.filter((f) => f.file === repo.file && redactionFindingText(f) === 'orrvask');
    expect(carried).toHaveLength(1);
    expect(carried[0].message).toContain(`mentioned as a person at ${mention.file}:`);
  });
});
