/**
 * The probe round 57's leaks (docs/redaction.md, "Probe round 57"): what round 56 left (a rota's
 * secondary of a handle read as words, a login as a Terraform map key, a Cyrillic name in lower
 * case, names in mixed-script compounds), chat exports of other time stamps, alert annotations,
 * Terraform plans, CODEOWNERS, pasted mail headers in several languages, calendar invites, tracker
 * links with a name in the slug, hosts files, traceroute and dig output, Helm values, cron lines,
 * Windows and UNC paths, LDAP names. Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound57: readonly LeakProbeWithOrganisation[] = [
  // What round 56 left.
  p("a YAML rota's secondary of a handle read as words", '```yaml\noncall:\n  primary: hvinterlund\n  secondary: tokereke\n```', 'tokereke'),
  p("a rota's escalation of a handle read as words", '```yaml\nrota:\n  escalation: tokereke\n```', 'tokereke'),
  p("a rota's backup in a JSON line", '```json\n{"primary": "hvinterlund", "backup": "tokereke"}\n```', 'tokereke'),
  p('a Terraform key of a login of an unknown given name and an initial', "```\nterraform state rm 'google_compute_instance.bastion[\"ilka-m\"]'\n```", 'ilka-m'),
  p('ru: a Cyrillic full name in lower case', 'Дежурил мирослав тхоржевский, он перезапустил базу.', 'мирослав тхоржевский'),
  p('ru: a Cyrillic full name in lower case in a chat line', '```\n[03:12] ярослава кудряшова: базу перезапустила\n```', 'ярослава кудряшова'),
  p("ja: a Latin surname with an honorific", 'Vinterlundさんがデータベースを再起動しました。', 'Vinterlund'),
  p('zh: a Latin name inside a Chinese sentence', '由Hedda Vinterlund负责回滚。', 'Hedda Vinterlund'),
  p('ru: a Latin surname with a Russian case ending', 'Мы попросили Vinterlund-а откатить релиз.', 'Vinterlund'),
  // Chat exports of other time stamps.
  p('Slack: a bracketed time and a dotted handle', '```\n[10:02] corvin.ashgrove: rolling back now\n```', 'corvin.ashgrove'),
  p('chat: a time of seconds in parentheses', '```\n(10:02:33) tokereke: the replica is behind\n```', 'tokereke'),
  p('chat: an ISO time stamp before a handle', '```\n2026-03-03T10:02:11Z hvinterlund: failing over\n```', 'hvinterlund'),
  p('chat: a 12-hour time before a full name', '10:02 AM Ximena Oyarbide: the queue is draining', 'Ximena Oyarbide'),
  p('IRC: a nick in angle brackets', '```\n10:02 <tokereke> lag is back to zero\n```', 'tokereke'),
  p('Teams: a date and time before a surname and a given name', '```\n[03.03.2026 10:02] Oyarbide, Ximena: Rollback läuft\n```', 'Oyarbide, Ximena'),
  // Alert annotations.
  p("Prometheus: a runbook owner's handle", '```yaml\nannotations:\n  runbook_owner: hvinterlund\n```', 'hvinterlund'),
  p('Prometheus: a summary paged by a person', '```yaml\n  summary: "Ledger lag above 30s, paged by Corvin Ashgrove"\n```', 'Corvin Ashgrove'),
  p("Grafana: an alert's contact point of an address", '```yaml\ncontactPoints:\n  - name: ledger\n    receivers:\n      - type: email\n        settings:\n          addresses: hedda.vinterlund@velmarra.io\n```', 'hedda.vinterlund'),
  p('Alertmanager: a route to a person', '```yaml\nroutes:\n  - matchers: [team="ledger"]\n    receiver: pager-tokereke\n```', 'tokereke'),
  // Terraform plan output.
  p('Terraform plan: an owner tag of a handle', '```\n      + tags = {\n          + "Owner" = "hvinterlund"\n        }\n```', 'hvinterlund'),
  p('Terraform plan: an owner changed from one person to another', '```\n      ~ owner = "tokereke" -> "hvinterlund"\n```', 'tokereke'),
  p('Terraform plan: a created_by of a full name', '```\n      + created_by = "Corvin Ashgrove"\n```', 'Corvin Ashgrove'),
  // CODEOWNERS.
  p('CODEOWNERS: a hyphenated handle', '```\n/services/ledger/ @hedda-vinterlund\n```', 'hedda-vinterlund'),
  p('CODEOWNERS: a handle after a team', '```\n*.tf @velmarra/platform @tokereke\n```', 'tokereke'),
  // Mail headers.
  p('a mail header: From of a name and an address', '```\nFrom: Hedda Vinterlund <hedda@velmarra.io>\nSubject: Ledger lag\n```', 'Hedda Vinterlund'),
  p('a mail header: Cc of two names', 'Cc: Corvin Ashgrove, Ximena Oyarbide', 'Ximena Oyarbide'),
  p('de: a mail header An', 'An: Wendrowski-Pahl, Ansgar \\<ansgar.wp@velmarra.de>', 'Wendrowski-Pahl, Ansgar'),
  p('fr: a mail header De', 'De : Corvin Ashgrove <corvin@velmarra.fr>\nEnvoyé : lundi 3 mars 2026 10:02', 'Corvin Ashgrove'),
  p('es: a mail header Para', 'Para: Ximena Oyarbide <xoyarbide@velmarra.es>', 'Ximena Oyarbide'),
  p('nl: a mail header Aan', 'Aan: Wouter Zeegers', 'Wouter Zeegers'),
  p('de: a mail header Von of surname first', 'Von: Vinterlund, Hedda\nGesendet: Montag, 3. März 2026 10:02', 'Vinterlund, Hedda'),
  // Calendar invites.
  p("an invite's organizer", 'Organizer: Hedda Vinterlund\nWhen: Tue 3 Mar 2026 10:00-10:30', 'Hedda Vinterlund'),
  p("fr: an invite's organisateur", 'Organisateur : Corvin Ashgrove', 'Corvin Ashgrove'),
  p("an iCalendar attendee's name", '```\nATTENDEE;CN=Ximena Oyarbide;ROLE=REQ-PARTICIPANT:mailto:xo@velmarra.io\n```', 'Ximena Oyarbide'),
  p("an iCalendar organizer's name", '```\nORGANIZER;CN="Corvin Ashgrove":mailto:corvin@velmarra.io\n```', 'Corvin Ashgrove'),
  // Tracker links.
  p("a Linear branch of a person's handle", 'The fix is on `hvinterlund/led-412-raise-pool-size`.', 'hvinterlund'),
  p("a Linear profile link", '[the owner](https://linear.app/velmarra/profiles/tokereke)', 'tokereke'),
  p("a Jira filter of an assignee", '[open tickets](https://velmarra.atlassian.net/issues/?jql=assignee%3Dhvinterlund)', 'hvinterlund'),
  // Hosts, traceroute, dig.
  p("a hosts file's person's machine", '```\n192.168.4.20   build-mac-tokereke\n```', 'build-mac-tokereke'),
  p('traceroute: an internal hop', '```\n 3  core-rtr-2.dc3.velmarra.lan (10.20.0.1)  0.512 ms  0.498 ms\n```', 'core-rtr-2.dc3.velmarra.lan'),
  p('traceroute: a hop of a site without a domain', '```\n 4  edge-fw-01.fra2 (10.30.0.1)  1.204 ms\n```', 'edge-fw-01.fra2'),
  p("dig: an answer's internal name", '```\npg-ledger-02.dc3.velmarra.lan. 300 IN A 10.20.3.14\n```', 'pg-ledger-02.dc3.velmarra.lan'),
  p("dig: the server's name", '```\n;; SERVER: 10.20.0.53#53(ns-int-1.fra2) (UDP)\n```', 'ns-int-1.fra2'),
  p('nslookup: a name of an internal host', '```\nName:    ledger-admin.int.velmarra.net\nAddress: 10.20.3.40\n```', 'ledger-admin.int.velmarra.net'),
  // Helm values and cron.
  p("Helm values: an ingress host", '```yaml\ningress:\n  hosts:\n    - host: ledger-admin.int.velmarra.net\n```', 'ledger-admin.int.velmarra.net'),
  p("Helm values: a set flag of a host", '`helm upgrade ledger ./chart --set ingress.host=ledger-admin.k8s.fra2`', 'ledger-admin.k8s.fra2'),
  p("a system crontab's user", '```\n0 3 * * * hvinterlund /opt/ledger/rotate-keys.sh\n```', 'hvinterlund'),
  p("a crontab's MAILTO", '```\nMAILTO=corvin.ashgrove@velmarra.io\n*/5 * * * * /opt/ledger/check.sh\n```', 'corvin.ashgrove'),
  // Windows and UNC paths.
  p('a Windows user folder of a handle', 'The dump was left in `C:\\Users\\hvinterlund\\AppData\\Local\\Temp\\ledger.dmp`.', 'hvinterlund'),
  p('a Windows user folder of a dotted name', '```\nC:\\Users\\corvin.ashgrove\\Downloads\\ledger-export.csv\n```', 'corvin.ashgrove'),
  p('a UNC path of an internal file server', 'The backups went to `\\\\fs-07.corp\\ledger$\\backups`.', 'fs-07.corp'),
  p('a UNC path of a bare machine', '```\ncopy ledger.bak \\\\fs-ledger-02\\backups\n```', 'fs-ledger-02'),
  p("a UNC path of a person's home share", '`\\\\files\\home$\\tokereke\\notes.txt`', 'tokereke'),
  // LDAP.
  p('an LDAP DN of a full name', '```\nCN=Hedda Vinterlund,OU=SRE,DC=velmarra,DC=lan\n```', 'Hedda Vinterlund'),
  p("an LDAP DN of a person's uid", '`uid=tokereke,ou=people,dc=velmarra,dc=io` lost its group.', 'tokereke'),
  p('an LDAP DN in prose of a full name', 'The bind failed for CN=Corvin Ashgrove,OU=Admins,DC=corp,DC=velmarra,DC=io at 03:12.', 'Corvin Ashgrove'),
  // More of the shapes above, in other wordings.
  p('pt: a mail header De', 'De: Ximena Oyarbide <xo@velmarra.com.br>\nEnviado: segunda-feira, 3 de março de 2026', 'Ximena Oyarbide'),
  p('it: a mail header Da', 'Da: Ilario Bencivenga <ilario@velmarra.it>', 'Ilario Bencivenga'),
  p("an alert's description asking a person", '```yaml\n  description: "Ask tokereke before silencing"\n```', 'tokereke'),
  p("Terraform plan: a user's login as a key", '```\n  # aws_iam_user.users["ilka-m"] will be created\n```', 'ilka-m'),
  p('a Teams line of a full name and a 12-hour time', '```\n[3/3/2026 10:02 AM] Corvin Ashgrove: rollback started\n```', 'Corvin Ashgrove'),
];

/** The kinds of the probes found before the round's rules (measured on `c75d6cb0`). */
export const foundBeforeRound57: ReadonlySet<string> = new Set<string>([
  'ru: a Cyrillic full name in lower case',
  'ja: a Latin surname with an honorific',
  'zh: a Latin name inside a Chinese sentence',
  'Slack: a bracketed time and a dotted handle',
  'chat: a 12-hour time before a full name',
  'IRC: a nick in angle brackets',
  'Teams: a date and time before a surname and a given name',
  "Prometheus: a runbook owner's handle",
  "Grafana: an alert's contact point of an address",
  'Alertmanager: a route to a person',
  'Terraform plan: an owner tag of a handle',
  'Terraform plan: an owner changed from one person to another',
  'Terraform plan: a created_by of a full name',
  'CODEOWNERS: a hyphenated handle',
  'CODEOWNERS: a handle after a team',
  'a mail header: From of a name and an address',
  'a mail header: Cc of two names',
  'fr: a mail header De',
  'es: a mail header Para',
  'nl: a mail header Aan',
  "an invite's organizer",
  "fr: an invite's organisateur",
  "an iCalendar attendee's name",
  "an iCalendar organizer's name",
  'a Linear profile link',
  'a Jira filter of an assignee',
  "a hosts file's person's machine",
  'traceroute: an internal hop',
  "dig: an answer's internal name",
  'nslookup: a name of an internal host',
  'Helm values: an ingress host',
  "a system crontab's user",
  "a crontab's MAILTO",
  'a Windows user folder of a handle',
  'a Windows user folder of a dotted name',
  'a UNC path of an internal file server',
  'a UNC path of a bare machine',
  'an LDAP DN of a full name',
  'an LDAP DN in prose of a full name',
  'pt: a mail header De',
  'it: a mail header Da',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound57: ReadonlySet<string> = new Set<string>([]);

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound57: readonly (readonly [string, string])[] = [
  ["a rota's roles of a team and a role", '```yaml\noncall:\n  primary: ledger-team\n  secondary: dba\n```'],
  ["a style's secondary colour", '```js\nconst colors = {\n  primary: "#0366d6",\n  secondary: "#586069",\n};\n```'],
  ["a schedule's flags", '```yaml\nschedule:\n  backup: true\n  primary: false\n```'],
  ["a database's roles of words", '```yaml\nstorage:\n  primary: postgres\n  backup: snapshots\n```'],
  ['a log line of an ISO time stamp and a daemon', '```\n2026-03-03T10:02:11Z kubelet: Started container\n```'],
  ['a chat line of a parenthesised time and a word', '(10:02) note: the replica is behind'],
  ['a mail header of two teams', 'Cc: Ledger, Payments'],
  ["de: a mail header's sent line", 'Gesendet: Montag, 3. März 2026 10:02\nBetreff: Ledger lag'],
  ['ru: a chat line of words in lower case', '```\n[03:12] всем привет: база снова доступна\n```'],
  ["an alert's summary paging a role", '```yaml\n  summary: "Ledger lag above 30s, page the on-call"\n```'],
  ["an alert's description asking a channel", '```yaml\n  description: "Ask in the ledger channel before silencing"\n```'],
  ["dig: a public resolver", '```\n;; SERVER: 1.1.1.1#53(1.1.1.1) (UDP)\n```'],
  ['Helm values: a set flag of a public host', '`helm upgrade ledger ./chart --set ingress.host=ledger.example.com`'],
  ['a UNC path of a shared folder', 'The export went to `\\\\files\\shared\\ledger\\export.csv`.'],
  ["a Terraform key of a zone's letter", '```\nterraform state rm \'aws_subnet.private["zone-a"]\'\n```'],
  ["an LDAP DN of a service's group", '`cn=ledger-readers,ou=groups,dc=velmarra,dc=io` lost a member.'],
];
