import { stemmer } from 'stemmer';
import { boundedMemo } from './bounded-memo.ts';
import { cjkWordsSpaced } from './cjk-words.ts';
import { isCjkWordCode, isCjkFunctionWord, cjkReportVocabulary } from './cjk-tokens.ts';
import { sharedDayAndMonthNames } from './date-and-time-words.ts';

/**
 * Words that carry no signal for telling incidents apart: English function words, plus the
 * vocabulary every postmortem shares whatever went wrong ("incident", "customers", "minutes",
 * "root cause", "we apologize", "mitigated"), which in real public write-ups is a large part of
 * the prose and would otherwise make every report look like every other.
 */
export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves us via per within without across around among onto upon
  yet still however thus therefore etc eg ie may might must shall let lets got get gets getting
  one two three four five six seven eight nine ten first second third new next last later earlier
  didnt doesnt dont wasnt werent isnt arent couldnt wouldnt shouldnt hasnt havent hadnt wont cant
  im ive weve were theyre thats theres its youre
  incident incidents outage outages disruption disruptions degradation degradations degraded event
  events customer customers user users client clients minute minutes hour hours time times
  team teams issue issues problem problems impact impacts impacted affected affecting affect
  started start starting began begin beginning today yesterday approximately
  acst awst kst hst akst nzst nzdt
  roughly min mins sec secs week weeks day days month months year years result results resulting note
  notes turned meant general lesson lessons valid green reach restored restore restoring
  expected number numbers thread went wrong well lucky learning learnings happened happen happens
  took take takes taking make makes made used use uses using need needs needed instead rather much
  many less least every whole part way ways
  service services system systems platform engineer engineers engineering oncall responder responders
  investigate investigated investigating investigation identified identify identifying resolved resolve
  resolving resolution mitigate mitigated mitigating mitigation root cause caused causes causing due
  following follow followed subsequently subsequent period elevated availability available unavailable
  apologize apologise apologies sorry inconvenience trust transparency update updates updated status
  post postmortem retrospective review summary overview background timeline action actions item items
  going forward ensure ensuring prevent preventing recurrence future steps step working work worked
  continue continued continuing monitor monitoring monitored confirmed confirm observed observe noticed
  began beginning shortly immediately quickly eventually fully partially partial full fix fixed fixes
  recover recovered recovery recovering normal normally operations operational experienced experience
  experiencing ongoing occurred occur occurs around including include includes specific specifically
  several various some small large significant significantly percent portion subset majority
  morning afternoon evening night weekend
  never ever always often sometimes already again back even like able unable really real actually
  fail fails failed failing failure failures error errors kept keep keeps saw see seen sees ran run
  runs running added add adds adding change changes changed changing old older newer plus set sets
  switched switch seconds value values based call calls called calling long longer grew grow grows
  show showed shown shows found find finds lot lots bit thing things point case cases mean means given
  came come comes goes going gone told tell tells asked ask knew know known think thought looked look
  looks tried try tries trying able put puts moved move moves turn turns help helped helps kind sure
  instead whether either neither another others something anything everything nothing
  probably likely possibly maybe perhaps basically essentially effectively overall original originally
  simply clearly unfortunately fortunately luckily hopefully say says said asks confident notice notices
  somewhat quite rather fairly pretty seem seems seemed since believe believes believed`.split(/\s+/).filter(Boolean)
    // days, months and the time zones the reasons beside similar links drop too (date-and-time-words.ts);
    // the zones above are this list's own (Australian, Korean, Hawaiian, Alaskan, New Zealand's)
    .concat(sharedDayAndMonthNames),
);

/**
 * Abbreviations and spelling variants that real write-ups use for the same thing, mapped to one
 * form before stemming ("DB" and "database", "k8s" and "Kubernetes", "cert" and "certificate").
 * Only true synonyms: related-but-different concepts ("retry storm" and "thundering herd") stay
 * apart, since merging them would also merge incidents that a human would keep apart.
 */
const canonicalTokens: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    db: ['database'], dbs: ['database'], rds: ['database'],
    postgresql: ['postgres'], pg: ['postgres'], psql: ['postgres'],
    k8s: ['kubernetes'], kube: ['kubernetes'],
    cert: ['certificate'], certs: ['certificate'], ssl: ['tls'],
    oomkilled: ['oom'], oomkill: ['oom'], oomkiller: ['oom'],
    config: ['configuration'], configs: ['configuration'], cfg: ['configuration'], conf: ['configuration'],
    misconfig: ['misconfiguration'], misconfigured: ['misconfiguration'],
    // Porter stems "deploy" to "deploi" but "deployment" to "deploy": one spelling for all.
    deploy: ['deployment'], deployed: ['deployment'], deploying: ['deployment'], deploys: ['deployment'],
    rollout: ['deployment'], rollouts: ['deployment'], redeploy: ['deployment'], redeployed: ['deployment'],
    expiry: ['expiration'], expiring: ['expiration'],
    auth: ['authentication'], authn: ['authentication'], sso: ['authentication'],
    creds: ['credential'], cred: ['credential'], passwd: ['password'],
    prod: ['production'], env: ['environment'], envs: ['environment'],
    conn: ['connection'], conns: ['connection'],
    req: ['request'], reqs: ['request'],
    msg: ['message'], msgs: ['message'],
    mem: ['memory'], ram: ['memory'],
    lb: ['loadbalancer'], lbs: ['loadbalancer'], elb: ['loadbalancer'], alb: ['loadbalancer'], nlb: ['loadbalancer'],
    gc: ['garbage', 'collection'],
    az: ['availability', 'zone'], azs: ['availability', 'zone'],
    timeouts: ['timeout'],
    '5xxs': ['5xx'], '500s': ['5xx'], '502': ['5xx'], '503': ['5xx'], '504': ['5xx'], '502s': ['5xx'], '503s': ['5xx'],
    mins: [], secs: [],
    '429': ['ratelimit'],
  }),
);

/**
 * Multi-word spellings of one idea, joined before tokenizing so the words survive stop-wording.
 * Each has a literal hint that every match of its pattern contains: the pattern only runs on texts
 * that contain it (a cheap test).
 */
const phrases: readonly [hint: string, pattern: RegExp, replacement: string][] = [
  ['memory', /\bout[\s-]+of[\s-]+memory\b/g, ' oom '],
  ['timed', /\btimed[\s-]+out\b/g, ' timeout '],
  ['time', /\btime[\s-]+outs?\b/g, ' timeout '],
  ['roll', /\broll(?:ed|ing)?[\s-]+back\b/g, ' rollback '],
  ['call', /\bon[\s-]+call\b/g, ' oncall '],
  ['balanc', /\bload[\s-]*balanc(?:er|ers|ing)\b/g, ' loadbalancer '],
  ['third', /\bthird[\s-]+part(?:y|ies)\b/g, ' thirdparty '],
  ['limit', /\brate[\s-]*limit(?:s|ed|ing|er|ers)?\b/g, ' ratelimit '],
  ['brain', /\bsplit[\s-]+brain\b/g, ' splitbrain '],
  ['no space', /\bno space left\b/g, ' enospc '],
  ['key', /\bapi[\s-]+keys?\b/g, ' apikey '],
  ['account', /\bservice[\s-]+accounts?\b/g, ' serviceaccount '],
  ['too many', /\btoo many (?:clients|connections)\b/g, ' maxconnections '],
  ['max_connections', /\bmax_connections\b/g, ' maxconnections '],
  ['herd', /\bthundering[\s-]+herd\b/g, ' herd '],
];

/**
 * Failure-mode concepts of operations work: words that name the same kind of failure in
 * different vocabularies ("lapsed" and "expired"; "SERVFAIL" and "resolver"; "throttled" and
 * "quota"). A word in a concept also yields the concept's term, so two reports of the same
 * failure mode share a term even when they share no word; the word's own term is kept too.
 * Matched by stem, so inflections count ("throttling", "throttled").
 */
const failureConcepts: Record<string, string> = {
  expiry: 'expired expire expires expiration lapsed lapse notafter',
  tls: 'certificate x509 tls handshake mtls acme letsencrypt intermediate',
  lock: 'lock locks locking locked deadlock deadlocks',
  schema: 'migration migrations migrate ddl alter schema constraint',
  pool: 'pool pools pgbouncer hikari maxconnections',
  dns: 'dns nxdomain servfail resolver resolvers nameserver nameservers dnssec coredns ttl cname ndots dnsmasq kubedns',
  configpush: 'configuration misconfiguration flag flags toggle toggles setting settings',
  retry: 'retry retries retried retrying backoff jitter reconnect reconnects reconnected reconnecting',
  surge: 'storm herd stampede amplification amplified',
  cache: 'cache caches cached caching memcached redis',
  memory: 'memory oom heap leak leaks leaked leaking garbage outofmemoryerror oomkill oomkilled oomkiller systemoom',
  disk: 'disk disks volume volumes inode inodes watermark enospc',
  vendor: 'vendor vendors provider providers thirdparty supplier',
  queue: 'queue queues backlog consumer consumers kafka sqs rabbitmq broker topic',
  network: 'bgp route routes routing prefix prefixes peer peering transit fiber fibre backbone router routers',
  ratelimit: 'ratelimit throttle throttled throttling quota quotas 429',
  credential: 'credential credentials secret secrets password passwords apikey serviceaccount revoked revoke revocation',
  clock: 'clock clocks ntp chrony skew drift drifted leap monotonic',
  capacity: 'capacity autoscaler autoscaling autoscale spike peak surge viral',
  failover: 'failover promoted promotion promote splitbrain orchestrator',
  // What kind of component failed, whatever its product name: a MySQL replica and a Postgres
  // query share #datastore, a DDoS and a leaked key share #attack. Measured on real reports
  // (docs/findability.md): +0.02 P@5 on graphrca, neutral on the other pools.
  datastore: 'database mysql postgres mongodb cassandra elasticsearch replica replicas replication shard shards sharding query queries table tables index indexes transaction sql',
  attack: 'attack attacker attackers malicious breach compromised exploit exploited vulnerability phishing ddos unauthorized hacked intrusion',
  codechange: 'bug bugs regression deployment release released patch update updated upgrade upgraded version code',
  hardware: 'hardware power generator ups datacenter cooling server servers rack firmware drive drives',
  connectivity: 'network networking packet packets latency switch switches cdn traffic conntrack snat nat cni iptables mtu',
};

/**
 * Which of a fixed list of ASCII literals occur in a text, found in one pass over it
 * (Aho–Corasick): the same answers as calling `text.includes(literal)` for each, for prefilters
 * that would otherwise scan a long text once per literal.
 */
export class LiteralSet {
  /** The literals, by index. */
  readonly literals: readonly string[];
  /**
   * Next state for each state and ASCII code, at `state * 128 + code`; other characters go back to
   * the start. Entries hold the next state times 128 (the index of its row), plus 1 when a literal
   * ends there, so the scan reads one array per character.
   */
  private readonly next: Int32Array;
  /** Literals ending at each state (those of its suffixes included), flat: `ends[endStart[s]..endStart[s + 1]]`. */
  private readonly ends: Int32Array;
  private readonly endStart: Int32Array;
  private readonly found: Uint8Array;

  constructor(literals: readonly string[]) {
    this.literals = literals;
    const children: number[][] = [new Array(128).fill(-1)];
    const own: number[][] = [[]];
    literals.forEach((literal, index) => {
      if (!/^[\x00-\x7f]+$/.test(literal)) throw new Error(`LiteralSet takes non-empty ASCII literals; got ${JSON.stringify(literal)}.`);
      let state = 0;
      for (let k = 0; k < literal.length; k++) {
        const code = literal.charCodeAt(k);
        if (children[state][code] < 0) {
          children[state][code] = children.length;
          children.push(new Array(128).fill(-1));
          own.push([]);
        }
        state = children[state][code];
      }
      own[state].push(index);
    });
    // Breadth first: each state's fallback (its longest proper suffix that is a state) is known before it.
    const states = children.length;
    const next = new Int32Array(states * 128);
    const fallback = new Int32Array(states);
    const ends: number[][] = own.map((list) => [...list]);
    const queue: number[] = [];
    for (let code = 0; code < 128; code++) {
      const child = children[0][code];
      next[code] = child < 0 ? 0 : child;
      if (child > 0) queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      ends[state].push(...ends[fallback[state]]);
      for (let code = 0; code < 128; code++) {
        const child = children[state][code];
        if (child < 0) next[state * 128 + code] = next[fallback[state] * 128 + code];
        else {
          next[state * 128 + code] = child;
          fallback[child] = next[fallback[state] * 128 + code];
          queue.push(child);
        }
      }
    }
    for (let at = 0; at < next.length; at++) next[at] = next[at] * 128 + (ends[next[at]].length ? 1 : 0);
    this.next = next;
    this.endStart = new Int32Array(states + 1);
    ends.forEach((list, state) => (this.endStart[state + 1] = this.endStart[state] + list.length));
    this.ends = Int32Array.from(ends.flat());
    this.found = new Uint8Array(literals.length);
  }

  /**
   * For each literal (by index), 1 when `text` contains it. The array is reused by the next call:
   * read it before calling again.
   */
  presentIn(text: string): Uint8Array {
    const { next, ends, endStart, found } = this;
    found.fill(0);
    let row = 0;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      const entry = code < 128 ? next[row + code] : 0;
      row = entry & -128;
      if (entry & 1) {
        const state = row >> 7;
        for (let k = endStart[state]; k < endStart[state + 1]; k++) found[ends[k]] = 1;
      }
    }
    return found;
  }
}

/**
 * Lowercased word tokens of `text`: runs of letters and digits, so "x509", "5xx", "http2" and
 * "us-east-1" → "us", "east", "1" stay searchable. Apostrophes are dropped inside words
 * ("didn't" → "didnt", "customer's" → "customer"). Hyphenated ids are split, not also joined:
 * their parts already match, and a joined form would count the same evidence twice.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  forEachToken(text, (token) => tokens.push(token));
  return tokens;
}

const phraseHints = new LiteralSet(phrases.map(([hint]) => hint));

/**
 * For each phrase, the later phrases whose hint its replacement may put into a text that lacked
 * it: a hint inside the replacement, or across either of its edges (an empty replacement joins
 * its neighbours, so it may make any). Computed from the table, so it stays right when it changes.
 */
const hintsMadeBy: readonly number[][] = phrases.map(([, , replacement], k) =>
  phrases.flatMap(([hint], j) => {
    if (j <= k) return [];
    let made = replacement === '' || replacement.includes(hint) || hint.includes(replacement);
    for (let cut = 1; cut < hint.length && !made; cut++) made = replacement.startsWith(hint.slice(cut)) || replacement.endsWith(hint.slice(0, cut));
    return made ? [j] : [];
  }));

function normalizeText(text: string): string {
  let lower = text.toLowerCase();
  // NFKD splits accented letters into a base letter and a mark; skipped for plain ASCII (fast path).
  // Chinese and Japanese runs are first split into their words (spaces between them), as the
  // search index splits them: they write no space between words (round 32 of docs/findability.md).
  // NFC afterwards puts a Kana's voiced mark back on it ("ド", not "ト" and U+3099), as the report wrote it.
  if (/[^\x00-\x7f]/.test(lower)) lower = cjkWordsSpaced(lower).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'");
  if (lower.includes("'")) lower = lower.replace(/'s\b/g, '').replace(/(\w)'(\w)/g, '$1$2');
  // Each pattern's matches contain its hint, so a phrase whose hint is absent changes nothing. The
  // hints are found in one pass over the text; a replacement that changed it marks the hints it
  // may have made (marking one too many only costs a replace that finds nothing).
  const present = phraseHints.presentIn(lower);
  for (let k = 0; k < phrases.length; k++) {
    if (!present[k]) continue;
    const [, pattern, replacement] = phrases[k];
    const replaced = lower.replace(pattern, replacement);
    if (replaced !== lower) for (const j of hintsMadeBy[k]) present[j] = 1;
    lower = replaced;
  }
  return lower;
}

/**
 * Calls `visit(token)` for each token of `text`, as {@link tokenize} splits it. With
 * {@link termsOfToken} this is the fast path for indexing: cache the terms per distinct token.
 */
export function forEachToken(text: string, visit: (token: string) => void): void {
  const normalized = normalizeText(text);
  // A character scan rather than a global regex: same tokens as /[a-z0-9]+/g (and the Chinese and
  // Japanese words normalizeText spaced apart), measurably faster.
  let start = -1;
  for (let at = 0; at <= normalized.length; at++) {
    const code = at < normalized.length ? normalized.charCodeAt(at) : 0;
    const isWordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0x3040 && isCjkWordCode(code));
    if (isWordChar) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      visit(normalized.slice(start, at));
      start = -1;
    }
  }
}

/**
 * Whether a token is worth indexing: not a stop word, not a bare number, not one letter (nor one
 * Chinese character), not a Japanese function word or a word every Chinese or Japanese report uses.
 */
export function isIndexable(token: string): boolean {
  return token.length > 1 && !stopWords.has(token) && !/^\d+$/.test(token) && !isCjkFunctionWord(token) && !cjkReportVocabulary.has(token);
}

/**
 * Porter stem of a lowercased token; tokens with digits ("x509", "5xx") are kept as they are.
 * Remembered: real prose repeats a few thousand words, and stemming is the hot path.
 */
export const stem: (token: string) => string = boundedMemo((token) => (/^[a-z]+$/.test(token) ? stemmer(token) : token), 200_000);

/** Stem → concept term ("#dns"); built lazily because it needs the stemmer. */
let conceptOfStem: Map<string, string> | undefined;

function conceptOf(stemmed: string): string | undefined {
  if (!conceptOfStem) {
    conceptOfStem = new Map();
    for (const [concept, words] of Object.entries(failureConcepts)) {
      for (const word of words.split(' ')) conceptOfStem.set(stem(word), `#${concept}`);
    }
  }
  return conceptOfStem.get(stemmed);
}

/**
 * Calls `visit(stem, word)` for each indexable token of `text` in order, after synonyms: `word`
 * is the token as written (lowercased), for showing to people; `stem` is what is compared.
 * The allocation-free form of {@link analyze}, for indexing large corpora.
 */
export function forEachTerm(text: string, visit: (stem: string, word: string) => void): void {
  forEachToken(text, (token) => {
    for (const term of termsOfToken(token)) visit(term, token);
  });
}

/**
 * The terms one token stands for, in order: after synonyms, the stem of each indexable form,
 * each followed by its failure-mode concept term ("#dns") when it has one. Empty for stop words
 * and numbers. Concept terms start with "#", which no stem can.
 */
export function termsOfToken(token: string): readonly string[] {
  const terms: string[] = [];
  for (const form of canonicalTokens.get(token) ?? [token]) {
    if (!isIndexable(form)) continue;
    const stemmed = stem(form);
    terms.push(stemmed);
    const concept = conceptOf(stemmed);
    if (concept !== undefined) terms.push(concept);
  }
  return terms;
}

/** Stems of the indexable tokens of `text`, in order, with the surface word each came from. */
export function analyze(text: string): { stem: string; word: string }[] {
  const terms: { stem: string; word: string }[] = [];
  forEachTerm(text, (stemmed, word) => terms.push({ stem: stemmed, word }));
  return terms;
}

/**
 * Distinct tokens of many texts as small integer ids, for indexing large corpora: the same tokens
 * as {@link forEachToken}, but a token already seen is found by a hash computed during the
 * character scan, without building a string for it (which, with a Map lookup, was most of the
 * time of similar incidents at 10,000 reports).
 */
export class TokenTable {
  /** The token of each id. */
  readonly tokens: string[] = [];
  /**
   * Open addressing, four numbers a slot: token id (-1: empty), hash, and where its characters
   * start and end in `chars`. Everything a lookup reads of a slot is in one place in memory,
   * which matters once the table outgrows the processor's caches (tens of thousands of tokens).
   */
  private slots = new Int32Array(4 << 16).fill(-1);
  private used = 0;

  private buffer = new Int32Array(4096);
  /**
   * The characters of every token, one after another: a candidate is compared against these
   * UTF-16 code units (16 bits: Chinese and Japanese words are tokens too), not against a string
   * that may be a slice of a long text.
   */
  private chars = new Uint16Array(1 << 18);
  private charsUsed = 0;

  /** Calls `visit(id, isNew)` for each token of `text`, in order. */
  forEachTokenId(text: string, visit: (id: number, isNew: boolean) => void): void {
    const ids = this.tokenIds(text);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      visit(id < 0 ? -id - 1 : id, id < 0);
    }
  }

  /**
   * The token ids of `text`, in order; a token seen for the first time is given as `-id - 1`.
   * The array is reused by the next call: read it before calling again.
   */
  tokenIds(text: string): Int32Array {
    const normalized = normalizeText(text);
    const length = normalized.length;
    let count = 0;
    let start = -1;
    let hash = 0;
    for (let at = 0; at <= length; at++) {
      const code = at < length ? normalized.charCodeAt(at) : 0;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0x3040 && isCjkWordCode(code))) {
        if (start < 0) {
          start = at;
          hash = 0x811c9dc5;
        }
        hash = Math.imul(hash ^ code, 0x01000193);
      } else if (start >= 0) {
        const found = this.find(normalized, start, at, hash);
        if (count === this.buffer.length) {
          const grown = new Int32Array(count * 2);
          grown.set(this.buffer);
          this.buffer = grown;
        }
        this.buffer[count++] = found < 0 ? -this.add(normalized, start, at, hash) - 1 : found;
        start = -1;
      }
    }
    return this.buffer.subarray(0, count);
  }

  private find(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const chars = this.chars;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const id = slots[at];
      if (id < 0) return -1;
      if (slots[at + 1] !== hash) continue;
      const from = slots[at + 2];
      if (slots[at + 3] - from !== length) continue;
      let k = 0;
      while (k < length && chars[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return id;
    }
  }

  private add(text: string, start: number, end: number, hash: number): number {
    const id = this.tokens.length;
    this.tokens.push(text.slice(start, end));
    const from = this.charsUsed;
    if (from + end - start > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.chars.length * 2, from + end - start));
      grown.set(this.chars);
      this.chars = grown;
    }
    // Tokens are runs of a-z and 0-9, so one byte holds each character.
    for (let k = start; k < end; k++) this.chars[this.charsUsed++] = text.charCodeAt(k);
    if (++this.used * 2 > this.slots.length >> 2) {
      const old = this.slots;
      this.slots = new Int32Array(old.length * 2).fill(-1);
      for (let at = 0; at < old.length; at += 4) if (old[at] >= 0) this.place(old[at], old[at + 1], old[at + 2], old[at + 3]);
    }
    this.place(id, hash, from, this.charsUsed);
    return id;
  }

  private place(id: number, hash: number, from: number, to: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let slot = hash & mask;
    while (slots[slot << 2] >= 0) slot = (slot + 1) & mask;
    const at = slot << 2;
    slots[at] = id;
    slots[at + 1] = hash;
    slots[at + 2] = from;
    slots[at + 3] = to;
  }
}

/** Words the phrase joining above makes, as people write them, for reasons shown on pages. */
const joinedWords: ReadonlyMap<string, string> = new Map([
  ['loadbalancer', 'load balancer'], ['thirdparty', 'third party'], ['ratelimit', 'rate limit'], ['splitbrain', 'split brain'],
  ['apikey', 'API key'], ['serviceaccount', 'service account'], ['maxconnections', 'max connections'], ['oncall', 'on-call'],
]);

/** A token as people write it ("loadbalancer" → "load balancer"); other tokens unchanged. */
export function displayWord(token: string): string {
  return joinedWords.get(token) ?? token;
}
