/**
 * The system-name probe round 29's leaks (docs/redaction.md, "System names, probe round 29"):
 * internal systems a post names inside its tools (a CI job, a Sentry project, a Terraform
 * workspace, a topic, an alert, a monitor's id, a Vault path, what `kubectl` acts on in a
 * namespace of one environment), identifiers holding the organisation's name, machines in forms
 * the host rules did not read, and a name the post says is its own placed after the noun. Text of
 * our own writing; no list knows any name. Probes marked `org` are judged with the organisation
 * `acme` configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound29: readonly LeakProbeWithOrganisation[] = [
  // Identifiers that hold the organisation's name.
  p("a deployment holding the organisation's name", 'The acme-payout-scheduler deployment ran twice.', 'acme-payout-scheduler'),  // found without the organisation since probe round 30 (a workload's kind)
  p("a dead-letter queue holding the organisation's name, bare", 'Messages piled up in acme-refunds-dlq overnight.', 'acme-refunds-dlq', true),
  p("a bucket holding the organisation's name and an environment", 'Snapshots land in acme-staging-snapshots-us.', 'acme-staging-snapshots-us', true),
  p("a cloud project holding the organisation's name and an environment", 'Quota ran out in project acme-prod-2718.', 'acme-prod-2718'),
  p("a table holding the organisation's name, with underscores", 'The cron wrote to acme_invoice_exports_v2 twice.', 'acme_invoice_exports_v2', true),
  p("a Sentry project holding the organisation's name", 'Sentry project acme-mobile-checkout showed the regression.', 'acme-mobile-checkout', true),

  // Machines.
  p("a first label with a part saying it is inside, on the organisation's domain", 'The record billing-int.acme.net still pointed at the old balancer.', 'billing-int.acme.net', true),
  p("a tool's first label joined to \"internal\", on the organisation's domain", 'grafana-internal.acme.io showed the spike.', 'grafana-internal.acme.io'),
  p("a host and port under a staging zone", 'The cache memcache-3.stg:11211 refused connections.', 'memcache-3.stg'),
  p("a host and port under an operations zone", 'Producers wrote to kafka-broker-2.ops:9092 until noon.', 'kafka-broker-2.ops'),
  p('a numbered machine after "host"', 'The backup cron on host batch07 overlapped.', 'batch07'),
  p('a numbered machine of two words after "server"', 'We drained the server web-worker-12 first.', 'web-worker-12'),

  // Objects inside the organisation's tools.
  p('a Jenkins job of an environment', 'Jenkins job deploy-payouts-staging #812 failed.', 'deploy-payouts-staging'),
  p('an Airflow DAG of an environment', 'The Airflow DAG nightly_payouts_prod missed its window.', 'nightly_payouts_prod'),
  p('a Sentry project of an environment', 'Errors went to Sentry project payouts-api-prod.', 'payouts-api-prod'),
  p('a Terraform workspace in a code span', 'Terraform workspace `staging-us-edge` kept a stale lock.', 'staging-us-edge'),
  p('a Kafka topic with a version, dotted and bare', 'Kafka topic refunds.v3.completed fell behind.', 'refunds.v3.completed'),
  p('a Pub/Sub topic of an environment, bare', 'The Pub/Sub topic invoices-prod-events had no subscriber.', 'invoices-prod-events'),
  p('a Prometheus alert in a code span', 'The Prometheus alert `PayoutQueueStalled` never fired.', 'PayoutQueueStalled'),
  p('an Alertmanager rule in PascalCase, bare', 'Alertmanager rule RefundLatencyHigh was silenced.', 'RefundLatencyHigh'),
  p("a Datadog monitor's id", 'Datadog monitor 90817263 stayed muted.', '90817263'),
  p("a New Relic alert policy's id", 'New Relic alert policy 4412207 paged nobody.', '4412207'),
  p('a Vault path named as one', 'Vault path kv/payouts/prod/stripe was rotated.', 'kv/payouts/prod/stripe'),
  p("a KV v2 secret's path, bare", 'The app read secret/data/refunds/webhook at start.', 'secret/data/refunds/webhook'),
  p('a namespace of an environment after kubectl -n', 'kubectl -n payouts-prod scale deploy/payout-worker --replicas=0', 'payouts-prod'),
  p('a deployment kubectl scales in a namespace of an environment', 'kubectl -n payouts-prod scale deploy/payout-worker --replicas=0', 'payout-worker'),
  p('a pod kubectl reads in a namespace given with --namespace=', 'kubectl logs --namespace=refunds-staging pod/refund-relay-6d9f', 'refund-relay-6d9f'),

  // A name the post says is its own, after the noun.
  p('a name after "the internal tool"', 'The internal tool Quarrel-Bot paged nobody.', 'Quarrel-Bot'),
  p("a product's name after \"the in-house scheduler\"", 'The in-house scheduler Apollo skipped a run.', 'Apollo'),
  p('a numbered name after "our deploy bot"', 'Our deploy bot Rollo-3 merged the change.', 'Rollo-3'),

  // Still published (docs/redaction.md, "Limits").
  p('a pod of English words in a code span', 'The `refund-relay` pod restarted twice.', 'refund-relay'),
  p('a database host of English words in prose', 'Traffic from payout-writer to pg-payouts-primary stalled.', 'pg-payouts-primary'),
  p('a Grafana board by its title, unquoted', 'The Payouts Overview board in Grafana was stale.', 'Payouts Overview'),
  p("a code host's first label on the organisation's domain without a scheme", 'git.acme.io/payments/refunds had the bad commit.', 'git.acme.io', true),
  p("one word after the organisation's name", 'The acme-payouts deployment restarted.', 'acme-payouts'),  // found without the organisation since probe round 30 (a workload's kind)
  p('kubectl in a namespace of English words', 'kubectl -n payouts scale deploy/payout-worker --replicas=0', 'payout-worker'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedRound29: ReadonlySet<string> = new Set<string>([
]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound29: ReadonlySet<string> = new Set<string>([
  "a cloud project holding the organisation's name and an environment",
  "a tool's first label joined to \"internal\", on the organisation's domain",
  'a numbered machine of two words after "server"',
  'a pod kubectl reads in a namespace given with --namespace=',
  'a name after "the internal tool"',
]);

/**
 * Public text written the same way, judged without and with the organisation `acme`: public
 * tools' objects and names, an environment alone, a file's line, a version after "host", an
 * organisation's public repository linked in the post.
 */
export const notSystemsRound29: readonly (readonly [string, string])[] = [
  ["kubectl on a public tool's deployment in kube-system", 'kubectl -n kube-system rollout restart deploy/coredns'],
  ["kubectl on ingress-nginx's controller", 'kubectl -n ingress-nginx logs deploy/ingress-nginx-controller'],
  ['kubectl in a namespace that is an environment alone', 'kubectl -n prod get pods'],
  ["public tools' pods", 'The metrics-server pod and the ingress-nginx-controller pod restarted.'],
  ["kube-prometheus' alert", 'The Prometheus alert `KubePodCrashLooping` fired for coredns.'],
  ["a public rule set's alert of two words", 'Alertmanager rule TargetDown fired for one node.'],
  ['a Jenkins job of English words', 'Jenkins job docs-build failed on Monday.'],
  ['a Kafka topic of English words', 'Kafka topic user-events grew fast.'],
  ["Terraform's default workspace", 'Terraform workspace `default` was selected.'],
  ['a Datadog monitor without an id', 'The Datadog monitor for disk space fired.'],
  ['a Vault path of an example', 'Vault path secret/data/my-app is the example the docs use.'],
  ['a public product after "our monitoring tool"', 'Our monitoring tool Grafana paged us.'],
  ['a disk after "our main database"', 'Our main database NVMe disk was at 98% capacity.'],
  ["a file's line", 'The trace ends at handler.py:120 and config.yaml:12.'],
  ['a version after "server"', 'The server node18 image and the host ubuntu22 template were old.'],
  ["the organisation's public repository linked in the post under another owner", 'Clone https://github.com/acme-labs/acme-ledger-tools first.\n\nThen acme-ledger-tools builds the release.'],
  ['a public term after "the internal tool"', 'The internal tool Grafana showed the gap.'],
  ["the organisation's public repository of one more word", 'The acme-server repository is public.'],
];
