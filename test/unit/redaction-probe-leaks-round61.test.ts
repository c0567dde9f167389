import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findToolActivityPeople, isToolActivityPerson } from '../../src/lib/publication/tool-activity-people.ts';
import { findPagingTimelineHandles } from '../../src/lib/publication/paging-timeline-handles.ts';
import { findActedServiceCompounds } from '../../src/lib/publication/acted-service-compounds.ts';
import { foundBeforeRound61, leakProbesRound61, notLeaksRound61, stillPublishedRound61 } from '../support/redaction-probes-round61.ts';

/**
 * The probe round 61 (docs/redaction.md, "Probe round 61"): round 60's leftovers and shapes of
 * meeting transcripts and chat saves, ticket exports, status and incident tools' timelines, CI
 * logs, monitors, audit records, Ansible output and mail threads, and Japanese, French, Dutch,
 * Polish and Chinese prose. Text of our own writing.
 */
describeProbeRound({ probes: leakProbesRound61, foundBefore: foundBeforeRound61, stillPublished: stillPublishedRound61, atLeast: { probes: 52, gotThroughBefore: 14 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound61.filter((p) => !stillPublishedRound61.has(p.kind) && !foundBeforeRound61.has(p.kind)),
);

describeNotLeaks("not findings: bots, teams, tools and public add-ons where the round's rules look", notLeaksRound61);
describeLeaksGoneAfterRedact(leakProbesRound61, stillPublishedRound61);

describe("a tool's activity line, a transcript's or a chat save's speaker in code (tool-activity-people.ts)", () => {
  const people = (text: string) => {
    const lines = text.split('\n');
    return [...findToolActivityPeople(lines, new Set(lines.keys()))].flatMap(([i, ms]) => ms.map((m) => `${i}:${m.text}`));
  };
  test.each([
    ['a speaker and a time in brackets', 'Mireille Dauvergne (10:04)', ['0:Mireille Dauvergne']],
    ['a given name and an initial before a time', 'Brannoc Q.  10:02 AM', ['0:Brannoc Q.']],
    ["a Zoom chat's sender and receiver", '10:06:40 From Zofia Wierzbicka to Brannoc Quillfeather(Direct Message):', ['0:Zofia Wierzbicka', '0:Brannoc Quillfeather']],
    ["a cue's speaker", '00:02:14.120 --> 00:02:17.900\nBrannoc Quillfeather: failing over', ['1:Brannoc Quillfeather']],
    ['an actor after a time and a dot', '10:12 AM · Tjeerd H. changed severity from SEV3 to SEV1', ['0:Tjeerd H.']],
    ['a handle requesting a deployment', 'bquillfeather requested a deployment to production', ['0:bquillfeather']],
    ["a full name after a tool's act", 'Monitor muted by Tjeerd Hoogvliet until 11:00 UTC', ['0:Tjeerd Hoogvliet']],
  ])('found: %s', (_, text, found) => {
    expect(people(text)).toEqual(found);
  });
  test.each([
    ['a line of prose is left to the rules of names', 'Mireille Dauvergne (10:04)', new Set<number>()],
    ['a speaker line not after a cue', 'Brannoc Quillfeather: failing over', new Set([0])],
  ])('not read: %s', (_, text, code) => {
    expect([...findToolActivityPeople(text.split('\n'), code)]).toEqual([]);
  });
  test.each([
    ['Mireille Dauvergne', true],
    ['Tjeerd H.', true],
    ['zwierzbicka', true],
    ['Site Reliability', false],
    ['Status Update', false],
    ['Default H.', false],
    ['github-actions', false],
    ['jenkins', false],
  ])('a person where a tool puts one: %s → %s', (value, person) => {
    expect(isToolActivityPerson(value)).toBe(person);
  });
});

describe("a Grafana annotation's JSON text ending with who made it (paging-timeline-handles.ts)", () => {
  const names = (line: string) => findPagingTimelineHandles(line).map((m) => m.text);
  test.each([
    ['a given name no list knows', '{"text": "Rollback by Ysolde", "tags": ["deploy"]}', ['Ysolde']],
    ['a full name', '{"text": "Deploy ledger v3 by Dario Feldkamp"}', ['Dario Feldkamp']],
    ['a handle', '{"text": "Deploy ledger v3 by dfeldkamp"}', ['dfeldkamp']],
    ['a default', '{"text": "Rollback by Default"}', []],
    ['a tool', '{"text": "Deploy ledger v3 by Terraform"}', []],
    ['a text that is no deploy', '{"text": "Written by Ysolde"}', []],
  ])('%s', (_, line, found) => {
    expect(names(line)).toEqual(found);
  });
});

describe("a service key's value in a query, a log line or a selector (internal-systems.ts)", () => {
  test.each([
    ["a Datadog tag", '```\nsum:req{service:sablewick-writer,env:prod}\n```', 'sablewick-writer'],
    ['a logfmt field', '```\nlevel=warn service=sablewick-writer msg=retry\n```', 'sablewick-writer'],
    ['a label selector', '`kubectl get pods -l app=sablewick-writer`', 'sablewick-writer'],
  ])('found: %s', (_, text, name) => {
    expect(foundInProbe(text)).toContain(`redact/identifier:${name}`);
  });
  test.each([
    ['a public add-on', '```\nsum:req{service:kube-state-metrics,env:prod}\n```'],
    ['a compound of words', '```\nlevel=warn service=payment-gateway msg=retry\n```'],
    ['another key', '```\nlevel=warn reason=sablewick-writer msg=retry\n```'],
  ])('not found: %s', (_, text) => {
    expect(foundInProbe(text)).toEqual([]);
  });
});

describe("a signed service found again after a log field's key (acted-service-compounds.ts)", () => {
  const names = (text: string) => findActedServiceCompounds(text.split('\n'), () => false).map((m) => `${m.line}:${m.text}`);
  test('after a lower-case key in a code span', () => {
    expect(names('The `ferrow-relay` container restarted.\nThe job recorded `reason=ferrow-relay request failed`.')).toEqual(['0:ferrow-relay', '1:ferrow-relay']);
  });
  test('not a name the post does not sign', () => {
    expect(names('The job recorded `reason=ferrow-relay request failed`.')).toEqual([]);
  });
});
