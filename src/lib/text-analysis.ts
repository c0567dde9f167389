import { stemmer } from 'stemmer';

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
  started start starting began begin beginning utc pst pdt est edt gmt today yesterday approximately
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
  morning afternoon evening night weekend monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec`.split(/\s+/).filter(Boolean),
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
    lb: ['load', 'balancer'], lbs: ['load', 'balancer'], elb: ['load', 'balancer'], alb: ['load', 'balancer'],
    gc: ['garbage', 'collection'],
    az: ['availability', 'zone'], azs: ['availability', 'zone'],
    timeouts: ['timeout'],
    '5xxs': ['5xx'], '500s': ['5xx'], '502': ['5xx'], '503': ['5xx'], '504': ['5xx'], '502s': ['5xx'], '503s': ['5xx'],
    mins: [], secs: [],
  }),
);

/** Multi-word spellings of one idea, joined before tokenizing so the words survive stop-wording. */
const phrases: readonly [RegExp, string][] = [
  [/\bout[\s-]+of[\s-]+memory\b/g, ' oom '],
  [/\btimed[\s-]+out\b/g, ' timeout '],
  [/\btime[\s-]+outs?\b/g, ' timeout '],
  [/\broll(?:ed|ing)?[\s-]+back\b/g, ' rollback '],
  [/\bon[\s-]+call\b/g, ' oncall '],
];

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

const tokenPattern = /[a-z0-9]+/g;

function normalizeText(text: string): string {
  let lower = text.toLowerCase();
  // NFKD splits accented letters into a base letter and a mark; skipped for plain ASCII (fast path).
  if (/[^\x00-\x7f]/.test(lower)) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc]/g, "'");
  lower = lower.replace(/'s\b/g, '').replace(/(\w)'(\w)/g, '$1$2');
  for (const [pattern, replacement] of phrases) lower = lower.replace(pattern, replacement);
  return lower;
}

function forEachToken(text: string, visit: (token: string) => void): void {
  for (const match of normalizeText(text).matchAll(tokenPattern)) visit(match[0]);
}

/** Whether a token is worth indexing: not a stop word, not a bare number, not one letter. */
export function isIndexable(token: string): boolean {
  return token.length > 1 && !stopWords.has(token) && !/^\d+$/.test(token);
}

/** Stems already computed: real prose repeats a few thousand words, and stemming is the hot path. */
const stemCache = new Map<string, string>();
const stemCacheLimit = 200_000;

/** Porter stem of a lowercased token; tokens with digits ("x509", "5xx") are kept as they are. */
export function stem(token: string): string {
  let stemmed = stemCache.get(token);
  if (stemmed === undefined) {
    stemmed = /^[a-z]+$/.test(token) ? stemmer(token) : token;
    if (stemCache.size >= stemCacheLimit) stemCache.clear();
    stemCache.set(token, stemmed);
  }
  return stemmed;
}

/**
 * Calls `visit(stem, word)` for each indexable token of `text` in order, after synonyms: `word`
 * is the token as written (lowercased), for showing to people; `stem` is what is compared.
 * The allocation-free form of {@link analyze}, for indexing large corpora.
 */
export function forEachTerm(text: string, visit: (stem: string, word: string) => void): void {
  forEachToken(text, (token) => {
    const canonical = canonicalTokens.get(token);
    if (canonical === undefined) {
      if (isIndexable(token)) visit(stem(token), token);
      return;
    }
    for (const form of canonical) if (isIndexable(form)) visit(stem(form), token);
  });
}

/** Stems of the indexable tokens of `text`, in order, with the surface word each came from. */
export function analyze(text: string): { stem: string; word: string }[] {
  const terms: { stem: string; word: string }[] = [];
  forEachTerm(text, (stemmed, word) => terms.push({ stem: stemmed, word }));
  return terms;
}
