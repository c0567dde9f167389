import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, probeOptions, scanProbe } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText, scanPublicText } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { findPersonCandidates } from '../../src/lib/publication/person-patterns.ts';
import { isSentenceWordAfterSignOff, signOffNamesStart } from '../../src/lib/publication/sign-off-labels.ts';
import { findPersonalSiteHosts, opensAsSurname } from '../../src/lib/publication/personal-site-hosts.ts';
import { findListedNamesAsSiteHosts } from '../../src/lib/publication/listed-names-run-together.ts';
import { findLoginRecordAccounts } from '../../src/lib/publication/login-record-accounts.ts';
import { findOnCallPastePeople } from '../../src/lib/publication/on-call-paste-people.ts';
import { findMentionsAndPayloadPeople } from '../../src/lib/publication/mentions-and-payload-people.ts';
import { fieldProbesRound52, foundBeforeRound52, leakProbesRound52, notLeaksRound52, stillPublishedRound52 } from '../support/redaction-probes-round52.ts';

/**
 * The probe round 52 (docs/redaction.md, "Probe round 52"): round 51's leftovers (a person's own
 * site whose surname opens with a vowel, a listed person's name as a site's domain, a sign-off
 * label after a thanks) and the records reports paste or quote: commit trailers in prose, on-call
 * hand-off tables and labels in eight languages, paging tool exports, tracker assignee columns,
 * @-mentions in Han, Greek, Hebrew, Arabic and Thai letters, internal hosts in a URL's query, user
 * ids in log lines, kubeconfig contexts, shell prompts and listings. Every probe and negative is
 * text of our own writing; no list knows any name but where a test lists one.
 */
describeProbeRound({ probes: leakProbesRound52, foundBefore: foundBeforeRound52, stillPublished: stillPublishedRound52, atLeast: { probes: 61, gotThroughBefore: 18 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound52.filter((p) => !stillPublishedRound52.has(p.kind) && !foundBeforeRound52.has(p.kind)),
);

describeNotLeaks('not findings: teams, roles, system accounts, placeholders and public sites in the same shapes', notLeaksRound52);
describeLeaksGoneAfterRedact(leakProbesRound52, stillPublishedRound52);

describe('the public frontmatter fields: the public build scan finds each leak', () => {
  test.each(fieldProbesRound52)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

describe("a person's own site whose surname opens with a vowel (personal-site-hosts.ts, round 52)", () => {
  const found = (line: string) => findPersonalSiteHosts(line).map((m) => m.text);
  test.each([
    ['a link', 'See https://maritoberland.com/posts/retries/.', 'maritoberland'],
    ['a doubled consonant after the vowel', 'See https://tobiasellmark.dev/queues.', 'tobiasellmark'],
    ['a bare host', 'Background: hannaulvestad.net, the series.', 'hannaulvestad'],
    ['a surname of a word after its vowel', 'See https://colinodell.com/blog.', 'colinodell'],
  ])('found: %s', (_, line, label) => {
    expect(found(line)).toEqual([label]);
  });
  test.each([
    ['an English word longer than the given name', 'https://calendari.org/'],
    ['words after the vowel', 'https://yunopayments.com/'],
    ['words after the vowel and a letter', 'https://elifesciences.org/'],
    ['words after a doubled letter', 'https://donottrack.org/'],
    ['a word cut where no surname opens', 'https://robotstxt.org/'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
  test('how a surname opens', () => {
    expect(opensAsSurname('oberland')).toBe(true);
    expect(opensAsSurname('ellmark')).toBe(true);
    expect(opensAsSurname('otstxt')).toBe(false);
    expect(opensAsSurname('aasvold')).toBe(false);
    expect(opensAsSurname('volkers')).toBe(true);
    expect(opensAsSurname('nnel')).toBe(false);
  });
});

describe("a listed person's full name as a site's domain (listed-names-run-together.ts, round 52)", () => {
  // A given name no lexicon knows: the rule of unlisted people's sites does not read this domain.
  const names = ['Yorvan Tessick'];
  const listed = { ...probeOptions, people: names, peopleIndex: buildPeopleIndex(names.map((name) => ({ name, origin: 'configured' as const }))) };
  const found = (line: string) => scanPublicText('post.mdx', line, listed).findings.map((f) => redactionFindingText(f));
  test.each([
    ['a link', 'See https://yorvantessick.org/notes/ for the fix.'],
    ['a bare host', 'Background: yorvantessick.org, the series.'],
    ['after www', 'See https://www.yorvantessick.org/x.'],
  ])('found with the name listed: %s', (_, line) => {
    expect(found(line)).toContain('yorvantessick');
    expect(scanProbe(line).map((f) => redactionFindingText(f))).not.toContain('yorvantessick');
  });
  test('not a service under the site, a shared host or another label', () => {
    expect(findListedNamesAsSiteHosts('https://status.yorvantessick.org/', ['yorvantessick'])).toEqual([]);
    expect(findListedNamesAsSiteHosts('https://yorvantessick.github.io/', ['yorvantessick'])).toEqual([]);
    expect(findListedNamesAsSiteHosts('https://yorvantessickbau.de/', ['yorvantessick'])).toEqual([]);
    expect(findListedNamesAsSiteHosts('https://yorvantessick.org/', ['yorvantessick'])).toEqual([{ text: 'yorvantessick', index: 'https://'.length }]);
  });
});

describe('sign-off and on-call labels after a clause and in other languages (sign-off-labels.ts, round 52)', () => {
  test.each([
    ['German, after a thanks', 'Danke an Hollberger, Freigabe: Brandtmeier', ['Brandtmeier', 'Hollberger']],
    ['French, after a semicolon', 'Merci à Kervarec ; validé par Le Brizennec.', ['Le Brizennec', 'Kervarec']],
    ['Spanish on-call', 'Guardia: Ulloquin (primaria), Berazategui (secundaria)', ['Ulloquin', 'Berazategui']],
    ['French on-call, a sentence after the names', 'Astreinte : Kervarec, puis Le Brizennec à partir de 20 h.', ['Kervarec', 'Le Brizennec']],
  ])('%s: the names, not the label or the sentence', (_, line, names) => {
    expect(findPersonCandidates(line).map((c) => c.text)).toEqual(names);
  });
  test('where the names start after a clause, and the sentence words after them', () => {
    const line = 'Danke an Hollberger, Freigabe: Brandtmeier';
    expect(signOffNamesStart(line)).toBe(line.indexOf('Brandtmeier'));
    const astreinte = 'Astreinte : Kervarec, puis la direction.';
    const start = signOffNamesStart(astreinte);
    expect(isSentenceWordAfterSignOff(astreinte, start, astreinte.indexOf('puis'), 'puis')).toBe(true);
    expect(isSentenceWordAfterSignOff('cc: hbrekke tovem', 4, 12, 'tovem')).toBe(false);
  });
});

describe('paging logs, mentions in other scripts and login records (round 52)', () => {
  test('an escalation to a level names whom it reached, not a schedule', () => {
    expect(findOnCallPastePeople('03:12 Escalated to Level 2: Tamsin Okorafe (via SMS)').map((m) => m.text)).toEqual(['Tamsin Okorafe']);
    expect(findOnCallPastePeople('03:12 Escalated to Level 2: Database On-Call (via SMS)')).toEqual([]);
  });
  test("a Hebrew mention whole, with its hyphen; a team's mention in Han letters is none", () => {
    expect(findMentionsAndPayloadPeople('בוצע על ידי @בן־שושן בשעה 03:12').map((m) => m.text)).toEqual(['בן־שושן']);
    expect(findMentionsAndPayloadPeople('请 @运维团队 确认。')).toEqual([]);
  });
  test.each([
    ['a prompt of a given name', 'ana@bastion-3:~$ uptime', 'ana'],
    ['a prompt in brackets', '[kvorlander@db01 ~]$ df -h', 'kvorlander'],
    ['a listing', '-rw------- 1 hbrekkan staff 1.2K Mar  2 03:12 id_ed25519', 'hbrekkan'],
    ['sshd of a Kerberos login', 'sshd[811]: Authorized to kvorlander, krb5 principal kvorlander@X.IO', 'kvorlander'],
    ['OpenVPN', 'openvpn[42]: ovellmann/203.0.113.9:51234 MULTI: Learn: 10.8.0.6', 'ovellmann'],
  ])('found: %s', (_, line, account) => {
    const found = findLoginRecordAccounts(line);
    expect(found.map((m) => m.text)).toEqual([account]);
    expect(line.slice(found[0].index, found[0].index + account.length)).toBe(account);
  });
  test.each([
    ['a system account', 'root@bastion-3:~# uptime'],
    ['a placeholder', 'user@host:~$ ssh db01'],
    ['an e-mail address', 'write to ana@example.org: thanks'],
    ['a listing of root', '-rw-r--r-- 1 root root 1.2K Mar  2 03:12 resolv.conf'],
  ])('not found: %s', (_, line) => {
    expect(findLoginRecordAccounts(line)).toEqual([]);
  });
});
