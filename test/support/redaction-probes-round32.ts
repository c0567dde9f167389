/**
 * The probe round 32's leaks (docs/redaction.md, "Probe round 32"): what round 31 left (a given
 * name that is also a dictionary word acting, a database or service host of two parts in prose, a
 * board's title of a generic word, a handle carried only by a profile URL) and a fresh round across
 * a post's surfaces: names of many cultures, single given names, lower-case handles, initials,
 * particles, hyphens, possessives, mentions in code spans, trailers, image file names, URL query
 * strings, e-mail local parts, paging escalation lines, cc lines and quoted Slack exports; hosts in
 * many spellings, Kubernetes objects, Vault paths, internal packages and registries, VPN and
 * bastion names, bucket URLs, tenant URLs of monitoring tools, ticket keys, wiki URLs, IPv6 and
 * account ids inside ARNs. Text of our own writing; no list knows any name. Probes marked `org` are
 * judged with the organisation `acme`.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound32: readonly LeakProbeWithOrganisation[] = [
  // What round 31 left in "Limits".
  p('a given name that is a dictionary word approving', 'Rangi approved the rollback at 10:20.', 'Rangi'),
  p('a given name that is a dictionary word restarting', 'Faith restarted the pods after the drain.', 'Faith'),
  p('a given name that is a dictionary word paging', 'At 03:12 Hunter paged the DBA on call.', 'Hunter'),
  p('a given name that is a dictionary word acknowledging', 'Page acknowledged the alert four minutes later.', 'Page'),
  p('a given name that is a dictionary word rolling back', 'Will rolled back the deploy at 11:02.', 'Will'),
  p('a database host of two parts in prose', 'Writes to orders-db stalled for nine minutes.', 'orders-db'),
  p('a service host of two parts in prose', 'Every call to billing-api returned 502.', 'billing-api'),
  p('a service host with a svc suffix in prose', 'The token check in auth-svc timed out.', 'auth-svc'),
  p('a worker host of two parts in prose', 'We scaled payments-worker to zero during the fix.', 'payments-worker'),
  p('a board of a generic word', 'Nobody watched the Billing dashboard that night.', 'Billing'),
  p('a runbook of a generic word', 'We followed the Checkout runbook step by step.', 'Checkout'),

  // People: cultures, single given names, handles, initials, particles.
  p('an initial and a surname acting', 'J. Okonkwo restarted the primary at 10:04.', 'J. Okonkwo'),
  p('two-letter initials as the incident commander', 'IC: JS (handed over to MT at 06:00).', 'JS'),
  p('a Dutch name with a particle', 'Sanne van der Berkhout drained the node pool.', 'Sanne van der Berkhout'),
  p('a Spanish name with a particle', 'Lucía de la Fuente Arriaga approved the hotfix.', 'Lucía de la Fuente Arriaga'),
  p('a Malay name with bin', 'Hafiz bin Rahmatullah failed over the cluster.', 'Hafiz bin Rahmatullah'),
  p("an Irish surname with an apostrophe", "Ciarán O'Dowling was incident commander.", "O'Dowling"),
  p('a Scottish surname with Mc', 'Eilidh McCrindle paged the network team.', 'Eilidh McCrindle'),
  p('a hyphenated surname', 'Thanks to Anna Kowalczyk-Brandt for the quick revert.', 'Anna Kowalczyk-Brandt'),
  p('a possessive of a single given name', "The script ran from Priyamvada's laptop, not the bastion.", 'Priyamvada'),
  p('a lower-case handle acting in prose', 'Then tvoskuil merged the fix without review.', 'tvoskuil'),
  p('an @mention inside a code span', 'The bot posted `@rkaminski please ack` to the channel.', 'rkaminski'),
  p('a Signed-off-by trailer', '```\nfix(pool): cap idle connections\n\nSigned-off-by: Mirela Dumitrescu <mirela@example.org>\n```', 'Mirela Dumitrescu'),
  p('a Reviewed-by trailer with a handle', '```\nReviewed-by: okwuosa\n```', 'okwuosa'),
  p("a person's name in an image file name", '![The rack after the swap](./img/kwabena-mensah-rack-swap.jpg)', 'kwabena-mensah'),
  p('a user in a URL query string', 'The audit view https://status.example.com/audit?user=lhadjiev showed the change.', 'lhadjiev'),
  p('an e-mail local part of first.last', 'The alert went to t.okafor@example.com only.', 't.okafor'),
  p('a PagerDuty escalation line', 'PagerDuty: escalated to Level 2 (Yusra Haddad) after 15 minutes.', 'Yusra Haddad'),
  p('an Opsgenie escalation line', 'Opsgenie escalation: primary → Teodoro Bautista → Kwame Asante', 'Teodoro Bautista'),
  p('a cc line', 'cc: Ingrid Sæther, Ravi Subramanian', 'Ravi Subramanian'),
  p('a quoted Slack export line', '> **fenna.dijkstra** 10:04 PM: draining the node now', 'fenna.dijkstra'),
  p('a Vietnamese full name acting', 'Nguyễn Thị Lan rolled the config back.', 'Nguyễn Thị Lan'),
  p('a Maori given name acting', 'Wiremu restarted the ingest job at 04:30.', 'Wiremu'),
  p('a Yoruba full name in thanks', 'Thanks to Adébáyọ̀ Ogunlesi for the root cause.', 'Ogunlesi'),
  p('a GitHub profile URL of a person', 'The patch came from https://github.com/qzelenko/pool-fix.', 'qzelenko'),
  p('a LinkedIn profile URL', 'Our responder (linkedin.com/in/marisol-quintero-7a) wrote the summary.', 'marisol-quintero-7a'),
  p('a Twitter profile URL', 'He posted the first update at https://twitter.com/brannoch_dev.', 'brannoch_dev'),
  p('a GitLab profile URL', 'Reviewed by https://gitlab.com/ekaterinaz.', 'ekaterinaz'),

  // Internal systems.
  p('an internal host in a ssh command', '`ssh deploy@bastion-eu1.acme.internal` timed out.', 'bastion-eu1.acme.internal'),
  p('an internal host with uppercase labels', 'DNS for LEDGER-DB01.CORP.ACME.NET pointed at the old primary.', 'LEDGER-DB01.CORP.ACME.NET'),
  p('a Kubernetes service DNS name', 'The sidecar called payouts-api.payments.svc.cluster.local:8080.', 'payouts-api.payments.svc.cluster.local'),
  p('a Kubernetes deployment via kubectl', '`kubectl rollout restart deployment/ledger-writer -n payments-prod`', 'payments-prod'),
  p('a Vault path after vault read', '`vault kv get kv/platform/stripe-live` printed the key.', 'kv/platform/stripe-live'),
  p('an internal npm package', 'The bad release was `@acme-internal/ledger-client@3.4.1`.', '@acme-internal/ledger-client'),
  p('an internal Docker registry by port', 'It pulled docker.acme.corp:5000/payments/writer:4.2.', 'docker.acme.corp'),
  p('a VPN gateway host', 'Staff reached the admin via vpn-gw02.acme.lan.', 'vpn-gw02.acme.lan'),
  p('an S3 URL of a private bucket', 'The dump was at s3://acme-ledger-backups-prod/2025/03/.', 'acme-ledger-backups-prod'),
  p('a GCS console URL', 'See https://console.cloud.google.com/storage/browser/acme-exports-raw.', 'acme-exports-raw'),
  p('a Datadog URL with an org subdomain', 'Graph: https://acme-payments.datadoghq.eu/dashboard/abc-123', 'acme-payments.datadoghq.eu'),
  p('a Grafana URL with an org id and dashboard', 'https://grafana.acme.io/d/xyz/ledger?orgId=3 showed it.', 'grafana.acme.io'),
  p('a Sentry URL with an org slug in the path', 'https://sentry.io/organizations/acme-payments/issues/998877/', 'acme-payments'),
  p('a Jira key in prose', 'The follow-up is BILL-2231 in our tracker.', 'BILL-2231'),
  p('an internal wiki URL', 'Runbook: https://wiki.acme.corp/display/OPS/Ledger+failover', 'wiki.acme.corp'),
  p('a Confluence URL on the tenant', 'The notes are at https://acme.atlassian.net/wiki/spaces/PAY/pages/12345.', 'acme.atlassian.net'),
  p('a unique local IPv6 address', 'The resolver at fd12:3456:789a::53 stopped answering.', 'fd12:3456:789a::53'),
  p('an AWS account id inside an IAM role ARN', 'It assumed arn:aws:iam::444455556666:role/ledger-deployer.', '444455556666'),
  p('a private IPv4 in a log line', '```\nconn refused: 172.20.14.7:6379\n```', '172.20.14.7'),
  p('a Kubernetes secret name in a code span', 'The `ledger-db-credentials` secret had expired.', 'ledger-db-credentials'),
  // Written while the round ran: more surfaces.
  p('an Opsgenie on-call schedule line', 'On call (Opsgenie schedule): Dagny Halvorsen until 09:00.', 'Dagny Halvorsen'),
  p('a Slack export record of a handle', '```json\n{"user_name": "oadeyemi", "text": "rolling back now", "ts": "1740823320.000200"}\n```', 'oadeyemi'),
  p('a GCS bucket URL', 'Checkpoints were read from gs://acme-ml-checkpoints/run-42/.', 'acme-ml-checkpoints'),
  p('an internal host with underscores', 'The connection string named ledger_db_01.prod.acme.internal.', 'ledger_db_01.prod.acme.internal'),
  p('an account id inside an EKS cluster ARN', 'The context was arn:aws:eks:eu-west-1:555566667777:cluster/ledger-prod.', '555566667777'),
  p('a jump host in ssh -J', '`ssh -J jump.ops.acme.lan app-07` hung at the banner.', 'jump.ops.acme.lan'),
  p('a Co-authored-by trailer with an Arabic name', '```\nCo-authored-by: Layla Al-Harbi <layla@example.org>\n```', 'Layla Al-Harbi'),
  p('an e-mail address in a CC line', 'CC: marta.kowal@quillmark.io', 'marta.kowal@quillmark.io'),
  p('a romanised Korean name acting', 'Park Ji-hoon restarted the ingest job at 04:10.', 'Park Ji-hoon'),
  p('a handle as a PagerDuty assignee', 'Assigned to: tkaewkla (PagerDuty), acknowledged 02:14.', 'tkaewkla'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedRound32: ReadonlySet<string> = new Set<string>([
  // Two words no lexicon knows opening an image's file name, before words of what it shows: read as a product's name as often.
  "a person's name in an image file name",
]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound32: ReadonlySet<string> = new Set<string>([
  "an initial and a surname acting",
  "a Dutch name with a particle",
  "a Spanish name with a particle",
  "an Irish surname with an apostrophe",
  "a Scottish surname with Mc",
  "a hyphenated surname",
  "a possessive of a single given name",
  "an @mention inside a code span",
  "a Signed-off-by trailer",
  "a Reviewed-by trailer with a handle",
  "a user in a URL query string",
  "an e-mail local part of first.last",
  "a PagerDuty escalation line",
  "an Opsgenie escalation line",
  "a cc line",
  "a quoted Slack export line",
  "a Vietnamese full name acting",
  "a Maori given name acting",
  "a Yoruba full name in thanks",
  "a GitHub profile URL of a person",
  "a LinkedIn profile URL",
  "a Twitter profile URL",
  "a GitLab profile URL",
  "an internal host in a ssh command",
  "an internal host with uppercase labels",
  "a Kubernetes service DNS name",
  "a Kubernetes deployment via kubectl",
  "an internal npm package",
  "an internal Docker registry by port",
  "a VPN gateway host",
  "an S3 URL of a private bucket",
  "a GCS console URL",
  "a Datadog URL with an org subdomain",
  "a Grafana URL with an org id and dashboard",
  "a Sentry URL with an org slug in the path",
  "a Jira key in prose",
  "an internal wiki URL",
  "a Confluence URL on the tenant",
  "a unique local IPv6 address",
  "an AWS account id inside an IAM role ARN",
  "a private IPv4 in a log line",
  "an Opsgenie on-call schedule line",
  "a Slack export record of a handle",
  "a GCS bucket URL",
  "an account id inside an EKS cluster ARN",
  "a jump host in ssh -J",
  "a Co-authored-by trailer with an Arabic name",
  "an e-mail address in a CC line",
  "a handle as a PagerDuty assignee",
]);

/** Public text written the same way: a dictionary word, a public product's compound, a generic board. */
export const notLeaksRound32: readonly (readonly [string, string])[] = [
  ['a dictionary word opening a sentence before a verb', 'Faith in the old runbook restarted nothing. Page load times rose.'],
  ['a modal verb opening a sentence', 'Will this happen again? Hunter-gatherer metaphors aside, probably.'],
  ['a public product compound in prose', 'We upgraded cert-manager and kube-proxy, then the read-only replica caught up.'],
  ['a generic dashboard', 'We watched the Overview dashboard and the Grafana dashboard.'],
];
