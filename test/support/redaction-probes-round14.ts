/**
 * The fourteenth probe round's leaks (docs/redaction.md, "Fourteenth probe round"): what the
 * thirteenth round's Limits said still got through (a lone chat line in code, a diagram's
 * `participant`, a first name and an initial without its dot, a name before a version, a
 * `<figcaption>` over several lines), and shapes no earlier table held, modelled on how the
 * postmortems in /work/corpora name people and internal systems: names in YAML and JSON
 * snippets, log lines with timestamps, Slack-export quotes, link queries, e-mail headers and
 * reply lines, git trailers and merge commits, `@mentions` in code spans and code, alt text and
 * image titles, footnotes, link titles, timeline tables, hosts in stack traces, Kubernetes
 * namespaces and RBAC errors, private DNS zones. Text of our own writing; no list knows any name.
 * Probes marked `org` are judged with the organisation `acme` configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound14: readonly LeakProbeWithOrganisation[] = [
  // The thirteenth round's leftovers, as it wrote them and a few ways more.
  p('a lone chat line in code', '```\nhbrekke: restarting\n```', 'hbrekke'),
  p('a lone chat line in code, a short reply', '```\ntovem: done, restarting the pool\n```', 'tovem'),
  p('a lone chat line in code with a time', '```\n[10:02] kvold: rolling back now\n```', 'kvold'),
  p('a diagram participant named with an unknown word', '```mermaid\nsequenceDiagram\n  participant Dagfinn\n  participant DB\n  Dagfinn->>DB: promote the replica\n```', 'Dagfinn'),
  p('a first name and an initial without the dot', 'Kasimir V, on-call engineer, acknowledged the page.', 'Kasimir'),
  p('a first name and an initial without the dot before an incident role', 'Ilsabet K, incident commander, declared the incident.', 'Ilsabet'),
  p('a person named before a version-like number, restarting', 'Vexmor 2.1 restarted the primary at 10:05.', 'Vexmor'),
  p('a person named before a version-like number, acknowledging', 'Vexmor 2.1 acknowledged the page and escalated.', 'Vexmor'),
  p('a first name in a figure caption over lines', '<figure>\n  <img src="rack.png" alt="" />\n  <figcaption>\n    Kasimir at the rack\n  </figcaption>\n</figure>', 'Kasimir'),
  p('a first name in a figure caption after its tag line', '<figcaption>\nDagfinn replacing the disk\n</figcaption>', 'Dagfinn'),
  p('a later sentence of a caption over lines', '<figcaption>\n  The rack after the repair.\n  Kasimir replacing the disk.\n</figcaption>', 'Kasimir'),
  p('a later sentence of a caption on one line', '<figcaption>The rack after the repair. Dagfinn at the rack.</figcaption>', 'Dagfinn'),

  // YAML and JSON snippets.
  p('a YAML on-call key with a handle', '```yaml\nledger:\n  oncall_engineer: tovem\n```', 'tovem'),
  p('a YAML list of people to notify', '```yaml\nnotify:\n  - hbrekke\n  - tovem\n```', 'hbrekke'),
  p('a JSON approver field', '```json\n{ "change": "CHG-1", "approved_by": "hbrekke" }\n```', 'hbrekke'),
  p('a JSON on-call field with a full name', '```json\n{ "on_call": "Kasimir Vold", "team": "ledger" }\n```', 'Kasimir Vold'),

  // Log lines with timestamps.
  p('a home folder in a stack trace escaped inside a JSON string', '```json\n{"log": "goroutine 1 [running]:\\n\\t/home/hbrekke/go/src/ledger/main.go:42 +0x1d"}\n```', 'hbrekke'),
  p('a home folder after an escaped newline in a quoted log', '`"panic: nil map\\n/home/tovem/ledger/run.py"`', 'tovem'),

  p('a sudo session log naming the user', '```\nMar  1 10:02:11 ledger01 sudo: pam_unix(sudo:session): session opened for user root by hbrekke(uid=1001)\n```', 'hbrekke'),
  p('a log line with "triggered by" a handle', '```\n2025-03-01T10:02:11Z INFO manual failover triggered by tovem\n```', 'tovem'),
  p('a Kubernetes audit log user', '```json\n{"kind":"Event","verb":"delete","user":{"username":"hbrekke@acme.io"}}\n```', 'hbrekke'),

  // Slack exports and chat quotes.
  p('a Slack export sender line in a quote', '> **Dagfinn Holm** 10:02 AM\n> restarting the primary now', 'Dagfinn Holm'),
  p('a Teams-style line with a time and a full name', '[10:02 AM] Kasimir Vold: rolling back the release', 'Kasimir Vold'),
  p('a quotation attributed after a dash with a channel', '> we should fail over now\n> — Ilsabet, in #inc-ledger', 'Ilsabet'),

  // Links: queries and titles.
  p('a Jira filter in a link query', 'See [the open follow-ups](https://issues.example.com/issues/?jql=assignee%3Dhbrekke).', 'hbrekke'),
  p("a link title naming who maintains it", 'Follow [the runbook](https://docs.example.com/rb "maintained by Kasimir") step by step.', 'Kasimir'),
  p("a link title with a possessive", 'The [dashboard](https://dash.example.com/d/1 "Dagfinn\'s view") shows it.', 'Dagfinn'),

  // E-mail headers and replies.
  p('an e-mail reply line', 'On Tue, 4 Mar 2025 at 10:02, Dagfinn Holm wrote:\n> the pool is full again', 'Dagfinn Holm'),
  p('a forwarded message header', '-----Original Message-----\nFrom: Kasimir Vold\nSent: Tuesday, March 4, 2025 10:02 AM', 'Kasimir Vold'),

  // Git trailers and commits.
  p('a lower-case handle as a Reviewed-by trailer', '```\nRevert "raise the pool size"\n\nReviewed-by: tovem\n```', 'tovem'),
  p('a compound trailer', '```\nFix the retry loop\n\nReported-and-tested-by: Dagfinn Holm\n```', 'Dagfinn Holm'),
  p('a merge commit from a branch under a handle', '```\nMerge pull request #412 from hbrekke/raise-pool-size\n```', 'hbrekke'),

  // Mentions in code.
  p('a mention in a code span in a timeline', '- **21:23** `@qorvath` continues to tune the queues', 'qorvath'),
  p('a CODEOWNERS line pasted as code', '```\n/ledger/ @hbrekke @tovem\n```', 'tovem'),
  p('a mention in a code comment', '```python\n# @tovem please review before the next deploy\nPOOL_SIZE = 40\n```', 'tovem'),

  // Pictures.
  p('an image title naming the photographer', '![The rack after the repair](./rack.png "taken by Ilsabet")', 'Ilsabet'),
  p('an HTML image title with a name at work', '<img src="rack.png" alt="the rack" title="Kasimir at the rack" />', 'Kasimir'),

  // Footnotes.
  p('a footnote crediting a person', 'The lag came back twice.[^1]\n\n[^1]: As Ilsabet pointed out on the call, the replica was behind.', 'Ilsabet'),
  p("a footnote citing a handle's notes", 'The timeline is approximate.[^2]\n\n[^2]: Per hbrekke\'s notes.', 'hbrekke'),

  // Timeline tables.
  p('a timeline table with an Actor column', '| Time | Actor | Event |\n| --- | --- | --- |\n| 10:02 | Dagfinn | restarted the primary |', 'Dagfinn'),
  p('a timeline table with a By column', '| Time | Event | By |\n| --- | --- | --- |\n| 10:02 | rolled back | tovem |', 'tovem'),

  // Accounts in commands.
  p('a user added to a group', '```\nsudo usermod -aG docker tovem\n```', 'tovem'),
  p('a Terraform state lock naming who holds it', '```\nLock Info:\n  ID:        3f2a9c1e\n  Who:       hbrekke@ledger-laptop\n```', 'hbrekke'),
  p('a Kubernetes RBAC refusal naming the user', '```\nError from server (Forbidden): pods is forbidden: User "kasimir.vold" cannot list resource "pods" in the namespace "ledger"\n```', 'kasimir.vold'),
  p('a Dockerfile maintainer label', '```dockerfile\nLABEL maintainer="Kasimir Vold"\n```', 'Kasimir Vold'),

  // Internal systems: hosts in stack traces, namespaces, private DNS zones.
  p('a PostgreSQL host in a driver error', '```\npsycopg2.OperationalError: could not connect to server: Connection refused\n\tIs the server running on host "pg-ledger-primary" (10.4.0.12) and accepting\n```', 'pg-ledger-primary'),
  p('a Consul service name', 'Clients resolved ledger-db.service.consul to the old primary.', 'ledger-db.service.consul'),
  p('a Tailscale machine name', 'The exporter on ledger-db.tail4a2b.ts.net stopped answering.', 'ledger-db.tail4a2b.ts.net'),
  p('a host under home.arpa', 'The backup went to nas01.home.arpa overnight.', 'nas01.home.arpa'),
  p('a host under fritz.box', 'The router at fritz.box and the NAS at nas.fritz.box were rebooted.', 'nas.fritz.box'),
  p('a namespace written with --namespace=', '```\nkubectl --namespace=zorvex-ledger rollout restart deploy/api\n```', 'zorvex-ledger'),
  p('a cluster in a Grafana link query', 'The [panel](https://grafana.example.com/d/x?orgId=1&var-cluster=zorvex-prod-eu1) showed it.', 'zorvex-prod-eu1'),
];

/**
 * The probes still published after this round's rules: docs/redaction.md, "Limits". A word before
 * a version is software's (since the eleventh round of false positives); an Actor column holds
 * organisations in the collections (cosmos-incidents' timelines), so one word no lexicon knows
 * there is not read as a person. ("maintained by Kasimir" in a link's title is found since the
 * fifteenth probe round. Since the sixteenth a word no lexicon knows before a version and a verb
 * is found as a system no list knows, and an Actor column of such words alone fails closed.)
 */
export const stillPublishedRound14: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound14: ReadonlySet<string> = new Set<string>([
  'a lone chat line in code with a time',
  'a first name in a figure caption over lines',
  'a first name in a figure caption after its tag line',
  'a JSON approver field',
  'a JSON on-call field with a full name',
  'a Kubernetes audit log user',
  'a Teams-style line with a time and a full name',
  'a forwarded message header',
  'a lower-case handle as a Reviewed-by trailer',
  'a mention in a code span in a timeline',
  'a CODEOWNERS line pasted as code',
  'a mention in a code comment',
  'an image title naming the photographer',
  'a footnote crediting a person',
  "a footnote citing a handle's notes",
  'a timeline table with a By column',
  'a user added to a group',
  'a Terraform state lock naming who holds it',
  'a Kubernetes RBAC refusal naming the user',
  'a Dockerfile maintainer label',
  'a Consul service name',
  'a Tailscale machine name',
  'a host under home.arpa',
  'a namespace written with --namespace=',
  'a cluster in a Grafana link query',
]);
