import { escapeRegExp } from './regexp.ts';
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
  ['latency', 'slow', 'slowness', 'slowdown', 'slowed', 'response time'],
  ['stuck', 'stalled', 'stall', 'hung', 'hanging', 'frozen', 'wedged'],
  ['duplicate', 'double', 'twice', 'duplicated', 'copies', 'several times', 'multiple times', 'more than once'],
  ['charge', 'charged', 'payment', 'billing', 'renewal'],
  ['timeout', 'timeouts', 'timed out', 'time out', 'deadline exceeded'],
  ['rate limit', 'rate limited', 'rate-limit', 'throttled', 'throttling', '429', 'too many requests', 'quota'],
  ['disk full', 'no space left', 'enospc', 'out of disk', 'flood-stage', 'watermark'],
  ['pool', 'connection pool', 'too many connections', 'max_connections', 'pool exhausted', 'saturated'],
  ['load balancer', 'lb', 'elb', 'alb', 'ingress'],
  ['deploy', 'deployment', 'release', 'rollout', 'deployed'],
  ['config', 'configuration', 'setting', 'settings'],
  ['email', 'e-mail', 'emails', 'e-mails', 'mail'],
  ['expired', 'expiry', 'expiration', 'expiring', 'lapsed'],
  ['crash', 'crashed', 'crashloop', 'crashloopbackoff', 'crashing'],
  ['dns', 'nxdomain', 'servfail', 'resolver', 'name resolution'],
  ['redis', 'cache', 'memcached'],
  ['queue', 'backlog', 'consumer lag', 'dead-letter', 'dlq'],
  ['oversold', 'oversell', 'overselling', 'double reservation'],
  ['outage', 'down', 'unreachable', 'unavailable', 'offline'],
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
  /** The word's parts of letters and digits only. */
  runs: string[];
  /** Its other parts ("max_connections"). */
  substrings: string[];
  /** True when the word is a single run: the run test alone decides. */
  plain: boolean;
  pattern: RegExp;
}

const compiledWords = new Map<string, CompiledWord>();
function compileWord(word: string): CompiledWord {
  let compiled = compiledWords.get(word);
  if (!compiled) {
    const tokens = word.toLowerCase().split(/[\s-]+/);
    const parts = tokens.filter(Boolean);
    const isRun = (part: string) => /^[a-z0-9]+$/.test(part);
    compiled = {
      word,
      runs: parts.filter(isRun),
      substrings: parts.filter((part) => !isRun(part)),
      plain: tokens.length === 1 && isRun(tokens[0]),
      pattern: new RegExp(`(?<![a-z0-9])${tokens.map(escapeRegExp).join('[\\s-]+')}(?![a-z0-9])`),
    };
    compiledWords.set(word, compiled);
  }
  return compiled;
}

const compile = (groups: readonly (readonly string[])[]): CompiledWord[][] => groups.map((words) => words.map(compileWord));

const compiledBuiltIns = compile(builtInAliasGroups);

/** True when `lower` (already lower case, its words in `words`) holds `word` as a whole word or phrase. */
function contains(lower: string, words: ReadonlySet<string>, word: CompiledWord): boolean {
  if (!word.runs.every((run) => words.has(run))) return false;
  if (word.plain) return true;
  return word.substrings.every((part) => lower.includes(part)) && word.pattern.test(lower);
}

/**
 * The alias words `text` does not contain, of every group it uses a word of, in group order.
 * `groups` adds groups of its own (vocabulary aliases) to the built-in ones.
 */
export function findAliases(text: string, groups: readonly (readonly string[])[] = []): string[] {
  const lower = text.toLowerCase();
  // Every maximal run of letters and digits: exactly where a plain word's pattern can match.
  const words = new Set(lower.match(/[a-z0-9]+/g));
  const added = new Set<string>();
  for (const group of [...compiledBuiltIns, ...compile(groups)]) {
    const present = group.map((word) => contains(lower, words, word));
    if (!present.some(Boolean)) continue;
    group.forEach((word, i) => {
      if (!present[i]) added.add(word.word);
    });
  }
  return [...added];
}
