/**
 * The probe round 58's leaks (docs/redaction.md, "Probe round 58"): what round 57 left (a service
 * of a lower-case hyphenated word known only from another post's port, a home folder of a handle
 * read as words, a Russian full name in lower case in prose), then shapes of the reports read on
 * this machine's collections: homelab and infrastructure runbooks, compose and Kubernetes
 * operations, on-call handoffs, Slack threads, Grafana annotations, Terraform and kubectl output,
 * Japanese and Russian sentences. Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound58: readonly LeakProbeWithOrganisation[] = [
  // What round 57 left: a hyphenated service's name with no port in the post.
  p('a compose service restarted, in prose', 'We restarted ferrow-backend at 10:02 and the queue drained.', 'ferrow-backend'),
  p('a compose service timed out', 'At 10:04 digest-creator timed out on every request.', 'digest-creator'),
  p('a service crashed, then written bare again', 'digest-creator crashed at 10:02. Later digest-creator recovered on its own.', 'digest-creator'),
  p('a service before its noun, an agent noun of two English words', 'The digest-creator service stopped accepting jobs.', 'digest-creator'),
  p('a service of an abbreviation and -backend, bare', 'Requests to alt-ferrow-backend piled up behind the lock.', 'alt-ferrow-backend'),
  p('a subworker, bare', 'The summary jobs of plume-subworker were retried twice.', 'plume-subworker'),
  p('an orchestrator, bare', 'Nothing in quill-orchestrator noticed the lag.', 'quill-orchestrator'),
  p('an indexer of a generic first word, scaled', 'We scaled search-indexer to 6 replicas.', 'search-indexer'),
  p('a service redeployed', 'Redeployed tallow-notifier with the previous image.', 'tallow-notifier'),
  p('a service rolled back', 'We rolled back recap-fetcher after the error rate doubled.', 'recap-fetcher'),
  p('a service was OOM-killed', 'The pod of ledger-summariser was OOM-killed twice.', 'ledger-summariser'),
  p('a service kept crash-looping', 'marrow-sync kept crash-looping until the secret was restored.', 'marrow-sync'),
  p('a docker compose command of two services', '```\ndocker compose restart ferrow-backend digest-creator\n```', 'digest-creator'),
  p('a docker compose up of a service, with a flag', '`docker compose up -d --no-deps tallow-notifier`', 'tallow-notifier'),
  p("a compose file's service field", '```yaml\n  labels:\n    service: plume-ranker\n```', 'plume-ranker'),
  p("a container's name in a compose file", '```yaml\n    container_name: plume-ranker\n```', 'plume-ranker'),
  p('a Loki query of a service label', '`{service="ferrow-backend"} |= "timeout"`', 'ferrow-backend'),
  p('a PromQL query of a container label', '```\nsum(rate(http_requests_total{container="tallow-notifier"}[5m]))\n```', 'tallow-notifier'),
  p('ja: a compose service stopped', 'ferrow-backend が停止したため、digest-creator も応答しなくなった。', 'digest-creator'),
  p('ja: a service restarted, no space before the particle', '10:05 に plume-rankerを再起動した。', 'plume-ranker'),
  p('ru: a service restarted', 'Перезапустили ferrow-backend, очередь разгреблась.', 'ferrow-backend'),
  p('ru: a service fell over', 'Потом digest-creator упал снова.', 'digest-creator'),
  p('a Grafana annotation of a deploy', '```\nDeployed tallow-notifier v2.14.1 (annotation by the deploy job)\n```', 'tallow-notifier'),
  p("an on-call handoff's bullet", '- quill-orchestrator was restarted at 02:10, watch its queue', 'quill-orchestrator'),
  p('a Slack thread line of a service', '```\n[10:02] ops-bot: rolled back recap-fetcher to 4f2a9c1\n```', 'recap-fetcher'),
  p('a kubectl scale of a bare name', '`kubectl scale deploy plume-ranker --replicas=0`', 'plume-ranker'),
  p('a timeline row of a service restarted', '| 10:12 | Restarted marrow-sync on the second node |', 'marrow-sync'),
  // What round 57 left: home folders of a handle read as words, a Russian name in lower case.
  p('a Linux home folder of a handle read as words', 'The dump was left in `/home/tokereke/ledger.dmp`.', 'tokereke'),
  p('a Windows user folder of a handle read as words', '`C:\\Users\\tokereke\\AppData\\Local\\Temp\\ledger.dmp`', 'tokereke'),
  p('a macOS user folder of a handle read as words', '```\n/Users/tokereke/Library/Logs/ledger.log\n```', 'tokereke'),
  p('ru: a lower-case full name after a comma', 'Смену приняли ночью, дежурил мирослав тхоржевский до утра.', 'мирослав тхоржевский'),
  p('ru: a lower-case surname before a given name mid-sentence', 'Алерт пришёл в 03:12, а откатывала релиз кудряшова ярослава.', 'кудряшова ярослава'),
  // Shapes of the collections' reports, found by earlier rounds' rules (probed again).
  p('a homelab timeline row of a full name', '| 20:31 | Hedda Vinterlund drained k8s-node-03 |', 'Hedda Vinterlund'),
  p('an internal host in a runbook command', '```\nssh admin@pve-ledger-02.lan\n```', 'pve-ledger-02.lan'),
  p('a shell prompt of a user and a host', '```\nroot@ledger-query:/home/ops# docker ps\n```', 'ledger-query'),
  p("a pager's acknowledgement by a handle", 'Acknowledged by @hvinterlund in PagerDuty at 10:04.', 'hvinterlund'),
  p('a private address of a service', 'The writer pointed at `10.20.3.14:5432` all night.', '10.20.3.14'),
  p('a workload in a kubectl rollout', '`kubectl -n ledger rollout restart deployment/ledger-writer`', 'ledger-writer'),
  p('a namespace of kubectl', '`kubectl -n velmarra-payments get pods`', 'velmarra-payments'),
  p('a compound before pods', 'The `ledger-writer` pods were evicted at 20:21.', 'ledger-writer'),
  p("a PVC's workload in a backticked row", '- **Affected PVC**: `ledger-writer-data` on the second node', 'ledger-writer-data'),
  p('a service of a port in a connection error', '```\ndial tcp ferrow-backend:9000: connect: connection refused\n```', 'ferrow-backend'),
  p("an internal link of the org's wiki", '[runbook](https://wiki.velmarra.internal/ledger/restart)', 'wiki.velmarra.internal'),
  p('a Slack handle in a thread', '```\n[10:02] corvin.ashgrove: failing over now\n```', 'corvin.ashgrove'),
  p('a full name of an incident commander', 'Incident commander: Ximena Oyarbide', 'Ximena Oyarbide'),
  p("a Terraform plan's owner tag", '```\n      + "Owner" = "hvinterlund"\n```', 'hvinterlund'),
  p('an email address in a contact line', 'Contact hedda.vinterlund@velmarra.io for access.', 'hedda.vinterlund@velmarra.io'),
  p('a crontab user', '```\n0 3 * * * hvinterlund /opt/ledger/rotate.sh\n```', 'hvinterlund'),
  p('a Jira ticket of the organisation', 'Follow-up tracked in LEDG-4121.', 'LEDG-4121'),
  p('an internal hostname in a Grafana link', '[dashboard](https://grafana.ops.velmarra.lan/d/abc/ledger)', 'grafana.ops.velmarra.lan'),
  p('a private channel', 'Discussed in #inc-ledger-war-room.', 'inc-ledger-war-room'),
];

/** Probes found before the round's rules (measured on ebb02e42, the commit before the round). */
export const foundBeforeRound58: ReadonlySet<string> = new Set<string>([
  "a Loki query of a service label",
  "a homelab timeline row of a full name",
  "an internal host in a runbook command",
  "a shell prompt of a user and a host",
  "a pager's acknowledgement by a handle",
  "a private address of a service",
  "a workload in a kubectl rollout",
  "a namespace of kubectl",
  "a compound before pods",
  "a service of a port in a connection error",
  "an internal link of the org's wiki",
  "a Slack handle in a thread",
  "a full name of an incident commander",
  "a Terraform plan's owner tag",
  "an email address in a contact line",
  "a crontab user",
  "a Jira ticket of the organisation",
  "an internal hostname in a Grafana link",
  "a private channel",
]);

/** Probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound58: ReadonlySet<string> = new Set<string>([
  // A volume claim's name in a code span after its label: no rule reads a PVC's label (Limits).
  "a PVC's workload in a backticked row",
]);

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound58: readonly (readonly [string, string])[] = [
  ['English compounds', 'The built-in retry and the follow-up e-mail were real-time.'],
  ['English compounds before a noun and in a place', 'We deployed the follow-up. The real-time service and the e-mail service crashed.'],
  ['a third-party service timed out', 'The third-party service timed out twice.'],
  ['public tools acting', 'The kube-proxy crashed and cert-manager failed to start; node-exporter was OOM-killed.'],
  ['a public daemon restarted', 'We restarted nfs-server on the second node.'],
  ['a system account of a process', 'Two processes, root and www-data, were running; the www-data process held the lock.'],
  ["a public chart's component in a query", '```\ncontainer_memory_usage_bytes{container="application-controller", namespace="argocd"}\n```'],
  ["an example's environment services", '```yaml\nservice: production-app\n```'],
  ['a network policy of words', '```yaml\n  name: allow-frontend-to-backend\n```'],
  ['a storage backend in prose', 'The storage-backend option is documented upstream.'],
  ['a describing compound restarted', 'We restarted long-running jobs and scaled multi-region replicas.'],
  ['a version compound', 'We deployed utf-8 handling at 10:02.'],
  ['a home folder of common words run together', '`/home/burpsuitekeystores/keystore.jks`'],
  ['a home folder of a system account', '`/home/ubuntu/.ssh/authorized_keys`'],
  ['ru: a sentence of lower-case words', 'Перезапустили базу, логи смотрели в кибане до утра.'],
  ['ja: English compounds in Japanese', 'real-time の更新が停止したが、built-in の再試行で復旧した。'],
];
