/**
 * The probe round 36's leaks (docs/redaction.md, "Probe round 36"): what round 34 and 35 left in
 * "Limits" (a given name that is a word in a relative clause or a possessive, a machine of one
 * coined word after a preposition, a code name before a role word the list lacks, a runbook's
 * title opening with a procedure word before a system's name, one coined word opening a file's
 * name; a Japanese bare name doing nothing the lists name, a Chinese given name not on the list,
 * a Korean given name without a particle) and shapes found in real reports of `/work/corpora`
 * (a timeline whose time stands on its own line above the act, a possessive before a number or a
 * limit, "the stress test X did", a full name after "The", names joined by a slash or a plus,
 * internal mail written as `name@`, a Jira key with a name in brackets, hosts in code spans, table
 * cells, alt and link text, headings). Text of our own writing; no list knows any name. Probes
 * marked `org` are judged with the organisation `acme`.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound36: readonly LeakProbeWithOrganisation[] = [
  // What round 34 left in "Limits".
  p('a word given name in a relative clause', 'We checked the pods Faith restarted at 02:10 and they were healthy.', 'Faith'),
  p('a word given name in a relative clause after "that"', 'The hotfix that Hope deployed at 03:00 fixed the parser.', 'Hope'),
  p('a word given name in a relative clause before "did"', 'We think the crash came from the stress testing Grace did the day before.', 'Grace'),
  p('a word given name in a possessive before "fix"', "Faith's fix held through the morning peak.", 'Faith'),
  p('a word given name in a possessive before a limit', "Even Grace's raised memory limit was not enough for the hub pod.", 'Grace'),
  p('a word given name in a possessive before a number', "The pod went past Joy's 3GB limit within a minute.", 'Joy'),
  p('a word given name in a possessive opening a clause mid-line', "The pods came back, and Dawn's rollback held.", 'Dawn'),
  p('a coined machine after "on"', 'The backfill ran on Vader overnight.', 'Vader'),
  p('a coined machine after "onto"', 'We copied the dump onto Kestrith before the upgrade.', 'Kestrith'),
  p('a coined machine SSHed into', 'Angus SSHed into Dravnok and tailed the logs.', 'Dravnok'),
  p("a coined machine's possessive disk", "Kestrith's disk filled up at 04:12.", 'Kestrith'),
  p('a code name before -hub', 'Traffic to zarnith-hub dropped to zero at 14:05.', 'zarnith-hub'),
  p('a code name before -core', 'The trelvix-core pods restarted three times.', 'trelvix-core'),
  p('a code name before -engine', 'We paused quorvel-engine until the queue drained.', 'quorvel-engine'),
  p('a code name before -cache', 'Reads from velmora-cache timed out.', 'velmora-cache'),
  p('a runbook title of a procedure word and a system', 'We followed the Failover Ledger runbook step by step.', 'Ledger'),
  p('a playbook title of a procedure word and a code name', 'The Restore Zarnith playbook was out of date.', 'Zarnith'),
  p('one coined word opening an image file name', '![Queue depth at 04:10](./img/tiemoko-queue-depth.png)', 'tiemoko'),
  p('two coined words closing an image file name', '![Rack 14](./img/rack-swap-tiemoko-diarra.jpg)', 'tiemoko-diarra'),

  // What round 35 left in "Limits".
  p('a Japanese bare name seeing an error with も', '蓮見もエラーを確認していました。', '蓮見'),
  p('a Japanese bare name joined to a long word in a heading', '## 蓮見プロジェクトの振り返り', '蓮見'),
  p('a Japanese bare name reading a runbook', '霧島がランブックを読み直しました。', '霧島'),
  p('a Chinese given name not on the list opening a clause', '沐阳重启了服务。', '沐阳'),
  p('a Chinese given name not on the list rolling back', '子墨回滚了配置。', '子墨'),
  p('a Korean given name without a particle', '서연 확인 후 롤백 진행', '서연'),
  p('a Korean given name with a particle but no work', '도윤이 어제 휴가였습니다.', '도윤'),

  // Timelines as real reports write them (the time on its own line, the act below it).
  p('a present-tense act on the line below a bare time', '5:20 AM\nOriana increases the hub memory limit', 'Oriana'),
  p('two names discussing on the line below a time', '7:51\nOriana and Bettina discuss raising the pod memory limits', 'Bettina'),
  p('a name confirming below a dated time', 'July 23 4:10 AM\nTavish confirms peak of 235 users at 18:00 UTC', 'Tavish'),
  p('a name assessing the database', 'Tavish assesses the DB, with the following results', 'Tavish'),
  p('a timeline item of a name and a colon', '- 14:02 Faith: restarting the hub pod now', 'Faith'),
  p('a full name after "The" determining', 'The Oriel Bancroft determined that the two updates had breaking changes.', 'Oriel Bancroft'),
  p('a bold time and a name acting', '**05:05** Tavish declares an incident', 'Tavish'),

  // Possessives and relative clauses with names no dictionary knows.
  p('a possessive of an unknown name before a number', '(more than even Tavish’s 3GB increased limit)', 'Tavish'),
  p('a relative clause of an unknown name', 'the stress testing Tavish did the day before', 'Tavish'),
  p('a possessive in alt text before a panel', "![Oriana's Grafana panel of hub memory](./mem.png)", 'Oriana'),
  p('a possessive in link text before notes', '[Oriana’s notes from the call](https://docs.example.com/d/abc)', 'Oriana'),
  p('a possessive in a heading', "### Tavish's timeline", 'Tavish'),
  p('a name in a heading of what they saw', '## What Oriana saw at 05:05', 'Oriana'),

  // Names joined by marks, and talking to people.
  p('names joined by a slash to follow up', 'Tavish/Oriana to follow up with the vendor.', 'Oriana'),
  p('names joined by a plus pairing', 'Tavish + Oriana paired on the fix.', 'Tavish'),
  p('a name asked to check', 'We asked Tavish to check the replica lag.', 'Tavish'),
  p('a name spoken with', 'After speaking with Oriana we rolled back.', 'Oriana'),
  p("a name DM'd", "DM'd Tavish at 03:10 to confirm the rollback.", 'Tavish'),
  p('a name on call', 'Tavish was on call that night.', 'Tavish'),
  p('a name on vacation', 'Tavish was on vacation, so the alert sat for an hour.', 'Tavish'),
  p('a name in an owner cell with a question mark', 'Owner: TBD (Tavish?)', 'Tavish'),
  p("a possessive before a comment in a channel", "Per Oriana's comment in #inc-hub we bumped the limit.", 'Oriana'),

  // Mail, trackers and chat as people write them.
  p('an internal mail written as name@', 'Send questions to faith.o@ before Friday.', 'faith.o'),
  p('a handle@ to ask for access', 'Ask tavishk@ for access to the bucket.', 'tavishk'),
  p('a Jira key with a name in brackets', 'HUB-4121 (Tavish) tracks the follow-up.', 'Tavish'),
  p('a Jira key and an assignee after a dash', 'HUB-4122 – Oriana – add an alert on hub memory', 'Oriana'),
  p('a Slack-style quote with a dash and a name', '> we should just bump the limit — Bettina', 'Bettina'),
  p('a revert commit with a handle in brackets', '```\nRevert "bump hub memory" (tavishk)\n```', 'tavishk'),
  p('a GitHub event of a handle', '@tavish-k opened #6431 to raise the limits.', 'tavish-k'),

  // Internal systems as real reports write them.
  p('a code name before "cluster"', 'We drained the Grimsby cluster at 04:00.', 'Grimsby'),
  p('a code name with a number', 'We drained Skarvik-2 and moved the pods.', 'Skarvik-2'),
  p('a kube context of a code name in a code span', 'Switch to `prod-skarvik` and restart the hub.', 'prod-skarvik'),
  p('a host in a code span in prose', 'The alert named `kestrith-ci-02` first.', 'kestrith-ci-02'),
  p('a host and port in a log line', '```\nconnection refused: kestrith:5432\n```', 'kestrith'),
  p('a go link to an internal page', 'The steps are at go/ledger-failover.', 'go/ledger-failover'),
  p('a machine in brackets after a noun', 'The old CI box (Kestrith) ran out of disk.', 'Kestrith'),
  p('a coined machine as an object of rebooting', 'We rebooted Kestrith at 04:20 and the disk came back.', 'Kestrith'),
  p('a daemon of a code name in a code span', 'The `zarnithd` daemon leaked file handles.', 'zarnithd'),
  p('an internal host with a short domain in a code span', 'Run the script on `kestrith.iad` only.', 'kestrith.iad'),
  p('a code name in a table cell of systems', '| System | State |\n|---|---|\n| Kestrith | degraded |', 'Kestrith'),
  p('a code name before "service" in a heading', '## Zarnith service outage', 'Zarnith'),

  // The round's forms again with other words, written after the first fixes.
  p('a coined machine a job ran on, before a comma', 'The nightly export ran on Morvath, not on the usual runner.', 'Morvath'),
  p('an internal mail of a dotted name and "or"', 'Questions to dagny.r@ or the on-call engineer.', 'dagny.r'),
  p('a Jira key with a given name in brackets', 'ENG-77 (Ilsabet) owns the alert change.', 'Ilsabet'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedRound36: ReadonlySet<string> = new Set<string>([
  "one coined word opening an image file name",
  "two coined words closing an image file name",
  "a Japanese bare name joined to a long word in a heading",
  // 'a code name before "cluster"' ("the Grimsby cluster") is found since leaks37b (probe round 37),
  // 'a Korean given name without a particle' since probe round 38.
]);

/** The probes found before this round's rules (measured on the commit before it, 0ad6dd1a). */
export const foundBeforeRound36: ReadonlySet<string> = new Set<string>([
  'a word given name in a relative clause before "did"',
  "a word given name in a possessive before a limit",
  "a code name before -core",
  "a Chinese given name not on the list rolling back",
  "a present-tense act on the line below a bare time",
  "two names discussing on the line below a time",
  "a name confirming below a dated time",
  "a name assessing the database",
  "a bold time and a name acting",
  "a relative clause of an unknown name",
  "a possessive in link text before notes",
  "a name in a heading of what they saw",
  "a name asked to check",
  "a name spoken with",
  "a name DM'd",
  "a name on call",
  "a name on vacation",
  "a name in an owner cell with a question mark",
  "a possessive before a comment in a channel",
  "a handle@ to ask for access",
  "a Slack-style quote with a dash and a name",
  "a GitHub event of a handle",
  "a kube context of a code name in a code span",
  "a host in a code span in prose",
  "a go link to an internal page",
  "a coined machine as an object of rebooting",
  'an internal mail of a dotted name and "or"',
]);

/** Public text written the same way: no person, no internal system (dates, public products, companies, places). */
export const notLeaksRound36: readonly (readonly [string, string])[] = [
  ['a date and a public product', 'On 12 March 2025 we moved the shared home directories to Cloud Filestore.'],
  ["companies' possessives", "Cloudflare's dashboard showed the 522 errors, and Namecheap's support replied within an hour."],
  ['places and a region', 'Traffic from Frankfurt and São Paulo ran on the eu-west-1 replicas until Tuesday.'],
  ['a public platform a job ran on', 'The backfill ran on Kubernetes overnight and the dump was copied onto S3.'],
  ['a weekday after "ran on"', 'The job ran on Monday as planned.'],
  ['public tools before their ports', 'Redis listens on `localhost:6379` and Postgres on `postgres:5432`.'],
  ["procedures' titles", 'We followed the Database Primary Failover runbook and the Incident Response Process playbook.'],
  ['a tool in a relative clause', 'The hotfix that Heroku deployed at 03:00 fixed the parser.'],
  ['advisories with a severity', 'CVE-2024-1234 (Critical) and CVE-2024-5678 – Moderate – were patched in 2.4.1.'],
  ['a timeline line of an alert', '- 14:02 Alert: disk usage above 90%'],
  ["a public daemon in a code span", 'The `containerd` process restarted at 04:10.'],
  ['environments of public words', 'Switch to `prod-eu` or `staging-london` before running the script.'],
  ['public products in a column of systems', '| System | State |\n|---|---|\n| Kubernetes | degraded |\n| Postgres | healthy |'],
  ["a public Unix daemon", 'The `chronyd` daemon drifted and the `rsyslogd` process stalled.'],
  ["a company's possessive in a heading", "### Cloudflare's analysis"],
  ['a Chinese container restarting on its own', '容器重启了，应急重启后恢复。'],
  ['a Japanese tool detecting an error', '監視ツールがエラーを検知しました。'],
  ['a Japanese instruction to check a clause', '重要な情報が掲載されていることを確認してください。'],
  ['a Korean server under maintenance', '서버가 어제 점검 중이었습니다.'],
  ['a public project service of a role the round added', 'The jupyterhub and binderhub pods were fine, and so was the redis-cache.'],
];
