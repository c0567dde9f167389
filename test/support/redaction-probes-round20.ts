/**
 * The twentieth probe round's leaks (docs/redaction.md, "Twentieth probe round"): the two leaks
 * the nineteenth round left (a code name acting with no system's noun, a full name of everyday
 * words after a verb of meeting or talking), and places no earlier table held: follow-up owners,
 * timeline columns, chat actions, sources after "per" and "according to", names with Mc/Mac,
 * double-barrelled surnames, names in LaTeX, emoji shortcodes, description lists and gantt
 * charts, Windows and directory accounts (`ACME\user`, Kerberos principals, LDAP and certificate
 * subjects, GPG uids, UNC paths), stack traces naming internal hosts, cloud account ids and
 * projects, Sentry short ids, Jira's wiki-markup mentions, transliterated names. Text of our own
 * writing; no list knows any name. Probes marked `org` are judged with the organisation `acme`
 * configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound20: readonly LeakProbeWithOrganisation[] = [
  // What the nineteenth round left, and the same shapes around it.
  p('a code name acting with an outage verb and no system noun', 'Zarnith returned 503s for eleven minutes.', 'Zarnith'),
  p('a code name timing out with no system noun', 'At 10:02 Quorvane timed out on every write.', 'Quorvane'),
  p('a code name falling over, then named again', 'Brathmoor fell over at 10:02. We restarted Brathmoor at 10:09.', 'Brathmoor'),
  p('a code name restarted by us', 'We restarted Velkanor twice before the queue drained.', 'Velkanor'),
  p("a code name's possessive queue", "Ostravel's queue backed up behind the stuck consumer.", 'Ostravel'),
  p('a full name of everyday words after "met"', 'At 11:00 we met Will Price to plan the rollback.', 'Will Price'),
  p('a full name of everyday words after "called"', 'The on-call engineer called Rich Green at 03:12.', 'Rich Green'),
  p('a full name of everyday words joined by', 'She was joined by Grant Hill on the bridge.', 'Grant Hill'),
  p('a full name of everyday words with "and I"', 'Will Price and I paired on the failover.', 'Will Price'),
  p('a full name of everyday words after "according to"', 'According to Rich Green, the replica was healthy at 10:00.', 'Rich Green'),
  p('a given name of another language and a surname that is a word, paging', 'Sigrun Stone paged the DBA at 03:10.', 'Sigrun Stone'),
  p('a given name and a surname that is a word as incident commander', 'Ingvild Hale was the incident commander.', 'Ingvild Hale'),
  p('a code name that stopped responding after a time', '10:02 Kzelvarn stopped responding to health checks.', 'Kzelvarn'),
  p('a reminder set for a handle', '/remind @ingvildr to rotate the keys on Monday', 'ingvildr'),
  p('a scribe named on a label line', 'Scribe: Eskil', 'Eskil'),

  // Follow-ups and timelines.
  p('a follow-up with its owner in brackets', '- [ ] Alert on replica lag (owner: Ingvild)', 'Ingvild'),
  p('a follow-up with its owner after a dash', '- Add a runbook for the failover — Torbjørg Kvamme', 'Torbjørg Kvamme'),
  p('a follow-up table with an Assignee column', '| Action | Assignee | Due |\n| --- | --- | --- |\n| Alert on lag | Eskil Raknes | 2026-12-20 |', 'Eskil Raknes'),
  p('a timeline table with a Who column and a first name', '| Time | Who | What |\n| --- | --- | --- |\n| 10:04 | Ingvild | failed over the primary |', 'Ingvild'),
  p('a timeline line with the actor in square brackets', '- 10:04 [Eskil] restarted the writer', 'Eskil'),
  p('an IRC action line', '```\n* torbjorgk is restarting the writer\n```', 'torbjorgk'),
  p('a source after "per"', 'Per Ingvild, the lag began at 09:55.', 'Ingvild'),
  p('a source after "according to"', 'According to Eskil Raknes, the disk filled first.', 'Eskil Raknes'),
  p('a hat tip', 'The fix came from a hint in the logs (h/t Torbjørg).', 'Torbjørg'),
  p('a RACI line', 'RACI: R = Ingvild, A = Eskil', 'Ingvild'),

  // Names written in particular ways.
  p('a Mc surname with a given name acting', 'Caoimhe McAteer restarted the pool at 10:06.', 'Caoimhe McAteer'),
  p('a Mac surname with a space acting', 'Oisín Mac Giolla rolled the deploy back.', 'Oisín Mac Giolla'),
  p('a double-barrelled surname thanked', 'Thanks to Ingvild Raknes-Kvamme for the quick fix.', 'Ingvild Raknes-Kvamme'),
  p('a pinyin name acting', 'Zhang Weiming rolled back the config at 10:20.', 'Zhang Weiming'),
  p('a transliterated Hindi name thanked', 'Thanks to Priyanka Venkataraman for the rollback.', 'Priyanka Venkataraman'),
  p('a Chinese name in Han characters acting', '10:04 张伟明 restarted the primary.', '张伟明'),
  p('a Thai name thanked', 'Thanks to สมชาย ใจดี for the rollback.', 'สมชาย ใจดี'),
  p('a name in a LaTeX text command', '$$t_{\\text{ack}} = 4\\,\\text{min (Eskil Raknes)}$$', 'Eskil Raknes'),
  p('a name after an emoji shortcode acting', ':rotating_light: Torbjørg declared the incident at 10:01.', 'Torbjørg'),
  p('a custom emoji shortcode of a handle', 'The fix got a :ingvildr-approves: from the team.', 'ingvildr'),
  p('a description list naming the commander', '<dl><dt>Incident commander</dt><dd>Eskil Raknes</dd></dl>', 'Eskil Raknes'),
  p('a gantt section named after a person', '```mermaid\ngantt\n  section Ingvild\n  Failover :a1, 10:04, 6m\n```', 'Ingvild'),
  p('a Jira wiki-markup user mention', 'Asked [~ekraknes] to confirm the restore.', 'ekraknes'),
  p('a calendar invite organiser', 'Organizer: Torbjørg Kvamme', 'Torbjørg Kvamme'),
  p('an organiser of a review meeting in prose', 'The review was organised by Ingvild on Friday.', 'Ingvild'),

  // Directory accounts and keys.
  p('a Windows domain account', 'The job ran as ACME\\ekraknes until 10:30.', 'ekraknes'),
  p('a Kerberos principal', 'kinit failed for ikvamme@ACME.COM at 10:02.', 'ikvamme'),
  p('an LDAP DN of a person', 'The bind used uid=ekraknes,ou=people,dc=acme,dc=com.', 'ekraknes'),
  p('an LDAP DN with a full name', 'Access came from CN=Ingvild Raknes,OU=Ops,DC=acme,DC=com.', 'Ingvild Raknes'),
  p('a certificate subject naming a person', '```\nsubject=CN = Torbjørg Kvamme, O = Acme\n```', 'Torbjørg Kvamme'),
  p('a GPG key uid', '```\nuid           [ultimate] Eskil Raknes <eskil@example.com>\n```', 'Eskil Raknes'),
  p('a Windows user profile path in prose', 'The key sat in C:\\Users\\ikvamme\\Downloads for a week.', 'ikvamme'),
  p('a UNC path to a one-label file server', 'The runbook lives at \\\\FILESRV02\\ops$\\runbooks.', 'FILESRV02'),

  // Internal systems in logs and clouds.
  p('an internal host in a Java exception', '```\nCaused by: java.net.ConnectException: Connection refused: ledger-db-03.prod.acme.net/10.2.3.4:5432\n```', 'ledger-db-03.prod.acme.net'),
  p('an internal host in a Python traceback', '```\nurllib3.exceptions.MaxRetryError: HTTPConnectionPool(host=\'zarnith-api.svc.acme.net\', port=8080)\n```', 'zarnith-api.svc.acme.net', true),
  p('a private address and port in a dial error', '```\ndial tcp 172.20.14.9:5432: connect: connection refused\n```', '172.20.14.9'),
  p('an AWS account id in an ARN', 'The role arn:aws:iam::483920175526:role/ledger-deployer lost its policy.', '483920175526'),
  p('an AWS account id in prose', 'The snapshot was copied to account 483920175526 by mistake.', '483920175526'),
  p('a GCP project id of the organisation', 'The bucket belongs to the project acme-ledger-prod-4471.', 'acme-ledger-prod-4471'),
  p('an Azure subscription id', 'Subscription 3f6c2a91-7d4e-4b0a-9c1e-5a8b2d7e6f10 hit its quota.', '3f6c2a91-7d4e-4b0a-9c1e-5a8b2d7e6f10'),
  p('a Sentry short id', 'Sentry grouped the errors under ZARNITH-WRITER-3F.', 'ZARNITH-WRITER-3F'),
  p('a pod name of a code name in kubectl output', '```\nNAME                            READY   STATUS\nzarnith-writer-7d9f8c-x2kpl     0/1     CrashLoopBackOff\n```', 'zarnith-writer'),
  p('a ticket key in a branch name', 'The fix shipped from the branch fix/LEDG-4412-pool-size.', 'LEDG-4412'),
  p('a private channel with a lock emoji', 'We moved to 🔒ledger-war-room at 10:10.', 'ledger-war-room'),
  p('an internal registry with a port', 'The image was pulled from docker.acme-ops.net:5000/ledger:1.4.', 'docker.acme-ops.net', true),
];

/** The probes still published after this round's rules: docs/redaction.md, "Limits". */
export const stillPublishedRound20: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound20: ReadonlySet<string> = new Set<string>([
  "a full name of everyday words joined by",
  "a reminder set for a handle",
  "a scribe named on a label line",
  "a follow-up with its owner in brackets",
  "a follow-up with its owner after a dash",
  "a follow-up table with an Assignee column",
  "a timeline table with a Who column and a first name",
  "a source after \"per\"",
  "a source after \"according to\"",
  "a hat tip",
  "a Mac surname with a space acting",
  "a double-barrelled surname thanked",
  "a pinyin name acting",
  "a transliterated Hindi name thanked",
  "a Chinese name in Han characters acting",
  "a Thai name thanked",
  "a name in a LaTeX text command",
  "a description list naming the commander",
  "a Jira wiki-markup user mention",
  "a calendar invite organiser",
  "a Windows domain account",
  "a Kerberos principal",
  "an LDAP DN of a person",
  "an LDAP DN with a full name",
  "a GPG key uid",
  "a Windows user profile path in prose",
  "a UNC path to a one-label file server",
  "an internal host in a Java exception",
  "an internal host in a Python traceback",
  "a private address and port in a dial error",
  "an AWS account id in an ARN",
  "an AWS account id in prose",
  "a GCP project id of the organisation",
  "an Azure subscription id",
  "a Sentry short id",
  "a pod name of a code name in kubectl output",
  "a ticket key in a branch name",
]);
