/**
 * An alert named after a coined system, with no system named by it (since probe round 39b,
 * docs/redaction.md, "Probe round 39b"): "`ZarnithHighLatency` fired", "the alert
 * KestrithQueueBacklog". Alerting rules name what they watch, and public rules are written in
 * public words: English words, acronyms and products run together (`KubePodCrashLooping`,
 * `CPUThrottlingHigh`, `AlertmanagerFailedReload`, `KubeAPIErrorBudgetBurn`). A part no
 * dictionary, lexicon or public term knows, and that is not two English words run together
 * (`Blackbox`, `Nodeexporter`), is the organisation's own system. Read only where the line says
 * the token is an alert (the noun, "fired", "firing", "triggered", `alertname=`): a CamelCase
 * token elsewhere is a type or a class of code, which tools name in coined words too.
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isSystemOrTeamWord } from './system-nouns.ts';
import { isUnknownSystemWord } from './named-systems.ts';

export interface CoinedAlertMatch {
  rule: 'redact/internal-name';
  text: string;
  index: number;
  why: string;
}

/** Two or more capitalised parts run together, acronyms allowed (`KubeAPIErrorBudgetBurn`). */
const camelToken = String.raw`\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*`;
const alertToken = String.raw`\x60?(${camelToken})\x60?`;
/** The words that make a token an alert: the noun around it, or what an alert does after it. */
const alertContexts = [
  new RegExp(String.raw`(?<![\p{L}\p{N}_])${alertToken}(?=\s+(?:alerts?\b|(?:was |is |kept |started |had )?(?:fired|firing|fires|triggered|paged)\b|went off\b))`, 'gu'),
  new RegExp(String.raw`(?:\b[Aa]lert(?:name)?s?(?:\s+(?:rule|named|called))?:?\s+|\balertname\s*=\s*"?|\[FIRING(?::\d+)?\]\s+)${alertToken}(?![\p{L}\p{N}_])`, 'gu'),
];

/** The parts of a run-together name: capitalised words, and acronyms before one (`KubeAPIErrorBudgetBurn` → Kube, API, Error, Budget, Burn). */
export const camelParts = (token: string): string[] => token.match(/\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu) ?? [];

/**
 * A word made of English words: two of three letters or more run together (`Blackbox`,
 * `Alertmanager`), or one of four or more with a letter or two before or after it (`Fsync`,
 * `Cgroup`, `Inode`, `Unstage`, `Stateful`): the trade's words and products' names, not a coined one.
 */
function isMadeOfWords(word: string): boolean {
  const lower = word.toLowerCase();
  for (let cut = 3; cut <= lower.length - 3; cut++) if (isEnglishWord(lower.slice(0, cut)) && isEnglishWord(lower.slice(cut))) return true;
  for (let affix = 1; affix <= 3 && lower.length - affix >= 4; affix++) if (isEnglishWord(lower.slice(affix)) || isEnglishWord(lower.slice(0, -affix))) return true;
  return false;
}

/** A part of an alert's name that only the organisation uses: capitalised, five letters or more, known to no list. */
export const isCoinedPart = (part: string, isPublicName: (text: string) => boolean) =>
  /^\p{Lu}\p{Ll}{4,}$/u.test(part) && isUnknownSystemWord(part, isPublicName) && !isKnownFirstName(part) && !isMadeOfWords(part);

/**
 * The words public alerting rules open their names with: what they watch (a resource, a component,
 * a public product) or the condition (`HighErrorRate`, `TooManyRequests`, `TargetDown`).
 */
export const alertSubjectWords: ReadonlySet<string> = new Set(('kube kubernetes node nodes host hosts target targets prometheus alertmanager etcd container containers pod pods cpu memory mem disk disks ' +
  'filesystem file files instance instances job jobs service services endpoint endpoints api http https ssl tls cert certificate certificates dns database ' +
  'db cache queue queues backup backups replica replicas replication watchdog blackbox probe high low too slow error errors latency request requests ' +
  'traffic ingress egress load network volume volumes storage persistent cron daemon deployment deployments stateful config cluster machine system ' +
  'systemd clock time swap inode inodes process processes thread threads heap log logs metrics scrape rule rules recording info absent missing up down ' +
  'dead failed failing pending crash restart restarts heartbeat budget burn availability uptime health synthetic canary deploy build pipeline worker ' +
  'workers scheduler consumer consumers producer lag offset partition topic shard shards index search object objects bucket vm hypervisor raid smart ' +
  'temperature power fan battery link interface packet packets bandwidth connection connections socket sockets port ntp bgp certificate expiry expiring ' +
  'job size space free usage used quota limit limits throttling saturation queue dropped drop spike read write iops io net response responses slo sli').split(' '));

/**
 * Since probe round 44 (round 42b's leftover): an alert whose first part is an English word that
 * names nothing an alert watches (`HeronDiskPressure`, `MarrowQueueBacklog`): the team's code name
 * for a system, made of an everyday word, before what public rules say of it. Two parts at least
 * after it, so a condition follows the subject; not a common word, a system's or team's noun, a
 * public term or a given name.
 */
export function isCodeNameHead(parts: readonly string[], isPublicName: (text: string) => boolean): boolean {
  const [head] = parts;
  if (parts.length < 3 || !/^\p{Lu}\p{Ll}{3,}$/u.test(head)) return false;
  const lower = head.toLowerCase();
  return isEnglishWord(lower) && !alertSubjectWords.has(lower) && !alertSubjectWords.has(lower.replace(/s$/, '')) && !isOrdinaryWord(head) && !isOrdinaryWord(lower) &&
    !isSystemOrTeamWord(head) && !isPublicTerm(head) && !isPublicName(head) && !isKnownFirstName(head) && !parts.slice(1).every((part) => !alertSubjectWords.has(part.toLowerCase()));
}

/** The alerts one line names whose name holds a coined word. */
export function findCoinedAlertNames(line: string, isPublicName: (text: string) => boolean): CoinedAlertMatch[] {
  if (!/alert|fire|firing|trigger|paged|went off/i.test(line)) return [];
  const found: CoinedAlertMatch[] = [];
  for (const pattern of alertContexts) {
    for (const m of allMatches(pattern, line)) {
      const token = m[1];
      const parts = camelParts(token);
      if (parts.length < 2 || isPublicName(token) || !(parts.some((part) => isCoinedPart(part, isPublicName)) || isCodeNameHead(parts, isPublicName))) continue;
      const index = m.index + m[0].lastIndexOf(token);
      if (!found.some((f) => f.index === index)) found.push({ rule: 'redact/internal-name', text: token, index, why: 'an alert named after a coined system' });
    }
  }
  return found;
}
