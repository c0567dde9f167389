import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { describeProbeRound, foundInProbe, probeOptions, probeOptionsWithOrganisation, publicTextAfterRedact, publishedOccurrences } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePost, publicProbePostWithField } from '../support/public-probe-post.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { combinePublicationScans, scanOneForPublication, type PublicationSource } from '../../scripts/lib/redaction-check.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { foundBeforeRound31, leakProbesRound31, notLeaksRound31, stillPublishedRound31 } from '../support/redaction-probes-round31.ts';

/**
 * The probe round 31 (docs/redaction.md, "Probe round 31"): what session 30 left (a database host
 * of English words in prose, a compound before a process's noun, a board's title of one word, a
 * bucket named after its noun, the organisation's made-up system as "the X" and alone, a
 * dictionary word in an Owner column, a person one post names written bare in another) and a fresh
 * round across a post's surfaces. Every probe and negative is text of our own writing; no list
 * knows any name.
 */
describeProbeRound({ probes: leakProbesRound31, foundBefore: foundBeforeRound31, stillPublished: stillPublishedRound31, atLeast: { probes: 79, gotThroughBefore: 18 } });

/** Probes MDX cannot parse (an HTML comment, a chat nick or a Slack mention in angle brackets): the public build stops on them. */
const mdxRefuses = new Set(['an HTML comment in a .md post naming the reviewer', 'a details block with a chat log', 'a quoted chat log with bracketed times', 'a quoted chat log, second speaker', 'a Slack mention written as a user link']);

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound31.filter((p) => !stillPublishedRound31.has(p.kind) && !mdxRefuses.has(p.kind)),
);

describe('the probes MDX cannot parse stop the public build, naming the file and line', () => {
  test.each(leakProbesRound31.filter((p) => mdxRefuses.has(p.kind)).map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    expect(() => scanProbePost(publicProbePost({ body: probe.text }))).toThrow(/content\/2025-03-01-probe\.mdx:\d+:\d+: the MDX body does not parse/);
  });
});

describe('not findings: public text written the same way, without and with the organisation configured', () => {
  test.each(notLeaksRound31)('%s', (_, text) => {
    expect(foundInProbe(text)).toEqual([]);
    expect(foundInProbe(text, probeOptionsWithOrganisation)).toEqual([]);
  });
});

/** `npm run redact` replaces or removes each leak, or leaves it for the author, when the scan still finds it and the build stops. */
describe('after npm run redact, each leak is gone or still stops the public build', () => {
  test.each(leakProbesRound31.filter((p) => !stillPublishedRound31.has(p.kind)).map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    const options = probe.org ? probeOptionsWithOrganisation : probeOptions;
    const after = publicTextAfterRedact(probe.text, options);
    expect(publishedOccurrences({ ...probe, text: after })).toEqual([]);
  });
});

test('a name spelt by an MDX expression is found by the public build (the text scan does not evaluate MDX)', () => {
  const found = scanProbePost(publicProbePost({ body: 'The fix came from {"Tel" + "ma"} at 10:30.' })).map((f) => `${f.rule}:${redactionFindingText(f)}`);
  expect(found).toContain('redact/hidden-text:{"Tel" + "ma"}');
});

describe("the round's forms in the public frontmatter fields are found by the public build's scan", () => {
  test.each([
    ['summary', 'The pg-payouts-primary replica fell behind.', 'pg-payouts-primary'],
    ['title', 'The Payouts board was stale', 'Payouts'],
    ['impact', 'Requests to the ledger-cache service timed out.', 'ledger-cache'],
    ['action', 'Empty the S3 bucket payouts-exports', 'payouts-exports'],
  ] as const)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

test('the made-up system is public when publicNames lists it', () => {
  const text = 'The Sushibar scheduler expired the certificates. Sushibar then restarted every worker.';
  expect(foundInProbe(text).filter((f) => f.includes('Sushibar')).length).toBe(2);
  expect(foundInProbe(text, { ...probeOptions, publicNames: ['Sushibar'] })).toEqual([]);
});

test('a column of team names stays unflagged, and one found name makes its lone lower-case neighbours handles', () => {
  const teams = '| Action | Owner |\n| --- | --- |\n| Add an alert | platform |\n| Rotate keys | security |\n| Fix it | sam |';
  expect(foundInProbe(teams)).toEqual(['redact/person:sam']);
  // A lone word in another table, after the first ends, is judged by its own column.
  const two = '| Action | Owner |\n| --- | --- |\n| Add an alert | sam |\n\n| Action | Owner |\n| --- | --- |\n| Rotate keys | mar |';
  expect(foundInProbe(two)).toEqual(['redact/person:sam']);
});

/** Carried people: a person one post names with a sign, written bare in another post of the same build. */
describe('a person found in one post is looked for in every post of the scan', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const source = (id: string, body: string): PublicationSource => {
    const text = publicProbePost({ body });
    const file = `content/postmortems/${id}.mdx`;
    const result = validatePostmortemSource(file, id, text, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
    return { file, source: text, data: result.data! };
  };
  const thanks = source('2025-03-01-provisioner', 'The provisioner stalled.\n\n## Thanks\n\n- owlish\n- Tamuna Beridze\n');
  const prose = source('2025-03-02-workers', 'This time owlish restarted the provisioner, and Tamuna Beridze checked the queue.\n\nThe owlish-tools repository and the owlishly named cron are unrelated.\n');
  const unrelated = source('2025-03-03-cert', 'The certificate of the status page expired.\n');
  const people = (findings: readonly Finding[], file: string) =>
    findings.filter((f) => (f.rule === 'redact/person' || f.rule === 'redact/possible-person') && f.file === file).map((f) => redactionFindingText(f));

  test('alone, the second post shows no sign', () => {
    const { findings } = combinePublicationScans([prose, unrelated].map((post) => scanOneForPublication(post, probeOptions)), [prose, unrelated], probeOptions);
    expect(people(findings, prose.file)).not.toContain('owlish');
  });

  test('with the post that names them, in any order, each bare use is found; longer names holding it are not', () => {
    for (const order of [[thanks, prose, unrelated], [unrelated, prose, thanks]]) {
      const { findings } = combinePublicationScans(order.map((post) => scanOneForPublication(post, probeOptions)), order, probeOptions);
      expect(people(findings, prose.file)).toEqual(expect.arrayContaining(['owlish', 'Tamuna Beridze']));
      expect(people(findings, prose.file).filter((t) => t === 'owlish')).toHaveLength(1);
      expect(people(findings, unrelated.file)).toEqual([]);
      const carried = findings.find((f) => f.file === prose.file && redactionFindingText(f) === 'owlish');
      expect(carried?.message).toContain(`found as a person at ${thanks.file}:`);
    }
  });

  test("a handle a post writes as a domain's label is a product's name, not carried", () => {
    const site = source('2025-03-05-site', 'The docs moved to owlish.example.com last year.\n');
    const order = [thanks, prose, site];
    const { findings } = combinePublicationScans(order.map((post) => scanOneForPublication(post, probeOptions)), order, probeOptions);
    expect(people(findings, prose.file)).not.toContain('owlish');
  });

  test('a marker on the line allows a carried person', () => {
    const allowedPost = source('2025-03-04-allowed', 'owlish is our public mascot. {/* redaction-allow redact/person "owlish" -- the mascot */}\n');
    const { findings, allowed } = combinePublicationScans([thanks, allowedPost].map((post) => scanOneForPublication(post, probeOptions)), [thanks, allowedPost], probeOptions);
    expect(people(findings, allowedPost.file)).toEqual([]);
    expect(allowed.size).toBeGreaterThan(0);
  });
});
