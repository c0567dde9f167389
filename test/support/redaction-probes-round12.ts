/**
 * The twelfth probe round's leaks (docs/redaction.md, "Twelfth probe round"): forms the earlier
 * rounds' tables did not hold, each a public text of our own writing modelled on how the
 * postmortems in /work/corpora name people and internal systems (credits closing a report,
 * "thanks to X and Y", names in pictures' alt text, link text and table cells, code comments and
 * log lines, names with apostrophes, hyphens and accents, nicknames, service DNS names, buckets,
 * dashboards, on-call schedules, lone chat lines), and the two leaks the eleventh round left.
 * No list knows any name. Probes marked `org` are judged with the organisation `acme` configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound12: readonly LeakProbeWithOrganisation[] = [
  // The eleventh round's leftovers, as it wrote them.
  p('a host under .office', 'The printer server printsrv.office answered.', 'printsrv.office'),
  p("a personal repository's pull request", 'Fixed in tlindqvist/pool-tuner#7.', 'tlindqvist'),

  // Signatures and sign-offs closing a report.
  p('a sign-off with a dash and a full name', 'That is all we know so far.\n\n— Hallvard Brekke, on behalf of the SRE team', 'Hallvard Brekke'),
  p('"Best," and a first name', 'We will post an update tomorrow.\n\nBest,\nKasimir', 'Kasimir'),
  p('"Regards," and a lower-case handle', 'Regards,\nhbrekke', 'hbrekke'),
  p('a signature with a first name and a role', 'Thanks for bearing with us,\nIlsabet (incident commander)', 'Ilsabet'),

  // Credit.
  p('"thanks to X and Y", the second name', 'Thanks to Ilsabet and Quorvex for the quick rollback.', 'Quorvex'),
  p('thanks to three first names', 'Big thanks to Tove, Ilsabet and Dagfinn for staying on the call.', 'Dagfinn'),
  p('thanks to two lower-case handles', 'Thanks to hbrekke and tovem for staying late.', 'tovem'),
  p('"kudos to" a first name', 'Kudos to Dagfinn for spotting the expired certificate.', 'Dagfinn'),
  p('"shout-out to" a first name', 'Shout-out to Ilsabet, who found the bad config in minutes.', 'Ilsabet'),

  // Pictures and links.
  p('a full name in alt text', '![Kasimir Vold explaining the failover on the whiteboard](./failover.png)', 'Kasimir Vold'),
  p('a possessive in alt text', '![Ilsabet’s sketch of the pool](./pool.png)', 'Ilsabet'),
  p("a full name as a link's text", 'The [notes by Quorvex Dalsgaard](https://docs.example.com/notes) list every step.', 'Quorvex Dalsgaard'),
  p("a possessive as a link's text", "See [Dagfinn's runbook](https://docs.example.com/runbook) for the restore.", 'Dagfinn'),

  // Table cells.
  p('a full name in a timeline table', '| Time | Event |\n| --- | --- |\n| 10:02 | Paged Quorvex Dalsgaard |', 'Quorvex Dalsgaard'),
  p('a first name under a Role/Person table', '| Role | Person |\n| --- | --- |\n| Incident commander | Ilsabet |', 'Ilsabet'),
  p('a role and a name in a two-column table', '| Incident commander | Kasimir |\n| --- | --- |\n| Scribe | Dagfinn |', 'Dagfinn'),

  // Code comments and log lines.
  p('a first name in a code comment', '```python\n# ask Ilsabet before removing this retry\nretries = 3\n```', 'Ilsabet'),
  p('a to-do naming a person in a comment', '```go\n// TODO: Dagfinn says this can go after the migration\nconst poolSize = 40\n```', 'Dagfinn'),
  p('a log line with a full name', '```\n2025-03-01T10:02:11Z INFO deploy approved by Kasimir Vold\n```', 'Kasimir Vold'),
  p('a logfmt user at the end of a line', '```\nlevel=info msg="manual failover" user=hbrekke\n```', 'hbrekke'),

  // Names with apostrophes, hyphens and accents.
  p('a surname with an apostrophe', "Siobhan O'Brien restarted the primary at 10:05.", "O'Brien"),
  p('a surname with a curly apostrophe, credited', 'Thanks to Aoife O’Sullivan for the patch.', 'O’Sullivan'),
  p('a hyphenated first name acting', 'Anne-Marie restarted the workers at 10:05.', 'Anne-Marie'),
  p('an accented first name acting', 'José restarted the pool after the alert.', 'José'),
  p('an accented full name credited', 'Thanks to Zoë Ødegård for the quick review.', 'Zoë Ødegård'),

  // Nicknames and handles.
  p('a nickname after "aka"', 'Kasimir Vold (aka kvold) took the page.', 'kvold'),
  p('a name after "a.k.a."', 'The tuning came from pgwizard (a.k.a. Dagfinn).', 'Dagfinn'),
  p('a local part without a domain as a contact', 'Escalation contact: dagfinn.h@ (or the channel).', 'dagfinn.h'),

  // Lone chat lines and pings.
  p('a lone chat line in code', '```\nhbrekke: restarting\n```', 'hbrekke'),
  p('a lone chat line in the first person', '```\ntovem: I am failing over the primary now\n```', 'tovem'),
  p('a lone chat line acknowledging', '```\nqvalder: ack, on it\n```', 'qvalder'),
  p('"ping" a handle with no reason', 'If in doubt, ping hbrekke.', 'hbrekke'),

  // Praise, roles in a list, diagrams and captions.
  p('praise with a first name', 'Great work, Dagfinn! The failover took four minutes.', 'Dagfinn'),
  p('"well done" a first name and the team', 'Well done Ilsabet and team.', 'Ilsabet'),
  p('a name and an incident role in a list', '- Dagfinn — comms\n- Ilsabet — scribe', 'Ilsabet'),
  p('a person drawn as a diagram actor', '```mermaid\nsequenceDiagram\n  actor Dagfinn\n  participant DB\n  Dagfinn->>DB: promote the replica\n```', 'Dagfinn'),
  p('a diagram participant with a first name', '```mermaid\nsequenceDiagram\n  participant Ingrid\n  participant API\n  Ingrid->>API: drain\n```', 'Ingrid'),
  p('a hyphenated French first name acting', 'Jean-Luc restarted the pool at 10:05.', 'Jean-Luc'),
  p('a first name and an initial before a role', 'Hallvard B., SRE lead, wrote this summary.', 'Hallvard'),
  p('a first name in a figure caption', '<figure><img src="rack.png" alt="" /><figcaption>Kasimir at the rack</figcaption></figure>', 'Kasimir'),

  // Internal hosts in URLs with ports and paths.
  p('a one-label host with a port and a path', 'The job at http://buildbox:8080/job/deploy/42/ failed twice.', 'buildbox'),
  p('a machine on the organisation domain with a port', 'Jenkins at https://ci-runner-03.acme.io:8443/job/ledger/ was down.', 'ci-runner-03.acme.io', true),
  p('an admin host with a port', 'The flag is at https://admin.acme.io:9443/flags.', 'admin.acme.io', true),

  // Private IPv6 addresses.
  p('a unique local IPv6 address', 'The replica listens on fd12:3456:789a::17 only.', 'fd12:3456:789a::17'),
  p('a link-local IPv6 address with a zone', 'Neighbour fe80::1ff:fe23:4567:890a%eth0 stopped answering.', 'fe80::1ff:fe23:4567:890a'),
  p('a unique local IPv6 address in a URL', 'Scraped http://[fd12:3456:789a::17]:9100/metrics.', 'fd12:3456:789a::17'),

  // Kubernetes service names.
  p('a service DNS name with svc.cluster.local', 'Connections to ledger-api.payments.svc.cluster.local:8080 timed out.', 'ledger-api.payments.svc.cluster.local'),
  p('a short service DNS name with .svc', 'The webhook ledger-admission.ingress-controllers.svc:443 refused calls.', 'ledger-admission.ingress-controllers.svc'),
  p('a namespace in a YAML manifest', '```yaml\nmetadata:\n  name: ledger-api\n  namespace: qvx-ledger\n```', 'qvx-ledger'),

  // Buckets.
  p('an S3 bucket URI', 'The dump went to s3://acme-ledger-backups/2025/03/.', 'acme-ledger-backups'),
  p('an S3 bucket ARN', 'The policy on arn:aws:s3:::acme-prod-audit-logs denied the write.', 'acme-prod-audit-logs'),
  p('a virtual-hosted S3 bucket', 'Artifacts are in https://acme-build-cache.s3.eu-west-1.amazonaws.com/ledger/.', 'acme-build-cache'),
  p('a GCS bucket URI', 'Exports land in gs://acme-ledger-exports/daily/.', 'acme-ledger-exports'),

  // Dashboards.
  p("a Grafana explore link", 'See https://grafana.acme.io/explore?left=%7B%22datasource%22%3A%22loki%22%7D for the logs.', 'grafana.acme.io'),
  p('a Grafana short link', 'The panel: https://grafana.acme.io/goto/Xk3pZ9aIg', 'grafana.acme.io'),
  p('a Kibana space', 'https://kibana.acme.io/s/payments/app/discover showed the spike.', 'kibana.acme.io'),
  p('an OpenSearch Dashboards view', 'https://logs.acme.io/_dashboards/app/discover#/ showed it.', 'logs.acme.io'),

  // On-call schedules.
  p('a PagerDuty schedule named in a code span', 'The PagerDuty schedule `ledger-primary-oncall` had no one on it.', 'ledger-primary-oncall'),
  p('an Opsgenie schedule named in quotes', 'The Opsgenie schedule "payments_sre_schedule" was empty that night.', 'payments_sre_schedule'),
  p('an escalation policy named in a code span', 'The escalation policy `sre-ledger-escalation` paged nobody.', 'sre-ledger-escalation'),
];

/**
 * The probes still published after this round's rules: docs/redaction.md, "Limits". "ping" with
 * no reason, a first name and an initial before a role and a first name in a caption are found
 * since the thirteenth probe round ("Thirteenth probe round"), a lone chat line in code since the
 * fourteenth ("Fourteenth probe round").
 */
export const stillPublishedRound12: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound12: ReadonlySet<string> = new Set<string>([
  'a sign-off with a dash and a full name',
  '"Best," and a first name',
  '"Regards," and a lower-case handle',
  'a signature with a first name and a role',
  '"thanks to X and Y", the second name',
  'thanks to three first names',
  '"kudos to" a first name',
  '"shout-out to" a first name',
  'a full name in alt text',
  "a full name as a link's text",
  'a full name in a timeline table',
  'a first name under a Role/Person table',
  'a log line with a full name',
  'a logfmt user at the end of a line',
  'a surname with an apostrophe',
  'a surname with a curly apostrophe, credited',
  'a hyphenated first name acting',
  'an accented first name acting',
  'an accented full name credited',
  'a nickname after "aka"',
  'a local part without a domain as a contact',
  'a one-label host with a port and a path',
  'an admin host with a port',
  'a unique local IPv6 address',
  'a link-local IPv6 address with a zone',
  'a unique local IPv6 address in a URL',
  'a service DNS name with svc.cluster.local',
  'a short service DNS name with .svc',
  'a namespace in a YAML manifest',
  'an S3 bucket URI',
  'an S3 bucket ARN',
  'a virtual-hosted S3 bucket',
  'a GCS bucket URI',
  'a Grafana explore link',
  'a Grafana short link',
  'a Kibana space',
]);
