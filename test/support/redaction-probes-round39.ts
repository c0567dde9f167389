/**
 * The probe round 39's leaks (docs/redaction.md, "Probe round 39"): people and internal systems
 * written as three collections of other organisations' reports write theirs (mybinder.org's
 * incident reports, Kubernetes test-infra's postmortems, the MoJ cloud platform's incident log):
 * chat exports pasted with each message's header, review threads' approvals, bylines, on-call
 * handles and rotations, cron jobs, queues, alerts, metrics, paths and logins named after the
 * system, names in other scripts. Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound39: readonly LeakProbeWithOrganisation[] = [
  // A chat export pasted as copied: the speaker alone on a line with the message's time.
  p("a chat export's header in a quote", '>Tavish [8:27 AM]  \nIt is deploy time.', 'Tavish'),
  p("a chat export's header of a lower-case handle", '>orianav [9:03 AM]  \nrolling back now', 'orianav'),
  p("a chat export's header without a quote", 'Ysolde [10:02 PM]\nthe hub is back', 'Ysolde'),
  p("a chat export's header of a full name", 'Tavish Morvane [9:05 AM]  \nUnclear what happened.', 'Tavish Morvane'),
  p('a chat line after a time and a name', '[09:14] Hadric Solvane\nrestarted the proxy', 'Hadric Solvane'),
  p("a chat app's day and time after the name", 'Ysolde Parrin — Today at 09:14\nrestarting the workers', 'Ysolde Parrin'),
  p("a merge bot's warning naming who merged", '*Warning:* Tavish (@tavishm) manually merged 2 commit(s) into main', 'Tavish'),
  p('a mention in a chat of bold names', '@**Oriana Velk** can you look at the queue?', 'Oriana Velk'),
  p("a chat's user id, escaped for MDX", '\\<@U024BE7LH> rolled back the deploy', 'U024BE7LH'),
  p("a chat's user id with its label, escaped for MDX", '\\<@U024BE7LH|tavish> rolled back the deploy', 'tavish'),
  p('a chat id with its home server', 'Paged @orianav:matrix.example.org at 03:10.', 'orianav'),
  p("a review bot's assign command", '/assign @tavishm', 'tavishm'),
  p("a review bot's cc command", '/cc @orianav @hadrics', 'hadrics'),
  // Approvals and who opened or closed.
  p('an LGTM from a name', 'Merged with an LGTM from Brannoch.', 'Brannoch'),
  p('a +1 from a name', 'Shipped after a +1 from Corvel.', 'Corvel'),
  p('a sign-off from a name', 'Shipped with sign-off from Ysolde.', 'Ysolde'),
  p('an LGTM from a handle', 'LGTM from hadrics, merging.', 'hadrics'),
  p('opened by a handle', 'Opened by tavishm after the second page.', 'tavishm'),
  p('closed by a handle', 'Closed by hadrics once the queue drained.', 'hadrics'),
  p('approved by a handle', 'Approved by orianav at 09:12.', 'orianav'),
  // Bylines, fields and signatures.
  p('created by a reference link', 'Created By: [Tavish Morvane]  \nLast Modified: 2019-02-05', 'Tavish Morvane'),
  p("a reference link's definition to a profile", '[Tavish Morvane]: https://github.com/tavishm', 'Tavish Morvane'),
  p('created by a name and an address', 'Created By: Oriana Velk \\<oriana@example.org>', 'Oriana Velk'),
  p('last modified by', 'Last modified by Hadric Solvane on 2024-03-02.', 'Hadric Solvane'),
  p('an incident commander', 'Incident commander: Oriana Velk', 'Oriana Velk'),
  p('the scribe beside the commander', 'IC: Corvel Annick, scribe: Tavish Morvane', 'Tavish Morvane'),
  p('on call, primary and secondary', 'On-call: @tavishm (primary), @orianav (secondary)', 'orianav'),
  p('acknowledged by a name', 'Acknowledged by Hadric Solvane via the mobile app.', 'Hadric Solvane'),
  p('reported by a name', 'Reported by Ysolde Parrin in the support channel at 14:54.', 'Ysolde Parrin'),
  p("a mail's cc header", 'Cc: Brannoch Elsevane, Corvel Annick', 'Brannoch Elsevane'),
  p('a signature after two dashes', 'Thanks,\n--\nOriana Velk\nSite Reliability Engineer', 'Oriana Velk'),
  p('a co-author trailer', 'Co-authored-by: Hadric Solvane (hadric@example.org)', 'Hadric Solvane'),
  p('a handle pinging a handle', '@tavishm pinged @orianav to check on this.', 'orianav'),
  p("a timeline's bracketed time and a handle", '* [16:40] @hadrics rolled the proxy back', 'hadrics'),
  p('a merge commit from a branch of a handle', 'Merge pull request #441 from tavishm/fix-proxy', 'tavishm'),
  p("a notebook pod named after a user's repository", '`jupyter-tavishm-2dlab-2ddemo-6e8479` stayed in Pending.', 'tavishm'),
  // Names in other scripts.
  p('a Chinese on-duty label', '值班人：李明轩', '李明轩'),
  p('a Chinese name restarting a service', '王思远重启了服务。', '王思远'),
  p('a Chinese cc line', '抄送：赵一鸣、王思远', '王思远'),
  p('a Russian on-duty label', 'Дежурный: Иван Корнилов', 'Корнилов'),
  p('a Russian thanks in the dative', 'Спасибо Ивану Корнилову за быстрый откат.', 'Корнилову'),
  p('an Arabic engineer restarting a server', 'أعاد المهندس خالد تشغيل الخادم.', 'خالد'),
  p('a Hindi name restarting a server', 'राहुल ने सर्वर रीस्टार्ट किया।', 'राहुल'),
  p('a Korean assignee', '담당자: 김민재', '김민재'),
  // Internal systems named by their kind.
  p('a queue written bare', 'The kestrith-billing queue backed up.', 'kestrith-billing'),
  p('a cron job written bare', 'The nightly zarnith-reindex cron job ran twice.', 'zarnith-reindex'),
  p("a CI server's job written bare", 'The kestrith-nightly Jenkins job was disabled.', 'kestrith-nightly'),
  p('a DAG in a code span', 'The `zarnith_daily_export` DAG timed out.', 'zarnith_daily_export'),
  p('a flag in a code span', 'We turned off the `enable_zarnith_v2` flag.', 'enable_zarnith_v2'),
  p("an on-call tool's schedule", 'The Kestrith_Primary schedule had a gap.', 'Kestrith_Primary'),
  p('an on-call rotation written bare', 'The zarnith-primary rotation had nobody on it.', 'zarnith-primary'),
  p('a code name before a runbook', 'Follow the Zarnith failover runbook to drain it.', 'Zarnith'),
  p('a code name before an escalation policy', 'The Kestrith escalation policy paged the manager.', 'Kestrith'),
  p('a code name before a rotation', 'The Morlith rotation had a gap on Sunday.', 'Morlith'),
  p("a login's host in a code span", '`ssh ops@kestrith-web-3`', 'kestrith-web-3'),
  p("a login's host in a copy command", '```sh\nscp dump.sql root@zarnith:/tmp\n```', 'zarnith'),
  // What is named after a system the post names.
  p('an alert named after the system', 'The Zarnith service slowed down.\n\nThe `ZarnithHighLatency` alert fired.', 'ZarnithHighLatency'),
  p('an alert named after the system, in prose', 'The Zarnith service slowed down.\n\nZarnithHighLatency fired at 03:10.', 'ZarnithHighLatency'),
  p('a metric named after the system', 'The Kestrith service slowed down.\n\n`kestrith_requests_total` dropped to zero.', 'kestrith_requests_total'),
  p('a variable named after the system', 'The Zarnith service slowed down.\n\n`ZARNITH_DB_URL` pointed at the replica.', 'ZARNITH_DB_URL'),
  p("the system's folder in a path", 'The Zarnith service slowed down.\n\n`0 3 * * * /opt/zarnith/bin/reindex.sh`', 'zarnith'),
  p('the system beside a path of its folder', 'The Zarnith service slowed down.\n\n`0 3 * * * /opt/zarnith/bin/reindex.sh`', 'Zarnith'),
  p("a variables file of the system", 'The Kestrith service slowed down.\n\n`terraform apply -var-file vars/kestrith.tfvars`', 'kestrith'),
  p('the system beside a login to its machine', 'The Kestrith service slowed down.\n\n`ssh ops@kestrith-web-3`', 'Kestrith'),
  p('a worker named after the system, in prose', 'The Kestrith service slowed down.\n\nkestrith-sync stopped at 03:10.', 'kestrith-sync'),
  // Found before too: the machines, accounts and links the collections write.
  p("a node of a coined cluster", '`kubectl cordon gke-zarnith-prod-pool-1-8f3a2c1d-x7kq`', 'gke-zarnith-prod-pool-1-8f3a2c1d-x7kq'),
  p("an image of a cloud project", 'Failed to pull gcr.io/zarnith-prod/api:v3.', 'zarnith-prod'),
  p("a registry of an account's number", 'Pulled `123456789012.dkr.ecr.eu-west-2.amazonaws.com/zarnith-api:1.4`.', '123456789012'),
  p("a cluster's service address", 'Calls to `zarnith-admission.ingress-controllers.svc:443` timed out.', 'zarnith-admission'),
  p('a document link', 'Notes: https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit', '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'),
  p('a chat channel of a code name', 'Users reported it in #ask-zarnith at 14:54.', 'ask-zarnith'),
  // Left published, asserted as it is (docs/redaction.md, "Limits").
  p('an alert of a code name, no system named', 'ZarnithHighLatency fired at 03:10 and paged the on-call.', 'ZarnithHighLatency'),
  p('a metric of a code name, no system named', '`kestrith_requests_total` dropped to zero.', 'kestrith_requests_total'),
  p("a machine's folder, no system named", '`0 3 * * * /opt/zarnith/bin/reindex.sh`', 'zarnith'),
  p("a handle's branch in prose", 'The fix is on tavishm/fix-proxy until review.', 'tavishm'),
  p('a handle opening a line with a colon', 'hadrics: can you drain web-3?', 'hadrics'),
];

/** Still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound39: ReadonlySet<string> = new Set<string>([
  // 'an alert of a code name, no system named' is found since probe round 39b (coined-alert-names.ts).
  // 'a metric of a code name, no system named': found since probe round 45.
  "a machine's folder, no system named",
  // "a handle's branch in prose": found since probe round 44.
  'a handle opening a line with a colon',
]);

/** The probes found before this round's rules (measured on the commit before it, fa1232e9). */
export const foundBeforeRound39: ReadonlySet<string> = new Set<string>([
  "a chat export's header of a full name",
  "a chat line after a time and a name",
  "a chat app's day and time after the name",
  "a merge bot's warning naming who merged",
  "a mention in a chat of bold names",
  "a chat's user id, escaped for MDX",
  "a chat's user id with its label, escaped for MDX",
  "a chat id with its home server",
  "a review bot's assign command",
  "a review bot's cc command",
  "closed by a handle",
  "approved by a handle",
  "created by a reference link",
  "a reference link's definition to a profile",
  "created by a name and an address",
  "last modified by",
  "an incident commander",
  "the scribe beside the commander",
  "on call, primary and secondary",
  "acknowledged by a name",
  "reported by a name",
  "a mail's cc header",
  "a signature after two dashes",
  "a co-author trailer",
  "a handle pinging a handle",
  "a timeline's bracketed time and a handle",
  "a merge commit from a branch of a handle",
  "a notebook pod named after a user's repository",
  "a Chinese on-duty label",
  "a Chinese name restarting a service",
  "a Chinese cc line",
  "a Russian on-duty label",
  "a Russian thanks in the dative",
  "an Arabic engineer restarting a server",
  "a Hindi name restarting a server",
  "a Korean assignee",
  "a worker named after the system, in prose",
  "a node of a coined cluster",
  "an image of a cloud project",
  "a registry of an account's number",
  "a cluster's service address",
  "a document link",
  "a chat channel of a code name",
]);

/** Public text that must stay unflagged: bots, labels, public alerts, jobs, queues, logins and paths. */
export const notLeaksRound39: readonly (readonly [string, string])[] = [
  ["a merge bot's header", 'prow APP [9:12 AM]\nmerged 2 commits'],
  ["a note's label with a time", 'Update [9:05 AM]\nthe hub is back'],
  ['a sign-off from a department', 'Shipped with sign-off from Legal.'],
  ['a +1 from a team', 'Merged after a +1 from Security.'],
  ["an LGTM from a public product", 'Merged with an LGTM from Copilot.'],
  ['opened by a bot', 'Opened by dependabot after the advisory.'],
  ['closed by a bot', 'Closed by stale after 30 days.'],
  ["a public project's issue in short form", 'The Quorvane service failed; see `quorvane/quorvane#12`.'],
  ["a public project's issue link", 'The Quorvane service failed; see https://github.com/quorvane/quorvane/issues/12.'],
  ["a public program's path", 'The Nginx service failed.\n\n`/etc/nginx/nginx.conf` had a typo.'],
  ['a public alert', 'The `KubePodCrashLooping` alert fired.'],
  ['a public alert of an acronym', 'The `CPUThrottlingHigh` alert fired.'],
  ['a public alert of a product', 'The `AlertmanagerFailedReload` alert fired.'],
  ['a cron job of words', 'The `nightly-backup` cron job ran twice.'],
  ["a worker's default queue", 'The celery-default queue backed up.'],
  ['a flag of words', 'We flipped the `use_new_scheduler` flag.'],
  ["an example DAG", 'The `example_bash_operator` DAG failed.'],
  ['a rotation of a word', 'The weekly rotation had a gap.'],
  ["a public product's runbook", 'Follow the Kubernetes upgrade runbook.'],
  ["a vendor's escalation policy", 'The PagerDuty escalation policy paged the manager.'],
  ["a code host's login", '`git clone git@github.com:acme/x`'],
  ['a login to this machine', '`ssh ubuntu@localhost`'],
  ["a cloud image's user and a role", '`ssh ec2-user@bastion`'],
];
