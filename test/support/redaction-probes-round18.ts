/**
 * The eighteenth probe round's leaks (docs/redaction.md, "Eighteenth probe round"): shapes real
 * postmortems by other organisations write that no earlier table held: Slack and Teams pastes
 * (Teams' "Surname, Given" sender), on-call hand-offs, PagerDuty and Opsgenie exports, Jira keys
 * with their assignees, `@handles` with a space (Teams mentions), e-mail signatures, more git
 * trailers, CODEOWNERS lines, runbook links carrying a name in their path or query, kubectl and
 * terraform output naming internal hosts and namespaces, names in tables, image alt text, link
 * titles, headings, footnote labels, MDX component props, names with particles, diacritics,
 * apostrophes and hyphens, initials, names in other scripts, internal hosts under unusual
 * suffixes, and one-word code names of internal systems. Text of our own writing; no list knows
 * any name. Probes marked `org` are judged with the organisation `acme` configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound18: readonly LeakProbeWithOrganisation[] = [
  // Slack and Teams pastes.
  p('a Teams paste with the sender as surname, given name', 'Sælid, Tormund 10:02 AM\nfailing over to the replica now', 'Sælid, Tormund'),
  p('a Teams paste with the sender in brackets after the time', '[10:02 AM] Vik, Jorunn\nthe replica is caught up', 'Jorunn'),
  p('a Teams mention of a full name with an at sign', 'Looping in @Tormund Sælid for the database side.', 'Tormund Sælid'),
  p('a Slack paste with the time in brackets after the name', 'Jorunn Vik [10:04 AM]\nack, on the bridge', 'Jorunn Vik'),
  p('a Slack huddle line', 'A huddle happened in #inc-4512 with Brynhild Ødegaard and 2 others.', 'Brynhild Ødegaard'),
  p('a Slack "joined the channel" event', 'tsaelid has joined the channel', 'tsaelid'),
  p('a Slack edited message with the handle', '**jvik** 10:06 AM (edited)\nrollback done', 'jvik'),

  // On-call hand-offs.
  p('an on-call hand-off with outgoing and incoming', 'Outgoing: Tormund / Incoming: Jorunn', 'Tormund'),
  p('a hand-off heading with an arrow between names', '## Handoff notes, week 48 (Tormund → Jorunn)', 'Tormund'),
  p('an on-call shift line naming who was on', 'On-call this week: Brynhild Ødegaard (primary), Eirik Håland-Moe (secondary).', 'Eirik Håland-Moe'),
  p('a rota line of handles after a day', 'Mon–Wed: tsaelid, Thu–Sun: jvik', 'tsaelid'),

  // PagerDuty and Opsgenie exports.
  p('a PagerDuty timeline "Resolved by" a handle', '```\n10:31:02 AM  Resolved by tsaelid\n```', 'tsaelid'),
  p('an Opsgenie "assigned the alert to" line', 'Jorunn Vik assigned the alert to Eirik Håland-Moe', 'Eirik Håland-Moe'),
  p('an Opsgenie alert owner field', 'Owner: Brynhild Ødegaard · Status: Closed', 'Brynhild Ødegaard'),
  p('a PagerDuty "reassigned to" line', 'Incident #4512 reassigned to Jorunn Vik by escalation.', 'Jorunn Vik'),
  p('an Opsgenie "took ownership" line', 'tsaelid took ownership of alert #8812', 'tsaelid'),

  // Jira keys with assignees.
  p('a Jira key with its assignee in brackets', 'Follow-up tracked in LEDG-812 (assignee: tsaelid).', 'tsaelid'),
  p('a Jira issue line with a middle dot and a full name', 'LEDG-812 · Rotate the ledger keys · Jorunn Vik · In Progress', 'Jorunn Vik'),
  p('a Jira key with a mention after a dash', '- [LEDG-813] Add a lag alert — @jorunn.vik', 'jorunn.vik'),
  p('a table of Jira keys with an owner handle column', '| Ticket | Owner |\n| --- | --- |\n| LEDG-812 | tsaelid |', 'tsaelid'),

  // E-mail signatures.
  p('an e-mail signature after the dashes', 'We will send the full report next week.\n\n--\nTormund Sælid\nStaff SRE, Ledger', 'Tormund Sælid'),
  p('a closing with initials and a surname', 'Best regards,\nJ. Vik', 'J. Vik'),
  p('a signature with a job title line', 'Kind regards,\n\nBrynhild Ødegaard | Head of Reliability', 'Brynhild Ødegaard'),

  // Git trailers.
  p('an Acked-by trailer', '```\nAcked-by: Tormund Sælid <ts@example.com>\n```', 'Tormund Sælid'),
  p('a Tested-by trailer in prose', 'Tested-by: Jorunn Vik', 'Jorunn Vik'),
  p('a Suggested-by trailer', 'Suggested-by: Eirik Håland-Moe', 'Eirik Håland-Moe'),
  p('a Helped-by trailer with a handle', 'Helped-by: tsaelid', 'tsaelid'),
  p('an Approved-by line with a full name', 'Approved-by: Brynhild Ødegaard', 'Brynhild Ødegaard'),

  // CODEOWNERS lines.
  p('a CODEOWNERS line in prose with handles', 'The owners line is `/ledger/ @tsaelid @jvik`.', 'tsaelid'),

  // Runbook links carrying names.
  p('a runbook link with a name in its path', 'See [the runbook](https://wiki.example.com/runbooks/tormund-saelid/ledger-failover).', 'tormund-saelid'),
  p("a link with an owner in the query", 'The [dashboard](https://grafana.example.com/d/lag?owner=tsaelid) shows it.', 'tsaelid'),
  p('a Notion page slug with a full name', 'Notes are in [Notion](https://www.notion.so/Jorunn-Vik-incident-notes-1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d).', 'Jorunn-Vik'),
  p("a link to a personal page under a tilde", 'Background in [this page](https://people.example.com/~tsaelid/ledger.html).', 'tsaelid'),

  // kubectl and terraform output.
  p('kubectl get pods with an internal node', '```\nNAME                      READY   STATUS    NODE\nledger-7d9f-abc           1/1     Running   worker-07.ledger.corp\n```', 'worker-07.ledger.corp'),
  p('kubectl get ns listing a namespace with an environment', '```\n$ kubectl get ns\nNAME               STATUS   AGE\nzarnith-prod       Active   412d\n```', 'zarnith-prod'),
  p('terraform plan naming an internal database identifier', '```\n  # aws_db_instance.ledger will be updated in-place\n      identifier = "zarnith-ledger-prod"\n```', 'zarnith-ledger-prod'),
  p('terraform refreshing a module named after a code name', '```\nmodule.quellspire.aws_instance.worker[0]: Refreshing state... [id=i-0abc123]\n```', 'quellspire'),
  p('kubectl describe naming the namespace', '```\nName:         ledger-writer-7d9f\nNamespace:    quellspire-staging\n```', 'quellspire-staging'),

  // Tables, alt text, link titles, headings, footnotes.
  p('a table of who did what with a handle in the middle column', '| Time | Who | What |\n| --- | --- | --- |\n| 10:02 | jvik | failed over |', 'jvik'),
  p("an image's alt text naming whose terminal it is", "![Tormund's terminal during the failover](/img/term.png)", 'Tormund'),
  p("a link title naming who took the screenshot", 'The [graph](/img/lag.png "screenshot: Jorunn Vik") shows the lag.', 'Jorunn Vik'),
  p('a heading naming who investigated', "### Eirik's investigation\n\nThe replica was behind.", 'Eirik'),
  p('a footnote label with a name', 'The failover was manual.[^jorunn]\n\n[^jorunn]: From the bridge notes.', 'jorunn'),

  // MDX component props.
  p('an MDX component prop naming the author', '<Callout author="Tormund Sælid">Restarting the primary fixed it.</Callout>', 'Tormund Sælid'),
  p('an MDX quote component naming the speaker', '<Quote by="Jorunn Vik">We should have paged earlier.</Quote>', 'Jorunn Vik'),
  p('an MDX figure caption prop with a possessive', '<Figure src="/img/lag.png" caption="Eirik\'s graph of the lag" />', 'Eirik'),

  // Names with particles, diacritics, apostrophes and hyphens.
  p('an Irish name with a fada and an apostrophe acting', "Siobhán O'Donnell restarted the primary at 10:04.", "Siobhán O'Donnell"),
  p('a French name with a hyphen and an elided particle', "Thanks to Jean-Baptiste d'Aubigny for the rollback.", "Jean-Baptiste d'Aubigny"),
  p('an Irish name with an Ó particle', 'Dónal Ó Ceallaigh paged the database team.', 'Dónal Ó Ceallaigh'),
  p('a Vietnamese name with tone marks', 'Nguyễn Thị Hằng confirmed the lag had cleared.', 'Nguyễn Thị Hằng'),
  p('an Arabic name with a particle', 'Thanks to Yusuf ibn Rashid for the quick rollback.', 'Yusuf ibn Rashid'),

  // Initials.
  p('an initial and a surname acting', 'J. Vik failed over to the replica at 10:05.', 'J. Vik'),
  p('two pairs of initials pairing on the fix', 'TS and JV paired on the fix.', 'TS'),
  p('initials with dots acting', 'At 10:07 T.S. rolled back the release.', 'T.S.'),

  // Names in other scripts.
  p('a name in Cyrillic thanked', 'Thanks to Тормунд for the rollback.', 'Тормунд'),
  p('a name in Japanese as a speaker', '山田太郎: restarting the primary', '山田太郎'),

  // Internal hosts under unusual suffixes.
  p('a host under .int', 'The exporter on ledger-db-07.acme.int stopped.', 'ledger-db-07.acme.int'),
  p('a host under .intranet', 'The report came from https://status.acme.intranet/ledger.', 'status.acme.intranet'),
  p('a host under .private', 'We moved the queue to mq-02.ledger.private yesterday.', 'mq-02.ledger.private'),
  p("a Kubernetes service's short DNS name under .svc", 'Clients called `ledger-writer.payments.svc:8080` directly.', 'ledger-writer.payments.svc'),
  p('a host under .intra in prose', 'The backup host backup-01.intra ran out of disk.', 'backup-01.intra'),
  p('a host under .priv in a URL', 'See http://grafana.ops.priv/d/lag for the graph.', 'grafana.ops.priv'),

  // One-word code names of internal systems.
  p('a code name after "our" before a system noun', 'Our Zarnith service timed out when the replica fell behind.', 'Zarnith'),
  p('a code name after "internal" before a system noun', 'The internal Quellspire pipeline retried every batch twice.', 'Quellspire'),
  p('a code name in apposition to an internal system', 'Brannoch, our ledger reconciliation service, fell behind at 10:02.', 'Brannoch'),
  p('a code name the post shows in a lower-case identifier too', 'The Zarnith service timed out.\n\n```\nzarnith-writer-7d9f   0/1   CrashLoopBackOff\n```', 'Zarnith'),
  p('a code name as "our in-house" tool', 'Deploys go through Varrowind, our in-house deploy tool.', 'Varrowind'),
  // More of the same places, written otherwise.
  p('an Outlook From header with the surname first', '```\nFrom: "Sælid, Tormund" <t.saelid@example.com>\nSent: Wednesday, December 2, 2026 10:02 AM\n```', 'Sælid, Tormund'),
  p('a Teams attendance export', '```\nFull Name\tUser Action\tTimestamp\nTormund Sælid\tJoined\t12/2/26, 10:02:11 AM\n```', 'Tormund Sælid'),
  p('kubectl config get-contexts with a user column', '```\nCURRENT   NAME          CLUSTER       AUTHINFO   NAMESPACE\n*         ledger-prod   ledger-prod   tsaelid    payments\n```', 'tsaelid'),
  p('a recording started by a handle', 'Recording started by tsaelid at 10:03.', 'tsaelid'),
  p('a Grafana annotation by a handle', 'Annotation by tsaelid: failover started', 'tsaelid'),
  p('a status update posted by a first name on behalf of a team', 'Posted by Tormund on behalf of the SRE team.', 'Tormund'),
  p('initials in brackets after a first name', 'Jorunn (JV) took the comms role at 10:05.', 'Jorunn'),
  p('a capital elided particle in a name acting', "D'Angelo Ferreira restarted the primary.", "D'Angelo Ferreira"),
  p('a Korean name acting', '김민수 restarted the primary.', '김민수'),
  p('an internal tool "called" a code name', 'We route deploys through an internal tool called Varrowind.', 'Varrowind'),
  p('a code name "we call"', 'The scheduler, which we call Quellspire, skipped a run.', 'Quellspire'),
  p('a code name marked internal in brackets', 'Zarnith (internal) returned 503s for ten minutes.', 'Zarnith'),
];

/** The probes still published after this round's rules: docs/redaction.md, "Limits". */
export const stillPublishedRound18: ReadonlySet<string> = new Set<string>([
  // The three left here are found since the nineteenth probe round (redaction-probes-round19.ts).
]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound18: ReadonlySet<string> = new Set<string>([
  "a Teams mention of a full name with an at sign",
  "a Slack paste with the time in brackets after the name",
  "a Slack huddle line",
  "an on-call shift line naming who was on",
  "an Opsgenie \"assigned the alert to\" line",
  "an Opsgenie alert owner field",
  "a PagerDuty \"reassigned to\" line",
  "a Jira key with its assignee in brackets",
  "a Jira issue line with a middle dot and a full name",
  "a Jira key with a mention after a dash",
  "a table of Jira keys with an owner handle column",
  "an e-mail signature after the dashes",
  "a signature with a job title line",
  "an Acked-by trailer",
  "a Tested-by trailer in prose",
  "a Suggested-by trailer",
  "a Helped-by trailer with a handle",
  "an Approved-by line with a full name",
  "a CODEOWNERS line in prose with handles",
  "a link with an owner in the query",
  "a link to a personal page under a tilde",
  "kubectl get pods with an internal node",
  "kubectl get ns listing a namespace with an environment",
  "terraform plan naming an internal database identifier",
  "kubectl describe naming the namespace",
  "a table of who did what with a handle in the middle column",
  "an image's alt text naming whose terminal it is",
  "a link title naming who took the screenshot",
  "an MDX component prop naming the author",
  "an MDX quote component naming the speaker",
  "an Irish name with a fada and an apostrophe acting",
  "a Vietnamese name with tone marks",
  "an Arabic name with a particle",
  "a name in Cyrillic thanked",
  "a name in Japanese as a speaker",
  "a host under .intranet",
  "a host under .private",
  "a Kubernetes service's short DNS name under .svc",
  "a host under .intra in prose",
  "a host under .priv in a URL",
  "an Outlook From header with the surname first",
  "a recording started by a handle",
  "a status update posted by a first name on behalf of a team",
  "initials in brackets after a first name",
  "a Korean name acting",
  "a Teams paste with the sender in brackets after the time",
]);
