/**
 * The probe round 38's leaks (docs/redaction.md, "Probe round 38"): what round 37 left in
 * "Limits" (a Japanese name joined to a long word in a heading, a Korean given name without a
 * particle, "once X managed to fix it", towns that are English words and countries used as code
 * names) and shapes read in real reports of `/work/corpora` that no round had written: names as
 * the subject of ordinary verbs, after "per", "cc", "ping", "h/t" and "kudos", in chat lines with
 * timestamps, in commit trailers and ticket assignee columns, mail addresses written out in words,
 * internal hosts with ports and in URLs, address ranges with their hosts' roles, Kubernetes
 * resource paths, internal packages, Terraform addresses, Vault paths, and the same facts in
 * Dutch, Italian, Polish, Russian and Turkish sentences. Text of our own writing; no list knows any
 * name. Probes marked `org` are judged with the organisation `acme`.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound38: readonly LeakProbeWithOrganisation[] = [
  // What round 37 left in "Limits".
  p('a Japanese name joined to a long word in a heading', '## 鳴海プロジェクト移行の振り返り', '鳴海'),
  p('a Korean given name without a particle', '민재 확인 후 재시작 완료', '민재'),
  p('a name as a clause subject before "managed to fix"', 'The queue drained once Tavish managed to fix it.', 'Tavish'),
  p('a town that is an English word used as a code name', 'We drained the Dover cluster at 04:00.', 'Dover'),
  p('a town that is an English word before "database"', 'Writes to the Reading database stalled for ten minutes.', 'Reading'),
  p('a country used as a code name', 'The Malta cluster lost quorum at 02:14.', 'Malta'),

  // Names as the subject of ordinary verbs.
  p('a name noticing something', 'Tavish noticed the replica lag at 03:10.', 'Tavish'),
  p('a name writing the migration', 'Oriana wrote the migration that dropped the index.', 'Oriana'),
  p('a name paging a team', 'At 03:20 Bettina paged the database team.', 'Bettina'),
  p('a name confirming the fix', 'Morvan confirmed the fix at 05:02.', 'Morvan'),
  p('a name opening a sentence with "then"', 'Then Tavish bumped the pool size to 200.', 'Tavish'),
  p('a name and an ordinary verb in a timeline row', '| 03:14 | Oriana spotted the disk alert |', 'Oriana'),

  // Names after "per", "cc", "ping", "h/t" and "kudos".
  p('a name after "per"', 'Per Oriana, the cron job had run twice.', 'Oriana'),
  p('a possessive after "per"', "Per Tavish's notes, the cache was cold.", 'Tavish'),
  p('a name after "cc"', 'cc Bettina for the follow-up.', 'Bettina'),
  p('a name after "cc:"', 'cc: Tavish, Oriana', 'Oriana'),
  p('a name after "ping"', 'Ping Morvan if the lag comes back.', 'Morvan'),
  p('a name after "pinged"', 'We pinged Bettina at 03:40.', 'Bettina'),
  p('a name after "h/t"', 'h/t Oriana for the flame graph.', 'Oriana'),
  p('a name after "kudos" without "to"', 'Kudos Tavish, great catch on the retry loop.', 'Tavish'),

  // Chat lines with timestamps.
  p('a chat line with a timestamp in brackets', '[03:12] tavish: rolling back now', 'tavish'),
  // MDX needs a bracket that opens no tag escaped, so a pasted IRC line is written so in a post.
  p('an IRC chat line with the nick in escaped angle brackets', '03:12 \\<oriana> restarting the primary', 'oriana'),
  p('a quoted chat line with a bold speaker', '> **[03:14] Bettina:** failover done', 'Bettina'),
  p('a chat line of a date, a time and a nick in angle brackets', '[2024-05-01 03:12:44] \\<tavish> rolling back the deploy', 'tavish'),
  p('a chat line of a full name and a time', '> Tavish Okoro, 03:16: the queue is draining', 'Tavish Okoro'),

  // Commit trailers.
  p('a Co-authored-by trailer', 'Co-authored-by: Tavish Okoro \\<tavish@example.com>', 'Tavish Okoro'),
  p('a Reviewed-by trailer', 'Reviewed-by: Oriana Lefort', 'Oriana Lefort'),
  p('a Signed-off-by trailer', 'Signed-off-by: Bettina Kral \\<bk@example.org>', 'Bettina Kral'),
  p('a trailer in a code block', '```\nfix: drop the stale index\n\nCo-authored-by: Morvan Dril <morvan@example.net>\n```', 'Morvan Dril'),

  // Ticket assignee columns.
  p('an assignee column of a handle', '| Ticket | Summary | Assignee |\n|---|---|---|\n| OPS-1234 | Rotate the keys | tokoro |', 'tokoro'),
  p('an assignee column of a name', '| Key | Status | Assigned to |\n|---|---|---|\n| OPS-88 | Open | Bettina |', 'Bettina'),
  p('an "Assigned to" label', '**Assigned to:** Oriana Lefort', 'Oriana Lefort'),
  p('an "Assignee:" label in a list', '- Assignee: tokoro', 'tokoro'),

  // Mail addresses written out in words.
  p('a mail address written with at and dot', 'Write to tavish at acme dot io for access.', 'tavish'),
  p('a mail address written with [at] and [dot]', 'Contact: oriana [at] acme [dot] com', 'oriana'),
  p('a mail address written with (at)', 'Questions to bettina(at)acme.io please.', 'bettina'),
  p('a dotted mail address written with " at "', 'Send the logs to tavish.okoro at acme.io.', 'tavish.okoro'),

  // Internal hosts with ports and in URLs.
  p('a code-named host and port', 'The pool connected to kestrith-db-01:5432 directly.', 'kestrith-db-01'),
  p('a bare host and port in a code span', 'We pointed the app at `zarnith7:6379`.', 'zarnith7'),
  p('an internal URL with a port', 'The admin page at http://kestrith-admin:8080/queues was open.', 'kestrith-admin'),
  p('a URL of an internal dashboard host', 'See https://grafana.ops.acme-corp.net/d/x1/latency for the graph.', 'grafana.ops.acme-corp.net'),
  p('an IP address with a port in a URL', 'The stale target was http://10.20.4.17:9100/metrics.', '10.20.4.17'),
  p('a host with a port in a connection string', 'DATABASE_URL=postgres://app@ledger-primary:5432/ledger', 'ledger-primary'),

  // Address ranges and hosts' roles.
  p('an address range of a role', 'The payments subnet 10.42.0.0/16 was not routed.', '10.42.0.0/16'),
  p('a role before a private address', 'The database primary (10.4.2.11) stopped answering.', '10.4.2.11'),
  p('a table of hosts and addresses', '| Host | Address |\n|---|---|\n| bastion | 172.16.8.4 |', '172.16.8.4'),

  // Kubernetes resource paths.
  p('a deployment path of a code name', 'We ran `kubectl rollout restart deployment/kestrith-worker`.', 'kestrith-worker'),
  p('a statefulset path in prose', 'statefulset.apps/zarnith-db was stuck at 2/3 ready.', 'zarnith-db'),
  p('a pod path with a namespace flag', '`kubectl -n payments logs pod/morvish-api-7d9f`', 'morvish-api'),
  p('a ConfigMap path of a code name', 'We edited configmap/kestrith-flags by hand.', 'kestrith-flags'),
  p('a Helm release of a code name', 'The helm release kestrith-prod failed to upgrade.', 'kestrith-prod'),
  p('a service of a code name and a namespace', 'The svc/kestrith-gateway in namespace zarnith-prod had no endpoints.', 'zarnith-prod'),

  // Internal packages, Terraform and Vault.
  p('an internal npm package of the organisation', 'The bug was in `@acme-internal/billing-sdk` 2.3.1.', '@acme-internal/billing-sdk'),
  p('a scoped package of a code name', 'Upgrading @zarnith/ledger-client to 4.0 broke the retries.', '@zarnith/ledger-client'),
  p('a Terraform module address', 'The plan destroyed module.zarnith_vpc.aws_db_instance.primary.', 'zarnith_vpc'),
  p('a Terraform resource address', 'We imported aws_instance.kestrith_bastion by hand.', 'kestrith_bastion'),
  p('a Vault path of a code name', 'The credentials live at secret/data/zarnith/prod/db.', 'zarnith'),
  p('a Vault read command', '`vault kv get kv/kestrith/stripe-webhook`', 'kestrith'),

  // Dutch.
  p('a Dutch name restarting a service', 'Tavish heeft de service om 04:10 herstart.', 'Tavish'),
  p('Dutch thanks to a name', 'Met dank aan Oriana voor de snelle hulp.', 'Oriana'),
  p('a Dutch name rolling back', 'Bettina heeft de release teruggedraaid.', 'Bettina'),
  // Italian.
  p('an Italian name restarting a service', 'Tavish ha riavviato il servizio alle 04:10.', 'Tavish'),
  p('Italian thanks to a name', 'Grazie a Oriana per il supporto notturno.', 'Oriana'),
  p('Italian warm thanks to a name', 'Grazie mille a Bettina per la pazienza.', 'Bettina'),
  p('an Italian hand-off to a name', "L'incidente è stato passato a Bettina alle 08:00.", 'Bettina'),
  // Polish.
  p('a Polish name restarting a service', 'Tavish zrestartował usługę o 04:10.', 'Tavish'),
  p('a Polish hand-off to a name', 'Incydent przekazano Bettinie o 08:00.', 'Bettinie'),
  p('Polish thanks to a name', 'Podziękowania dla Oriany za pomoc.', 'Oriany'),
  // Russian.
  p('a Russian name restarting a service', 'Тавиш перезапустил сервис в 04:10.', 'Тавиш'),
  p('Russian thanks to a name', 'Спасибо Ориане за быструю помощь.', 'Ориане'),
  // Turkish.
  p('a Turkish name restarting a service', 'Tavish servisi 04:10 da yeniden başlattı.', 'Tavish'),
  p('Turkish thanks to a name', "Oriana'ya hızlı yardımı için teşekkürler.", 'Oriana'),
  p('a Turkish hand-off to a name', "Olay 08:00'de Bettina'ya devredildi.", 'Bettina'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedRound38: ReadonlySet<string> = new Set<string>([
  'a Japanese name joined to a long word in a heading',
  'a town that is an English word before "database"',
  // 'a scoped package of a code name': found since probe round 45.
]);

/** The probes found before this round's rules (measured on the commit before it, ab1c9fce). */
export const foundBeforeRound38: ReadonlySet<string> = new Set<string>([
  'a name noticing something',
  'a name writing the migration',
  'a name paging a team',
  'a name confirming the fix',
  'a name opening a sentence with "then"',
  'a name and an ordinary verb in a timeline row',
  'a name after "per"',
  'a possessive after "per"',
  'a name after "cc"',
  'a name after "cc:"',
  'a name after "pinged"',
  'a name after "h/t"',
  'a name after "kudos" without "to"',
  'a chat line with a timestamp in brackets',
  'a quoted chat line with a bold speaker',
  'a chat line of a full name and a time',
  'a Co-authored-by trailer',
  'a Reviewed-by trailer',
  'a Signed-off-by trailer',
  'a trailer in a code block',
  'an assignee column of a handle',
  'an assignee column of a name',
  'an "Assigned to" label',
  'an "Assignee:" label in a list',
  'a mail address written with at and dot',
  'a mail address written with [at] and [dot]',
  'a mail address written with (at)',
  'a dotted mail address written with " at "',
  'a code-named host and port',
  'an internal URL with a port',
  'a URL of an internal dashboard host',
  'an IP address with a port in a URL',
  'a host with a port in a connection string',
  'an address range of a role',
  'a role before a private address',
  'a table of hosts and addresses',
  'a deployment path of a code name',
  'a pod path with a namespace flag',
  'a service of a code name and a namespace',
  'an internal npm package of the organisation',
  'a Terraform module address',
  'a Terraform resource address',
  'a Vault path of a code name',
  'a Vault read command',
  'Dutch thanks to a name',
  'a Dutch name rolling back',
  'Italian thanks to a name',
  'a Russian name restarting a service',
  'Russian thanks to a name',
]);

/** Public text written the same way: no person, no internal system (dates, public products, companies, places, cited authors). */
export const notLeaksRound38: readonly (readonly [string, string])[] = [
  ['a status page after "per"', 'Per the AWS status page, us-east-1 recovered at 14:02 on 3 May 2025.'],
  ["a vendor's support pinged with a reason", 'Ping Google Cloud support if the quota runs out again.'],
  ["a vendor's support pinged", 'We pinged GitHub support about the outage on 4 June 2024.'],
  ['countries cloud regions are named after before "cluster"', 'The Germany cluster and the Canada cluster stayed healthy.'],
  ["a network vendor named after a country", 'The Aruba controller dropped the VLAN at 09:14.'],
  ['public places before a system noun', 'The Paris cluster and the Sydney database were fine.'],
  ['a country before a noun of no system', 'We moved the Malta office to the new VPN.'],
  ['a town opening a sentence about itself', 'Dover is a town in Kent, and its port was busy.'],
  ['a public product managing to do a system act', 'Kubernetes managed to reschedule the pods by 04:20.'],
  ["a public chart's StatefulSet path", 'statefulset.apps/prometheus-server stayed healthy throughout.'],
  ["a public component's ConfigMap path", 'configmap/kube-proxy was replaced by the EKS upgrade.'],
  ["a public chart's Helm release", 'The helm release ingress-nginx upgraded cleanly on 12 March 2025.'],
  ['public programs before their ports', 'Both redis:6379 and postgres:5432 answered from the bastion.'],
  ['a public scoped package', 'Upgrading @types/node to 22 broke the build.'],
  ['Dutch thanks to a company', 'Met dank aan Cloudflare voor de snelle hulp.'],
  ['a Dutch public product restarting a pod', 'Kubernetes heeft de pod om 04:10 herstart.'],
  ['an Italian company restarting instances', 'Amazon ha riavviato le istanze alle 04:10.'],
  ['an Italian hand-off to a public product', "L'incidente è stato passato a Kubernetes per il riavvio."],
  ['Polish thanks to a company', 'Podziękowania dla Microsoft za szybką pomoc.'],
  ['Turkish thanks to a company', "Google'a hızlı yardımı için teşekkürler."],
  ['a Turkish hand-off to a company', "Olay 08:00'de Cloudflare'e devredildi."],
  ['a Korean timeline line of a log check and a rollback', '- 03:10 로그 확인 후 롤백 진행'],
  ["a cited paper's author and year", 'See "Time, Clocks, and the Ordering of Events" (Lamport, 1978) for why clocks drift.'],
  ["a cited book's author in a possessive", 'Our approach follows Dekker\'s "The Field Guide to Understanding Human Error" (2014).'],
  ['authors cited with "et al."', 'See Lamport et al. (1982) on Byzantine faults.'],
];
