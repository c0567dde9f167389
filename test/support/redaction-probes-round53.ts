/**
 * The probe round 53's leaks (docs/redaction.md, "Probe round 53"): what round 52 left published (a
 * person's own site whose surname opens with two vowels, a site of a given name no lexicon knows,
 * the group column of `ls -l`) and the records reports paste or quote that no round had probed as
 * such: machines named after their users in logs, chat export lines, code review and `git blame`
 * lines, CODEOWNERS, crontab `MAILTO`, Grafana annotations, Terraform tags, calendar invites,
 * status-page signatures, mail headers, CI trigger lines, cloud audit records, database errors,
 * Windows accounts and a URL's user, in English, German, French, Spanish, Portuguese, Dutch,
 * Swedish, Polish and Norwegian. Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound53: readonly LeakProbeWithOrganisation[] = [
  // Round 52's leftovers: a surname opening with two vowels, a given name no lexicon knows.
  p("a person's own site, a surname opening with two vowels", 'The queue sizing follows https://sigridaasheim.no/notes/queues/.', 'sigridaasheim'),
  p("a person's own site, a surname opening with 'ei'", 'We used [this write-up](https://larseidsvaag.net/raft) on leader leases.', 'larseidsvaag'),
  p("a person's own site of an unknown given name, called a blog", 'Tessick explains the race on his blog, https://yorvantessick.org/posts/fsync/.', 'yorvantessick'),
  p("a person's own site of an unknown given name, called a personal site", 'The graphs come from her personal site (https://quillavernhout.dev/graphs).', 'quillavernhout'),
  // Round 52's leftover: the group column of `ls -l`.
  p('a listing whose group names a person, its owner a service account', '```\n-rw-r----- 1 deploy hbrekkan 1.2K Mar  2 03:12 app.env\n```', 'hbrekkan'),
  p('a directory listing whose group names a person', '```\ndrwxrws--- 4 www-data tvellacott 4096 Mar  2 03:12 uploads\n```', 'tvellacott'),
  // Machines named after their users, in logs.
  p("a laptop's name in an sshd log", '```\nsshd[811]: Accepted publickey for deploy from anas-macbook-pro.local port 51234\n```', 'anas-macbook-pro'),
  p("a laptop's name without a domain", '```\nMar  2 03:12:01 Tobiass-MacBook-Air kernel: en0: link down\n```', 'Tobiass-MacBook-Air'),
  p("a workstation's name of a given name", 'The stale token was on `DESKTOP-ANA`, the on-call laptop.', 'DESKTOP-ANA'),
  p("a workstation's name of a handle", '```\n03:12:01 login from KVORLANDER-LT (10.4.1.9)\n```', 'KVORLANDER-LT'),
  p("a Linux laptop's name of a handle and a model", '```\nMar  2 03:12:01 hbrekkan-ThinkPad-T14 systemd[1]: Started VPN.\n```', 'hbrekkan-ThinkPad-T14'),
  // Chat export lines.
  p('a Slack export line of a dotted handle', '```\n[10:42] ana.k: restarting the primary now\n```', 'ana.k'),
  p('a Slack export line of a full name', '```\n[10:43] Oskar Vellmann: replica is caught up\n```', 'Oskar Vellmann'),
  p('a Slack join line', '```\n10:40 Ilse Varnholt joined #inc-2041\n```', 'Ilse Varnholt'),
  p('a Slack topic line', '```\n10:41 tbreckan set the channel topic: SEV2 ledger lag\n```', 'tbreckan'),
  p('de: a chat export line', '```\n[10:42] jens.h: Neustart läuft\n```', 'jens.h'),
  // Code review and blame.
  p('a GitHub review line', 'kvorlander approved these changes on Mar 2.', 'kvorlander'),
  p('a GitHub review line of changes requested', 'obrandtner requested changes: the timeout is still 30 s.', 'obrandtner'),
  p('a GitHub merge line', 'mkessvik merged commit 4f2a9c1 into main 3 hours ago.', 'mkessvik'),
  p('a GitHub force-push line', 'hvanteer force-pushed the fix-retries branch from 4f2a9c1 to 9b1e2d0.', 'hvanteer'),
  p('a git blame line of a full name', '```\n^4f2a9c1 (Oskar Vellmann 2026-03-02 03:12:01 +0000 42)   retries = 5\n```', 'Oskar Vellmann'),
  p('a git blame line of a handle', '```\n9b1e2d07 (qvarnell 2026-02-11 10:00:00 +0100 17) timeout: 30s\n```', 'qvarnell'),
  p('a CODEOWNERS line of an e-mail', '```\n*.tf    obrandtner@quorvane.io\n```', 'obrandtner@quorvane.io'),
  // crontab, Grafana, Terraform.
  p('a crontab MAILTO of a login', '```\nMAILTO=kvorlander\n0 3 * * * /usr/local/bin/backup.sh\n```', 'kvorlander'),
  p('a crontab MAILTO of an address', '```\nMAILTO="hbrekkan@quorvane.io"\n```', 'hbrekkan@quorvane.io'),
  p('a Grafana annotation author', 'The annotation "deploy 4.2.1" was added by Ilse Varnholt at 03:10.', 'Ilse Varnholt'),
  p('a Grafana annotation tooltip', '```\nAnnotation · tbreckan · 03:10\ndeploy 4.2.1\n```', 'tbreckan'),
  p('a Terraform plan owner tag of a handle', '```\n  + tags = {\n      + "owner" = "tbreckan"\n    }\n```', 'tbreckan'),
  p('a Terraform plan owner tag of a full name', '```\n      ~ owner = "Hanna Ulvestad" -> "platform"\n```', 'Hanna Ulvestad'),
  // Calendar invites.
  p('a calendar invite organiser', 'Organizer: Emre Kaplanoğlu\nWhen: Tue Mar 3, 10:00 UTC', 'Emre Kaplanoğlu'),
  p('a calendar invite accepted', 'Accepted: Postmortem review (Yrsa Tallbeck)', 'Yrsa Tallbeck'),
  p('de: a calendar invite organiser', 'Organisator: Brandtmeier\nWann: Di 3. März, 10:00', 'Brandtmeier'),
  p('es: a calendar invite organiser', 'Organizador: Ulloquin', 'Ulloquin'),
  p('fr: a calendar invite organiser', 'Organisateur : Kervarec', 'Kervarec'),
  // Status-page signatures.
  p('a status update signed with a dash', 'We are monitoring the fix.\n\n— Ana, SRE', 'Ana'),
  p('a status update signed with an en dash and a team', 'The backlog is drained. – Tamsin from the infra team', 'Tamsin'),
  p('a status update signed after cheers', 'Thanks for your patience.\n\nCheers,\nKari', 'Kari'),
  p('de: a status update signed', 'Wir beobachten die Lage.\n\nViele Grüße\nJens', 'Jens'),
  p('fr: a status update signed', 'Le service est rétabli.\n\n— Camille, équipe SRE', 'Camille'),
  p('nb: a status update signed', 'Tjenesten er oppe igjen.\n\nHilsen Sigrid, drift', 'Sigrid'),
  // Mail headers.
  p('an internal host in a Received line', '```\nReceived: from exch-02.ad.quorvane.io (exch-02 [10.4.1.9])\n```', 'exch-02'),
  p('a relay of a bare internal name in a Received line', '```\nReceived: from mailrelay7 (mailrelay7 [10.4.1.7]) by mx1\n```', 'mailrelay7'),
  p('a From header of a full name', '```\nFrom: Oskar Vellmann <alerts@example.com>\n```', 'Oskar Vellmann'),
  // CI trigger lines.
  p('a Jenkins console line', '```\nStarted by user Oskar Vellmann\nRunning as SYSTEM\n```', 'Oskar Vellmann'),
  p('a GitLab pipeline trigger', 'Pipeline #8812 triggered by kvorlander failed at the deploy stage.', 'kvorlander'),
  p('a GitHub Actions run line', 'The run was re-run by obrandtner at 03:20.', 'obrandtner'),
  // Cloud audit records and accounts.
  p('an IAM user ARN', 'The key belonged to `arn:aws:iam::123456789012:user/hbrekkan`.', 'hbrekkan'),
  p('a CloudTrail userName', '```json\n{"userIdentity": {"type": "IAMUser", "userName": "tvellacott"}}\n```', 'tvellacott'),
  p('a GCP IAM member', '```\n- members:\n  - user:ilse.varnholt@quorvane.io\n  role: roles/owner\n```', 'ilse.varnholt@quorvane.io'),
  p('a Windows domain account', 'The job ran as `QUORVANE\\kvorlander` for a week.', 'kvorlander'),
  p('a MySQL access denied error', '```\nERROR 1045 (28000): Access denied for user \'tbreckan\'@\'10.2.3.4\'\n```', 'tbreckan'),
  p("a user in a clone URL", 'The mirror cloned https://mkessvik@bitbucket.org/quorvane/ledger.git nightly.', 'mkessvik'),
  p('an ssh command to a host as a person', 'We ran `ssh qvarnell@bastion.example.net` to reach it.', 'qvarnell'),
  p('a Dockerfile maintainer label', '```dockerfile\nLABEL maintainer="Yrsa Tallbeck"\n```', 'Yrsa Tallbeck'),
  // Labels of other languages not probed before.
  p('pt: a person in charge', 'Responsável: Tavarnes', 'Tavarnes'),
  p('sv: an on-call label', 'Jour: Lindqvarn', 'Lindqvarn'),
  p('pl: an on-call label', 'Dyżur: Wiśniewska-Orlik', 'Wiśniewska-Orlik'),
  p('nl: a calendar invite organiser', 'Organisator: Hendrikszoon\nWanneer: di 3 maart, 10:00', 'Hendrikszoon'),
  p('es: a review line', 'Revisión aprobada por kvorlander el 2 de marzo.', 'kvorlander'),
  p('de: a GitHub review line', 'obrandtner hat diese Änderungen genehmigt.', 'obrandtner'),
];

/** The kinds of the probes found before the round's rules (measured on `7784f554`). */
export const foundBeforeRound53: ReadonlySet<string> = new Set<string>([
  'a directory listing whose group names a person',
  "a laptop's name in an sshd log",
  "a laptop's name without a domain",
  "a workstation's name of a handle",
  "a Linux laptop's name of a handle and a model",
  'a Slack export line of a dotted handle',
  'a Slack export line of a full name',
  'de: a chat export line',
  'a GitHub review line',
  'a GitHub review line of changes requested',
  'a GitHub merge line',
  'a GitHub force-push line',
  'a git blame line of a full name',
  'a git blame line of a handle',
  'a CODEOWNERS line of an e-mail',
  'a crontab MAILTO of a login',
  'a crontab MAILTO of an address',
  'a Grafana annotation author',
  'a Terraform plan owner tag of a handle',
  'a calendar invite organiser',
  'a calendar invite accepted',
  'de: a calendar invite organiser',
  'a status update signed with a dash',
  'a status update signed with an en dash and a team',
  'a status update signed after cheers',
  'de: a status update signed',
  'fr: a status update signed',
  'nb: a status update signed',
  'an internal host in a Received line',
  'a From header of a full name',
  'a Jenkins console line',
  'a GitLab pipeline trigger',
  'a GitHub Actions run line',
  'an IAM user ARN',
  'a CloudTrail userName',
  'a GCP IAM member',
  'a Windows domain account',
  'a MySQL access denied error',
  'a user in a clone URL',
  'an ssh command to a host as a person',
  'a Dockerfile maintainer label',
  'pt: a person in charge',
  'sv: an on-call label',
  'pl: an on-call label',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound53: ReadonlySet<string> = new Set<string>([]);

/** Probes in the public frontmatter fields: the field, its text, the leak. */
export const fieldProbesRound53: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'Token left on DESKTOP-ANA for a week', 'DESKTOP-ANA'],
  ['summary', 'kvorlander approved these changes before the lag alert fired.', 'kvorlander'],
  ['timeline', 'Started by user Oskar Vellmann, the deploy job failed', 'Oskar Vellmann'],
  ['action', 'Read https://sigridaasheim.no/notes/queues/ and size the queue', 'sigridaasheim'],
];

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound53: readonly (readonly [string, string])[] = [
  ['a listing whose group is a group', '```\n-rw-r----- 1 deploy staff 1.2K Mar  2 03:12 app.env\n```'],
  ['a listing of system groups', '```\ndrwxr-xr-x 2 root wheel 4096 Mar  2 03:12 etc\n```'],
  ["a workstation's name of a role", 'The agent runs on `DESKTOP-BUILD` as before.'],
  ['a chat export line of a bot', '```\n[10:42] pagerduty: Incident #4121 triggered\n```'],
  ['a review line of a bot', 'github-actions approved these changes after the checks passed.'],
  ['a git blame line of a bot', '```\n9b1e2d07 (dependabot[bot] 2026-02-11 10:00:00 +0100 17) version: 4.2.1\n```'],
  ['a crontab MAILTO of root', '```\nMAILTO=root\n0 3 * * * /usr/local/bin/backup.sh\n```'],
  ['a crontab MAILTO emptied', '```\nMAILTO=""\n```'],
  ['a Terraform owner tag of a team', '```\n  + tags = {\n      + "owner" = "platform-team"\n    }\n```'],
  ['a status update signed by a team', 'We are monitoring the fix.\n\n— The SRE team'],
  ['a public mail relay in a Received line', '```\nReceived: from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])\n```'],
  ['a Jenkins line of a timer', '```\nStarted by timer\nRunning as SYSTEM\n```'],
  ['an AWS managed policy ARN', 'The task holds `arn:aws:iam::aws:policy/ReadOnlyAccess` only.'],
  ['a MySQL error of root', "```\nERROR 1045 (28000): Access denied for user 'root'@'localhost'\n```"],
  ['a Windows service account', 'The job ran as `NT AUTHORITY\\SYSTEM` as before.'],
  ['a clone URL without a user', 'The mirror cloned https://github.com/nodejs/node.git nightly.'],
  ["an organisation's blog", 'Their blog, https://blog.cloudflare.com/, has the timeline.'],
  ["a person's blog on a shared host", 'He wrote it up on his blog, https://kvorlander.github.io/posts/.'],
  ['a mail relay of a public domain', '```\nReceived: from mx1.example.org (mx1.example.org [192.0.2.10])\n```'],
  ['a company site of a word', 'See https://www.eastwindlabs.com/ for the board.'],
  ['a calendar invite organiser of a team', 'Organizer: SRE Team\nWhen: Tue Mar 3, 10:00 UTC'],
];
