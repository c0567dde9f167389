import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findPersonCandidates } from '../../src/lib/publication/person-patterns.ts';
import { isSentenceWordAfterSignOff, signOffNamesStart } from '../../src/lib/publication/sign-off-labels.ts';
import { findPersonalSiteHosts, opensWithTwoVowels, personalSiteLabel } from '../../src/lib/publication/personal-site-hosts.ts';
import { findPossessedSiteHosts } from '../../src/lib/publication/possessed-site-hosts.ts';
import { findMachinesNamedForUsers } from '../../src/lib/publication/machines-named-for-users.ts';
import { findToolExportPeople } from '../../src/lib/publication/tool-export-people.ts';
import { findPastedConfigPeople } from '../../src/lib/publication/pasted-config-people.ts';
import { findLogLineHosts } from '../../src/lib/publication/log-line-hosts.ts';
import { fieldProbesRound53, foundBeforeRound53, leakProbesRound53, notLeaksRound53, stillPublishedRound53 } from '../support/redaction-probes-round53.ts';

/**
 * The probe round 53 (docs/redaction.md, "Probe round 53"): round 52's leftovers (a person's own
 * site whose surname opens with two vowels or whose given name no lexicon knows, the group column
 * of `ls -l`) and the records reports paste or quote: machines named after their users, chat
 * export lines, review and blame lines, crontab, Grafana, Terraform, calendar invites, status-page
 * signatures, mail headers, CI triggers, cloud audit records. Every probe and negative is text of
 * our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound53, foundBefore: foundBeforeRound53, stillPublished: stillPublishedRound53, atLeast: { probes: 60, gotThroughBefore: 16 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound53.filter((p) => !stillPublishedRound53.has(p.kind) && !foundBeforeRound53.has(p.kind)),
);

describeNotLeaks('not findings: groups, roles, bots, teams, system accounts and public hosts in the same shapes', notLeaksRound53);
describeLeaksGoneAfterRedact(leakProbesRound53, stillPublishedRound53);

describe('the public frontmatter fields: the public build scan finds each leak', () => {
  test.each(fieldProbesRound53)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

describe("a person's own site (personal-site-hosts.ts, possessed-site-hosts.ts, round 53)", () => {
  test.each([
    ['two vowels', 'See https://sigridaasheim.no/notes/.', 'sigridaasheim'],
    ["'ei' and three consonants", 'See https://larseidsvaag.net/raft.', 'larseidsvaag'],
  ])('a surname opening with %s', (_, line, label) => {
    expect(findPersonalSiteHosts(line).map((m) => m.text)).toEqual([label]);
  });
  test('how a surname opens with two vowels', () => {
    expect(opensWithTwoVowels('aasvold')).toBe(true);
    expect(opensWithTwoVowels('eidsvaag')).toBe(true);
    expect(opensWithTwoVowels('ouderkerk')).toBe(true);
    // Too short, no vowel after the consonants, or three vowels.
    expect(opensWithTwoVowels('aasv')).toBe(false);
    expect(opensWithTwoVowels('eisstrk')).toBe(false);
    expect(opensWithTwoVowels('aeiolan')).toBe(false);
  });
  test("a site's label and where it stands in its host", () => {
    expect(personalSiteLabel('www.yorvantessick.org')).toEqual({ label: 'yorvantessick', at: 4 });
    expect(personalSiteLabel('status.yorvantessick.org')).toBeUndefined();
    expect(personalSiteLabel('kvorlander.github.io')).toBeUndefined();
  });
  test.each([
    ['his blog', 'Tessick explains the race on his blog, https://yorvantessick.org/posts/fsync/.', 'yorvantessick'],
    ['her personal site', 'The graphs come from her personal site (https://quillavernhout.dev/graphs).', 'quillavernhout'],
    ['a personal homepage', 'See the personal homepage at www.quillavernhout.dev for the graphs.', 'quillavernhout'],
    ['de: sein Blog', 'Er beschreibt es in seinem Blog: https://yorvantessick.org/fsync.', 'yorvantessick'],
  ])('a site the post calls a person\'s: %s', (_, line, label) => {
    const found = findPossessedSiteHosts(line);
    expect(found.map((m) => m.text)).toEqual([label]);
    expect(line.slice(found[0].index, found[0].index + label.length)).toBe(label);
  });
  test.each([
    ["their blog: an organisation's", 'Their blog, https://quorvane.io/blog/, has the timeline.'],
    ['a shared host', 'He wrote it up on his blog, https://kvorlander.github.io/posts/.'],
    ["a service of a site", 'Her blog is hosted at https://blog.example.com/ and the status at https://status.quorvane.io/.'],
    ['a link in another clause', 'Ana wrote it on her blog. The fix is at https://quorvane.io/fix.'],
    ['an English word', 'See his personal site, https://www.kitchen.com/.'],
  ])('not found: %s', (_, line) => {
    expect(findPossessedSiteHosts(line)).toEqual([]);
  });
});

describe('machines named after their users (machines-named-for-users.ts, round 53)', () => {
  test.each([
    ['a Windows name of a given name', 'The token was on `DESKTOP-ANA`.', 'DESKTOP-ANA'],
    ['a Windows name of a handle after it', 'login from KVORLANDER-LT (10.4.1.9)', 'KVORLANDER-LT'],
    ['a Windows name of a given name after it', 'The share mounted on MARIT-PC only.', 'MARIT-PC'],
    ['a Mac name', 'Mar  2 03:12:01 Tobiass-MacBook-Air kernel: en0: link down', 'Tobiass-MacBook-Air'],
    ['a Mac name in lower case', 'from anas-macbook-pro.local port 51234', 'anas-macbook-pro'],
    ['an Ubuntu name of a handle', 'Mar  2 03:12:01 hbrekkan-ThinkPad-T14 systemd[1]: Started VPN.', 'hbrekkan-ThinkPad-T14'],
  ])('found: %s', (_, line, name) => {
    const found = findMachinesNamedForUsers(line);
    expect(found.map((m) => m.text)).toEqual([name]);
    expect(line.slice(found[0].index, found[0].index + name.length)).toBe(name);
  });
  test.each([
    ["Windows' own random name", 'login from DESKTOP-7QK2M1B'],
    ['a role', 'The agent runs on `DESKTOP-BUILD` as before.'],
    ['a model alone', 'The on-call laptop is a MacBook-Pro with 16 GB.'],
    ['a team', 'ops-MacBook-Pro is the shared laptop.'],
  ])('not found: %s', (_, line) => {
    expect(findMachinesNamedForUsers(line)).toEqual([]);
  });
});

describe("tools' lines: chat channels, Grafana, reviews in other languages, Terraform tags (round 53)", () => {
  const texts = (line: string, code = true) => findToolExportPeople(line, code).map((m) => m.text);
  test.each([
    ['a join of a full name', '10:40 Ilse Varnholt joined #inc-2041', 'Ilse Varnholt'],
    ['a topic of a handle', '10:41 tbreckan set the channel topic: SEV2 ledger lag', 'tbreckan'],
    ['a bracketed time and a leave', '[10:50] obrandtner has left the channel', 'obrandtner'],
    ['a Grafana tooltip', 'Annotation · tbreckan · 03:10', 'tbreckan'],
    ['de: a review', 'obrandtner hat diese Änderungen genehmigt.', 'obrandtner'],
    ['fr: a review', 'kvorlander a approuvé ces modifications', 'kvorlander'],
  ])('found: %s', (_, line, name) => {
    expect(texts(line)).toEqual([name]);
  });
  test.each([
    ['a bot joining', '10:40 pagerduty joined #inc-2041'],
    ['a team', '10:41 platform-team set the channel topic: SEV2'],
    ['a channel event without a time', 'Ilse Varnholt joined #inc-2041 late.'],
    ['a Grafana tooltip of a team', 'Annotation · SRE Team · 03:10'],
  ])('not found: %s', (_, line) => {
    expect(texts(line)).toEqual([]);
  });
  test("a resource's owner tag: a person, not a team", () => {
    expect(findPastedConfigPeople('      ~ owner = "Hanna Ulvestad" -> "platform"').map((m) => m.text)).toEqual(['Hanna Ulvestad']);
    expect(findPastedConfigPeople('      + "owner" = "tbreckan"').map((m) => m.text)).toEqual(['tbreckan']);
    expect(findPastedConfigPeople('      + "owner" = "platform-team"')).toEqual([]);
    expect(findPastedConfigPeople('  owner = "Data Platform"')).toEqual([]);
  });
});

describe('calendar organisers, an approval before a date, a mail relay (round 53)', () => {
  test.each([
    ['es', 'Organizador: Ulloquin', ['Ulloquin']],
    ['fr', 'Organisateur : Kervarec', ['Kervarec']],
    ['nl', 'Organisator: Hendrikszoon', ['Hendrikszoon']],
    ['es, a review approved before a date', 'Revisión aprobada por kvorlander el 2 de marzo.', ['kvorlander']],
  ])('%s: the names, not the label or the date', (_, line, names) => {
    expect(findPersonCandidates(line).map((c) => c.text)).toEqual(names);
  });
  test('a function word before a number opens a date, one before a word a sentence', () => {
    const dated = 'Revisión aprobada por kvorlander el 2 de marzo.';
    expect(isSentenceWordAfterSignOff(dated, signOffNamesStart(dated), dated.indexOf('kvorlander'), 'kvorlander')).toBe(false);
    const sentence = 'Astreinte : Kervarec, puis la direction.';
    expect(isSentenceWordAfterSignOff(sentence, signOffNamesStart(sentence), sentence.indexOf('puis'), 'puis')).toBe(true);
  });
  const relays = (line: string) => findLogLineHosts(line, () => false).map((m) => m.text);
  test('a mail relay without a domain, as it named itself and as its address resolved', () => {
    expect(relays('Received: from mailrelay7 (mailrelay7 [10.4.1.7]) by mx1')).toEqual(['mailrelay7', 'mailrelay7']);
    expect(relays('Received: from [10.4.1.7] (smtpgw [10.4.1.7])')).toEqual(['smtpgw']);
    expect(relays('Received: from mx1.example.org (mx1.example.org [192.0.2.10])')).toEqual([]);
    expect(relays('Received: from localhost (localhost [127.0.0.1])')).toEqual([]);
  });
});
