/**
 * The probe round 37's leaks (docs/redaction.md, "Probe round 37"): what round 36 left in
 * "Limits" (a coined word opening or closing an image's file name, a place used as a system's code
 * name, a Japanese name joined to a long word in a heading, a Korean given name without a particle,
 * a possessive of an unknown name before a noun outside the lists, a table of systems whose header
 * is no system's noun, `name@` and its fix) and shapes read in real reports of `/work/corpora`
 * (on-call hand-offs, @-mentions in quotations, initials in brackets, acknowledgements, follow-up
 * owners in tables of other languages, accounts in paths, Kubernetes namespaces, internal DNS
 * names, buckets, dashboards' titles, chat channels, names in German, French, Spanish, Portuguese,
 * Japanese and Chinese sentences). Text of our own writing; no list knows any name. Probes marked
 * `org` are judged with the organisation `acme`.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound37: readonly LeakProbeWithOrganisation[] = [
  // What round 36 left in "Limits".
  p('one coined word opening an image file name', '![Queue depth at 04:10](./img/morvish-queue-depth.png)', 'morvish'),
  p('two coined words closing an image file name', '![Rack 14](./img/rack-swap-morvish-tallec.jpg)', 'morvish-tallec'),
  p('a place used as a code name before "cluster"', 'We drained the Grimsby cluster at 04:00.', 'Grimsby'),
  p('a Japanese name joined to a long word in a heading', '## 霧島プロジェクトの振り返り', '霧島'),
  p('a Korean given name without a particle', '서연 확인 후 롤백 진행', '서연'),
  p('a possessive of an unknown name before a noun outside the lists', "Tavish's idea held up under load.", 'Tavish'),
  p('a table of systems under a header of no system noun', '| Name | State |\n|---|---|\n| Kestrith | degraded |', 'Kestrith'),
  p('an internal mail of a dotted name', 'Send questions to faith.o@ before Friday.', 'faith.o'),

  // On-call hand-offs.
  p('a hand-off to a name', 'At 09:00 the incident was handed to Oriana for the day shift.', 'Oriana'),
  p('a hand-off of the pager', 'Tavish handed the pager to Bettina at 08:00.', 'Bettina'),
  p('a hand-off with "off"', 'Handed off to Oriana at shift change.', 'Oriana'),
  p('a hand-off line of a timeline', '- 08:00 handover to Bettina (EU shift)', 'Bettina'),
  p('a name taking over incident command', 'Oriana took over as incident commander at 09:10.', 'Oriana'),
  p('a name who managed to fix it', 'The fix was fast once Tavish managed to sit down with the logs.', 'Tavish'),

  // @-mentions and initials.
  p('an @-mention in a quoted chat line', '> @oriana can you check the replica lag?', 'oriana'),
  p('an @-mention inside a quotation in prose', 'The first page read "@tavishk please roll back".', 'tavishk'),
  p('an @-mention of a dotted handle', 'Escalated to @bettina.k at 03:12.', 'bettina.k'),
  p('initials in brackets after an act', 'The replica was promoted at 04:10 (JD).', 'JD'),
  p('initials in brackets after a follow-up', '- Add an alert on replica lag (TK)', 'TK'),
  p('two sets of initials in brackets after a follow-up', '- Rotate the bucket keys (JD/TK)', 'TK'),

  // Acknowledgements.
  p('thanks to two names', 'Thanks to Oriana and Bettina for staying late.', 'Bettina'),
  p('special thanks to a full name', 'Special thanks to Tavish Okoro for the root cause.', 'Tavish Okoro'),
  p('kudos to a name', 'Kudos to Oriana for spotting the cron drift.', 'Oriana'),
  p('a shout-out to a name', 'Shout-out to Bettina, who found the bad config.', 'Bettina'),
  p('an acknowledgements list item', '## Acknowledgements\n\n- Tavish Okoro', 'Tavish Okoro'),
  p('gratitude to a name', 'We are grateful to Oriana for the quick rollback.', 'Oriana'),

  // Follow-up owners.
  p('a follow-up owner after an arrow', '- Add a disk alert → Oriana', 'Oriana'),
  p('a follow-up owner in brackets with "owner"', '- Rotate the bucket keys (owner: Bettina)', 'Bettina'),
  p('a follow-up owner of a French table', '| Mesure | Responsable | Échéance |\n|---|---|---|\n| Ajouter une alerte | Oriane Lefort | 2024-05-01 |', 'Oriane Lefort'),
  p('a follow-up owner of a Spanish table', '| Acción | Responsable |\n|---|---|\n| Rotar las claves | Tavish |', 'Tavish'),
  p('a follow-up owner of a Portuguese table', '| Ação | Responsável |\n|---|---|\n| Rotacionar as chaves | Bettina |', 'Bettina'),
  p('a follow-up owner of a German table', '| Maßnahme | Verantwortlich |\n|---|---|\n| Alarm anlegen | Tavish |', 'Tavish'),

  // Accounts in paths and links.
  p('a home directory in a code span', 'The script lived in `/home/tokoro/bin/rotate.sh`.', 'tokoro'),
  p('a macOS home directory', 'The key was copied from /Users/bettinak/.ssh/ by mistake.', 'bettinak'),
  p('a Windows user directory', 'The dump sat in `C:\\Users\\tokoro\\Downloads`.', 'tokoro'),
  p('a user scratch path on a shared disk', 'The export went to `/scratch/users/tokoro/dump.sql`.', 'tokoro'),
  p('a personal bucket of a handle', 'The dump was copied to `s3://tokoro-scratch/` for testing.', 'tokoro'),

  // Kubernetes namespaces and internal DNS names.
  p('a namespace of a code name in kubectl', '`kubectl -n kestrith-prod delete pod ledger-0`', 'kestrith-prod'),
  p('a namespace named in prose', 'Every pod in the zarnith namespace was evicted.', 'zarnith'),
  p('a cluster-local service name', 'The client called `ledger-api.zarnith.svc.cluster.local` directly.', 'ledger-api.zarnith'),
  p('a Consul service name', 'Lookups of `kestrith.service.consul` failed.', 'kestrith'),
  p('an internal subdomain of the organisation', 'Requests to ledger.int.acme.io timed out.', 'ledger.int.acme.io'),
  p('a data-centre host of the organisation', 'The host db01.ams3.acme-infra.net ran out of disk.', 'db01.ams3.acme-infra.net', true),

  // Buckets and storage.
  p('an S3 URL of the organisation', 'The backups in s3://acme-ledger-backups/ were intact.', 'acme-ledger-backups'),
  p('a bucket name in a code span', 'The `kestrith-exports` bucket was public for an hour.', 'kestrith-exports'),
  p('a GCS bucket of a code name', 'We restored from gs://zarnith-snapshots/2024-05-01.', 'zarnith-snapshots'),
  p('a virtual-hosted S3 address', 'The file was at https://acme-prod-dumps.s3.amazonaws.com/db.gz.', 'acme-prod-dumps'),

  // Dashboards' titles.
  p('a dashboard title in quotes', 'The "Kestrith Golden Signals" dashboard showed it first.', 'Kestrith'),
  p('a Grafana folder and dashboard path', 'See Grafana → Zarnith / Latency for the graph.', 'Zarnith'),
  p('a dashboard titled by a code name', 'The Kestrith Overview dashboard went red at 04:02.', 'Kestrith'),

  // Chat channels in other spellings.
  p('a Slack channel of a code name with its hash', 'We moved to #kestrith-war-room at 04:15.', 'kestrith-war-room'),
  p('a Teams channel of a code name', 'Updates went to the Zarnith On-Call channel in Teams.', 'Zarnith'),
  p('a channel name without its hash', 'The alert fired in the kestrith-alerts channel.', 'kestrith-alerts'),

  // German.
  p('a German name restarting a service', 'Tavish hat den Dienst um 04:10 neu gestartet.', 'Tavish'),
  p('German thanks to a name', 'Danke an Oriana für die schnelle Hilfe.', 'Oriana'),
  p('a German hand-off to a name', 'Übergabe an Bettina um 08:00.', 'Bettina'),
  p('a German owner column headed Zuständig', '| Maßnahme | Zuständig |\n|---|---|\n| Backups prüfen | Oriana |', 'Oriana'),
  // French.
  p('French thanks to a name', 'Merci à Oriana pour son aide pendant la nuit.', 'Oriana'),
  p('a French name restarting a service', 'Tavish a redémarré le service à 04h10.', 'Tavish'),
  p('a French hand-off to a name', "L'incident a été transmis à Bettina à 08h00.", 'Bettina'),
  // Spanish.
  p('Spanish thanks to a name', 'Gracias a Oriana por su ayuda.', 'Oriana'),
  p('a Spanish name restarting a service', 'Tavish reinició el servicio a las 04:10.', 'Tavish'),
  p('a Spanish hand-off to a name', 'El incidente fue traspasado a Oriana a las 08:00.', 'Oriana'),
  // Portuguese.
  p('Portuguese thanks to a name', 'Obrigado à Bettina pela ajuda.', 'Bettina'),
  p('a Portuguese name restarting a service', 'Oriana reiniciou o serviço às 04:10.', 'Oriana'),
  p('a Portuguese hand-off to a name', 'O incidente foi repassado para Tavish às 08:00.', 'Tavish'),
  p('a French on-call name', "Bettina était d'astreinte cette nuit-là.", 'Bettina'),
  // Japanese and Chinese.
  p('a Japanese hand-off to a name with an honorific', '霧島さんに引き継ぎました。', '霧島'),
  p('a Japanese Katakana name responding', 'オリアナが対応しました。', 'オリアナ'),
  p('a Chinese hand-off to a name', '交接给沐阳后继续排查。', '沐阳'),
  p('Chinese thanks to a name', '感谢子墨的协助。', '子墨'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedRound37: ReadonlySet<string> = new Set<string>([
  'a Japanese name joined to a long word in a heading',
  // 'a Korean given name without a particle' is found since probe round 38.
]);

/**
 * Found since leaks37b (docs/redaction.md, "Probe round 37"), still published after the round's
 * first rules: a place as a code name, "managed to" a person's act, a lower-case namespace, a
 * dashboard tool's folder path, a dashboard's and a channel's title.
 */
export const foundSinceLeaks37b: ReadonlySet<string> = new Set<string>([
  'a place used as a code name before "cluster"',
  'a name who managed to fix it',
  'a namespace named in prose',
  'a Grafana folder and dashboard path',
  'a dashboard titled by a code name',
  'a Teams channel of a code name',
]);

/** The probes found before this round's rules (measured on the commit before it, fc27af2a). */
export const foundBeforeRound37: ReadonlySet<string> = new Set<string>([
  'a possessive of an unknown name before a noun outside the lists',
  'a table of systems under a header of no system noun',
  'an internal mail of a dotted name',
  'a hand-off of the pager',
  'a hand-off with "off"',
  'a hand-off line of a timeline',
  'a name taking over incident command',
  'an @-mention in a quoted chat line',
  'an @-mention inside a quotation in prose',
  'an @-mention of a dotted handle',
  'thanks to two names',
  'special thanks to a full name',
  'kudos to a name',
  'a shout-out to a name',
  'an acknowledgements list item',
  'a follow-up owner in brackets with "owner"',
  'a follow-up owner of a French table',
  'a follow-up owner of a Portuguese table',
  'a home directory in a code span',
  'a macOS home directory',
  'a Windows user directory',
  'a personal bucket of a handle',
  'a namespace of a code name in kubectl',
  'a cluster-local service name',
  'a Consul service name',
  'an internal subdomain of the organisation',
  'a data-centre host of the organisation',
  'an S3 URL of the organisation',
  'a bucket name in a code span',
  'a GCS bucket of a code name',
  'a virtual-hosted S3 address',
  'a dashboard title in quotes',
  'a Slack channel of a code name with its hash',
  'a channel name without its hash',
  'German thanks to a name',
  'French thanks to a name',
  'a French hand-off to a name',
  'Spanish thanks to a name',
  'Portuguese thanks to a name',
  'a French on-call name',
  'a Japanese hand-off to a name with an honorific',
  'a Japanese Katakana name responding',
  'Chinese thanks to a name',
]);

/** Public text written the same way: no person, no internal system (dates, public products, companies, places). */
export const notLeaksRound37: readonly (readonly [string, string])[] = [
  ['gratitude to companies', 'We are grateful to Cloudflare and Fastly for their quick help on 3 May 2025.'],
  ['work handed to a department', 'The incident was handed to Legal on Monday.'],
  ['work handed over to a vendor', 'We handed the investigation over to Google on 12 March 2025.'],
  ['acronyms spelled out before their brackets', 'The recovery time objective (RTO) and the service level objective (SLO) were met.'],
  ['an acronym of a thing closing a follow-up', '- Put the API behind the load balancer (ELB)'],
  ['a time zone closing a sentence', 'Traffic moved to the Frankfurt region at 04:10 (UTC).'],
  ['an English word in capitals closing a follow-up', '- Tell customers the fix is live (ASAP)'],
  ['a public product after an arrow', '- Move the work queue → Kafka'],
  ['a German public product restarting a pod', 'Kubernetes hat den Pod um 04:10 neu gestartet.'],
  ['a German noun restarting on its own', 'Die Übergabe an das Team erfolgte am 12. März 2025 um 08:00.'],
  ['a French company restarting a service', 'Cloudflare a redémarré le service à 04h10.'],
  ['a Spanish company restarting instances', 'Amazon reinició las instancias en us-east-1 el 3 de mayo.'],
  ['a Portuguese service restarting in a city', 'O serviço reiniciou às 04:10 em São Paulo.'],
  ['a Chinese hand-off to the duty team', '交接给值班团队后继续排查。'],
  ['public products before a namespace, a bucket and a channel', 'The Kubernetes namespace, the Amazon S3 bucket and the Slack channel were fine.'],
  ["a public project's community channel", 'We reported it in the Quillon validator channel with the logs.'],
  ['a public image name of a product and words', '![Grafana memory panel](./img/grafana-memory-usage.png)'],
  ['an image name of English words', '![Queue depth](./img/queue-depth-at-peak.png)'],
  ['an API path of users', 'Every request to /api/v1/users/42 returned 500 until 04:10.'],
  ['a place and a date in German', 'Am 3. Mai 2025 fiel das Rechenzentrum in Frankfurt für zwei Stunden aus.'],
  // Near-misses of leaks37b's rules.
  ["a vendor's dashboard with a title word", 'The Grafana Overview dashboard showed the spike at 04:10 UTC.'],
  ["a public project's channel on its community Slack", 'Ask in #kubernetes-users on the Kubernetes Slack for help.'],
  ["a public project's room on a chat product", 'We posted the logs in the Quillon Discord channel.'],
  ["a cloud region's city before a cluster", 'We drained the Frankfurt cluster on 3 May 2025.'],
  ['namespaces named by English words', 'Every pod in the monitoring namespace and the default namespace restarted.'],
  ['a public database managing to reconnect', 'Postgres managed to reconnect at 04:10 without help.'],
  ["a vendor named after a country before a device's noun", 'The Aruba controller dropped every client at 04:10.'],
  ["public projects' namespaces", 'The binderhub namespace and the tigera namespace were fine.'],
];
