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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrasePattern = (phrase: string) =>
  new RegExp(`(?<![a-z0-9])${phrase.split(/[\s-]+/).map(escapeRegExp).join('[\\s-]+')}(?![a-z0-9])`);

interface CompiledGroup {
  words: readonly string[];
  patterns: RegExp[];
}

const compile = (groups: readonly (readonly string[])[]): CompiledGroup[] =>
  groups.map((words) => ({ words, patterns: words.map((word) => phrasePattern(word.toLowerCase())) }));

const compiledBuiltIns = compile(builtInAliasGroups);

/**
 * The alias words `text` does not contain, of every group it uses a word of, in group order.
 * `groups` adds groups of its own (vocabulary aliases) to the built-in ones.
 */
export function findAliases(text: string, groups: readonly (readonly string[])[] = []): string[] {
  const lower = text.toLowerCase();
  const added = new Set<string>();
  for (const group of [...compiledBuiltIns, ...compile(groups)]) {
    const present = group.patterns.map((pattern) => pattern.test(lower));
    if (!present.some(Boolean)) continue;
    group.words.forEach((word, i) => {
      if (!present[i]) added.add(word);
    });
  }
  return [...added];
}
