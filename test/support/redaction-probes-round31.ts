/**
 * The probe round 31's leaks (docs/redaction.md, "Probe round 31"): what session 30 left (a
 * database host of English words in prose, a hyphenated compound before a system's noun, a board's
 * title of one word, a bare name after a cloud product's bucket, the organisation's own made-up
 * system written as "the X" and alone, a lower-case dictionary word owning an action item) and a
 * fresh round across a post's surfaces: names of many cultures, single given names and lower-case
 * handles in code comments, trailers, frontmatter-like YAML, alt text, link titles, footnotes,
 * HTML comments, `<details>`, tables, headings, quoted chat logs and signatures; hosts, services
 * in logs and traces, queues, topics, buckets, internal URLs, addresses, tickets, channels, e-mail
 * addresses, cloud accounts, ARNs, namespaces, dashboards and Terraform addresses. Text of our own
 * writing; no list knows any name. Probes marked `org` are judged with the organisation `acme`.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound31: readonly LeakProbeWithOrganisation[] = [
  // What session 30 left in "Limits".
  p('a database host of English words in prose', 'The pg-payouts-primary replica fell 40 minutes behind.', 'pg-payouts-primary'),
  p('a database host failed over to, in prose', 'At 10:04 we failed over to mysql-orders-replica-2.', 'mysql-orders-replica-2'),
  p('a hyphenated compound of English words before "service"', 'Requests to the ledger-cache service timed out.', 'ledger-cache'),
  p('a hyphenated compound before "worker"', 'The invoice-sync worker stopped consuming at 02:10.', 'invoice-sync'),
  p("a board's title of one word", 'Nobody looked at the Payouts board until 10:30.', 'Payouts'),
  p("a dashboard's title of one word after a possessive", "On-call opened our Reconciliation dashboard first.", 'Reconciliation'),
  p('a bare name after "the S3 bucket"', 'The export landed in the S3 bucket payouts-exports.', 'payouts-exports'),
  p('a bare name after "bucket"', 'We emptied bucket acme-invoices by mistake.', 'acme-invoices'),
  p("the organisation's made-up system as \"the X\" and alone", 'The Sushibar scheduler expired the certificates. Sushibar then restarted every worker.', 'Sushibar'),
  p("a lower-case dictionary word owning an action item beside handles", '| Action | Owner |\n| --- | --- |\n| Add an alert | mar |\n| Rotate keys | sam |\n| Fix the runbook | bob |', 'mar'),

  // People: names of many cultures, single given names, lower-case handles.
  p('a Georgian given name acting', 'Tamuna rolled the config back at 10:12.', 'Tamuna'),
  p('a Quechua given name paged', 'Paged Illariy at 03:10; no answer.', 'Illariy'),
  p('a Hmong full name handing over', 'Handoff: Xiong Pa Nhia took the pager from 06:00.', 'Xiong Pa Nhia'),
  p('a Sámi given name in thanks with a handle in brackets', 'Big thanks to Áilu (@ailu-k) for staying up.', 'Áilu'),
  p('a lower-case handle acting after a time', '02:41 zbrandt restarted the writer pods.', 'zbrandt'),
  p('a handle in a code comment asking', '```go\n// ask qorvath before raising this; see the March incident\nconst maxInFlight = 64\n```', 'qorvath'),
  p('a full name in a Python comment', '```python\n# Temporary: Nalani Kealoha wants this off after the migration\nENABLE_BACKFILL = True\n```', 'Nalani Kealoha'),
  p('a Co-authored-by trailer with a single given name', '```\nfix: cap the pool\n\nCo-authored-by: Oyibo <oyibo@users.noreply.github.com>\n```', 'Oyibo'),
  p('a YAML frontmatter-like author field', '```yaml\nauthor: Dmitri Volkonsky\nreviewers: [hzaki, tmerrow]\n```', 'Dmitri Volkonsky'),
  p('a YAML reviewers flow list of handles', '```yaml\nauthor: Dmitri Volkonsky\nreviewers: [hzaki, tmerrow]\n```', 'tmerrow'),
  p('alt text of a photo of someone', '![Keoni Makoa at the rack after the swap](./rack.jpg)', 'Keoni Makoa'),
  p("a link's title crediting someone", 'The [latency graph](https://example.com/g.png "graph: courtesy of Radomir Paskov") shows the step.', 'Radomir Paskov'),
  p('a footnote naming who ran a query', 'Error rates peaked at 14%.[^q]\n\n[^q]: Query run by Saoirse Ní Bhriain on the replica.', 'Saoirse Ní Bhriain'),
  p('an HTML comment in a .md post naming the reviewer', '<!-- reviewed by Gwenllian, do not publish before Friday -->\nThe writer stalled twice.', 'Gwenllian'),
  p('a details block with a chat log', '<details>\n<summary>Chat log</summary>\n\n[10:02] <pvarga> the queue is at 40k\n[10:03] <tsela> draining now\n\n</details>', 'tsela'),
  p('a quoted chat log with bracketed times', '> [10:02] <kofi_a> seeing 502s on checkout\n> [10:04] <mirela> rolling back', 'kofi_a'),
  p('a quoted chat log, second speaker', '> [10:02] <kofi_a> seeing 502s on checkout\n> [10:04] <mirela> rolling back', 'mirela'),
  p('a table of responders', '| Role | Responder |\n| --- | --- |\n| IC | Amaru Quispe |\n| Comms | Lerato |', 'Lerato'),
  p("a heading of someone's account", "## Timeline (from Vuong's notes)", 'Vuong'),
  p('an e-mail signature', 'Thanks,\n\nBeatriz Oyarzún\nStaff Engineer, Payments', 'Beatriz Oyarzún'),
  p('a Slack mention written as a user link', 'Escalated to <@U04QRS7TUV> at 10:15.', 'U04QRS7TUV'),
  p('a single given name approving in a review', 'Rangi approved the revert at 10:20.', 'Rangi'),
  p('a handle in a git log line', '```\na1b2c3d 2 hours ago (hkovacs) Revert pool size change\n```', 'hkovacs'),
  p('a name after "paired with"', 'I paired with Soraya on the rollback.', 'Soraya'),
  p("a name's possessive terminal", "The bad command ran in Yerlan's terminal.", 'Yerlan'),
  p('a lower-case first name chat speaker in a code block', '```\nmehmet: ok failing over now\ndaria: ack\nmehmet: done\n```', 'daria'),

  // Internal systems.
  p('an internal host in a stack trace', '```\nredis.exceptions.ConnectionError: Error 111 connecting to cache-sessions-02.use1.acme.internal:6379\n```', 'cache-sessions-02.use1.acme.internal'),
  p('a service in a log line', '```\n2025-03-01T10:02:11Z ERROR [payout-reconciler] upstream ledger-writer-v2 returned 503\n```', 'ledger-writer-v2'),
  p('a Kafka topic', 'The Kafka topic payouts.settlements.v3 lagged by 2 million messages.', 'payouts.settlements.v3'),
  p('an SQS queue URL', 'The consumer polled https://sqs.us-east-1.amazonaws.com/123456789012/refunds-dlq.', '123456789012'),
  p('a GCS bucket in a gsutil command', '`gsutil ls gs://acme-prod-ledger-snapshots/2025-03-01/` returned nothing.', 'acme-prod-ledger-snapshots'),
  p('an internal URL with a path', 'The flag is on https://flags.corp.acme.io/projects/ledger.', 'flags.corp.acme.io'),
  p('an internal URL under .internal with a port', 'Grafana at http://grafana.monitoring.internal:3000/d/x9 showed the dip.', 'grafana.monitoring.internal'),
  p('a Kibana URL on an internal host', 'Logs: https://kibana.ops.acme.local/app/discover#/view/abc', 'kibana.ops.acme.local'),
  p('a private IPv4 with a port in prose', 'The primary at 10.12.4.31:5432 refused connections.', '10.12.4.31'),
  p('a private CIDR in a security group rule', 'We opened 10.200.0.0/14 to the bastion.', '10.200.0.0/14'),
  p('a ticket id of a service desk', 'Customer reports were merged into SD-44871.', 'SD-44871'),
  p('a Slack channel in a sentence', 'The alert fired into #payouts-oncall at 02:03.', '#payouts-oncall'),
  p('an internal e-mail address of a team list', 'Mail went to ledger-oncall@acme.internal.', 'ledger-oncall@acme.internal'),
  p("a person's e-mail address at a company domain", 'Questions to imogen.hart@quillmark.io please.', 'imogen.hart@quillmark.io'),
  p('an AWS account id with hyphens', 'The bucket sits in account 1234-5678-9012.', '1234-5678-9012'),
  p('an ARN of a Lambda function', 'The trigger arn:aws:lambda:eu-west-1:210987654321:function:refund-notifier failed.', '210987654321'),
  p('a Kubernetes namespace with an environment', 'Pods in namespace ledger-prod were evicted.', 'ledger-prod'),
  p('a Terraform resource address', 'Terraform wanted to replace aws_db_instance.ledger_primary.', 'ledger_primary'),
  p('a Terraform module address', '`module.payouts_cluster.aws_eks_node_group.workers` was tainted.', 'payouts_cluster'),
  p('a GCP project id in a gcloud command', '`gcloud sql instances restart ledger-db --project=acme-ledger-prod`', 'acme-ledger-prod'),
  p('a cluster context in kubectl', '`kubectl --context gke_acme-prod_europe-west1_ledger-1 get pods`', 'gke_acme-prod_europe-west1_ledger-1'),
  p('an internal hostname of one label and a number in prose', 'The job runs on buildbox07 at night.', 'buildbox07'),
  p('a Consul address', 'It resolved ledger-api.service.consul to a dead node.', 'ledger-api.service.consul'),
  p('a Vault path', 'The key was read from secret/data/payouts/stripe.', 'secret/data/payouts/stripe'),
  p('a Grafana URL with a dashboard slug on a tenant', 'See https://acme.grafana.net/d/ab12cd/payouts-overview.', 'acme.grafana.net'),
  p('a Datadog monitor id', 'Datadog monitor 48213377 fired at 02:03.', '48213377'),
  p('a Sentry issue link on a tenant', 'Sentry: https://acme.sentry.io/issues/4411223/', 'acme.sentry.io'),
  p('a Jira link on the tenant', 'Tracked in https://acme.atlassian.net/browse/PAY-9001.', 'acme.atlassian.net'),
  p('a ticket id in a heading', '## Follow-ups (OPS-7781)', 'OPS-7781'),
  p('a RabbitMQ queue in a code span', 'The `payouts.retry.delayed` queue in RabbitMQ grew to 2 million.', 'payouts.retry.delayed'),
  p('an internal docker registry', 'It pulled registry.acme.internal/ledger/writer:4.2.', 'registry.acme.internal'),
  // Written while the round ran: more surfaces.
  p('a name in an abbreviation tooltip', 'The fix was <abbr title="Nnamdi Okafor">NO</abbr>\'s.', 'Nnamdi Okafor'),
  p('a chat profile link with a name as its text', 'Ask [Ngozi](https://acme.slack.com/team/U0456ABC) about the flag.', 'acme.slack.com'),
  p('git commit with an author option', '```sh\ngit commit --author="Tamar Levi <tamar@example.com>" -m "hotfix"\n```', 'Tamar Levi'),
  p('a Slack copy header with a bold name and time', '> **Hoang Minh** 10:02 AM\n> rolling back the writer now', 'Hoang Minh'),
  p('a transcript speaker with a full name', 'Wanjiru Kamau: okay, we are rolling back now.', 'Wanjiru Kamau'),
  p('a namespace in pasted YAML', '```yaml\nmetadata:\n  name: writer\n  namespace: payouts-prod\n```', 'payouts-prod'),
  p('a self-hosted GitLab on a corp domain', 'The pipeline at https://gitlab.acme.corp/payments/ledger/-/pipelines/991 failed.', 'gitlab.acme.corp'),
  p('an Elasticsearch URL at a private address', 'We queried http://10.0.3.4:9200/_cat/indices during the incident.', '10.0.3.4'),
  p('a ticket key after a tracker label', 'Jira: LEDG-42 (root cause) and LEDG-43 (alerting).', 'LEDG-43'),
  p('a footnote label of a lower-case given name', 'The graph was flat.[^nnamdi]\n\n[^nnamdi]: Nnamdi checked it twice.', 'Nnamdi'),
  p('an SNS topic ARN', 'Alarms publish to arn:aws:sns:us-east-1:123456789012:payouts-alerts.', 'payouts-alerts'),
  p('a Kibana short link on an internal host', 'Saved search: http://kibana.acme.lan/goto/9f8e7d', 'kibana.acme.lan'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedRound31: ReadonlySet<string> = new Set<string>([
  // "a single given name approving in a review" was published until probe round 32 (word-given-names-acting.ts).
]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound31: ReadonlySet<string> = new Set<string>([
  "a database host failed over to, in prose",
  "a Georgian given name acting",
  "a Quechua given name paged",
  "a Hmong full name handing over",
  "a full name in a Python comment",
  "a Co-authored-by trailer with a single given name",
  "a YAML frontmatter-like author field",
  "a YAML reviewers flow list of handles",
  "alt text of a photo of someone",
  "a link's title crediting someone",
  "a footnote naming who ran a query",
  "an HTML comment in a .md post naming the reviewer",
  "a details block with a chat log",
  "a quoted chat log with bracketed times",
  "a quoted chat log, second speaker",
  "a table of responders",
  "a heading of someone's account",
  "an e-mail signature",
  "a Slack mention written as a user link",
  "a name after \"paired with\"",
  "a name's possessive terminal",
  "a lower-case first name chat speaker in a code block",
  "an internal host in a stack trace",
  "a service in a log line",
  "a Kafka topic",
  "an SQS queue URL",
  "a GCS bucket in a gsutil command",
  "an internal URL with a path",
  "an internal URL under .internal with a port",
  "a Kibana URL on an internal host",
  "a private IPv4 with a port in prose",
  "a private CIDR in a security group rule",
  "a ticket id of a service desk",
  "a Slack channel in a sentence",
  "an internal e-mail address of a team list",
  "a person's e-mail address at a company domain",
  "an AWS account id with hyphens",
  "an ARN of a Lambda function",
  "a Kubernetes namespace with an environment",
  "a GCP project id in a gcloud command",
  "a cluster context in kubectl",
  "a Consul address",
  "a Vault path",
  "a Grafana URL with a dashboard slug on a tenant",
  "a Datadog monitor id",
  "a Sentry issue link on a tenant",
  "a Jira link on the tenant",
  "a ticket id in a heading",
  "an internal docker registry",
  "a name in an abbreviation tooltip",
  "a chat profile link with a name as its text",
  "git commit with an author option",
  "a Slack copy header with a bold name and time",
  "a transcript speaker with a full name",
  "a namespace in pasted YAML",
  "a self-hosted GitLab on a corp domain",
  "an Elasticsearch URL at a private address",
  "a ticket key after a tracker label",
  "a footnote label of a lower-case given name",
  "an SNS topic ARN",
  "a Kibana short link on an internal host",
]);

/**
 * Public text written the same way: public products before a board or bucket, English compounds
 * before a system's noun, a public chart's database, a public product "the X".
 */
export const notLeaksRound31: readonly (readonly [string, string])[] = [
  ['a vendor board of one word', 'The Trello board and the Grafana dashboard were both stale.'],
  ['a generic board of one word', 'We checked the Overview dashboard and the Status board.'],
  ['an English compound before service', 'The multi-region service and the read-only service stayed up.'],
  ['a public product compound before service', 'The cert-manager service and the kube-proxy service restarted.'],
  ['a public product read replica', 'The read-replica lag and the hot-standby feedback were fine.'],
  ['a public bucket placeholder', 'Create the S3 bucket my-bucket as the guide shows.'],
  ['a public product as "the X"', 'The Postgres planner chose a bad plan. Postgres then recovered.'],
  ['team names in an owner column', '| Action | Owner |\n| --- | --- |\n| Add an alert | platform |\n| Rotate keys | security |'],
];
