/**
 * The probe round 42's leaks (docs/redaction.md, "Probe round 42"): what round 41 left published,
 * and people and machines written the ways three more collections of other organisations' reports
 * write them (a non-profit's incident reports with a timeline of handles and a "Responders" list,
 * and its pages on the machines it keeps by hand; a software company's handbook of incident
 * playbooks; an open-source project's meeting notes with a roll call of names, institutions and
 * handles, updates under a bold name and agenda items closing with who brought them). Text of our
 * own writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound42: readonly LeakProbeWithOrganisation[] = [
  // What round 41 left, in new sentences.
  p('a machine in question, again', 'The machine in question was tarnquil.', 'tarnquil'),
  p('a machine power-cycled', 'We power-cycled vennick twice before it came back.', 'vennick'),
  p('a machine of lower-case letters after a Spanish noun', 'Reiniciamos la máquina zurbelo a las 3.', 'zurbelo'),
  p('a place name as a cluster', 'Traffic moved to the Lisbon cluster at noon.', 'Lisbon cluster'),
  p("a handle's branch merged", 'The fix was merged from orvikt/hotfix-cache an hour later.', 'orvikt'),
  p('a scoped package of a code name', 'Pinning `@quorvel/sdk` to 3.2 stopped the errors.', '@quorvel/sdk'),
  p('a metric of a code name', 'The `quorvel_jobs_failed_total` counter climbed all night.', 'quorvel_jobs_failed_total'),
  p('a byline of two dictionary words', '# Cache flush\n\n_Jo Rose 2021-3-4._', 'Jo Rose'),
  p('a handle of capitals and digits', 'Vandr0g restarted the builder after the deploy.', 'Vandr0g'),
  p('a handle after a slash', 'Owners: orvikt/brannoch', 'brannoch'),
  p('an AWS account id alone on a line', 'The keys belonged to the account\n\n483920175362\n\nwhich we closed.', '483920175362'),
  p("the organisation's own host on its public domain", 'SSH to `vorthune.acme.org` and restart the worker.', 'vorthune.acme.org', true),

  // An incident report's timeline, written as a non-profit's reports write it.
  p('a lower-case handle signing on', '### 2018-10-10 17:12\n\nbrisko signs on to help.', 'brisko'),
  p('a lower-case handle restarting a node', '### 18:02\n\nbrisko hard restarts one of the cluster nodes.', 'brisko'),
  p('a lower-case handle pushing a deploy', 'tavkel pushed new deploy configurations to the cluster.', 'tavkel'),
  p('a lower-case handle deleting pods', 'tavkel tried deleting the rebooting pods, which made more of them.', 'tavkel'),
  p('a lower-case handle finishing a hotfix', 'brisko finishes writing a hotfix that checks the file type.', 'brisko'),
  p('a lower-case handle checking in', 'tavkel checked in on the jobs between meetings.', 'tavkel'),
  p('a lower-case handle noticing', 'brisko notices that the metrics stack is broken.', 'brisko'),
  p('a lower-case handle confirming', 'tavkel confirms the high error rate in the dashboard.', 'tavkel'),
  p('a lower-case handle deploying', 'brisko deploys code to revert to the previous behaviour.', 'brisko'),
  p('a lower-case handle reverting', 'tavkel reverted the change at 14:24.', 'tavkel'),
  p('a lower-case handle acknowledging the page', '17:05 brisko acks the page and starts looking.', 'brisko'),
  p('a lower-case handle paging another', 'tavkel paged brisko about the disk.', 'brisko'),
  p('a handle who will do an action item', '- tavkel will stringify our secrets where convenient.', 'tavkel'),
  p('a handle overlooking something', 'Despite careful planning, brisko overlooked a critical piece of the migration.', 'brisko'),
  p('a responders list of handles', '## Responders\n\n- brisko\n- tavkel', 'tavkel'),
  p('a responders list in one line', 'Responders: brisko, tavkel', 'tavkel'),
  p('an incident lead label', 'Incident lead: brisko', 'brisko'),
  p('a DRI label', 'DRI: tavkel', 'tavkel'),
  p('a messenger label', 'Messenger: brisko', 'brisko'),
  p('a scribe label', 'Scribe: tavkel', 'tavkel'),
  p('an owner in brackets', '- Add integration tests for the loader (owner: brisko)', 'brisko'),
  p('assigned to a handle', 'The follow-up is assigned to tavkel.', 'tavkel'),
  p("a handle's possessive", "Per brisko's comment, the job was paused.", 'brisko'),
  p('a handle to do an action', '- tavkel to open an issue about the limits', 'tavkel'),
  p('a handle to do an action in a task', '- [ ] brisko to write up the proposal', 'brisko'),
  p('a capitalised handle with a digit in the timeline', 'Qorbin7 finishes writing a hotfix.', 'Qorbin7'),

  // Machines as a team's pages on hand-managed machines name them.
  p('a machine named in a Name field', '## Machine\n\n- Name: `qx-etl`\n- Image/OS: Ubuntu 20.04', 'qx-etl'),
  p('a VM named in code', 'We have an EC2 VM named `sorrel-pusher` that sends the lists.', 'sorrel-pusher'),
  p('resources named by a pattern', 'The VM and its Elastic IP are named `qv-cache-*`.', 'qv-cache'),
  p('a machine in brackets after its role', 'The old ETL box (qx-etl) was turned off.', 'qx-etl'),
  p('an instance type and a name', 'It runs on `tarnwick`, a t3.medium instance.', 'tarnwick'),
  p('a machine running cron', 'Cron on harlow-etl runs the import every hour.', 'harlow-etl'),

  // A company's playbooks: cloud projects, buckets, repositories, channels.
  p('a cloud project in code', 'Navigate to the `qorvane-dev` project and look at the clusters.', 'qorvane-dev'),
  p("a cloud project in a console link's query", '[the clusters](https://console.cloud.google.com/kubernetes/list?project=qorvane-dev)', 'qorvane-dev'),
  p('a bucket on a command line', '```\nvelero install --provider gcp --bucket qv-velero-backup\n```', 'qv-velero-backup'),
  p('a bucket in prose', 'The backups live in the `qv-velero-backup` bucket.', 'qv-velero-backup'),
  p('gcloud setting a project', '```\ngcloud config set project qorvane-dev\n```', 'qorvane-dev'),
  p('a chat channel of a code name', 'Start a thread in #ops-quorvel and cc the on-call.', 'ops-quorvel'),
  p('an incident lead assigned by command', 'Assign the lead with `/incident lead @brisko`.', 'brisko'),

  // A project's meeting notes: a roll call, updates, agenda items.
  p('a roll call of name, institution and handle', 'Roll call:\n\n- Tavish / Corvale Lab / @tavk', 'Tavish'),
  p('a roll call of name and institution', 'Roll call:\n\n- Orsolya / Halden Institute', 'Orsolya'),
  p('a roll call handle with no @', 'Roll call:\n\n- Anselm / Corvale Lab / ansk-ntrf', 'ansk-ntrf'),
  p('an update under a bold given name', '## Quick updates\n\n- **Orsolya**: a new paper on spawners', 'Orsolya'),
  p('an update under a bold handle', '## Quick updates\n\n- **tavk**: released the proxy', 'tavk'),
  p('who brought an agenda item', '- Xpra integration (Anselm):\n    - builds on the server proxy', 'Anselm'),
  p('a signature after two dashes', '- There is also a VNC integration via the desktop server -- Anselm', 'Anselm'),
  p('a given name liking something', '    - Orsolya likes the xpra performance better', 'Orsolya'),
  p('a given name talking to a vendor', '- Anselm is talking to the vendor about testing it', 'Anselm'),
  p('a given name with a hyphen in a roll call', 'Roll call:\n\n- Félix-Aurèle / Université Laval', 'Félix-Aurèle'),
  p('signed in below', 'Sign in below so we know who was here: Tavish (Corvale), Orsolya (Halden)', 'Orsolya'),
  p('a lower-case name and a role in brackets', 'Present: tavk (chair), brisko (notes)', 'brisko'),
];

/** Still published after this round (docs/redaction.md, "Probe round 42" and "Limits"). */
export const stillPublishedRound42: ReadonlySet<string> = new Set<string>([
  // 'a machine of lower-case letters after a Spanish noun': found since probe round 43b.
  'a place name as a cluster',
  // "a handle's branch merged": found since probe round 44.
  // 'a scoped package of a code name': found since probe round 45.
  // 'a metric of a code name': found since probe round 45.
  // 'a machine running cron': found since probe round 44.
]);

/** The probes found before this round's rules (measured on the commit before it, a2190c9f). */
export const foundBeforeRound42: ReadonlySet<string> = new Set<string>([
  'a byline of two dictionary words',
  'a lower-case handle reverting',
  'a lower-case handle paging another',
  'a responders list of handles',
  'a responders list in one line',
  'an incident lead label',
  'a DRI label',
  'a scribe label',
  'an owner in brackets',
  'assigned to a handle',
  'a handle to do an action',
  'a handle to do an action in a task',
  'a machine named in a Name field',
  'a cloud project in code',
  "a cloud project in a console link's query",
  'a bucket on a command line',
  'a bucket in prose',
  'gcloud setting a project',
  'a chat channel of a code name',
  'an incident lead assigned by command',
  'an update under a bold handle',
  'a given name liking something',
  'a given name with a hyphen in a roll call',
  'a lower-case name and a role in brackets',
]);

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound42: readonly (readonly [string, string])[] = [
  ["a program's output confirmed", 'dmesg confirmed `Detected aborted journal` on two nodes.'],
  ['restarts as a noun', 'microk8s restarts resolved the kubelet issues.'],
  ['a team signing on', 'The team signs on at 09:00.'],
  ['a bot pushing a branch', 'renovate pushed a new branch.'],
  ['a tool deploying', 'terraform deployed the change.'],
  ['a program noticing nothing after a comma', 'Despite the retries, nginx noticed nothing.'],
  ['a team that will do something', '- the release team will update the docs'],
  ['an acronym in brackets after a server', 'It runs on a Virtual Private Server (VPS) in the cloud.'],
  ['a role in brackets after a server', 'The old server (primary) was turned off.'],
  ['a server in question that was down', 'The server in question was down for an hour.'],
  ['rebooting everything', 'We rebooted everything after the patch.'],
  ['rebooting a public product', 'We rebooted haproxy on both nodes.'],
  ['nodes named by a dictionary prefix', 'The compute nodes named `mac-*` went down.'],
  ['resources named by a role prefix', 'The VM and its disk are named `web-*`.'],
  ['localhost with its kind', '`localhost`, a development machine, answered.'],
  ["a roll call's header item", 'Roll call:\n\n- **name** / **institution** / **GitHub handle**'],
  ['a roll call of a team', 'Roll call:\n\n- Platform team / Support'],
  ['a roll call of a team in a sentence', 'Sign in below so we know who was here: the infra team'],
  ['a label in bold under updates', '## Quick updates\n\n- **Impact**: none'],
  ['a product closing an item in brackets', '- OpenStack Object Storage (Swift)'],
  ['a place closing an item in brackets', '- Hub region: US East (Virginia)'],
  ["a cited book's author after its link", '- [The Checklist Manifesto](https://www.amazon.com/dp/0312430000) (Atul Gawande)'],
  ['a state closing an item in brackets', '- Migrating the proxy (Done)'],
  ['a state closing an item after a dash', '- Upgrade the hub -- Done'],
  ['a path of team words among owners', 'Owners: infra/platform'],
  ['a date and time alone under an account', 'Last login of the account\n\n202103041200'],
  ['twelve digits under no account', 'The total was\n\n483920175362'],
  ["the organisation's public hosts", 'See docs.acme.org, jupyterhub.acme.org and status.acme.org.'],
  ["a file's comments", "The file's comments explain the arithmetic."],
  ["a vendor's advice", "Per the vendor's advice, we waited."],
  ['a product talking to a server', 'Kubernetes talked to the API server.'],
  ['a product after a messenger label', 'Messenger: the Facebook app was down.'],
];
