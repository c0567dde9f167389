/**
 * The probe round 41's leaks (docs/redaction.md, "Probe round 41"): what round 40b left
 * published, and people and machines written the ways three more collections of other
 * organisations' reports write them (an open-source project's infrastructure team's meeting
 * minutes, a university society's sysadmin wiki and its blameless postmortems, a protocol team's
 * write-ups of other protocols' incidents): an attendance line and its handles in the minutes'
 * prose, a column of nicks, a list or a heading of the society's machines, a machine in code
 * after "host", an italic byline under the title. Text of our own writing, with coined names; no
 * list knows any.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound41: readonly LeakProbeWithOrganisation[] = [
  // A meeting's attendance and its roles, as an infrastructure team's minutes open.
  p('an attendance line of handles', 'Attending: tovrin, haldmark, quessel, brannoch', 'haldmark'),
  p("an attendance line's last handle alone on the next line", 'Attending: tovrin, haldmark, quessel,\nbrannoch', 'brannoch'),
  p('who ran the meeting', 'Meeting run by tovrin. Minutes written by quessel.', 'tovrin'),
  p('who wrote the minutes', 'Meeting run by tovrin. Minutes written by quessel.', 'quessel'),
  p('regrets of a meeting', 'Regrets: haldmark, brannoch', 'brannoch'),
  p('apologies of a meeting', 'Apologies: quessel', 'quessel'),
  p('absent from a meeting', 'Absent: tovrin', 'tovrin'),
  p("a meeting's chair", 'Chair: haldmark', 'haldmark'),
  p("a meeting's note taker", 'Note taker: brannoch', 'brannoch'),
  p('a meeting chaired by a handle', 'Chaired by quessel.', 'quessel'),
  // A handle the minutes list as attending, in their prose.
  p('an attendee bringing up a point', 'Attending: tovrin, haldmark, quessel\n\nhaldmark brought up the point that the mirror is stale.', 'haldmark'),
  p('an attendee pointing something out', 'Attending: tovrin, haldmark, quessel\n\nquessel pointed out that the bucket was public.', 'quessel'),
  p('an attendee going to do something', 'Attending: tovrin, haldmark, quessel\n\nAfter the discussion tovrin is going to look into it during the weekend.', 'tovrin'),
  p('an attendee who knew how a system worked', 'Attending: tovrin, haldmark, quessel\n\nWe had a case like that when only haldmark knew how the system worked.', 'haldmark'),
  p("an attendee's name opening a line", 'Attending: tovrin, haldmark, quessel\n\nquessel\nproposed to pause the migration.', 'quessel'),
  p('an attendee in a heading of the minutes', 'Attending: tovrin, haldmark, quessel\n\n## Binary signing and the vendor offer (tovrin)', 'tovrin'),
  // A handle acting in minutes with no attendance line.
  p('a handle saying something', 'quessel said that this is not much different from last year.', 'quessel'),
  p('a handle volunteering', 'tovrin volunteered to write the minutes from now on.', 'tovrin'),
  p('a handle proposing', 'haldmark proposed to pause the migration until March.', 'haldmark'),
  p('a handle pointing out', 'brannoch pointed out that the meeting notes are public.', 'brannoch'),
  p('a handle bringing up a point', 'quessel brought up the point that only one person knows the setup.', 'quessel'),
  p('a handle asking the team', 'tovrin asked the team for feedback on what to do.', 'tovrin'),
  p('a handle ordering a server', 'haldmark ordered an AX41 bare metal server for the benchmarks.', 'haldmark'),
  p('two handles agreeing', 'tovrin and haldmark agreed to revisit the topic next month.', 'haldmark'),
  p('a handle that will follow up in a task', '- [ ] tovrin will follow up on the thread', 'tovrin'),
  p('a handle in a done task', '- [x] quessel will follow up on the thread', 'quessel'),
  p('waiting for a handle to do something', '  - Waiting for haldmark to research possible alternatives', 'haldmark'),
  p('waiting for review by a handle', '  - Waiting for review by quessel', 'quessel'),
  p('a desk of a handle', 'The server sits under haldmark’s desk for now.', 'haldmark'),
  p('pairing with a handle', 'Orla said she is willing to pair with tovrin for a few hours.', 'tovrin'),
  p('two handles closing a heading in brackets', '## Rotating who runs the triage meetings (tovrin/haldmark)', 'haldmark'),
  p('a handle closing a heading in brackets', '## Publishing the meeting minutes (quessel)', 'quessel'),
  // A column of nicks, as a society lists its sysadmins.
  p('a nick column in code', '| Name | Nick | Year |\n|---|---|---|\n| Orla Vantry | `vantro` | 21-22 |', 'vantro'),
  p('a nick column in plain text', '| Name | Nick | Year |\n|---|---|---|\n| Orla Vantry | vantro | 21-22 |', 'vantro'),
  p('an IRC column', '| Name | IRC | Role |\n|---|---|---|\n| Orla Vantry | vantro | Head sysadmin |', 'vantro'),
  p('a GitHub column', '| Member | GitHub |\n|---|---|\n| Orla Vantry | orlav-dev |', 'orlav-dev'),
  p('two nicks in one cell', '| Name | Nick | Year |\n|---|---|---|\n| Cathal Broin | `thornet/cathal` | 20-21 |', 'thornet'),
  p('a nickname column', '| Name | Nickname |\n|---|---|\n| Cathal Broin | `thornet` |', 'thornet'),
  p('an Irish surname with a prefixed h', 'Thanks to Colm Ó hEára for the rack.', 'hEára'),
  // The society's machines, named after scientists and coined words.
  p('a machine in code after a product\'s host', '## 2020-07-20 - Overprovisioned disks on Proxmox host `brannagh`', 'brannagh'),
  p('a machine in code after "the host"', 'The `local-lvm` storage for the host `quillon` ran out.', 'quillon'),
  p('a machine in code after "server"', 'We rebuilt the server `tarvos` from the backups.', 'tarvos'),
  p('a machine in code after "VM"', 'The VM `kelpie-2` lost its disk.', 'kelpie-2'),
  p('a list of bare-metal machines', 'Bare-metal machines:\n\n* **quillon**\n  * 203.0.113.51\n  * Our main user server', 'quillon'),
  p("a list of a cluster's machines", 'Our cluster looks like this:\n\n* brannagh\n  * Designated as our control server', 'brannagh'),
  p('a list of servers still to move', 'Servers that still need to join the cluster:\n\n* quillon\n* tarvos', 'tarvos'),
  p("a list of machines named after scientists", 'Bare-metal machines:\n\n* **noether**\n  * 203.0.113.52\n  * Game server hosting', 'noether'),
  p('a machine and its address in one item', 'Our VMs:\n\n* **tarvos / vm1.example.org**\n  * LDAP', 'tarvos'),
  p("a heading of a machine's disks", '### quillon\n\n4x 3.5inch LFF\n6x935GB RAID 10 mdadm', 'quillon'),
  p("a heading of a machine's disks, named after a scientist", '### noether\n\n6x 3.5inch LFF', 'noether'),
  p('sshing into a machine', 'SysAdmins ssh into brannagh and use the web UI from there.', 'brannagh'),
  // An italic byline under the title, as a protocol team signs its write-ups.
  p('an italic byline with a date', '# 2020-12-28 Cover attack\n\n_Orla Vantry 2020-12-28._', 'Orla Vantry'),
  p('an italic byline with a particle', '# Furucombo attack\n\n_Daviel Von Farrow_\n\n## What happened', 'Daviel Von Farrow'),
  p('an italic byline with a comma and a date', '# BT attack\n\n_Shahin Qadri, Feb 09, 2021._', 'Shahin Qadri'),
  p('an italic byline of a given name and a date', '# Growth attack\n\n_Franck, Feb 10, 2021._', 'Franck'),
  p('an italic byline of an unknown name alone', '# Saddle attack\n\n_Domek Grabav_\n\nThe pool was drained.', 'Domek Grabav'),
  p('a starred byline with a dash and a date', '# Merlin attack\n\n*Orla Vantry — 2021-05-26*', 'Orla Vantry'),
  // Left from rounds 40 and 40b (docs/redaction.md, "Limits").
  p('a lower-case given name paged', 'We paged maria about the disk.', 'maria'),
  p('a lower-case given name sent something', 'made a zip and sent it to pierre', 'pierre'),
  p("a one-line git log's author", '```\n3f1c2a9 2026-03-03 Ysolde Kerrigan  Fix the proxy timeout\n```', 'Ysolde Kerrigan'),
  p("git shortlog's author", '```\nYsolde Kerrigan (12):\n      Fix the proxy timeout\n```', 'Ysolde Kerrigan'),
  p("git shortlog -sn's author", '```\n    42\tYsolde Kerrigan\n    17\tTavish Morrow\n```', 'Tavish Morrow'),
  p("kubectl get pods -o wide's node", '```\nNAME          READY   STATUS    RESTARTS   AGE   IP          NODE          NOMINATED NODE   READINESS GATES\nledger-7d9f   1/1     Running   0          3d    10.0.4.12   thunderlake   <none>           <none>\n```', 'thunderlake'),
  p('a machine named by a coined word in question', 'The box in question is paphor.', 'paphor'),
  p('a machine rebooted', 'We rebooted hadrix at noon.', 'hadrix'),
  p('a code name that is a country', 'We moved the Norway cluster to the new disks.', 'Norway'),
  p('a code name that is a town and a word', 'The Reading replica fell behind.', 'Reading'),
  p("a handle's branch in prose", 'The fix went out on tavishm/fix-proxy at noon.', 'tavishm'),
  p('a scoped package alone', '`@zarnith/client` 2.1 broke the login.', '@zarnith/client'),
  p('a metric of a code name, no system named', '`zarnith_requests_total` dropped to zero.', 'zarnith_requests_total'),
  p('a machine a collection writes as a service', 'The Vader outage lasted an hour.', 'Vader'),
];

/** Still published after this round (docs/redaction.md, "Probe round 41" and "Limits"); the machine in question and the machine rebooted are found since probe round 42. */
export const stillPublishedRound41: ReadonlySet<string> = new Set<string>([
  'a code name that is a country',
  'a code name that is a town and a word',
  // "a handle's branch in prose": found since probe round 44.
  // 'a scoped package alone': found since probe round 45.
  // 'a metric of a code name, no system named': found since probe round 45.
  // 'a machine a collection writes as a service': found since probe round 44.
]);

/** The probes found before this round's rules (measured on the commit before it, 7c0ee71e). */
export const foundBeforeRound41: ReadonlySet<string> = new Set<string>([
  'who ran the meeting',
  'who wrote the minutes',
  'a machine in code after "VM"',
  'a starred byline with a dash and a date',
  "git shortlog -sn's author",
]);

/** Public text in the same shapes that must stay unflagged. */
export const notLeaksRound41: readonly (readonly [string, string])[] = [
  ['an attendance of a team', 'Attending: everyone from the infra team'],
  ['a meeting run by a team', 'Meeting run by the infra team. Minutes written by the release team.'],
  ['no regrets', 'Regrets: none'],
  ['a chair to be decided', 'Chair: TBD'],
  ['apologies in a sentence', 'Apologies: the dashboard was down for an hour.'],
  ['absent data', 'Absent: metrics for the first hour'],
  ['a program saying something', 'nginx said that the upstream timed out.'],
  ['everyone agreeing', 'Everyone agreed to revisit the topic once someone has time.'],
  ['waiting for a service', '  - Waiting for crates.io to test their implementation'],
  ['waiting for review by a team', '  - Waiting for review by the infra-team'],
  ['a task of a team', '- [ ] the release team will follow up on the thread'],
  ['a heading closing with a product in brackets', '## Migrating the monitoring (Datadog)'],
  ['a heading closing with a state in brackets', '## Publishing the meeting minutes (draft)'],
  ['a codename column', '| Release | Codename |\n|---|---|\n| 24.04 | `noble` |'],
  ['a year column', '| Name | Year |\n|---|---|\n| Backups | 21-22 |'],
  ['a GitHub column of issues and states', '| # | Action | GitHub |\n|---|---|---|\n| 1 | Add a dead-man switch | [homelab#134](https://github.com/example/homelab/issues/134) |\n| 2 | Rotate the keys | done |'],
  ['localhost after host', 'The disk of the host `localhost` ran out.'],
  ['a placeholder after host', 'Replace the host `example` with your own.'],
  ['a public product after host', 'The host `nginx` config was reloaded.'],
  ['a program after a compound of node', 'The calls saturated the per-node `anetd` agent.'],
  ['a field in camel case after Node', 'Node `managedFields` showed a manual write.'],
  ['a list of services', 'Servers:\n\n* **nginx**\n  * reverse proxy'],
  ['a list of tools', 'Tools we use:\n\n* ansible\n* terraform'],
  ['a heading of a word over hardware', '### Storage\n\n4x 3.5inch LFF'],
  ['sshing into the bastion', 'SysAdmins ssh into the bastion and use the web UI from there.'],
  ['logging in to a cluster by its public name', 'We will disable login to Wynton during the upgrade.'],
  ['an italic remark under the title', '# Cover attack\n\n_Work in progress_'],
  ['an italic date under the title', '# Cover attack\n\n_Updated 2021-02-05._'],
  ['an italic review date under the title', '# Cover attack\n\n_Last reviewed Feb 10, 2021._'],
  ['an italic state and date under the title', '# Cover attack\n\n_Draft, Feb 10, 2021._'],
  ['an italic product and date under the title', '# Cover attack\n\n_Kubernetes Upgrade, Feb 10, 2021._'],
  ['an italic report title under the title', '# Cover attack\n\n*Incident Report — 2021-03-04*'],
  ['paging the on-call', 'We paged the on-call about the disk.'],
  ['a share sent to a group', 'The fee: 4% should be sent to stakers.'],
  ['funds sent to an account', 'The recovered funds are sent to multisig.'],
  ['a git log with no author', '```\n3f1c2a9 Fix the proxy timeout\n```'],
  ['kubectl get pods -o wide on minikube', '```\nNAME    READY   STATUS    RESTARTS   AGE   IP          NODE       NOMINATED NODE   READINESS GATES\nweb     1/1     Running   0          3d    <none>      minikube   <none>           <none>\n```'],
];
