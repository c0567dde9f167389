/**
 * The organisation's systems an alert or a page names in its fixed fields (since probe round
 * 42b, docs/redaction.md, "Probe round 42b"). Alertmanager and Prometheus name what they watch in
 * labels, and a paging tool names the service and the schedule it pages; those places hold a
 * system's or a team's name whatever the word, so a word there no dictionary, lexicon or public
 * term knows is the organisation's own:
 *
 * - a label matcher or a label of a job, a service, an app, a component, a deployment or a team
 *   (`up{job="thornbury-ingest"}`, `service="ternwick"`); `instance`, `pod` and `cluster` are
 *   read by the host and identifier rules already;
 * - the label values Alertmanager's default title puts in brackets after the alert's name
 *   ("[FIRING:1] HighLatency (corvidapi prod)");
 * - the schedule or rotation a page was escalated or routed to ("Escalated to Quillon Primary");
 * - a paging timeline's service, escalation policy or schedule field ("Service: Ternwick Billing
 *   API").
 *
 * Public exporters' and products' jobs are written in public words and terms (`node-exporter`,
 * `kube-state-metrics`, `coredns`) and stay published.
 */
import { allMatches } from '../regexp.ts';
import { isKnownFirstName, isRareEnglishWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isUnknownSystemWord } from './named-systems.ts';
import { isSystemOrTeamWord, ownedSystemNouns } from './system-nouns.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';

export interface AlertAndPageSystemMatch {
  rule: 'redact/internal-name';
  text: string;
  index: number;
  why: string;
}

const labelValue = /\b(?:job|service|service_name|app|application|component|deployment|team|owner)\s*=~?\s*"([\w.|:-]{3,80})"/gu;
const firingTitle = /\[(?:FIRING|RESOLVED)(?::\d+)?\]\s+\S+\s+\(([^()\n]{3,120})\)/gu;
const escalatedTo = /\b(?:[Ee]scalated|[Rr]outed|[Rr]e-?assigned|[Pp]aged)\s+to\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}]*[\s-]+){1,3})(?:Primary|Secondary|Tertiary|On-?[Cc]all|Oncall|Rotation|Schedule|Escalation)\b/gu;
const pagingField = /^(\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:Service|Impacted [Ss]ervice|Affected [Ss]ervice|Escalation [Pp]olicy|Schedule)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?)([^\n]{3,80})$/u;

/** Words of software that run together into a public component's name (`apiserver`, `webapp`, `kubeproxy`). */
const softwareParts = new Set([...ownedSystemNouns.map((n) => n.toLowerCase()), 'api', 'web', 'app', 'apps', 'server', 'servers', 'kube', 'db', 'admin', 'auth', 'data']);
const isSoftwareCompound = (word: string) => {
  const lower = word.toLowerCase().replace(/s$/, '');
  for (let cut = 2; cut <= lower.length - 2; cut++) if (softwareParts.has(lower.slice(0, cut)) && softwareParts.has(lower.slice(cut))) return true;
  return false;
};

/**
 * The words of a value that only the organisation uses: whole words of letters, lower case or
 * capitalised (not a part of `microk8s` or `ssm.amazonaws.com`, which other rules judge as
 * identifiers and hosts, nor an acronym like `iSCSI`), five letters or more (a shorter unknown
 * word is as often an acronym or a product's), known to no list, no given name, not software's
 * words run together.
 */
function coinedWords(value: string, isPublicName: (text: string) => boolean): { word: string; at: number }[] {
  if (isPublicName(value)) return [];
  return [...value.matchAll(/(?<![\p{L}\p{N}.])(?:\p{Lu}\p{Ll}{4,}|\p{Ll}{5,})(?![\p{L}\p{N}.])/gu)]
    .filter((m) => isUnknownSystemWord(m[0], isPublicName) && !isKnownFirstName(m[0]) && !isSoftwareCompound(m[0]))
    .map((m) => ({ word: m[0], at: m.index }));
}

/**
 * Since probe round 44 (round 42b's leftover): a label's whole value of one lower-case word of three
 * or four letters, with a vowel, that no list knows (`up{job="vosk"}`): a job so labelled is the
 * organisation's, as public exporters' jobs are public words and terms (`node`, `etcd`, `loki`).
 * Not an acronym's letters (`rds`, `dbx`) nor software's short words (`api`, `web`, `db`).
 */
function shortCoinedValue(value: string, isPublicName: (text: string) => boolean): boolean {
  return /^[a-z]{3,4}$/.test(value) && /[aeiouy]/.test(value) && /[aeiouy][^aeiouy]|[^aeiouy][aeiouy]/.test(value) && !softwareParts.has(value) &&
    isUnknownSystemWord(value, isPublicName) && !isKnownFirstName(value[0].toUpperCase() + value.slice(1)) && !isPublicName(value);
}

/**
 * What a paging tool's service or schedule is named for after its code name: a business function,
 * a system's noun or a rota's place ("Tarn Billing", "Sorrel Payments API", "Marten Primary").
 */
const functionWords = new Set([...softwareParts, ...('payments payment billing checkout search orders order accounts account identity notifications inventory shipping ' +
  'catalog catalogue pricing ledger invoices invoicing subscriptions messaging reporting analytics fulfillment onboarding login signup storefront marketplace ' +
  'loyalty rewards fraud risk compliance tax payroll authentication authorization sso email mail sms push mobile frontend backend gateway platform ' +
  'infrastructure database storage compute network networking security support operations ops sre devops core primary secondary tertiary on-call oncall ' +
  'rotation schedule escalation team service services').split(' ')]);
/**
 * Since probe round 45 (round 44's leftover, "Service: Tarn Billing"): a rare English word that
 * opens a paging field's value before what the service is for: the code name of the service, as
 * "Ternwick Billing" is (a coined word of five letters or more was read since round 42b). Rare means
 * the lexicon does not know it at all; a function's word itself ("Payments API"), an everyday word
 * ("Customer Billing"), a public term or a given name is not read.
 */
function rareCodeNameOpening(value: string, isPublicName: (text: string) => boolean): { word: string; at: number } | undefined {
  const m = /^\s*(?:\*\*|__)?\s*(\p{Lu}\p{Ll}{2,})[ \u00a0]+(\p{Lu}[\p{L}-]*)/u.exec(value);
  if (!m) return undefined;
  const [, word, next] = m;
  const lower = word.toLowerCase();
  if (!functionWords.has(next.toLowerCase()) || functionWords.has(lower) || functionWords.has(lower.replace(/s$/, ''))) return undefined;
  if (!isRareEnglishWord(lower) || isPublicTerm(word) || isPublicName(word) || isKnownFirstName(word) || isSystemOrTeamWord(word)) return undefined;
  return { word, at: m.index + m[0].indexOf(word) };
}

/** The coined systems one line of an alert or a page names in its labels and fields. */
export function findAlertAndPageSystems(line: string, isPublicName: (text: string) => boolean): AlertAndPageSystemMatch[] {
  const found: AlertAndPageSystemMatch[] = [];
  const push = (text: string, index: number, why: string) => addUnlessSameStart(found, { rule: 'redact/internal-name', text, index, why });
  if (line.includes('="') || line.includes('= "') || line.includes('=~')) {
    for (const m of allMatches(labelValue, line)) {
      const value = m[1];
      if (coinedWords(value, isPublicName).length || shortCoinedValue(value, isPublicName)) push(value, m.index + m[0].lastIndexOf(value), "a system an alert's label names");
    }
  }
  if (line.includes('[FIRING') || line.includes('[RESOLVED')) {
    for (const m of allMatches(firingTitle, line)) {
      const start = m.index + m[0].lastIndexOf(m[1]);
      for (const value of m[1].matchAll(/\S+/gu)) {
        if (coinedWords(value[0], isPublicName).length) push(value[0], start + value.index, "a label value in an alert's title");
      }
    }
  }
  for (const m of allMatches(escalatedTo, line)) {
    const start = m.index + m[0].indexOf(m[1]);
    for (const c of coinedWords(m[1], isPublicName)) push(c.word, start + c.at, 'the schedule a page was escalated to');
  }
  const field = pagingField.exec(line);
  if (field) {
    for (const c of coinedWords(field[2], isPublicName)) push(c.word, field[1].length + c.at, "a paging tool's service or schedule");
    const opening = rareCodeNameOpening(field[2], isPublicName);
    if (opening) push(opening.word, field[1].length + opening.at, "a paging tool's service or schedule named by a code name");
  }
  return found;
}
