import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe, probeOptions, probeOptionsWithOrganisation, publicTextAfterRedact, publishedOccurrences } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { findWordGivenNamesActing, isWordGivenName } from '../../src/lib/publication/word-given-names-acting.ts';
import { findImageFilePeople } from '../../src/lib/publication/image-file-people.ts';
import { findCodeNameServiceHosts } from '../../src/lib/publication/code-name-service-hosts.ts';
import { findBoardTitles } from '../../src/lib/publication/board-titles.ts';
import { findTrackerAndLogPeople } from '../../src/lib/publication/tracker-and-log-people.ts';
import { findCloudResourceNames } from '../../src/lib/publication/cloud-resource-names.ts';
import { findPossessiveWorkPeople } from '../../src/lib/publication/possessive-work-people.ts';
import { findWriterAndPromptPeople } from '../../src/lib/publication/writer-and-prompt-people.ts';
import { findAppositiveMachines } from '../../src/lib/publication/appositive-machines.ts';
import { foundBeforeRound34, leakProbesRound34, notLeaksRound34, stillPublishedRound34 } from '../support/redaction-probes-round34.ts';

/**
 * The probe round 34 (docs/redaction.md, "Probe round 34"): what rounds 31 and 32 left (a name
 * opening a file's name, a given name that is a word acting mid-clause or without an article, a
 * service of a code name and its role, a runbook's title of several words) and shapes no round
 * tried before (chat transcripts, mail headers and signatures, link text and titles, alt text,
 * comments, footnotes, timeline tables, `git log` and `git blame`, tracker fields, CODEOWNERS,
 * query strings, possessives, particles, initials, configuration snippets, traces and logs).
 * Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound34, foundBefore: foundBeforeRound34, stillPublished: stillPublishedRound34, atLeast: { probes: 77, gotThroughBefore: 30 } });

/** An HTML comment does not parse in an `.mdx` body: the public build stops on the post, naming the fix, before any scan. */
const notMdx = new Set(['a full name in an HTML comment']);

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound34.filter((p) => !stillPublishedRound34.has(p.kind) && !notMdx.has(p.kind)),
);

test('an HTML comment in a public post stops the public build, naming the MDX comment to write instead', () => {
  const probe = leakProbesRound34.find((p) => notMdx.has(p.kind))!;
  expect(() => scanProbePost(publicProbePost({ body: probe.text }))).toThrow(/write comments as \{\/\* \.\.\. \*\/\}/);
});

describe('not findings: public text written the same way, without and with the organisation configured', () => {
  test.each(notLeaksRound34)('%s', (_, text) => {
    expect(foundInProbe(text)).toEqual([]);
    expect(foundInProbe(text, probeOptionsWithOrganisation)).toEqual([]);
  });
});

/** `npm run redact` replaces or removes each leak, or leaves it for the author, when the scan still finds it and the build stops. */
describe('after npm run redact, each leak is gone or still stops the public build', () => {
  test.each(leakProbesRound34.filter((p) => !stillPublishedRound34.has(p.kind)).map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    const options = probe.org ? probeOptionsWithOrganisation : probeOptions;
    const after = publicTextAfterRedact(probe.text, options);
    expect(publishedOccurrences({ ...probe, text: after })).toEqual([]);
  });
});

describe('a given name that is a word: mid-clause, with a pronoun, in the perfect, paged, handed the incident', () => {
  test.each([
    ['The pods crashed, and Faith restarted them by hand.', ['Faith']],
    ['The alerts cleared after Hope merged it.', ['Hope']],
    ['By 11:20 Mercy had rolled it back.', ['Mercy']],
    ['Will paged Dawn at 02:40.', ['Will', 'Dawn']],
    ['Joy was paged at 02:10.', ['Joy']],
    ['At 06:00 we handed the pager to Patience.', ['Patience']],
  ])('found: %s', (line, names) => {
    expect(findWordGivenNamesActing(line).map((m) => m.text)).toEqual(names);
  });
  test.each([
    'The pods crashed, and Kubernetes restarted them.',
    'We handed the pager to Support.',
    'Security was paged at 02:10.',
    'We asked when Will merged would land.',
    'The Dawn of a new release: we merged it.',
    'We paged Dawn Kowalczyk-Brandt at once.',
  ])('not found: %s', (line) => {
    expect(findWordGivenNamesActing(line)).toEqual([]);
  });
  test('the virtue and flower names are given names; weather and things are not', () => {
    expect(['Dawn', 'Patience', 'Mercy', 'Heather'].every(isWordGivenName)).toBe(true);
    expect(['Storm', 'Rain', 'Forest', 'Peace'].some(isWordGivenName)).toBe(false);
  });
});

describe("two words no lexicon knows opening a file's name, before words of what it shows", () => {
  test.each([
    ['![Rack 14](./img/tiemoko-diarra-rack-swap.jpg)', 'tiemoko-diarra'],
    ['See [the notes](./files/ruairi-brannigan-notes.pdf).', 'ruairi-brannigan'],
    ['![Depth](assets/olusegun_adeyinka_queue_depth.png)', 'olusegun_adeyinka'],
  ])('found: %s', (line, name) => {
    expect(findImageFilePeople(line).map((m) => m.text)).toEqual([name]);
  });
  test.each([
    '![Loki](./img/grafana-loki-query-errors.png)',
    'The report: https://example.com/legal/Flowdock-RCA-For-Incident-On-2020-04-21.pdf',
    '![Build](./img/a1b2c3-d4e5f6.png)',
    '![Two words](./img/tiemoko-diarra.png)',
    'cat /var/run/calico/felix-debug.log | grep ApplyPolicy',
  ])('not found: %s', (line) => {
    expect(findImageFilePeople(line)).toEqual([]);
  });
});

describe("a service named by a code name and what it does", () => {
  const none = () => false;
  test.each([
    ['Writes from zarnith-sync backed up.', 'zarnith-sync'],
    ['We restarted trelvix-gateway twice.', 'trelvix-gateway'],
    ['Traffic went through qorvane-proxy.', 'qorvane-proxy'],
  ])('found: %s', (line, name) => {
    expect(findCodeNameServiceHosts(line, none).map((m) => m.text)).toEqual([name]);
  });
  test.each([
    'We moved to a multi-server setup.',
    'The kube-proxy pods restarted.',
    'The orders-api and payments-worker pods restarted.',
    'The `zarnith-sync` thread stalled.',
    'See https://example.com/zarnith-sync and zarnith-sync.example.com and zarnith-sync-2.',
  ])('not found: %s', (line) => {
    expect(findCodeNameServiceHosts(line, none)).toEqual([]);
  });
  test('a public name the team lists is not read', () => {
    expect(findCodeNameServiceHosts('Writes from zarnith-sync backed up.', (name) => name === 'zarnith-sync')).toEqual([]);
  });
});

describe("a runbook's title of several words opening with a system's name", () => {
  const none = () => false;
  test.each([
    ['We followed the Zarnith Queue Drain runbook.', 'Zarnith Queue Drain'],
    ['See the Ledger Primary Failover playbook.', 'Ledger Primary Failover'],
  ])('found: %s', (line, title) => {
    expect(findBoardTitles(line, none).map((m) => m.text)).toEqual([title]);
  });
  test.each(['We followed the Database Primary Failover runbook.', 'See the Certificate Renewal playbook.', 'The Incident Response playbook is old.'])('not found: %s', (line) => {
    expect(findBoardTitles(line, none)).toEqual([]);
  });
});

describe("people in a tracker's fields, a link's query, a timeline row and git log's output", () => {
  test.each([
    ['OPS-412 · Assignee: mirelad · Priority: Urgent', false, 'mirelad'],
    ['Reporter: k.mensah', false, 'k.mensah'],
    ['https://tracker.example.com/issues?assignee=jdoe&state=open', false, 'jdoe'],
    ['| 10:50 | k.mensah | failed over to the replica |', false, 'k.mensah'],
    ['3f2a9c1 pool: cap idle connections (Lindiwe Mahlangu)', true, 'Lindiwe Mahlangu'],
    ['3f2a9c1 - Lindiwe Mahlangu, 2 days ago : pool: cap idle', true, 'Lindiwe Mahlangu'],
  ] as const)('found: %s', (line, inCode, name) => {
    expect(findTrackerAndLogPeople(line, inCode).map((m) => m.text)).toEqual([name]);
  });
  test.each([
    ['Assignee: unassigned · Owner: payments-oncall', false],
    ['Author: dependabot', false],
    ['https://github.com/example/app/pulls?author=dependabot&user=root', false],
    ['http://boskos.example/acquire?type=gce-project&owner=pull-kubernetes-e2e-gce', false],
    ['| 10:50 | kubelet | restarted the pod |', false],
    ['| 10:50 | k.mensah | failed over to the replica |', true],
    ['3f2a9c1 docs: link the runbook (Pull Request)', true],
    ['3f2a9c1 deps: bump pg (Dependabot)', true],
  ] as const)('not found: %s', (line, inCode) => {
    expect(findTrackerAndLogPeople(line, inCode)).toEqual([]);
  });
});

describe('a bucket in a configuration, a possessive after a final s, particles and hyphens', () => {
  test('a quoted bucket in a Terraform backend is the organisation\'s; a placeholder is not', () => {
    expect(findCloudResourceNames('  bucket = "acme-terraform-state-prod"', () => false).map((m) => m.text)).toEqual(['acme-terraform-state-prod']);
    expect(findCloudResourceNames('  bucket: "ledger-exports"', () => false).map((m) => m.text)).toEqual(['ledger-exports']);
    expect(findCloudResourceNames('  bucket = "my-terraform-state"', () => false)).toEqual([]);
    expect(findCloudResourceNames('  bucket         = "company-terraform-state"', () => false)).toEqual([]);
  });
  test("the bare apostrophe after a final s", () => {
    expect(findPossessiveWorkPeople("It came from Ignatius' shell history.").map((m) => m.text)).toEqual(['Ignatius']);
    expect(foundInProbe("The script ran on Ignatius' laptop.")).toEqual(['redact/possible-person:Ignatius']);
  });
  test('a second surname after a particle, and a hyphenated given name with its surname', () => {
    expect(foundInProbe('Ana dos Santos Ferreira approved the rollback.')).toEqual(['redact/person:Ana dos Santos Ferreira']);
    expect(foundInProbe('Jean-Baptiste Morel promoted the replica.')).toEqual(['redact/possible-person:Jean-Baptiste Morel']);
    expect(foundInProbe('Cross-Region Replication started the copy.')).toEqual([]);
  });
});

describe("the writer naming themself, a bare prompt's user, a machine described after a comma", () => {
  test.each([
    ['13:11: I (Bongani Zulu) looked at my local node.', false, 'Bongani Zulu'],
    ['That left me (Kwesi) alone on the bridge.', false, 'Kwesi'],
    ['tkaragianni$ kubectl get pods', true, 'tkaragianni'],
  ] as const)('found: %s', (line, inCode, name) => {
    expect(findWriterAndPromptPeople(line, inCode).map((m) => m.text)).toEqual([name]);
  });
  test.each([
    ['I (Update) wrote this.', false],
    ['tkaragianni$ kubectl get pods', false],
    ['root# reboot', true],
    ['ec2-user$ sudo yum update', true],
    ['bash-5.0# oslevel -s', true],
    ['$ kubectl get pods', true],
  ] as const)('not found: %s', (line, inCode) => {
    expect(findWriterAndPromptPeople(line, inCode)).toEqual([]);
  });
  const none = () => false;
  test.each([
    ['The build ran on Vader, the old CI box.', 'Vader'],
    ['Backups go to Tamsin, our NAS in the office.', 'Tamsin'],
  ])('found: %s', (line, name) => {
    expect(findAppositiveMachines(line, none).map((m) => m.text)).toEqual([name]);
  });
  test.each(['We moved to Hetzner, our hosting provider.', 'It ran on Linux, the default build machine.', 'We went to Lisbon, the city of the offsite.'])('not found: %s', (line) => {
    expect(findAppositiveMachines(line, none)).toEqual([]);
  });
  test('a machine the team lists as public is not read', () => {
    expect(findAppositiveMachines('The build ran on Vader, the old CI box.', (name) => name.toLowerCase() === 'vader')).toEqual([]);
  });
});
