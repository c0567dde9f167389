/**
 * The system-name probe round 17 (docs/redaction.md, "System names, probe round 17"): internal
 * systems named as real postmortems name them, in shapes the guard may not know: code names of
 * projects and services, internal repositories and packages, chat channels and mailing lists,
 * tracker projects and ticket ids, paging services and escalation policies, feature flags,
 * Kubernetes namespaces, clusters and node pools, databases, tables, queues and topics, buckets,
 * dashboards, runbooks and wiki paths, private ranges, bastions and VPN gateways, environment
 * variables, host names in prose, and names the vocabulary lists written another way. Text of our
 * own writing (Falconridge, Zarnith, Ledger Writer, acme are invented). Probes marked `org` are
 * judged with the organisation `acme` configured; `vocabularyProbesSystem17` with the vocabulary
 * of `systemVocabularyOptions`.
 */
import type { LeakProbeWithOrganisation } from './redaction-probe-harness.ts';
import { probeOptions } from './redaction-probe-harness.ts';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';

const p = (kind: string, text: string, leak: string, org = false): LeakProbeWithOrganisation => ({ kind, text, leak, org });

export const systemProbesRound17: readonly LeakProbeWithOrganisation[] = [
  // Code names.
  p('a project code name', 'The migration was part of Project Falconridge, which moved ledger writes to the new store.', 'Falconridge'),
  p('a code name in an image alt text', '![Project Falconridge write path before the incident](./write-path.png)', 'Falconridge'),
  p('a service by a code name no dictionary knows', 'Requests to the Zarnith service timed out for 14 minutes.', 'Zarnith'),
  p('a service by a code name that is an English word', 'Requests to the Quokka service timed out for 14 minutes.', 'Quokka'),
  p('a code name after "code-named"', 'The new writer, code-named Bluejay, was enabled for 5% of traffic.', 'Bluejay'),
  p('a code name after "Codename:"', 'Codename: Bluejay. The new writer was enabled for 5% of traffic.', 'Bluejay'),
  p('a code name after "internally known as"', 'The batch exporter (internally known as Sparrowhawk) stalled.', 'Sparrowhawk'),

  // Repositories and packages.
  p("the organisation's repository in a code span", 'The fix landed in `acme/ledger-writer` at 11:02.', 'acme/ledger-writer', true),
  p('an internal repository named as such', 'The fix landed in the internal repository `ledger-writer-config` at 11:02.', 'ledger-writer-config'),
  p('a package of an internal scope', 'Upgrading `@acme-internal/ledger-client` to 4.2.1 restored the retries.', '@acme-internal/ledger-client'),
  // Found without the organisation configured too since probe round 45 (a scope no popular npm package has).
  p("a package of the organisation's scope", 'Upgrading `@acme/ledger-client` to 4.2.1 restored the retries.', '@acme/ledger-client'),

  // Chat channels and mailing lists.
  p('an incident channel with a number', 'Coordination moved to #inc-2031-ledger at 10:14.', '#inc-2031-ledger'),
  p("a team's on-call channel", 'The alert was posted to #team-payments-oncall and acknowledged within four minutes.', '#team-payments-oncall'),
  p('a Teams channel by its name in quotes', 'Responders joined the Teams channel "Ledger Ops War Room" at 10:16.', 'Ledger Ops War Room'),
  p('a mailing list by its address', 'A summary went to payments-eng@lists.acme.example at 12:00.', 'payments-eng@lists.acme.example'),
  p('a mailing list by its name', 'A summary went to the zarnith-announce mailing list at 12:00.', 'zarnith-announce'),

  // Trackers.
  p('a Jira ticket id', 'The follow-up is tracked in LEDG-4412.', 'LEDG-4412'),
  p('an incident ticket id', 'This report covers INC-2031.', 'INC-2031'),
  p('a Jira project key named as a project', 'Follow-ups are filed in the LEDG project in Jira.', 'LEDG'),
  p('a ticket id in a table of action items', '| Action | Ticket |\n| --- | --- |\n| Add a lag alert | LEDG-4413 |', 'LEDG-4413'),

  // Paging.
  p('a PagerDuty service by its id-shaped name', 'The PagerDuty service `ledger-writer-prod` paged the primary at 10:03.', 'ledger-writer-prod'),
  p('an escalation policy in quotes', 'It escalated through the escalation policy "Payments Primary" after 15 minutes.', 'Payments Primary'),
  p('a paging service in title case in quotes', 'The alert fired on the PagerDuty service "Ledger Writer (Prod)".', 'Ledger Writer (Prod)'),

  // Feature flags.
  p('a feature flag of English words in a code span', 'We turned off the feature flag `ledger_v2_writes_enabled` at 10:20.', 'ledger_v2_writes_enabled'),
  p('a feature flag with a code name', 'Disabling the falconridge-dual-write flag stopped the duplicate rows.', 'falconridge-dual-write'),

  // Kubernetes.
  p('a namespace in a code span', 'Pods in the `ledger-prod` namespace were evicted.', 'ledger-prod'),
  p('a namespace given to kubectl', '```sh\nkubectl -n ledger-writer rollout restart deploy/writer\n```', 'ledger-writer'),
  p('a cluster with a region in its name', 'The `prod-eu-west-1-blue` cluster lost two nodes.', 'prod-eu-west-1-blue'),
  p('a node pool by its name', 'The node pool `ledger-highmem-b` was drained at 10:40.', 'ledger-highmem-b'),
  p('a node in a table cell', '| Node | State |\n| --- | --- |\n| ip-10-40-2-7.eu-west-1.compute.internal | NotReady |', 'ip-10-40-2-7.eu-west-1.compute.internal'),

  // Data stores.
  p('a table of English words', 'The `ledger_entries` table grew to 2 TB.', 'ledger_entries'),
  p('a schema with a version', 'The migration altered schema `billing_v2`.', 'billing_v2'),
  p('a database by its name', 'Writes to the `ledgerdb_prod` database failed.', 'ledgerdb_prod'),
  p('a dead-letter queue', 'Messages piled up in the `ledger-writes-dlq` queue.', 'ledger-writes-dlq'),
  p('a Kafka topic', 'The consumer of topic `payments.ledger.events.v1` fell behind.', 'payments.ledger.events.v1'),
  p('a bucket named in prose', 'The exports were written to the `acme-ledger-exports` bucket.', 'acme-ledger-exports'),

  // Dashboards, runbooks and wiki pages.
  p('a dashboard by its title in quotes', 'The "Ledger Writer – Overview" dashboard showed the lag at 10:05.', 'Ledger Writer – Overview'),
  p('a code name in link text', 'Project Falconridge moved the writes. The lag shows on [the Falconridge lag dashboard](https://grafana.example.com/d/abc).', 'Falconridge'),
  p('a runbook by its title in quotes', 'The on-call followed the runbook "LedgerWriter: replay stuck batches".', 'LedgerWriter'),
  p('a wiki path without a host', 'See `/wiki/spaces/PAY/pages/4412/Ledger+Writer+Runbook` for the steps.', '/wiki/spaces/PAY/pages/4412/Ledger+Writer+Runbook'),

  // Networks and access.
  p('a private range', 'Traffic from 10.42.0.0/16 was dropped.', '10.42.0.0'),
  p('a pod range', 'The 172.20.0.0/14 pod range ran out of addresses.', '172.20.0.0'),
  p('a bastion by its name', 'Responders reached the primary through the bastion `bastion-ams-02`.', 'bastion-ams-02'),
  p('a VPN gateway by its name', 'The vpn-gw-fra1 gateway dropped its tunnels.', 'vpn-gw-fra1'),

  // Environment variables and host names.
  p('an environment variable with a code name', 'Setting `FALCONRIDGE_WRITE_TIMEOUT=30s` stopped the retries.', 'FALCONRIDGE'),
  p('an environment variable of a code name the post gives', 'Project Falconridge read `FALCONRIDGE_WRITE_TIMEOUT` as seconds.', 'FALCONRIDGE'),
  p('a host name in prose without a scheme', 'Failover to pg-ledger-02.fra.acme-ops.net took three minutes.', 'pg-ledger-02.fra.acme-ops.net'),
  p('a code name in a fenced code block', '```text\nERROR falconridge.writer: batch 4412 rejected\n```\nProject Falconridge rejected the batch.', 'falconridge'),
];

/** The vocabulary a knowledge base lists: a service without a public name, one with, and a configured name. */
export const systemVocabularyOptions: RedactionOptions = {
  ...probeOptions,
  serviceIds: ['ledger-writer', 'checkout-api'],
  internalNames: ['ledger-writer', 'Ledger Writer', 'Falconridge'],
  configuredInternalNames: ['Falconridge'],
  publicNames: ['Checkout'],
};

/** Names `systemVocabularyOptions` lists, written in another case, hyphenation or with a suffix. */
export const vocabularyProbesSystem17: readonly LeakProbeWithOrganisation[] = [
  p('a service id run together in PascalCase', 'LedgerWriter rejected the batch.', 'LedgerWriter'),
  p('a service id with a version suffix', 'The ledger-writer-v2 pods restarted.', 'ledger-writer-v2'),
  p('a service id run together with a possessive', "ledgerwriter's queue filled up.", 'ledgerwriter'),
  p('a service id in an environment variable', 'We raised `LEDGER_WRITER_DB_POOL` to 40.', 'LEDGER_WRITER'),
  p('a service id in camelCase in code', '```js\nconst ledgerWriterClient = connect();\n```', 'ledgerWriter'),
  p('a configured name in capitals', 'The FALCONRIDGE batch job stalled.', 'FALCONRIDGE'),
  p('a configured name with a number', 'The falconridge2 workers stalled.', 'falconridge2'),
  p('a service id in a table cell', '| Service | Impact |\n| --- | --- |\n| Ledger-Writer | degraded |', 'Ledger-Writer'),
];

/** The probes found before this round's rules (measured on the commit before it). */
export const foundBeforeSystem17: ReadonlySet<string> = new Set([
  'a package of an internal scope',
  "a package of the organisation's scope",
  'an incident channel with a number',
  "a team's on-call channel",
  'a mailing list by its address',
  'a Jira ticket id',
  'an incident ticket id',
  'a ticket id in a table of action items',
  'an escalation policy in quotes',
  'a cluster with a region in its name',
  'a node pool by its name',
  'a node in a table cell',
  'a dead-letter queue',
  'a private range',
  'a pod range',
  'a bastion by its name',
  'a VPN gateway by its name',
]);

/** The probes still published after them (docs/redaction.md, "Limits"). */
export const stillPublishedSystem17: ReadonlySet<string> = new Set([
  // 'a service by a code name no dictionary knows' is found since the nineteenth probe round (unowned-code-names.ts).
  'a service by a code name that is an English word',
  'a code name after "internally known as"',
  // 'a feature flag with a code name' is found since probe round 39 (named-systems.ts, a flag written bare).
  'a table of English words',
  'an environment variable with a code name',
  'a host name in prose without a scheme',
]);

/** The vocabulary probes found before this round's rules. */
export const vocabularyFoundBeforeSystem17: ReadonlySet<string> = new Set([
  'a service id run together in PascalCase',
  'a service id with a version suffix',
  'a service id run together with a possessive',
  'a configured name in capitals',
  'a service id in a table cell',
]);
