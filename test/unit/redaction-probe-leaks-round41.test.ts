import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findItalicBylines } from '../../src/lib/publication/italic-bylines.ts';
import { findGitLogAuthors } from '../../src/lib/publication/git-log-authors.ts';
import { findHandlesInMinutes } from '../../src/lib/publication/handles-in-minutes.ts';
import { findMachinesOnLine, findMachinesOverLines } from '../../src/lib/publication/named-machines.ts';
import { findPersonCells } from '../../src/lib/publication/person-patterns.ts';
import { foundBeforeRound41, leakProbesRound41, notLeaksRound41, stillPublishedRound41 } from '../support/redaction-probes-round41.ts';

/**
 * The probe round 41 (docs/redaction.md, "Probe round 41"): people and machines as an
 * infrastructure team's minutes, a society's sysadmin wiki and a protocol team's incident
 * write-ups name them, and what round 40b left. Every probe and negative is text of our own
 * writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound41, foundBefore: foundBeforeRound41, stillPublished: stillPublishedRound41, atLeast: { probes: 70, gotThroughBefore: 60 } });

describeProbesThroughPublicBuild(
  'each probe found now is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound41.filter((p) => !stillPublishedRound41.has(p.kind)),
);

describeNotLeaks('not findings: teams, states, programs, products, placeholders and words in the same shapes, without and with the organisation configured', notLeaksRound41);
describeLeaksGoneAfterRedact(leakProbesRound41, stillPublishedRound41);

const lines = (text: string) => text.split('\n');
const texts = (found: Map<number, { text: string }[]>) => [...found.values()].flat().map((m) => m.text);

describe('an italic byline (italic-bylines.ts, round 41)', () => {
  test.each([
    ['a name and a date', '# Cover attack\n\n_Orla Vantry 2020-12-28._', 'Orla Vantry'],
    ['a name, a comma and a date', '_Shahin Qadri, Feb 09, 2021._', 'Shahin Qadri'],
    ['a name with a particle under the title', '# Furucombo attack\n\n_Daviel Von Farrow_', 'Daviel Von Farrow'],
    ['one unknown word and a date', '_Franck, Feb 10, 2021._', 'Franck'],
  ])('found: %s', (_, text, name) => {
    expect(texts(findItalicBylines(lines(text), new Set()))).toEqual([name]);
  });
  test.each([
    ['a name with no date below the first paragraph', '# Cover attack\n\nThe pool was drained.\n\n_Orla Vantry_'],
    ['a state and a date', '_Draft, Feb 10, 2021._'],
    ['a product and a date', '_Kubernetes Upgrade, Feb 10, 2021._'],
    ['a remark under the title', '# Cover attack\n\n_Work in progress_'],
    ['a line in code', '```\n_Orla Vantry 2020-12-28._\n```'],
  ])('not found: %s', (_, text) => {
    const all = lines(text);
    const code = new Set(all.flatMap((l, i) => (text.includes('```') && i > 0 && i < all.length - 1 ? [i] : [])));
    expect(texts(findItalicBylines(all, code))).toEqual([]);
  });
});

describe("git's summaries (git-log-authors.ts, round 41)", () => {
  const inCode = (text: string) => texts(findGitLogAuthors(lines(text), new Set(lines(text).map((_, i) => i))));
  test.each([
    ['shortlog', 'Ysolde Kerrigan (12):', 'Ysolde Kerrigan'],
    ['shortlog -sn', '    42\tYsolde Kerrigan', 'Ysolde Kerrigan'],
    ['a one-line log with a date', '3f1c2a9 2026-03-03 Ysolde Kerrigan  Fix the proxy timeout', 'Ysolde Kerrigan'],
  ])('found: %s', (_, line, name) => {
    expect(inCode(line)).toEqual([name]);
  });
  test.each([
    ['a subject of words with a count', 'Fix Proxy Timeout (3):'],
    ['a one-line log with no author', '3f1c2a9 Fix the proxy timeout'],
    ['a subject after one space', '3f1c2a9 2026-03-03 Fix the proxy timeout'],
  ])('not found: %s', (_, line) => {
    expect(inCode(line)).toEqual([]);
  });
  test('prose is not read', () => {
    expect(texts(findGitLogAuthors(['Ysolde Kerrigan (12):'], new Set()))).toEqual([]);
  });
});

describe("handles in a meeting's minutes (handles-in-minutes.ts, round 41)", () => {
  const found = (line: string) => findHandlesInMinutes(line).map((m) => m.text);
  test.each([
    ['said that', 'quessel said that this is not much different.', ['quessel']],
    ['volunteered, after a sentence', 'The team agreed. tovrin volunteered to write them.', ['tovrin']],
    ['two agreeing', 'tovrin and haldmark agreed to revisit the topic.', ['tovrin', 'haldmark']],
    ['a task', '- [ ] tovrin will follow up on the thread', ['tovrin']],
    ['two closing a heading', '## Rotating the triage (tovrin/haldmark)', ['tovrin', 'haldmark']],
  ])('found: %s', (_, line, names) => {
    expect(found(line)).toEqual(names);
  });
  test.each([
    ['a program', 'nginx said that the upstream timed out.'],
    ['a word', 'everyone agreed to revisit the topic.'],
    ['a team', '- [ ] the release team will follow up'],
    ['a state closing a heading', '## Publishing the minutes (draft)'],
    ['a short tag closing a heading', '## Publishing the minutes (wip)'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('named machines (named-machines.ts, round 41)', () => {
  const onLine = (line: string) => findMachinesOnLine(line, () => false).map((m) => m.text);
  const overLines = (text: string) => findMachinesOverLines(lines(text), () => false).map((m) => m.text);
  test.each([
    ["a product's host in code", 'Overprovisioned disks on Proxmox host `brannagh`', 'brannagh'],
    ['ssh into', 'SysAdmins ssh into brannagh and use the web UI.', 'brannagh'],
  ])('found on a line: %s', (_, line, name) => {
    expect(onLine(line)).toEqual([name]);
  });
  test.each([
    ['localhost', 'the host `localhost`'],
    ['a role', 'the host `bastion`'],
    ['a dictionary word after ssh', 'ssh into bastion'],
    ['a public product', 'the host `nginx`'],
    ['a program after a compound of node', 'the per-node `anetd` agent'],
    ['a program before its kind', 'the node `anetd` agent'],
  ])('not found on a line: %s', (_, line) => {
    expect(onLine(line)).toEqual([]);
  });
  test.each([
    ['a list of machines', 'Bare-metal machines:\n\n* **quillon**\n  * 203.0.113.51\n* tarvos / vm1.example.org', ['quillon', 'tarvos']],
    ['a heading over disks', '### quillon\n\n4x 3.5inch LFF', ['quillon']],
    ["kubectl's NODE column", 'NAME          READY   STATUS    RESTARTS   AGE   IP          NODE          NOMINATED NODE   READINESS GATES\nledger-7d9f   1/1     Running   0          3d    10.0.4.12   thunderlake   <none>           <none>', ['thunderlake']],
  ])('found over lines: %s', (_, text, names) => {
    expect(overLines(text)).toEqual(names);
  });
  test.each([
    ['a list of tools', 'Tools we use:\n\n* ansible\n* quillon'],
    ['a list of services', 'Servers:\n\n* **nginx**\n* web'],
    ['a list ended by prose', 'Bare-metal machines:\n\nWe sold them.\n\n* quillon'],
    ['a capitalised heading over disks', '### Storage\n\n4x 3.5inch LFF'],
    ['a heading over prose', '### quillon\n\nThe story of the rack.'],
    ['minikube in the NODE column', 'NAME    READY   STATUS    RESTARTS   AGE   IP       NODE       NOMINATED NODE   READINESS GATES\nweb     1/1     Running   0          3d    <none>   minikube   <none>           <none>'],
  ])('not found over lines: %s', (_, text) => {
    expect(overLines(text)).toEqual([]);
  });
});

describe('a column of accounts (person-patterns.ts, findPersonCells, round 41)', () => {
  const cells = (text: string) => texts(findPersonCells(lines(text)));
  test('every handle of a Nick cell, words or not', () => {
    expect(cells('| Name | Nick |\n|---|---|\n| x | `thornet/cathal` |\n| y | `thief` |')).toEqual(['thornet', 'cathal', 'thief']);
  });
  test('placeholders of an IRC column are no one', () => {
    expect(cells('| Name | IRC |\n|---|---|\n| x | none |\n| y | - |')).toEqual([]);
  });
});
