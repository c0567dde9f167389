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
    says: ['disagree', 'diverged', 'out of sync'],
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
];
