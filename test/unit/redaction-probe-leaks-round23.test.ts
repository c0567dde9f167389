import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound23, leakProbesRound23, stillPublishedRound23 } from '../support/redaction-probes-round23.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePost, publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';

/**
 * The twenty-third probe round (docs/redaction.md, "Twenty-third probe round"): what the
 * twenty-second round left, and names and internal systems written as an attacker who has read
 * the rules and their limits would write them: in other tenses, the passive, a copula, around a
 * role, as chat handles, in tooltips, under private top-level domains, as CIDR ranges, go links,
 * registry paths. Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound23, foundBefore: foundBeforeRound23, stillPublished: stillPublishedRound23, atLeast: { probes: 75, gotThroughBefore: 34 } });

describeProbesThroughPublicBuild('each probe is found through the public build path too, as the body of a public post, with its line', leakProbesRound23);

const people = (text: string) => foundInProbe(text).filter((f) => /person/.test(f));
const rule = (text: string, name: string) => foundInProbe(text).filter((f) => f.startsWith(`${name}:`));

describe('the public frontmatter is read the same way', () => {
  test.each([
    ['a public title in the present tense', 'title', 'Caoimhe Brenne stays on the bridge', 'Caoimhe Brenne', 'public.title'],
    ['a public summary with a cleft sentence', 'summary', 'It was Tadhg who spotted the lag.', 'Tadhg', 'public.summary'],
    ["the impact's description with a private range", 'impact', 'Clients in 10.42.0.0/16 could not connect.', '10.42.0.0/16', 'impact.description'],
    ["a public action item's title with a possessive", 'action', "Move the key off Brenne's laptop", 'Brenne', 'actionItems.0.title'],
  ] as const)('%s', (_, field, text, leak, path) => {
    const findings = scanProbePost(publicProbePostWithField(field, text));
    expect(findings.filter((f) => f.field === path).map(redactionFindingText)).toContain(leak);
  });
});

describe('not findings: public text written the same way', () => {
  test.each([
    ['a system restarting with no object', 'Zarnith is restarting.'],
    ['a public product in the future tense', 'Kubernetes will restart the pod.'],
    ['a system writing a file', 'Zarnith is writing the snapshot to disk.'],
    ["a system's pair in the present tense", 'Zarnith Proxy restarts the workers every night.'],
    ['a plural second word in the present tense', 'Velkanor Streams stays behind the broker.'],
    ['a public product after a role copula', 'The primary was Postgres and the replica was MySQL.'],
    ['a team after a role copula', 'The owner was the data team.'],
    ['a weather word after "it was"', 'It was Monday when the alert fired.'],
    ["a public company's laptop", "Apple's laptop keyboards were not involved."],
    ['a word in a tooltip', '<abbr title="Dashboard">DB</abbr>'],
    ['a public product in a tooltip', '<abbr title="Grafana">G</abbr>'],
    ['an approximation with a tilde', 'It took ~every retry and ~5 minutes; see ~/bin/restart.'],
    ['a role acronym listed with products', 'The DBA, AWS and Kibana docs disagreed.'],
  ])('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test.each([
    ['a go/no-go decision', 'The go/no-go call was at 10:00; see golang.org/x/net and cmd/go/internal.', 'redact/internal-link'],
    ['public hosts under generic top-level domains', 'See https://sre.google/books/, https://picsum.photos/200 and http://localhost/x.', 'redact/internal-host'],
    ['a public range in CIDR notation', 'Traffic from 203.0.113.0/24 was dropped.', 'redact/ip-address'],
    ['a placeholder project in a registry path', 'Push to us-docker.pkg.dev/my-project/images/app.', 'redact/cloud-account'],
  ])('%s', (_, text, name) => {
    expect(rule(text, name)).toEqual([]);
  });
});

describe('the rules point at the whole name or address', () => {
  test.each([
    ['each of a series after a role copula', 'The responders were Eskil Marsh, Tadhg Crane and Oisín Berg.', ['Eskil Marsh', 'Tadhg Crane', 'Oisín Berg']],
    ['a private range with its prefix length', 'Traffic from 10.42.0.0/16 was dropped.', ['10.42.0.0/16']],
    ['a go link whole', 'The runbook is at go/kvold-ledger-notes.', ['go/kvold-ledger-notes']],
    ['a service and its namespace, not the path', 'Probes of http://payments.billing/health timed out.', ['payments.billing']],
  ])('%s', (_, text, texts) => {
    const found = foundInProbe(text).map((f) => f.slice(f.indexOf(':') + 1));
    for (const t of texts) expect(found).toContain(t);
  });
});

describe('names computed by MDX stop the public build path (the MDX cut reads them; the text scan does not)', () => {
  test.each([
    ['a name in an MDX expression', 'The on-call was {"Caoimhe Brenne"}.'],
    ['a name in a JSX attribute expression', '<Note who={"Tadhg Marsh"}>Drain first.</Note>'],
  ])('%s', (_, body) => {
    const source = publicProbePost({ body });
    const hidden = scanProbePost(source).filter((f) => f.rule === 'redact/hidden-text');
    expect(hidden.map((f) => f.line)).toEqual([source.split('\n').length]);
  });
});

test('npm run redact keeps the names and addresses off the public page', () => {
  const source = 'Caoimhe Brenne stays on the bridge. It was Tadhg who spotted the lag.\n\nThe bridge was Eskil Marsh and me. Traffic from 10.42.0.0/16 was dropped.\n';
  const result = publicTextAfterRedact(source);
  for (const leak of ['Caoimhe Brenne', 'Tadhg', 'Eskil Marsh', '10.42.0.0', '/16']) expect(result).not.toContain(leak);
});

test('a probe in the body of a public post is found at its line', () => {
  const source = publicProbePost({ body: 'Right now Tadhg is draining the node.' });
  const findings = scanProbePost(source).filter((f) => redactionFindingText(f) === 'Tadhg');
  expect(findings.map((f) => f.line)).toEqual([source.split('\n').length]);
});
