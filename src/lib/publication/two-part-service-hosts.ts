/**
 * A service or database machine named by one English word and what it is (`orders-db`,
 * `billing-api`, `auth-svc`, `payments-worker`), written bare in prose with no noun after it
 * (since probe round 32, docs/redaction.md, "Probe round 32"). workload-names.ts reads such a
 * compound before "service" or a Kubernetes kind, database-host-names.ts one of three parts with
 * a replication role; alone ("Writes to orders-db stalled") it was published. The suffix is the
 * sign: `-db`, `-api`, `-svc` and `-worker` name the organisation's own process or machine, and
 * the word before it names the system it serves.
 *
 * Not read: a public term or tool's name before the suffix or as the whole (`graphql-api`,
 * `redis-db`, `celery-worker`, `cloudflare-worker`), a word naming a kind of interface rather than
 * a system (`rest-api`, `web-api`, `public-api`, `admin-api`, `test-db`), a word no dictionary
 * knows (the code-name rules judge it), a compound inside a path, host, address, package or
 * longer identifier, and one in a code span (measured: a database's blog names its own public
 * thread `snap-worker` so; a code span before "deployment" or "service" is workload-names.ts's).
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { brandNames } from './brand-names.ts';
import { opensWithPublicTool } from './workload-names.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { isInsideCodeSpan } from './open-code-span.ts';

const suffix = 'db|api|svc|worker';
/** One lower-case word and the suffix, not inside a path, host, address or longer identifier (a sentence's full stop may follow). */
const twoPartName = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/@:#=~$%+-])([a-z]{3,})-(${suffix})(?![\p{L}\p{N}_\/:@=-]|\.[\p{L}\p{N}])`, 'gu');

export const cuedTwoPartServiceHost: CuedPattern = { name: 'a service machine of one word and its suffix', cue: new RegExp(String.raw`-(?:${suffix})\b`), pattern: twoPartName };

/** Words naming a kind of interface, an environment or a placeholder rather than a system the organisation runs. */
export const genericFirstWord = /^(?:rest|restful|web|http|https|json|xml|soap|rpc|public|private|internal|external|open|admin|user|users|client|server|mock|fake|test|tests|testing|demo|example|sample|dummy|my|your|our|new|old|main|core|base|local|remote|dev|prod|staging|stage|live|read|write|async|sync|cloud|app|native|backend|frontend|front|back|data|graph|vector|time|key|value|document|object|relational|embedded|memory|file|flat|shared|single|multi|global|legacy|next|default|custom|generic|simple|tiny|small|big|full|partial|raw|static|dynamic|search|stream|batch|background|job|jobs|task|tasks|queue|cron|edge|service|micro|third|party|platform|system|browser|mobile|desktop|plugin|extension|package|library|language|model|query|admin|management|control|status|health|metrics|debug|legacy|storage|source|target|upstream|downstream|primary|replica|standby|master|slave|leader|follower|secondary)$/;

/** The service machines named by one word and a suffix on one line. */
export function findTwoPartServiceHosts(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const ordinaryWord = (word: string) => isEnglishWord(word) && !genericFirstWord.test(word) && !isPublicTerm(word) && !brandNames.has(word);
  return findServicesNamedByAWord(line, cuedTwoPartServiceHost, ordinaryWord, isPublicName, 'a service machine named by a word and what it is');
}

/**
 * The services a cued pattern names on one line of prose, a word and what the service is or does
 * (`ledger-api`, `zarnith-sync`): each match's first group the whole name, its second the word,
 * which `namesAService` judges (this file's rule and code-name-service-hosts.ts', which wrote the
 * same loop apart until session 56's review). A public term, tool or name is none.
 */
export function findServicesNamedByAWord(line: string, cued: CuedPattern, namesAService: (word: string) => boolean, isPublicName: (text: string) => boolean, why: string): NamedSystemMatch[] {
  if (!cued.cue.test(line)) return [];
  const found: NamedSystemMatch[] = [];
  for (const m of allMatches(cued.pattern, line)) {
    const [name, word] = m;
    // In a code span it names a program's part as often (a public project's thread or module: `snap-worker`); the workload rules read code spans before a noun.
    if (isInsideCodeSpan(line, m.index!)) continue;
    if (!namesAService(word) || isPublicTerm(name) || opensWithPublicTool(name) || isPublicName(name)) continue;
    found.push({ rule: 'redact/internal-name', text: name, index: m.index!, why });
  }
  return found;
}
