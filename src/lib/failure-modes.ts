import { LiteralSet } from './text-analysis.ts';
/**
 * Recognises common failure modes in incident prose ("the certificate expired", "connection pool
 * exhausted", "a bad config was pushed to every edge"). Pure and deterministic: the similarity
 * model names shared modes as reasons ("both: certificate expired"), and `npm run check` suggests
 * a trigger and tags from them. Each mode needs a phrase that states the failure, not a single
 * word, so that "window" or "lock screen" do not count: patterns pair a thing with what happened
 * to it.
 */
export interface FailureMode {
  /** Stable id ("certificate-expiry"). */
  id: string;
  /** What both reports share, in words, for reasons: "certificate expired". */
  label: string;
  /** The `trigger` category this mode suggests, when one fits. */
  trigger?: string;
  /** Tags this mode suggests (ids as in the example vocabulary; unknown ones are not suggested). */
  tags: readonly string[];
  /** Cheap literal tests: the patterns run only on texts containing one of them. */
  hints: readonly string[];
  patterns: readonly RegExp[];
}

/** One recognised mode in one text, with the words that showed it. */
export interface RecognisedFailureMode {
  id: string;
  label: string;
  /** The matched phrase, as written (trimmed, at most 80 characters). */
  evidence: string;
}

/** `a` and `b` within `gap` characters of each other, in either order, in one sentence. */
const near = (a: string, b: string, gap = 40) => new RegExp(`\\b(?:${a})\\b[^.!?\\n]{0,${gap}}?\\b(?:${b})\\b|\\b(?:${b})\\b[^.!?\\n]{0,${gap}}?\\b(?:${a})\\b`);

export const failureModes: readonly FailureMode[] = [
  {
    id: 'certificate-expiry', label: 'certificate expired', trigger: 'certificate', tags: ['tls', 'certificate'],
    hints: ['cert', 'tls', 'ssl', 'x509'],
    patterns: [near('certificates?|certs?|tls|ssl|x509', 'expir\\w*|lapsed|not ?after|renew\\w*')],
  },
  {
    id: 'dns', label: 'DNS resolution failed', trigger: 'dns', tags: ['dns'],
    hints: ['dns', 'nxdomain', 'servfail', 'resolver', 'nameserver'],
    patterns: [
      /\b(?:nxdomain|servfail)\b/,
      near('dns|nameservers?|resolvers?|dnssec|coredns|lookups?', 'fail\\w*|errors?|time ?outs?|timed out|stale|cached|caching|ttl|propagat\\w*|unreachable|saturat\\w*|resolution|records?|cutover', 30),
    ],
  },
  {
    id: 'configuration-push', label: 'bad configuration change', trigger: 'configuration', tags: ['config'],
    hints: ['config', 'flag', 'setting', 'typo', 'rule'],
    patterns: [
      near('config\\w*|settings?|feature flags?|flags?|rules?', 'bad|wrong|incorrect|invalid|erroneous|faulty|typo|mistake|malformed|pushed|push|propagat\\w*|change[ds]?|deploy\\w*', 30),
      /\bmisconfig\w*/,
    ],
  },
  {
    id: 'capacity-exhaustion', label: 'capacity ran out', trigger: 'capacity', tags: ['capacity'],
    hints: ['capacity', 'exhaust', 'overload', 'spike', 'saturat', 'limit', 'full'],
    patterns: [
      near('capacity|cpu|resources?|instances?|servers?|cluster|threads?|workers?', 'exhaust\\w*|ran out|run out|insufficient|saturat\\w*|overload\\w*|maxed', 30),
      /\b(?:traffic|load|demand|requests?) (?:spike|surge)\w*|\b(?:spike|surge) in (?:traffic|load|demand|requests)/,
      /\boverload(?:ed|ing)?\b/,
    ],
  },
  {
    id: 'connection-pool', label: 'connection pool exhausted', trigger: 'capacity', tags: ['connection-pool'],
    hints: ['pool', 'connection'],
    patterns: [near('connection pools?|(?:db|database) pools?|pgbouncer|hikari\\w*|max_?connections|connections', 'exhaust\\w*|saturat\\w*|ran out|limit|too many', 25)],
  },
  {
    id: 'disk-full', label: 'disk filled up', trigger: 'capacity', tags: ['disk'],
    hints: ['disk', 'space', 'volume', 'inode'],
    patterns: [near('disks?|volumes?|storage|inodes?|partition', 'full|filled|out of space|no space|ran out', 25), /\bno space left\b/],
  },
  {
    id: 'dependency-outage', label: 'a dependency failed', trigger: 'dependency', tags: ['third-party'],
    hints: ['provider', 'vendor', 'third', 'upstream', 'dependency'],
    patterns: [near('third[- ]party|upstream|provider|vendor|dependency|dependencies', 'outage|down|unavailable|failure|failed|degrad\\w*|incident', 30)],
  },
  {
    id: 'network-partition', label: 'network partition', trigger: 'network', tags: ['network'],
    hints: ['network', 'partition', 'bgp', 'route', 'fiber', 'packet', 'link', 'switch', 'router'],
    patterns: [
      /\b(?:network|netsplit) partition\w*|\bpartitioned\b|\bsplit[- ]brain\b/,
      /\bbgp\b|\broute leak|\bprefix(?:es)? (?:withdrawn|announce\w*)/,
      near('fib(?:er|re)|network links?|routers?|network switch(?:es)?', 'cut|failed|failure|flap\\w*|loss|down', 20),
      /\bpacket loss\b/,
    ],
  },
  {
    id: 'power-cooling', label: 'power or cooling failed', trigger: 'hardware', tags: ['datacenter'],
    hints: ['power', 'cooling', 'ups', 'generator', 'temperature', 'chiller', 'electric'],
    // "temperature" is also a language model's setting ("temperature: 0.2", "LLM の temperature を 0
    // に", "sampling temperature"): three Japanese drafts of an LLM app were proposed the tag
    // `datacenter` (adoption round 55). Not when a model's word is before it or a value of 0 to 2
    // just after it (a hall's is in degrees: "temperatures rose to 40°C").
    patterns: [/\b(?:power (?:outage|failure|loss|cut|supply)|power (?:was |had been )?(?:lost|failed|cut)|lost power|loss of (?:utility )?power|(?<!-)ups|generators?|cooling|chillers?|overheat\w*|(?<!(?:model|llm|sampling|decoding|generation|gpt)(?:'s)?[\s_-])temperatures?(?![^\n]{0,8}?(?<![\d.])[0-2](?:\.\d+)?(?![\d°]|\.\d))|electrical)\b/],
  },
  {
    id: 'hardware-failure', label: 'hardware failed', trigger: 'hardware', tags: ['hardware'],
    hints: ['disk', 'hardware', 'drive', 'nic', 'memory', 'ssd', 'raid', 'firmware'],
    patterns: [near('hardware|drives?|ssds?|raid|nic|firmware|controller', 'fail\\w*|faulty|fault|broke\\w*|defect\\w*|bug', 25)],
  },
  {
    id: 'migration-lock', label: 'migration held a lock', trigger: 'migration', tags: ['migration', 'locking'],
    hints: ['lock', 'migration', 'alter', 'ddl'],
    patterns: [near('migrations?|alter table|ddl|schema change', 'locks?|locked|locking|blocked|blocking', 60), /\bdeadlock\w*/, /\block (?:contention|wait)/],
  },
  {
    id: 'database-overload', label: 'database overloaded', trigger: 'database', tags: ['database'],
    hints: ['database', 'db', 'mysql', 'postgres', 'mongo', 'replica', 'primary', 'query', 'queries'],
    patterns: [near('databases?|db|mysql|postgres\\w*|mongo\\w*|replicas?|primary|queries|query', 'overload\\w*|slow|saturat\\w*|cpu|contention|replication lag|lag', 30)],
  },
  {
    id: 'memory-leak', label: 'memory leak or out of memory', tags: ['memory'],
    hints: ['memory', 'oom', 'heap', 'leak'],
    patterns: [/\bmemory leak\w*|\bleak\w* memory|\bout[- ]of[- ]memory\b|\boom\w*|\bheap (?:exhaust\w*|space)/],
  },
  {
    id: 'retry-storm', label: 'retry storm', tags: ['retries'],
    hints: ['retr', 'herd', 'storm', 'stampede', 'reconnect'],
    patterns: [/\bretry storm|\bretries (?:amplif\w*|overwhelm\w*|flood\w*)|\bthundering herd|\bstampede|\breconnect(?:ion)? storm|\bretr(?:y|ies|ied)[\s\S]{0,40}?\b(?:overwhelm\w*|amplif\w*|overload\w*|backoff)/],
  },
  {
    id: 'deployment-bug', label: 'a deploy shipped a bug', trigger: 'deployment', tags: ['deploy'],
    hints: ['deploy', 'release', 'rollout', 'roll', 'upgrade', 'bug'],
    patterns: [near('deploy\\w*|release[ds]?|rollout|upgrade[ds]?|new version|code change', 'bug|regression|defect|broke\\w*|crash\\w*|rolled back|roll(?:ed)? ?back', 40)],
  },
  {
    id: 'time-clock', label: 'clock or time handling', tags: ['time'],
    hints: ['clock', 'leap', 'ntp', 'time', 'date', 'year', 'daylight'],
    patterns: [/\bleap (?:second|year|day)|\bclock (?:skew|drift)|\bntp\b|\bdaylight saving|\btime ?zones?\b|\byear 20\d\d|\bdate (?:handling|bug|rollover)|\bfebruary 29|\bepoch\b/],
  },
  {
    id: 'credential-expiry', label: 'credential or key expired or was revoked', trigger: 'security', tags: ['credentials'],
    hints: ['token', 'key', 'credential', 'secret', 'password'],
    patterns: [near('tokens?|api keys?|credentials?|secrets?|passwords?', 'expir\\w*|revok\\w*|rotat\\w*|leak\\w*|exposed', 30)],
  },
  {
    // Throttled CPU is a container's CPU limit, not a request quota: "CPU throttling" made two
    // Kubernetes reports "both: rate limit or quota hit" with API rate-limit reports (round 10).
    id: 'rate-limit', label: 'rate limit or quota hit', tags: ['rate-limiting'],
    hints: ['rate', 'quota', 'throttl', '429'],
    patterns: [/\brate[- ]?limit\w*|\bquotas?\b|(?<!\bcpu[\s-])\bthrottl\w*\b(?![\s-]+(?:of[\s-]+)?(?:the[\s-]+)?cpu)|\b429\b/i],
  },
  {
    id: 'cpu-throttling', label: 'CPU throttled or starved', tags: ['capacity'],
    hints: ['cpu'],
    patterns: [near('cpu', 'throttl\\w*|starv\\w*|limits?|pegged|saturat\\w*', 20)],
  },
  {
    id: 'cache-failure', label: 'cache failed or was flushed', tags: ['cache'],
    hints: ['cache', 'redis', 'memcache'],
    patterns: [near('cache\\w*|redis|memcache\\w*', 'flush\\w*|evict\\w*|cold|miss\\w*|stampede|fail\\w*|invalidat\\w*|poison\\w*', 30)],
  },
  {
    id: 'queue-backlog', label: 'queue backlog', tags: ['queue'],
    hints: ['queue', 'backlog', 'consumer', 'kafka', 'lag'],
    patterns: [near('queues?|kafka|consumers?|topics?', 'backlog\\w*|lag\\w*|fell behind|stuck|poison', 30)],
  },
  {
    id: 'load-balancer', label: 'load balancer or routing failed', tags: ['load-balancer'],
    hints: ['balanc', 'lb', 'proxy', 'haproxy', 'nginx', 'envoy'],
    patterns: [near('load ?balanc\\w*|lbs?|proxy|proxies|haproxy|envoy|target groups?', 'fail\\w*|detach\\w*|unhealthy|drain\\w*|misrout\\w*|remov\\w*|deregist\\w*', 40)],
  },
  {
    id: 'data-deletion', label: 'data was deleted by mistake', tags: ['data-loss'],
    hints: ['delet', 'drop', 'truncat', 'wipe', 'rm -'],
    patterns: [/\b(?:accidental\w*|mistaken\w*|inadvertent\w*|wrong)[\s\S]{0,30}?\b(?:delet\w*|drop\w*|truncat\w*|wip\w*|remov\w*)|\b(?:deleted|dropped|wiped|truncated) (?:the )?(?:production|prod|live)|\brm -rf\b/],
  },
  {
    id: 'ddos', label: 'attack or abusive traffic', trigger: 'security', tags: ['security'],
    hints: ['ddos', 'attack', 'botnet', 'abuse', 'malicious'],
    patterns: [/\bddos\b|\bdenial[- ]of[- ]service|\bbotnet|\b(?:malicious|abusive) traffic|\battack(?:er|ers|ed)?\b/],
  },
];

/** Every mode's hints, found in a text in one pass: mode m's are literals `start[m]..start[m + 1]`. */
const hints = {
  literals: new LiteralSet(failureModes.flatMap((mode) => mode.hints)),
  start: failureModes.reduce((start, mode, m) => (start.push(start[m] + mode.hints.length), start), [0]),
};

/**
 * The failure modes `text` states, in the order of {@link failureModes}, each once, with the
 * first phrase that showed it.
 */
export function recogniseFailureModes(text: string): RecognisedFailureMode[] {
  const lower = text.toLowerCase();
  const found: RecognisedFailureMode[] = [];
  const present = hints.literals.presentIn(lower);
  for (let m = 0; m < failureModes.length; m++) {
    const mode = failureModes[m];
    let hinted = false;
    for (let k = hints.start[m]; k < hints.start[m + 1] && !hinted; k++) hinted = present[k] === 1;
    if (!hinted) continue;
    for (const pattern of mode.patterns) {
      const match = pattern.exec(lower);
      if (!match) continue;
      const evidence = text.slice(match.index, match.index + match[0].length).replace(/\s+/g, ' ').trim();
      found.push({ id: mode.id, label: mode.label, evidence: evidence.length > 80 ? `${evidence.slice(0, 77)}...` : evidence });
      break;
    }
  }
  return found;
}

/** The mode with this id. */
export function failureModeById(id: string): FailureMode | undefined {
  return failureModes.find((mode) => mode.id === id);
}
