/**
 * The sixteenth probe round's leaks (docs/redaction.md, "Sixteenth probe round"): what the
 * fifteenth round's Limits said still got through (one unknown word alone in an Actor column,
 * "Vexmor 2.1 restarted the primary"), and shapes no earlier table held, modelled on how the
 * postmortems in /work/corpora paste what names people and internal systems: Mermaid and PlantUML
 * diagrams, on-call rotations in YAML, `mailto:` links with a display name, image file names,
 * `<details>`/`<summary>`, JSON-LD, table captions, linked images' alt text, Slack and audit-log
 * exports, CODEOWNERS files, `git blame --porcelain`, kubectl's `--as`, scp/ssh jump targets,
 * Prometheus labels, hosts files and reverse-DNS answers, Consul and `home.arpa` names, punycode
 * and mixed-script look-alikes. Text of our own writing; no list knows any name. Probes marked
 * `org` are judged with the organisation `acme` configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound16: readonly LeakProbeWithOrganisation[] = [
  // The fifteenth round's leftovers.
  p('a lone unknown word alone in an Actor column', '| Time | Actor | Event |\n| --- | --- | --- |\n| 10:02 | Kasimir | restarted the primary |', 'Kasimir'),
  p('two lone unknown words in an Actor column', '| Time (UTC) | Actor | Event |\n| --- | --- | --- |\n| 10:02 | Kasimir | paged the DBA |\n| 10:09 | Ilsabet | failed over to the replica |', 'Ilsabet'),
  p('an unknown system with a version acting', 'At 10:02 Vexmor 2.1 restarted the primary, and the queue drained by 10:20.', 'Vexmor'),
  p('an unknown system with a v-version acting', 'Qalandrix v3.4.1 dropped the connections to the replica.', 'Qalandrix'),

  // Diagrams.
  p('a Mermaid participant with an alias', '```mermaid\nsequenceDiagram\n    participant K as Kasimir\n    K->>DB: failover\n```', 'Kasimir'),
  p('a Mermaid message from an unknown word', '```mermaid\nsequenceDiagram\n    Dagfinn->>Ledger: restart\n    Ledger-->>Dagfinn: ok\n```', 'Dagfinn'),
  p('a PlantUML actor with a full name in quotes', '```plantuml\n@startuml\nactor "Kasimir Vestre" as kv\nkv -> api : deploy\n@enduml\n```', 'Kasimir Vestre'),

  // On-call rotations in YAML.
  p('a YAML rotation of handles in flow style', '```yaml\nrotation:\n  layers:\n    - users: [kvestre, hbrekke]\n```', 'kvestre'),
  p('a YAML rotation with a person name and a phone', '```yaml\noncall_schedule:\n  - name: Dagfinn Holm\n    phone: "+47 400 00 000"\n```', 'Dagfinn Holm'),

  // Links, images and their names.
  p('a mailto link with a display name', 'Questions to [Kasimir Vestre](mailto:oncall@example.com).', 'Kasimir Vestre'),
  p('an HTML mailto link with a first name', 'Write to <a href="mailto:ops@example.com">Ilsabet</a> with questions.', 'Ilsabet'),
  p("an image file named after a person's dashboard", '![The error rate](./img/kasimir-dashboard.png)', 'kasimir'),
  p('an image file named after a full name', '![Latency](/images/dagfinn_holm_notes.png)', 'dagfinn_holm'),
  p("a linked image's alt text with a name acting", '[![Kasimir Vestre restarting the pool](./pool.png)](https://example.com/pool.png)', 'Kasimir Vestre'),

  // Collapsible blocks, captions and structured data.
  p("a summary naming someone's notes", "<details>\n<summary>Kasimir's notes from the bridge</summary>\n\nThe pool was full.\n</details>", 'Kasimir'),
  p('a summary of notes from someone', '<details><summary>Notes from Dagfinn Holm</summary>\n\nThe pool was full.\n</details>', 'Dagfinn Holm'),
  p('a table caption naming who acted', '<table>\n<caption>Steps taken by Ilsabet</caption>\n<tr><td>10:02</td><td>restart</td></tr>\n</table>', 'Ilsabet'),
  p('JSON-LD naming the author', '```json\n{"@context": "https://schema.org", "@type": "Article", "author": {"@type": "Person", "name": "Kasimir Vestre"}}\n```', 'Kasimir Vestre'),
  p('an MDX comment in a public-only block', '<PublicOnly>\n{/* drafted by Kasimir Vestre */}\nThe service is back.\n</PublicOnly>', 'Kasimir Vestre'),

  // Exports of chat and audit logs.
  p('a Slack export real_name', '```json\n{"user": "U024BE7LH", "user_profile": {"real_name": "Dagfinn Holm", "display_name": "dagfinn"}}\n```', 'Dagfinn Holm'),
  p('a Slack export display_name alone', '```json\n{"type": "message", "user_profile": {"display_name": "kvestre"}, "text": "restarting"}\n```', 'kvestre'),
  p('a CloudTrail userName', '```json\n{"userIdentity": {"type": "IAMUser", "userName": "kvestre"}, "eventName": "DeleteBucket"}\n```', 'kvestre'),
  p('a Kubernetes audit username', '```json\n{"kind": "Event", "user": {"username": "hbrekke", "groups": ["system:authenticated"]}, "verb": "delete"}\n```', 'hbrekke'),
  p('a Vault audit display_name', '```json\n{"auth": {"display_name": "oidc-kvestre", "policies": ["default"]}}\n```', 'kvestre'),

  // Source-control files and output.
  p('a CODEOWNERS file in a code block', '```\n# CODEOWNERS\n/ledger/ @kvestre @acme/ledger-team\n```', 'kvestre'),
  p('git blame --porcelain author', '```\n3f2a9c1e 42 42 1\nauthor Kasimir Vestre\nauthor-mail <kv@example.com>\n```', 'Kasimir Vestre'),
  p('a .mailmap line', '```\nKasimir Vestre <kv@example.com> <kasimir@old.example.com>\n```', 'Kasimir Vestre'),
  p('a Javadoc @author tag', '```java\n/**\n * Retries the ledger sync.\n * @author Dagfinn Holm\n */\n```', 'Dagfinn Holm'),
  p('a Python __author__', '```python\n__author__ = "Dagfinn Holm"\n```', 'Dagfinn Holm'),

  // Commands.
  p('kubectl --as with a space', '```\nkubectl delete pod ledger-0 --as kvestre -n ledger\n```', 'kvestre'),
  p('an ssh jump host account', '```\nssh -J kvestre@bastion.example.com ubuntu@10.40.2.7\n```', 'kvestre'),
  p('an scp source account at a public address', '```\nscp hbrekke@203.0.113.7:/var/log/ledger.log .\n```', 'hbrekke'),
  p('an SSH public key comment', '```\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB3x kvestre@laptop\n```', 'kvestre'),

  // Monitoring labels.
  p('a Prometheus owner label', '```\nledger_queue_depth{owner="kasimir", env="prod"} 4012\n```', 'kasimir'),
  p('a Prometheus alert oncall label', '```yaml\n- alert: LedgerQueueFull\n  labels:\n    oncall: hbrekke\n    severity: page\n```', 'hbrekke'),

  // Machines behind addresses and private names.
  p('a hosts file line', '```\n10.40.2.7   pg-ledger-01\n10.40.2.8   pg-ledger-02\n```', 'pg-ledger-01'),
  p('an address with a reverse-DNS comment', '```\n10.40.2.7  # pg-ledger-primary\n```', 'pg-ledger-primary'),
  p('a PTR answer', '```\n7.2.40.10.in-addr.arpa. 300 IN PTR pg-ledger-01.dc1.\n```', 'pg-ledger-01'),
  p('a HAProxy server line', '```\nbackend ledger\n    server ledger-db-7 10.40.2.7:5432 check\n```', 'ledger-db-7'),
  p('a Consul service name', 'The clients resolved `ledger-api.service.consul` to the old node.', 'ledger-api.service.consul'),
  p('a home.arpa host', 'The backup went to nas-01.home.arpa, which was full.', 'nas-01.home.arpa'),
  p('a .localdomain host', 'The job ran on ledger-worker-3.localdomain all night.', 'ledger-worker-3.localdomain'),

  // Secrets the false-positive rounds loosened ("Limits"): a passphrase of words joined as a function is named.
  p('a passphrase of words as a YAML passphrase', '```yaml\nledger:\n  passphrase: Correct_horse_battery_staple_42\n```', 'Correct_horse_battery_staple_42'),
  p('a hyphenated passphrase in prose', 'The password was `correct-horse-battery-staple` until the rotation.', 'correct-horse-battery-staple'),

  // Look-alikes.
  p('a punycode host decoding to a look-alike internal suffix', 'See https://ledger.acme.xn--nternal-qog/health for the check.', 'ledger.acme.xn--nternal-qog'),
  p('a Latin dotless i in a thanked name', 'Thanks to Kasımir Vestre for the fix.', 'Kasımir Vestre'),
];

/**
 * The probes still published after this round's rules: docs/redaction.md, "Limits". None.
 */
export const stillPublishedRound16: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound16: ReadonlySet<string> = new Set<string>([
  'a PlantUML actor with a full name in quotes',
  'a mailto link with a display name',
  'an HTML mailto link with a first name',
  "a linked image's alt text with a name acting",
  "a summary naming someone's notes",
  'a summary of notes from someone',
  'a table caption naming who acted',
  'an MDX comment in a public-only block',
  'a Slack export real_name',
  'a Slack export display_name alone',
  'a Kubernetes audit username',
  'a Vault audit display_name',
  'a CODEOWNERS file in a code block',
  'a .mailmap line',
  'kubectl --as with a space',
  'an ssh jump host account',
  'an scp source account at a public address',
  'an SSH public key comment',
  'a Prometheus owner label',
  'a Prometheus alert oncall label',
  'a hosts file line',
  'a HAProxy server line',
  'a Consul service name',
  'a home.arpa host',
  'a .localdomain host',
  'a Latin dotless i in a thanked name',
]);
