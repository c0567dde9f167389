import type { SearchConcept } from './search-concepts.ts';
/**
 * A responder's paraphrases of what a report writes, for the hidden "other spellings" sentence of
 * the search document (src/lib/search-document.ts), round 33 of docs/findability.md: the words an
 * on-call engineer types in their own terms ("nodes disagree", "signing up", "golang", "latency
 * spike", "missing") for what another team's report states in its own ("non-determinism",
 * "creating an account", "Go versions", "elevated latency", "not present").
 *
 * Three kinds, each read as its kind is read elsewhere (src/lib/search-aliases.ts):
 * - {@link paraphraseAliasGroups}: spellings of one thing, joined both ways (an abbreviation and
 *   its expansion, a phrase and its one-word form);
 * - {@link paraphraseWordFamilies}: irregular forms pagefind's stemmer does not join;
 * - {@link paraphraseConcepts}: one way only, from what a report's lead says (title, summary,
 *   impact, start of the body) to what a responder types for it.
 *
 * Round 37 added a responder's words for incident vocabulary that shares no word with them ("bad
 * job" for a poison pill, "network split" for a partition, "promoted" for a failover, "electricity"
 * for a power failure, "paid twice" for duplicate charges, "maxed out", "snowballed", "patching"),
 * and, from general operations vocabulary rather than any query's miss, a dozen symptoms more
 * (deadlock, clock skew, unicode, slow or dead disk, cable cut, weather).
 *
 * Chosen as general vocabulary (errno and protocol texts, common abbreviations of engineering
 * chat, irregular verbs), never a report's own name or product. A word that would land on most
 * reports is left out (every word added to a page lowers its other words' scores), and so is a
 * word with another common meaning ("go" for the language; "register" for sign-up, which is also a
 * CPU's or a domain's).
 */

export const paraphraseAliasGroups: readonly (readonly string[])[] = [
  // "vuln" is the security engineer's word: pagefind finds "vulnerability" from a query "vuln"
  // (a query word matches the start of a longer indexed word), but not the other way round.
  ['vulnerability', 'vulnerabilities', 'vuln', 'vulns'],
  // Signing up and creating an account are one act: "can't log in right after signing up" and
  // "despite just creating an account" (round 33 development miss).
  ['sign up', 'signup', 'signing up', 'signed up', 'sign-ups', 'signups', 'create an account', 'creating an account', 'created an account', 'account creation', 'new account'],
  // Abbreviations of engineering chat whose expansion a report writes (or the reverse). A query
  // "repo" already finds "repository" (the start of a longer word); "deps", "pkg" and "docs" are
  // no start of their expansion, and a report writing "repo" is found by "repository" only so.
  ['repository', 'repositories', 'repo', 'repos'],
  ['dependency', 'dependencies', 'deps'],
  ['package', 'packages', 'pkg', 'pkgs'],
  ['documentation', 'docs'],
  ['infrastructure', 'infra'],
  ['performance', 'perf'],
  // "db full" for "disk space exhausted": the storage ways of saying a disk filled (with "disk
  // full", which the group of src/lib/search-aliases.ts joins to its errno and filesystem words).
  ['disk full', 'disk space exhausted', 'storage exhausted', 'storage full', 'out of storage', 'ran out of disk space', 'ran out of storage'],
  // Round 37: abbreviations and their expansions, one thing each ("servers without error
  // correcting memory" for "didn't include ECC"; "os thread cap" for "an operating system
  // configuration"; "blue screen" for "BSOD").
  ['ecc', 'error correcting', 'error-correcting', 'error correction'],
  ['os', 'operating system', 'operating systems'],
  ['bsod', 'blue screen', 'blue screen of death', 'bluescreen'],
  // A chain's networks, written as one word or two.
  ['testnet', 'test net', 'test network', 'testnets'],
  ['mainnet', 'main net', 'main network'],
  // Round 39: a vendor by its short name in chat ("fb messages not syncing" for "Facebook service outage").
  ['facebook', 'fb'],
  // Round 40: the chat word for a page's web interface ("bodhi web ui broken" for "the bodhi web
  // interface is not working"), and the two names of a program reading pages en masse ("people
  // say some crawler thing" for "A.I. scrapers are hitting koji").
  ['web interface', 'web ui', 'webui'],
  ['scraper', 'scrapers', 'crawler', 'crawlers'],
];

/**
 * Irregular verbs a responder types in one tense and a report writes in another, one list per
 * stem pagefind gives (as {@link import('./search-aliases.ts').builtInWordFamilies}): "forgot to
 * renew" for "we forget to renew", "latency rose" for "rising latency", "paid twice" for "pay".
 */
export const paraphraseWordFamilies: readonly (readonly (readonly string[])[])[] = [
  [['forget', 'forgets', 'forgetting'], ['forgot'], ['forgotten']],
  [['rise', 'rises', 'rising'], ['rose'], ['risen']],
  [['pay', 'pays', 'paying'], ['paid']],
  [['spend', 'spends', 'spending'], ['spent']],
];

export const paraphraseConcepts: readonly SearchConcept[] = [
  // The Go language by its search-engine name: a report writes "Go 1.19", "go versions", "the Go
  // toolchain"; "go" alone is the verb and cannot be a cue. (When no page holds "golang", pagefind
  // lists the pages holding "go" for it, which is every page using the verb.)
  {
    name: 'the Go language',
    cues: ['goroutine', 'goroutines', 'go version', 'go versions', 'go toolchain', 'go compiler', 'go runtime', 'go module', 'go modules', 'written in go', 'go binary'],
    says: ['golang'],
  },
  // Replicas computing different results: a responder says the nodes "disagree" or "diverged".
  {
    name: 'nodes disagree',
    cues: ['non-determinism', 'nondeterminism', 'non-deterministic', 'nondeterministic', 'hash mismatch', 'apphash mismatch', 'state mismatch', 'checksum mismatch', 'split brain', 'split-brain', 'diverged', 'divergence'],
    says: ['disagree', 'diverged', 'out of sync', 'drifted'],
  },
  // Something expected was not there: a responder types "missing".
  {
    name: 'missing',
    cues: ['not present', 'was absent', 'were absent', 'was not included', 'were not included', "weren't included", 'not bundled', 'was not found', 'were not found', 'does not exist', 'did not exist', "didn't exist", 'no such table', 'no such file', 'enoent'],
    says: ['missing'],
  },
  // A dependency scanner's finding, in a responder's words.
  {
    name: 'dependency scanner',
    cues: ['snyk', 'dependabot', 'trivy', 'grype', 'npm audit', 'yarn audit', 'pip-audit', 'osv-scanner', 'dependency-check'],
    says: ['security scanner', 'vulnerable dependency', 'outdated'],
  },
  // A new version installed is an upgrade to a responder, whatever the report calls it.
  {
    name: 'version update is an upgrade',
    cues: ['version update', 'binary update', 'software update', 'firmware update', 'kernel update', 'package update', 'client update', 'node update', 'tool update', 'updated the binary', 'updating the binary', 'updated to version', 'update to version', 'version bump', 'bumped the version'],
    says: ['upgrade', 'upgraded'],
  },
  // A measure that went up: a responder says it "spiked".
  {
    name: 'spike',
    cues: ['elevated latency', 'increased latency', 'latency increase', 'latency increased', 'higher latency', 'high latency', 'elevated error rate', 'elevated error rates', 'increased error rate', 'increased error rates', 'error rate increased', 'elevated errors', 'increased errors', 'surge in errors', 'jump in latency'],
    says: ['spike', 'spiked'],
  },
  // Round 37 (docs/findability.md): the misses of round 37's development queries on text of
  // eight other collections, each kept to the failure or the component as an on-call responder
  // names it in chat, never a report's own name ("a single bad job kept killing every worker" for
  // "a poison pill in the async workers queue").
  {
    name: 'poison message',
    cues: ['poison pill', 'poison pills', 'poison message', 'poison messages', 'poisoned message', 'poison-pill'],
    says: ['bad message', 'bad job'],
  },
  // Service discovery named by its product: a responder says what it does.
  {
    name: 'service discovery by product',
    cues: ['consul', 'eureka', 'service discovery', 'service mesh'],
    says: ['service registry'],
  },
  {
    name: 'theft',
    cues: ['stolen', 'stole', 'steal', 'stealing', 'theft', 'embezzled'],
    says: ['thieves', 'theft'],
  },
  // A partition is a split to a responder; one side often goes on alone ("split brain").
  {
    name: 'network split',
    cues: ['network partition', 'network partitions', 'partitioned network', 'netsplit', 'net split'],
    says: ['network split', 'split brain'],
  },
  // A failover makes a replica the primary: "promoted" in a responder's words.
  {
    name: 'promotion',
    cues: ['failover', 'fail over', 'failed over', 'new master', 'new primary'],
    says: ['promoted', 'promotion'],
  },
  // The older names of database roles, in reports written before the renaming.
  {
    name: 'primary by its older name',
    cues: ['master database', 'master db', 'mysql master', 'database master', 'db master', 'master server', 'master node', 'master nodes', 'new master', 'redis master'],
    says: ['primary'],
  },
  { name: 'replica by its older name', cues: ['slave', 'slaves'], says: ['replica', 'replicas'] },
  {
    name: 'malicious software',
    cues: ['malicious', 'malware', 'backdoor', 'backdoored', 'trojanized'],
    says: ['trojan', 'virus'],
  },
  // Mail named by its product or provider.
  {
    name: 'email by product',
    cues: ['gmail', 'outlook', 'hotmail', 'exchange online', 'sendgrid', 'mailgun', 'postmark', 'mailchimp'],
    says: ['email'],
  },
  // Routes a network announces: BGP's prefixes and advertisements are "routes" to a responder.
  {
    name: 'routes',
    cues: ['bgp', 'border gateway protocol', 'prefixes', 'advertised prefixes', 'route advertisements', 'bgp announcements', 'ip blocks', 'anycast'],
    says: ['routes', 'routing'],
  },
  // "Wrong" is what a responder types for what a report calls incorrect or erroneous.
  {
    name: 'wrong',
    cues: ['incorrect', 'incorrectly', 'erroneous', 'erroneously', 'inaccurate', 'miscalculated', 'miscalculation'],
    says: ['wrong'],
  },
  // A limit reached: "maxed out". ("maxed" alone already finds "maximum", pagefind matching a
  // query word's stem as the start of a longer word; "hit the limit" and the rest it does not.)
  {
    name: 'maxed out',
    cues: ['hit the limit', 'maximum number', 'exceeded the maximum', 'reached the maximum', 'hit its limit', 'reached its limit', 'limit was reached', 'exceeded the limit', 'exceeded the limits', 'integer limit', 'allowable value', 'at capacity'],
    says: ['maxed out'],
  },
  // Ids running out: a key column at its type's largest value.
  {
    name: 'ids ran out',
    cues: ['primary key', 'integer limit', 'signed integer', 'auto-increment', 'auto_increment', 'autoincrement', 'sequence exhausted'],
    says: ['id column', 'ran out of ids'],
  },
  // Electricity: the report says power failed; a responder says the electricity went.
  {
    name: 'electricity',
    cues: ['power failure', 'power failures', 'power outage', 'power outages', 'loss of power', 'lost power', 'power loss', 'power cut', 'power interruption', 'utility power', 'power grid', 'mains power'],
    says: ['electricity', 'lost power'],
  },
  // Retries without waiting between them.
  {
    name: 'retries without backoff',
    cues: ['backoff', 'back off', 'back-off', 'exponential backoff', 'jitter'],
    says: ['retry storm', 'immediate retries'],
  },
  // Money taken more than once: "paid twice", "double charge" to a customer and a responder.
  {
    name: 'charged more than once',
    cues: ['multiple charges', 'charged multiple times', 'charged twice', 'double charged', 'double-charged', 'duplicate charges', 'duplicate charge', 'duplicate payment', 'duplicate payments', 'charged again', 'billed twice', 'billed again'],
    says: ['paid twice', 'double charge', 'money'],
  },
  // Failures that spread: a responder says it "snowballed".
  {
    name: 'snowballed',
    cues: ['cascading', 'cascade', 'cascaded', 'domino effect', 'knock-on'],
    says: ['snowballed', 'knock-on'],
  },
  {
    name: 'rebooted on its own',
    // A status page's "unexpected restart" of instances is the same event (round 41: "vms rebooted by
    // themselves" did not list "Unexpected instance restarts"); "restart" alone is mostly planned.
    cues: ['unplanned reboot', 'unplanned reboots', 'unplanned node reboots', 'unexpected reboot', 'unexpected reboots', 'rebooted unexpectedly', 'unexpectedly rebooted', 'spontaneous reboot', 'spontaneously rebooted', 'unexpected restart', 'unexpected restarts', 'restarted unexpectedly', 'unexpectedly restarted', 'unplanned restart', 'unplanned restarts'],
    says: ['rebooted on its own', 'rebooted by itself', 'rebooted by themselves', 'random reboots'],
  },
  {
    name: 'leap second',
    cues: ['leap second', 'leap seconds', 'leap-second'],
    says: ['extra second', 'added second'],
  },
  // Updates applied to machines: "patching" in a responder's words.
  {
    name: 'patching',
    cues: ['kernel update', 'kernel updates', 'kernel upgrade', 'security updates', 'security update', 'security patches', 'os updates', 'os update', 'unattended upgrades', 'unattended-upgrades'],
    says: ['patching', 'patched'],
  },
  // GitOps named by its tools.
  { name: 'gitops by product', cues: ['argocd', 'argo cd', 'fluxcd', 'flux cd'], says: ['gitops'] },
  // Packages named by their ecosystem's word for one.
  {
    name: 'package by its ecosystem word',
    cues: ['crate', 'crates', 'rubygem', 'rubygems', 'gem', 'gems', 'wheel', 'wheels', 'formula', 'formulae', 'nuget package'],
    says: ['package', 'packages'],
  },
  // The machines people work on: "pcs" to a responder.
  {
    name: 'desktop computers',
    cues: ['windows machines', 'windows computers', 'windows hosts', 'windows pcs', 'workstations', 'desktops', 'laptops', 'endpoints'],
    says: ['pcs', 'computers'],
  },
  // A configuration that was wrong: "misconfigured" in a responder's words.
  {
    name: 'misconfigured',
    cues: ['bad config', 'bad configuration', 'wrong config', 'wrong configuration', 'faulty config', 'faulty configuration', 'configuration error', 'config error', 'incorrect configuration', 'configured incorrectly', 'incorrectly configured'],
    says: ['misconfigured', 'misconfiguration'],
  },
  // Round 37, from general operations vocabulary rather than any query's miss: how a responder
  // names a symptom whose report states it in an engineer's terms.
  {
    name: 'hung',
    cues: ['deadlock', 'deadlocked', 'deadlocks', 'lock contention', 'livelock'],
    says: ['hung', 'froze'],
  },
  {
    name: 'crashed',
    cues: ['null pointer', 'nullpointerexception', 'null pointer exception', 'segfault', 'segmentation fault', 'sigsegv', 'unhandled exception', 'stack overflow', 'double free'],
    says: ['crashed'],
  },
  {
    name: 'wrong time',
    cues: ['clock skew', 'clock drift', 'ntp', 'time drift', 'time synchronization', 'time sync'],
    says: ['wrong time', 'clock off'],
  },
  {
    name: 'clocks changed',
    cues: ['daylight saving', 'daylight savings', 'dst change', 'dst transition', 'summer time'],
    says: ['clocks changed', 'clock change'],
  },
  {
    name: 'special characters',
    cues: ['unicode', 'utf-8', 'utf8', 'non-ascii', 'diacritic', 'diacritics', 'character encoding', 'emoji'],
    says: ['special characters', 'accented letters'],
  },
  {
    name: 'password change',
    cues: ['password rotation', 'rotated password', 'rotated passwords', 'credential rotation', 'credentials rotation', 'key rotation', 'secret rotation', 'rotating credentials'],
    says: ['password change', 'new password'],
  },
  {
    name: 'slow disk',
    cues: ['iops', 'iowait', 'io wait', 'i/o wait', 'disk latency', 'i/o errors', 'io errors', 'i/o latency'],
    says: ['slow disk'],
  },
  {
    name: 'dead disk',
    cues: ['disk failure', 'disk failures', 'drive failure', 'failed disk', 'failed drive', 'faulty disk', 'hardware failure', 'hardware fault', 'faulty hardware', 'storage volume failure'],
    says: ['dead disk', 'broken hardware'],
  },
  {
    name: 'cable cut',
    cues: ['fiber cut', 'fibre cut', 'cable cut', 'severed cable', 'fiber path', 'fibre path', 'cut fiber', 'cut fibre'],
    says: ['cable cut', 'line cut'],
  },
  {
    name: 'weather',
    cues: ['lightning', 'severe weather', 'storm', 'storms', 'hurricane', 'typhoon', 'heat wave', 'flooding', 'bad weather'],
    says: ['weather'],
  },
  {
    name: 'traffic spike from marketing',
    cues: ['marketing campaign', 'flash sale', 'ad campaign', 'advertising campaign', 'tv advert', 'promotional campaign'],
    says: ['traffic spike', 'rush'],
  },
  // Round 39 (docs/findability.md), from its development misses: mail by its direction, as a
  // responder names it ("outgoing mail failing" for "issues with sending emails"), and a
  // certificate a client refuses ("bad cert" for "invalid certificate").
  {
    name: 'outgoing mail',
    cues: ['sending emails', 'sending email', 'sending e-mails', 'sending mail', 'sending mails', 'outbound email', 'outbound emails', 'outbound mail', 'smtp relay'],
    says: ['outgoing mail', 'outgoing'],
  },
  {
    name: 'incoming mail',
    cues: ['receiving emails', 'receiving email', 'receiving e-mails', 'receiving mail', 'fetching emails', 'inbound email', 'inbound emails', 'inbound mail'],
    says: ['incoming mail', 'incoming'],
  },
  {
    name: 'bad certificate',
    cues: ['invalid certificate', 'invalid certificates', 'invalid cert', 'certificate is invalid', 'certificate was invalid', 'certificate error', 'certificate errors', 'untrusted certificate', 'bad_cert'],
    says: ['bad cert', 'bad certificate'],
  },
];
