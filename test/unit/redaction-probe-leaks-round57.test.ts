import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { isHandleInPersonSlot } from '../../src/lib/publication/person-slot-handles.ts';
import { findRotaRolePeople } from '../../src/lib/publication/rota-role-people.ts';
import { findChatStampSpeakers } from '../../src/lib/publication/chat-stamp-speakers.ts';
import { findMailHeaderPeople } from '../../src/lib/publication/mail-header-people.ts';
import { findDeclinedLatinNames } from '../../src/lib/publication/declined-latin-names.ts';
import { findAlertAnnotationPeople } from '../../src/lib/publication/alert-annotation-people.ts';
import { findTrackerBranchPeople } from '../../src/lib/publication/tracker-branch-people.ts';
import { findNetworkToolHosts } from '../../src/lib/publication/network-tool-hosts.ts';
import { findSettingsHostValues } from '../../src/lib/publication/settings-host-values.ts';
import { findHomeFolderAccounts } from '../../src/lib/publication/home-folder-accounts.ts';
import { findTerraformAddressNames } from '../../src/lib/publication/terraform-addresses.ts';
import { foundBeforeRound57, leakProbesRound57, notLeaksRound57, stillPublishedRound57 } from '../support/redaction-probes-round57.ts';

/**
 * The probe round 57 (docs/redaction.md, "Probe round 57"): what round 56 left (a rota's handle
 * read as words, a login as a Terraform key, a Cyrillic name in lower case, mixed-script
 * compounds), chat lines of other time stamps, alert annotations, Terraform plans, CODEOWNERS,
 * mail headers, calendar invites, tracker links and branches, hosts, traceroute and dig output,
 * Helm values, cron, Windows and UNC paths, LDAP names. Every probe and negative is text of our
 * own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound57, foundBefore: foundBeforeRound57, stillPublished: stillPublishedRound57, atLeast: { probes: 60, gotThroughBefore: 20 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound57.filter((p) => !stillPublishedRound57.has(p.kind) && !foundBeforeRound57.has(p.kind)),
);

describeNotLeaks('not findings: teams and flags in rotas, colours, daemons, words, roles, public hosts and resolvers, shared folders, zones, groups', notLeaksRound57);
describeLeaksGoneAfterRedact(leakProbesRound57, stillPublishedRound57);

describe("a handle in a person's place (person-slot-handles.ts, round 57)", () => {
  test.each([['tokereke'], ['hvinterlund'], ['corvin.ashgrove']])('a handle: %s', (word) => {
    expect(isHandleInPersonSlot(word)).toBe(true);
  });
  test.each([['backup'], ['true'], ['ledger-team'], ['ledgerbackup'], ['kubelet'], ['dependabot'], ['db-replica'], ['root']])('no handle: %s', (word) => {
    expect(isHandleInPersonSlot(word)).toBe(false);
  });
});

describe("a rota's roles (rota-role-people.ts, round 57)", () => {
  const people = (text: string) => [...findRotaRolePeople(text.split('\n')).values()].flat().map((m) => m.text);
  test('under a rota key, or beside a role of a person', () => {
    expect(people('oncall:\n  primary: hvinterlund\n  secondary: tokereke')).toEqual(['hvinterlund', 'tokereke']);
    expect(people('rota:\n  - week: 10\n    escalation: tokereke')).toEqual(['tokereke']);
    // The first is the owner rule's (person-patterns.ts), a handle by its letters.
    expect(people('{"primary": "hvinterlund", "backup": "tokereke"}')).toEqual(['tokereke']);
  });
  test('not without a cue, nor a value of words, flags or colours', () => {
    expect(people('database:\n  secondary: tokereke')).toEqual([]);
    expect(people('oncall:\n  primary: ledger-team\n  backup: true')).toEqual([]);
    expect(people('colors:\n  secondary: "#586069"')).toEqual([]);
  });
});

describe('chat lines of other time stamps (chat-stamp-speakers.ts, round 57)', () => {
  const speakers = (line: string) => findChatStampSpeakers(line).map((m) => m.text);
  test.each([
    ['a parenthesised time', '(10:02:33) tokereke: the replica is behind', ['tokereke']],
    ['an ISO time stamp', '2026-03-03T10:02:11Z hvinterlund: failing over', ['hvinterlund']],
    ['a date and a 12-hour time', '[3/3/2026 10:02 AM] Corvin Ashgrove: rollback started', ['Corvin Ashgrove']],
    ['a Cyrillic name in lower case', '[03:12] ярослава кудряшова: базу перезапустила', ['ярослава кудряшова']],
  ])('found: %s', (_, line, found) => {
    expect(speakers(line)).toEqual(found);
  });
  test.each([
    ['a daemon after an ISO time stamp', '2026-03-03T10:02:11Z kubelet: Started container'],
    ["a log's fields after an ISO time stamp", '2026-03-03T10:02:11Z ledgerapi: level=info msg=started'],
    ['Cyrillic words', '[03:12] всем привет: база снова доступна'],
    ["a bare clock's handle, the older rules'", '[10:02] corvin.ashgrove: rolling back'],
  ])('not found here: %s', (_, line) => {
    expect(speakers(line)).toEqual([]);
  });
});

describe('mail headers written surname first (mail-header-people.ts, round 57)', () => {
  const people = (line: string) => findMailHeaderPeople(line).map((m) => m.text);
  test('German, with an address or alone, and a list', () => {
    expect(people('An: Wendrowski-Pahl, Ansgar <ansgar.wp@velmarra.de>')).toEqual(['Wendrowski-Pahl, Ansgar']);
    expect(people('An: Wendrowski-Pahl, Ansgar \\<ansgar.wp@velmarra.de>')).toEqual(['Wendrowski-Pahl, Ansgar']);
    expect(people('Von: Vinterlund, Hedda')).toEqual(['Vinterlund, Hedda']);
    expect(people('Cc: Vinterlund, Hedda; Oyarbide, Ximena')).toEqual(['Vinterlund, Hedda', 'Oyarbide, Ximena']);
    // The whole item, not "Hedda Gesendet"; the next header's label is no chat line's speaker.
    expect(foundInProbe('Von: Vinterlund, Hedda\nGesendet: Montag, 3. März 2026 10:02')).toEqual(['redact/person:Vinterlund, Hedda']);
  });
  test('not two teams, a list of full names, or prose', () => {
    expect(people('Cc: Ledger, Payments')).toEqual([]);
    expect(people('Cc: Corvin Ashgrove, Ximena Oyarbide')).toEqual([]);
    expect(people('The mail went to Vinterlund, Hedda said.')).toEqual([]);
  });
});

describe('a Latin name Russian declines (declined-latin-names.ts, round 57)', () => {
  const names = (line: string) => findDeclinedLatinNames(line).map((m) => m.text);
  test('a coined surname with a case ending, not a word or a line without Cyrillic', () => {
    expect(names('Мы попросили Vinterlund-а откатить релиз.')).toEqual(['Vinterlund']);
    expect(names("Написали Okereke'у в 03:12.")).toEqual(['Okereke']);
    expect(names('Перезапустили Docker-а в 03:12.')).toEqual([]);
    expect(names('We asked Vinterlund-a to roll back.')).toEqual([]);
  });
});

describe("an alert's annotation's person (alert-annotation-people.ts, round 57)", () => {
  const people = (line: string) => findAlertAnnotationPeople(line).map((m) => m.text);
  test('after a verb of paging, in a summary or description', () => {
    expect(people('  summary: "Ledger lag above 30s, paged by Corvin Ashgrove"')).toEqual(['Corvin Ashgrove']);
    expect(people('  description: "Ask tokereke before silencing"')).toEqual(['tokereke']);
  });
  test('not a role, a channel, or outside such a field', () => {
    expect(people('  summary: "Ledger lag above 30s, page the on-call"')).toEqual([]);
    expect(people('  description: "Ask in the ledger channel"')).toEqual([]);
    expect(people('We had to ask tokereke before silencing.')).toEqual([]);
  });
});

describe("a tracker branch's user (tracker-branch-people.ts, round 57)", () => {
  const people = (line: string) => findTrackerBranchPeople(line).map((m) => m.text);
  test("a handle before an issue's key and title, not a branch's kind", () => {
    expect(people('`hvinterlund/led-412-raise-pool-size`')).toEqual(['hvinterlund']);
    expect(people('`feature/led-412-raise-pool-size`')).toEqual([]);
    expect(people('`fix/led-412-raise-pool-size`')).toEqual([]);
    expect(people('`zfs snapshot rpool/vm-201-disk-0@2026-03-03`')).toEqual([]);
    expect(people('`zfs rename tank/dataset-111-disk-0 tank/backups`')).toEqual([]);
  });
});

describe('machines of network tools and Helm values (network-tool-hosts.ts, settings-host-values.ts, round 57)', () => {
  const hosts = (line: string) => [...findNetworkToolHosts(line, () => false), ...findSettingsHostValues(line, () => false)].map((m) => m.text);
  test.each([
    ['a traceroute hop', ' 4  edge-fw-01.fra2 (10.30.0.1)  1.204 ms  1.187 ms', ['edge-fw-01.fra2']],
    ["dig's server", ';; SERVER: 10.20.0.53#53(ns-int-1.fra2) (UDP)', ['ns-int-1.fra2']],
    ['a Helm value of a host', 'helm upgrade ledger ./chart --set ingress.host=ledger-admin.k8s.fra2', ['ledger-admin.k8s.fra2']],
  ])('found: %s', (_, line, found) => {
    expect(hosts(line)).toEqual(found);
  });
  test.each([
    ["a carrier's hop under a public domain", ' 5  ae-1.r21.frnkge13.de.bb.gin.ntt.net (129.250.2.1)  9.1 ms'],
    ['a public resolver', ';; SERVER: 1.1.1.1#53(1.1.1.1) (UDP)'],
    ['a Helm value of a public host', '--set ingress.host=ledger.example.com'],
    ['a Helm value of a word', '--set ingress.host=ledger'],
  ])('not found: %s', (_, line) => {
    expect(hosts(line)).toEqual([]);
  });
});

describe('a home share, a uid and a login as a Terraform key (home-folder-accounts.ts, person-patterns.ts, terraform-addresses.ts, round 57)', () => {
  test("a home share's user folder, not a shared folder", () => {
    expect(findHomeFolderAccounts('`\\\\files\\home$\\tokereke\\notes.txt`').map((m) => m.text)).toEqual(['tokereke']);
    expect(findHomeFolderAccounts('`\\\\files\\shared\\ledger\\export.csv`')).toEqual([]);
  });
  test("a directory's uid of a handle read as words, not a group's cn", () => {
    expect(foundInProbe('`uid=tokereke,ou=people,dc=velmarra,dc=io`')).toEqual(['redact/person:tokereke']);
    expect(foundInProbe('`cn=ledger-readers,ou=groups,dc=velmarra,dc=io`')).toEqual([]);
  });
  test('a key of a word and an initial, not of a common word', () => {
    const keys = (line: string) => findTerraformAddressNames(line, () => false).map((m) => m.text);
    expect(keys('google_compute_instance.bastion["ilka-m"]')).toContain('ilka-m');
    expect(keys('aws_subnet.private["zone-a"]')).not.toContain('zone-a');
  });
});
