/**
 * The probe round 59's leaks (docs/redaction.md, "Probe round 59"): what round 58 left (a service's
 * name signed only by another post: a repository path's first folder, a bare list, an environment
 * variable's peers, a Japanese mention; declined Russian given names in lower case; a person's
 * stand-in in a Russian line; a name written after a stand-in as its label), then shapes of the
 * reports read on this machine's collections: chat exports, on-call handoffs, Terraform, Kubernetes
 * and Helm output, Grafana and Alertmanager annotations, Sentry traces, SQL. Text of our own
 * writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound59: readonly LeakProbeWithOrganisation[] = [
  // What round 58 left: a service's name with no sign in its own sentence.
  p("a repository path's first folder of a process's name", 'The early return in `kestrin-backend/app/handlers/feed.go` skipped the cache.', 'kestrin-backend'),
  p("a path's first folder the post names in prose", 'The fix is in `brindle-creator/app/summarise.py`.\nAfter the deploy brindle-creator answered in 2 s.', 'brindle-creator'),
  p("a path's first folder after ./", 'Run `./brindle-creator/scripts/warm.sh` first; brindle-creator needs its cache.', 'brindle-creator'),
  p('a bare affected list beside a known service', 'affected: brindle-creator, sorrel-subworker', 'brindle-creator'),
  p("a Japanese list in brackets beside a known service", 'Go サービス（kestrin-backend / sorrel-hub / tarn-fetcher）を更新した。', 'tarn-fetcher'),
  p("a list joined by and beside a known service", 'Both tarn-fetcher and kestrin-backend were slow after 10:02.', 'tarn-fetcher'),
  p("an environment variable's name spelling the prose word", '```\nBRINDLE_CREATOR_URL=http://10.0.0.4:8080\n```\nThe timeouts came from brindle-creator.', 'brindle-creator'),
  p("an environment variable's list of peers", '```\nALLOWED_PEERS=${FEED_ALLOWED_PEERS:-sorrel-facade,kestrin-backend,tarn-fetcher}\n```', 'sorrel-facade'),
  p('ja: a mention before a particle and a layer noun', '→ brindle-creator の全レイヤーでタイムアウトを延ばした。', 'brindle-creator'),
  p('ja: a mention before its endpoint', 'tarn-fetcher のエンドポイントが 502 を返した。', 'tarn-fetcher'),
  p("a monorepo's service folder holding its own name", 'Code: `tarn-fetcher/tarn-fetcher/src/clients/tls.rs`', 'tarn-fetcher'),
  p("a variable's peers with no member signed elsewhere", '`PROXY_ALLOWED_PEERS=tarn-fetcher,sorrel-relay`', 'sorrel-relay'),
  p("a service before its language in brackets", '- brindle-creator (Python) — the summary calls doubled', 'brindle-creator'),
  p("a service before its API's path", 'Each cycle waited on brindle-creator `/v1/summary/generate` for 35 min.', 'brindle-creator'),
  p('ja: a service glued before a particle, signed elsewhere', 'sorrel-relay のエンドポイントが落ちた。\n前処理からsorrel-relayへのリクエストが重複した。', 'sorrel-relay'),
  p('a signed service before its port, in another line', 'We restarted tarn-fetcher at 10:02.\nThe BFF saw `tarn-fetcher:9443` refuse connections.', 'tarn-fetcher'),
  // What round 58 left: Russian names declined in lower case, a person's stand-in in Russian.
  p('ru: a lower-case dative full name', 'Смену в 03:00 передали ивану петрову, он откатил релиз.', 'ивану петрову'),
  p('ru: a lower-case instrumental full name', 'В 02:10 релиз откатывали вместе с петром сидоренко.', 'петром сидоренко'),
  p('ru: a lower-case genitive full name', 'В 03:12 пейджер разбудил только сергея кузнецова.', 'сергея кузнецова'),
  p('ru: a declined mention after a nominative one', 'Алерт пропустил сергей кузнецов, потом написали сергею кузнецову.', 'сергею кузнецову'),
  p('ru: a feminine instrumental full name', 'В 04:00 логи разбирали с ольгой тхоржевской до утра.', 'ольгой тхоржевской'),
  // What round 58 left: a name written after a stand-in as its label.
  p("a name after an internal system's phrase and a colon", 'We restarted an internal system: ledgerd at 10:02.', 'ledgerd'),
  p("a name after an internal host's phrase in brackets", 'The outage hit an internal host (quarrydb) first.', 'quarrydb'),
  p("a name after the Russian phrase and a colon", 'Перезапустили [внутренняя система]: ledgerd, очередь разгреблась.', 'ledgerd'),
  // Chat exports.
  p('a Slack export line of a full name', '```\n[2026-03-04 10:02] Teodor Quillane: rolling back now\n```', 'Teodor Quillane'),
  p('a Discord export of a handle', '```\ntquillane — Today at 10:02\nrolled back kestrin-backend\n```', 'tquillane'),
  p("a Teams export's speaker", '```\n[10:02 AM] Quillane, Teodor\nThe queue is draining.\n```', 'Teodor'),
  p('a Mattermost mention', 'Pinged @mireille.ashcombe in ~inc-ledger at 10:04.', 'mireille.ashcombe'),
  // On-call handoffs.
  p('an on-call handoff of a full name', '**Handoff**: from Teodor Quillane to Mireille Ashcombe at 08:00.', 'Mireille Ashcombe'),
  p("a handoff's open item of a service", '- Open: tarn-fetcher kept crash-looping overnight; check before 10:00.', 'tarn-fetcher'),
  p("a handoff's private host", '- Watch disk on ledger-db-07.corp, 91% at 07:40.', 'ledger-db-07.corp'),
  // Terraform, Kubernetes and Helm output.
  p("a Terraform plan's resource of the organisation's module", '```\n  # module.quarrystore.aws_db_instance.primary will be updated in-place\n```', 'quarrystore'),
  p("a Terraform plan's tag of a person", '```\n      ~ "CreatedBy" = "tquillane" -> "mashcombe"\n```', 'mashcombe'),
  p('a Helm upgrade of a release', '```\nhelm upgrade kestrin-backend ./charts/kestrin -n kestrin --atomic\n```', 'kestrin-backend'),
  p('a Helm rollback of a release', '`helm rollback tarn-fetcher 41 -n feeds`', 'tarn-fetcher'),
  p('kubectl get pods of a coined deployment', '```\nNAME                            READY   STATUS             RESTARTS\nsorrel-ingestd-6f7c9d-x2k4q     0/1     CrashLoopBackOff   14\n```', 'sorrel-ingestd'),
  p("a kubectl event's node of the organisation", '```\nWarning  FailedScheduling  pod/tarn-fetcher-7c9  0/6 nodes are available: node velm-k8s-w04 had taint\n```', 'velm-k8s-w04'),
  p("a namespace in a describe's output", '```\nNamespace:    velmarra-ledger\n```', 'velmarra-ledger'),
  // Grafana and Alertmanager.
  p("an Alertmanager annotation's summary of a service", '```yaml\n    annotations:\n      summary: "brindle-creator p99 above 2s"\n```', 'brindle-creator'),
  p("an alert's label of a service", '```\nalertname=HighLatency service=brindle-creator severity=page\n```', 'brindle-creator'),
  p("an alert's runbook link on the wiki", '```\nrunbook_url: https://wiki.velmarra.internal/runbooks/feed-lag\n```', 'wiki.velmarra.internal'),
  p("a Grafana annotation's author", '```\nAnnotation by tquillane: deploy v2.14.1\n```', 'tquillane'),
  p("a Grafana dashboard's internal link", 'See [the panel](https://grafana.velm.lan/d/x1/feeds?viewPanel=4).', 'grafana.velm.lan'),
  // Sentry traces.
  p("a Sentry trace's file path of a service", '```\n  File "/srv/brindle-creator/app/summarise.py", line 88, in summarise\n```', 'brindle-creator'),
  p("a Sentry event's user", '```\nuser: {"email": "teodor.quillane@velmarra.io", "id": 4411}\n```', 'teodor.quillane@velmarra.io'),
  p("a Sentry issue's host tag", '```\nserver_name: feed-worker-03.velm.internal\n```', 'feed-worker-03.velm.internal'),
  // SQL.
  p("a SQL session's user and host", '```\nledger_rw@quarrydb-primary.corp:5432 => UPDATE ledger SET state = 2;\n```', 'quarrydb-primary.corp'),
  p("a SQL grant to a person's role", '```sql\nGRANT SELECT ON ALL TABLES IN SCHEMA ledger TO tquillane;\n```', 'tquillane'),
  p("a psql prompt of a private address", '```\npsql -h 10.40.2.17 -U ledger_admin ledger\n```', '10.40.2.17'),
  // Other real shapes.
  p('zh: a service log before a noun with no particle', '`tarn-fetcher` 日志显示重启成功，但请求仍然超时。', 'tarn-fetcher'),
  p("a ticket of the organisation's tracker", 'Tracked as FEED-2231 and FEED-2232.', 'FEED-2231'),
  p('a private channel in a handoff', 'Context in #oncall-feeds-handoff.', 'oncall-feeds-handoff'),
];

/** Probes found before the round's rules (measured on 6321bab2, the commit before the round). */
export const foundBeforeRound59: ReadonlySet<string> = new Set<string>([
  "a repository path's first folder of a process's name",
  "ja: a mention before a particle and a layer noun",
  "a name after an internal host's phrase in brackets",
  "a Slack export line of a full name",
  "a Discord export of a handle",
  "a Teams export's speaker",
  "a Mattermost mention",
  "an on-call handoff of a full name",
  "a handoff's open item of a service",
  "a handoff's private host",
  "a Terraform plan's resource of the organisation's module",
  "a Helm upgrade of a release",
  "kubectl get pods of a coined deployment",
  "a kubectl event's node of the organisation",
  "a namespace in a describe's output",
  "an alert's runbook link on the wiki",
  "a Grafana annotation's author",
  "a Grafana dashboard's internal link",
  "a Sentry event's user",
  "a Sentry issue's host tag",
  "a SQL session's user and host",
  "a SQL grant to a person's role",
  "a psql prompt of a private address",
  "a ticket of the organisation's tracker",
  "a private channel in a handoff",
]);

/** Probes still published after the round (docs/redaction.md, "Limits"). */
// The one left after the helper's round, a Terraform change's new value of a person's tag
// (`"CreatedBy" = "a" -> "b"`), is read since the lead's review (pasted-config-people.ts).
export const stillPublishedRound59: ReadonlySet<string> = new Set<string>([]);

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound59: readonly (readonly [string, string])[] = [
  ["a path's first folder of words", 'See `docs-site/guide.md`; the docs-site is rebuilt nightly.'],
  ['a list of English compounds', 'We use built-in, follow-up and real-time checks.'],
  ["a list of public tools", 'The `cert-manager`, `external-dns` and `kube-proxy` pods restarted.'],
  ['an environment variable of a setting', '```\nLOG_LEVEL=debug\nMAX_RETRY_COUNT=3\n```\nThe log-level was raised.'],
  ["a stand-in before prose", 'It ran on an internal system: the queue was full.'],
  ['a stand-in alone', 'We restarted an internal system at 10:02.'],
  ['ru: words that decline like names', 'В свете последних событий отдали кости собакам, про машину петрову забыли.'],
  ['ru: a lower-case sentence', 'Перезапустили базу, логи смотрели в кибане до утра.'],
  ['ja: an English phrase before a layer noun', 'fail-fast の設計でエンドポイントを止めた。'],
  ["a Helm upgrade of a public chart", '```\nhelm upgrade ingress-nginx ingress-nginx/ingress-nginx -n ingress-nginx\n```'],
  ["a Helm install of a public chart under its own name", '```\nhelm install gpu-operator nvidia/gpu-operator --namespace gpu-operator\n```'],
  ['a folder that holds data, written alone too', '```\nrm build-cache/taxonomies/README.md\n```\nThe build-cache folder was emptied.'],
  ['a describing prefix before a log', 'We had no per-container log alarm.'],
  ["a Terraform change of an owner tag between teams", '```\n      ~ "Owner" = "platform" -> "payments"\n```'],
];
