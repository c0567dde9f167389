import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findPersonCandidates } from '../../src/lib/publication/person-patterns.ts';
import { findChatExportPeople } from '../../src/lib/publication/chat-export-people.ts';
import { findReplyHeaderPeople } from '../../src/lib/publication/reply-header-people.ts';
import { findLogLineHosts } from '../../src/lib/publication/log-line-hosts.ts';
import { findTerraformAddressNames } from '../../src/lib/publication/terraform-addresses.ts';
import { fieldProbesRound55, foundBeforeRound55, leakProbesRound55, notLeaksRound55, stillPublishedRound55 } from '../support/redaction-probes-round55.ts';

/**
 * The probe round 55 (docs/redaction.md, "Probe round 55"): chat exports, meeting notes and
 * calendar invites, CODEOWNERS and OWNERS, internal wikis, dashboards, hosts files, Terraform
 * addresses, reply headers and signatures, transliterated names, particles and double surnames,
 * names split by markup, image alt text and link titles. Every probe and negative is text of our
 * own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound55, foundBefore: foundBeforeRound55, stillPublished: stillPublishedRound55, atLeast: { probes: 60, gotThroughBefore: 12 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound55.filter((p) => !stillPublishedRound55.has(p.kind) && !foundBeforeRound55.has(p.kind)),
);

describeNotLeaks('not findings: teams as attendees, roles in reply headers, loopback names, regions, public teams, prose', notLeaksRound55);
describeLeaksGoneAfterRedact(leakProbesRound55, stillPublishedRound55);

describe('the public frontmatter fields: the public build scan finds each leak', () => {
  test.each(fieldProbesRound55)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

describe('attendees and invitees in other languages (sign-off-labels.ts, round 55)', () => {
  test.each([
    ['nl', 'Deelnemers: Oudshaal, Brannvik', ['Oudshaal', 'Brannvik']],
    ['it', 'Partecipanti: Bellandri, Dufrasne', ['Bellandri', 'Dufrasne']],
    ["an invite's required attendees", 'Required: Saoirse Quillane; Ilka Marovšek', ['Saoirse Quillane', 'Ilka Marovšek']],
  ])('%s: the names, not the label', (_, line, names) => {
    expect(findPersonCandidates(line).map((c) => c.text)).toEqual(names);
  });
  test.each([
    ['a requirement', 'Required: Node 24 and PostgreSQL 16'],
    ['an option', 'Optional: a second reviewer'],
    ["a template's placeholder", '**Participantes:** [Equipo]'],
  ])('not found: %s', (_, line) => {
    expect(findPersonCandidates(line)).toEqual([]);
  });
});

describe('hosts files and log searches (log-line-hosts.ts, round 55)', () => {
  const hosts = (line: string) => findLogLineHosts(line, () => false).map((m) => m.text);
  test.each([
    ['a host and its name in a zone', '10.20.3.14   pg-ledger-02 pg-ledger-02.dc3', ['pg-ledger-02', 'pg-ledger-02.dc3']],
    ['a tab and a comment', '172.16.4.9\tvault-primary  # the old one', ['vault-primary']],
    ['an IPv6 address', 'fd00:10::14  pg-ledger-02', ['pg-ledger-02']],
    ["Kibana's host field in a link", "https://logs.quorvane.io/app/discover#/?_a=(query:'host.name:ledger-api-7')", ['ledger-api-7']],
    ['a quoted host field', 'Search host.hostname:"web-ledger-3" in the last hour.', ['web-ledger-3']],
  ])('found: %s', (_, line, names) => {
    expect(hosts(line)).toEqual(names);
  });
  test.each([
    ['loopback names', '::1  localhost ip6-localhost ip6-loopback'],
    ["Proxmox's alias", '10.0.0.1 pvelocalhost'],
    ['a public host blocked', '0.0.0.0 ads.doubleclick.net'],
    ['a sentence after an address', '10.0.0.1 was down'],
    ['a log line of a time', '10:42:12 pg-ledger-02 web-3'],
    ['a public host searched', "host.name:api.github.com"],
  ])('not found: %s', (_, line) => {
    expect(hosts(line)).toEqual([]);
  });
});

describe("Terraform resources' keys (terraform-addresses.ts, round 55)", () => {
  const names = (line: string) => findTerraformAddressNames(line, () => false).map((m) => m.text);
  test.each([
    ['a machine in a zone', '# aws_route53_record.db["pg-ledger-02.dc3"] will be updated in-place', ['pg-ledger-02.dc3']],
    ["a person's handle", 'aws_iam_user.users["tbrannvik"]', ['tbrannvik']],
    ['a handle of a given name and an initial', 'aws_iam_user.users["maria-g"]', ['maria-g']],
  ])('found: %s', (_, line, found) => {
    expect(names(line)).toEqual(found);
  });
  test.each([
    ['a region', 'aws_instance.web["us-east-1"]'],
    ['a word', 'aws_instance.web["primary"]'],
    ['a public host', 'aws_route53_record.www["api.github.com"]'],
  ])('not found: %s', (_, line) => {
    expect(names(line)).toEqual([]);
  });
});

describe("a handle after a chat export's mention (chat-export-people.ts, round 55)", () => {
  test('the handle, not a word of the message', () => {
    expect(findChatExportPeople('<@U02QX7LMB> tbrannvik can you check the replica lag?').map((m) => m.text)).toEqual(['tbrannvik']);
    expect(findChatExportPeople('<@W01AB2CDE> @squillane please confirm').map((m) => m.text)).toEqual(['squillane']);
    expect(findChatExportPeople('<@U02QX7LMB> can you check the replica lag?')).toEqual([]);
    expect(findChatExportPeople('<@U02QX7LMB> thanks!')).toEqual([]);
  });
});

describe("a quoted reply's header (reply-header-people.ts, round 55)", () => {
  const writers = (line: string) => findReplyHeaderPeople(line).map((m) => m.text);
  test.each([
    ['en', 'On Tue, Mar 3, 2026 at 3:40 AM Teodor Brannvik wrote:', ['Teodor Brannvik']],
    ['en, an address', 'On Tue, 3 Mar 2026 at 03:40, Ilka Marovšek <ilka@quorvane.io> wrote:', ['Ilka Marovšek']],
    ['fr', 'Le mar. 3 mars 2026 à 03:40, Mireille Dufrasne a écrit :', ['Mireille Dufrasne']],
    ['de, hyphenated', 'Am Di., 3. März 2026 um 03:40 Uhr schrieb Anna-Lena Kettwiger-Moos:', ['Anna-Lena Kettwiger-Moos']],
    ['es, particles', 'El mar, 3 mar 2026 a las 03:40, María de la Orvena escribió:', ['María de la Orvena']],
    ['nl', 'Op di 3 mrt 2026 om 03:40 schreef Femke Oudshaal <femke@quorvane.io>:', ['Femke Oudshaal']],
  ])('%s', (_, line, found) => {
    expect(writers(line)).toEqual(found);
  });
  test.each([
    ['a role', 'On Tue, Mar 3, 2026, the on-call engineer wrote: roll back.'],
    ['a team', 'On Tue, Mar 3, 2026 Support Team wrote:'],
    ['prose', 'On Tuesday the vendor wrote: we are investigating.'],
  ])('not found: %s', (_, line) => {
    expect(writers(line)).toEqual([]);
  });
  test('the whole name replaces the part another rule found', () => {
    expect(foundInProbe('Am Di., 3. März 2026 um 03:40 Uhr schrieb Anna-Lena Kettwiger-Moos:')).toEqual(['redact/person:Anna-Lena Kettwiger-Moos']);
  });
});

describe('hyphenated surnames and a surname in emphasis (person-patterns.ts, round 55)', () => {
  test('a hyphenated given name and surname acting', () => {
    expect(findPersonCandidates('Anna-Lena Kettwiger-Moos paged the DBA.').map((c) => c.text)).toContain('Anna-Lena Kettwiger-Moos');
  });
  test('a surname in italics or bold after the given name', () => {
    expect(foundInProbe('Teodor _Brannvik_ restarted the primary.')).toEqual(['redact/possible-person:Teodor _Brannvik_']);
    expect(foundInProbe('Teodor **Brannvik** restarted the primary.')).toEqual(['redact/possible-person:Teodor **Brannvik**']);
    expect(foundInProbe('The **Ledger** _Failover_ runbook is out of date.')).toEqual([]);
    // After a given name a lexicon knows without a verb; not after a capitalised noun or verb of another language.
    expect(foundInProbe('Mireille _Dufrasne_ a validé le retour arrière.')).toEqual(['redact/possible-person:Mireille _Dufrasne_']);
    expect(foundInProbe('Der Dienst **Etherpad** ist weiterhin erreichbar.')).toEqual([]);
    expect(foundInProbe('| Favorece **Monolitos** | Favorece **Microservicios** |')).toEqual([]);
  });
});
