/**
 * The probe round 55's leaks (docs/redaction.md, "Probe round 55"): chat exports pasted into a
 * timeline (Slack, Teams, Zoom, Discord, IRC), attendees of meeting notes and calendar invites in
 * several languages, CODEOWNERS and OWNERS lines and an organisation's team mentions, a person's
 * space on an internal wiki, internal hosts in dashboard links and titles and in `/etc/hosts`
 * lines, Terraform addresses naming internal systems or people, quoted reply headers and e-mail
 * signatures in several languages, transliterated names, names with particles and double
 * surnames, names split by a line break or emphasis, names in image alt text and link titles.
 * Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound55: readonly LeakProbeWithOrganisation[] = [
  // Chat exports pasted into a timeline.
  p('a Slack export line of a dotted handle', '[10:42] ilka.m: failover done, the primary is the old replica', 'ilka.m'),
  p('a Slack export line of a full name', '[10:44] Teodor Brannvik: rolled back the config', 'Teodor Brannvik'),
  p('a Slack mention of a user id and a handle', '\\<@U02QX7LMB> tbrannvik can you check the replica lag?', 'tbrannvik'),
  p('a Slack message header with pronouns', 'Saoirse Quillane (she/her)  10:44 AM\nrestarting the consumers now', 'Saoirse Quillane'),
  p('a Teams export of a surname first', '[3/2/2026 10:45 AM] Brannvik, Teodor: the DNS change is out', 'Brannvik'),
  p('a Zoom chat line', '10:46:12 From Mireille Dufrasne to Everyone: rollback complete', 'Mireille Dufrasne'),
  p('a Discord message header', 'qvellacott — Today at 10:47\nthe load balancer is back', 'qvellacott'),
  p('an IRC log line', '```\n[10:48] <qvellacott> the load balancer is back\n```', 'qvellacott'),
  p('a chat line of a time in a timeline list', '- 10:49 ilka.m: paged the DBA', 'ilka.m'),
  // Meeting notes and calendar invites.
  p('attendees of full names', 'Attendees: Ilka Marovšek, Teodor Brannvik, Saoirse Quillane', 'Saoirse Quillane'),
  p('attendees of handles', 'Attendees: imarovsek, tbrannvik, squillane', 'squillane'),
  p('de: Teilnehmer of surnames', 'Teilnehmer: Kettwiger-Moos, Brannvik, Dufrasne', 'Kettwiger-Moos'),
  p('fr: participants with a space before the colon', 'Participants : Mireille Dufrasne, Émilie Charbonnaz', 'Émilie Charbonnaz'),
  p('es: asistentes', 'Asistentes: María de la Orvena, Jorrit van der Haelst', 'María de la Orvena'),
  p('nl: aanwezig', 'Aanwezig: Jorrit van der Haelst, Femke Oudshaal', 'Femke Oudshaal'),
  p('ja: 参加者', '参加者: 鷲尾、柿崎、篠宮', '柿崎'),
  p('a calendar invite of an organizer and required attendees', 'Organizer: Teodor Brannvik\nRequired: Saoirse Quillane; Ilka Marovšek', 'Ilka Marovšek'),
  p('a note taker', 'Note taker: Quillane', 'Quillane'),
  p('attendees as a list', 'Attendees:\n- Femke Oudshaal\n- Teodor Brannvik', 'Femke Oudshaal'),
  // CODEOWNERS, OWNERS and teams.
  p('a CODEOWNERS line of a person and a team', '```\n/services/ledger/ @tbrannvik @quorvane/payments-sre\n```', 'tbrannvik'),
  p('a CODEOWNERS line in prose', 'The path `/ledger/** @imarovsek` in CODEOWNERS sent the review to one person.', 'imarovsek'),
  p('an OWNERS file of approvers', '```yaml\napprovers:\n  - squillane\n  - tbrannvik\n```', 'squillane'),
  p("a mention of the organisation's internal team", 'We paged @acme/ledger-oncall at 03:12.', 'acme/ledger-oncall'),
  // Internal wikis.
  p("a Confluence personal space in a URL", 'The runbook sat at https://quorvane.atlassian.net/wiki/spaces/~ilka.m/pages/4412/Ledger+failover', 'ilka.m'),
  p('a Confluence display URL of a personal space', 'See https://wiki.quorvane.io/display/~tbrannvik/Failover+notes for the steps.', 'tbrannvik'),
  p("a wiki page title of a person's runbook", "We followed [Teodor Brannvik's failover runbook](https://wiki.quorvane.io/pages/viewpage.action?pageId=4412).", 'Teodor Brannvik'),
  // Dashboards and their links.
  p('a Grafana link of an internal host variable', 'The lag shows on https://grafana.quorvane.io/d/ledger-db/overview?var-host=pg-ledger-02&from=now-6h', 'pg-ledger-02'),
  p('a Kibana link of a host query', "The errors are in https://logs.quorvane.io/app/discover#/?_a=(query:'host.name:ledger-api-7')", 'ledger-api-7'),
  p('a Datadog link of a host template variable', 'https://app.datadoghq.com/dashboard/abc-123/ledger?tpl_var_host=pg-ledger-02', 'pg-ledger-02'),
  p("a dashboard's title naming a host", 'The dashboard "Ledger / pg-ledger-02.dc3 replication" went blank.', 'pg-ledger-02.dc3'),
  p('a dashboard host of a Grafana link', 'The graph is on https://grafana.ops.quorvane.io/d/ledger-db/overview.', 'grafana.ops.quorvane.io'),
  // /etc/hosts lines.
  p('an /etc/hosts line of a host and its short name', '```\n10.20.3.14   pg-ledger-02 pg-ledger-02.dc3\n```', 'pg-ledger-02'),
  p('an /etc/hosts line of a bare host', '```\n172.16.4.9\tvault-primary\n```', 'vault-primary'),
  p("an /etc/hosts line of a person's machine", '```\n192.168.10.5  kvorbeck-laptop\n```', 'kvorbeck'),
  // Terraform addresses.
  p("a Terraform address of a person's IAM user", '`terraform import aws_iam_user.tbrannvik tbrannvik` restored the account.', 'tbrannvik'),
  p("a Terraform address keyed by a person's handle", "```\nterraform state rm 'google_compute_instance.bastion[\"ilka-m\"]'\n```", 'ilka-m'),
  p('a Terraform plan line of an internal host', '```\n  # aws_route53_record.db["pg-ledger-02.dc3"] will be updated in-place\n```', 'pg-ledger-02.dc3'),
  // Reply headers and signatures.
  p('a reply header of a name and an address', 'On Tue, 3 Mar 2026 at 03:40, Ilka Marovšek <ilka@quorvane.io> wrote:\n> can we roll back?', 'Ilka Marovšek'),
  p('a reply header of a name alone', 'On Tue, Mar 3, 2026 at 3:40 AM Teodor Brannvik wrote:', 'Teodor Brannvik'),
  p('fr: a reply header', 'Le mar. 3 mars 2026 à 03:40, Mireille Dufrasne a écrit :', 'Mireille Dufrasne'),
  p('de: a reply header', 'Am Di., 3. März 2026 um 03:40 Uhr schrieb Anna-Lena Kettwiger-Moos:', 'Anna-Lena Kettwiger-Moos'),
  p('es: a reply header', 'El mar, 3 mar 2026 a las 03:40, María de la Orvena escribió:', 'María de la Orvena'),
  p('nl: a reply header', 'Op di 3 mrt 2026 om 03:40 schreef Femke Oudshaal <femke@quorvane.io>:', 'Femke Oudshaal'),
  p('an Outlook header of a surname first', 'From: Brannvik, Teodor\nSent: Tuesday, March 3, 2026 03:40\nTo: Ledger SRE', 'Brannvik'),
  p('an e-mail signature after the delimiter', 'Rolling back now.\n\n-- \nSaoirse Quillane\nStaff SRE, Payments', 'Saoirse Quillane'),
  p('a sign-off after thanks', 'The replica is caught up.\n\nThanks,\nFemke Oudshaal', 'Femke Oudshaal'),
  // Transliterated names.
  p('ru: a name transliterated to Latin', 'Yevgeniy Zhmurkevich rolled the config back at 03:20.', 'Yevgeniy Zhmurkevich'),
  p('uk: a name transliterated to Latin', 'Oleksandra Hnatyshyn confirmed the failover.', 'Oleksandra Hnatyshyn'),
  p('zh: a name in pinyin with tones', 'Zhāng Wěiróng approved the rollback.', 'Zhāng Wěiróng'),
  p('zh: a name in pinyin, surname first, in an apposition', 'The on-call, Liu Zhenyang, paged the DBA.', 'Liu Zhenyang'),
  // Particles, hyphens and double surnames.
  p('a Dutch particle', 'Jorrit van der Haelst restarted the consumers.', 'Jorrit van der Haelst'),
  p('a Spanish particle', 'María de la Orvena confirmed the rollback.', 'María de la Orvena'),
  p('an Arabic patronymic particle', 'Yusuf bin Harrad drained the node.', 'Yusuf bin Harrad'),
  p('an Arabic article', 'Khalid al-Zarouni approved the change.', 'Khalid al-Zarouni'),
  p('hyphenated given name and surname', 'Anna-Lena Kettwiger-Moos paged the DBA.', 'Anna-Lena Kettwiger-Moos'),
  p('a Spanish double surname', 'Lucía Ferrandis Ozcariz rolled back the deploy.', 'Lucía Ferrandis Ozcariz'),
  // Names split by markup or a line break.
  p('a given name in bold before the surname', '**Ilka** Marovšek restarted the primary.', 'Ilka'),
  p('a surname in italics after the given name', 'Teodor _Brannvik_ restarted the primary.', 'Brannvik'),
  p('a name split across a line break', 'The failover was run by Teodor\nBrannvik at 03:20.', 'Brannvik'),
  // Image alt text and link titles.
  p("an image's alt text of a person's screenshot", "![Saoirse Quillane's screenshot of the lag alert](./lag.png)", 'Saoirse Quillane'),
  p("a link's title naming its writer", '[the runbook](https://docs.example.com/runbook "written by Teodor Brannvik")', 'Teodor Brannvik'),
  p("an image's title naming a host", '![lag](./lag.png "Grafana panel of pg-ledger-02.dc3")', 'pg-ledger-02.dc3'),
  p("an HTML image's alt text", '<img src="./lag.png" alt="Ilka Marovšek\'s terminal" />', 'Ilka Marovšek'),
];

/** The kinds of the probes found before the round's rules (measured on `de29adf7`). */
export const foundBeforeRound55: ReadonlySet<string> = new Set<string>([
  'a Slack export line of a dotted handle',
  'a Slack export line of a full name',
  'a Slack message header with pronouns',
  'a Teams export of a surname first',
  'a Zoom chat line',
  'a Discord message header',
  'an IRC log line',
  'a chat line of a time in a timeline list',
  'attendees of full names',
  'attendees of handles',
  'fr: participants with a space before the colon',
  'es: asistentes',
  'nl: aanwezig',
  'ja: 参加者',
  'a note taker',
  'attendees as a list',
  'a CODEOWNERS line of a person and a team',
  'a CODEOWNERS line in prose',
  'an OWNERS file of approvers',
  "a mention of the organisation's internal team",
  'a Confluence personal space in a URL',
  'a Confluence display URL of a personal space',
  "a wiki page title of a person's runbook",
  'a Grafana link of an internal host variable',
  'a Datadog link of a host template variable',
  "a dashboard's title naming a host",
  'a dashboard host of a Grafana link',
  "an /etc/hosts line of a person's machine",
  "a Terraform address of a person's IAM user",
  'a reply header of a name and an address',
  'a reply header of a name alone',
  'fr: a reply header',
  'es: a reply header',
  'nl: a reply header',
  'an Outlook header of a surname first',
  'an e-mail signature after the delimiter',
  'a sign-off after thanks',
  'ru: a name transliterated to Latin',
  'uk: a name transliterated to Latin',
  'zh: a name in pinyin with tones',
  'zh: a name in pinyin, surname first, in an apposition',
  'a Dutch particle',
  'a Spanish particle',
  'an Arabic patronymic particle',
  'an Arabic article',
  'a Spanish double surname',
  'a given name in bold before the surname',
  'a name split across a line break',
  "an image's alt text of a person's screenshot",
  "a link's title naming its writer",
  "an HTML image's alt text",
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
// Round 56 found the German attendees (german-attendee-lists.ts) and the host in an image's title
// (link-title-hosts.ts): they left this set, and the round's test now asserts them found.
export const stillPublishedRound55: ReadonlySet<string> = new Set<string>([
  // Found since probe round 57 (docs/redaction.md, "Probe round 57").
]);

/** Probes in the public frontmatter fields: the field, its text, the leak. */
export const fieldProbesRound55: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'Rollback approved by Zhāng Wěiróng after the lag alert', 'Zhāng Wěiróng'],
  ['summary', 'Anna-Lena Kettwiger-Moos paged the DBA after the lag alert.', 'Anna-Lena Kettwiger-Moos'],
  ['timeline', 'Teodor _Brannvik_ restarted the primary', 'Teodor _Brannvik_'],
  ['action', 'Move the runbook out of https://wiki.quorvane.io/display/~tbrannvik/Failover', 'tbrannvik'],
];

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound55: readonly (readonly [string, string])[] = [
  ['attendees of teams', 'Attendees: the SRE team, the payments team, support'],
  ['participants counted', 'Participants: 14 engineers across three teams'],
  ['a reply header of a role', 'On Tue, Mar 3, 2026, the on-call engineer wrote: roll back.'],
  ['a signature of a team', 'Thanks,\nThe Payments SRE team'],
  ['a CODEOWNERS line of a public team', '```\n/docs/ @github/docs-content\n```'],
  ['a dashboard title without a host', 'The dashboard "Ledger overview" showed the lag.'],
  ['a Grafana link without a host variable', 'The lag shows on https://play.grafana.org/d/000000012/grafana-play-home'],
  ['an /etc/hosts line of localhost', '```\n127.0.0.1   localhost\n```'],
  ['an /etc/hosts line of a public host', '```\n0.0.0.0 ads.doubleclick.net\n```'],
  ['a Terraform key of a region', '`terraform state rm \'aws_instance.web["us-east-1"]\'` fixed the state.'],
  ['a Terraform address of generic names', '`terraform import aws_db_instance.primary ledger` restored the state.'],
  ['es: prose of de la', 'La caída de la base de datos duró 20 minutos.'],
  ['nl: prose of van de', 'De storing van de database duurde 20 minuten.'],
  ['a shebang of bin', '```\n#!/usr/bin/env bash\n```'],
  ['pronouns in a template', 'Add your pronouns, for example (she/her), to your profile.'],
  ['emphasis before a capitalised word', '**Impact** Customers could not pay for 20 minutes.'],
  ['an image alt text without a name', '![Replication lag graph](./lag.png)'],
  ['a link title without a name', '[the runbook](https://docs.example.com/runbook "Failover runbook")'],
  ['a hyphenated word', 'The read-only replica was re-enabled at 03:20.'],
  ['a line break in prose', 'The failover was run by the\nDBA at 03:20.'],
];
