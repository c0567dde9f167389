/**
 * The organisation's code names in identifiers that need no sentence around them (since probe
 * round 45, docs/redaction.md, "Probe round 45"; rounds 44's leftovers): a code name is also the
 * scope of the organisation's packages, the namespace of its metrics and the subject of its alerts,
 * and reports paste those alone, in code spans, queries, tables and action items:
 *
 * - a scoped npm package whose scope no widely used package has (`@heron/client`, `@tarnwick/config`):
 *   public scopes are read from npm's list (`npmPackageScopes`, scopes of packages downloaded 10,000
 *   times a month or more), since they are everyday and coined words as often as the
 *   organisation's (`@sentry`, `@tanstack`);
 * - a metric in snake case whose first part is a code name, whose other parts are all what
 *   metrics measure and whose last is a unit, a total or what is queued (`heron_queue_depth`,
 *   `sorrel_requests_failed_total`): public exporters' namespaces are the thing they watch or a
 *   product (`node_`, `http_`, `kube_`, `redis_`), and a setting's name ends otherwise
 *   (`chunk_limit_size`, `ramp_up_time`);
 * - an alert in CamelCase whose first part is a code name, with what alerts watch after it and a
 *   condition last (`MarrowQueueBacklog`, `HeronReplicaLagHigh`): round 44 read it only where the
 *   line called it an alert, as a CamelCase word is a type of code as often; a type does not end
 *   in what an alert says of its subject (Backlog, Pressure, High, Down, Lag, …).
 *
 * A code name is a rare English word that names nothing alerts watch (coined-alert-names.ts,
 * `isCodeNameHead`) or a coined word no list knows (`isCoinedPart`), and no word of a quality, an
 * act or a state by its ending (`ExternalServiceTimeout`, `communal_nodes_total`).
 */
import { allMatches } from '../regexp.ts';
import { alertSubjectWords, camelParts, isCodeNameHead, isCoinedPart } from './coined-alert-names.ts';
import { npmPackageScopes } from './registry-package-names.ts';
import { isPublicTerm } from './public-terms.ts';
import { isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isSystemOrTeamWord } from './system-nouns.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';

export interface CodeNameIdentifierMatch {
  rule: 'redact/internal-name';
  text: string;
  index: number;
  why: string;
}

/** A scope of letters, digits and hyphens (not `@10.0.0.0/28`, `@evil.com/x.txt`), the package's name and its version if pinned (`@kestrith/flags@3.1.0`). */
const scopedPackage = /(?<![\w@.\/:-])@([a-z][a-z0-9-]*)\/([a-z0-9][a-z0-9._-]*[a-z0-9])(?:@[\w.^~+-]*\w)?(?![\w.-])/g;
const snakeMetric = /(?<![\w.\/:@-])([a-z][a-z0-9]*(?:_[a-z0-9]+){2,})(?![\w\/@-])/g;
const camelToken = /(?<![\w.\/:@#-])(\p{Lu}\p{Ll}+(?:\p{Lu}+\p{Ll}*){2,})(?![\w\/@-])/gu;

/** What metrics measure and the units and suffixes Prometheus' conventions put after it. */
const metricWords = new Set([...alertSubjectWords,
  ...('total seconds second bytes count sum bucket depth ratio percent ms milliseconds age duration rate success successes failures failure attempts processed ' +
    'messages items events hits misses evictions open inflight flight waiting active idle current max min avg last timestamp created received sent ' +
    'retries retry pending backlog lag size length errors duration_seconds tasks runs calls').split(' ')]);
/** The folders of a web project that bundlers alias with an at sign (`@components/…`, `@lib/…`). */
const sourceFolderWords = new Set('components component lib libs utils util app src shared layouts layout assets styles style config hooks pages content data types store stores services helpers views modules features public static images icons scripts test tests fixtures'.split(' '));

/** What Prometheus' conventions put last in a metric's name: a unit, a counter's total, what is queued. */
const metricEndings = new Set('total seconds bytes count depth ratio lag errors failures ms milliseconds pending backlog inflight'.split(' '));
/**
 * A word that names a quality, an act or a state by its ending (`communal`, `active`, `external`,
 * `aggregated`, `inference`, `replication`): public metrics and alerts open with such words
 * ("communal_nodes_total", "ExternalServiceTimeout", "AggregatedAPIErrors"); a code name is a noun.
 */
const qualityEnding = /(?:al|ive|ed|ing|ence|ance|ment|tion|sion|ity|ous|ful|less|able|ible|ic|ary|ory|ent|ant)$/;

/** What alerts say of their subject, last in their names. */
const conditionWords = new Set(('backlog pressure high low down lag stuck failing failed errors saturated saturation full slow missing absent unreachable expiring ' +
  'expired burn spike dropped restarts crashlooping crashing latency exhausted throttling throttled degraded unhealthy timeout timeouts growing filling ' +
  'flapping overloaded behind delayed').split(' '));

const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);
/**
 * Since probe round 46 (round 45's leftover, `GarnetDiskPressure`): a given name opening an alert
 * or a metric, before what alerts watch and a condition, is a system a team named after a person
 * (as teams name machines), or a person; either is the organisation's. Not an everyday word a
 * given name is too ("Max", "Will", "Mark"), nor a system's noun or a public term.
 */
const isGivenNameHead = (head: string) =>
  /^\p{Lu}\p{Ll}{2,}$/u.test(head) && isKnownFirstName(head) && !isOrdinaryWord(head) && !isOrdinaryWord(head.toLowerCase()) && !isSystemOrTeamWord(head) &&
  !alertSubjectWords.has(head.toLowerCase());
/** The first part is a code name: a rare English word naming nothing alerts watch, a coined word or a given name. */
const opensWithCodeName = (parts: readonly string[], isPublicName: (text: string) => boolean) =>
  !isPublicTerm(parts[0]) && !isPublicName(parts[0]) && !qualityEnding.test(parts[0].toLowerCase()) &&
  (isCodeNameHead(parts, isPublicName) || isCoinedPart(parts[0], isPublicName) || isGivenNameHead(parts[0]));

/** The scoped packages, metrics and alerts one line names by a code name. */
export function findCodeNameIdentifiers(line: string, isPublicName: (text: string) => boolean): CodeNameIdentifierMatch[] {
  const found: CodeNameIdentifierMatch[] = [];
  const push = (text: string, index: number, why: string) => addUnlessSameStart(found, { rule: 'redact/internal-name', text, index, why });
  if (line.includes('@') && !/npmjs\.(?:com|org)\//.test(line)) {
    for (const m of allMatches(scopedPackage, line)) {
      const scope = m[1];
      // A folder's word is a bundler's alias of it (`@components/status`, `@lib/…`), no package's scope.
      if (npmPackageScopes.has(scope) || sourceFolderWords.has(scope) || isOrdinaryWord(scope) || isPublicTerm(scope) || isPublicName(scope) || isPublicName(m[0])) continue;
      push(m[0], m.index, 'a scoped package whose scope no widely used package has');
    }
  }
  if (line.includes('_')) {
    for (const m of allMatches(snakeMetric, line)) {
      const parts = m[1].split('_');
      if (parts.length < 3 || !/^[a-z]{4,}$/.test(parts[0]) || !parts.slice(1).every((part) => metricWords.has(part)) || !metricEndings.has(parts[parts.length - 1])) continue;
      if (opensWithCodeName(parts.map(capitalised), isPublicName)) push(m[1], m.index, 'a metric named after a code name');
    }
  }
  for (const m of allMatches(camelToken, line)) {
    const parts = camelParts(m[1]);
    const last = parts[parts.length - 1].toLowerCase();
    if (parts.length < 3 || !conditionWords.has(last) || !parts.slice(1, -1).every((part) => alertSubjectWords.has(part.toLowerCase())) || isPublicName(m[1])) continue;
    if (opensWithCodeName(parts, isPublicName)) push(m[1], m.index, 'an alert named after a code name');
  }
  return found;
}
