/**
 * The probe round 30's leaks (docs/redaction.md, "Probe round 30"): what round 28 and 29 left in
 * "Limits" (a name in a short status sentence or waited on with nothing after it, a name alone in
 * a table's header cell, a workload named with English words, `kubectl` in a namespace of one
 * word, a board's title without quotes, a code host on the organisation's domain without a
 * scheme, the organisation's name and one word) and a fresh round across the surfaces a post
 * has: names of many cultures, handles, code comments, trailers, alt text, link titles,
 * footnotes, `<details>`, tables, headings; hosts, services in logs and traces, queues, topics,
 * buckets, internal URLs, addresses, tickets, channels, e-mail addresses, cloud accounts. Text of
 * our own writing; no list knows any name. Probes marked `org` are judged with the organisation
 * `acme` configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound30: readonly LeakProbeWithOrganisation[] = [
  // What the earlier rounds left: a name in a short status sentence.
  p('an unknown name in the perfect with no object', 'By 10:40 Quenby has restarted.', 'Quenby'),
  p('an unknown name investigating', 'Ardwen is investigating.', 'Ardwen'),
  p('an unknown name looking into it', 'Update: Oyelaran is looking into it.', 'Oyelaran'),
  p('an unknown name who has confirmed', 'Tarquila has confirmed.', 'Tarquila'),
  p('an unknown name who has joined', 'At 03:12 Mbeki-Ola has joined.', 'Mbeki-Ola'),
  p('an unknown name triaging, with a time after', 'Zanelwe was triaging until 04:00.', 'Zanelwe'),
  p('an unknown name waited on, at the end', 'We are waiting on Quenby.', 'Quenby'),
  p('an unknown name waited for, at the end', 'The rollback waited for Ysolde.', 'Ysolde'),
  p('an unknown name pinged at a line end', 'If the lag grows again, ping Quenby', 'Quenby'),
  p('an unknown name confirming', 'Quenby confirmed', 'Quenby'),
  p("a name alone in a table's header cell", '| Quenby | Ardwen |\n| --- | --- |\n| drained the pool | watched the graphs |', 'Ardwen'),
  p('a name in a Who column', '| Step | Who |\n| --- | --- |\n| Fail over | Oyelaran |', 'Oyelaran'),
  p("a name in an owner column's cell with a role", '| Action | Owner |\n| --- | --- |\n| Add an alert | Tarquila (SRE) |', 'Tarquila'),

  // Names of many cultures and places in a post.
  p('a Yoruba given name acting', 'Adebayo rolled the writer back at 10:12.', 'Adebayo'),
  p('a Vietnamese full name acting', 'Nguyen Thi Lan paged the database team.', 'Nguyen Thi Lan'),
  p('a Maori given name handed over to', 'Handed over to Wiremu at 09:00.', 'Wiremu'),
  p('a Turkish name with a dotless i, escalated to', 'Escalated to Iğdırlı Tuğba at 04:00.', 'Tuğba'),
  p('a Polish name in a possessive laptop', "Grzegorz's laptop held the only copy of the key.", 'Grzegorz'),
  p('a lower-case handle in a Slack mention', 'Pinged @ngozi.eze in the channel at 02:10.', 'ngozi.eze'),
  p("a handle as a code comment's owner", '```python\n# TODO(kmbeki): drop the retry once the writer is fixed\nRETRIES = 3\n```', 'kmbeki'),
  p('a name in a shell comment', '```sh\n# per Thandiwe, keep the pool at 40\nexport POOL_SIZE=40\n```', 'Thandiwe'),
  p('a co-author trailer', '```\nRevert "Raise the pool size"\n\nCo-authored-by: Siosaia Fifita <siosaia@example.com>\n```', 'Siosaia Fifita'),
  p("a picture's alt text of someone reviewing", '![Mihaela Dragomir reviewing the latency graph](./latency.png)', 'Mihaela Dragomir'),
  p("a link's title naming who updated the page", 'See [the runbook](https://example.com/rb "updated by Bartholomew Okonkwo").', 'Bartholomew Okonkwo'),
  p('a footnote confirming with someone', 'The queue drained by 11:00.[^1]\n\n[^1]: Confirmed with Ikaika Kahale on the bridge.', 'Ikaika Kahale'),
  p("a details summary of someone's notes", '<details>\n<summary>Notes from Ifeoma</summary>\n\nThe writer stalled twice.\n\n</details>', 'Ifeoma'),
  p('a heading of what someone found', '### What Parisa found', 'Parisa'),
  p('thanks in an exclamation', 'Thanks Xochitl! The fix held.', 'Xochitl'),
  p('a name passive after "paged"', 'Hinewai was paged at 03:10 and joined at 03:14.', 'Hinewai'),
  p('two names pairing', 'Dagny and Ilkka paired on the fix.', 'Ilkka'),
  p('a name saying', 'Lwazi said the queue was already empty.', 'Lwazi'),
  p('a name in a YAML list of responders', '```yaml\nresponders:\n  - Chinwe Obi\n  - Ravshan Tursunov\n```', 'Ravshan Tursunov'),

  // Internal systems: what the earlier rounds left.
  p('a pod of English words in a code span', 'The `orders-consumer` pod restarted twice.', 'orders-consumer'),
  p('a deployment kubectl restarts outside a namespace', 'We ran `kubectl rollout restart deployment/payment-worker` at 10:05.', 'payment-worker'),
  p('kubectl in a namespace of one word', 'kubectl -n payouts get pods -o wide', 'payouts'),
  p("a dashboard's title without quotes", 'The Payments Overview dashboard was stale.', 'Payments Overview'),
  p("a board's title of three words", 'Nobody looked at the Ledger Queue Health board.', 'Ledger Queue Health'),
  p("a code host on the organisation's domain without a scheme", 'The bad commit is in git.acme.io/platform/ledger.', 'git.acme.io', true),
  p("the organisation's name and one word before a workload's kind", 'The acme-ledger deployment restarted.', 'acme-ledger'),
  p("the organisation's name and one word as a queue", 'Messages piled up in the acme-refunds queue.', 'acme-refunds', true),

  // Internal systems of many kinds.
  p('a statefulset by its kind in a code span', 'StatefulSet `ledger-db` lost its volume.', 'ledger-db'),
  p('a daemonset by its kind, bare', 'The log-shipper daemonset ran out of memory.', 'log-shipper'),
  p('a service in a cluster-local address', 'upstream connect error to ledger-api.payments.svc.cluster.local:8080', 'ledger-api.payments.svc.cluster.local'),
  p('a host of an internal domain', 'db-ledger-03.iad1.acme.internal stopped answering.', 'db-ledger-03.iad1.acme.internal'),
  p('a private address and port in a log line', 'dial tcp 10.42.7.19:5432: connect: connection refused', '10.42.7.19'),
  p('a private network range', 'The security group allowed 172.20.0.0/16 only.', '172.20.0.0/16'),
  p('an internal URL without a domain', 'The admin page at http://ledger-admin:8080/flags showed the flag on.', 'ledger-admin'),
  p('a Java package holding the organisation in a stack trace', '```\nat com.acme.ledger.PayoutWriter.flush(PayoutWriter.java:88)\n```', 'com.acme.ledger', true),
  p('an SQS queue of an environment', 'The SQS queue payouts-retry-prod filled up.', 'payouts-retry-prod'),
  p('an S3 bucket URL', 'Exports land in s3://ledger-exports-eu-prod/daily/.', 'ledger-exports-eu-prod'),
  p('a GCS bucket of the organisation', 'Backups are in gs://acme-ledger-backups.', 'acme-ledger-backups'),
  p('a Jira ticket key', 'Follow-up in PAY-8812.', 'PAY-8812'),
  p('an incident ticket id', 'Tracked as INC-20931 in the incident tool.', 'INC-20931'),
  p('a Slack channel', 'Updates went to #inc-ledger-payouts.', '#inc-ledger-payouts'),
  p("a person's work e-mail address", 'Write to quenby.ardwen@acme.io for access.', 'quenby.ardwen@acme.io'),
  p('an AWS account id', 'The role lives in AWS account 123456789012.', '123456789012'),
  p('an IAM role ARN', 'Assumed arn:aws:iam::210987654321:role/ledger-deployer at 10:02.', '210987654321'),
  p('an Azure subscription id', 'Subscription 3f2b9c1e-7d4a-4e8b-9a61-2c5d8e0f1a7b hit its quota.', '3f2b9c1e-7d4a-4e8b-9a61-2c5d8e0f1a7b'),
  p('a container registry of an account', 'The image 123456789012.dkr.ecr.eu-west-1.amazonaws.com/ledger-api:1.4 was pulled.', '123456789012'),
  p("a Confluence page on the organisation's tenant", 'See https://acme.atlassian.net/wiki/spaces/OPS/pages/123/Ledger.', 'acme.atlassian.net'),
  // Found while writing the round: forms no rule read.
  p('a label of who handled it', 'Handled by: Quenby', 'Quenby'),
  p('reached through Slack', 'Ask Efua via Slack before the next deploy.', 'Efua'),
  p('by someone after a comma', 'The first write-up, by Quenby.', 'Quenby'),
  p('a chat line opened with "via Slack"', 'Quenby via Slack: rolling back now', 'Quenby'),
  p('a state set off by a dash', 'Quenby — on the bridge', 'Quenby'),
  p('a rotation passed to someone', 'The rotation moved to Kofi on Monday.', 'Kofi'),
  p('on the hook for comms', 'Oyelaran was on the hook for comms.', 'Oyelaran'),
  p('out today', 'Tarquila is out today.', 'Tarquila'),
  p('back, at the end', 'Ysolde is back.', 'Ysolde'),
  p('an incident duty owned', 'Zanelwe owned comms.', 'Zanelwe'),
  p('an incident role after a copula', 'Ardwen was IC.', 'Ardwen'),
  p('a name and a role joined by a slash', 'Quenby/IC, Ardwen/comms', 'Ardwen'),
  p('a role before a name at a line start', 'IC Quenby', 'Quenby'),
  p('a bare service of English words', 'The payouts-api service returned 503s for ten minutes.', 'payouts-api'),
  p("a PagerDuty service's id", 'Alerts went to PagerDuty service P1X2Y3Z.', 'P1X2Y3Z'),
  p("a Slack channel's id, bare", 'The bot posted into C04ABCD1234 instead.', 'C04ABCD1234'),
  p("an ECS service of English words", 'The ECS service payouts-reconcile scaled to zero.', 'payouts-reconcile'),
  p("an ElastiCache cluster", 'The ElastiCache cluster ledger-sessions evicted keys at 10:02.', 'ledger-sessions'),
  p("a Lambda function", 'The Lambda function refund-notifier timed out.', 'refund-notifier'),
  p("a DynamoDB table with underscores", 'The DynamoDB table ledger_entries throttled writes.', 'ledger_entries'),
  p("a BigQuery dataset", 'The BigQuery dataset finance_reporting missed a day.', 'finance_reporting'),
  p("a Kubernetes namespace in a code span", 'The Kubernetes namespace `payouts` was deleted by mistake.', 'payouts'),
  p('a Grafana board in a link', 'The panel at https://grafana.acme.internal/d/abc123/ledger showed it.', 'grafana.acme.internal'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedRound30: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound30: ReadonlySet<string> = new Set<string>([
  "an unknown name who has joined",
  "an unknown name confirming",
  "a name in a Who column",
  "a name in an owner column's cell with a role",
  "a Yoruba given name acting",
  "a Vietnamese full name acting",
  "a Maori given name handed over to",
  "a Turkish name with a dotless i, escalated to",
  "a Polish name in a possessive laptop",
  "a lower-case handle in a Slack mention",
  "a handle as a code comment's owner",
  "a name in a shell comment",
  "a co-author trailer",
  "a picture's alt text of someone reviewing",
  "a link's title naming who updated the page",
  "a footnote confirming with someone",
  "a details summary of someone's notes",
  "a heading of what someone found",
  "thanks in an exclamation",
  "a name passive after \"paged\"",
  "two names pairing",
  "a name saying",
  "a name in a YAML list of responders",
  "a service in a cluster-local address",
  "a host of an internal domain",
  "a private address and port in a log line",
  "a private network range",
  "an internal URL without a domain",
  "an S3 bucket URL",
  "a GCS bucket of the organisation",
  "a Jira ticket key",
  "an incident ticket id",
  "a Slack channel",
  "a person's work e-mail address",
  "an AWS account id",
  "an IAM role ARN",
  "an Azure subscription id",
  "a container registry of an account",
  "a Confluence page on the organisation's tenant",
  "an incident role after a copula",
  "a Grafana board in a link",
]);

/**
 * Public text written the same way, judged without and with the organisation `acme`: a public
 * product or a dictionary word in a status, waited on, pinged or heading a column; public charts'
 * workloads and namespaces; vendors' dashboards; the organisation's public repository.
 */
export const notLeaksRound30: readonly (readonly [string, string])[] = [
  ['a public product in the perfect', 'By 10:40 Postgres has restarted.'],
  ['a public product investigating', 'Cloudflare is investigating.'],
  ['a dictionary word waited on', 'We are waiting on Support.'],
  ['a public product waited for', 'The deploy waited for Terraform.'],
  ['a public product pinged', 'If the graph is flat, ping Grafana'],
  ['header cells of ordinary words', '| Time | Hostname | Uptime |\n| --- | --- | --- |\n| 10:02 | db | 3d |'],
  ['a header cell of words run together', '| Nodepool | Datacenter |\n| --- | --- |\n| n1 | fra |'],
  ["a public chart's pod in a code span", 'The `user-scheduler` pod and the `metrics-server` pod restarted.'],
  ["a public chart's deployment kubectl restarts", 'kubectl rollout restart deployment/ingress-nginx-controller'],
  ["a public tool's namespace", 'kubectl -n cert-manager get pods'],
  ['an environment as the namespace', 'kubectl -n staging get pods'],
  ["a public product's first part", 'The redis-master pod was evicted.'],
  ["a vendor's dashboard of one word", 'The Vercel dashboard showed the deploy.'],
  ["a public exporter's dashboard", 'The Node Exporter Full dashboard was flat.'],
  ["a product's Dashboard in capitals", 'The AWS Personal Health Dashboard said nothing.'],
  ["the organisation's public repository of one more word", 'The acme-server repository is public.'],
  ['a comparison table heading products', '| Concept | Zarnith | Quellane |\n| --- | --- | --- |\n| storage | blobs | pages |'],
  ['a public product\'s service', 'The docker-worker service never started.'],
  ['a compound adjective before pods', 'We deleted the non-responding pods and the port-forward pods.'],
  ['a public product back', 'Cloudflare is back.'],
  ['a protocol suite joined by a slash', 'TCP/IP is fine and the DNS/DHCP pair is up.'],
  ['a cloud resource named without a name', 'The Lambda function timed out and the RDS instance failed over.'],
  ['a machine type after a cloud noun', 'The RDS instance `db.r5.large` and the EC2 instance n1-standard-8 were small.'],
  ['a placeholder after a cloud noun', 'Create an ECS service my-service as the guide shows.'],
  ['a public package of another organisation', 'at org.apache.kafka.clients.NetworkClient.poll(NetworkClient.java:12)'],
];
