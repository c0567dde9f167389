/**
 * The probe round 42b's leaks (docs/redaction.md, "Probe round 42b"): people and internal systems
 * in text pasted from the tools responders work in: chat exports (Slack, Teams, Mattermost), paging
 * timelines (PagerDuty, Opsgenie), tickets (Jira, Linear), code review (GitHub), meeting
 * transcripts, e-mail headers and quotes, on-call hand-off notes and alert text (Grafana,
 * Prometheus). Text of our own writing, with coined names; no list knows any. A literal `<` is
 * written `\<`, as an MDX post must write it.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound42b: readonly LeakProbeWithOrganisation[] = [
  // Chat exports.
  p('chat: a timestamped handle speaking', '[10:42] tmarvell: restarting the consumers now', 'tmarvell'),
  p('chat: a timestamped dotted handle', '[10:44] quill.ardent: lag is back under a minute', 'quill.ardent'),
  p('chat: a display name with an emoji', '[10:47] Orla Finchley 🚒: calling it resolved', 'Orla Finchley'),
  p('chat: a Teams line with a full name and a time', 'Brannock Hale 10:51 AM: I am rolling back the config push', 'Brannock Hale'),
  p('chat: a Slack user id mention', 'ping \\<@U024BE7LH> for the DNS change', 'U024BE7LH'),
  p('chat: a Slack mention with its display name', 'handed over to \\<@U03QJ2K9Z|vesna.k> at 11:00', 'vesna.k'),
  p('chat: a private channel in a sentence', 'We moved the discussion to #inc-kestrel-payments.', 'kestrel'),
  p('chat: a thread reply count and a handle', '3 replies, last by @pemberly.r', 'pemberly.r'),
  p('chat: a handle reacting', ':eyes: reacted by @dunmore', 'dunmore'),
  // Paging timelines.
  p('paging: acknowledged by a full name', '02:14 Acknowledged by Jessamy Rault', 'Jessamy Rault'),
  p('paging: triggered and escalated to a named schedule', '02:19 Escalated to Zarnoth Primary (no acknowledgement)', 'Zarnoth'),
  p('paging: assigned to a full name', '02:21 Assigned to Tobiah Crane via escalation policy', 'Tobiah Crane'),
  p('paging: resolved by a handle', '03:05 Resolved by ferro.d', 'ferro.d'),
  p('paging: notified by SMS', 'Notified Ysolde Marchetti by SMS and phone call', 'Ysolde Marchetti'),
  p('paging: acked by a lower-case name', 'acked by perrin at 02:16', 'perrin'),
  p('paging: a coined escalation policy', 'The alert went to the Halberd-Oncall escalation policy.', 'Halberd'),
  // Tickets.
  p('ticket: a reporter field', 'Reporter: Wenna Castellan', 'Wenna Castellan'),
  p('ticket: an assignee field with a handle', 'Assignee: hcorvane', 'hcorvane'),
  p('ticket: watchers listed', 'Watchers: Idris Pallant, Mabyn Orrey', 'Mabyn Orrey'),
  p('ticket: a key by a handle', 'OPS-1234 by jroemer: rotate the signing key', 'jroemer'),
  p('ticket: created by in a ticket line', 'INC-882 created by Saoirse Brandt on 3 May', 'Saoirse Brandt'),
  p('ticket: a Linear-style assignee line', 'PLAT-77 · Assigned to Caedmon Fry · In Progress', 'Caedmon Fry'),
  p('ticket: a coined project key', 'Tracked in the Tallowmere board as TALL-311.', 'Tallowmere'),
  // Code review.
  p('review: approved these changes', 'grettavon approved these changes on 4 May', 'grettavon'),
  p('review: merged a commit into main', 'osric-b merged commit 4f2a9c1 into main', 'osric-b'),
  p('review: a co-authored-by trailer', 'Co-authored-by: Lowenna Treharne \\<lowenna@example.com>', 'Lowenna Treharne'),
  p('review: requested changes', 'Requested changes from @tamsin-odd', 'tamsin-odd'),
  p('review: a comment header', 'bertramk commented on line 42 of cache.go', 'bertramk'),
  // Transcripts.
  p('transcript: a speaker with a name in brackets', 'Speaker 2 (Ffion): the replica was still catching up.', 'Ffion'),
  p('transcript: a full name with a timestamp', 'Cadoc Pellow  00:14:32  we should fail over now', 'Cadoc Pellow'),
  p('transcript: a VTT voice tag', '\\<v Ilse Varga>I saw the queue fill at two.', 'Ilse Varga'),
  // E-mail.
  p('mail: a From header', 'From: Rosalind Quenby \\<rq@example.org>', 'Rosalind Quenby'),
  p('mail: a Cc header of names', 'Cc: Anwen Powys, Kester Lyle', 'Kester Lyle'),
  p('mail: a quoted reply header', 'On Tue, 4 May 2021 at 10:02, Merrin Tolver wrote:', 'Merrin Tolver'),
  p('mail: a To header with a bare name', 'To: Elowen Carne', 'Elowen Carne'),
  // On-call hand-off.
  p('hand-off: outgoing and incoming on-call', 'Outgoing: Dax Ferrand. Incoming: Nerys Talbot.', 'Nerys Talbot'),
  p('hand-off: handed over to a given name', 'Handed over to Gethin at 09:00 with two open alerts.', 'Gethin'),
  p('hand-off: primary and secondary lines', 'Primary: @oakes.s / Secondary: @runa.v', 'runa.v'),
  p('hand-off: shadowing a named person', 'Tegan is shadowing this week.', 'Tegan'),
  // Alert text.
  p('alert: an instance label', 'FIRING: DiskFull instance="quarrel-db-02:9100"', 'quarrel-db-02'),
  p('alert: a coined job label', 'up{job="thornbury-ingest"} == 0', 'thornbury'),
  p('alert: a node label in a summary', 'Alert summary: node wyvern-07 memory above 95%', 'wyvern-07'),
  p('alert: an internal dashboard link', 'See https://grafana.int.acme.io/d/abc123/checkout for the graph.', 'grafana.int.acme.io'),
  p('alert: an alertname of an English-word code name', 'alertname=MarrowQueueBacklog severity=page', 'MarrowQueueBacklog'),
  p('alert: a cluster label', 'cluster="gannet-prod-eu" namespace="payments"', 'gannet-prod-eu'),
  // More shapes of the same tools.
  p('chat: a Teams header with surname first', '[5/4 10:51 AM] Hale, Brannock: rolling back now', 'Hale, Brannock'),
  p('chat: a Mattermost line with a dash and a time', 'kestrin.v — 10:42 AM', 'kestrin.v'),
  p('chat: an export field of a real name', '"real_name": "Kit Marrable",', 'Kit Marrable'),
  p('paging: reassigned from one person to another', 'Reassigned from Ana Roskilly to Luka Petrane', 'Luka Petrane'),
  p('paging: acknowledged via Slack by a handle', 'Alert acknowledged by ktamsin via Slack', 'ktamsin'),
  p('paging: a coined service in a timeline', 'Service: Ternwick Billing API', 'Ternwick'),
  p('ticket: a name changing the status', 'Jory Brandreth changed the status to Done', 'Jory Brandreth'),
  p('review: reviewers listed by handle', 'Reviewers: lmarchetti, tkeelan', 'tkeelan'),
  p('review: a handle left a comment', 'wendrick left a comment', 'wendrick'),
  p('transcript: a VTT cue line with a speaker', '00:01:02.000 --> 00:01:05.000\nFfion Rees: okay, failing over', 'Ffion Rees'),
  p('mail: an Outlook From with surname first', 'From: Hale, Brannock \\<bh@example.org>', 'Hale, Brannock'),
  p('hand-off: next on-call a handle', 'Next on-call: dmarrow (primary)', 'dmarrow'),
  p('alert: a firing title with a coined service', '[FIRING:1] HighLatency (corvidapi prod)', 'corvidapi'),
  p('alert: a pod label of a coined deployment', 'pod="sparrowhawk-worker-7f9c4-xk2lp"', 'sparrowhawk'),
];

/** The probes that got through before the round (on the commit before it, 30b8aaa9). */
const gotThroughBeforeRound42b: ReadonlySet<string> = new Set<string>([
  'chat: a Teams line with a full name and a time',
  'chat: a Teams header with surname first',
  'chat: a Mattermost line with a dash and a time',
  'ticket: a key by a handle',
  'review: a handle left a comment',
  'transcript: a speaker with a name in brackets',
  'paging: a coined service in a timeline',
  'alert: a coined job label',
  'alert: a firing title with a coined service',
  'alert: an alertname of an English-word code name',
  'mail: an Outlook From with surname first',
]);

/** The probes the guard found before the round (measured on the commit before it). */
export const foundBeforeRound42b: ReadonlySet<string> = new Set<string>(
  leakProbesRound42b.map((probe) => probe.kind).filter((kind) => !gotThroughBeforeRound42b.has(kind)),
);

/** The probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound42b: ReadonlySet<string> = new Set<string>([
  // 'alert: an alertname of an English-word code name': found since probe round 44.
]);

/** Public sentences in the same tools' shapes: roles, bots, public products, schedules by role. */
export const notLeaksRound42b: readonly (readonly [string, string])[] = [
  ['chat: a bot speaking', '[10:42] PagerDuty: Incident #4411 triggered'],
  ['chat: @here', '@here the status page is updated'],
  ['chat: @channel', '@channel please stop deploying'],
  ['paging: acknowledged by the on-call engineer', 'Acknowledged by the on-call engineer'],
  ['paging: escalated to a role', 'Escalated to the secondary on-call'],
  ['paging: resolved automatically', 'Resolved automatically after the check passed'],
  ['ticket: unassigned', 'Assignee: Unassigned'],
  ['ticket: a reporter role', 'Reporter: customer support'],
  ['review: a bot approving', 'dependabot merged commit 4f2a9c1 into main'],
  ['review: changes approved', 'The changes were approved and merged into main.'],
  ['transcript: a numbered speaker', 'Speaker 2: the replica was still catching up.'],
  ['mail: a quoted reply from a list', 'On Tue, 4 May 2021, the status page wrote:'],
  ['hand-off: a role hand-off', 'Handed over to the next on-call at 09:00.'],
  ['alert: a public job label', 'up{job="node-exporter"} == 0'],
  ['alert: a localhost instance', 'instance="localhost:9090"'],
  ['alert: a public alertname', 'alertname=KubePodCrashLooping severity=warning'],
];
