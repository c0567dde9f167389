import { escapeRegExp } from './regexp.ts';
import { negatedOutageWordsBlanked } from './negated-outage-words.ts';
import { builtInConcepts, failureModeWords, type SearchConcept } from './search-concepts.ts';
import { paraphraseAliasGroups, paraphraseWordFamilies } from './responder-paraphrases.ts';
/**
 * Other words responders type for what a postmortem says: abbreviations, spelling variants and
 * operations synonyms ("k8s" for Kubernetes, "pg" for Postgres, "ssl" for TLS, "sign-in" for
 * login). The search document of a postmortem that uses one spelling of a group also carries the
 * others (src/lib/search-document.ts), so a query in any spelling finds it; pagefind matches
 * words exactly (after stemming), so without them "k8s" finds nothing in a report that says
 * "Kubernetes". Vocabulary entries add their own `aliases:` (src/lib/vocabulary.ts).
 *
 * Groups hold words that mean the same thing to a responder. Related but different ideas stay
 * apart ("retry storm" and "thundering herd"), since merging them would make a query find
 * incidents it should not.
 */
export const builtInAliasGroups: readonly (readonly string[])[] = [
  ['kubernetes', 'k8s', 'kube'],
  ['database', 'db', 'databases'],
  ['postgres', 'postgresql', 'pg', 'psql'],
  ['tls', 'ssl', 'certificate', 'cert', 'certs', 'x509', 'https'],
  ['oom', 'oomkilled', 'oom-killed', 'out of memory', 'outofmemoryerror', 'heap exhausted'],
  ['5xx', '500', '502', '503', '504', 'server error', 'bad gateway', 'service unavailable', 'gateway timeout'],
  ['login', 'log in', 'logins', 'sign-in', 'sign in', 'signin', 'signed out', 'logged out', 'authentication'],
  ['latency', 'slow', 'slower', 'slowness', 'slowdown', 'slowed', 'response time'],
  ['stuck', 'stalled', 'stall', 'hung', 'hanging', 'frozen', 'wedged'],
  ['duplicate', 'double', 'twice', 'duplicated', 'copies', 'several times', 'multiple times', 'more than once'],
  ['charge', 'charged', 'payment', 'billing', 'renewal'],
  ['timeout', 'timeouts', 'timed out', 'time out', 'deadline exceeded'],
  ['rate limit', 'rate limited', 'rate-limit', 'ratelimit', 'throttled', 'throttling', '429', 'too many requests', 'quota'],
  ['disk full', 'disk is full', 'filesystem full', 'filesystem is full', 'no space left', 'out of space', 'enospc', 'out of disk', 'flood-stage', 'watermark'],
  ['pool', 'connection pool', 'too many connections', 'max_connections', 'pool exhausted', 'saturated'],
  ['load balancer', 'lb', 'elb', 'alb', 'ingress', 'loadbalancer'],
  ['deploy', 'deployment', 'release', 'rollout', 'roll out', 'deployed'],
  ['config', 'configuration', 'setting', 'settings'],
  ['email', 'e-mail', 'emails', 'e-mails', 'mail'],
  ['expired', 'expiry', 'expiration', 'expiring', 'lapsed'],
  // "fell over": a responder's idiom for a crash (round 15, docs/findability.md: "db fell over").
  ['crash', 'crashed', 'crashloop', 'crash loop', 'crashloopbackoff', 'crashing', 'fell over'],
  // The phrases a responder types for a lookup that fails ("pods can't resolve hostnames"): a
  // report saying only "DNS" carries their words, and one saying "name lookups" carries "dns".
  ['dns', 'nxdomain', 'servfail', 'resolver', 'name resolution', 'dns resolution', 'hostname resolution', 'dns lookup', 'name lookup', 'resolve hostnames', 'resolving hostnames'],
  ['redis', 'cache', 'memcached'],
  ['queue', 'backlog', 'consumer lag', 'dead-letter', 'dlq'],
  ['oversold', 'oversell', 'overselling', 'double reservation'],
  ['outage', 'down', 'downtime', 'unreachable', 'unavailable', 'offline'],
  // Load words of the eighth round's misses (docs/findability.md): "ci server unresponsive under
  // heavy load" found neither status update that says "overload" / "not responding". In the
  // 394 / 281 / 520 reports of three pools "overloaded" is in 21 / 4 / 2, "heavy load" in
  // 3 / 1 / 1, "not responding" in 4 / 0 / 4 ("stopped responding": none, as responders type it).
  ['overload', 'overloaded', 'overloading', 'high load', 'heavy load'],
  ['unresponsive', 'not responding', 'not responsive', 'non-responsive', 'stopped responding'],
  // A responder types "telephony"; status pages say "phone system", "phonelines".
  ['phone', 'phones', 'telephone', 'telephony', 'phone lines', 'phonelines'],
  // HTTP compression: a report says "gzip" (The Guardian's CDN switch that served assets
  // uncompressed), a responder types "compressed"; the query found nothing and "Did you mean"
  // offered "comprised" (docs/findability.md, sixth import round).
  ['gzip', 'gzipped', 'compression', 'compressed'],
  // Filler words of the same meaning: a query saying "problem" missed every report that says
  // "issue" (163 of 394 public reports say only "issue", 35 only "problem").
  ['issue', 'problem'],
  // Common in operations and security writing by other teams (measured on 110 public reports,
  // docs/findability.md). "dos" alone is left out: it is also a word of "to-dos" and of Spanish.
  // A phrase also matches its hyphenated spelling ("third-party"), so that is not listed.
  ['denial of service', 'ddos', 'dos attack'],
  // Compounds written as one word, two words or with a hyphen (a phrase also matches its
  // hyphenated spelling). Each was found in both spellings among 394 public reports of other
  // organisations (docs/findability.md, 2026-12-01): "datacenter" in 20 and "data center" in 10,
  // "shutdown" 19 / "shut down" 13, "healthcheck" 6 / "health check" 11, ... A query in one
  // spelling found none of the reports written in the other.
  // "colo" (round 37): a responder's word for a colocation datacenter ("colo lost electricity").
  ['datacenter', 'data center', 'datacentre', 'data centre', 'colo', 'colocation'],
  ['failover', 'fail over'],
  ['shutdown', 'shut down'],
  ['healthcheck', 'health check'],
  ['filesystem', 'file system'],
  ['disk space', 'diskspace'],
  ['readonly', 'read only'],
  ['frontend', 'front end'],
  ['backend', 'back end'],
  ['codebase', 'code base'],
  ['hostname', 'host name'],
  ['dataset', 'data set'],
  ['username', 'user name'],
  ['website', 'web site'],
  ['homepage', 'home page'],
  ['keepalive', 'keep alive'],
  ['workaround', 'work around'],
  ['hardcoded', 'hard coded'],
  ['cleanup', 'clean up'],
  ['timestamp', 'time stamp'],
  ['datastore', 'data store'],
  ['on-call', 'oncall'],
  ['peer-to-peer', 'p2p', 'peer-2-peer'],
  ['production', 'prod'],
  ['authentication', 'auth', 'authn'],
  ['credentials', 'credential', 'creds'],
  ['password', 'passwords', 'passwd'],
  ['github', 'gh'],
  ['pull request', 'pull requests', 'pr', 'merge request'],
  ['ci', 'continuous integration'],
  ['memory', 'ram', 'mem'],
  ['third party', '3rd party'],
  ['reboot', 'rebooted', 'rebooting', 'power cycle', 'power cycled'],
  ['isp', 'internet provider', 'internet service provider'],
  ['compromised', 'compromise', 'breach', 'breached', 'hacked', 'unauthorized access'],
  ['leaked', 'leak', 'exposed', 'exposure'],
  ['phishing', 'phish', 'phished'],
  ['mfa', '2fa', 'two-factor', 'multi-factor'],
  ['vm', 'vms', 'virtual machine'],
  ['account', 'accounts', 'acct'],
  ['404', 'not found'],
  ['403', 'forbidden', 'access denied', 'permission denied'],
  ['401', 'unauthorized', 'unauthenticated'],
  ['cron', 'crontab', 'cronjob', 'scheduled job'],
  ['backup', 'backups', 'back up', 'backed up'],
  ['rollback', 'roll back', 'rolled back', 'revert', 'reverted'],
  ['transaction', 'transactions', 'tx', 'txn'],
  ['cdn', 'content delivery network'],
  ['aws', 'amazon web services'],
  ['gcp', 'google cloud'],
  // Round 10 (docs/findability.md): words of the same failure that no group bridged, each written
  // both ways in the public reports of the search pools (counts in 394 / 281 / 520 / 68 reports).
  // A node's state: "NotReady" in 0 / 0 / 4 / 7, "not ready" in 2 / 0 / 3 / 1; "unready" as typed.
  ['not ready', 'notready', 'unready'],
  // The kernel's connection table: "conntrack" in 1 / 0 / 1 / 5; a responder spells it out.
  ['conntrack', 'connection tracking'],
  // "packet loss" in 5 / 25 / 4 / 1, "packet drops" in 0 / 2 / 0 / 0, "dropped packets" 1 / 0 / 0 / 0.
  ['packet loss', 'packet drops', 'dropped packets', 'packets dropped', 'lost packets', 'packets lost'],
  // Running out of room to schedule or run work, said a dozen ways ("resource exhaustion" 2 / 1 /
  // 1 / 2, "starvation" 3 / 1 / 2 / 0, "insufficient capacity" 0 / 2 / 0 / 0, "cluster is full"
  // 0 / 0 / 3 / 0): "cluster at capacity" found none of them (round 8 and 10 misses). "exhausted"
  // alone is left out: a pool, a quota or a budget is exhausted too.
  ['resource exhaustion', 'resources exhausted', 'exhausted resources', 'out of resources', 'resource starvation', 'starvation', 'starved', 'at capacity', 'out of capacity', 'insufficient capacity', 'cluster full', 'cluster is full'],
  // More traffic than planned, from a link or a launch: "traffic spike" 1 / 2 / 0 / 0, "spike in
  // traffic" 0 / 3 / 1 / 0, "surge in traffic" 2 / 1 / 0 / 0, "reddit hugs" (mybinder); a
  // responder types "went viral" or "hug of death", which no report says.
  ['traffic spike', 'spike in traffic', 'traffic surge', 'surge in traffic', 'surge of traffic', 'flood of traffic', 'influx of users', 'influx of traffic', 'went viral', 'hug of death', 'reddit hug', 'growth spike', 'spike in growth', 'sudden growth'],
  // A factor written in figures or words ("latency 10x higher", "x10 higher", "tenfold").
  ['10x', 'x10', 'ten times', 'tenfold'],
  // A responder's abbreviations and phrases for a report's wording (round 33, docs/findability.md).
  ...paraphraseAliasGroups,
];

/**
 * Word families that pagefind's stemmer (Snowball English) splits: a query word finds only the
 * forms that share its stem, so "failing" (stem "fail") missed every report that says only
 * "failure" ("failur"), and "failure" every report that says only "failed". Each family lists
 * its forms by the stem pagefind gives them, one list per stem; a report that uses any form
 * carries the first form of each other stem it lacks ("failed" brings "failure", "failure"
 * brings "fail"), so a query in any form finds it. Unlike an alias group, only one word per stem
 * is added: the stemmer finds the rest. Forms of the same stem ("failed", "failing") need no
 * alias and are listed only so that a report using them is recognised.
 *
 * Chosen by how often real reports use one side only (394 public reports of 5 organisations and
 * the 281 of the sixth import round, docs/findability.md): fail/failure (57 and 33 reports say
 * only "failure", 68 and 39 only a form of "fail"), break/broke/broken, recover/recovery,
 * send/sent. Irregular past forms are families for the same reason ("sent" is not stemmed to
 * "send"). Words that share a stem already ("expired"/"expiration", "degraded"/"degradation",
 * "corrupted"/"corruption") need nothing. lose/lost/loss was tried and left out: "packet loss"
 * and "data loss" are not "lost power", and "datacenter lost power" lost its first result.
 * pagefind also matches a query word as the prefix of a longer indexed word, so "failing"
 * (stem "fail") already found "failure" pages, ranked below exact matches; the other way
 * ("failure" for "failed") it found nothing.
 */
export const builtInWordFamilies: readonly (readonly (readonly string[])[])[] = [
  [['fail', 'fails', 'failed', 'failing'], ['failure']],
  [['break', 'breaks', 'breaking'], ['broke'], ['broken']],
  [['recover', 'recovers', 'recovered', 'recovering'], ['recovery', 'recoveries']],
  [['send', 'sends', 'sending'], ['sent']],
  // Irregular verbs, one stem per tense (eighth round, docs/findability.md): in the 394 / 281 /
  // 520 reports of three pools, "take" and never "took" in 41 / 33 / 44 reports, "took" and
  // never "take" in 44 / 4 / 11, "began" only in 94 / 8 / 6, ... Left out: run/ran (it made a
  // long runbook that says "run", "out of", "ip address" and "subnet" far apart an exact result
  // for "ran out of ip addresses in subnet", first above the report meant), build/built and
  // write/wrote ("build" and "writes" are mostly nouns of CI and databases), find/found,
  // leave/left, bind/bound, feed/fed (other words as often as the verb), go/went/gone ("go" is
  // two letters) and lose/lost/loss (see above).
  [['take', 'takes', 'taking'], ['took'], ['taken']],
  [['begin', 'begins', 'beginning'], ['began'], ['begun']],
  [['freeze', 'freezes', 'freezing'], ['froze'], ['frozen']],
  [['fall', 'falls', 'falling'], ['fell'], ['fallen']],
  [['throw', 'throws', 'throwing'], ['threw'], ['thrown']],
  [['steal', 'steals', 'stealing'], ['stole'], ['stolen']],
  [['keep', 'keeps', 'keeping'], ['kept']],
  [['bring', 'brings', 'bringing'], ['brought']],
  [['catch', 'catches', 'catching'], ['caught']],
  [['grow', 'grows', 'growing'], ['grew'], ['grown']],
  [['spin', 'spins', 'spinning'], ['spun']],
  // More irregular verbs of a responder's sentences (round 33, docs/findability.md).
  ...paraphraseWordFamilies,
];

/**
 * One alias word as a whole-word pattern ("rate limit" also matches "rate-limit"). The pattern's
 * look-behind defeats the regex engine's fast scan, so it runs only when a cheaper test cannot
 * decide: each part of the word made of letters and digits only must be one of the text's words
 * (maximal runs of letters and digits), since the pattern's boundaries and separators make every
 * part such a run; any other part must at least be a substring. A plain word (one such part) is
 * present exactly when it is one of the text's words.
 */
interface CompiledWord {
  word: string;
  /** The word's parts of letters and digits only, as ids in {@link knownRuns}. */
  runs: number[];
  /** Its other parts ("max_connections"). */
  substrings: string[];
  /** True when the word is a single run: the run test alone decides. */
  plain: boolean;
  /**
   * When the word (or a phrase's last word) is 3+ letters only, the ids of its plurals
   * ("certificates", "crashes", "data centers"): a report that writes only the plural uses the
   * word too (pagefind stems both alike). When it is an abbreviation or a number
   * ({@link isAbbreviationOrNumber}), the id of its "s" plural ("LBs", "500s").
   */
  plurals: number[];
  pattern: RegExp;
  /**
   * When the word starts with a run: that run's id, and the pattern without its look-behind,
   * sticky. A match can only start where that run starts one of the text's words, so the
   * pattern is tried there ({@link scanRuns} notes where), not at every character.
   */
  first: number;
  fromFirst?: RegExp;
}

/**
 * The runs (parts of letters and digits) of every word compiled so far, found in a text by a hash
 * computed while scanning it: a run of the text that no alias word has is skipped without
 * building a string for it. (A set of every word of the text, built for each search document,
 * was most of the time aliases took.)
 */
const knownRuns: string[] = [];
const runHashes: number[] = [];
let runSlots = new Int32Array(512).fill(-1);
/** Per run id, the scan that last saw it in its text ({@link scanRuns}). */
let runSeen = new Int32Array(512);
let scan = 0;
/**
 * Where each run seen by the last scan starts in its text, as linked lists: the last occurrence of
 * run `id` is `lastOccurrence[id]` (numbered from 1), and occurrence `o` is at
 * `occurrenceAt[o - 1]` with the one before it `previousOccurrence[o - 1]` (0 ends the list).
 */
let lastOccurrence = new Int32Array(512);
let occurrenceAt = new Int32Array(1024);
let previousOccurrence = new Int32Array(1024);

const hashStart = 0x811c9dc5;
/** One FNV-1a step (the scan below inlines it). */
const hashStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);

function findRun(text: string, start: number, end: number, hash: number): number {
  const mask = runSlots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const id = runSlots[slot];
    if (id < 0) return -1;
    if (runHashes[id] !== hash) continue;
    const run = knownRuns[id];
    if (run.length !== end - start) continue;
    let same = true;
    for (let k = 0; k < run.length && same; k++) same = run.charCodeAt(k) === text.charCodeAt(start + k);
    if (same) return id;
  }
}

function placeRun(id: number): void {
  const mask = runSlots.length - 1;
  let slot = runHashes[id] & mask;
  while (runSlots[slot] >= 0) slot = (slot + 1) & mask;
  runSlots[slot] = id;
}

/** The id of `run` (letters and digits only) in {@link knownRuns}, added when new. */
function runId(run: string): number {
  let hash = hashStart;
  for (let k = 0; k < run.length; k++) hash = hashStep(hash, run.charCodeAt(k));
  const found = findRun(run, 0, run.length, hash);
  if (found >= 0) return found;
  const id = knownRuns.length;
  knownRuns.push(run);
  runHashes.push(hash);
  if (knownRuns.length * 2 > runSlots.length) {
    runSlots = new Int32Array(runSlots.length * 2).fill(-1);
    for (let other = 0; other < knownRuns.length; other++) placeRun(other);
  } else placeRun(id);
  return id;
}

/**
 * Marks every known run that is one of `lower`'s words (maximal runs of `[a-z0-9]`): afterwards
 * `runSeen[id] === scan` exactly when `new Set(lower.match(/[a-z0-9]+/g))` would hold run `id`.
 */
function scanRuns(lower: string): void {
  if (runSeen.length < knownRuns.length) {
    runSeen = new Int32Array(runSlots.length);
    lastOccurrence = new Int32Array(runSlots.length);
  }
  let occurrences = 0;
  if (++scan > 0x3fffffff) {
    runSeen.fill(0);
    scan = 1;
  }
  const length = lower.length;
  let start = -1;
  let hash = 0;
  for (let at = 0; at <= length; at++) {
    const code = at < length ? lower.charCodeAt(at) : 0;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) {
        start = at;
        hash = hashStart;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    } else if (start >= 0) {
      const id = findRun(lower, start, at, hash);
      if (id >= 0) {
        if (runSeen[id] !== scan) {
          runSeen[id] = scan;
          lastOccurrence[id] = 0;
        }
        if (occurrences === occurrenceAt.length) {
          const grownAt = new Int32Array(occurrences * 2);
          grownAt.set(occurrenceAt);
          occurrenceAt = grownAt;
          const grownPrevious = new Int32Array(occurrences * 2);
          grownPrevious.set(previousOccurrence);
          previousOccurrence = grownPrevious;
        }
        occurrenceAt[occurrences] = start;
        previousOccurrence[occurrences] = lastOccurrence[id];
        lastOccurrence[id] = ++occurrences;
      }
      start = -1;
    }
  }
}

/**
 * Whether a word is an abbreviation or a number whose plural adds a bare "s": two or more letters
 * and digits with a digit or without a vowel ("lb", "db", "pr", "cdn", "5xx", "500", "x509"). Round
 * 21 (docs/findability.md): reports write "both LBs", "DBs", "PRs", "CDNs", "500s", and pagefind's
 * stemmer (Snowball) takes the "s" off only after a vowel, so "lbs" stays "lbs"; the 3+ letter rule
 * of {@link CompiledWord.plurals} did not reach them, and a report saying only "LBs" did not carry
 * "load balancer". A word with a vowel ("ci", "io") is left out: its "s" form is another word.
 */
export const isAbbreviationOrNumber = (word: string): boolean => /^[a-z0-9]{2,}$/.test(word) && (/\d/.test(word) || !/[aeiouy]/.test(word));

const compiledWords = new Map<string, CompiledWord>();
function compileWord(word: string): CompiledWord {
  let compiled = compiledWords.get(word);
  if (!compiled) {
    const tokens = word.toLowerCase().split(/[\s-]+/);
    const parts = tokens.filter(Boolean);
    const isRun = (part: string) => /^[a-z0-9]+$/.test(part);
    const last = tokens[tokens.length - 1];
    const pluralised = /^[a-z]{3,}$/.test(last);
    const abbreviation = !pluralised && isAbbreviationOrNumber(last);
    const body = `${tokens.map(escapeRegExp).join('[\\s-]+')}${pluralised ? '(?:e?s)?' : abbreviation ? 's?' : ''}(?![a-z0-9])`;
    compiled = {
      word,
      runs: parts.filter(isRun).map(runId),
      substrings: parts.filter((part) => !isRun(part)),
      plain: tokens.length === 1 && isRun(tokens[0]),
      plurals: pluralised ? [runId(`${last}s`), runId(`${last}es`)] : abbreviation ? [runId(`${last}s`)] : [],
      pattern: new RegExp(`(?<![a-z0-9])${body}`),
      first: isRun(tokens[0]) ? runId(tokens[0]) : -1,
      fromFirst: isRun(tokens[0]) ? new RegExp(body, 'y') : undefined,
    };
    compiledWords.set(word, compiled);
  }
  return compiled;
}

const compile = (groups: readonly (readonly string[])[]): CompiledWord[][] => groups.map((words) => words.map(compileWord));

const compiledBuiltIns = compile(builtInAliasGroups);
const compiledFamilies = builtInWordFamilies.map(compile);
interface CompiledConcept { cues: CompiledWord[]; says: CompiledWord[] }
const compileConcepts = (concepts: readonly SearchConcept[]): CompiledConcept[] =>
  concepts.map((concept) => ({ cues: concept.cues.map(compileWord), says: concept.says.map(compileWord) }));
const compiledConcepts = compileConcepts(builtInConcepts);

/** True when `lower` (already lower case, its words marked by {@link scanRuns}) holds `word` as a whole word or phrase. */
function contains(lower: string, word: CompiledWord): boolean {
  if (word.plain) return runSeen[word.runs[0]] === scan || word.plurals.some((plural) => runSeen[plural] === scan);
  // A phrase's last word may be written as its plural ("data centers"): the pattern allows it.
  const lastRun = word.plurals.length ? word.runs.length - 1 : -1;
  for (let i = 0; i < word.runs.length; i++) {
    if (runSeen[word.runs[i]] !== scan && !(i === lastRun && word.plurals.some((plural) => runSeen[plural] === scan))) return false;
  }
  if (!word.substrings.every((part) => lower.includes(part))) return false;
  if (!word.fromFirst) return word.pattern.test(lower);
  // The look-behind holds where a word of the text starts: the pattern is tried at each place
  // the text has its first run as a word.
  for (let occurrence = lastOccurrence[word.first]; occurrence !== 0; occurrence = previousOccurrence[occurrence - 1]) {
    word.fromFirst.lastIndex = occurrenceAt[occurrence - 1];
    if (word.fromFirst.test(lower)) return true;
  }
  return false;
}

/** Where {@link findAliases} reads concepts: what a report is about, and the concepts to read. */
export interface ConceptSource {
  /**
   * The text whose cues count (a report's title, summary and the start of its body,
   * src/lib/search-document.ts); the whole text when not given.
   */
  about?: string;
  /** The concepts, {@link builtInConcepts} when not given; `[]` reads none. */
  concepts?: readonly SearchConcept[];
  /**
   * Ids of the failure modes the report's lead states (src/lib/failure-modes.ts
   * `recogniseFailureModes` of `about`): each brings a responder's words for it.
   */
  failureModes?: readonly string[];
  /** A responder's words per failure mode id, {@link failureModeWords} when not given. */
  failureModeWords?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The alias words `text` does not contain, of every group it uses a word of, in group order, then
 * for each word family it uses ({@link builtInWordFamilies}) one form of each stem it lacks, then
 * the `says` words of each concept ({@link builtInConcepts}) whose cue `about` holds, where `text`
 * lacks them, then the words of each failure mode in `source.failureModes` ({@link failureModeWords}),
 * where `text` lacks them. `groups` adds groups of its own (vocabulary aliases) to the built-in ones.
 */
export function findAliases(text: string, groups: readonly (readonly string[])[] = [], source: ConceptSource = {}): string[] {
  // Since round 60 an outage word the text denies ("ohne geplante Downtime") is not read.
  const lower = negatedOutageWordsBlanked(text.toLowerCase());
  const vocabularyGroups = compile(groups);
  const concepts = source.concepts ? compileConcepts(source.concepts) : compiledConcepts;
  // Concepts whose cue the report's lead holds: read first, since the scan below is of the whole text.
  let cued: CompiledConcept[] = [];
  if (concepts.length) {
    const about = source.about === undefined ? lower : negatedOutageWordsBlanked(source.about.toLowerCase());
    scanRuns(about);
    cued = concepts.filter((concept) => concept.cues.some((cue) => contains(about, cue)));
  }
  // Every maximal run of letters and digits: exactly where a plain word's pattern can match.
  scanRuns(lower);
  const added = new Set<string>();
  for (const groups of [compiledBuiltIns, vocabularyGroups]) {
    for (const group of groups) {
      // Most groups have no word in the text: stop at the first word found, and only then add
      // the others (in group order).
      let used = false;
      for (let i = 0; i < group.length && !used; i++) used = contains(lower, group[i]);
      if (!used) continue;
      for (const word of group) if (!contains(lower, word)) added.add(word.word);
    }
  }
  for (const family of compiledFamilies) {
    const usedStems = family.map((forms) => forms.some((form) => contains(lower, form)));
    if (!usedStems.includes(true)) continue;
    family.forEach((forms, i) => {
      if (!usedStems[i]) added.add(forms[0].word);
    });
  }
  for (const concept of cued) for (const word of concept.says) if (!contains(lower, word)) added.add(word.word);
  const modeWords = source.failureModeWords ?? failureModeWords;
  for (const id of source.failureModes ?? []) {
    for (const words of Object.hasOwn(modeWords, id) ? modeWords[id] : []) {
      // pagefind matches words, not phrases: a phrase whose every word the page holds already
      // would find nothing new, and only lengthen the page (which lowers its other words' scores).
      if (words.toLowerCase().split(/[\s-]+/).filter(Boolean).every((part) => contains(lower, compileWord(part)))) continue;
      added.add(words);
    }
  }
  return [...added];
}

/**
 * A version number of three parts of at most 3 digits, with or without a leading "v". An IP
 * address has four parts and a date ("12.03.2025") a 4-digit part: neither is a version.
 */
const versionPattern = /(?<![\p{L}\p{N}.])(v?)(\d{1,3}\.\d{1,3}\.\d{1,3})(?![.\d]*\.\d|\p{L}|\d)/giu;

/**
 * The other spelling of each version number in `text` ("v0.19.0" for "0.19.0" and the reverse),
 * when the text lacks it, in order of appearance. pagefind indexes "v0.19.0" as "v0190" and its
 * parts, so a query "0.19.0" could not find it, nor "v2.2.0" a page saying "2.2.0"; responders
 * type both. Addresses of four numbers ("10.0.0.12") are not versions and are left alone.
 */
export function versionSpellings(text: string): string[] {
  if (!/\d\.\d/.test(text)) return [];
  const written = new Set<string>();
  const bare: string[] = [];
  for (const match of text.matchAll(versionPattern)) {
    written.add(`${match[1].toLowerCase()}${match[2]}`);
    bare.push(match[2]);
  }
  const other: string[] = [];
  for (const version of new Set(bare)) {
    for (const spelling of [version, `v${version}`]) if (!written.has(spelling) && !other.includes(spelling)) other.push(spelling);
  }
  return other;
}
