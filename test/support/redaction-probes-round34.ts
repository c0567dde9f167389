/**
 * The probe round 34's leaks (docs/redaction.md, "Probe round 34"): what rounds 31 and 32 left
 * ("Limits": a name opening an image's file name no lexicon knows, a given name that is a word
 * acting without an object or mid-clause, a service of two parts whose first word no dictionary
 * knows, a runbook's title of several words) and shapes no earlier round tried: chat transcripts
 * pasted into a post, e-mail headers and signatures, names in link text, link titles, image alt
 * text, HTML and MDX comments, footnotes, a timeline table's cells, `git log` and `git blame`
 * output, tracker assignee lines, CODEOWNERS lines, trailers, URL query strings, possessives,
 * names with apostrophes, hyphens and particles, initials, internal systems in Terraform, Helm and
 * Kubernetes snippets, hosts in stack traces and log lines, internal addresses and ports. Text of
 * our own writing; no list knows any name. Probes marked `org` are judged with the organisation
 * `acme`.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const leakProbesRound34: readonly LeakProbeWithOrganisation[] = [
  // What rounds 31 and 32 left in "Limits".
  p('a name opening an image file name in Markdown', '![Rack 14 after the swap](./img/tiemoko-diarra-rack-swap.jpg)', 'tiemoko-diarra'),
  p('a name opening an image file name in an img tag', '<img src="/images/2025/nkechi-obiora-grafana.png" alt="The write latency panel" />', 'nkechi-obiora'),
  p('a name opening a linked file name', 'The [raw notes](./files/ruairi-brannigan-notes.pdf) have the full timeline.', 'ruairi-brannigan'),
  p('a name opening an image file name with an underscore', '![The queue depth](assets/olusegun_adeyinka_queue_depth.png)', 'olusegun_adeyinka'),
  p('a word given name mid-clause after "and" with a pronoun object', 'The pods stayed in CrashLoopBackOff, and Faith restarted them by hand.', 'Faith'),
  p('a word given name after "after" merging "it"', 'The alerts cleared after Hope merged it.', 'Hope'),
  p('a word given name paging another', 'Will paged Dawn at 02:40.', 'Dawn'),
  p('a word given name paging, the pager', 'Will paged Dawn at 02:40.', 'Will'),
  p('a word given name acknowledging with no object', 'The alert fired at 03:02 and Grace acknowledged.', 'Grace'),
  p('a word given name passively paged', 'Joy was paged at 02:10 but the page went to an old phone.', 'Joy'),
  p('a word given name handed the pager', 'At 06:00 we handed the pager to Patience.', 'Patience'),
  p('a word given name rolling back "it"', 'By 11:20 Mercy had rolled it back.', 'Mercy'),
  p('a service of two parts whose first word no dictionary knows', 'Writes from zarnith-sync backed up for forty minutes.', 'zarnith-sync'),
  p('a gateway of two parts whose first word no dictionary knows', 'We restarted trelvix-gateway twice before it took traffic.', 'trelvix-gateway'),
  p('an ingest service of two parts whose first word no dictionary knows', 'The quorvel-ingest pods ran out of memory.', 'quorvel-ingest'),
  p("a runbook's title of several words", 'We followed the Zarnith Queue Drain runbook step by step.', 'Zarnith Queue Drain'),
  p("a playbook's title of several words in a link", 'See the [Ledger Primary Failover playbook](https://example.com/docs/x) for the steps.', 'Ledger Primary Failover'),

  // Chat transcripts pasted into a post.
  p('an IRC-style transcript with a time and a dotted handle', '```\n[10:42] priya.raman: restarting the writer now\n[10:43] priya.raman: done\n```', 'priya.raman'),
  p('an IRC transcript in angle brackets', '```\n<kofi> rolling back to 4.1\n<kofi> back on 4.1\n```', 'kofi'),
  p('an @here from a person', '@here from Tomasz: the primary is read-only, do not deploy.', 'Tomasz'),
  p('a transcript line of a full name and a time', 'Mthunzi Dlamini 11:02 AM\nrolling back now, eta 5 min', 'Mthunzi Dlamini'),
  p('a quoted chat line with a handle and a colon', '> **zvukovic**: the replica is 40 minutes behind', 'zvukovic'),
  p('a chat line with a full timestamp and an angle handle', '```\n[2025-03-04 10:42:11] <ngozi_e> failover done, watching errors\n```', 'ngozi_e'),

  // E-mail headers and signatures.
  p('a From header with a name and an address', '```\nFrom: Anneke Vermeulen <a.vermeulen@example.org>\nSubject: Re: ledger outage\n```', 'Anneke Vermeulen'),
  p('an e-mail signature after the delimiter', 'Thanks all, the writer is healthy again.\n\n-- \nAnneke', 'Anneke'),
  p('a sign-off of a given name', 'We will post the full review next week.\n\nBest,\nSiobhán', 'Siobhán'),
  p('a To and Cc header with a name', '```\nTo: oncall@example.org\nCc: Rutendo Moyo <rutendo@example.org>\n```', 'Rutendo Moyo'),
  p('a quoted reply header', 'On Tue, 4 Mar 2025 at 10:12, Bartholomew Okonjo wrote:\n> the primary is back', 'Bartholomew Okonjo'),

  // Link text, link titles, alt text, comments, footnotes.
  p('a given name in link text', 'The graph is in [Dervla\'s notebook](https://example.com/nb/42).', 'Dervla'),
  p('a full name in a link title', 'The [fix](https://github.com/example/app/pull/42 "Patch by Ilse Brouwer") went out at 10:40.', 'Ilse Brouwer'),
  p('a full name in image alt text', '![Screenshot from Halvard Nesheim showing the lag](./lag.png)', 'Halvard Nesheim'),
  p('a full name in an HTML comment', 'The writer stalled at 10:04.\n\n<!-- TODO: ask Marit Solberg about the 10:04 gap -->', 'Marit Solberg'),
  p('a full name in an MDX comment', 'The writer stalled at 10:04.\n\n{/* confirm with Dagmar Hrubá before publishing */}', 'Dagmar Hrubá'),
  p('a full name in a footnote', 'The replica fell behind.[^1]\n\n[^1]: Spotted by Oluwaseun Adebisi during the drill.', 'Oluwaseun Adebisi'),

  // Timeline tables.
  p("a given name in a timeline table's cell", '| Time | Who | What |\n|---|---|---|\n| 10:42 | Thandiwe | restarted the writer |', 'Thandiwe'),
  p("a dotted handle in a timeline table's cell", '| 10:50 | k.mensah | failed over to the replica |', 'k.mensah'),
  p("a full name in a timeline table's event cell", '| 11:05 | Rafaela Quintanilha rolled back 4.2 |', 'Rafaela Quintanilha'),

  // Commit history pasted in code blocks.
  p('a git log Author line', '```\ncommit 3f2a9c1d7e\nAuthor: Radomir Wieczorek <radek@example.org>\nDate:   Tue Mar 4 10:14:02 2025 +0000\n\n    pool: cap idle connections\n```', 'Radomir Wieczorek'),
  p('a git blame line', '```\n3f2a9c1d (Ebere Nwosu 2025-03-02 10:14:02 +0000 42)   max_conns = 10\n```', 'Ebere Nwosu'),
  p('a git log --oneline with an author', '```\n3f2a9c1 pool: cap idle connections (Lindiwe Mahlangu)\n```', 'Lindiwe Mahlangu'),
  p('a Co-authored-by trailer with a noreply address', '```\nCo-authored-by: Nomvula Khumalo <12345+nkhumalo@users.noreply.github.com>\n```', 'Nomvula Khumalo'),

  // Trackers and ownership.
  p('a Jira assignee line', 'Assignee: Caoimhe Gallagher\nStatus: In Progress', 'Caoimhe Gallagher'),
  p('a Linear issue line with an assignee handle', 'OPS-412 · Assignee: mirelad · Priority: Urgent', 'mirelad'),
  p('a CODEOWNERS line with a personal handle', '```\n/services/ledger/ @acme/payments @tkowalczyk\n```', 'tkowalczyk'),
  p('an assignee in a tracker URL', 'Open items: https://tracker.example.com/issues?assignee=jdoe&state=open', 'jdoe'),
  p('an owner in a dashboard URL query', 'https://status.example.com/checks?owner=bkristiansen&env=prod', 'bkristiansen'),
  p('a reporter in a list item', '- Reporter: Ximena Barraza (support)', 'Ximena Barraza'),

  // Possessives, particles, apostrophes, hyphens, initials.
  p('a possessive of a given name', "The migration ran from Marguerite's laptop.", 'Marguerite'),
  p('a possessive with a bare apostrophe', "The script came from Ignatius' shell history.", 'Ignatius'),
  p('an Irish surname with O and an apostrophe, acting', "Siobhan O'Shaughnessy restarted the consumer group.", "O'Shaughnessy"),
  p('a Dutch name with ter', 'Pieter ter Horst drained the old pool.', 'Pieter ter Horst'),
  p('an Arabic name with al-', 'Yusuf al-Rashid rolled the certificate.', 'Yusuf al-Rashid'),
  p('a hyphenated French given name', 'Jean-Baptiste Morel promoted the replica.', 'Jean-Baptiste Morel'),
  p('a Portuguese name with dos', 'Ana dos Santos Ferreira approved the rollback.', 'Ana dos Santos Ferreira'),
  p('dotted initials acting', 'J.R. fixed the config at 11:40.', 'J.R.'),
  p('two pairs of initials pairing', 'MK and TS paired on the rollback.', 'MK'),

  // Internal systems in configuration snippets.
  p('a Terraform identifier of an internal database', '```hcl\nresource "aws_db_instance" "ledger" {\n  identifier = "zarnith-ledger-prod"\n}\n```', 'zarnith-ledger-prod'),
  p('a Helm values image repository on an internal registry', '```yaml\nimage:\n  repository: registry.acme.internal/payments/ledger-writer\n  tag: 4.2.1\n```', 'registry.acme.internal'),
  p('a Kubernetes manifest name of an internal workload', '```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: quorvel-ledger-writer\n  namespace: payments\n```', 'quorvel-ledger-writer'),
  p('a Kubernetes ingress host on the organisation domain', '```yaml\nspec:\n  rules:\n    - host: admin.payments.acme.net\n```', 'admin.payments.acme.net', true),
  p('a Terraform backend bucket', '```hcl\nbackend "s3" {\n  bucket = "acme-terraform-state-prod"\n}\n```', 'acme-terraform-state-prod'),

  // Hosts, addresses and ports in traces and logs.
  p('an internal host in a Python stack trace', "```\nrequests.exceptions.ConnectionError: HTTPConnectionPool(host='ledger-db-03.prod.acme.internal', port=5432)\n```", 'ledger-db-03.prod.acme.internal'),
  p('an internal host in a log line', '```\nERROR upstream ledger01.dc2.acme.net:8443 timed out after 30s\n```', 'ledger01.dc2.acme.net', true),
  p('a private address and port in a Go error', '```\ndial tcp 10.42.7.19:6443: i/o timeout\n```', '10.42.7.19'),
  p('a private address in prose with a port', 'The exporter at 192.168.40.12:9100 stopped answering.', '192.168.40.12'),
  p('a carrier-grade NAT address of a VPN peer', 'The tunnel peer 100.72.14.3 dropped every 30 seconds.', '100.72.14.3'),
  p('a Java stack frame of the organisation package', '```\n  at com.acme.ledger.writer.Flusher.flush(Flusher.java:212)\n```', 'com.acme.ledger', true),

  // Written after reading real reports and after the first fixes: shapes they showed, and the round's forms again with other words.
  p("a bare shell prompt's user", '```\ntkaragianni$ kubectl get pods -n payments\n```', 'tkaragianni'),
  p('the writer naming themself in brackets', '13:11: I (Bongani Zulu) looked at my local node and saw it stuck.', 'Bongani Zulu'),
  p('a machine named and described after a comma', 'The build ran on Vader, the old CI box.', 'Vader'),
  p('a Polish name opening an image file name', '![Before the fix](/static/img/bozena-wrzesniewska-before.png)', 'bozena-wrzesniewska'),
  p('a word given name after "once" in the perfect', 'The queue drained once Heather had restarted them.', 'Heather'),
  p('a router of a code name', 'Reads through velmora-router were slow all morning.', 'velmora-router'),
  p('a reviewer field before a pipe', 'Reviewer: ysaelens | Status: Done', 'ysaelens'),
  p("git log's graph line with an author and a date", '```\n* 9b8c7d6 ledger: retry on 40001 (Chidinma Okafor-Bell, 3 days ago)\n```', 'Chidinma Okafor-Bell'),
  p('an author filter in a link', 'Every revert: https://git.example.com/search?type=commits&author=ptrzaskowski', 'ptrzaskowski'),
  p("a playbook's title of several words after \"our\"", 'Our Quillon Ledger Rebuild playbook was out of date.', 'Quillon Ledger Rebuild'),
];

/** The probes still published after this round (docs/redaction.md, "Limits"). */
export const stillPublishedRound34: ReadonlySet<string> = new Set<string>([]);

/** The probes found before this round's rules (measured on the commit before it, 803e23a2). */
export const foundBeforeRound34: ReadonlySet<string> = new Set<string>([
  "a word given name acknowledging with no object",
  "an ingest service of two parts whose first word no dictionary knows",
  "an IRC-style transcript with a time and a dotted handle",
  "an IRC transcript in angle brackets",
  "an @here from a person",
  "a transcript line of a full name and a time",
  "a quoted chat line with a handle and a colon",
  "a chat line with a full timestamp and an angle handle",
  "a From header with a name and an address",
  "an e-mail signature after the delimiter",
  "a sign-off of a given name",
  "a To and Cc header with a name",
  "a quoted reply header",
  "a given name in link text",
  "a full name in a link title",
  "a full name in image alt text",
  "a full name in an HTML comment",
  "a full name in an MDX comment",
  "a full name in a footnote",
  "a given name in a timeline table's cell",
  "a full name in a timeline table's event cell",
  "a git log Author line",
  "a git blame line",
  "a Co-authored-by trailer with a noreply address",
  "a Jira assignee line",
  "a CODEOWNERS line with a personal handle",
  "an owner in a dashboard URL query",
  "a reporter in a list item",
  "a possessive of a given name",
  "an Irish surname with O and an apostrophe, acting",
  "a Dutch name with ter",
  "an Arabic name with al-",
  "dotted initials acting",
  "two pairs of initials pairing",
  "a Terraform identifier of an internal database",
  "a Helm values image repository on an internal registry",
  "a Kubernetes manifest name of an internal workload",
  "a Kubernetes ingress host on the organisation domain",
  "an internal host in a Python stack trace",
  "an internal host in a log line",
  "a private address and port in a Go error",
  "a private address in prose with a port",
  "a carrier-grade NAT address of a VPN peer",
  "a Java stack frame of the organisation package",
  "a word given name after \"once\" in the perfect",
  "a reviewer field before a pipe",
  "an author filter in a link",
]);

/** Public text written the same way: no person, no internal system. */
export const notLeaksRound34: readonly (readonly [string, string])[] = [
  ['a process restarting pods after "and"', 'The pods stayed in CrashLoopBackOff, and Kubernetes restarted them.'],
  ['a modal after "when"', 'We asked when Will merged would land; nobody knew.'],
  ['a team paged, a team handed the incident', 'At 06:00 we handed the pager to Support, and Security was paged at 06:10.'],
  ["a public product's name opening an image file name", '![Loki logs](./img/grafana-loki-query-errors.png)'],
  ['a prefix before a service word', 'We moved to a multi-server setup and a cross-region proxy.'],
  ['a public project service in prose', 'The kube-proxy and traefik-gateway pods restarted.'],
  ["a runbook's title of procedure words", 'We followed the Database Primary Failover runbook.'],
  ['tracker fields with no person', 'Assignee: unassigned · Owner: payments-oncall · Priority: Urgent'],
  ['a link filtering by a bot', 'https://github.com/example/app/pulls?author=dependabot&state=open'],
  ['a tool acting in a timeline row', '| 10:50 | kubelet | restarted the pod |'],
  ["git log's one-line output of a bot and a phrase", '```\n3f2a9c1 deps: bump pg (Dependabot)\n9b8c7d6 docs: link the runbook (Pull Request)\n```'],
  ['a placeholder bucket in a Terraform backend', '```hcl\nbackend "s3" {\n  bucket = "my-terraform-state"\n}\n```'],
];
