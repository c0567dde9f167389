import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findSettingsHostValues } from '../../src/lib/publication/settings-host-values.ts';
import { findLinkTitleHosts } from '../../src/lib/publication/link-title-hosts.ts';
import { findGermanAttendees } from '../../src/lib/publication/german-attendee-lists.ts';
import { findGivenNameInitials } from '../../src/lib/publication/given-name-initials.ts';
import { findImageNamespacePeople } from '../../src/lib/publication/image-namespace-people.ts';
import { foundBeforeRound56, leakProbesRound56, notLeaksRound56, stillPublishedRound56 } from '../support/redaction-probes-round56.ts';

/**
 * The probe round 56 (docs/redaction.md, "Probe round 56"): what round 55 left, paging exports,
 * git trailers, logs and blame, `kubectl describe`, ticket and CSV rows, on-call tables,
 * screenshots' names, mail links, connection strings, private registries, SSH config blocks,
 * pasted YAML and JSON. Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound56, foundBefore: foundBeforeRound56, stillPublished: stillPublishedRound56, atLeast: { probes: 60, gotThroughBefore: 13 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound56.filter((p) => !stillPublishedRound56.has(p.kind) && !foundBeforeRound56.has(p.kind)),
);

describeNotLeaks('not findings: groups as attendees, roles and teams paged, bots, public hosts and images, files, words', notLeaksRound56);
describeLeaksGoneAfterRedact(leakProbesRound56, stillPublishedRound56);

describe("settings that hold a host (settings-host-values.ts, round 56)", () => {
  const hosts = (line: string) => findSettingsHostValues(line, () => false).map((m) => m.text);
  test.each([
    ["an SSH client's HostName", '  HostName pg-ledger-02.dc3', ['pg-ledger-02.dc3']],
    ['a bare machine', 'HostName vault-primary # the old one', ['vault-primary']],
    ["Kafka's bootstrap servers", 'bootstrap.servers=kafka-b-2.ledger:9092,kafka-b-3.ledger:9092', ['kafka-b-2.ledger', 'kafka-b-3.ledger']],
    ['a YAML broker list', '  brokers: "events-kafka.ledger.svc:9092"', ['events-kafka.ledger.svc']],
  ])('found: %s', (_, line, names) => {
    expect(hosts(line)).toEqual(names);
  });
  test.each([
    ['an address', '  HostName 10.20.3.14'],
    ['a public host', '  HostName github.com'],
    ['localhost', 'bootstrap.servers=localhost:9092'],
    ["a router's lower-case hostname", 'hostname core-sw-2'],
    ['a public broker', 'bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092'],
  ])('not found: %s', (_, line) => {
    expect(hosts(line)).toEqual([]);
  });
});

describe("a machine in a link's or image's title (link-title-hosts.ts, round 56)", () => {
  const hosts = (line: string) => findLinkTitleHosts(line, () => false).map((m) => m.text);
  test('a numbered machine under a zone, in double or single quotes', () => {
    expect(hosts('![lag](./lag.png "Grafana panel of pg-orders-04.dc2")')).toEqual(['pg-orders-04.dc2']);
    expect(hosts("[panel](https://grafana.example.com/d/abc 'web-7.ledger replication')")).toEqual(['web-7.ledger']);
  });
  test('not a file, a public host, or a name outside a title', () => {
    expect(hosts('![lag](./lag.png "lag-graph-2.png")')).toEqual([]);
    expect(hosts('[x](https://example.com "mirror-2.debian.org")')).toEqual([]);
    expect(hosts('The file pg-orders-04.dc2 is in [the folder](./data).')).toEqual([]);
  });
});

describe('German attendee lists (german-attendee-lists.ts, round 56)', () => {
  const names = (line: string) => findGermanAttendees(line).map((m) => m.text);
  test.each([
    ['surnames with a double one', 'Teilnehmer: Wendrowski-Pahl, Aumeyer, Stollhagen', ['Wendrowski-Pahl', 'Aumeyer', 'Stollhagen']],
    ['full names in bold', '**Teilnehmer:** Anna Veltrup, Stollhagen', ['Anna Veltrup', 'Stollhagen']],
    ['Anwesend', 'Anwesend: Wendrowski-Pahl; Stollhagen', ['Wendrowski-Pahl', 'Stollhagen']],
  ])('found: %s', (_, line, found) => {
    expect(names(line)).toEqual(found);
  });
  test.each([
    ['roles and groups', 'Teilnehmer: Incident Manager, Entwickler, Kunde'],
    ['compound nouns', '**Teilnehmer:** Fachabteilung, IT-Betrieb, Service-Owner'],
    ["a template's placeholder and a team", '**Teilnehmer:** {{ meta-organisation-roles.role_CIO }}, Operations Team  '],
    ['one item', 'Teilnehmer: Wendrowski-Pahl'],
    ['surnames without a double one or a given name', 'Teilnehmer: Aumeyer, Stollhagen'],
  ])('not found: %s', (_, line) => {
    expect(names(line)).toEqual([]);
  });
});

describe("a given name with its surname's initial (given-name-initials.ts, round 56)", () => {
  test("the initial extends the given name another rule found, not a word of prose", () => {
    expect(foundInProbe('On call: Hedda V. (primary), Corvin A. (secondary)')).toEqual(['redact/person:Hedda V.', 'redact/person:Corvin A.']);
    expect(findGivenNameInitials('Plan B. (the fallback)').map((m) => m.text)).toEqual(['Plan B.']);
    expect(foundInProbe('Plan B. (the fallback) was not needed.')).toEqual([]);
    expect(findGivenNameInitials('Ana M. Kovač')).toEqual([]);
  });
});

describe("a person's namespace on a private registry (image-namespace-people.ts, round 56)", () => {
  const people = (line: string) => findImageNamespacePeople(line).map((m) => m.text);
  test.each([
    ['an internal zone', 'registry.int.velmarra.net/hvinterlund/debug-tools:latest', ['hvinterlund']],
    ['a host and a port', 'image: registry-01:5000/tokvelde/ledger-api:1.4', ['tokvelde']],
    ['ECR', '123456789012.dkr.ecr.eu-west-1.amazonaws.com/hvinterlund/api@sha256:' + 'a'.repeat(64), ['hvinterlund']],
  ])('found: %s', (_, line, found) => {
    expect(people(line)).toEqual(found);
  });
  test.each([
    ["a team's namespace", 'registry.int.velmarra.net/ledger/api:1.4'],
    ['a public registry', 'image: quay.io/coreos/etcd:v3.5.9'],
    ["Docker Hub's library", 'docker.io/library/postgres:16'],
  ])('not found: %s', (_, line) => {
    expect(people(line)).toEqual([]);
  });
});

describe('git log, image names and owners (git-log-authors.ts, image-file-people.ts, person-patterns.ts, round 56)', () => {
  test("git log of one space before the subject and of an author in angle brackets", () => {
    expect(foundInProbe('```\n4f1c2e9 2026-03-03 Tamsin Okereke Raise the pool size\n```')).toEqual(['redact/person:Tamsin Okereke']);
    expect(foundInProbe('```\n4f1c2e9 Raise the pool size <Tamsin Okereke>\n```')).toEqual(['redact/person:Tamsin Okereke']);
    expect(foundInProbe('```\n4f1c2e9 2026-03-03 Fix Proxy timeout\n```')).toEqual([]);
  });
  test("a screenshot's name of a coined handle, a word and a date", () => {
    expect(foundInProbe('![lag](./images/hvinterlund_grafana_0303.png)')).toEqual(['redact/possible-person:hvinterlund']);
    expect(foundInProbe('![x](./grafana-loki-2024.png)')).toEqual([]);
  });
  test("Backstage's user reference as an owner, not a group's", () => {
    expect(foundInProbe('```yaml\nspec:\n  owner: user:default/pavlo.hrytsenko\n```')).toEqual(['redact/person:pavlo.hrytsenko']);
    expect(foundInProbe('```yaml\nspec:\n  owner: group:default/ledger-team\n```')).toEqual([]);
  });
});
