/**
 * The seventeenth probe round's leaks (docs/redaction.md, "Seventeenth probe round"): what the
 * sixteenth round's Limits left (the fix of "Vexmor 2.1 restarted" leaving its version, a lone word
 * in an Actor column beside an organisation's cell), and shapes no earlier table held, written as
 * realistic postmortems write them: a timeline in prose paragraphs, lessons learned by a named
 * person, Slack threads quoted in blockquotes, PagerDuty, Opsgenie and incident.io exports, GitHub
 * review events, Jira and Linear comments pasted as text, Zoom, Meet and WebVTT transcripts,
 * pronouns beside a name, names with diacritics, look-alikes and invisible characters inside
 * names and hosts, names split by emphasis or character references, footnotes, link titles, MDX
 * expression strings, URLs' fragments and paths, hosts with a trailing dot, IPv6 and other
 * address notations, and images' `src` and `srcset`. Text of our own writing; no list knows any
 * name. Probes marked `org` are judged with the organisation `acme` configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound17: readonly LeakProbeWithOrganisation[] = [
  // The sixteenth round's leftovers.
  p('a system with its version acting: the version goes with the name', 'At 10:03 Vexmor 2.1 restarted the replica, and the queue drained.', 'Vexmor 2.1'),
  p('a lone unknown word paging in an Actor column beside an acronym', '| Time | Actor | Event |\n| --- | --- | --- |\n| 10:01 | QCL | release tagged |\n| 10:02 | Kasimir | acknowledged the page and joined the bridge |', 'Kasimir'),

  // A timeline written as prose.
  p('a timeline paragraph with a full name acting after a clause', 'The alert fired at 10:02. Four minutes later, after a look at the dashboards, Sølvi Brakstad decided to fail over.', 'Sølvi Brakstad'),
  p('a timeline paragraph with a first name woken by the page', 'The page went out at 03:10 and woke Ørjan, who was secondary that week.', 'Ørjan'),
  p('a timeline paragraph handing over to someone', 'At 11:40 the incident commander role passed from the secondary to Tirill Vaage.', 'Tirill Vaage'),

  // Lessons learned by a named person.
  p('a lessons-learned heading with a name in brackets', '## Lessons learned (Ilsabet Rønning)\n\nThe runbook assumed a replica that no longer existed.', 'Ilsabet Rønning'),
  p('a lessons-learned item opening with a bold name', '## Lessons learned\n\n- **Dagvar Strand:** our alert on replica lag fired after the customers noticed.', 'Dagvar Strand'),

  // Slack threads quoted in blockquotes.
  p('a quoted Slack thread with the author above the message', '> Kasimir Vestre  10:02 AM\n> failing over to the replica now', 'Kasimir Vestre'),
  p('a quoted Slack reply in a thread', '> **Ilsabet Rønning** replied in thread:\n> the replica is caught up, go ahead', 'Ilsabet Rønning'),
  p("a quoted Slack message's reactions naming who reacted", '> restarting ledger-api\n> :eyes: 2 (Tirill Vaage, Sølvi Brakstad)', 'Tirill Vaage'),

  // Paging and incident tools' exports.
  p('a PagerDuty log entry notifying a person', '```\n10:02:11 AM  Notified Kasimir Vestre via SMS\n10:04:37 AM  Acknowledged\n```', 'Kasimir Vestre'),
  p('a PagerDuty "On-Call Now" line', 'On-Call Now: Dagvar Strand (Ledger Primary)', 'Dagvar Strand'),
  p('an Opsgenie responders export with an address', '```json\n{"responders": [{"type": "user", "username": "tirill.vaage@example.com"}]}\n```', 'tirill.vaage'),
  p('an incident.io event with an emoji and a full name', '🔥 Ilsabet Rønning declared the incident and became incident lead', 'Ilsabet Rønning'),
  p('an incident.io role assignment', 'Role update: Communications lead assigned to Sølvi Brakstad', 'Sølvi Brakstad'),

  p('a PagerDuty CSV export', '```csv\nincident_number,title,assigned_to,acknowledged_by\n4512,Ledger lag,Kasimir Vestre,dholm\n```', 'Kasimir Vestre'),
  p("an escalation policy's levels in code", '```\nEscalation Policy: Ledger Primary\n  Level 1: Kasimir Vestre (immediately)\n  Level 2: Ilsabet Rønning (after 15 min)\n```', 'Ilsabet Rønning'),
  p('a PagerDuty note added by a handle', 'Note added by dholm: restarted the primary.', 'dholm'),
  p('a hand-off from one handle to another', 'Handoff from kvestre to dholm at 09:00.', 'kvestre'),
  p("an incident's roles in YAML", '```yaml\nincident:\n  commander: Kasimir Vestre\n  scribe: Ilsabet Rønning\n```', 'Ilsabet Rønning'),
  p("a YAML responder with a person's keys", '```yaml\nresponders_today:\n  - name: Kasimir Vestre\n    email: kv@example.com\n    role: incident commander\n```', 'Kasimir Vestre'),

  // Code review and trackers pasted as text.
  p('a GitHub review event with a handle', 'kvestre approved these changes on Dec 2', 'kvestre'),
  p('a GitHub force-push event with a handle', 'dstrand force-pushed the fix-pool branch from 3f2a9c1 to 8d1e0b7', 'dstrand'),
  p('a GitHub review comment header in bold', '**ivrønning** commented on `ledger/pool.go` line 42:\n> this timeout is too short', 'ivrønning'),
  p('a Jira comment header pasted as text', 'Tirill Vaage added a comment - 02/Dec/26 10:02 AM\nRolled back the config.', 'Tirill Vaage'),
  p('a Linear sidebar pasted: label above value', 'Assignee\nDagvar Strand\n\nPriority\nUrgent', 'Dagvar Strand'),
  p('a Linear comment header with a relative time', 'Kasimir Vestre · 2h ago\nThe retry budget is spent.', 'Kasimir Vestre'),

  // Transcripts.
  p('a Zoom transcript speaker with a number and a name', 'Speaker 1 (Ilsabet Rønning): we saw the lag first on the replica.', 'Ilsabet Rønning'),
  p('a Zoom chat export line', '10:02:11 From Sølvi Brakstad to Everyone: restarting the pool', 'Sølvi Brakstad'),
  p('a Meet transcript: a name alone above a time', 'Tirill Vaage\n00:03:12\nI am failing over now.', 'Tirill Vaage'),
  p('a WebVTT voice tag', '```\n00:00:12.000 --> 00:00:15.000\n<v Kasimir Vestre>the pool is full again</v>\n```', 'Kasimir Vestre'),

  p('a Zoom transcript pasted as code with timed full names', '```\n00:12:03 Kasimir Vestre: can you see my screen\n00:12:09 Ilsabet Rønning: yes\n```', 'Kasimir Vestre'),
  p('a subtitle cue with a speaker in capitals', '```\n12\n00:00:12,000 --> 00:00:15,000\nKASIMIR: restarting the primary\n```', 'KASIMIR'),
  p('a full name in capitals as a speaker', 'KASIMIR VESTRE: failing over now', 'KASIMIR VESTRE'),
  p('an IRC log with a date and time', '```\n[2026-12-02 10:02:11] <kvestre> restarting\n[2026-12-02 10:02:40] <dholm> ack\n```', 'kvestre'),
  p('a bold handle before a bracketed time', '**kvestre** (Dec 2, 10:02): restarting the primary', 'kvestre'),

  // Pronouns, diacritics and other scripts' letters in Latin names.
  p('pronouns in brackets after a first name', 'Ilsabet (she/her) took the comms role at 10:05.', 'Ilsabet'),
  p('pronouns after a full name with diacritics', 'Åsmund Ødegård (he/him) ran the failover.', 'Åsmund Ødegård'),
  p('pronouns after a first name in a list of roles', 'Comms: Ilsabet (she/her), IC: Kasimir (he/him)', 'Ilsabet'),
  p('a first name with an ogonek thanked', 'Big thanks to Jędrzej for staying on the bridge.', 'Jędrzej'),

  // Spellings that hide a name from a text search.
  p('a name split by emphasis, acting', 'Then Kas*imir* Ves*tre* restarted the primary.', 'Kas*imir* Ves*tre*'),
  p('a name with a character reference, thanked', 'Thanks to K&#97;simir for the quick rollback.', 'K&#97;simir'),
  p('a name with a soft hyphen and a look-alike letter', 'Thanks to Il\u00ADsabet R\u043Enning for the runbook.', 'Il\u00ADsabet R\u043Enning'),

  // Footnotes, link titles and MDX strings.
  p('a footnote naming who told us', 'The failover was manual.[^1]\n\n[^1]: As Tirill Vaage explained on the bridge.', 'Tirill Vaage'),
  p("a link title naming the runbook's author", 'See [the runbook](https://example.com/runbook "by Kasimir") for the steps.', 'Kasimir'),

  p("a reference definition's title naming the author", 'See [the runbook][rb].\n\n[rb]: https://example.com/runbook "by Kasimir"', 'Kasimir'),

  // Quotations, lessons and credits in prose.
  p('the source of a quotation in a cite element', '> "We should have paged earlier."\n> <cite>Dagvar Strand</cite>', 'Dagvar Strand'),
  p("a lesson learned as someone's takeaway", "Ilsabet's takeaway: alert on lag before customers notice.", 'Ilsabet'),
  p("someone's words quoted in a lesson", "In Dagvar's words, the runbook was a map of a city that no longer exists.", 'Dagvar'),
  p("a timeline compiled from someone's messages", "Timeline compiled from Ilsabet's Slack messages.", 'Ilsabet'),
  p('the members of a team in brackets', 'The team in Tromsø (Kasimir, Ilsabet) handled it.', 'Ilsabet'),
  p('a full name before a job title', 'Dagvar Strand, Principal Engineer, wrote this review.', 'Dagvar Strand'),

  // HTML attributes that show a name.
  p("an abbreviation's expansion", 'At 10:05 <abbr title="Kasimir Vestre">KV</abbr> failed over.', 'Kasimir Vestre'),

  // Internal systems in URLs.
  p("an internal host in a URL's fragment", 'The check is at https://status.example.com/#pg-ledger-01.acme.internal now.', 'pg-ledger-01.acme.internal'),
  p("an internal host in a URL's path", 'Copied from https://docs.example.com/hosts/ledger-db-7.corp/failover for reference.', 'ledger-db-7.corp'),

  // Hosts with a trailing dot.
  p('a host with a trailing dot before a port', '```\ncurl http://ledger-api.acme.internal.:8080/health\n```', 'ledger-api.acme.internal'),
  p('a host with a trailing dot in prose', 'We pointed the clients at pg-ledger-02.internal. and restarted them.', 'pg-ledger-02.internal'),

  // Addresses in other notations.
  p('an IPv6 unique-local literal in a URL', 'The dashboard at http://[fd12:3456:789a::17]:3000/ showed the lag.', 'fd12:3456:789a::17'),
  p('an IPv6 link-local address with a zone', '```\nping6 fe80::1ff:fe23:4567:890a%eth0\n```', 'fe80::1ff:fe23:4567:890a'),
  p('an IPv4-mapped IPv6 address', 'The connection came from ::ffff:10.40.2.7 on the proxy.', '::ffff:10.40.2.7'),
  p("the user of a .pgpass line", '```\n10.40.2.7:5432:ledger:kvestre:s3cr3t\n```', 'kvestre'),
  p('a private address in hexadecimal', '```\ncurl http://0x0a.0x28.0x02.0x07/metrics\n```', '0x0a.0x28.0x02.0x07'),
  p('a private address in octal parts', 'The exporter listened on 012.050.02.07 only.', '012.050.02.07'),
  p("a private address as a URL's single number", 'The probe hit http://170394119:9100/metrics before the move.', '170394119'),
  p('a host with ideographic full stops', 'The replica ledger-db-7\u3002acme\u3002internal fell behind.', 'ledger-db-7\u3002acme\u3002internal'),
  p('a host with half-width ideographic full stops', 'See http://grafana\uFF61acme\uFF61internal/d/lag for the graph.', 'grafana\uFF61acme\uFF61internal'),

  // Images.
  p("an internal host in an image's srcset", '<img src="/img/lag.png" srcset="https://grafana.acme.internal/render/lag.png 2x" alt="Replica lag" />', 'grafana.acme.internal'),
  p("a private address in a picture's source srcset", '<picture>\n  <source srcset="http://10.40.2.7/graph.webp" type="image/webp" />\n  <img src="/img/graph.png" alt="Graph" />\n</picture>', '10.40.2.7'),
  p('an internal host in an image src with a trailing dot', '![Lag](http://grafana.corp./render/lag.png)', 'grafana.corp.'),
];

/**
 * The probes still published after this round's rules: docs/redaction.md, "Limits".
 */
export const stillPublishedRound17: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound17: ReadonlySet<string> = new Set<string>([
  'a timeline paragraph with a full name acting after a clause',
  'a timeline paragraph with a first name woken by the page',
  'a timeline paragraph handing over to someone',
  'a lessons-learned heading with a name in brackets',
  'a quoted Slack thread with the author above the message',
  'a quoted Slack reply in a thread',
  "a quoted Slack message's reactions naming who reacted",
  'an Opsgenie responders export with an address',
  'an incident.io event with an emoji and a full name',
  'an incident.io role assignment',
  'a Jira comment header pasted as text',
  'a Linear comment header with a relative time',
  'a Zoom transcript speaker with a number and a name',
  'a Zoom chat export line',
  'a Meet transcript: a name alone above a time',
  'pronouns in brackets after a first name',
  'pronouns after a full name with diacritics',
  'a first name with an ogonek thanked',
  'a name split by emphasis, acting',
  'a name with a character reference, thanked',
  'a name with a soft hyphen and a look-alike letter',
  'a footnote naming who told us',
  "an abbreviation's expansion",
  "an internal host in a URL's fragment",
  "an internal host in a URL's path",
  'a host with a trailing dot before a port',
  'a host with a trailing dot in prose',
  'an IPv6 unique-local literal in a URL',
  'an IPv6 link-local address with a zone',
  'a host with half-width ideographic full stops',
  "an internal host in an image's srcset",
  "a private address in a picture's source srcset",
  'an internal host in an image src with a trailing dot',
]);
