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
import { findWordGivenNamesActing, isWordGivenName } from '../../src/lib/publication/word-given-names-acting.ts';
import { findTwoPartServiceHosts } from '../../src/lib/publication/two-part-service-hosts.ts';
import { foundBeforeRound32, leakProbesRound32, notLeaksRound32, stillPublishedRound32 } from '../support/redaction-probes-round32.ts';

/**
 * The probe round 32 (docs/redaction.md, "Probe round 32"): what round 31 left (a given name that
 * is a dictionary word acting, a service machine of two parts in prose, a board's title of a
 * generic word, a handle carried only by a profile's address, carried people in the public
 * frontmatter fields) and a fresh round across a post's surfaces. Every probe and negative is text
 * of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound32, foundBefore: foundBeforeRound32, stillPublished: stillPublishedRound32, atLeast: { probes: 98, gotThroughBefore: 26 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound32.filter((p) => !stillPublishedRound32.has(p.kind)),
);

describe('not findings: public text written the same way, without and with the organisation configured', () => {
  test.each(notLeaksRound32)('%s', (_, text) => {
    expect(foundInProbe(text)).toEqual([]);
    expect(foundInProbe(text, probeOptionsWithOrganisation)).toEqual([]);
  });
});

/** `npm run redact` replaces or removes each leak, or leaves it for the author, when the scan still finds it and the build stops. */
describe('after npm run redact, each leak is gone or still stops the public build', () => {
  test.each(leakProbesRound32.filter((p) => !stillPublishedRound32.has(p.kind)).map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    const options = probe.org ? probeOptionsWithOrganisation : probeOptions;
    const after = publicTextAfterRedact(probe.text, options);
    expect(publishedOccurrences({ ...probe, text: after })).toEqual([]);
  });
});

describe('a given name that is a dictionary word is a person only opening a clause before what a person does to a system', () => {
  test.each([
    ['Faith restarted the pods.', 'Faith'],
    ['- 03:12 Hunter paged the DBA', 'Hunter'],
    ['At 10:20, Page acknowledged the alert.', 'Page'],
    ['The disk filled. Will rolled back the deploy.', 'Will'],
    ['We waited, then Rangi approved the rollback.', 'Rangi'],
  ])('found: %s', (line, name) => {
    expect(findWordGivenNamesActing(line).map((m) => m.text)).toEqual([name]);
  });
  test.each([
    'Faith in the runbook restarted nothing.',
    'Will this be restarted the same way?',
    'Page load times approved by nobody.',
    'The Watchdog restarted the service.',
    'Watchdog restarted the service.',
    'Monitoring paged the DBA at 03:12.',
    'We asked whether Hunter approved the plan.',
  ])('not found: %s', (line) => {
    expect(findWordGivenNamesActing(line)).toEqual([]);
  });
  test('two such names joined by "and" acting together are both found; two words that are no given names are not', () => {
    expect(findWordGivenNamesActing('Hunter and Faith paired on the fix.').map((m) => m.text)).toEqual(['Hunter', 'Faith']);
    expect(findWordGivenNamesActing('Sales and Support paired on the fix.')).toEqual([]);
    expect(findWordGivenNamesActing('Hunter and Watchdog restarted the pods.')).toEqual([]);
  });
  test('a lexicon must know the word as a given name: a process named by a word is not one', () => {
    expect(['Faith', 'Hunter', 'Page', 'Will', 'Rangi'].every(isWordGivenName)).toBe(true);
    expect(['Watchdog', 'Monitoring', 'Supervisor', 'Cloud'].some(isWordGivenName)).toBe(false);
  });
});

describe('a service machine of one word and its suffix', () => {
  const none = () => false;
  test.each([
    ['Writes to orders-db stalled.', 'orders-db'],
    ['Every call to billing-api returned 502.', 'billing-api'],
    ['The token check in auth-svc timed out.', 'auth-svc'],
    ['We scaled payments-worker to zero.', 'payments-worker'],
  ])('found: %s', (line, name) => {
    expect(findTwoPartServiceHosts(line, none).map((m) => m.text)).toEqual([name]);
  });
  test.each([
    'The rest-api and the web-api docs moved.',
    'We run a celery-worker and a graphql-api.',
    'The test-db was wiped on purpose.',
    'See https://example.com/orders-db and orders-db.example.com and orders-db-2.',
    'The package @scope/billing-api and the file billing-api.ts.',
    'The snapshot goes to the `snap-worker` thread, then `orders-db` in a code span.',
  ])('not found: %s', (line) => {
    expect(findTwoPartServiceHosts(line, none)).toEqual([]);
  });
  test('a public name the team lists is not read', () => {
    expect(findTwoPartServiceHosts('Every call to billing-api failed.', (name) => name === 'billing-api')).toEqual([]);
  });
});

describe("the round's forms in the public frontmatter fields are found by the public build's scan", () => {
  test.each([
    ['summary', 'Faith restarted the pods after the drain.', 'Faith'],
    ['title', 'Writes to orders-db stalled', 'orders-db'],
    ['impact', 'Nobody watched the Billing dashboard.', 'Billing'],
    ['action', 'Update the Checkout runbook', 'Checkout'],
  ] as const)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

/** Carried people: a handle found in a profile's address, and carried names in the public frontmatter fields. */
describe('a person found in one post is looked for in every post of the scan, from a profile address and in public fields', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const source = (id: string, text: string): PublicationSource => {
    const file = `content/postmortems/${id}.mdx`;
    const result = validatePostmortemSource(file, id, text, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
    return { file, source: text, data: result.data! };
  };
  const post = (id: string, body: string) => source(id, publicProbePost({ body }));
  const people = (findings: readonly Finding[], file: string) =>
    findings.filter((f) => (f.rule === 'redact/person' || f.rule === 'redact/possible-person') && f.file === file).map((f) => redactionFindingText(f));
  const scanAll = (posts: PublicationSource[]) => combinePublicationScans(posts.map((p) => scanOneForPublication(p, probeOptions)), posts, probeOptions).findings;

  const profiles = post('2025-03-01-profiles', 'Reviewed by https://gitlab.com/ekaterinaz, reported by https://twitter.com/brannoch_dev and [our responder](https://linkedin.com/in/marisol-quintero-7a).\n');
  const bare = post('2025-03-02-bare', 'This time ekaterinaz looked at the graphs, @brannoch_dev wrote the update and marisol-quintero-7a signed off.\n');

  test('alone, the second post shows no sign', () => {
    expect(people(scanAll([bare]), bare.file)).not.toEqual(expect.arrayContaining(['ekaterinaz']));
  });

  test('with the post that links the profiles, each handle is found bare in the other, in any order', () => {
    for (const order of [[profiles, bare], [bare, profiles]]) {
      const findings = scanAll(order);
      expect(people(findings, bare.file)).toContain('ekaterinaz');
      const carried = findings.find((f) => f.file === bare.file && redactionFindingText(f) === 'ekaterinaz');
      expect(carried?.message).toContain(`found as a person at ${profiles.file}:`);
      // The others are found by their own signs (an @mention, a numbered identifier); every handle is inside a finding.
      const covered = findings.filter((f) => f.file === bare.file).map((f) => redactionFindingText(f));
      for (const handle of ['brannoch_dev', 'marisol-quintero-7a']) expect(covered.some((t) => t.includes(handle)), handle).toBe(true);
    }
  });

  test('a profile handle of words joined by hyphens is carried to a bare use no other rule reads', () => {
    const linked = post('2025-03-07-linked', 'Thanks to [our responder](https://linkedin.com/in/marisol-quintero) for the write-up.\n');
    const named = post('2025-03-08-named', 'As marisol-quintero noted, the writer stalled twice.\n');
    expect(people(scanAll([named]), named.file)).toEqual([]);
    expect(people(scanAll([linked, named]), named.file)).toContain('marisol-quintero');
  });

  test("an organisation's repository address carries nothing", () => {
    const repo = post('2025-03-03-repo', 'The fix is in https://github.com/quillmark/ledger and quillmark shipped it.\n');
    const other = post('2025-03-04-other', 'quillmark released 4.2 the next day.\n');
    expect(people(scanAll([repo, other]), other.file)).toEqual([]);
  });

  test('a carried name in a public frontmatter field is found there', () => {
    const thanks = post('2025-03-05-thanks', 'The provisioner stalled.\n\n## Thanks\n\n- owlish\n- Tamuna Beridze\n');
    const titled = source('2025-03-06-titled', publicProbePostWithField('summary', 'owlish restarted the provisioner and Tamuna Beridze checked the queue.'));
    const findings = scanAll([thanks, titled]);
    const inFields = findings.filter((f) => f.file === titled.file && f.field?.endsWith('summary')).map((f) => redactionFindingText(f));
    expect(inFields).toEqual(expect.arrayContaining(['owlish']));
    expect(people(findings, titled.file)).toEqual(expect.arrayContaining(['owlish', 'Tamuna Beridze']));
  });
});
