/**
 * The probe round 54's leaks (docs/redaction.md, "Probe round 54"): the drafts an importer or a
 * PII-redactor tool leaves (names and e-mails half masked, a placeholder with the handle kept),
 * tables of responders and approvers, commit trailers and `git log --format` lines, tracker
 * fields pasted as text, paging lines ("acknowledged by", "escalated to") in several languages,
 * Kubernetes labels and annotations, container images and bucket paths under a person's name,
 * shell prompts, internal hosts in stack traces and connection URLs, names in Han, Hangul and
 * kana with an honorific, and names in Cyrillic and Greek letters. Text of our own writing, with
 * coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound54: readonly LeakProbeWithOrganisation[] = [
  // Drafts a PII-redactor tool or an importer leaves: half-masked names and e-mails.
  p('a half-masked e-mail, first and last letters kept', 'Reported by k***n@quorvane.io at 03:12.', 'k***n@quorvane.io'),
  p('a half-masked e-mail, the first letter kept', 'Contact: o***@quorvane.io', 'o***@quorvane.io'),
  p('a given name and a masked surname', 'Incident commander: Oskar V*** (paged at 03:12).', 'Oskar'),
  p('an initial and a masked surname', 'Reviewed by J. D*** before the rollback.', 'J. D***'),
  p('a redacted name with the handle kept in parentheses', 'The IC was [REDACTED] (ana), who paged the DBA.', 'ana'),
  p("a redactor's numbered placeholder with the handle kept", '[PERSON_1] (tbreckan) restarted the primary at 03:14.', 'tbreckan'),
  p('a half-masked e-mail in a table', '| Field | Value |\n| --- | --- |\n| Reporter | h******@quorvane.io |', 'h******@quorvane.io'),
  // Tables of responders and approvers.
  p('a responders table of a full name', '| Role | Responder |\n| --- | --- |\n| Incident commander | Tamsin Okorafe |', 'Tamsin Okorafe'),
  p('an approvers table', '| Approver | Decision | Date |\n| --- | --- | --- |\n| Hendrik Brandtmeier | approved | 2026-03-03 |', 'Hendrik Brandtmeier'),
  p('a responders table of a handle', '| Responder | Joined |\n| --- | --- |\n| tbreckan | 03:14 |', 'tbreckan'),
  p('de: a table of who is responsible', '| Rolle | Verantwortlich |\n| --- | --- |\n| Incident-Leitung | Jens Hollberger |', 'Jens Hollberger'),
  p('es: a table of who is responsible', '| Rol | Responsable |\n| --- | --- |\n| Comandante | Lucía Ulloquin |', 'Lucía Ulloquin'),
  // Commit trailers and git log lines.
  p('a Co-authored-by trailer in code', '```\nCo-authored-by: Marit Oberland <marit@users.noreply.github.com>\n```', 'Marit Oberland'),
  p('a Signed-off-by trailer of a handle', '```\nSigned-off-by: kvorlander <kvorlander@quorvane.io>\n```', 'kvorlander'),
  p('a Signed-off-by trailer in prose without an address', 'The fix carries a `Signed-off-by: Ilse Varnholt` trailer.', 'Ilse Varnholt'),
  p('a co-authored-by trailer in lower case', '```\nco-authored-by: hvanteer\n```', 'hvanteer'),
  p("git log --format='%h %an %s'", '```\n$ git log --format="%h %an %s"\n4f2a9c1 Oskar Vellmann fix: raise the retry budget\n```', 'Oskar Vellmann'),
  p("git log --pretty='%h - %an, %ar : %s'", '```\n4f2a9c1 - Yrsa Tallbeck, 3 hours ago : revert pool size\n```', 'Yrsa Tallbeck'),
  p('git shortlog -sn', '```\n$ git shortlog -sn\n    42\tQuill Avernhout\n    17\tobrandtner\n```', 'Quill Avernhout'),
  p("git log --format='%h|%an|%ad|%s'", '```\n9b1e2d0|hvanteer|2026-03-02|bump pgbouncer\n```', 'hvanteer'),
  // Tracker fields pasted as text.
  p('a Jira reporter field', 'Assignee: Tamsin Okorafe\nReporter: Jens Hollberger\nPriority: P1', 'Jens Hollberger'),
  p('a Linear issue line of a handle', 'ENG-2041 · In Progress · Assignee: ana.k · Urgent', 'ana.k'),
  p('de: Jira fields', 'Bearbeiter: Brandtmeier\nAutor: Hollberger\nPriorität: Hoch', 'Hollberger'),
  p('fr: Jira fields', 'Responsable : Kervarec\nRapporteur : Le Brizennec', 'Le Brizennec'),
  p("a Jira history line of an assignee's change", 'Assignee changed from Oskar Vellmann to Yrsa Tallbeck at 03:20.', 'Yrsa Tallbeck'),
  // Paging lines in several languages.
  p('an acknowledgement of a full name', 'Acknowledged by Tamsin Okorafe at 03:14 UTC', 'Tamsin Okorafe'),
  p('an escalation to a handle', 'Escalated to hbrekkan after 15 minutes without an acknowledgement.', 'hbrekkan'),
  p('de: an acknowledgement', 'Bestätigt von Jens Hollberger um 03:14 Uhr.', 'Jens Hollberger'),
  p('fr: an acknowledgement', 'Acquitté par Kervarec à 03:14.', 'Kervarec'),
  p('es: an escalation', 'Escalado a Ulloquin tras 15 minutos sin respuesta.', 'Ulloquin'),
  p('pt: an acknowledgement', 'Reconhecido por Tavarnes às 03:14.', 'Tavarnes'),
  p('nl: an escalation', 'Geëscaleerd naar Hendrikszoon na 15 minuten.', 'Hendrikszoon'),
  p('it: an acknowledgement', 'Preso in carico da Bellandri alle 03:14.', 'Bellandri'),
  // Kubernetes labels and annotations.
  p('a Kubernetes owner label of a dotted handle', '```yaml\nmetadata:\n  labels:\n    app: ledger\n    owner: ana.k\n```', 'ana.k'),
  p('a Kubernetes owner annotation under a domain', '```yaml\n  annotations:\n    quorvane.io/owner: tbreckan\n```', 'tbreckan'),
  p('a kubectl label command', 'We ran `kubectl label deploy ledger owner=hbrekkan --overwrite`.', 'hbrekkan'),
  // Container images and buckets under a person's name.
  p("docker pull of a person's namespace", '```\n$ docker pull kvorlander/ledger-exporter:1.4.2\n```', 'kvorlander'),
  p("an image on ghcr.io under a person's name", '```yaml\n    image: ghcr.io/obrandtner/pgbouncer:1.21\n```', 'obrandtner'),
  p("a Dockerfile FROM a person's quay.io namespace", '```dockerfile\nFROM quay.io/hvanteer/base:2026.03\n```', 'hvanteer'),
  p("an S3 path of a user's folder", 'The dump went to `s3://quorvane-backups/users/hbrekkan/dump.sql`.', 'hbrekkan'),
  p("a GCS bucket named after a person", 'The export sat in `gs://tvellacott-scratch/exports/` for a week.', 'tvellacott'),
  p("an S3 path of a home folder of a dotted handle", '```\naws s3 cp dump.sql s3://ledger-dumps/home/ana.k/\n```', 'ana.k'),
  // Shell prompts.
  p('a PowerShell prompt of a user folder', '```\nPS C:\\Users\\hbrekkan> kubectl get pods\n```', 'hbrekkan'),
  p('a bracketed prompt of a dotted handle', '```\n[ana.k@bastion-2 ~]$ sudo systemctl restart pgbouncer\n```', 'ana.k'),
  p('a zsh prompt on macOS', '```\nkvorlander@ledger-mbp ~ % brew services restart redis\n```', 'kvorlander'),
  // Internal hosts in stack traces and connection URLs.
  p('a JDBC URL of a bare internal host', 'The pool pointed at `jdbc:postgresql://ledger-db-3:5432/ledger`.', 'ledger-db-3'),
  p('a Redis URL of a bare internal host', '```\nREDIS_URL=redis://cache-sessions-7:6379/0\n```', 'cache-sessions-7'),
  p('a Java UnknownHostException', '```\nCaused by: java.net.UnknownHostException: kafka-broker-2.prod\n```', 'kafka-broker-2'),
  p('a Java ConnectException of a host and its address', '```\njava.net.ConnectException: Connection refused: ledger-db-3/10.4.1.9:5432\n```', 'ledger-db-3'),
  p('a Python Redis error', '```\nredis.exceptions.ConnectionError: Error 111 connecting to cache-7.svc:6379. Connection refused.\n```', 'cache-7'),
  p('a MongoDB URL of a replica set', '```\nmongodb://mongo-rs0-1,mongo-rs0-2:27017/?replicaSet=rs0\n```', 'mongo-rs0-2'),
  // Han, Hangul and kana names with an honorific.
  p('ja: a surname with さん', '03:14 に鷹野さんがアラートを確認。', '鷹野'),
  p('ko: a full name with 님', '김서윤님이 롤백을 승인했습니다.', '김서윤'),
  p('zh: a full name with 先生', '由王建平先生负责回滚。', '王建平'),
  p('ja: a surname with 先生', '佐伯先生のレビュー後にデプロイした。', '佐伯'),
  p('ko: a full name and 님 after a space', '박지훈 님이 장애를 확인했습니다.', '박지훈'),
  p('ja: a katakana given name with さん', 'マリアさんがプライマリを再起動した。', 'マリア'),
  // Cyrillic and Greek names.
  p('ru: a full name in a sentence', 'Откат выполнил Сергей Вострецов в 03:14.', 'Сергей Вострецов'),
  p('uk: an on-call label', 'Черговий: Олена Коваленко', 'Олена Коваленко'),
  p('el: a full name in a sentence', 'Την επαναφορά έκανε ο Γιώργος Παπαδάκης.', 'Γιώργος Παπαδάκης'),
  p('el: a label of who is responsible', 'Υπεύθυνος: Παπαδάκης', 'Παπαδάκης'),
  p('ru: an acknowledgement label', 'Подтвердил: Вострецов', 'Вострецов'),
];

/** The kinds of the probes found before the round's rules (measured on `6f2a46d0`). */
export const foundBeforeRound54: ReadonlySet<string> = new Set<string>([
  'a half-masked e-mail, first and last letters kept',
  'a half-masked e-mail, the first letter kept',
  'a given name and a masked surname',
  'a half-masked e-mail in a table',
  'a responders table of a full name',
  'an approvers table',
  'a responders table of a handle',
  'de: a table of who is responsible',
  'es: a table of who is responsible',
  'a Co-authored-by trailer in code',
  'a Signed-off-by trailer of a handle',
  'a Signed-off-by trailer in prose without an address',
  'a co-authored-by trailer in lower case',
  "git log --pretty='%h - %an, %ar : %s'",
  'git shortlog -sn',
  'a Jira reporter field',
  'a Linear issue line of a handle',
  'de: Jira fields',
  "a Jira history line of an assignee's change",
  'an acknowledgement of a full name',
  'an escalation to a handle',
  'de: an acknowledgement',
  'a Kubernetes owner label of a dotted handle',
  'a Kubernetes owner annotation under a domain',
  "an S3 path of a user's folder",
  'a GCS bucket named after a person',
  'a PowerShell prompt of a user folder',
  'a bracketed prompt of a dotted handle',
  'a zsh prompt on macOS',
  'a JDBC URL of a bare internal host',
  'a Redis URL of a bare internal host',
  'a Java ConnectException of a host and its address',
  'a MongoDB URL of a replica set',
  'ja: a surname with さん',
  'ko: a full name with 님',
  'zh: a full name with 先生',
  'ja: a surname with 先生',
  'ko: a full name and 님 after a space',
  'ja: a katakana given name with さん',
  'ru: a full name in a sentence',
  'uk: an on-call label',
  'el: a full name in a sentence',
  'el: a label of who is responsible',
  'ru: an acknowledgement label',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound54: ReadonlySet<string> = new Set<string>([]);

/** Probes in the public frontmatter fields: the field, its text, the leak. */
export const fieldProbesRound54: readonly (readonly ['title' | 'summary' | 'impact' | 'action' | 'timeline', string, string])[] = [
  ['title', 'Escalado a Ulloquin tras la caída de pagos', 'Ulloquin'],
  ['summary', 'The IC was [REDACTED] (ana), who paged the DBA after the lag alert.', 'ana'],
  ['timeline', 'Paged [PERSON_1] (tbreckan) after the lag alert', 'tbreckan'],
  ['action', 'Move the dump out of s3://ledger-dumps/home/ana.k/ and rotate the key', 'ana.k'],
];

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound54: readonly (readonly [string, string])[] = [
  ['a fully redacted name', 'The IC was [REDACTED], who paged the DBA.'],
  ['a redacted name and a role in parentheses', 'The IC was [REDACTED] (SRE), who paged the DBA.'],
  ['a redacted name and a pronoun', 'Paged [PERSON_1] (she/her) at 03:12.'],
  ['a redacted name and words in parentheses', 'Paged [REDACTED] (the database lead) at 03:12.'],
  ['markdown emphasis after an initial', 'See section B. **Impact** below.'],
  ['a Signed-off-by of a bot', '```\nSigned-off-by: dependabot[bot]\n```'],
  ['a git log format line of a bot', '```\n$ git log --format="%h %an %s"\n4f2a9c1 renovate[bot] chore(deps): bump pg\n```'],
  ['a git log format without a name', '```\n$ git log --format="%h %s"\n4f2a9c1 Fix Proxy Timeout\n```'],
  ['a separated line of a bot', '```\n9b1e2d0|github-actions|2026-03-02|release 4.2.1\n```'],
  ['es: an escalation to a level', 'Escalado a nivel 2 tras 15 minutos.'],
  ['fr: an acknowledgement by a team', "Acquitté par l'équipe SRE à 03:14."],
  ['an acknowledgement by the on-call engineer', 'Acknowledged by the on-call engineer at 03:14 UTC'],
  ['a kubectl label of a team', 'We ran `kubectl label deploy ledger owner=platform-team --overwrite`.'],
  ["docker pull of an organisation's image", '```\n$ docker pull bitnami/redis:7.2\n```'],
  ["an image of a project's namespace", '```yaml\n    image: ghcr.io/cloudnative-pg/postgresql:16\n```'],
  ['a Dockerfile FROM of an official image', '```dockerfile\nFROM quay.io/prometheus/node-exporter:v1.8.1\n```'],
  ['a JDBC URL of localhost', 'The tests use `jdbc:postgresql://localhost:5432/ledger`.'],
  ['a public host a connection failed for', '```\ncurl: (7) Failed to connect to api.github.com port 443: Connection timed out\n```'],
  ['prose connecting to a thing', 'We had trouble connecting to the database for ten minutes.'],
  ['ja: everyone with さん', 'チームの皆さん、ありがとうございました。'],
  ['ko: a customer with 님', '고객님께 불편을 드려 죄송합니다.'],
  ['ja: a customer with 様', 'お客様にご迷惑をおかけしました。'],
];
