/**
 * The probe round 56's leaks (docs/redaction.md, "Probe round 56"): what round 55 left (German
 * attendees, a Terraform key of a handle, a host in an image's or a link's title, a second name
 * with particles), paging exports (escalated, acknowledged, resolved by, in several languages),
 * git trailers, `git log` and `git blame` lines, `kubectl describe` output, ticket and CSV rows,
 * on-call tables, screenshots' file names, mail links, connection strings, private registries'
 * images, SSH config blocks, pasted YAML and JSON of an owner or a contact. Text of our own
 * writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound56: readonly LeakProbeWithOrganisation[] = [
  // What round 55 left.
  p('de: Teilnehmer of surnames', 'Teilnehmer: Wendrowski-Pahl, Aumeyer, Stollhagen', 'Wendrowski-Pahl'),
  p('de: Teilnehmer of full names', '**Teilnehmer:** Ansgar Veltrup, Hedda Vinterlund, Corvin Ashgrove', 'Ansgar Veltrup'),
  p("a Terraform key of a handle of an unknown given name and an initial", "```\nterraform state rm 'google_compute_instance.bastion[\"ilvy-b\"]'\n```", 'ilvy-b'),
  p("an image's title naming a host", '![lag](./lag.png "Grafana panel of pg-orders-04.dc2")', 'pg-orders-04.dc2'),
  p("a link's title naming a host", '[the panel](https://grafana.example.com/d/abc "pg-orders-04.dc2 replication")', 'pg-orders-04.dc2'),
  p('es: a second name with particles after a comma', 'Asistentes: Inés de la Varga, Wouter van der Steeg', 'Wouter van der Steeg'),
  p('es: a first name of an accented given name with particles', 'Asistentes: Inés de la Varga, Wouter van der Steeg', 'Inés de la Varga'),
  // Paging exports.
  p('PagerDuty: escalated to a person', 'Escalated to: Hedda Vinterlund (level 2)', 'Hedda Vinterlund'),
  p('PagerDuty: acknowledged by a person', '03:14 Acknowledged by Corvin Ashgrove via SMS.', 'Corvin Ashgrove'),
  p('PagerDuty: resolved by a person', '03:41 Resolved by Corvin Ashgrove.', 'Corvin Ashgrove'),
  p('Opsgenie: acknowledged by a handle', 'Alert acknowledged by hvinterlund at 03:14', 'hvinterlund'),
  p('PagerDuty: a log entry of an assignment', '03:12 Assigned to Ximena Oyarbide.', 'Ximena Oyarbide'),
  p('PagerDuty: notified a person by phone', '03:13 Notified Ximena Oyarbide by phone call.', 'Ximena Oyarbide'),
  p('de: bestätigt von', '03:14 Bestätigt von Hedda Vinterlund', 'Hedda Vinterlund'),
  p('fr: acquitté par', '03:14 Acquitté par Corvin Ashgrove', 'Corvin Ashgrove'),
  p('es: resuelto por', '03:41 Resuelto por Ximena Oyarbide', 'Ximena Oyarbide'),
  p('nl: opgelost door', '03:41 Opgelost door Wouter Zeegers', 'Wouter Zeegers'),
  p('it: risolto da', '03:41 Risolto da Ilario Bencivenga', 'Ilario Bencivenga'),
  p('pt: reconhecido por', '03:14 Reconhecido por Ximena Oyarbide', 'Ximena Oyarbide'),
  p('ja: 対応者', '対応者: 柿沼、鷲見', '鷲見'),
  p('an escalation policy table', '| Level | Who | After |\n| --- | --- | --- |\n| 1 | Hedda Vinterlund | 15 min |', 'Hedda Vinterlund'),
  // Git trailers, logs and blame.
  p('Co-authored-by of a name and an address', 'Co-authored-by: Tamsin Okereke <tamsin.okereke@velmarra.io>', 'Tamsin Okereke'),
  p('Reviewed-by of a name and an address', 'Reviewed-by: Pavlo Hrytsenko <phrytsenko@velmarra.io>', 'Pavlo Hrytsenko'),
  p('Signed-off-by in a code block', '```\nSigned-off-by: Nelleke Brouwers <nelleke@velmarra.io>\n```', 'Nelleke Brouwers'),
  p('Co-authored-by of a noreply address', 'Co-authored-by: tokereke <48213377+tokereke@users.noreply.github.com>', 'tokereke'),
  p('git log of one line a commit', '```\n4f1c2e9 2026-03-03 Tamsin Okereke Raise the pool size\n```', 'Tamsin Okereke'),
  p("git log's Author line", '```\ncommit 4f1c2e9a7b\nAuthor: Pavlo Hrytsenko <pavlo@velmarra.io>\nDate:   Tue Mar 3 03:12:44 2026 +0000\n```', 'Pavlo Hrytsenko'),
  p('git blame line', '```\n^4f1c2e9 (Nelleke Brouwers 2026-02-11 14:02:33 +0100 118)   pool_size: 5\n```', 'Nelleke Brouwers'),
  p('git shortlog header', '```\nTamsin Okereke (3):\n      Raise the pool size\n```', 'Tamsin Okereke'),
  // kubectl describe.
  p('kubectl describe: an owner annotation', '```\nAnnotations:  owner=hvinterlund\n              team=ledger\n```', 'hvinterlund'),
  p('kubectl describe: an owner label of a dotted handle', '```\nLabels:       app=ledger\n              owner=corvin.ashgrove\n```', 'corvin.ashgrove'),
  p('kubectl describe: the node of an internal host', '```\nNode:         ledger-node-7.k8s.velmarra.lan/10.20.3.14\n```', 'ledger-node-7.k8s.velmarra.lan'),
  // Tickets, CSV and on-call tables.
  p('a ticket table of an assignee surname', '| Key | Summary | Assignee |\n| --- | --- | --- |\n| OPS-4412 | Raise the pool size | Okereke |', 'Okereke'),
  p("a ticket's assignee handle in prose", 'OPS-4413 (assignee: pavlo.h) tracks the alert.', 'pavlo.h'),
  p('a CSV row of a handle', '```csv\ntime,actor,action\n03:12,hvinterlund,restarted ledger-api\n```', 'hvinterlund'),
  p('a CSV row of a full name', '```\ntime,actor,action\n03:14,Corvin Ashgrove,acknowledged\n```', 'Corvin Ashgrove'),
  p('an on-call schedule of surnames', '| Week | Primary | Secondary |\n| --- | --- | --- |\n| 10 | Vinterlund | Okereke |', 'Okereke'),
  p('an on-call line of given names and initials', 'On call: Hedda V. (primary), Corvin A. (secondary)', 'Corvin A.'),
  // Screenshots and uploads.
  p("a screenshot's file name of a full name", '![the alert](./screenshot-tamsin-okereke-2026-03-03.png)', 'tamsin-okereke'),
  p("a screenshot's file name of a handle", '![lag](./images/hvinterlund_grafana_0303.png)', 'hvinterlund'),
  p("an upload under a person's folder", '[the recording](https://files.velmarra.io/u/corvin.ashgrove/recording.mp4)', 'corvin.ashgrove'),
  // Mail links.
  p('a mailto link of an address', 'Write to [the DBA](mailto:nelleke.brouwers@velmarra.io).', 'nelleke.brouwers'),
  p("an HTML mailto link's text", '<a href="mailto:pavlo@velmarra.io">Pavlo Hrytsenko</a> owns the runbook.', 'Pavlo Hrytsenko'),
  p('a mailto autolink', 'Questions to <mailto:hedda.vinterlund@velmarra.io>.', 'hedda.vinterlund'),
  // Connection strings.
  p('a PostgreSQL URL of an internal host', '`postgres://svc_ledger@db-3.int.velmarra.net:5432/ledger`', 'db-3.int.velmarra.net'),
  p('a MySQL URL of a host in a site', '```\nDATABASE_URL=mysql://app:****@mysql-orders-2.dc1:3306/orders\n```', 'mysql-orders-2.dc1'),
  p('a Redis URL of a bare host', 'The workers read `redis://cache-ledger-01:6379/0`.', 'cache-ledger-01'),
  p('a JDBC URL of a host in a site', '`jdbc:postgresql://pg-ledger-02.dc3:5432/ledger`', 'pg-ledger-02.dc3'),
  p("Kafka's bootstrap servers", '```\nbootstrap.servers=kafka-b-2.ledger:9092,kafka-b-3.ledger:9092\n```', 'kafka-b-3.ledger'),
  // Private registries' images.
  p("a private registry's image", '`docker pull registry.int.velmarra.net/ledger/api:2026.03.1`', 'registry.int.velmarra.net'),
  p("a registry on a bare host and port", '```\nimage: registry-01:5000/ledger/api:1.4\n```', 'registry-01'),
  // SSH config.
  p("an SSH config block's user", '```\nHost bastion-eu\n  HostName 10.20.3.14\n  User hvinterlund\n```', 'hvinterlund'),
  p("an SSH config block's host name", '```\nHost ledger-db\n  HostName pg-ledger-02.dc3\n  User postgres\n```', 'pg-ledger-02.dc3'),
  p('an ssh jump through a bastion', '`ssh -J hvinterlund@bastion-eu-1 ledger-db` reached the primary.', 'hvinterlund'),
  // Pasted YAML and JSON.
  p("a YAML owner's dotted handle", '```yaml\nservice: ledger-api\nowner: tamsin.okereke\n```', 'tamsin.okereke'),
  p("a JSON owner's full name", '```json\n{"service": "ledger-api", "owner": "Corvin Ashgrove", "tier": 1}\n```', 'Corvin Ashgrove'),
  p("a YAML maintainers' name", '```yaml\nmaintainers:\n  - name: Nelleke Brouwers\n    email: nelleke@velmarra.io\n```', 'Nelleke Brouwers'),
  p("Backstage's user entity as an owner", '```yaml\nspec:\n  owner: user:default/pavlo.hrytsenko\n```', 'pavlo.hrytsenko'),
  p("a YAML contact of a name and an address", '```yaml\ncontact: Hedda Vinterlund <hedda@velmarra.io>\n```', 'Hedda Vinterlund'),
  p("a YAML on-call key of a handle", '```yaml\noncall:\n  primary: hvinterlund\n  secondary: tokereke\n```', 'tokereke'),
  // More of the shapes above, in other wordings.
  p("Opsgenie: an alert's responders", 'Responders: Hedda Vinterlund, Ledger SRE', 'Hedda Vinterlund'),
  p('sv: kvitterad av', '03:14 Kvitterad av Hedda Vinterlund', 'Hedda Vinterlund'),
  p('pl: potwierdzone przez', '03:14 Potwierdzone przez Wiesław Kądziołka', 'Wiesław Kądziołka'),
  p("a paging tool's CSV export", '```\nincident_number,title,assigned_to,resolved_by\n4412,Ledger lag,hvinterlund,Corvin Ashgrove\n```', 'Corvin Ashgrove'),
  p('Tested-by of a name and an address', 'Tested-by: Ximena Oyarbide <xo@velmarra.io>', 'Ximena Oyarbide'),
  p("git log of an author in angle brackets", '```\n4f1c2e9 Raise the pool size <Tamsin Okereke>\n```', 'Tamsin Okereke'),
  p("kubectl describe: a created-by annotation", '```\nAnnotations:  created-by: ilvy.brandhorst\n```', 'ilvy.brandhorst'),
  p("an SSH config's alias of a person's machine", '```\nHost hedda-laptop\n  HostName 192.168.10.5\n```', 'hedda-laptop'),
  p('a mailto link with a subject', '[mail the IC](mailto:corvin.ashgrove@velmarra.io?subject=Ledger%20lag)', 'corvin.ashgrove'),
  p("an image of a person's namespace on a private registry", '`registry.int.velmarra.net/hvinterlund/debug-tools:latest` was still running.', 'hvinterlund'),
];

/** The kinds of the probes found before the round's rules (measured on `fb11dd3e`). */
export const foundBeforeRound56: ReadonlySet<string> = new Set<string>([
  'de: Teilnehmer of full names',
  'a Terraform key of a handle of an unknown given name and an initial',
  'es: a second name with particles after a comma',
  'PagerDuty: escalated to a person',
  'PagerDuty: acknowledged by a person',
  'PagerDuty: resolved by a person',
  'Opsgenie: acknowledged by a handle',
  'PagerDuty: a log entry of an assignment',
  'PagerDuty: notified a person by phone',
  'de: bestätigt von',
  'fr: acquitté par',
  'es: resuelto por',
  'nl: opgelost door',
  'it: risolto da',
  'pt: reconhecido por',
  'ja: 対応者',
  'an escalation policy table',
  'Co-authored-by of a name and an address',
  'Reviewed-by of a name and an address',
  'Signed-off-by in a code block',
  'Co-authored-by of a noreply address',
  "git log's Author line",
  'git blame line',
  'git shortlog header',
  'kubectl describe: an owner annotation',
  'kubectl describe: an owner label of a dotted handle',
  'kubectl describe: the node of an internal host',
  'a ticket table of an assignee surname',
  "a ticket's assignee handle in prose",
  'a CSV row of a handle',
  'a CSV row of a full name',
  'an on-call schedule of surnames',
  "a screenshot's file name of a full name",
  "an upload under a person's folder",
  'a mailto link of an address',
  "an HTML mailto link's text",
  'a mailto autolink',
  'a PostgreSQL URL of an internal host',
  'a MySQL URL of a host in a site',
  'a Redis URL of a bare host',
  'a JDBC URL of a host in a site',
  "a private registry's image",
  'a registry on a bare host and port',
  "an SSH config block's user",
  'an ssh jump through a bastion',
  "a YAML owner's dotted handle",
  "a JSON owner's full name",
  "a YAML maintainers' name",
  'a YAML contact of a name and an address',
  "Opsgenie: an alert's responders",
  'sv: kvitterad av',
  'pl: potwierdzone przez',
  "a paging tool's CSV export",
  'Tested-by of a name and an address',
  'kubectl describe: a created-by annotation',
  "an SSH config's alias of a person's machine",
  'a mailto link with a subject',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound56: ReadonlySet<string> = new Set<string>([
  // Found since probe round 57 (docs/redaction.md, "Probe round 57").
]);

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound56: readonly (readonly [string, string])[] = [
  ['de: Teilnehmer of groups', '**Teilnehmer:** Fachabteilung, IT-Betrieb, Service-Owner'],
  ['de: Teilnehmer of a role list', 'Teilnehmer: Incident Manager, Entwickler, Kunde'],
  ['paging by a role', '03:14 Acknowledged by the on-call engineer.'],
  ['resolved by a change', 'Resolved by rolling back the config at 03:41.'],
  ['escalated to a team', 'Escalated to: Database team (level 2)'],
  ['a trailer of a bot', 'Co-authored-by: dependabot[bot]'],
  ['a YAML owner of a team', '```yaml\nowner: team-ledger\n```'],
  ['a PostgreSQL URL of localhost', '`postgres://postgres@localhost:5432/ledger`'],
  ['a public image', '`docker pull docker.io/library/postgres:16`'],
  ['an SSH config block of a public host', '```\nHost github.com\n  User git\n```'],
  ['a screenshot of a thing', '![the alert](./screenshot-lag-alert.png)'],
  ['an image title of a file', '![lag](./lag.png "lag-graph-2.png")'],
  ['an initial after a word no rule finds', 'Plan B. (the fallback) was not needed.'],
  ['a broker list of a public host', '```\nbootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092\n```'],
  ['git log of a subject of words', '```\n4f1c2e9 2026-03-03 Fix Proxy timeout\n```'],
  ['an on-call table of roles', '| Week | Primary | Secondary |\n| --- | --- | --- |\n| 10 | SRE | DBA |'],
];
