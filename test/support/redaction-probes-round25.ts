/**
 * The twenty-fifth probe round's leaks (docs/redaction.md, "Twenty-fifth probe round"): what the
 * twenty-fourth round left in its "Limits" (a single name with no object or before a preposition,
 * a GCP project in gcr.io's path, a namespace that is a public top-level domain), cloud projects'
 * hosts, and forms no earlier round tried: Markdown's footnotes, definition lists, image alt text
 * and link titles, names split by markup or invisible characters, chat logs and Slack mentions,
 * ticket fields, e-mail local parts, hosts in CSV and JSON blocks, addresses, contractions and
 * role labels. Text of our own writing; no list knows any name.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound25: readonly LeakProbeWithOrganisation[] = [
  // What round 24 left: a single given name with no object, before a preposition.
  p('a single given name in the perfect with no object', 'By then Tadhg has restarted.', 'Tadhg'),
  p('a single given name in the present before a preposition', 'Tadhg stays on the bridge.', 'Tadhg'),
  p('a single given name after a modal with no object', 'If the lag grows, Saoirse will check.', 'Saoirse'),
  p('a single given name in the present before an adverb of time', 'Oisín restarts tonight, after the freeze.', 'Oisín'),
  p("a single unknown word in a person's place", 'Quenby hops on the call until the rollback lands.', 'Quenby'),
  p("a single unknown word on the bridge in the past", 'Ardwen stayed on the bridge until six.', 'Ardwen'),
  p('a single given name that was already found: on call', 'Tadhg was on call.', 'Tadhg'),
  p('a single given name that was already found: joined at a time', 'Tadhg joined at 10:05.', 'Tadhg'),
  p('a single given name that was already found: thanks to', 'Many thanks to Tadhg for the patch.', 'Tadhg'),

  // Cloud projects and a namespace that is a public top-level domain.
  p("a GCP project in Container Registry's path", 'Pull `gcr.io/quillan-ledger-prod/writer:1.4` again.', 'quillan-ledger-prod'),
  p("a GCP project in a regional Container Registry's path", 'The image eu.gcr.io/quillan-ops-7/relay:2 was stale.', 'quillan-ops-7'),
  p("an App Engine host naming a GCP project", 'The callback at https://quillan-billing.appspot.com/hook failed.', 'quillan-billing'),
  p('an App Engine host of a version', 'See v3-dot-quillan-billing.appspot.com for the old build.', 'quillan-billing'),
  p('a staging app on Heroku', 'The replay ran against https://quillan-ledger-staging.herokuapp.com/ first.', 'quillan-ledger-staging'),
  p('an admin app on Azure App Service', 'Open quillan-admin.azurewebsites.net to drain the queue.', 'quillan-admin'),
  p('a namespace that is a public top-level domain over plain HTTP', 'Calls to http://ledger.finance/health timed out.', 'ledger.finance'),
  p('a namespace that is a public top-level domain in gRPC', 'The client dialled grpc://payments.bank/ and got a reset.', 'payments.bank'),

  // Markdown constructs.
  p("a footnote's definition naming who acted", 'The fix landed.[^1]\n\n[^1]: Ardwen wrote the patch overnight.', 'Ardwen'),
  p("a definition list's term defined by a role", 'Ardwen\n: on-call engineer for the night', 'Ardwen'),
  p('an image whose alt text shows someone at a console', '![Quenby at the console](./graph.png)', 'Quenby'),
  p("a link's title owning a screenshot", 'See [the graph](./graph.png "Quenby\'s screenshot").', 'Quenby'),
  p('an abbreviation whose title is a full name', '<abbr title="Ardwen Tollisk">AT</abbr> restarted the writer.', 'Ardwen Tollisk'),
  p('an e-mail autolink', 'Mail <mailto:atollisk@quillan.io> for the logs.', 'atollisk'),

  // Names split by markup or invisible characters.
  p('a name split by emphasis', '**Ard**wen restarted the writer.', 'Ard**wen'),
  p('a name split by a soft hyphen', 'Ard\u00adwen restarted the writer.', 'Ard\u00adwen'),
  p('a name split by a zero-width joiner', 'Ard\u200dwen restarted the writer.', 'Ard\u200dwen'),
  p('a name with a Cyrillic look-alike letter', 'Ard\u0435n restarted the writer.', 'Ard\u0435n'),

  // Chat logs, Slack, tickets, mail.
  p('an IRC log pasted in a code fence', '```\n[10:05] <atollisk> restarting the writer\n[10:06] <qmarrow> ok\n```', 'atollisk'),
  p("a Slack mention's display name", 'Ping <@U024BE7LH|atollisk> for access.', 'atollisk'),
  p("a ticket's assignee field", 'assignee: atollisk', 'atollisk'),
  p("a ticket's assignee in a list", '- Assignee: atollisk (rotating the keys)', 'atollisk'),
  p("an e-mail's local part at a public mail host", 'Write to ardwen.tollisk@gmail.com for the dump.', 'ardwen.tollisk'),
  p('a co-author trailer', 'Co-authored-by: Ardwen Tollisk <at@quillan.io>', 'Ardwen Tollisk'),

  // Internal hosts in data blocks.
  p('an internal host in a CSV block', '```csv\nhost,role\nledger-db-7.quillan.corp,primary\n```', 'ledger-db-7.quillan.corp'),
  p('an internal machine in a JSON block', '```json\n{"host": "ledger-db-7", "role": "primary"}\n```', 'ledger-db-7'),

  // Addresses, contractions and role labels.
  p('a name spoken to with thanks', 'Quenby, thanks for the quick fix!', 'Quenby'),
  p("a contraction of 'is' before on it", "Quenby's on it.", 'Quenby'),
  p("a contraction of 'is' before out sick", 'Ardwen’s out sick, so Tadhg took the page.', 'Ardwen'),
  p('a role set against a name by a dash', 'IC — Quenby', 'Quenby'),
  p('a role set against a name by an arrow', '- **Scribe** → Ardwen', 'Ardwen'),
  p('a given name waited on', 'We waited for Saoirse before failing over.', 'Saoirse'),
  p('a name asked to do something', 'Quenby, can you check the writer?', 'Quenby'),
  p('a name handed over to', 'Over to you, Ardwen.', 'Ardwen'),
  p("'is' before where only a person is", 'Quenby is on it.', 'Quenby'),
  p("a contraction before time off", "Ardwen's on PTO this week.", 'Ardwen'),
  p('back from time off on a day', 'Quenby will be back on Monday.', 'Quenby'),
  p('who holds the pager', 'Ardwen has the pager until Friday.', 'Ardwen'),
  p('the pager with someone', 'Tonight the pager is with Quenby.', 'Quenby'),
  p("a possessive turn on the rota", "It was Ardwen's turn on the rota.", 'Ardwen'),
  p('the one who caught it', 'Quenby was the one who caught it.', 'Quenby'),
  p('an HTML description list of a role', '<dl><dt>Ardwen</dt><dd>incident commander</dd></dl>', 'Ardwen'),
  p("a timeline's actor in brackets after the time", '- 10:05 (Quenby) rolled back the release.', 'Quenby'),
  p('two names joined by a slash, acting', 'Ardwen/Quenby rolled back the release.', 'Ardwen'),
  p("a ticket's bare Assigned field", 'Assigned: atollisk', 'atollisk'),
  p("a quotation's signature with its time", '> The pool is full.\n>\n> — Ardwen, at 03:10', 'Ardwen'),

  // Lines a phrasing's cue missed: a space of another width, a capital, a link in capitals.
  p('a passive "by" before a no-break space', 'The alert was silenced by\u00a0Quenby at 03:10.', 'Quenby'),
  p('"me and" a name opening a sentence', 'Me and Quenby were on the bridge.', 'Quenby'),
  p('a role in apposition before a no-break space', 'Our DBA,\u00a0Quenby, failed over.', 'Quenby'),
  p('a page that went to a name after a tab', 'The page went\tto Ardwen at 03:12.', 'Ardwen'),
  p('a go link in capitals', 'See GO/ledger-runbook for the steps.', 'GO/ledger-runbook'),

  // Still published (docs/redaction.md, "Limits"), but the last, found since round 28.
  p("a table's header cell above what people did", '| Quenby | Ledger |\n|---|---|\n| paged | restarted |', 'Quenby'),
  p('an unknown word with no object in the perfect', 'By then Quenby has restarted.', 'Quenby'),
  p('an unknown word waited on', 'We waited for Quenby before failing over.', 'Quenby'),
  p('an unknown word investigating with no object', 'Ardwen is investigating.', 'Ardwen'),
  p("a handle in an image's file name before a place", '![](./ardwen-at-the-console.png)', 'ardwen'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedRound25: ReadonlySet<string> = new Set<string>([
  'an unknown word waited on',
  // Found since the twenty-eighth probe round (image-file-people.ts): a handle before "at the console".
]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound25: ReadonlySet<string> = new Set<string>([
  'a single unknown word on the bridge in the past',
  'a single given name that was already found: on call',
  'a single given name that was already found: joined at a time',
  'a single given name that was already found: thanks to',
  "a footnote's definition naming who acted",
  'an abbreviation whose title is a full name',
  'an e-mail autolink',
  'a name split by emphasis',
  'a name split by a soft hyphen',
  'a name split by a zero-width joiner',
  'a name with a Cyrillic look-alike letter',
  'an IRC log pasted in a code fence',
  "a Slack mention's display name",
  "a ticket's assignee field",
  "a ticket's assignee in a list",
  "an e-mail's local part at a public mail host",
  'a co-author trailer',
  'an internal host in a CSV block',
  'an internal machine in a JSON block',
  '"me and" a name opening a sentence',
  'a role in apposition before a no-break space',
]);

/**
 * Ordinary public sentences written the same way: products and systems with no object or before
 * a preposition, public images on gcr.io, public apps on shared platforms, public sites under
 * generic top-level domains, thanks to a team, a role in a sentence.
 */
export const notPeopleRound25: readonly (readonly [string, string])[] = [
  ['a public product in the perfect, no object', 'Redis has restarted.'],
  ['an unknown product before a preposition', 'Zarnith runs on every node.'],
  ['an unknown product after a modal, no object', 'Zarnith will retry.'],
  ['a product on a call path', 'Zarnith is on the call path of every checkout.'],
  ['a public image on gcr.io', 'The base image is `gcr.io/distroless/static:nonroot`.'],
  ['a Kubernetes image on gcr.io', 'It pulled `gcr.io/kubebuilder/kube-rbac-proxy:v0.15.0`.'],
  ['a public app on Heroku', 'The notices page at https://mftp.herokuapp.com/ stayed up.'],
  ['a public site under a generic top-level domain over TLS', 'Read https://primitive.finance/ for the audit.'],
  ['a public site under a country top-level domain over plain HTTP', 'The mirror at http://ftp.example.de/ was slow.'],
  ['a page under a generic top-level domain over plain HTTP', 'Their write-up is at http://zorvane.tech/outage-review.html for comparison.'],
  ['thanks to a team', 'Platform, thanks for the quick fix!'],
  ['a contraction of a product', "Grafana's on it: the alert fired."],
  ['a role in a sentence with a dash', 'IC — the incident commander — declared at 10:05.'],
  ['a definition list of a term', 'Failover\n: the switch to the standby database'],
  ['an image of a product at a rack', '![Nginx at the edge](./edge.png)'],
  ['a vendor that is on it in a status update', 'We are on it.'],
  ['a product back online', 'Zarnith will be back online shortly.'],
  ['a pager product', 'PagerDuty has the pager schedule.'],
  ['a timeline entry with a bracketed system', '- 10:05 (UTC) rolled back the release.'],
  ['two products joined by a slash', 'Redis/Postgres restarted the pool.'],
  ['a team in a bare Assigned field', 'Assigned: Platform team'],
  ['an HTML description list of a term', '<dl><dt>Failover</dt><dd>the switch to the standby</dd></dl>'],
];
