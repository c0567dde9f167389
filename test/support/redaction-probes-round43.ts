/**
 * The probe round 43's leaks (docs/redaction.md, "Probe round 43"): people and internal systems as
 * a museum's platform team names them in its incident retrospectives (responders by their initials,
 * in timelines of dotted times, owners of actions closing them), a validator team's reports (a
 * name owning a deed, a machine of its own) and the leftovers of rounds 42 and 42b, probed again
 * in new sentences. Text of our own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound43: readonly LeakProbeWithOrganisation[] = [
  // Initials speaking in a retro's timeline.
  p('initials speaking after a dotted time', '09.14 QV: I’ve just restarted the ingestor', 'QV'),
  p('initials speaking after a linked time', '[10.41](https://chat.example.com/archives/C1/p17) DK: Pushed the slice types to prod', 'DK'),
  p('three initials speaking in the first person', '13.25 DMC: I think it was me merging my branch', 'DMC'),
  p('initials asking in a list item', '- QV: Should the images load from the old store? I get an error page.', 'QV'),
  p('initials then a first-person sentence after a time', '11.27 PB There is definitely an error here, mea culpa.', 'PB'),
  p('initials speaking in bold after a time', '14.02 **TB**: I can see the queue draining', 'TB'),
  p('initials speaking after a time with seconds', '10.02.33 MW: we are back', 'MW'),
  // Initials acting in a timeline.
  p('initials notifying after a dotted time', '11.02 TB notifies the vendor that the snapshots are gone', 'TB'),
  p('initials notifying after a time and a colon', '12.38: TB notifies the vendor that the saved objects were lost', 'TB'),
  p('initials confirming a clause', '12.00 QV confirms they cannot reach the story page', 'QV'),
  p('initials checking at a line start', 'MW checked just after 09.00 and the page was back', 'MW'),
  p('initials posting graphs', '10.12 DK posted graphs showing the CPU climbing since Friday', 'DK'),
  p('initials starting to investigate', '13:23 QV starts investigating the errors from the search cluster', 'QV'),
  p('initials raising a ticket', '- 09.12 RW raised a high severity ticket with the vendor', 'RW'),
  p('initials asking in an item', '* HL asked whether the reindex had finished', 'HL'),
  p('initials suggesting in a timeline', '16.05 JTK suggests pausing the reindex', 'JTK'),
  p('initials spotting the fault', '08.40 NP spotted the 500s on the home page', 'NP'),
  p('initials replying in a timeline', '08.44 RW replied that the cache was warm', 'RW'),
  // Initials addressed, owning actions, doing, thanked, owning things.
  p('initials pinged by initials', '15.17 QV pinged TB and MW', 'MW'),
  p('initials asked to do something', 'We asked HL to look at the mappings.', 'HL'),
  p('initials messaged in a timeline', '09.30 messaged RW about the failing deploy', 'RW'),
  p('owners closing an action after bold initials', 'Add an alarm on the queue depth. **QV**/TB/MW', 'MW'),
  p('owners closing an item', '- Write acceptance criteria for releases. QV/TB', 'TB'),
  p('owners closing an item after a bracket', '- Raise the shard limit (see the runbook) HL/RW', 'RW'),
  p('an upgrade started by initials', 'Kibana node upgrade started by QV (it needed manual changes)', 'QV'),
  p('a retro facilitated by initials', 'Retro facilitated by JTK.', 'JTK'),
  p('a fix deployed by initials', 'The fix was deployed by DK at 16.10.', 'DK'),
  p('initials thanked', 'Thanks to QV for spotting the stuck state.', 'QV'),
  p('initials thanked with a comma', 'Thanks, RW!', 'RW'),
  p("initials' laptop", "QV's laptop held the only copy of the key.", 'QV'),
  p("initials' branch", "The toggle went away with DMC's branch.", 'DMC'),
  p('two initials agreeing in the present tense', '15.41 TB and MW agree to roll back', 'MW'),
  p('two initials deciding in the present tense', 'HL and RW decide to fail over', 'RW'),
  // Names in a validator team's reports.
  p('a name owning a deed after a comma', 'Remember, I never said negligence, Bucky did.', 'Bucky'),
  p('a set-up designed by a name', 'The RAID setup had been poorly designed by Jacobo.', 'Jacobo'),
  p("a name's closet holding the box", "We moved the node to the box in Ezra's closet.", 'Ezra'),
  p('a name contributing in team notes', 'Quillan contributed to the printed collections review.', 'Quillan'),
  p('a name in notes from a conversation', 'A couple of notes from Tamsin and my conversation:', 'Tamsin'),
  p('two bold names heading notes', '**Orrin and Delphine**', 'Delphine'),
  p('a sentry host of a coined name', "The sentry ran on hagrove-sentry-2 behind the firewall.", 'hagrove-sentry-2'),
  p('a name pinging three people', '15.17 Tovah pinged Jessamy, Calloway and Wren', 'Calloway'),
  p('a name and a timed speaker', '08.56 Halloran: I’ve deleted six old indexes', 'Halloran'),
  p('a channel of a code name in a retro', 'See the #wc-quorlith-reconfiguration channel for the thread.', 'quorlith'),
  p('a workspace link in a retro', 'See https://acme.slack.com/archives/C3TQSF63C/p1611911159323900 for the thread.', 'C3TQSF63C'),
  p('an allocator id in a quoted event', '“Move nodes off of allocator i-0900f7512ca10119c due to maintenance”', 'i-0900f7512ca10119c'),
  p('a staging host of the organisation', 'We tested it on kestrel-stage.acme.org first.', 'kestrel-stage.acme.org', true),
  // Leftovers of rounds 42 and 42b, in new sentences.
  p('another language: a machine after Spanish prose', 'Reiniciamos la máquina brovanel a las tres.', 'brovanel'),
  p('another language: a machine after Italian prose', 'Abbiamo riavviato il server quintarro.', 'quintarro'),
  p('a place as a cluster', 'The Porto cluster dropped two nodes overnight.', 'Porto'),
  p("a handle's branch in prose", 'The fix was on tavkel/fix-replica-lag before it merged.', 'tavkel'),
  p('a scoped package of a code name', 'We pinned @hollowmere/config to 2.3.1.', 'hollowmere'),
  p('a metric of a code name', 'The ternvale_queue_depth metric climbed to 40k.', 'ternvale'),
  p('a coined word and a job suffix', 'The cron on brisket-etl ran twice.', 'brisket-etl'),
  p('a coined word and a worker suffix', 'quellan-worker stopped consuming at 10:02.', 'quellan-worker'),
  p('an alert of an English word', 'alertname=HeronDiskPressure fired for an hour', 'HeronDiskPressure'),
  p('a coined word of four letters in a job label', 'up{job="vosk"} == 0', 'vosk'),
  p('a coined word of four letters in a service field', 'Service: Tarn Billing', 'Tarn'),
  p('a handle bare after its mention', '@simulacrum took the page, and before simulacrum could fail over the lag cleared.', 'simulacrum'),
  p('initials in a title', '# Outage after RW’s config push', 'RW'),
  p('a code name outage', 'This was the second Zephyrine outage this month.', 'Zephyrine'),
  p('initials opening a heading', '## QV and TB’s notes', 'TB'),
  p('a name before initials in brackets', 'Ffion (FR) ran the retro.', 'FR'),
];

/** The kinds of the probes the rules found before the round (measured on `9b67b12c`). */
export const foundBeforeRound43: ReadonlySet<string> = new Set<string>([
  'a name owning a deed after a comma',
  "a name's closet holding the box",
  'a name contributing in team notes',
  'a name in notes from a conversation',
  'two bold names heading notes',
  'a sentry host of a coined name',
  'a channel of a code name in a retro',
  'a workspace link in a retro',
  'an allocator id in a quoted event',
  'a place as a cluster',
  'a coined word and a worker suffix',
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound43: ReadonlySet<string> = new Set<string>([
  // 'a name pinging three people': found since probe round 44.
  // 'a staging host of the organisation': found since probe round 44.
  // 'another language: a machine after Spanish prose' and '… Italian prose': found since probe round 43b.
  // "a handle's branch in prose": found since probe round 44.
  // 'a scoped package of a code name': found since probe round 45.
  'a metric of a code name',
  // 'a coined word and a job suffix': found since probe round 44.
  // 'an alert of an English word': found since probe round 44.
  // 'a coined word of four letters in a job label': found since probe round 44.
  // 'a coined word of four letters in a service field': found since probe round 45.
  // 'a handle bare after its mention': found since probe round 44.
  // 'a code name outage': found since probe round 44.
  // 'a name before initials in brackets': found since probe round 44.
]);

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound43: readonly (readonly [string, string])[] = [
  ['a component speaking after a time', '10.02 LB: drained'],
  ['an acronym acting in a timeline', '10.05 DNS checked out fine'],
  ['a note abbreviation opening a line', 'NB: I had to change the permissions on the cache.'],
  ['an aside abbreviation opening a line', 'BTW: I’m still looking for the talk.'],
  ['a time zone after a time', '17:00 GST: Confirmed that validators saw two hashes'],
  ['an organisation asked about its teams', 'The coordinator asks CL teams to confirm availability.'],
  ['an acronym before a provider', 'The employee called MFA provider support.'],
  ['a university by its initials', 'The audit was done by UC Berkeley.'],
  ['a product confirmed fixed', '- **AWX confirmed fixed on first retry**'],
  ['an organisation reporting during its testing', 'The fault was reported by LAA during their testing.'],
  ['a project run by an organisation', 'The pilot is run by AGU, with a grant.'],
  ['protocols joined by a slash', 'We allowed the traffic on the new port. TCP/UDP'],
  ['CI and CD joined by a slash', '- Move the deploy to GitHub Actions. CI/CD'],
  ['an acronym thanked', 'Thanks to AWS for the credits.'],
  ['a thing acronym owning something', "The DB's account was locked."],
  ['a component paired', 'DB and LB failed together.'],
  ['a time and a capitalised word', '10.41 API: timeouts on the search endpoint'],
  ['a role speaking', '10.44 SRE: I will page the vendor'],
];
