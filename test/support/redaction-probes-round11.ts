/**
 * The eleventh probe round's leaks: what the tenth round left published (docs/redaction.md,
 * "Limits") and more of the same kinds, each a public text of our own writing modelled on how the
 * postmortems in /work/corpora name people and internal systems. No list knows any name. Probes
 * marked `org` are judged with the organisation configured as site.config.ts does (`acme`, whose
 * domains are acme.io and acme.com), since only the organisation's own domain says a host is its.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

export type LeakProbeRound11 = LeakProbeWithOrganisation;

const p = (kind: string, text: string, leak: string, org = false): LeakProbeRound11 => ({ kind, text, leak, org });

export const leakProbesRound11: readonly LeakProbeRound11[] = [
  // The tenth round's leftovers, as it wrote them.
  p("a person's fork without a scheme", 'The patched chart is in github.com/priya-s/charts until upstream merges it.', 'priya-s'),
  p("a person's first-and-last repository owner", 'Forked from github.com/hallvard-brekke/pool-tuning.', 'hallvard-brekke'),
  p("a personal repository's issue", 'Tracked in jkowalczyk/pg-failover-scripts#12 for now.', 'jkowalczyk'),
  p('a full name in lower case acting', 'hallvard brekke restarted the primary at 10:05.', 'hallvard brekke'),
  p('a lower-case first name on an attendee line', 'Attendees: maria, tove, james', 'maria'),
  p('a lower-case name in a chat line', '```\n10:02 <maria> restarting now\n```', 'maria'),
  p('a Dutch name with "van der"', 'Jan van der Berg restarted the pool at 10:05.', 'Jan van der Berg'),
  p('a speaker with a dotted handle', '```\nhallvard.brekke: on it\nhallvard.brekke: restarting\n```', 'hallvard.brekke'),
  p('first.last at a bare domain', 'Mail maria.gonzalez at acme if it recurs.', 'maria.gonzalez'),
  p('a possessive with a curly apostrophe', 'It ran from Kasimir’s account.', 'Kasimir'),
  p('a branch under a handle', 'The fix is on `hbrekke/fix-pool-exhaustion`.', 'hbrekke'),
  p('an Active Directory host', 'The DC is dc01.ad.acme.com.', 'dc01.ad.acme.com'),
  p('a host under .office', 'The printer server printsrv.office answered.', 'printsrv.office'),
  p('an admin host', 'We toggled the flag on https://admin.acme.io/flags/ledger-retry.', 'admin.acme.io', true),
  p('a Grafana dashboard on a one-word tool host', 'grafana.ops.acme.io/d/abc123/ledger', 'grafana.ops.acme.io', true),
  p('a ticket key with an underscore', 'Tracked as OPS_4521.', 'OPS_4521'),
  p('a ticket key without a separator', 'Tracked as OPS4521 in the backlog.', 'OPS4521'),
  p('a lower-case diacritic name', 'jürgen müller restarted the primary.', 'jürgen müller'),
  p('a handle after "ping"', 'ping hbrekke if the lag comes back', 'hbrekke'),

  // Lower-case names where people are listed.
  p('lower-case first names on a participants line', 'Participants: maria, hallvard, tove', 'maria'),
  p('a lower-case first name on an on-call line', 'On call: maria (primary), tovem (secondary)', 'maria'),
  p('a lower-case first name as an IRC speaker', '```\n[10:02] <maria> the replica is back\n```', 'maria'),
  p('a lower-case first name as a chat speaker, repeated', '```\nmaria: restarting the pool\nhbrekke: ack\nmaria: done\n```', 'maria'),
  p('a lower-case full name on an attendee line', 'Attendees: hallvard brekke, tove lindqvist', 'hallvard brekke'),
  p('a lower-case full name confirming', 'Later, kasimir vold confirmed the replica was healthy.', 'kasimir vold'),

  // Names with particles after a first name that is a word.
  p('"Jan de" with a surname', 'Thanks to Jan de Vries for the quick fix.', 'Jan de Vries'),
  p('"May van" with a surname', 'May van Dijk paged the database team.', 'May van Dijk'),

  // Dotted and plain handles speaking in code.
  p('a dotted handle speaking in a transcript', '```\n10:02 ana.ribeiro: seeing 502s\n10:03 ana.ribeiro: rolling back\n```', 'ana.ribeiro'),
  p('a plain handle speaking, repeated in code', '```\nhbrekke: restarting the pool\ntovem: ack\nhbrekke: done, lag is back to 0\n```', 'hbrekke'),
  p('an underscored handle speaking, repeated', '```\nh_brekke: seeing errors\nh_brekke: rolling back now\n```', 'h_brekke'),

  // Addresses written to slip past.
  p('first.last at a bare name with "dot"', 'Mail hallvard.brekke at acme dot io if it recurs.', 'hallvard.brekke'),
  p('first.last with "(at)"', 'Contact tove.lindqvist (at) acme if it recurs.', 'tove.lindqvist'),

  // Possessives.
  p('a curly possessive of a first name with a laptop', 'The script ran on Ilsabet’s laptop.', 'Ilsabet'),
  p('an account of a name no dictionary knows', "The job ran under Kasimir's account for a week.", 'Kasimir'),
  p('a curly possessive of a handle', 'It ran from hbrekke’s account.', 'hbrekke'),

  // Branches.
  p('a branch created under a handle', '```\ngit checkout -b hbrekke/fix-pool-exhaustion\n```', 'hbrekke'),
  p('a branch pushed under a handle', '```\ngit push origin qvalder/hotfix-ledger-retry\n```', 'qvalder'),
  p('a branch named in prose', 'The branch tovem/revert-pgbouncer was merged at 11:02.', 'tovem'),
  p('a branch under a handle with a ticket', 'Pushed to branch `kvold/ops-4521-raise-pool-size`.', 'kvold'),
  p('a git switch under a handle', '```\ngit switch -c zdrahal/bump-timeout\n```', 'zdrahal'),

  // Repositories under personal accounts.
  p("a person's fork named with a first name and an initial", 'We pinned github.com/maria-g/ledger-exporter.', 'maria-g'),
  p("a personal repository's pull request", 'Fixed in tlindqvist/pool-tuner#7.', 'tlindqvist'),
  p("a mentioned handle's repository's issue", 'Ask @hbrekke; the patch is in hbrekke/pool-tuning#12.', 'hbrekke'),

  // The organisation's own hosts.
  p('an admin host without a scheme', 'The flag is at admin.acme.io/flags/ledger-retry.', 'admin.acme.io', true),
  p('a nested host on the organisation domain', 'The exporter scrapes metrics.ops.acme.io every minute.', 'metrics.ops.acme.io', true),
  p('a Kibana host on the organisation domain', 'kibana.prod.acme.io/app/discover showed the spike.', 'kibana.prod.acme.io', true),
  p('a domain controller host under ad', 'Kerberos failed against dc02.ad.acme.com for ten minutes.', 'dc02.ad.acme.com'),
  p('a host under an AD zone named corp', 'The share on fs01.corp.acme.com was read-only.', 'fs01.corp.acme.com'),
  p('an intranet page without a scheme', 'Read intranet.acme.io/runbooks/ledger before failing over.', 'intranet.acme.io'),
  p('a console host with a scheme', 'Opened https://console.ops.acme.com/ledger and drained it.', 'console.ops.acme.com', true),

  // Tickets written without a hyphen.
  p('a ticket key with an underscore after "ticket"', 'See ticket OPS_4521 for the follow-up.', 'OPS_4521'),
  p('a ticket key without a separator in a Jira context', 'Jira: PLAT1207 (raise the pool size)', 'PLAT1207'),
  p('a ticket key with a space', 'Tracked as OPS 4521 in Jira.', 'OPS 4521'),

  // Pings.
  p('a handle after "ping" with a reason', 'If the lag returns, ping tovem on Slack.', 'tovem'),
  p('"pinged" a handle', 'We pinged kvold about the certificate.', 'kvold'),
];

/** The probes still published after this round's rules: docs/redaction.md, "Limits". */
export const stillPublishedRound11: ReadonlySet<string> = new Set<string>([
  // Both leftovers of this round are found since the twelfth (redaction-probes-round12.ts).
]);

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeRound11: ReadonlySet<string> = new Set<string>([
  'a Grafana dashboard on a one-word tool host',
  '"Jan de" with a surname',
  'a dotted handle speaking in a transcript',
  'first.last at a bare name with "dot"',
  'a curly possessive of a first name with a laptop',
  'a curly possessive of a handle',
  'a Kibana host on the organisation domain',
  'a host under an AD zone named corp',
  'an intranet page without a scheme',
  '"pinged" a handle',
]);
