/**
 * The twenty-second probe round's leaks (docs/redaction.md, "Twenty-second probe round"): the two
 * leaks the twenty-first round left (an unlisted given name and a word surname before a verb not
 * listed or with no object, a single unlisted given name before "failed over"), and the places an
 * attacker who knows the rules would try next: names outside prose (table cells under headers no
 * rule reads, link text, image alt and title, footnotes, HTML attributes in MDX, description
 * lists, code-fence info strings), accented and non-Latin names, names with particles and
 * initials, obfuscated addresses, internal hosts and resources in forms not covered (IPv6,
 * Kubernetes service DNS, wildcard certificates, bucket and project ids, Slack and Jira links,
 * dashboards on internal hosts), and names split across lines or markup or spelt with look-alike
 * letters. Text of our own writing; no list knows any name. Probes marked `org` are judged with
 * the organisation `acme` configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound22: readonly LeakProbeWithOrganisation[] = [
  // What the twenty-first round left, and the same shapes around it.
  p('an unknown given name and a word surname staying on the bridge', 'Caoimhe Brenne stayed on the bridge until 12:00.', 'Caoimhe Brenne'),
  p('an unknown given name and a word surname waiting', 'Eskil Marsh waited for the replica to catch up.', 'Eskil Marsh'),
  p('an unknown given name and a word surname handing over', 'At 06:00 Saoirse Crane handed over to the day shift.', 'Saoirse Crane'),
  p('a single unknown given name failing over the primary', 'Tadhg failed over the primary at 10:12.', 'Tadhg'),
  p('a single unknown given name failing over at a time, with no object', 'Tadhg failed over at 10:12 and stayed on.', 'Tadhg'),
  p('a code name failing over to the replica', 'Brathmoor failed over to the replica at 10:02.', 'Brathmoor'),
  p('a single unknown given name failing over both regions', 'After the second alarm Eskil failed over both regions.', 'Eskil'),

  // Places other than prose.
  p('a table column headed "Hands on keyboard"', '| Step | Hands on keyboard |\n| --- | --- |\n| Failover | Caoimhe Brenne |', 'Caoimhe Brenne'),
  p('a table column headed "Driver"', '| Time | Change | Driver |\n| --- | --- | --- |\n| 10:02 | restart | Tadhg |', 'Tadhg'),
  p('a table column headed "Comms"', '| Phase | Comms |\n| --- | --- |\n| Mitigation | Oisín Marsh |', 'Oisín Marsh'),
  p('a link whose text is a full name', 'Timeline kept by [Saoirse Quillan](https://wiki.example.com/pages/8812).', 'Saoirse Quillan'),
  p("an image's alt text naming someone at the whiteboard", '![Ngozi Okonkwo-Adeyemi at the whiteboard](./board.png)', 'Ngozi Okonkwo-Adeyemi'),
  p("an image's title saying who took it", '![Replica lag](./lag.png "Łukasz took this at 03:00")', 'Łukasz'),
  p("a footnote's text naming the on-call", 'The replica lagged.[^1]\n\n[^1]: Caoimhe Brenne, on call that night.', 'Caoimhe Brenne'),
  p('an HTML title attribute in MDX', 'The <abbr title="Tadhg Marsh">IC</abbr> declared the incident.', 'Tadhg Marsh'),
  p('a data attribute in MDX', '<div data-owner="caoimhe.brenne">Replica failover steps</div>', 'caoimhe.brenne'),
  p('a description list under an unusual term', '<dl>\n  <dt>Bridge host</dt>\n  <dd>Eskil Quillan</dd>\n</dl>', 'Eskil Quillan'),
  p("a code fence's info string", '```sh title="run by Saoirse Crane"\nsystemctl restart ledger\n```', 'Saoirse Crane'),
  p('a task list item naming who verifies', '- [x] Verify the restore (Oisín Funnel)', 'Oisín Funnel'),
  p('a blockquote attributed with a dash', '> We should have failed over sooner.\n>\n> — Caoimhe Brenne', 'Caoimhe Brenne'),
  p('a reference-style link whose text is a full name', '[Caoimhe Brenne][cb] kept the timeline.\n\n[cb]: https://wiki.example.com/pages/cb', 'Caoimhe Brenne'),
  p('an HTML image whose alt says who stands where', '<img src="rack.png" alt="Tadhg Marsh at the rack" />', 'Tadhg Marsh'),
  p('a label of whom the incident was escalated to', 'Escalated to: Caoimhe Brenne', 'Caoimhe Brenne'),
  p('a label of people interviewed, the second of a series', 'Interviewed: Eskil Marsh, Tadhg Crane', 'Tadhg Crane'),
  p('a bold label of who was paged, the second after "and"', '- **Paged:** Saoirse Berg and Oisín Crane', 'Oisín Crane'),
  p("a Kubernetes service's DNS name in a URL with its namespace only", 'Scrapes of `http://prometheus.monitoring:9090/api/v1/query` failed.', 'prometheus.monitoring'),
  p('a line of emoji and a full name, as kudos are pasted', ':tada: Caoimhe Brenne', 'Caoimhe Brenne'),
  p("an abbreviation's expansion naming someone", 'The notes are by CB.\n\n*[CB]: Caoimhe Brenne', 'Caoimhe Brenne'),
  p("a meta element's author in MDX", '<meta name="author" content="Saoirse Crane" />', 'Saoirse Crane'),
  p('a surname first before a comma', 'Brenne, Caoimhe restarted the pool at 10:06.', 'Brenne, Caoimhe'),
  p('a surname first in capitals', 'BRENNE Caoimhe restarted the pool at 10:06.', 'BRENNE Caoimhe'),
  p('a heading naming the responder', '### Eskil Quillan on the first hour', 'Eskil Quillan'),

  // Accented and non-Latin names, particles, initials.
  p('an accented given name restarting', 'Zoë restarted the writer at 10:02.', 'Zoë'),
  p('a Polish full name failing over', 'Łukasz Wiśniewski failed over the primary.', 'Łukasz Wiśniewski'),
  p('a Han name in a table cell', '| Role | Person |\n| --- | --- |\n| IC | 王伟 |', '王伟'),
  p('a Yoruba double-barrelled name staying on', 'Ngozi Okonkwo-Adeyemi stayed on the call until the end.', 'Ngozi Okonkwo-Adeyemi'),
  p('a Dutch name with "van der"', 'Pieter van der Quillan drained the node at 10:30.', 'Pieter van der Quillan'),
  p('a Spanish name with "de la"', 'Maricel de la Fuente took the pager at 09:00.', 'Maricel de la Fuente'),
  p('an Irish name with an apostrophe', "Siobhán O'Brien rolled back the release.", "Siobhán O'Brien"),
  p('a Scottish name with "Mc"', 'Fergus McAllister confirmed the restore at 11:02.', 'Fergus McAllister'),
  p('two initials with spaces and a surname', 'J. R. Quillan rolled back the deploy at 10:14.', 'J. R. Quillan'),
  p('initials run together and a surname', 'AJ Okafor paged the database team.', 'AJ Okafor'),
  p('a given name with a decomposed diaeresis', 'Zoe\u0308 Brenne stayed on the bridge.', 'Zoe\u0308 Brenne'),

  // Obfuscated addresses and usernames.
  p('a local part spelt with "at" and "dot"', 'Send the logs to jdoe42 at acme dot com.', 'jdoe42'),
  p('a local part with "[at]"', 'Questions to c.brenne[at]acme-corp.com please.', 'c.brenne'),
  p('a local part with "(at)" and "(dot)"', 'Ask tmarsh (at) acme (dot) io for the dump.', 'tmarsh'),
  p('a local part with "AT" and "DOT" in capitals', 'Escalations: s.crane AT acme DOT io', 's.crane'),

  // Internal hosts and resources.
  p('a unique-local IPv6 address', 'The writer at fd12:3456:789a:1::17 refused connections.', 'fd12:3456:789a:1::17'),
  p('a link-local IPv6 address with its zone', 'It answered on fe80::1ff:fe23:4567:890a%eth0 only.', 'fe80::1ff:fe23:4567:890a'),
  p("a Kubernetes service's short DNS name in a URL", 'Health checks hit `http://ledger-writer.payments:8080/healthz`.', 'ledger-writer.payments'),
  p("a Kubernetes service's DNS name with svc.cluster.local", 'The client resolved ledger-writer.payments.svc.cluster.local to a stale pod.', 'ledger-writer.payments.svc.cluster.local'),
  p('a wildcard certificate for an internal zone', 'The certificate for `*.ledger.internal` expired at 00:00.', 'ledger.internal'),
  p('a host under .corp with a port', 'Vault at vault.acme.corp:8200 sealed itself.', 'vault.acme.corp'),
  p('a host under .lan in an ssh URL', 'Mirrors pull from ssh://git@git.quillan.lan:2222/ledger.git.', 'git.quillan.lan'),
  p('an S3 bucket URL', 'The exports in s3://acme-ledger-exports/2025/ were intact.', 'acme-ledger-exports'),
  p('an S3 bucket ARN', 'The policy on arn:aws:s3:::acme-ledger-exports denied the writer.', 'acme-ledger-exports'),
  p('a GCP project in a console URL', 'See https://console.cloud.google.com/logs/query?project=acme-ledger-prod-4821 for the logs.', 'acme-ledger-prod-4821'),
  p('a GCP project in a resource path', 'The topic projects/acme-ledger-prod-4821/topics/payouts filled up.', 'acme-ledger-prod-4821'),
  p('a Slack channel link without a workspace host', 'Discussion in https://app.slack.com/client/T01ABCDEF/C04LEDGER9 went on for an hour.', 'C04LEDGER9'),
  p('a Slack deep link', 'Open slack://channel?team=T01ABCDEF&id=C04LEDGER9 for the thread.', 'C04LEDGER9'),
  p('a Jira key alone in prose', 'The follow-up is LEDGER-4521.', 'LEDGER-4521'),
  p('a Jira browse link on a self-hosted host', 'Filed as https://jira.quillan.io/browse/LEDGER-4521.', 'jira.quillan.io'),
  p('a Grafana dashboard on an internal host', 'The panel at https://grafana.ops.quillan.io/d/x1y2z3/ledger showed the lag.', 'grafana.ops.quillan.io'),
  p('a Kibana query on a private address', 'Logs: http://10.20.30.40:5601/app/discover#/view/ledger', '10.20.30.40'),

  // Names split across lines or markup, or spelt with look-alike letters.
  p('a full name broken across two lines of a paragraph', 'The pool was drained by\nCaoimhe\nBrenne, who stayed on until noon.', 'Caoimhe'),
  p('a given name half in bold', 'Cao**imhe** Brenne restarted the pool at 10:06.', 'Cao**imhe** Brenne'),
  p('a given name split by a tag', '<b>Tad</b>hg failed over the primary.', 'Tad</b>hg'),
  p('a given name split by a literal soft hyphen', 'Eskil Quil\u00adlan rolled back the deploy.', 'Eskil Quil\u00adlan'),
  p('a name with a word joiner inside', 'Saoir\u2060se Crane paged the DBA.', 'Saoir\u2060se Crane'),
  p('a name with a Cyrillic look-alike letter', 'T\u0430dhg Marsh restarted the pool.', 'T\u0430dhg Marsh'),
  p('a name in mathematical bold letters', '𝐂𝐚𝐨𝐢𝐦𝐡𝐞 𝐁𝐫𝐞𝐧𝐧𝐞 restarted the pool.', '𝐂𝐚𝐨𝐢𝐦𝐡𝐞 𝐁𝐫𝐞𝐧𝐧𝐞'),
  p('a name written with a numeric character reference', '&#67;aoimhe Brenne restarted the pool.', '&#67;aoimhe Brenne'),
  p('a name split by <wbr>', 'Eskil Quil<wbr/>lan drained the node.', 'Eskil Quil<wbr/>lan'),
];

/** The probes still published after this round's rules: docs/redaction.md, "Limits". */
export const stillPublishedRound22: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound22: ReadonlySet<string> = new Set<string>([
  'an unknown given name and a word surname handing over',
  'a table column headed "Driver"',
  'a link whose text is a full name',
  "an image's alt text naming someone at the whiteboard",
  "an image's title saying who took it",
  'a description list under an unusual term',
  'a blockquote attributed with a dash',
  'a heading naming the responder',
  'an accented given name restarting',
  'a Polish full name failing over',
  'a Han name in a table cell',
  'a Yoruba double-barrelled name staying on',
  'a Dutch name with "van der"',
  'a Spanish name with "de la"',
  'an Irish name with an apostrophe',
  'a Scottish name with "Mc"',
  'a given name with a decomposed diaeresis',
  'a local part spelt with "at" and "dot"',
  'a local part with "[at]"',
  'a local part with "(at)" and "(dot)"',
  'a local part with "AT" and "DOT" in capitals',
  'a unique-local IPv6 address',
  'a link-local IPv6 address with its zone',
  "a Kubernetes service's DNS name with svc.cluster.local",
  'a host under .corp with a port',
  'a host under .lan in an ssh URL',
  'an S3 bucket URL',
  'an S3 bucket ARN',
  'a GCP project in a console URL',
  'a GCP project in a resource path',
  'a Slack channel link without a workspace host',
  'a Jira key alone in prose',
  'a Jira browse link on a self-hosted host',
  'a Grafana dashboard on an internal host',
  'a Kibana query on a private address',
  'a given name half in bold',
  'a given name split by a literal soft hyphen',
  'a name with a word joiner inside',
  'a name with a Cyrillic look-alike letter',
  'a name in mathematical bold letters',
  'a name written with a numeric character reference',
  'a name split by <wbr>',
]);
