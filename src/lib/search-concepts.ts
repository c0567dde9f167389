import { cloudRegionConcepts } from './cloud-regions.ts';
import { symptomConcepts } from './symptom-vocabulary.ts';
import { paraphraseConcepts } from './responder-paraphrases.ts';
/**
 * Concepts of incident vocabulary: what a report says in its own terms ("scheduled to the same
 * failing host", "certificate expired", "Agents are randomly disconnected") and what a responder
 * types for it under stress, in everyday words the report never uses ("every pod landed on one
 * bad machine", "the cert ran out", "build workers keep dropping off"). Alias groups
 * (src/lib/search-aliases.ts) join spellings of one word both ways; a concept goes one way only:
 * a report holding one of its `cues` carries its `says` words in the hidden alias sentence, but a
 * report holding only a `says` word gets nothing. So "ran out" is added to a report of an expired
 * certificate, and a report of a disk that ran out of space is not made a report of expiry.
 *
 * Cues are read in what the report is about (src/lib/search-document.ts `aboutText`: title,
 * summary, impact and the start of the body), not in every word of a long review: a 40,000-character
 * review mentions a scheduler, a certificate and a disk somewhere, and would otherwise carry every
 * concept and match every paraphrase. The words are matched as alias words are (whole words and
 * phrases, a last word's plural too, a hyphen as a space).
 *
 * Written for round 11 of docs/findability.md from the development queries' misses, each concept
 * kept general (a failure, a component or a responder's word for it), never a report's own name.
 * Adding a concept: a cue must say the concept on its own (not "moved to", which a meeting does
 * too); a `says` word must be what people type for it, and a concept whose words would land on
 * most reports (host → machine) is left out: a word on every page tells pages apart no more.
 */
export interface SearchConcept {
  /** What the concept is (for the docs and tests). */
  name: string;
  /** Words and phrases of a report that say the concept. */
  cues: readonly string[];
  /** How a responder says it: added to a report holding a cue, where the report lacks them. */
  says: readonly string[];
}

export const builtInConcepts: readonly SearchConcept[] = [
  // "the cert ran out": a responder's word for expiry, which no group could hold both ways ("ran
  // out" of memory, of disk, of IP addresses is no expiry).
  {
    name: 'expiry',
    cues: ['expired', 'expire', 'expires', 'expiry', 'expiration', 'expiring', 'lapsed', 'not renewed', 'failed to renew'],
    says: ['ran out', 'out of date', 'renew'],
  },
  {
    name: 'certificate renewal tooling',
    cues: ['certbot', 'letsencrypt', "let's encrypt", 'acme challenge', 'cert-manager'],
    says: ['lets encrypt', 'renewal'],
  },
  // Where a workload runs: a scheduler "schedules" and "places"; a responder says it "landed".
  {
    name: 'placement',
    cues: ['scheduled', 'scheduler', 'scheduling', 'unschedulable', 'affinity', 'anti-affinity', 'taint', 'toleration', 'node selector', 'nodeselector', 'bin packing'],
    says: ['landed', 'placed'],
  },
  {
    name: 'everything on one machine',
    cues: ['same host', 'same node', 'same machine', 'same server', 'single host', 'single node', 'single server', 'one host', 'one node'],
    says: ['one machine', 'single machine'],
  },
  {
    name: 'unhealthy machine',
    cues: ['failing host', 'failing node', 'failed node', 'failed host', 'bad node', 'bad host', 'unhealthy node', 'unhealthy host', 'faulty node', 'faulty host', 'broken node', 'dead node', 'node failure', 'host failure', 'gone bad'],
    says: ['bad machine', 'dead machine', 'bad node'],
  },
  {
    name: 'memory exhausted',
    cues: ['oom', 'oomkill', 'oomkilled', 'systemoom', 'out of memory', 'outofmemoryerror', 'memory exhausted', 'memory pressure', 'used up all the memory', 'memory overload'],
    says: ['ran out of ram', 'ate all the ram'],
  },
  // A limit set on purpose: "caps" to a responder.
  {
    name: 'limit',
    cues: ['limit', 'limits', 'memory limit', 'cpu limit', 'resource limits'],
    says: ['cap', 'caps'],
  },
  {
    name: 'by mistake',
    cues: ['accidentally', 'accidental', 'mistakenly', 'by mistake', 'inadvertently', 'human error', 'unintentionally', 'erroneously'],
    says: ['by mistake', 'accidentally', 'oops'],
  },
  {
    name: 'deleted',
    cues: ['deleted', 'deletion', 'wiped', 'erased', 'truncated', 'truncation', 'rm -rf', 'dropped table', 'dropped the table'],
    says: ['wiped', 'erased', 'deleted', 'nuked'],
  },
  {
    name: 'infrastructure as code',
    cues: ['terraform', 'pulumi', 'cloudformation', 'ansible', 'puppet', 'chef cookbook', 'crossplane'],
    says: ['infrastructure as code', 'iac'],
  },
  {
    name: 'admission hook',
    cues: ['admission webhook', 'admission controller', 'validatingwebhookconfiguration', 'mutatingwebhookconfiguration', 'validating webhook', 'mutating webhook'],
    says: ['validating hook', 'webhook', 'rejected'],
  },
  {
    name: 'control plane',
    cues: ['api server', 'apiserver', 'kube-apiserver', 'control plane', 'etcd', 'master nodes'],
    says: ['control plane', 'api server'],
  },
  // Managed Kubernetes by its vendor's acronym: a responder names the vendor.
  { name: 'managed kubernetes on AWS', cues: ['eks', 'elastic kubernetes service'], says: ['amazon', 'managed kubernetes'] },
  { name: 'managed kubernetes on Google Cloud', cues: ['gke', 'google kubernetes engine'], says: ['google', 'managed kubernetes'] },
  { name: 'managed kubernetes on Azure', cues: ['aks', 'azure kubernetes service'], says: ['azure', 'managed kubernetes'] },
  {
    name: 'virtual machines by product',
    // "compute instance": a cloud's word for a VM on status pages (round 38: Civo's "compute instances").
    // "instances and volumes": a cloud's two resources named together, whose instances are VMs (round 38b: Civo's "provisioning instances and volumes").
    cues: ['ec2', 'gce', 'compute engine', 'droplet', 'droplets', 'bare metal', 'compute instance', 'compute instances', 'instances and volumes', 'volumes and instances'],
    says: ['vm', 'virtual machine'],
  },
  // A cloud's block storage by its product word: a responder says "disk" (round 38b). Not "volume"
  // alone, which a report of traffic writes too ("high volume of requests").
  {
    name: 'cloud block storage',
    cues: ['block storage', 'storage volume', 'storage volumes', 'instances and volumes', 'volumes and instances'],
    says: ['disk', 'disks'],
  },
  {
    name: 'migration',
    cues: ['migration', 'migrate', 'migrated', 'migrating'],
    says: ['moving', 'moved'],
  },
  {
    name: 'connections dropped',
    cues: ['disconnected', 'disconnects', 'disconnections', 'connection failures', 'connection errors', 'connection reset', 'connections reset', 'connectivity issues', 'connection drops', 'dropped connections'],
    says: ['dropped', 'dropping', 'flaky'],
  },
  // Workers of a CI system are called agents, runners or executors (plural: "a Java agent" of a
  // monitoring tool is no build worker).
  {
    name: 'build workers',
    cues: ['agents', 'build agent', 'runners', 'self-hosted runner', 'executors', 'build node', 'build nodes'],
    says: ['workers', 'build workers'],
  },
  // Round 32: a responder says "switch" or "router" for what a network team's notice calls its
  // "core equipment" or "network hardware" ("switch failure" for "Core equipment for the network is
  // having issues"); the hardware, not the network ("network" alone is on most reports).
  {
    name: 'network equipment',
    cues: ['network equipment', 'networking equipment', 'network hardware', 'networking hardware', 'network device', 'network devices', 'core equipment', 'core network', 'network core', 'wan core', 'core infrastructure', 'line card', 'top of rack'],
    says: ['switch', 'router'],
  },
  // Round 32: a help desk named by its product ("helpdesk down" for "Zammad down").
  {
    name: 'help desk by product',
    cues: ['zammad', 'zendesk', 'freshdesk', 'otrs', 'osticket', 'service desk', 'help desk', 'support portal', 'support tickets'],
    says: ['helpdesk', 'support desk'],
  },
  {
    name: 'issue tracker by product',
    cues: ['jira', 'bugzilla', 'redmine', 'issue tracker', 'bug tracker', 'youtrack'],
    says: ['ticket tracker', 'tickets'],
  },
  {
    name: 'peak shopping day',
    cues: ['black friday', 'cyber monday', 'holiday season', 'peak season', 'boxing day'],
    says: ['busiest day', 'shopping', 'peak'],
  },
  {
    name: 'batch jobs',
    cues: ['job', 'jobs', 'cronjob', 'cronjobs', 'batch'],
    says: ['tasks', 'batch'],
  },
  // Overload has an alias group of its own (src/lib/search-aliases.ts); these are the other words.
  {
    name: 'overwhelmed',
    cues: ['swamps', 'swamped', 'overwhelmed', 'great deal of traffic', 'lots of traffic', 'heavy traffic'],
    says: ['overwhelmed', 'swamped', 'flood of visitors'],
  },
  {
    name: 'request flood',
    cues: ['flooding', 'flooded', 'flood of requests', 'request storm', 'retry storm', 'storm of requests'],
    says: ['spammed', 'hammered'],
  },
  {
    name: 'leftovers',
    cues: ['orphaned', 'orphans', 'dangling', 'zombie', 'zombies', 'leaked pods'],
    says: ['leftover', 'piled up'],
  },
  {
    name: 'full',
    cues: ['cluster full', 'cluster being full', 'cluster is full', 'at capacity', 'no capacity', 'insufficient capacity', 'disk full', 'no space left'],
    says: ['no room', 'full'],
  },
  {
    name: 'idle reaper',
    cues: ['culler', 'culling', 'idle-culler', 'idle culler', 'reaper', 'idle timeout'],
    says: ['reaper', 'idle', 'inactive'],
  },
  {
    name: 'browser add-ons',
    cues: ['add-ons', 'add-on', 'addons', 'addon', 'browser extension', 'browser extensions'],
    says: ['extensions', 'plugins'],
  },
  {
    name: 'turned off',
    cues: ['disabled', 'disabling', 'stopped functioning', 'stopped working', 'deactivated', 'powered down', 'powered off'],
    says: ['switched off', 'turned off'],
  },
  {
    name: 'credential',
    cues: ['access token', 'personal access token', 'api token', 'api key', 'access key', 'secret key', 'service token', 'oauth token'],
    says: ['access key', 'token', 'secret'],
  },
  {
    name: 'exposed publicly',
    cues: ['leaked', 'leak', 'exposed', 'exposure', 'publicly accessible', 'public access'],
    says: ['visible to anyone', 'public'],
  },
  {
    name: 'cooling',
    cues: ['cooling', 'chiller', 'chillers', 'overheated', 'overheating', 'high temperatures', 'thermal'],
    says: ['overheated', 'heatwave', 'too hot'],
  },
  {
    name: 'fire',
    cues: ['fire', 'fire brigade', 'fire department', 'smoke', 'blaze'],
    says: ['blaze', 'evacuated'],
  },
  { name: 'voicemail', cues: ['voicemail', 'voice mail'], says: ['answering machine'] },
  {
    name: 'payment methods',
    cues: ['payment method', 'payment methods', 'billing console', 'billing details'],
    says: ['credit card', 'card'],
  },
  // A disk by its device name ("sdc errors on ovh3"): a responder says "hard drive". A group
  // HDD / hard drive was tried both ways in an earlier round and left out; this goes one way.
  {
    name: 'disk device',
    cues: ['sda', 'sdb', 'sdc', 'sdd', 'sde', 'sdf', 'nvme0n1', 'hdd', 'smart errors', 'bad sectors'],
    says: ['hard drive', 'disk'],
  },
  {
    name: 'kernel froze',
    cues: ['kernel panic', 'not syncing', 'lockup', 'locked up', 'soft lockup', 'hard lockup'],
    says: ['froze', 'hang'],
  },
  {
    name: 'order of magnitude',
    cues: ['10x', 'x10', 'ten times', 'tenfold', '100x'],
    says: ['order of magnitude'],
  },
  // Round 15 (docs/findability.md): the misses of a responder's development queries against 720
  // reports of other organisations, each kept general (what the failure or the product is, as an
  // on-call responder names it), none written from a held-out query.
  // Alert delivery: the report names the paging product or its notifications; the responder says
  // pages and alerts (pagefind already finds "PagerDuty" for "pager", as a prefix).
  {
    name: 'alert delivery',
    cues: ['pagerduty', 'opsgenie', 'victorops', 'notification dispatch', 'alert notifications', 'alerting', 'on-call alerts', 'paging'],
    says: ['alerts', 'pager', 'paging'],
  },
  // Replicas that stop applying changes: "out of sync" to a responder.
  {
    name: 'replication',
    cues: ['replication', 'replica', 'replicas', 'read replica', 'read replicas', 'replication lag', 'replicated'],
    says: ['sync', 'out of sync'],
  },
  {
    name: 'telecom carrier',
    cues: ['telecommunications', 'telecom', 'telecoms', 'telstra', 'verizon', 'vodafone', 'mobile network', 'phone network', 'cellular network'],
    says: ['telco', 'phone company', 'carrier'],
  },
  // A counter past its type's largest value (a scoped token's INT32 id, a transaction-ID wraparound).
  {
    name: 'integer overflow',
    cues: ['int32', 'int64', 'integer overflow', 'int overflow', 'overflowed', '2147483647', 'wraparound'],
    says: ['overflow', '32 bit', 'wrapped around'],
  },
  // CI systems by product. Jenkins is left out: the Jenkins project's own status page names its
  // every service by it, and a word on every page tells pages apart no more.
  {
    name: 'ci by product',
    cues: ['github actions', 'circleci', 'travis ci', 'travis-ci', 'buildkite', 'gitlab ci', 'teamcity', 'bamboo'],
    says: ['ci', 'build pipeline'],
  },
  {
    name: 'static site hosting',
    cues: ['github pages', 'gitlab pages', 'netlify', 'static site'],
    says: ['static site', 'static hosting'],
  },
  {
    name: 'cdn by product',
    cues: ['fastly', 'akamai', 'cloudfront', 'cloudflare', 'varnish', 'edge servers', 'edge network'],
    says: ['cdn'],
  },
  // Package registries by name ("package store" for Artifactory was a miss of round 13 too).
  {
    name: 'package registry by product',
    cues: ['npm', 'npmjs', 'pypi', 'rubygems', 'maven central', 'crates.io', 'docker hub', 'artifactory', 'nuget', 'jcenter', 'packagist'],
    says: ['package registry'],
  },
  // A denial of service: the responder sees where it came from and what it did.
  {
    name: 'denial of service',
    cues: ['ddos', 'denial of service', 'denial-of-service', 'dos attack', 'syn flood', 'amplification attack'],
    says: ['botnet', 'attack traffic', 'flooded'],
  },
  // "timeout waiting for connection from pool" is what the logs say when the pool is empty.
  {
    name: 'connection pool exhausted',
    cues: ['connection pool', 'pool exhausted', 'acquire a connection', 'acquire an available connection', 'too many connections', 'max_connections'],
    says: ['waiting for a connection', 'no free connections'],
  },
  // Cloud regions by their codes: a responder names the place ("london" for europe-west2). Round
  // 17 replaced eleven entries here by the providers' lists (src/lib/cloud-regions.ts), which
  // also put Google's us-east1 in South Carolina, not Virginia.
  ...cloudRegionConcepts,
  // Round 18: a responder's everyday words for a symptom ("site down", "sluggish", "kicked out"),
  // from the providers' published status vocabulary (src/lib/symptom-vocabulary.ts).
  ...symptomConcepts,
  // A responder's paraphrases of a report's wording (round 33, docs/findability.md).
  ...paraphraseConcepts,
];

/**
 * A responder's everyday words for each failure mode of src/lib/failure-modes.ts ("site down
 * after cert expired" for a report of "TLS handshake failures after the certificate lapsed").
 * A report whose lead states the mode (its title, summary, impact and the start of its body,
 * read by `recogniseFailureModes`, which wants a phrase pairing a thing with what happened to
 * it, not a lone word) carries these words in the hidden alias sentence where it lacks them.
 * One way, as concepts are: a report saying "disk full" is not made a report of every mode.
 *
 * Written for round 13 of docs/findability.md from general operations knowledge, not from any
 * query's miss; at most three words a mode, since each word added lowers pagefind's score of the
 * page's other words (round 11). Words shared by most reports ("outage", "down", "issue") are
 * left out: they would tell no report apart.
 */
export const failureModeWords: Readonly<Record<string, readonly string[]>> = {
  dns: ['domain not resolving'],
  'configuration-push': ['bad config'],
  'capacity-exhaustion': ['overloaded', 'too much traffic'],
  'connection-pool': ['too many connections'],
  'disk-full': ['disk full', 'out of space'],
  'dependency-outage': ['third party'],
  'network-partition': ['network down', 'cut off'],
  'power-cooling': ['power cut', 'blackout'],
  'hardware-failure': ['broken hardware', 'dead server'],
  'migration-lock': ['schema change', 'table locked'],
  'database-overload': ['db down'],
  'retry-storm': ['thundering herd'],
  'deployment-bug': ['bad deploy', 'rollback'],
  'time-clock': ['timezone'],
  'credential-expiry': ['password expired', 'login failed'],
  'rate-limit': ['throttled', 'quota'],
  'cpu-throttling': ['cpu starved'],
  'cache-failure': ['stale cache'],
  'queue-backlog': ['stuck jobs'],
  'load-balancer': ['load balancer'],
  'data-deletion': ['data loss', 'wiped'],
  ddos: ['flood of requests'],
};
