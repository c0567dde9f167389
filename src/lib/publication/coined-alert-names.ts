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
import { isEnglishWord, isKnownFirstName } from './people.ts';
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
const camelParts = (token: string): string[] => token.match(/\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu) ?? [];

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
const isCoinedPart = (part: string, isPublicName: (text: string) => boolean) =>
  /^\p{Lu}\p{Ll}{4,}$/u.test(part) && isUnknownSystemWord(part, isPublicName) && !isKnownFirstName(part) && !isMadeOfWords(part);

/** The alerts one line names whose name holds a coined word. */
export function findCoinedAlertNames(line: string, isPublicName: (text: string) => boolean): CoinedAlertMatch[] {
  if (!/alert|fire|firing|trigger|paged|went off/i.test(line)) return [];
  const found: CoinedAlertMatch[] = [];
  for (const pattern of alertContexts) {
    for (const m of allMatches(pattern, line)) {
      const token = m[1];
      const parts = camelParts(token);
      if (parts.length < 2 || isPublicName(token) || !parts.some((part) => isCoinedPart(part, isPublicName))) continue;
      const index = m.index + m[0].lastIndexOf(token);
      if (!found.some((f) => f.index === index)) found.push({ rule: 'redact/internal-name', text: token, index, why: 'an alert named after a coined system' });
    }
  }
  return found;
}
