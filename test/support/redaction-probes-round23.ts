/**
 * The twenty-third probe round's leaks (docs/redaction.md, "Twenty-third probe round"): what the
 * twenty-second round left (a pair in the present tense or after a copula, a single unlisted given
 * name in a tooltip, a Kubernetes service's `name.namespace` in a URL without a port), and the
 * forms an attacker who has read the rules and "Limits" would try next: names in the present and
 * future tense, in the passive, in possessives, in quotes and brackets, in lists of several, doing
 * what few rules read, after titles and roles, as handles of chat tools and mail, in headings, in
 * JSX attributes, character references, links' paths and queries; internal systems under private
 * top-level domains, private ranges, cloud resource ids, internal links, private registries and
 * stores named in code. Text of our own writing; no list knows any name. Probes marked `org` are
 * judged with the organisation `acme` configured.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound23: readonly LeakProbeWithOrganisation[] = [
  // What the twenty-second round left.
  p('a pair in the present tense', 'Caoimhe Brenne stays on the bridge until the replica catches up.', 'Caoimhe Brenne'),
  p('a pair after a copula, with "me"', 'The bridge was Caoimhe Brenne and me.', 'Caoimhe Brenne'),
  p('a single unlisted given name in a tooltip', 'The <abbr title="Tadhg">IC</abbr> declared the incident.', 'Tadhg'),
  p("a Kubernetes service's name.namespace in a URL without a port", 'Probes of http://payments.billing/health timed out.', 'payments.billing'),

  // Tenses other than the past.
  p('a pair in the future tense', 'Eskil Marsh will rotate the keys on Monday.', 'Eskil Marsh'),
  p('a single given name in the present progressive', 'Right now Tadhg is draining the node.', 'Tadhg'),
  p('a pair in the present perfect', 'Saoirse Crane has rolled back the release.', 'Saoirse Crane'),
  p('a pair "is going to"', 'Oisín Quillan is going to own the follow-up.', 'Oisín Quillan'),
  p('a pair in the present simple of a habit', 'Every Sunday Caoimhe Brenne restarts the pool by hand.', 'Caoimhe Brenne'),
  p('a pair after a copula as the subject complement', 'The incident commander was Eskil Marsh.', 'Eskil Marsh'),
  p('a single given name after "it was … who"', 'It was Tadhg who spotted the lag.', 'Tadhg'),

  // The passive.
  p('a single given name after "was paged by"', 'The secondary was paged by Oisín at 03:12.', 'Oisín'),
  p('a pair after "approved by"', 'The rollback was approved by Caoimhe Brenne.', 'Caoimhe Brenne'),
  p('a pair after "silenced by"', 'The alert was silenced by Tadhg Marsh for an hour.', 'Tadhg Marsh'),
  p('a single given name after "were restarted by"', 'The writers were restarted by Eskil at 10:40.', 'Eskil'),

  // Possessives.
  p('a surname alone in a possessive of a laptop', "Brenne's laptop held the only copy of the key.", 'Brenne'),
  p('a pair in a possessive of a script', "Caoimhe Brenne's script drained the wrong node.", 'Caoimhe Brenne'),
  p("a single given name's branch", "The fix came from Tadhg's branch.", 'Tadhg'),

  // Quotes and brackets.
  p('a single given name in quotes in brackets', 'The IC ("Caoimhe") declared at 10:02.', 'Caoimhe'),
  p('a pair in brackets after a role', 'The secondary (Saoirse Crane) took over at 03:20.', 'Saoirse Crane'),
  p('a pair in curly quotes as the subject', '“Eskil Marsh” was on call that night.', 'Eskil Marsh'),

  // Lists of several.
  p('three given names joining the bridge', 'Caoimhe, Saoirse and Tadhg joined the bridge.', 'Saoirse'),
  p('three pairs after "the responders were"', 'The responders were Eskil Marsh, Tadhg Crane and Oisín Berg.', 'Tadhg Crane'),
  p('given names in a list with an Oxford comma', 'Eskil, Oisín, and Tadhg paired on the fix.', 'Oisín'),

  // Less common verbs.
  p('a pair bisecting', 'Caoimhe Brenne bisected the regression to one commit.', 'Caoimhe Brenne'),
  p('a single given name cordoning', 'Tadhg cordoned the node and drained it.', 'Tadhg'),
  p('a pair triaging in the present tense', 'Saoirse Crane triages the alerts each morning.', 'Saoirse Crane'),
  p('a single given name babysitting the migration', 'Oisín babysat the migration overnight.', 'Oisín'),

  // After titles and roles.
  p('a full name after "on-call engineer"', 'On-call engineer Marek Wiśniewski restarted the pool.', 'Marek Wiśniewski'),
  p('a pair after "incident commander"', 'Incident commander Caoimhe Brenne called the all-clear.', 'Caoimhe Brenne'),
  p('a single given name after "SRE lead"', 'SRE lead Eskil declared SEV-2 at 10:05.', 'Eskil'),
  p('a pair after "Dr."', 'Dr. Oisín Quillan reviewed the timeline.', 'Oisín Quillan'),
  p('a pair after a role and a colon in a sentence', 'Our DBA, Tadhg Marsh, failed over the primary.', 'Tadhg Marsh'),

  // Handles.
  p('a Mattermost handle with a tilde', 'Ask ~kvold in the channel for the dump.', 'kvold'),
  p('a Reddit-style handle', 'First reported by u/kvold_ops at 09:58.', 'kvold_ops'),
  p('a mail handle with a trailing at sign', 'kvold@ confirmed the rollback at 10:20.', 'kvold'),
  p('a handle in a go link', 'The runbook is at go/kvold-ledger-notes.', 'kvold'),
  p('an at-mention in a table cell', '| Step | Who |\n| --- | --- |\n| Failover | @kvold |', 'kvold'),

  // Headings.
  p('a pair in a heading', '## What Caoimhe Brenne saw', 'Caoimhe Brenne'),
  p('a single given name in a heading with "from"', '### Notes from Tadhg', 'Tadhg'),

  // JSX attributes and character references.
  p('a pair in a JSX attribute named for the owner', '<Callout owner="Caoimhe Brenne">Rotate the keys.</Callout>', 'Caoimhe Brenne'),
  p('a pair in a JSX attribute "by"', '<Note by="Tadhg Marsh">Drain before restarting.</Note>', 'Tadhg Marsh'),
  p('a hexadecimal character reference in a given name', '&#x4B;asimir Vold restarted the pool.', '&#x4B;asimir Vold'),
  p('a character reference in a tooltip', '<abbr title="&#75;asimir Vold">IC</abbr> declared at 10:02.', '&#75;asimir Vold'),

  // Links' paths and queries, and addresses.
  p('a handle as an owner in a query', 'See https://tracker.example.com/issues?owner=kvold&state=open.', 'kvold'),
  p('a Confluence personal space', 'Notes at https://wiki.example.com/display/~kvold/Ledger+notes.', 'kvold'),
  p('a profile page under /people/', 'See https://intranet.example.com/people/kasimir.vold for the rota.', 'kasimir.vold'),
  p("a search qualifier of a person's", 'Open https://tracker.example.com/search?q=assignee%3Akvold+is%3Aopen for the list.', 'kvold'),
  p('a display name before an address', 'Mail came from "Kasimir Vold" (ops@example.com) at 10:02.', 'Kasimir Vold'),
  p('an address with a plus tag', 'Forwarded to kasimir.vold+oncall@example.com.', 'kasimir.vold'),

  // Internal hosts under private or unusual top-level domains, private ranges.
  p('a host under .home.arpa', 'The NAS at nas01.home.arpa stopped answering.', 'nas01.home.arpa'),
  p('a host under .intranet', 'Vault at https://vault.acme.intranet/ui sealed itself.', 'vault.acme.intranet'),
  p('a host under .private', 'The build agent build7.ledger.private ran out of disk.', 'build7.ledger.private'),
  p('a host under .localdomain', 'Logs from db3.localdomain stopped at 10:04.', 'db3.localdomain'),
  p('a private range in CIDR notation', 'Traffic from 10.42.0.0/16 was dropped.', '10.42.0.0/16'),
  p('a shared address space address', 'The tunnel to 100.64.12.7 went down.', '100.64.12.7'),
  p('a private /24 in a firewall rule in code', '`allow 192.168.40.0/24;` was missing.', '192.168.40.0/24'),

  // Internal links and cloud resource ids.
  p('a self-hosted YouTrack issue', 'Tracked in https://youtrack.quillan.io/issue/LEDG-88.', 'youtrack.quillan.io'),
  p('a runbook on an internal wiki host', 'Follow https://wiki.ledger.internal/runbooks/failover.', 'wiki.ledger.internal'),
  p('an RDS instance ARN', 'The instance arn:aws:rds:eu-west-1:123456789012:db:ledger-primary rebooted.', '123456789012'),
  p('an Azure resource id', 'The vault /subscriptions/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d/resourceGroups/ledger-prod-rg was locked.', '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d'),
  p('a GKE cluster resource path', 'The cluster projects/quillan-ledger-prod/locations/europe-west1/clusters/ledger upgraded itself.', 'quillan-ledger-prod'),
  p('a GCS bucket URL', 'Backups in gs://quillan-ledger-backups/daily/ were a day old.', 'quillan-ledger-backups'),

  // Private registries.
  p('an image in an ECR registry', 'We pinned `123456789012.dkr.ecr.eu-west-1.amazonaws.com/ledger-writer:1.4`.', '123456789012'),
  p('an image in Artifact Registry', 'The image europe-west1-docker.pkg.dev/quillan-ledger-prod/images/writer:2.1 was rebuilt.', 'quillan-ledger-prod'),
  p('an image in an Azure registry', 'Pulls from quillanledger.azurecr.io/ledger/writer:2.1 failed.', 'quillanledger.azurecr.io'),
  p('an image on a registry under .lan', 'The tag harbor.quillan.lan/ledger/writer:2.1 was overwritten.', 'harbor.quillan.lan'),
  p("a registry named so on the organisation's domain", 'Pulls of `registry.quillan.io/ledger/writer:2.1` failed.', 'registry.quillan.io'),

  // Stores named in code spans, prefixes, and a few more places of people.
  p('a database named in a code span', 'The `payouts_prod` database ran out of connections.', 'payouts_prod'),
  p('a bucket named in a code span', 'The `quillan-ledger-exports` bucket filled up.', 'quillan-ledger-exports'),
  p('a dead-letter queue named in a code span', 'Messages piled up in `ledger-payouts-dlq`.', 'ledger-payouts-dlq'),
  p('a Kafka topic named in a code span', 'The topic `ledger.payouts.v2` lagged.', 'ledger.payouts.v2'),
  p('a unique-local IPv6 prefix with its length', 'Routes for fd12:3456:789a::/48 were withdrawn.', 'fd12:3456:789a::/48'),
  p('who the page went to', 'The page went to Tadhg at 03:12.', 'Tadhg'),
  p('a chat line opening with "here:"', 'Tadhg here: restarting the writer now.', 'Tadhg'),
];

/** The probes still published after this round's rules: docs/redaction.md, "Limits". */
export const stillPublishedRound23: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound23: ReadonlySet<string> = new Set<string>([
  'a pair "is going to"',
  'a single given name after "was paged by"',
  'a pair after "approved by"',
  'a single given name after "were restarted by"',
  'a pair in a possessive of a script',
  'a single given name\'s branch',
  'three given names joining the bridge',
  'given names in a list with an Oxford comma',
  'a pair bisecting',
  'a single given name cordoning',
  'a full name after "on-call engineer"',
  'a pair after "incident commander"',
  'a pair after "Dr."',
  'a mail handle with a trailing at sign',
  'an at-mention in a table cell',
  'a single given name in a heading with "from"',
  'a pair in a JSX attribute named for the owner',
  'a hexadecimal character reference in a given name',
  'a handle as an owner in a query',
  'a Confluence personal space',
  'a profile page under /people/',
  'a search qualifier of a person\'s',
  'a display name before an address',
  'an address with a plus tag',
  'a host under .home.arpa',
  'a host under .intranet',
  'a host under .private',
  'a host under .localdomain',
  'a shared address space address',
  'a runbook on an internal wiki host',
  'an RDS instance ARN',
  'an Azure resource id',
  'a GKE cluster resource path',
  'a GCS bucket URL',
  'an image in an ECR registry',
  'an image in an Azure registry',
  'an image on a registry under .lan',
  'a database named in a code span',
  'a bucket named in a code span',
  'a dead-letter queue named in a code span',
  'a Kafka topic named in a code span',
]);
