import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findToolHeaderAuthors } from '../../src/lib/publication/tool-header-authors.ts';
import { findAlertAndPageSystems } from '../../src/lib/publication/alert-and-page-systems.ts';
import { foundBeforeRound42b, leakProbesRound42b, notLeaksRound42b, stillPublishedRound42b } from '../support/redaction-probes-round42b.ts';

/**
 * The probe round 42b (docs/redaction.md, "Probe round 42b"): people and internal systems in text
 * pasted from chat clients, paging tools, trackers, code review, transcripts, e-mail, on-call
 * hand-offs and alerts. Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound42b, foundBefore: foundBeforeRound42b, stillPublished: stillPublishedRound42b, atLeast: { probes: 40, gotThroughBefore: 11 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound42b.filter((p) => !stillPublishedRound42b.has(p.kind)),
);

describeNotLeaks('not findings: bots, roles, numbered speakers, public jobs and alerts in the same tools\' shapes, without and with the organisation configured', notLeaksRound42b);
describeLeaksGoneAfterRedact(leakProbesRound42b, stillPublishedRound42b);

describe("a pasted line's author (tool-header-authors.ts)", () => {
  const texts = (line: string) => findToolHeaderAuthors(line).map((m) => ({ text: m.text, at: line.indexOf(m.text) === m.index }));
  test.each([
    ['a Teams line, the time after the name', 'Brannock Hale 10:51 AM: rolling back', 'Brannock Hale'],
    ['a Teams header, surname first', '[5/4 10:51 AM] Hale, Brannock: rolling back', 'Hale, Brannock'],
    ['a Mattermost header, a handle then the time', 'kestrin.v — 10:42 AM', 'kestrin.v'],
    ['a Slack header with a day', '**Orla Finchley** — Yesterday at 10:42 PM', 'Orla Finchley'],
    ['a numbered speaker with a name', 'Speaker 2 (Ffion): the replica lagged.', 'Ffion'],
    ["a ticket's author", 'OPS-1234 by jroemer: rotate the key', 'jroemer'],
    ['a GitHub event by an unknown word', 'wendrick left a comment', 'wendrick'],
  ])('found: %s', (_, line, name) => {
    expect(texts(line)).toEqual([{ text: name, at: true }]);
  });
  test.each([
    ['words before a time', 'Status Update 10:51 AM: all good'],
    ['words surname first', '[10:51] Status, Update: fine'],
    ['a numbered speaker with a role', 'Speaker 2 (Host): ok'],
    ['a bot acting', 'dependabot merged commit 4f2a9c1 into main'],
    ['an English word acting', 'someone left a comment'],
    ['a ticket by a word', 'OPS-1234 by default'],
  ])('not found: %s', (_, line) => {
    expect(texts(line)).toEqual([]);
  });
});

describe("a coined system in an alert's labels or a page's fields (alert-and-page-systems.ts)", () => {
  const texts = (line: string, isPublicName: (t: string) => boolean = () => false) => findAlertAndPageSystems(line, isPublicName).map((m) => ({ text: m.text, at: line.indexOf(m.text) === m.index }));
  test.each([
    ['a job label', 'up{job="thornbury-ingest"} == 0', 'thornbury-ingest'],
    ['a service matcher', 'rate(errors{service=~"ternwick"}[5m])', 'ternwick'],
    ["a value in the firing title's brackets", '[FIRING:1] HighLatency (corvidapi prod)', 'corvidapi'],
    ['an escalation schedule', 'Escalated to Zarnoth Primary', 'Zarnoth'],
    ['a paging service field', 'Service: Ternwick Billing API', 'Ternwick'],
  ])('found: %s', (_, line, name) => {
    expect(texts(line)).toEqual([{ text: name, at: true }]);
  });
  test.each([
    ['a public exporter', 'up{job="node-exporter"} == 0'],
    ["software's words run together", 'up{job="kubernetes-apiservers"} == 0'],
    ['a web app matcher', 'job=~"webapp|api"'],
    ['public words in the title', '[FIRING:2] KubePodCrashLooping (payments api prod)'],
    ['a role schedule', 'Escalated to the Platform Primary'],
    ['a value in prose quotes', 'team = "the Zarnoth team"'],
  ])('not found: %s', (_, line) => {
    expect(texts(line)).toEqual([]);
  });
  test('a name the team lists as public', () => {
    expect(texts('Service: Ternwick Billing API', (t) => t === 'Ternwick')).toEqual([]);
  });
});
