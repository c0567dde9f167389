/**
 * The probe round 40's leaks (docs/redaction.md, "Probe round 40"): what round 39b left
 * published, and people and machines written the ways four more collections of other
 * organisations' reports write them (an infrastructure team's operations reports, its meeting
 * notes, a society's IRC post-mortem, a protocol's disclosures): a speaker in brackets opening a
 * note, handles joined by a slash before their task, a given name that is a word doing an
 * operator's work, a change "from" a name, a name in brackets closing a heading. Text of our own
 * writing, with coined names; no list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound40: readonly LeakProbeWithOrganisation[] = [
  // A speaker in brackets opening a heading or a list item of meeting notes.
  p('a handle in brackets opening a heading', '## [corvel] Moving the builders', 'corvel'),
  p('a handle in brackets opening a list item', '- [tavishm] we should drain the old runners first', 'tavishm'),
  p('a lower-case given name in brackets opening an item', '- [oriana] pretty sure the queue is the bottleneck', 'oriana'),
  p('a handle in brackets saying done', '* [brannoch] Done.', 'brannoch'),
  p('a handle in brackets opening a numbered item', '1. [ysolde] the cache hit rate dropped after the move', 'ysolde'),
  p('a handle in brackets opening a small heading', '### [hadrics] Backups', 'hadrics'),
  p('a capitalised given name in brackets opening an item', '- [Mathieu] we need the database dump first', 'Mathieu'),
  p('a given name in brackets opening a line', '[mateus] asked the host for a second address', 'mateus'),
  p('a lower-case given name in round brackets opening an item', '- (aurélien) test the export script against the old one', 'aurélien'),
  p('a handle in round brackets opening an item', '- (vornakel) compare the two dumps', 'vornakel'),
  // Handles joined by a slash or a plus before their task.
  p('two handles joined by a slash before a task', 'corvel/ysolde to assist with onboarding', 'ysolde'),
  p('two handles joined by a plus before a task', 'tavishm + hadrics to follow up with the host', 'hadrics'),
  p('two handles joined by a slash in a list item', '- brannoch/orianav to prepare the new config', 'orianav'),
  p('two handles joined by a slash, the first', 'kestrelm/vorsk to review the firewall rules', 'kestrelm'),
  // A given name that is a dictionary word doing an operator's work.
  p('a word given name that removed something', 'Christian removed the old replication snapshots.', 'Christian'),
  p('a word given name that launched a scrub', 'In between Christian launched a scrub on the pool.', 'Christian'),
  p('a word given name that installed something, after "After"', 'After Hunter installed the agent, we opened the port.', 'Hunter'),
  p('a word given name that noticed something', 'Then Faith noticed the mount was missing.', 'Faith'),
  p('a word given name migrating something', 'Will is migrating the VM to the new disks.', 'Will'),
  p('a word given name that replaced a disk', 'Grace replaced the failed disk at 14:10.', 'Grace'),
  p('a word given name that upgraded firmware', 'Later Christian upgraded the firmware on both hosts.', 'Christian'),
  p('a word given name that identified something', 'Luckily Hope identified the exposed port.', 'Hope'),
  p('a word given name that reinstalled something', 'Dawn reinstalled the hypervisor from the live CD.', 'Dawn'),
  p('a word given name asking the provider', 'Christian is asking the provider for a second address.', 'Christian'),
  p('a word given name that fixed something', 'Page fixed the mount and rebooted.', 'Page'),
  p('a word given name that moved something', 'Hunter moved the containers to the new host.', 'Hunter'),
  p('a word given name that created something', 'Faith created the new pool on the NVMe disks.', 'Faith'),
  p('a word given name that disabled something', 'Then Grace disabled the old cron job.', 'Grace'),
  p('a word given name that added something', 'Christian added a second volume to the VM.', 'Christian'),
  p('a word given name in a timeline that removed something', '- 14:20 Christian removed the stale snapshot', 'Christian'),
  // A change from a name.
  p('a pull request from a given name', 'See the PR from Raphaël for the new volume.', 'Raphaël'),
  p('a patch from a name', 'The patch from Tavish fixed the eval errors.', 'Tavish'),
  p('a merge request from a name', 'A merge request from Oriana moved the logs.', 'Oriana'),
  p('patches from a name', 'We applied the patches from Brannoch at 16:00.', 'Brannoch'),
  p('a commit from a name', 'The commit from Ysolde reverted the proxy change.', 'Ysolde'),
  p('a pull request from a handle in code', 'The pull request from Corvel was merged at noon.', 'Corvel'),
  // A given name in brackets closing a heading or an item.
  p('a given name in brackets closing a heading', '## Investigation (Stéphane)', 'Stéphane'),
  p('a given name in brackets closing a list item', '- Test the new exporter (Joaquín)', 'Joaquín'),
  p('a given name in brackets closing a small heading', '### Recovery (Siobhán)', 'Siobhán'),
  p('a given name in brackets closing a numbered item', '2. Replace the failed disk (Bogdan)', 'Bogdan'),
  // What the collections write that stays published (below, "Not taken").
  p("a word given name's report with no act", 'Christian on the first boot saw the error.', 'Christian'),
  p('a lower-case given name as the object of a sending', 'made a zip and sent it to pierre', 'pierre'),
  p('an unknown name asking something', 'Tavish is asking the host for a second address.', 'Tavish'),
  p('a machine named by a word in question', 'The box in question is paphor.', 'paphor'),
  p('a machine after a disk error', "There's a disk I/O error on thunderlake.", 'thunderlake'),
  p('a machine a switch port is on', 'It is plugged into port 0/44 on hadrix.', 'hadrix'),
  p("a machine named after its provider", 'We moved the staging containers to ovh7.', 'ovh7'),
  p('an addressed handle in an IRC line', '18:35 \\<zergless> gw: not the best from what i hear', 'gw'),
  p('a lower-case surname after a handle', '@kestrel42 (Simon hauser) is working on this', 'hauser'),
  p('a handle before its task with no partner', '- hadrics to prepare the config for this', 'hadrics'),
  p('a name before a handle in brackets', 'Christian (@cqueston) proposes a simpler fix.', 'Christian'),
  p('a cell list of handles without spaces', '| Action | Kind | Owners | Status |\n| --- | --- | --- | --- |\n| Re-deploy the staging site | mitigate | tavishm,oriana,brannoch | IN PROGRESS |', 'brannoch'),
  // Left from round 39b (docs/redaction.md, "Probe round 39b" and "Limits").
  p('a metric of a code name, no system named', '`zarnith_requests_total` dropped to zero.', 'zarnith_requests_total'),
  p("a machine's folder, no system named", '`0 3 * * * /opt/zarnith/bin/reindex.sh`', 'zarnith'),
  p("a handle's branch in prose", 'The fix went out on tavishm/fix-proxy at noon.', 'tavishm'),
  p('a handle opening a line with a colon', 'jdoe: restarting now', 'jdoe'),
  p('a code name that is a country', 'We moved the Norway cluster to the new disks.', 'Norway'),
  p('a code name that is a town and a word', 'The Reading replica fell behind.', 'Reading'),
  p('a Japanese name joined to a long word in a heading', '## 佐藤対応記録', '佐藤'),
  p('a scoped package alone', '`@zarnith/client` 2.1 broke the login.', '@zarnith/client'),
  p('an alert of a coined word with no alert wording', 'ZarnithHighLatency stayed red for an hour.', 'ZarnithHighLatency'),
  p('a machine a collection writes as a service', 'The Vader outage lasted an hour.', 'Vader'),
];

/** Still published after this round (docs/redaction.md, "Probe round 40" and "Limits"); "sent it to pierre" is found since probe round 41, the machine in question since probe round 42. */
export const stillPublishedRound40: ReadonlySet<string> = new Set<string>([
  "a word given name's report with no act",
  'a machine after a disk error',
  'a machine a switch port is on',
  'a machine named after its provider',
  'a lower-case surname after a handle',
  // 'a metric of a code name, no system named': found since probe round 45.
  "a machine's folder, no system named",
  // "a handle's branch in prose": found since probe round 44.
  'a handle opening a line with a colon',
  'a code name that is a country',
  'a code name that is a town and a word',
  // 'a scoped package alone': found since probe round 45.
  // 'an alert of a coined word with no alert wording': found since probe round 45.
  // 'a machine a collection writes as a service': found since probe round 44.
]);

/** The probes found before this round's rules (measured on the commit before it, 7b18ecb4). */
export const foundBeforeRound40: ReadonlySet<string> = new Set<string>([
  'a capitalised given name in brackets opening an item',
  'a word given name that replaced a disk',
  'a word given name that disabled something',
  'a given name in brackets closing a list item',
  'a given name in brackets closing a numbered item',
  'an unknown name asking something',
  'a handle before its task with no partner',
  'a cell list of handles without spaces',
  'a Japanese name joined to a long word in a heading',
]);

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound40: readonly (readonly [string, string])[] = [
  ['a done task', '- [x] Drained the old runners'],
  ['an open task', '- [ ] Move the builders to the new host'],
  ['a state in capitals opening a heading', '## [WIP] Moving the builders'],
  ['a link opening an item', '- [Dashboard](https://grafana.com/) shows the queue'],
  ['a word in brackets opening an item', '- [everyone] please review the notes before Thursday'],
  ['a remark in brackets opening an item', '- [optional] enable the second mirror'],
  ['a capitalised state opening a heading', '## [Draft] Backups'],
  ["a changelog's tag of a word", '- [docs] fix the typo in the runbook'],
  ["a changelog's tag of a public program", '- [nginx] raise the worker count'],
  ["a changelog's tag of a public product", '- [kubernetes] bump the version'],
  ["a changelog's tag of a word that names a program", '- [hydra] fix the evaluation errors'],
  ['a remark in round brackets opening an item', '- (optional) run the export twice'],
  ['a to-do in capitals opening an item', '1. [TODO] write the summary'],
  ["a reference's number", '[1] https://example.com/report'],
  ["a changelog's tag of an acronym", '- [ci] retry the flaky job'],
  ['a pull request from a bot', 'The PR from Dependabot bumped the image.'],
  ['a patch from upstream', 'The patch from upstream fixed the leak.'],
  ['a fix from a vendor', 'A fix from Microsoft landed in the next release.'],
  ['a patch from a distribution', 'A patch from Debian fixed the package.'],
  ['a pull request from a bot of a word', 'The pull request from Renovate updated the lock file.'],
  ['a time zone closing a heading', '## Timeline (UTC)'],
  ['a state closing a heading', '## Root cause (draft)'],
  ['a remark closing an item', '- Restart the exporter (optional)'],
  ['a product closing an item', '- Raise the timeout (Postgres)'],
  ['a place closing a heading', '### Impact (Europe)'],
  ['folders joined by a slash before a task', 'docs/runbooks to update after the move'],
  ['programs joined by a slash before a task', 'kubelet/containerd to check the logs'],
  ['words joined by a slash before a task', 'The read/write to follow up on the disk'],
  ['machines joined by a slash before "will"', 'proxy03/proxy14 will be down, but removed from dns.'],
  ['machines joined by a slash before a task', 'web2/web3 to check the logs after the move'],
  ['machines joined by a slash, paired', '- db1/db2 paired with the new replicas'],
  ['a public product removing things', 'Then Kubernetes removed the old pods.'],
  ['a public product installing things', 'After Ansible installed the agent, the port opened.'],
  ['a public product creating things', 'Later Docker created the new network.'],
  ['a season moving things', 'Summer traffic moved the peak to July.'],
  ['a public product noticing things', 'Luckily Grafana noticed the gap in the data.'],
  ['a word given name as a noun adding things', 'Page load times added a second to every request.'],
  ['a word given name after an article', 'The Faith in the runbook removed the doubt.'],
];
