/**
 * The fifteenth probe round's leaks (docs/redaction.md, "Fifteenth probe round"): what the
 * fourteenth round's Limits said still got through (a name in a timeline's Actor column,
 * "maintained by" in a link's title), and shapes no earlier table held, modelled on how the
 * postmortems in /work/corpora paste what names people and internal systems: CSV and TSV
 * exports, reference-style link definitions, `<abbr>`/`<span>` titles, diff hunks, crontab
 * lines, SQL, Terraform/HCL, Dockerfiles, PagerDuty and Opsgenie payloads, GraphQL, ticket titles
 * quoted after their id, a URL's user-info and fragment, names split by entities, headings'
 * custom ids, and the configuration files of tools (systemd, SSH, Ansible, .netrc, Jenkins and
 * GitHub Actions logs). Text of our own writing; no list knows any name. Probes marked `org` are
 * judged with the organisation `acme` configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound15: readonly LeakProbeWithOrganisation[] = [
  // The fourteenth round's leftovers.
  p('a full name in an Actor column', '| Time | Actor | Event |\n| --- | --- | --- |\n| 10:02 | Dagfinn Holm | restarted the primary |', 'Dagfinn Holm'),
  p('a known first name in an Actor column', '| Time | Actor | Event |\n| --- | --- | --- |\n| 10:02 | Sarah | restarted the primary |', 'Sarah'),
  p('a personal handle in an Actor column', '| Time (UTC) | Actor | Event |\n| --- | --- | --- |\n| 10:02 | jsmith42 | rolled back the release |', 'jsmith42'),
  p('a lone unknown first name in an Actor column beside a full name', '| Time | Actor | Event |\n| --- | --- | --- |\n| 10:02 | Dagfinn | restarted the primary |\n| 10:05 | Tove Lindqvist | paged the DBA |', 'Dagfinn'),
  p('a lone unknown first name alone in an Actor column', '| Time | Actor | Event |\n| --- | --- | --- |\n| 10:02 | Kasimir | restarted the primary |', 'Kasimir'),
  p('a link title naming who maintains the page', 'Follow [the runbook](https://docs.example.com/rb "maintained by Kasimir") step by step.', 'Kasimir'),
  p('a reference definition title naming its writer', 'See [the notes][pm].\n\n[pm]: https://docs.example.com/pm "Written by Dagfinn Holm"', 'Dagfinn Holm'),
  p('an HTML link title naming who keeps the page', 'The <a href="https://docs.example.com/rota" title="kept by Ilsabet">rota</a> was out of date.', 'Ilsabet'),

  // CSV and TSV pasted as code.
  p('a CSV export with an engineer column', '```csv\ndate,engineer,action\n2025-03-04,Dagfinn Holm,restarted the primary\n```', 'Dagfinn Holm'),
  p('a TSV rota of handles', '```tsv\nweek\tprimary\tsecondary\n10\thbrekke\ttovem\n```', 'hbrekke'),
  p('a CSV ticket export with an assignee', '```csv\nkey,summary,assignee\nOPS-1,Rotate the keys,kvestre\n```', 'kvestre'),

  // Titles of inline HTML.
  p('an abbreviation expanded to a full name', '<abbr title="Kasimir Vestre">KV</abbr> restarted the primary.', 'Kasimir Vestre'),
  p('a span title naming a handle', 'The on-call was <span title="paged hbrekke at 10:02">paged</span> twice.', 'hbrekke'),

  // Diff hunks.
  p('an owner changed in a diff hunk', '```diff\n-owner: ledger-team\n+owner: kvestre\n```', 'kvestre'),
  p('a CODEOWNERS line removed in a diff hunk', '```diff\n-/ledger/ @hbrekke\n+/ledger/ @acme/ledger-team\n```', 'hbrekke'),

  // Crontab lines.
  p('a crontab comment naming who added the job', '```\n# added by kvestre, do not remove\n0 3 * * * /opt/ledger/backup.sh\n```', 'kvestre'),
  p('a crontab run as a person', '```\n# m h dom mon dow user command\n*/5 * * * * kvestre /usr/local/bin/ledger-sync.sh\n```', 'kvestre'),

  // SQL.
  p('an SQL comment naming who ran the fix', "```sql\n-- run by kvestre during the incident\nUPDATE ledger SET state = 'open' WHERE id = 42;\n```", 'kvestre'),
  p('a table handed to a person in SQL', '```sql\nALTER TABLE payouts OWNER TO kvestre;\n```', 'kvestre'),
  p('a session filtered by user in SQL', "```sql\nSELECT pid FROM pg_stat_activity WHERE usename = 'hbrekke';\n```", 'hbrekke'),

  // Terraform and HCL.
  p('a Terraform tag owner in lower case', '```hcl\nresource "aws_instance" "ledger" {\n  tags = {\n    owner = "kvestre"\n  }\n}\n```', 'kvestre'),
  p('an HCL created_by with a full name', '```hcl\nmodule "db" {\n  created_by = "Kasimir Vestre"\n}\n```', 'Kasimir Vestre'),
  p('an IAM user in an ARN', '```hcl\nprincipal = "arn:aws:iam::123456789012:user/kvestre"\n```', 'kvestre'),

  // Dockerfiles.
  p('an OCI authors label', '```dockerfile\nLABEL org.opencontainers.image.authors="Dagfinn Holm"\n```', 'Dagfinn Holm'),
  p('a MAINTAINER instruction with a handle', '```dockerfile\nFROM debian:12\nMAINTAINER kvestre\n```', 'kvestre'),

  // Paging payloads.
  p('a PagerDuty assignee summary', '```json\n{"assignments": [{"assignee": {"summary": "Kasimir Vestre", "type": "user_reference"}}]}\n```', 'Kasimir Vestre'),
  p('an Opsgenie responder username', '```json\n{"responders": [{"type": "user", "username": "hbrekke"}]}\n```', 'hbrekke'),

  // GraphQL.
  p('a GraphQL query by login', '```graphql\nquery { user(login: "kvestre") { repositories(first: 5) { nodes { name } } } }\n```', 'kvestre'),
  p('a GraphQL mutation assigning a handle', '```graphql\nmutation { assignIssue(issueId: "I_1", assignee: "hbrekke") { id } }\n```', 'hbrekke'),

  // Ticket titles quoted after their id.
  p('a ticket title naming who is to act', 'Tracked in OPS-4521 "Kasimir to rotate the ledger keys".', 'Kasimir'),
  p("a ticket title naming someone's laptop", 'See INC-204 ("Dagfinn\'s laptop lost the VPN").', 'Dagfinn'),

  // A URL's user-info and fragment.
  p("an account in a link's user-info", 'The dump came from [the share](https://kvestre@files.example.com/ledger.sql).', 'kvestre'),
  p('an account in a database URL', 'The job connected as `postgres://kvestre@db.example.com:5432/ledger`.', 'kvestre'),
  p('an account in a git clone URL', '```\ngit clone https://hbrekke@github.com/acme/ledger.git\n```', 'hbrekke'),
  p("an internal host in a dashboard link's fragment", 'See [the panel](https://dash.example.com/d/1#var-host=pg-ledger-primary).', 'pg-ledger-primary'),
  p("an internal host and port in a dashboard link's fragment", 'The [node panel](https://dash.example.com/d/2/node#var-instance=ledger-db-7:9100&from=now-6h) spiked.', 'ledger-db-7'),
  p("an internal host in a link's query on a public host", 'See [the trace](https://traces.example.com/search?service=api&host=ledger-worker-03).', 'ledger-worker-03'),
  p("an internal host after a link's user-info", '```\ncurl -s https://deploy:x@ledger-admin.acme.internal/health\n```', 'ledger-admin.acme.internal'),
  p('an internal host in an SQL comment', '```sql\n-- run on pg-ledger-02.db.lan, the replica\nSELECT pg_last_wal_replay_lsn();\n```', 'pg-ledger-02.db.lan'),

  // Names split by entities and soft hyphens.
  p('a first name with a decimal entity', 'Thanks to K&#97;simir for the fix.', 'K&#97;simir'),
  p('a first name with a hex entity', 'Thanks to K&#x61;simir for the fix.', 'K&#x61;simir'),
  p('a full name with a soft hyphen entity', 'The fix is by Dag&shy;finn Holm, who found it.', 'Dag&shy;finn'),

  // Headings' custom ids.
  p("a heading's custom id of a full name", '## Timeline {#dagfinn-holm}', 'dagfinn-holm'),
  p("a heading's custom id of someone's notes", '## Notes {#kasimir-notes}', 'kasimir'),

  // Tools' configuration and logs.
  p('a systemd unit run as a person', '```ini\n[Service]\nUser=kvestre\nExecStart=/opt/ledger/run\n```', 'kvestre'),
  p('an SSH config user', '```\nHost ledger-bastion\n  HostName 10.4.0.2\n  User kvestre\n```', 'kvestre'),
  p('an Ansible remote user', '```yaml\n- hosts: ledger\n  remote_user: kvestre\n  become: true\n```', 'kvestre'),
  p('a .netrc login', '```\nmachine git.example.com login kvestre password hunter2\n```', 'kvestre'),
  p('a Jenkins console started by a user', '```\nStarted by user Kasimir Vestre\nRunning as SYSTEM\n```', 'Kasimir Vestre'),
  p('a GitHub Actions run triggered by a handle', '```\nTriggered via workflow_dispatch by kvestre\n```', 'kvestre'),
  p('a Kubernetes change-cause naming a handle', '```yaml\nmetadata:\n  annotations:\n    kubernetes.io/change-cause: "rollout restart by kvestre"\n```', 'kvestre'),
];

/**
 * The probes still published after this round's rules: docs/redaction.md, "Limits". One word no
 * lexicon knows alone in an Actor column, published after this round (it is written as an
 * organisation's is: "Hypha" in cosmos-incidents' timelines), is found since the sixteenth probe
 * round when no cell of its column is written as only an organisation's name is.
 */
export const stillPublishedRound15: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound15: ReadonlySet<string> = new Set<string>([
  'a known first name in an Actor column',
  'a reference definition title naming its writer',
  'a CSV export with an engineer column',
  'a CSV ticket export with an assignee',
  'an abbreviation expanded to a full name',
  'a span title naming a handle',
  'an owner changed in a diff hunk',
  'a CODEOWNERS line removed in a diff hunk',
  'a crontab run as a person',
  'an SQL comment naming who ran the fix',
  'a Terraform tag owner in lower case',
  'an HCL created_by with a full name',
  'an IAM user in an ARN',
  'an Opsgenie responder username',
  "a ticket title naming someone's laptop",
  "an account in a link's user-info",
  'an account in a database URL',
  'an account in a git clone URL',
  "an internal host after a link's user-info",
  'an internal host in an SQL comment',
  'a first name with a decimal entity',
  'a first name with a hex entity',
  "a heading's custom id of a full name",
  "a heading's custom id of someone's notes",
  'a systemd unit run as a person',
  'an SSH config user',
  'a Jenkins console started by a user',
]);
