/**
 * The probe round 52's leaks (docs/redaction.md, "Probe round 52"): what round 51 left published (a
 * person's own site whose surname opens with a vowel, a sign-off label after a thanks on its line)
 * and the records reports paste or quote that no round had probed as such: commit trailers quoted
 * in prose, on-call handoff tables, PagerDuty and Opsgenie exports, tracker assignee columns,
 * @-mentions in Han, Greek, Hebrew, Arabic and Thai letters, internal hosts in a URL's query, user
 * ids in log lines, kubeconfig contexts, shell prompts, directory entries and database logins, in
 * English, German, French, Spanish, Portuguese, Italian, Dutch, Russian, Japanese, Chinese and
 * Korean. Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound52: readonly LeakProbeWithOrganisation[] = [
  // Round 51's leftovers: a person's own site whose surname opens with a vowel.
  p("a person's own site, a surname opening with a vowel", 'The retry budget follows https://maritoberland.com/posts/retries/.', 'maritoberland'),
  p("a person's own site of a vowel surname behind a link text", 'We used [this write-up](https://tobiasellmark.dev/queues) on back-pressure.', 'tobiasellmark'),
  p("a person's own site of a vowel surname as a bare host", 'Background reading: hannaulvestad.net, the DNS series.', 'hannaulvestad'),
  p("a person's own site of a vowel surname after www", 'The diagram is from https://www.ingridaskevold.no/notes/raft.', 'ingridaskevold'),
  // Round 51's leftover: a sign-off label after a thanks on its line.
  p('de: a sign-off label after a thanks', 'Danke an Hollberger, Freigabe: Brandtmeier', 'Brandtmeier'),
  p('de: a sign-off label after a thanks, the thanked', 'Danke an Hollberger, Freigabe: Brandtmeier', 'Hollberger'),
  p('fr: a validation after a thanks', 'Merci à Kervarec ; validé par Le Brizennec.', 'Le Brizennec'),
  // Commit trailers quoted in prose.
  p('a co-author trailer quoted in prose', 'The fix landed with Co-authored-by: Tamsin Okorafe in the same commit.', 'Tamsin Okorafe'),
  p('a reviewed-by trailer of a handle in prose', 'It went in as Reviewed-by: kvorlander after one round.', 'kvorlander'),
  p('a trailer in a code span in prose', 'The commit carries `Acked-by: Yrsa Tallbeck <yrsa@example.org>` and nothing else.', 'Yrsa Tallbeck'),
  p('a git log author line', '```\ncommit 4f2a9c1e\nAuthor: Oskar Vellmann <ovellmann@example.org>\nDate:   Mon Mar 2 03:12:01 2026\n```', 'Oskar Vellmann'),
  // On-call handoff tables and lines.
  p('an on-call handoff table of handles', '| Shift | Outgoing | Incoming |\n| --- | --- | --- |\n| Mon 09:00 | qhallvard | tbreckan |', 'tbreckan'),
  p('an on-call handoff table of full names', '| Week | Primary | Secondary |\n| --- | --- | --- |\n| 10 | Ilse Varnholt | Emre Kaplanoğlu |', 'Emre Kaplanoğlu'),
  p('a handoff line in prose', 'Handed over to vaskelund at 09:00 with two pages open.', 'vaskelund'),
  p('de: a handoff line', 'Übergabe an Drummoth um 09:00, zwei Alarme offen.', 'Drummoth'),
  p('es: an on-call label', 'Guardia: Ulloquin (primaria), Berazategui (secundaria)', 'Berazategui'),
  p('fr: an on-call label', 'Astreinte : Kervarec, puis Le Brizennec à partir de 20 h.', 'Kervarec'),
  p('it: an on-call label', 'Reperibile: Brambillo', 'Brambillo'),
  p('pt: an on-call label', 'Plantão: Tavarnes', 'Tavarnes'),
  p('nl: an on-call label', 'Dienstdoende: Hendrikszoon', 'Hendrikszoon'),
  p('ru: a person in charge', 'Ответственный: Вельмаров', 'Вельмаров'),
  p('ja: a person in charge', '担当：ヴァルネル', 'ヴァルネル'),
  p('zh: an on-call person', '值班人：陈嘉怡', '陈嘉怡'),
  p('ko: a person in charge', '담당자: 박서연', '박서연'),
  // PagerDuty and Opsgenie exports.
  p('a PagerDuty CSV export of the acknowledger', '```csv\nincident_number,title,urgency,acknowledged_by,resolved_by\n4121,Disk full,high,Hanna Ulvestad,kvorlander\n```', 'Hanna Ulvestad'),
  p('a PagerDuty log entry of an escalation', '```\n03:12 Escalated to Level 2: Tamsin Okorafe (via SMS)\n```', 'Tamsin Okorafe'),
  p('a PagerDuty notification in prose', 'PagerDuty notified Ilse Varnholt by phone at 03:14.', 'Ilse Varnholt'),
  p('an Opsgenie alert JSON of its owner', '```json\n{"alias": "disk-full", "owner": "tbreckan", "acknowledged": true}\n```', 'tbreckan'),
  p('an Opsgenie alert log of an acknowledgement', '```\nAlert acknowledged by Oskar Vellmann via the iOS app\n```', 'Oskar Vellmann'),
  p('an Opsgenie responders JSON', '```json\n{"responders": [{"type": "user", "username": "hvanteer"}]}\n```', 'hvanteer'),
  // Tracker assignee columns.
  p('a Jira assignee column of handles', '| Key | Summary | Assignee | Status |\n| --- | --- | --- | --- |\n| OPS-88 | Rotate keys | mkessvik | Done |', 'mkessvik'),
  p('a Jira assignee column of full names', '| Key | Assignee |\n| --- | --- |\n| OPS-89 | Ilse Varnholt |', 'Ilse Varnholt'),
  p('a GitHub issue list of assignees', '```\n#412  Flaky replica check  bug  assignee:obrandtner\n```', 'obrandtner'),
  p('a Sentry issue assigned to a person', 'Sentry shows the issue as assigned to kvorlander since Tuesday.', 'kvorlander'),
  // @-mentions in other scripts.
  p('a mention in Han letters', '事故期间 @陈嘉怡 负责回滚。', '陈嘉怡'),
  p('a mention in Greek letters', 'Ο @Παπαδόγιαννης έκανε την επαναφορά.', 'Παπαδόγιαννης'),
  p('a mention in Hebrew letters', 'השחזור בוצע על ידי @בן־שושן בשעה 03:12.', 'בן־שושן'),
  p('a mention in Arabic letters', 'قام @الشمراني بإعادة التشغيل.', 'الشمراني'),
  p('a mention in Thai letters', 'ผู้ดูแลคือ @สมศักดิ์ ในคืนนั้น', 'สมศักดิ์'),
  p('a Cyrillic mention with a dot', 'Откат сделал @вельмаров.а в 03:12.', 'вельмаров.а'),
  // Internal hosts in a URL's query.
  p("an internal host in a URL's query", 'See https://grafana.example.com/d/abc?var-host=pg-replica-2.ledger.consul&from=now-6h.', 'pg-replica-2.ledger.consul'),
  p("an internal address in a URL's query", 'The probe hit https://status.example.com/check?target=10.12.4.17:5432 every minute.', '10.12.4.17'),
  p("an internal host in a redirect parameter", 'The login sent us to https://sso.example.com/login?next=http://jenkins.ci.acme.internal/job/deploy.', 'jenkins.ci.acme.internal'),
  // User ids in log lines.
  p('a user id of an email shape in a log line', '```\n2026-03-02T03:12:01Z level=warn msg="token expired" user=kvorlander@quorvane.io\n```', 'kvorlander@quorvane.io'),
  p('a Kerberos principal in a log line', '```\nsshd[811]: Authorized to kvorlander, krb5 principal kvorlander@LEDGER.QUORVANE.IO\n```', 'kvorlander'),
  p('a user key of a handle in a log line', '```\n03:12:01 audit action=DROP_TABLE actor=hbrekkan table=ledger\n```', 'hbrekkan'),
  p('an LDAP distinguished name', 'The bind failed for `uid=tvellacott,ou=people,dc=quorvane,dc=io`.', 'tvellacott'),
  p('an Active Directory common name', 'The group held `CN=Ilse Varnholt,OU=Admins,DC=quorvane,DC=io`.', 'Ilse Varnholt'),
  // kubeconfig contexts and shell prompts.
  p('a kubectl contexts listing', '```\n$ kubectl config get-contexts\nCURRENT   NAME                 CLUSTER   AUTHINFO\n*         prod-admin           prod      oyvindr\n```', 'oyvindr'),
  p('a kubectx listing of a person', '```\n$ kubectx\nmkessvik@ledger-prod\nstaging\n```', 'mkessvik'),
  p('a shell prompt of a given name on a bastion', '```\nana@bastion-3:~$ sudo systemctl restart pgbouncer\n```', 'ana'),
  p('a shell prompt in brackets', '```\n[kvorlander@db01 ~]$ df -h /var\n```', 'kvorlander'),
  p('a shell prompt in prose', 'From `tbreckan@jump-2:~$` the tunnel opened in a second.', 'tbreckan'),
  p('a VPN user in a log line', '```\nopenvpn[42]: ovellmann/203.0.113.9:51234 MULTI: Learn: 10.8.0.6\n```', 'ovellmann'),
  // Directory entries, database and process owners.
  p('a file owner in a listing', '```\n-rw------- 1 hbrekkan staff 1.2K Mar  2 03:12 id_ed25519\n```', 'hbrekkan'),
  p('a process owner in ps output', '```\nUSER       PID %CPU COMMAND\nqvarnell  4121 98.0 python3 backfill.py\n```', 'qvarnell'),
  p('a database login on a command line', 'We reconnected with `psql -U mkessvik -h db01 ledger` and ran the fix.', 'mkessvik'),
  p('a last login line', '```\n$ last -n 1\nobrandtner pts/0  203.0.113.9  Mon Mar  2 03:10   still logged in\n```', 'obrandtner'),
  // Pages of other tools naming their editors.
  p('a Confluence page byline', 'Created by Ilse Varnholt, last updated by Oskar Vellmann on Mar 02, 2026', 'Oskar Vellmann'),
  p('a status page update author', 'Update posted by vaskelund at 03:20 UTC.', 'vaskelund'),
  p('a document comment author', 'Comment from Emre Kaplanoğlu: the cut-over can wait.', 'Emre Kaplanoğlu'),
];

/** The kinds of the probes found before the round's rules (measured on `b77ee71f`). */
export const foundBeforeRound52: ReadonlySet<string> = new Set<string>([
  'de: a sign-off label after a thanks, the thanked',
  'a co-author trailer quoted in prose',
  'a reviewed-by trailer of a handle in prose',
  'a trailer in a code span in prose',
  'a git log author line',
  'an on-call handoff table of full names',
  'a handoff line in prose',
  'de: a handoff line',
  'ru: a person in charge',
  'ja: a person in charge',
  'zh: an on-call person',
  'ko: a person in charge',
  'a PagerDuty CSV export of the acknowledger',
  'a PagerDuty notification in prose',
  'an Opsgenie alert JSON of its owner',
  'an Opsgenie alert log of an acknowledgement',
  'an Opsgenie responders JSON',
  'a Jira assignee column of handles',
  'a Jira assignee column of full names',
  'a GitHub issue list of assignees',
  'a Sentry issue assigned to a person',
  'a mention in Han letters',
  'a mention in Greek letters',
  'a mention in Arabic letters',
  'a mention in Thai letters',
  'a Cyrillic mention with a dot',
  "an internal host in a URL's query",
  "an internal address in a URL's query",
  'an internal host in a redirect parameter',
  'a user id of an email shape in a log line',
  'a user key of a handle in a log line',
  'an LDAP distinguished name',
  'an Active Directory common name',
  'a kubectl contexts listing',
  'a kubectx listing of a person',
  'a shell prompt in brackets',
  'a shell prompt in prose',
  'a process owner in ps output',
  'a database login on a command line',
  'a last login line',
  'a Confluence page byline',
  'a status page update author',
  'a document comment author',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound52: ReadonlySet<string> = new Set<string>([]);

/** Probes in the public frontmatter fields: the field, its text, the leak (each published on `b77ee71f`). */
export const fieldProbesRound52: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'Pager escalated to level 1 (tbreckan) twice', 'tbreckan'],
  ['summary', 'Merci à Kervarec ; validé par Le Brizennec.', 'Le Brizennec'],
  ['timeline', 'Authorized to kvorlander, then the replica went read-only', 'kvorlander'],
  ['action', 'Read https://maritoberland.com/posts/retries/ and cap the retries', 'maritoberland'],
];

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound52: readonly (readonly [string, string])[] = [
  ['an organisation site of a given name and a word', 'The tiles come from https://www.openstreetmap.org/ as before.'],
  ['de: a sign-off of a role after a thanks', 'Danke an das SRE-Team, Freigabe: Teamleitung'],
  ['a trailer of a bot in prose', 'The bump came with Co-authored-by: dependabot[bot] as usual.'],
  ['an on-call table of roles', '| Shift | Outgoing | Incoming |\n| --- | --- | --- |\n| Mon 09:00 | primary | secondary |'],
  ['a firewall table of incoming and outgoing rules', '| Port | Incoming | Outgoing |\n| --- | --- | --- |\n| 5432 | vpnonly | allowed |'],
  ['a tracker assignee column unassigned', '| Task | Assignee |\n| --- | --- |\n| Rotate keys | Unassigned |'],
  ['a public host in a URL query', 'See https://www.google.com/search?q=site:example.com+retry.'],
  ['a shell prompt of a system account', '```\nroot@localhost:~# uptime\n```'],
  ['a shell prompt of a cloud image account', '```\nubuntu@ip-10-0-0-1:~$ sudo reboot\n```'],
  ['a sign-off of a team after a comma', 'The change was approved, cc: the payments team.'],
  ['fr: an on-call of a team', "Astreinte : l'équipe SRE, puis la direction technique."],
  ['an OpenVPN line of a system client', '```\nopenvpn[42]: 203.0.113.9:51234 TLS: Initial packet\n```'],
  ['a listing of a service account', '```\ndrwxr-xr-x 2 www-data www-data 4096 Mar  2 03:12 uploads\n```'],
  ['a company site of a given name and words', 'See https://www.annapurnalabs.com/ for the board.'],
  ['a shell prompt of a placeholder', '```\nuser@host:~$ ssh -J bastion db01\n```'],
  ['a file owner that is a system account', '```\n-rw-r--r-- 1 root root 1.2K Mar  2 03:12 resolv.conf\n```'],
  ['an escalation to a team', '```\n03:12 Escalated to Level 2: Database On-Call (via SMS)\n```'],
  ['a mention of a team in Han letters', '请 @运维团队 确认。'],
  ['a database login of a service account', 'The job connects with `psql -U postgres -h db01 ledger`.'],
];
