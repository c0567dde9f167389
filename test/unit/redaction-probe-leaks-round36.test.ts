import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findWordGivenNamesActing } from '../../src/lib/publication/word-given-names-acting.ts';
import { findPossessiveWorkPeople } from '../../src/lib/publication/possessive-work-people.ts';
import { findNoteShorthandPeople } from '../../src/lib/publication/note-shorthand-people.ts';
import { findCodeSpanMachineNames } from '../../src/lib/publication/code-span-machine-names.ts';
import { findCodeNameServiceHosts } from '../../src/lib/publication/code-name-service-hosts.ts';
import { findBoardTitles } from '../../src/lib/publication/board-titles.ts';
import { systemColumnWords } from '../../src/lib/publication/system-column-words.ts';
import { findTrackerAndLogPeople } from '../../src/lib/publication/tracker-and-log-people.ts';
import { foundBeforeRound36, leakProbesRound36, notLeaksRound36, stillPublishedRound36 } from '../support/redaction-probes-round36.ts';

/**
 * The probe round 36 (docs/redaction.md, "Probe round 36"): what rounds 34 and 35 left in "Limits"
 * (a given name that is a word in a relative clause or a possessive, a machine of one coined word
 * after a preposition, a code name before `-hub`, `-engine`, `-cache`, a runbook's title of a
 * procedure word and a system, bare names in Japanese, Chinese and Korean) and shapes read in real
 * reports (a timeline whose time stands on its own line, a possessive before a size, names joined
 * by a slash or a plus, `name@`, a ticket's key with a name, hosts in code spans, a table's column
 * of systems, alt and link text, headings). Every probe and negative is text of our own writing;
 * no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound36, foundBefore: foundBeforeRound36, stillPublished: stillPublishedRound36, atLeast: { probes: 70, gotThroughBefore: 43 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound36.filter((p) => !stillPublishedRound36.has(p.kind)),
);

describeNotLeaks('not findings: ordinary public text (dates, products, companies, places), without and with the organisation configured', notLeaksRound36);
describeLeaksGoneAfterRedact(leakProbesRound36, stillPublishedRound36);

test('npm run redact writes one role for names joined by a slash or a plus, and the public page keeps its subject', () => {
  expect(publicTextAfterRedact('Tavish/Oriana to follow up with the vendor.')).toBe('Two engineers to follow up with the vendor.');
  expect(publicTextAfterRedact('Tavish + Oriana paired on the fix.')).toBe('Two engineers paired on the fix.');
  expect(publicTextAfterRedact('See docs/Guides for the steps, and Tavish/Oriana to follow up.')).toContain('docs/Guides');
});

describe('a given name that is a word in a relative clause', () => {
  test.each([
    ['We checked the pods Faith restarted at 02:10.', ['Faith']],
    ['The hotfix that Hope deployed at 03:00 fixed it.', ['Hope']],
    ['Our rollback which Joy had pushed held.', ['Joy']],
  ])('found: %s', (line, names) => {
    expect(findWordGivenNamesActing(line).map((m) => m.text)).toEqual(names);
  });
  test.each(['The hotfix that Heroku deployed at 03:00 fixed it.', 'the pods Kubernetes restarted came back', 'The release that Storm merged would land.'])('not found: %s', (line) => {
    expect(findWordGivenNamesActing(line)).toEqual([]);
  });
});

describe('possessives: a word given name, a size between, a heading, a product panel', () => {
  test.each([
    ["Faith's fix held.", 'Faith'],
    ["and Dawn's rollback held.", 'Dawn'],
    ["The pod went past Joy's 3GB limit.", 'Joy'],
    ['(more than even Tavish’s 3GB increased limit)', 'Tavish'],
    ["### Tavish's timeline", 'Tavish'],
    ["![Oriana's Grafana panel](./m.png)", 'Oriana'],
  ])('found: %s', (line, name) => {
    expect(findPossessiveWorkPeople(line).map((m) => m.text)).toEqual([name]);
  });
  test.each([
    "### Cloudflare's analysis",
    "Cloudflare's 100MB limit applies to every upload.",
    "Kolibri's build timed out.",
    "Chase's fix for the API landed.",
    "Zorblat's timeline shows the outage.",
  ])('not found: %s', (line) => {
    expect(findPossessiveWorkPeople(line)).toEqual([]);
  });
});

describe("people in notes' shorthand", () => {
  test.each([
    ['HUB-4121 (Tavish) tracks the follow-up.', ['Tavish']],
    ['HUB-4122 – Oriana – add an alert', ['Oriana']],
    ['Tavish/Oriana to follow up with the vendor.', ['Tavish', 'Oriana']],
    ['Tavish + Oriana paired on the fix.', ['Tavish', 'Oriana']],
    ['Send questions to faith.o@ before Friday.', ['faith.o']],
    ['- 14:02 Faith: restarting the hub pod now', ['Faith']],
    ['The Oriel Bancroft determined that the updates broke it.', ['Oriel Bancroft']],
  ])('found: %s', (line, names) => {
    expect(findNoteShorthandPeople(line).map((m) => m.text)).toEqual(names);
  });
  test.each([
    'OPS-12 (P1) and CVE-2024-1234 – Critical – were patched.',
    'TCP/UDP to follow up later.',
    'Send reports to security@ or support@.',
    'npm install left@ and pinned it.',
    '- 14:02 Alert: disk usage above 90%',
    'The Kafka Connect determined the offsets.',
    'The Grafana Loki determined nothing.',
  ])('not found: %s', (line) => {
    expect(findNoteShorthandPeople(line)).toEqual([]);
  });
});

describe('machines of coined words written as code writes them', () => {
  const none = () => false;
  test.each([
    ['Switch to `prod-skarvik` and restart.', false, 'prod-skarvik'],
    ['connection refused: kestrith:5432', true, 'kestrith'],
    ['Run it on `kestrith.iad` only.', false, 'kestrith.iad'],
    ['The `zarnithd` daemon leaked handles.', false, 'zarnithd'],
  ])('found: %s', (line, inCode, name) => {
    expect(findCodeSpanMachineNames(line, inCode, none).map((m) => m.text)).toEqual([name]);
  });
  test.each([
    'Redis on `localhost:6379` and Postgres on `postgres:5432`.',
    'Switch to `prod-eu` or `staging-london`.',
    'The `chronyd` daemon and the `rsyslogd` process.',
    'The per-node `anetd` agent saturated its CPU.',
    'An orphaned `buildkitd` process held the lock.',
    'prod-skarvik in prose is left to the other rules.',
  ])('not found: %s', (line) => {
    expect(findCodeSpanMachineNames(line, false, none)).toEqual([]);
  });
});

describe('code-name services of the roles the round added, runbooks for one system, a column of systems, a commit handle', () => {
  const none = () => false;
  test.each(['zarnith-hub', 'quorvel-engine', 'velmora-cache'])('a service found: %s', (name) => {
    expect(findCodeNameServiceHosts(`Traffic to ${name} dropped.`, none).map((m) => m.text)).toEqual([name]);
  });
  test.each(['nvme-cache', 'notif-hub', 'redis-cache', 'jupyter-hub', 'cfg-engine', 'terp-core'])('a service not found: %s', (name) => {
    expect(findCodeNameServiceHosts(`Traffic to ${name} dropped.`, none)).toEqual([]);
  });
  test('a runbook for one system: the system found, not a procedure of procedure words', () => {
    expect(findBoardTitles('We followed the Failover Ledger runbook.', none).map((m) => m.text)).toEqual(['Ledger']);
    expect(findBoardTitles('The Restore Zarnith playbook was old.', none).map((m) => m.text)).toEqual(['Zarnith']);
    expect(findBoardTitles('We followed the Database Primary Failover runbook.', none)).toEqual([]);
    expect(findBoardTitles('See the Incident Response Process playbook.', none)).toEqual([]);
  });
  test("a table's column of systems gives its words, other columns do not", () => {
    const table = ['| System | Owner |', '|---|---|', '| Kestrith | Tavish |', '', '| Step | State |', '|---|---|', '| Kestrith | done |'];
    expect(systemColumnWords(table)).toEqual([{ line: 2, word: 'Kestrith' }]);
  });
  test("a commit subject's author handle in brackets, not a bot's", () => {
    expect(findTrackerAndLogPeople('Revert "bump hub memory" (tavishk)', true).map((m) => m.text)).toEqual(['tavishk']);
    expect(findTrackerAndLogPeople('3f2a9c1 pool: cap idle (tkaragianni)', true).map((m) => m.text)).toEqual(['tkaragianni']);
    expect(findTrackerAndLogPeople('3f2a9c1 deps: bump pg (dependabot)', true)).toEqual([]);
  });
});

describe('machines read by where a job ran, their parts and brackets, through the scan', () => {
  test.each([
    ['The backfill ran on Vader overnight.', 'Vader'],
    ['We copied the dump onto Kestrith first.', 'Kestrith'],
    ["Kestrith's disk filled up at 04:12.", 'Kestrith'],
    ['The old CI box (Kestrith) ran out of disk.', 'Kestrith'],
    ['We drained Skarvik-2 and moved the pods.', 'Skarvik-2'],
    ['## Zarnith service outage', 'Zarnith'],
  ])('found: %s', (line, name) => {
    expect(foundInProbe(line)).toContain(`redact/internal-name:${name}`);
  });
  test.each(['The job ran on Kubernetes overnight.', 'We moved the data to Cloud Filestore.', 'The job ran on Monday.', 'We copied the dump onto S3.'])('not found: %s', (line) => {
    expect(foundInProbe(line)).toEqual([]);
  });
});
