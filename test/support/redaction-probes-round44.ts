/**
 * The probe round 44's leaks (docs/redaction.md, "Probe round 44"): what rounds 42b and 43 left
 * published, probed again in new sentences, and the shapes of real retrospectives (a CI team's
 * retros thanking handles and working "with the help of" them, a museum's timelines of initials,
 * a community's post-mortems with a handle acting) in the places a post shows text: tables,
 * timelines, action items, chat quotes, alt text, headings and links. Text of our own writing,
 * with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound44: readonly LeakProbeWithOrganisation[] = [
  // Round 43's leftovers, in new sentences.
  p('the middle of three names after "pinged"', 'Tovah pinged Ana, Bo and Quillon about the lag.', 'Bo'),
  p('the second of three names after "pinged"', 'Wren pinged Jessamy, Calloway and Tamsin at 02:10.', 'Calloway'),
  p('three names after "asked"', 'We asked Ana, Bo and Jessamy to review the change.', 'Bo'),
  p('a timeline entry pinging three names', '- 10:02 pinged Ana, Bo and Quillon', 'Bo'),
  p('a coined stage host under our domain', 'We tested it on kestrel-stage.acme.org first.', 'kestrel-stage.acme.org', true),
  p('a dev host under our domain in a link', 'The health page https://ledger-dev.acme.io/health timed out.', 'ledger-dev.acme.io', true),
  p('a coined word and a region under our domain', 'The box vexmor-east.acme.org restarted twice.', 'vexmor-east.acme.org', true),
  p('a given name and initials in brackets', 'Ffion (FR) ran the retro.', 'FR'),
  p('initials in brackets after a thanked name', 'Thanks to Ffion (FR) for the notes.', 'FR'),
  p('a rare English given name before an unknown surname', 'The dashboard that Quillon Brask exported shows it.', 'Quillon'),
  p('a rare English given name in alt text', '![Dashboard that Quillon Brask exported](img/pool.png)', 'Quillon'),
  p("a handle's branch in prose", 'The fix was on kvestre/fix-pool before it merged.', 'kvestre'),
  p("a handle's revert branch in prose", 'We deployed tavkel/revert-pool-size at 10:02.', 'tavkel'),
  p('a scoped package of a code name named nowhere else', 'We pinned @heron/client to 2.3.1.', 'heron'),
  p('a metric of a code name named nowhere else', 'The heron_queue_depth metric climbed to 40k.', 'heron'),
  p('an everyday word and an ETL suffix', 'The cron on brisket-etl ran twice.', 'brisket-etl'),
  p('an everyday word and an ingest suffix in a table', '| System | State |\n| --- | --- |\n| heron-ingest | stalled |', 'heron-ingest'),
  p('an alert made of a code name', 'alertname=HeronDiskPressure fired for an hour', 'HeronDiskPressure'),
  p('an alert made of a code name in a firing title', '[FIRING:1] HeronReplicaLagHigh (prod)', 'HeronReplicaLagHigh'),
  p('an alert of a code name after "The alert"', 'The alert MarrowQueueBacklog fired twice.', 'MarrowQueueBacklog'),
  p('a coined word of four letters in a job label', 'up{job="vosk"} == 0', 'vosk'),
  p('a coined word of four letters in a service label', 'rate(errors{service="quib"}[5m]) > 0.1', 'quib'),
  p('a rare English word in a paging field', 'Service: Tarn Billing', 'Tarn'),
  p('a word handle bare after its mention', '@simulacrum took the page, and before simulacrum could fail over the lag cleared.', 'simulacrum'),
  p('a word handle acting on the next line', 'Paged @orrery at 02:10.\n\norrery said the replica was fine.', 'orrery'),
  p('a code name used as an outage', 'This was the Zephyrine outage.', 'Zephyrine'),
  p('a code name outage in a heading', '## The second Zephyrine outage', 'Zephyrine'),
  p('a code name incident in alt text', '![Graph of the Quorlith incident](img/q.png)', 'Quorlith'),
  // People's handles in links.
  p("a mentioned handle's GitHub Pages site", 'Thanks @qvalder for the slides.\n\nThey are at https://qvalder.github.io/talks/pool.', 'qvalder'),
  p("a forum share link's user", 'Context: https://discourse.example.org/t/pool-tuning/8164?u=tovahm', 'tovahm'),
  p("a forum share link's user in link text's target", 'See [the forum thread](https://forum.example.net/t/9515?u=jabvel) for the numbers.', 'jabvel'),
  // Hosted CI builds without the organisation configured.
  p("a Buildkite pipeline's build", 'The deploy failed: https://buildkite.com/vexmor/ledger-deploy/builds/412', 'ledger-deploy'),
  p('a Buildkite build as a link', 'See [build 412](https://buildkite.com/vexmor/ledger-deploy/builds/412#0183e5ce) for the log.', 'ledger-deploy'),
  p("CircleCI's pipeline page", 'The run https://app.circleci.com/pipelines/github/vexmor/ledger/881/workflows/abc failed.', 'vexmor/ledger'),
  p("CircleCI's older build page", 'See https://circleci.com/gh/vexmor/ledger/1234 for the run.', 'vexmor/ledger'),
  p('a Jenkins job on our own host', 'The job https://ci.vexmor.dev/job/ledger-nightly/412/console failed.', 'ledger-nightly'),
  // Shapes of real retrospectives.
  p('handles who helped, lower case', 'With the help of jabvel and mostlyquiet the account was updated.', 'mostlyquiet'),
  p('handles troubleshooting together in a list', 'After troubleshooting with Bren, mostlyquiet, raskel, and jabvel, we found the missing group.', 'jabvel'),
  p('a thanks heading over bare handles', '# thanks:\n\n* pmorvel\n* jabvel\n* mostlyquiet', 'jabvel'),
  p('mentioned handles as action owners', '## Action Items\n\n- @orvask / @escapewend', 'escapewend'),
  p('sleuthing by a handle', 'Further sleuthing and details by @jwhitvel in the bug.', 'jwhitvel'),
  p('initials acting with a gerund after a dotted time', '14.44 QV doing the reindex to fix the reporter', 'QV'),
  p('initials suggesting in a timeline', '15.24 JP suggests something went wrong with the deploy?', 'JP'),
  p('a capitalised handle noting', 'Scaleios correctly noted that the backends were down.', 'Scaleios'),
  p('a responder column of handles', '| Responder | Joined |\n| --- | --- |\n| kvestre | 10:02 |\n| tavkel | 10:05 |', 'tavkel'),
  p('a timeline row with a full name acting', '| 10:02 | Orsolya Vantak paged the DBA |', 'Orsolya Vantak'),
  p('an action item with an owner in brackets', '- [ ] Move the cron to the new queue (owner: kvestre)', 'kvestre'),
  p('an action item for an alert of a code name', '- [ ] kvestre to tune MarrowQueueBacklog', 'MarrowQueueBacklog'),
  p('a chat quote restarting a job', '> **kvestre**: restarting brisket-etl now', 'brisket-etl'),
  p('alt text of a job of a code name', '![Queue depth of marrow-ingest during the outage](img/q.png)', 'marrow-ingest'),
  p('a heading of a job of a code name', '## brisket-etl stalled', 'brisket-etl'),
  p('a chat quote of three people pinged', '> Tovah: pinged Ana, Bo and Quillon, waiting', 'Bo'),
  p('a hand-off to a name and initials in brackets', 'Handed over to Ffion (FR) at 18:00.', 'FR'),
  p('a stage host in a table under our domain', '| Host | Role |\n| --- | --- |\n| kestrel-canary.acme.io | canary |', 'kestrel-canary.acme.io', true),
  p('a build link in a timeline', '- 10:12 https://buildkite.com/vexmor/catalogue-deploy-prod/builds/373 failed', 'catalogue-deploy-prod'),
  p("a handle's bump branch in a chat quote", '> tavkel: cherry-picked tavkel/bump-timeouts onto main', 'tavkel'),
  p('a code name outage in a list', '- Root cause of the Vellichor outage: a full disk', 'Vellichor'),
  p('a full name acting at a line start', 'Quillon Brask restarted the pool at 10:02.', 'Quillon'),
  p('a given name owning a branch of a handle', "Ffion (FR)'s laptop held the key.", 'FR'),
];

/** The kinds of the probes the rules found before the round (measured on `cb444111`). */
export const foundBeforeRound44: ReadonlySet<string> = new Set<string>([
  "a mentioned handle's GitHub Pages site",
  'a thanks heading over bare handles',
  'mentioned handles as action owners',
  'sleuthing by a handle',
  'initials suggesting in a timeline',
  'a responder column of handles',
  'a timeline row with a full name acting',
  'an action item with an owner in brackets',
  "a handle's bump branch in a chat quote",
]);

/** The kinds of the probes still published after the round (docs/redaction.md, "Limits"). */
export const stillPublishedRound44: ReadonlySet<string> = new Set<string>([
  // 'a scoped package of a code name named nowhere else': found since probe round 45.
  // 'a metric of a code name named nowhere else': found since probe round 45.
  // 'a rare English word in a paging field': found since probe round 45.
  // 'an action item for an alert of a code name': found since probe round 45.
]);

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound44: readonly (readonly [string, string])[] = [
  ["a vendor's outage", 'The Cloudflare outage in 2019 is a classic.'],
  ['a public vulnerability as an incident', 'During the Heartbleed incident we rotated every key.'],
  ['a day as an outage', 'The Monday outage was short.'],
  ['a public alert', 'KubePodCrashLooping fired for the ingester.'],
  ['a public alert of a condition', 'The alert TargetDown fired twice.'],
  ['a public alert of a product', 'The alert PostgresReplicationLagHigh fired.'],
  ["a public exporter's job label", 'up{job="node"} == 0'],
  ['public jobs with an ETL suffix', 'The data-etl and spark-etl jobs finished.'],
  ["a public host's staging label under a public word", 'The site app-staging.acme.org is open to testers.'],
  ["Buildkite's documentation", 'See https://buildkite.com/docs/pipelines for the syntax.'],
  ["the Jenkins project's own CI", 'See https://ci.jenkins.io/job/Core/job/jenkins/job/master/ for the build.'],
  ['a share link of an address', 'Share: https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.com%2Fpost'],
  ['teams pinged', 'We pinged Support and Legal.'],
  ['a word used as a word', 'We built a simulacrum of the primary.'],
  ['a conventional branch', 'The fix is in feature/fix-pool and in src/fix-pool.ts.'],
  ["a product's short form", 'Spacebucks (SBX) rose that week.'],
  ['a place before a country code', 'The office in Porto (PT) lost power.'],
  ['a public repository', 'The patch is at https://github.com/kubernetes/kubernetes/pull/1.'],
];
