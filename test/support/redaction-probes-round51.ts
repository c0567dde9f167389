/**
 * The probe round 51's leaks (docs/redaction.md, "Probe round 51"): what round 50 left published (a
 * person's own site the post links without naming them elsewhere) and the shapes of the records a
 * report pastes or quotes: reviewers in sign-off tables, `cc:` lines, tracker assignee exports and
 * mentions, chat export JSON, dashboard annotation authors, kubectl contexts and kubeconfigs, state
 * locks, auth logs, internal DNS names in other languages' prose and private address ranges, in
 * English, Spanish, Portuguese, French, German, Italian, Dutch, Polish, Swedish, Turkish, Russian,
 * Japanese, Korean and Chinese. Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound51: readonly LeakProbeWithOrganisation[] = [
  // Round 50's leftover: a person's own site, the person named nowhere else.
  p("a person's own site in prose", 'The retry budget follows the write-up at https://maritvolkers.com/posts/retries/.', 'maritvolkers'),
  p("a person's own site behind a link text", 'We used [this post](https://tobiasquellmann.dev/blog/queues) on back-pressure.', 'tobiasquellmann'),
  p("a person's own site in a footnote", 'The timeout was too short.[^2]\n\n[^2]: https://ingridvolstad.net/notes/dns-timeouts', 'ingridvolstad'),
  p("a person's own site of a short name", 'The fix follows https://danvuo.com/ on retries.', 'danvuo'),
  p("a person's own site as a bare host", 'Background reading: hannahbrekkestad.com, the queue series.', 'hannahbrekkestad'),
  // Sign-off tables and review lines.
  p('a sign-off table of a lower-case handle', '| Role | Reviewer | Status |\n| --- | --- | --- |\n| SRE | qhallvard | approved |', 'qhallvard'),
  p('a sign-off table of a full name and a date', '| Sign-off | Name | Date |\n| --- | --- | --- |\n| Approver | Tamsin Okorafe | 2026-03-02 |', 'Tamsin Okorafe'),
  p('a review line of handles', 'Reviewed by: orvannen, melquist', 'melquist'),
  p('an approval in a pull request quote', '> **hvallard** approved these changes', 'hvallard'),
  // cc lines.
  p('a cc line of mentions', 'cc: @drovank @melquist', 'drovank'),
  p('a cc line of bare handles in a mail header', '```\nTo: incidents@example.org\nCc: jvarnholt, tbreckan\n```', 'tbreckan'),
  p('a GitLab quick action', '/assign @orvannen\n/cc @kelmshaw', 'kelmshaw'),
  // Tracker exports and mentions.
  p('a Jira CSV export of assignees', '```csv\nIssue key,Summary,Assignee,Reporter\nOPS-4121,Disk full on the ledger,kvandermolt,hrasken\n```', 'kvandermolt'),
  p('a Jira CSV export of reporters', '```csv\nIssue key,Summary,Assignee,Reporter\nOPS-4121,Disk full on the ledger,kvandermolt,hrasken\n```', 'hrasken'),
  p('a Jira mention', 'Comment on OPS-4121: [~jvarnholt] can you check the replica?', 'jvarnholt'),
  p('a Linear export of an assignee', '```\nID: ENG-312\nTitle: Rotate the signing key\nAssignee: tvellacott\nStatus: Done\n```', 'tvellacott'),
  p('a tracker history line', 'kvandermolt changed the status to Done on 2026-03-03.', 'kvandermolt'),
  // Chat exports.
  p('a Slack export message of a user name', '```json\n{"type": "message", "user": "U04ABCD12", "user_name": "brevik.olsen", "text": "rolling back"}\n```', 'brevik.olsen'),
  p('a Slack export profile real name', '```json\n{"user_profile": {"real_name": "Yrsa Tallbeck", "display_name": "yrsa.t"}}\n```', 'Yrsa Tallbeck'),
  p('a Slack export display name', '```json\n{"user_profile": {"real_name": "Yrsa Tallbeck", "display_name": "yrsa.t"}}\n```', 'yrsa.t'),
  p('a Slack user escape', 'The bot wrote: <@U02ABCDE|mvorlan> acknowledged the page.', 'mvorlan'),
  // Dashboard annotations.
  p('a Grafana annotation export login', '```json\n{"id": 41, "text": "Deploy 3.2", "login": "hvanteer", "avatarUrl": "/avatar/1"}\n```', 'hvanteer'),
  p('a Grafana annotation author in prose', 'The annotation "deploy 3.2" on the panel was added by tolvanik at 03:12.', 'tolvanik'),
  // kubectl and kubeconfigs.
  p('a kubectl current context of a person', '```\n$ kubectl config current-context\nanselmk@ledger-prod-eu\n```', 'anselmk'),
  p('a kubectl context flag', 'We ran `kubectl --context=oyvindr-admin@prod get pods -A` from the bastion.', 'oyvindr'),
  p('a kubeconfig user', '```yaml\ncontexts:\n- context:\n    cluster: prod\n    user: kvestergaard\n  name: prod\n```', 'kvestergaard'),
  // State locks, auth logs, cloud identities.
  p('a Terraform state lock holder', '```\nLock Info:\n  ID:        4f2a9c1e\n  Operation: OperationTypeApply\n  Who:       hbrekkan@laptop-22\n```', 'hbrekkan'),
  p('a sudo line of an auth log', '```\nMar  2 03:12:01 db01 sudo: kvorland : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/bin/systemctl restart pg\n```', 'kvorland'),
  p('an assumed role session of a person', 'The call came from `arn:aws:sts::123456789012:assumed-role/Admin/hvarnell`.', 'hvarnell'),
  p('a CODEOWNERS line of a person', '```\n/ledger/ @acme/payments @qvarnell\n```', 'qvarnell'),
  p('an attendees line of handles', 'Attendees: tvarnhelm, mkessvik, obrandtner', 'mkessvik'),
  // Internal DNS names in other languages' prose.
  p('es: a Consul name in prose', 'El nodo pg-replica-2.ledger.consul dejó de responder a las 03:12.', 'pg-replica-2.ledger.consul'),
  p('de: a home.arpa name in prose', 'Der Resolver lieferte für nas01.home.arpa keine Antwort mehr.', 'nas01.home.arpa'),
  p('fr: an intranet name in prose', 'Le serveur wiki.intranet ne répondait plus depuis minuit.', 'wiki.intranet'),
  p('ja: an internal name in prose', 'ビルドサーバー ci-runner-07.ledger.consul が応答しませんでした。', 'ci-runner-07.ledger.consul'),
  p('zh: an int subdomain in prose', '内网域名 kafka-1.bj.int.quorvane.cn 无法解析。', 'kafka-1.bj.int.quorvane.cn'),
  p('ko: a corp subdomain in prose', '사내 저장소 gitlab.corp.quorvane.kr 가 응답하지 않았다.', 'gitlab.corp.quorvane.kr'),
  p('ru: a localdomain name in prose', 'Хост backup01.localdomain перестал отвечать в 03:12.', 'backup01.localdomain'),
  p('pt: a Kubernetes service name in prose', 'O serviço ledger-api.payments.svc.cluster.local caiu às 03:12.', 'ledger-api.payments.svc.cluster.local'),
  // Private address ranges in prose.
  p('a private range in prose', 'The pods got addresses from 10.244.0.0/16 and collided with the office VPN.', '10.244.0.0/16'),
  p('fr: a private range in prose', 'La plage 172.20.0.0/14 chevauchait celle du VPN.', '172.20.0.0/14'),
  p('de: a private address in prose', 'Das Gateway 192.168.88.1 verwarf die Pakete.', '192.168.88.1'),
  p('es: a private address of a database', 'La base de datos en 10.12.4.17 rechazó las conexiones.', '10.12.4.17'),
  // Sign-off and cc lines in other languages.
  p('de: a sign-off label', 'Freigabe: Kollmanner', 'Kollmanner'),
  p('de: a cc line of a surname', 'CC: Brandtmeier, Hollberger', 'Hollberger'),
  p('es: reviewed by', 'Revisado por: Ulloquin', 'Ulloquin'),
  p('fr: validated by', 'Validé par Gwenolé Kervarec le 3 mars.', 'Gwenolé Kervarec'),
  p('it: a reviewer label', 'Revisore: Brambillo', 'Brambillo'),
  p('nl: approved by', 'Goedgekeurd door: Hendrikszoon', 'Hendrikszoon'),
  p('pl: approved by', 'Zatwierdził: Wojtaszczyk', 'Wojtaszczyk'),
  p('pt: approved by', 'Aprovado por: Reinhilda Tavarnes', 'Reinhilda Tavarnes'),
  p('sv: reviewed by', 'Granskad av: Yngvarsson', 'Yngvarsson'),
  p('tr: approved by', 'Onaylayan: Kıvrakoğlu', 'Kıvrakoğlu'),
  p('ru: agreed by', 'Согласовано: Вельмаров', 'Вельмаров'),
  p('ja: a reviewer label in katakana', '確認者：ヴァルネル', 'ヴァルネル'),
  p('zh: a reviewer label', '审核人：李思远', '李思远'),
  p('zh: a cc label', '抄送：王志远、陈嘉怡', '陈嘉怡'),
  p('ko: a reviewer label', '검토자: 박서연', '박서연'),
  p('es: a Jira assignee column', '| Clave | Resumen | Responsable |\n| --- | --- | --- |\n| OPS-12 | Disco lleno | kvandermolt |', 'kvandermolt'),
  p('de: an assignee label', 'Bearbeiter: tvellacott', 'tvellacott'),
  p('fr: a cc line in prose', 'En copie : Kervarec et Le Brizennec.', 'Le Brizennec'),
];

/** The kinds of the probes found before the round's rules (measured on `404879b6`). */
export const foundBeforeRound51: ReadonlySet<string> = new Set<string>([
  'a sign-off table of a lower-case handle',
  'a sign-off table of a full name and a date',
  'a review line of handles',
  'an approval in a pull request quote',
  'a cc line of mentions',
  'a cc line of bare handles in a mail header',
  'a GitLab quick action',
  'a Jira CSV export of assignees',
  'a Jira CSV export of reporters',
  'a Jira mention',
  'a Linear export of an assignee',
  'a Slack export message of a user name',
  'a Slack export profile real name',
  'a Slack export display name',
  'a Slack user escape',
  'a Grafana annotation export login',
  'a kubectl current context of a person',
  'a kubectl context flag',
  'a kubeconfig user',
  'a Terraform state lock holder',
  'a sudo line of an auth log',
  'an assumed role session of a person',
  'a CODEOWNERS line of a person',
  'an attendees line of handles',
  'es: a Consul name in prose',
  'de: a home.arpa name in prose',
  'fr: an intranet name in prose',
  'ja: an internal name in prose',
  'ko: a corp subdomain in prose',
  'ru: a localdomain name in prose',
  'pt: a Kubernetes service name in prose',
  'a private range in prose',
  'fr: a private range in prose',
  'de: a private address in prose',
  'es: a private address of a database',
  'de: a cc line of a surname',
  'pt: approved by',
  'ru: agreed by',
  'ja: a reviewer label in katakana',
  'zh: a reviewer label',
  'zh: a cc label',
  'ko: a reviewer label',
  'es: a Jira assignee column',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound51: ReadonlySet<string> = new Set<string>([]);

/** Probes in the public frontmatter fields: the field, its text, the leak (each published on `404879b6`). */
export const fieldProbesRound51: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'kvandermolt changed the status to Done', 'kvandermolt'],
  ['summary', 'Validé par Gwenolé Kervarec le 3 mars.', 'Gwenolé Kervarec'],
  ['timeline', 'The annotation on the panel was added by tolvanik', 'tolvanik'],
  ['action', 'Read https://maritvolkers.com/posts/retries/ and cap the retries', 'maritvolkers'],
]

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound51: readonly (readonly [string, string])[] = [
  ['a public site of a product', 'See https://grafana.com/docs/ for the annotations.'],
  ['an organisation site of words', 'We thanked https://opencollective.com/ for the grant.'],
  ['a cc line of a team', 'cc: the payments team'],
  ['a public address', 'The resolver 8.8.8.8 answered in 30 ms.'],
  ['a documentation range', 'The example range 192.0.2.0/24 is reserved for documentation.'],
  ['a local context of a public tool', 'We reproduced it with `kubectl config use-context kind-kind`.'],
  ['a Slack export of a bot', '```json\n{"type": "message", "user_name": "deploybot", "text": "deployed"}\n```'],
  ['a review line of a team', 'Reviewed by: the SRE team'],
  ['a Kubernetes default name', 'The pods resolve kubernetes.default.svc first.'],
  ['a tracker history line of a bot', 'dependabot changed the status to Done.'],
  ['a public product named in prose beside its site', 'The strings moved to Transifex (https://transifex.com/) last year.'],
  ['a site of English words after a given name', 'The diagram follows https://markmonitor.com/ guidance.'],
  ['a public top-level domain of its own', 'See https://www.who.int/ for the guidance.'],
  ['es: reviewed by a team', 'Revisado por: el equipo de SRE'],
  ['a Jira export of English words', '```csv\nIssue key,Summary,Assignee\nOPS-1,Disk full,Unassigned\n```'],
  ['a sign-off table of roles', '| Role | Reviewer |\n| --- | --- |\n| SRE | on-call lead |'],
  ['a loopback address', 'The exporter listens on 127.0.0.1:9100.'],
  ['a Terraform lock of a placeholder', '```\nLock Info:\n  Who:       user@hostname\n```'],
  ['de: a sign-off of a role', 'Freigabe: Teamleitung'],
];
