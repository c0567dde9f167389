import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe, probeOptions } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { scanPublicText, redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findOtherLanguagePeople } from '../../src/lib/publication/other-language-people.ts';
import { findPeopleInStatusForms } from '../../src/lib/publication/person-status-forms.ts';
import { findUnownedCodeNames } from '../../src/lib/publication/unowned-code-names.ts';
import { findWorkloadNames } from '../../src/lib/publication/workload-names.ts';
import { findCodeSpanMachineNames } from '../../src/lib/publication/code-span-machine-names.ts';
import { hostSpellings } from '../../src/lib/host-spelling.ts';
import { findKoreanGivenNames } from '../../src/lib/publication/korean-given-names.ts';
import { foundBeforeRound38, leakProbesRound38, notLeaksRound38, stillPublishedRound38 } from '../support/redaction-probes-round38.ts';

/**
 * The probe round 38 (docs/redaction.md, "Probe round 38"): what round 37 left in "Limits" and
 * shapes read in real reports (names after "per", "cc", "ping", "h/t", "kudos", chat lines with
 * timestamps, commit trailers, assignee columns, mail addresses written in words, hosts with ports,
 * address ranges, Kubernetes resource paths, packages, Terraform and Vault, and Dutch, Italian,
 * Polish, Russian and Turkish sentences). Every probe and negative is text of our own writing; no
 * list knows any name.
 */
describeProbeRound({ probes: leakProbesRound38, foundBefore: foundBeforeRound38, stillPublished: stillPublishedRound38, atLeast: { probes: 70, gotThroughBefore: 24 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound38.filter((p) => !stillPublishedRound38.has(p.kind)),
);

describeNotLeaks('not findings: ordinary public text (dates, products, companies, places, cited authors), without and with the organisation configured', notLeaksRound38);
describeLeaksGoneAfterRedact(leakProbesRound38, stillPublishedRound38);

const texts = (found: readonly { text: string }[]) => found.map((m) => m.text);

describe("a name doing a responder's work, thanked or handed the incident in Dutch, Italian, Polish or Turkish", () => {
  test.each([
    ['Tavish heeft de service om 04:10 herstart.', ['Tavish']],
    ['Tavish ha riavviato il servizio alle 04:10.', ['Tavish']],
    ['Tavish zrestartował usługę o 04:10.', ['Tavish']],
    ['Tavish servisi 04:10 da yeniden başlattı.', ['Tavish']],
    ['Grazie mille a Bettina per la pazienza.', ['Bettina']],
    ['Podziękowania dla Oriany za pomoc.', ['Oriany']],
    ["L'incidente è stato passato a Bettina alle 08:00.", ['Bettina']],
    ['Incydent przekazano Bettinie o 08:00.', ['Bettinie']],
    ["Oriana'ya hızlı yardımı için teşekkürler.", ['Oriana']],
    ["Olay 08:00'de Bettina'ya devredildi.", ['Bettina']],
  ])('found: %s', (line, names) => {
    expect(texts(findOtherLanguagePeople(line))).toEqual(names);
  });
  test.each([
    'Kubernetes heeft de pod om 04:10 herstart.',
    'Amazon ha riavviato le istanze alle 04:10.',
    "L'incidente è stato passato a Kubernetes per il riavvio.",
    'Podziękowania dla Microsoft za szybką pomoc.',
    "Google'a hızlı yardımı için teşekkürler.",
    "Olay 08:00'de Cloudflare'e devredildi.",
    "Tavish'in yorumu doğruydu.",
  ])('not found: %s', (line) => {
    expect(findOtherLanguagePeople(line)).toEqual([]);
  });
});

describe('a name pinged with a reason, and one that managed to fix or find something', () => {
  test.each([
    ['Ping Morvan if the lag comes back.', ['Morvan']],
    ['We pinged Tavish on Slack at 03:40.', ['Tavish']],
    ['The queue drained once Tavish managed to fix it.', ['Tavish']],
    ['Oriana eventually managed to reproduce the crash.', ['Oriana']],
  ])('found: %s', (line, names) => {
    expect(texts(findPeopleInStatusForms(line))).toEqual(names);
  });
  test.each(['Ping Google Cloud support if the quota runs out again.', 'Kubernetes managed to reschedule the pods by 04:20.', 'Zarnith managed to reconnect at 04:10.'])('not found: %s', (line) => {
    expect(findPeopleInStatusForms(line)).toEqual([]);
  });
});

test('a town the lexicon knows only as a place, and a country no cloud region is named after, as code names', () => {
  const found = (line: string) => findUnownedCodeNames([line], line, () => false).map((m) => m.text);
  expect(found('We drained the Dover cluster at 04:00.')).toEqual(['Dover']);
  expect(found('The Malta cluster lost quorum at 02:14.')).toEqual(['Malta']);
  expect(found('The Germany cluster and the Canada cluster stayed healthy.')).toEqual([]);
  expect(found('The Aruba controller dropped the VLAN at 09:14.')).toEqual([]);
  expect(found('Writes to the Reading database stalled.')).toEqual([]);
});

test("a resource's path as kubectl prints it, a Helm release and a machine's number before a port", () => {
  const workloads = (line: string) => texts(findWorkloadNames(line, () => false, new Set()));
  expect(workloads('statefulset.apps/zarnith-db was stuck at 2/3 ready.')).toEqual(['zarnith-db']);
  expect(workloads('We edited configmap/kestrith-flags by hand.')).toEqual(['kestrith-flags']);
  expect(workloads('statefulset.apps/prometheus-server stayed healthy.')).toEqual([]);
  expect(workloads('configmap/kube-proxy was replaced by the upgrade.')).toEqual([]);
  expect(foundInProbe('The helm release kestrith-prod failed to upgrade.')).toEqual(['redact/internal-name:kestrith-prod']);
  expect(foundInProbe('The helm release ingress-nginx upgraded cleanly.')).toEqual([]);
  const machines = (line: string) => texts(findCodeSpanMachineNames(line, false, () => false));
  expect(machines('We pointed the app at `zarnith7:6379`.')).toEqual(['zarnith7']);
  expect(machines('Both redis7:6379 and postgres:5432 answered.')).toEqual([]);
});

test("a Korean given name with no particle opening a timeline's line before a responder's work", () => {
  expect(texts(findKoreanGivenNames('민재 확인 후 재시작 완료'))).toEqual(['민재']);
  expect(texts(findKoreanGivenNames('- 03:10 민재 롤백 진행'))).toEqual(['민재']);
  // A bare noun of incident notes opens such a line too.
  expect(findKoreanGivenNames('로그 확인 후 롤백 진행')).toEqual([]);
  expect(findKoreanGivenNames('- 03:10 서버 재시작 완료')).toEqual([]);
});

test('a dated chat line names its speaker in prose, not only in code', () => {
  expect(foundInProbe('[2024-05-01 03:12:44] <tavish> rolling back the deploy')).toEqual(['redact/person:tavish']);
});

describe('an internal domain configured in one form finds its hosts written in the other', () => {
  const hosts = (domain: string, line: string) =>
    scanPublicText('post.mdx', line, { ...probeOptions, internalDomains: [domain] }).findings.filter((f) => f.rule === 'redact/internal-host').map(redactionFindingText);
  test.each([
    ['.xn--bcher-kva.example', 'The replica db7.bücher.example lagged.', 'db7.bücher.example'],
    ['.bücher.example', 'The replica db7.xn--bcher-kva.example lagged.', 'db7.xn--bcher-kva.example'],
    ['bücher.example', 'The replica db7.bücher.example lagged.', 'db7.bücher.example'],
  ])('%s: %s', (domain, line, host) => {
    expect(hosts(domain, line)).toEqual([host]);
  });
  test('each spelling once, with its dot, in lower case', () => {
    expect(hostSpellings('.Bücher.example')).toEqual(['.xn--bcher-kva.example', '.bücher.example', '.bu\u0308cher.example']);
    expect(hostSpellings('.corp')).toEqual(['.corp']);
  });
});
