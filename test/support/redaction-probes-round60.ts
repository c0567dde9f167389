/**
 * The probe round 60's leaks (docs/redaction.md, "Probe round 60"): shapes of reports read on this
 * machine's collections (chat exports of Slack and Teams with display names, PagerDuty and Opsgenie
 * timelines, Kubernetes events, Terraform plans, Grafana annotations, Sentry traces, CI logs, SQL,
 * YAML settings; German, Spanish, Portuguese and Korean prose), and what session 59 left of a
 * Japanese collection's services scanned post by post (a sidecar named per service it serves, a
 * service's page in a services folder). Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound60: readonly LeakProbeWithOrganisation[] = [
  // What round 59 left: a Japanese collection's services scanned post by post.
  p('a sidecar named per service it serves, an acronym first', 'We restarted tarn-fetcher at 10:02.\nThe `pki-agent-tarn-fetcher` sidecar was missing, so pki-agent の 3 層防御 did not apply.', 'pki-agent'),
  p("ja: a signed service whose first part a table's owner cell names", '| # | アクション | 担当 | 期限 |\n|---|---|---|---|\n| 1 | サイドカー追加 | ledger / pki チーム | 2026-04-19 |\n\nuvicorn の ssl か pki-agent サイドカー を要した。', 'pki-agent'),
  p("ja: a service's page in a services folder", '対応表を `docs/services/tarn-gateway.md` に常設掲載した。', 'tarn-gateway'),
  // Slack and Teams exports with display names.
  p('a Slack export line with pronouns after the name', '```\n[10:02] Ysolde Marchetti (she/her): rolling back the deploy now\n```', 'Ysolde Marchetti'),
  p("a Slack JSON export's user name", '```json\n{"user_name": "caspian.threlkeld", "text": "paging the db team", "ts": "1714557720.0012"}\n```', 'caspian.threlkeld'),
  p('a Slack export of a bold speaker and a time', '**Wenna Orlath** [10:14 AM]\nqueue depth is back under 1k', 'Wenna Orlath'),
  p("a Teams export's speaker with a team in brackets", '```\nFeldkamp, Dario (Platform)  10:05\nfailing over the primary now\n```', 'Dario'),
  p("a Slack mention's encoded handle", 'Escalated in the channel: <@U04QX7ZL2|tquenby> took the pager at 10:09.', 'tquenby'),
  // PagerDuty and Opsgenie timelines.
  p('a PagerDuty acknowledgement by name', '```\n10:03 UTC  Acknowledged by Caspian Threlkeld via the mobile app\n```', 'Caspian Threlkeld'),
  p('a PagerDuty escalation to a double-barrelled name', '- 10:11 Escalated to level 2: Orla Venkataraman-Hughes', 'Orla Venkataraman-Hughes'),
  p("an Opsgenie acknowledgement by a person's address", '```\nAlert acknowledged by wenna.orlath@acme.io\n```', 'wenna.orlath@acme.io'),
  p('a PagerDuty service of the organisation with its id', '```\nService: quenchd-prod (P7XK2QA)\n```', 'quenchd-prod'),
  p("an Opsgenie note of a cloud's private host name", 'Note added by the responder: restarted the relay on ip-10-42-7-19 at 10:20.', 'ip-10-42-7-19'),
  // Kubernetes events.
  p("a Kubernetes back-off event's container", '```\nWarning  BackOff  pod/ferrow-relay-5d8f7c-kq2zx  Back-off restarting failed container ferrow-relay in pod ferrow-relay-5d8f7c-kq2zx\n```', 'ferrow-relay'),
  p("a scheduling event's node of a managed pool", '```\nNormal  Scheduled  Successfully assigned ledger/ferrow-relay-5d8f to gke-velm-prod-pool-2-9a8b7c6d-x1z2\n```', 'gke-velm-prod-pool-2-9a8b7c6d-x1z2'),
  p("an image pull event's private registry", '```\nFailed to pull image "registry.velm.internal/ledger/ferrow-relay:2.4.1": not found\n```', 'registry.velm.internal'),
  p("an image of the organisation's cloud account", '```\nimage: 418827301164.dkr.ecr.eu-west-1.amazonaws.com/ferrow-relay:2.4.1\n```', '418827301164'),
  // Terraform plans.
  p("a Terraform plan's user resource of a person", '```\n  # aws_iam_user.ysolde_marchetti will be destroyed\n```', 'ysolde_marchetti'),
  p("a Terraform plan's owner tag of an address", '```\n      ~ "Owner" = "ysolde.marchetti@acme.io" -> "platform"\n```', 'ysolde.marchetti@acme.io'),
  p("a Terraform plan's instance of a coined system", '```\n  # aws_instance.quenchd_primary will be updated in-place\n  ~ instance_type = "m5.large" -> "m5.2xlarge"\n```', 'quenchd_primary'),
  p("a Terraform plan's private network", '```\n      + cidr_blocks = ["10.20.0.0/16"]\n```', '10.20.0.0/16'),
  // Grafana annotations.
  p("a Grafana annotation's text naming the deployer", '```\nDeploy ferrow-relay v3.2.0 by dfeldkamp\n```', 'dfeldkamp'),
  p("a Grafana Cloud tenant's link", 'See [the panel](https://velmarra.grafana.net/d/abc123/ledger?orgId=1&viewPanel=4).', 'velmarra.grafana.net'),
  // Sentry traces.
  p("a Sentry frame under a person's home folder", '```\n  File "/home/ysolde/ledger/app/handlers.py", line 41, in settle\n```', 'ysolde'),
  p("a Sentry breadcrumb's cluster address", '```\nhttp GET http://ferrow-relay.ledger.svc.cluster.local:8080/v1/balance [500]\n```', 'ferrow-relay.ledger.svc.cluster.local'),
  p("a Sentry event's server name of a pod", '```\nserver_name: quenchd-7f9c4b-2xk8l\nrelease: ledger@4.2.1\n```', 'quenchd-7f9c4b-2xk8l'),
  p("a Sentry event's user name", '```\nUser: id=88213 ip_address=10.8.4.33 username=dfeldkamp\n```', 'dfeldkamp'),
  // CI logs.
  p("a CI job's private host", '```\nRun ./scripts/deploy.sh --env prod --host deploy-bastion-02.velm.lan\n```', 'deploy-bastion-02.velm.lan'),
  p("a CI run's trigger with a handle in brackets", '```\nTriggered by: Caspian Threlkeld (cthrelkeld)\n```', 'cthrelkeld'),
  p("a GitLab runner's machine", '```\nRunning with gitlab-runner 17.2.0\n  on ci-runner-velm-03 xk2p9q, system ID: s_4417\n```', 'ci-runner-velm-03'),
  p('a Jenkins build started by a person', '```\nStarted by user Wenna Orlath\n```', 'Wenna Orlath'),
  // SQL.
  p("a SQL query of a person's address", "```sql\nSELECT * FROM accounts WHERE email = 'dario.feldkamp@gmail.com';\n```", 'dario.feldkamp@gmail.com'),
  p("a SQL session ended for a person's login", "```sql\nSELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'cthrelkeld';\n```", 'cthrelkeld'),
  p("a managed database's endpoint", '```\nmysql -h ledger-primary.cxk2p9qv.eu-west-1.rds.amazonaws.com -u admin -p\n```', 'ledger-primary.cxk2p9qv.eu-west-1.rds.amazonaws.com'),
  // YAML settings.
  p("a YAML owner of a person's login", '```yaml\nowner: ysolde.marchetti\ntier: 1\n```', 'ysolde.marchetti'),
  p("a YAML on-call handle", '```yaml\noncall: "@wenna-orlath"\n```', 'wenna-orlath'),
  p("a YAML upstream of a private host", '```yaml\nupstream: http://quenchd.ledger.internal:7070\n```', 'quenchd.ledger.internal'),
  // German.
  p('de: a full name starting a rollback', 'Um 10:14 hat Dario Feldkamp den Rollback gestartet.', 'Dario Feldkamp'),
  p('de: a service restarted, the verb after it', 'Der Dienst ferrow-relay wurde um 10:20 neu gestartet.', 'ferrow-relay'),
  p("de: an affected services' label", 'Betroffene Dienste: ferrow-relay, quenchd-gateway', 'ferrow-relay'),
  p('de: a contact by surname and title', 'Ansprechpartner: Herr Feldkamp (Bereitschaft)', 'Feldkamp'),
  // Spanish.
  p('es: a service restarted', 'A las 10:14 reiniciamos ferrow-relay y la cola se vació.', 'ferrow-relay'),
  p("es: an affected services' label", 'Servicios afectados: ferrow-relay, quenchd-gateway', 'ferrow-relay'),
  p('es: the on-call engineer by name', 'El ingeniero de guardia, Joaquín Ebrard, escaló a las 10:20.', 'Joaquín Ebrard'),
  // Portuguese.
  p('pt: a service restarted', 'Às 10:14 reiniciamos o ferrow-relay e a fila esvaziou.', 'ferrow-relay'),
  p("pt: an affected services' label", 'Serviços afetados: ferrow-relay, quenchd-gateway', 'ferrow-relay'),
  p('pt: the on-call engineer by a double surname', 'O plantonista João Sardinha-Peixoto escalou o incidente às 10:20.', 'João Sardinha-Peixoto'),
  // Korean.
  p('ko: a service restarted, the noun after it', '10:14 ferrow-relay 재시작 후 큐가 비워졌습니다.', 'ferrow-relay'),
  p("ko: an affected services' label", '영향받은 서비스: ferrow-relay, quenchd-gateway', 'ferrow-relay'),
  p('ko: a person in charge by name', '담당자: 김도윤 (온콜)', '김도윤'),
  p('ko: a pod killed for memory', 'ferrow-relay 파드가 OOMKilled 되었습니다.', 'ferrow-relay'),
  // More shapes of the same reports, harder ones.
  p("a Teams export's external guest", '```\nMarchetti, Ysolde [EXT]  10:07\nthe replica is caught up\n```', 'Ysolde'),
  p('a Slack export of a given name and an initial', '```\nYsolde M.  10:02 AM\nrolling back\n```', 'Ysolde'),
  p('a PagerDuty resolution with a handle in brackets', '```\n10:41 UTC  Resolved by Ysolde Marchetti (ysolde.m)\n```', 'ysolde.m'),
  p('a PagerDuty reassignment between handles', '- 10:12 Reassigned from dfeldkamp to cthrelkeld', 'cthrelkeld'),
  p("an Opsgenie mail's subject of a handle", '```\n[Opsgenie] cthrelkeld acknowledged alert: "ledger settle lag"\n```', 'cthrelkeld'),
  p("a Terraform plan's team membership keyed by a person", '```\n  # github_team_membership.ledger["ysolde-marchetti"] will be created\n```', 'ysolde-marchetti'),
  p("a Terraform plan's pager user keyed by a handle", '```\n  # pagerduty_user.oncall["cthrelkeld"] will be destroyed\n```', 'cthrelkeld'),
  p("a Grafana annotation's JSON of a given name", '```json\n{"text": "Rollback by Ysolde", "tags": ["deploy"]}\n```', 'Ysolde'),
  p("a CI log's commit author of a no-reply address", '```\nAuthor: Dario Feldkamp <dfeldkamp@users.noreply.github.com>\n```', 'Dario Feldkamp'),
  p("a CI log's approver handle", '```\nApproved by @cthrelkeld (2 of 2 approvals)\n```', 'cthrelkeld'),
  p("a git log line's author in brackets", '```\na1b2c3d Fix rounding in settle (Dario Feldkamp, 2 hours ago)\n```', 'Dario Feldkamp'),
  p("a SQL grant to a person's address", '```sql\nGRANT ALL ON ledger TO "ysolde.marchetti@acme.io";\n```', 'ysolde.marchetti@acme.io'),
  p("a SQL comment naming who ran it", '```sql\n-- run by dfeldkamp on 2026-03-04 after the incident\nDELETE FROM settle_queue WHERE state = 9;\n```', 'dfeldkamp'),
  p("a YAML list of reviewers' handles", '```yaml\nreviewers:\n  - ysolde-m\n  - cthrelkeld\n```', 'ysolde-m'),
  p("a CODEOWNERS line of handles", '```\n/ledger/settle/ @cthrelkeld @dfeldkamp\n```', 'dfeldkamp'),
  p('a YAML contacts list of full names', '```yaml\ncontacts: [Ysolde Marchetti, Dario Feldkamp]\n```', 'Dario Feldkamp'),
  p('de: a colleague by surname', 'Kollege Feldkamp hat den Dienst um 10:20 neu gestartet.', 'Feldkamp'),
  p('de: a given name after "laut"', 'Laut Ysolde war der Cache zu diesem Zeitpunkt leer.', 'Ysolde'),
  p('es: a given name after "según"', 'Según Ysolde, la caché estaba vacía a las 10:20.', 'Ysolde'),
  p('es: a handle reviewing the deploy', '@cthrelkeld revisó el despliegue antes de las 11:00.', 'cthrelkeld'),
  p('pt: a given name after "segundo o"', 'Segundo o Dario, o cache estava vazio às 10:20.', 'Dario'),
  p("pt: a person in charge by name", 'Responsável: Ysolde Marchetti', 'Ysolde Marchetti'),
  p('ko: a name with an honorific glued', '김도윤님이 10:20에 롤백을 진행했습니다.', '김도윤'),
  p('ko: a name and an honorific before a subject particle', '박서연 님께서 11:02에 복구를 확인했습니다.', '박서연'),
  p("ko: a service before its noun and a timeout", 'ferrow-relay 서비스에서 타임아웃이 발생했습니다.', 'ferrow-relay'),
  p('ko: a handle with an honorific', '@doyun.kim 님이 10:30에 배포했습니다.', 'doyun.kim'),
];

/** Probes still published after the round (docs/redaction.md, "Probe round 60", "Left"): none since probe round 62. */
export const stillPublishedRound60: ReadonlySet<string> = new Set<string>([]);
/** Round 60's leftovers found since probe round 61 (tool-activity-people.ts, paging-timeline-handles.ts), and since probe round 62 (other-language-person-cues.ts, a coined name after "laut"). */
const foundSinceRound61 = ['a Slack export of a given name and an initial', "a Grafana annotation's JSON of a given name", 'de: a given name after "laut"'];

/** The probes that got through before the round (measured on 934ae5d6, the commit before it); the others were found before. */
const gotThroughBefore = new Set<string>([
  "ja: a signed service whose first part a table's owner cell names",
  'a sidecar named per service it serves, an acronym first',
  "ja: a service's page in a services folder",
  'a Slack export line with pronouns after the name',
  "a Grafana annotation's text naming the deployer",
  "a CI run's trigger with a handle in brackets",
  "a Teams export's external guest",
  'a PagerDuty resolution with a handle in brackets',
  'a PagerDuty reassignment between handles',
  "an Opsgenie mail's subject of a handle",
  'a YAML contacts list of full names',
  'es: a given name after "según"',
  ...stillPublishedRound60,
  ...foundSinceRound61,
]);

/** Probes found before the round's rules (measured on 934ae5d6, the commit before the round). */
export const foundBeforeRound60: ReadonlySet<string> = new Set(leakProbesRound60.map((probe) => probe.kind).filter((kind) => !gotThroughBefore.has(kind)));

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound60: readonly (readonly [string, string])[] = [
  ['an acronym-first public agent', 'ssh-agent and gpg-agent were restarted with the session.'],
  ["a public project's page in a services folder", 'See `docs/services/cert-manager.md` for the renewal.'],
  ["a Terraform plan's public resource", '```\n  # aws_s3_bucket.logs will be created\n```'],
  ["a Sentry frame of the standard library", '```\n  File "/usr/lib/python3.12/json/decoder.py", line 355, in raw_decode\n```'],
  ['a Jenkins build started by a change', '```\nStarted by an SCM change\n```'],
  ['a SQL session ended by state', "```sql\nSELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'idle in transaction';\n```"],
  ['a YAML owner of a team', '```yaml\nowner: platform-team\n```'],
  ['a deploy annotation by a tool or by hand', '```\nDeploy ledger v3.2.0 by jenkins\nRollback v3.1.9 by hand\nDeployed by default\n```'],
  ['a reassignment between roles', '- 10:12 Reassigned from primary to secondary'],
  ['the system acknowledging an alert', '```\n[Opsgenie] system acknowledged alert: "settle lag"\n```'],
  ['a team with its short name in brackets', 'Site Reliability (reliability) owns the pager.'],
  ['a YAML contacts list of teams', '```yaml\ncontacts: [Platform Team, Ledger Oncall]\n```'],
  ['es: a public tool after "según"', 'Según Grafana, la latencia subió a las 10:20.'],
  ['de: a service restarted, no name', 'Der Dienst wurde um 10:20 neu gestartet.'],
  ['es: a server restarted', 'A las 10:14 reiniciamos el servidor y la cola se vació.'],
  ['pt: affected services in words', 'Serviços afetados: API pública, painel de controle'],
  ['ko: a public tool restarted', '10:14 cert-manager 재시작 후 인증서가 갱신되었습니다.'],
  ['a speaker who is a role, with pronouns', '```\n[10:02] Engineer (they/them): rolling back\n```'],
];
