/**
 * A service named by a lower-case hyphenated word, read by what the post says of it (probe round
 * 58, docs/redaction.md). The guard learnt such a name (`alt-backend`, a compose service) only
 * from a post that wrote it with a port (`alt-backend:9000`) and carried it to the scan's other
 * posts (carried-hosts.ts); when that post was held back or deleted, the others published the
 * bare name 78 times in one walk (docs/adopting.md, "Import round 57"). The rules of a compound
 * with a suffix (two-part-service-hosts.ts, code-name-service-hosts.ts) read an English word
 * before `-db`, `-api`, `-svc`, `-worker`, or a coined word before a role, so an abbreviation
 * (`alt-`), a generic first word (`search-`) or an unlisted last word (`-creator`,
 * `-subworker`, `-orchestrator`) was published. Here the post itself is the sign, with no other
 * post needed:
 *
 * - what is done only to a running system, right before it: "restarted", "redeployed", "scaled
 *   up", "rolled back", "drained", "killed", `docker compose restart a-b c-d`;
 * - what happens only to a system, right after it (acting-code-names.ts's outages: "timed out",
 *   "crashed", "was OOM-killed"; and "was restarted", "kept crash-looping");
 * - a container's, a service's or a pod's noun after it, when it names what it does (an agent
 *   noun: `-creator`, `-fetcher`) or holds a word no dictionary knows;
 * - a service's field in configuration or a log query (`service: …`, `container_name: …`,
 *   `{service="…"}`), and kubectl's kind and name as two words (`kubectl scale deploy …`);
 * - in Japanese, a particle after it on a line of an outage's or an operation's words
 *   ("alt-backend が停止"), or an operation's word right after it ("news-creator 再起動");
 * - each compound after an affected services' label ("| 影響サービス | …", "Services affected:");
 * - in Russian, a verb of restarting before it or of failing after it;
 * - a last part that names only a service's process (`-backend`, `-frontend`, `-subworker`,
 *   `-orchestrator`, `-indexer`), wherever it is written.
 *
 * A name found so is found wherever the same post writes it again, as acting-code-names.ts's are.
 * Not read: English compounds ("built-in", "follow-up", "e-mail", "real-time", "third-party"; a
 * part of one letter, a describing prefix or suffix, a phrasal noun: workload-names.ts's
 * `isDescribingCompound`), a public tool's or chart's name (`opensWithPublicTool`, a public term
 * as any part, a public chart's workload, a public project's `-ng` rewrite, the team's
 * `publicNames`), a compound inside a path, host, address, package or longer
 * identifier.
 */
import { allMatches, escapeRegExp } from '../regexp.ts';
import { adverb, outage } from './acting-code-names.ts';
import { genericFirstWord } from './two-part-service-hosts.ts';
import { isDescribingCompound, opensWithPublicTool, publicWorkload } from './workload-names.ts';
import { isPublicProjectWithSuffix } from './public-project-suffixes.ts';
import { isPublicTerm } from './public-terms.ts';
import { isEnglishWord } from './people.ts';

/** A lower-case compound of two to four parts, the first of two letters or more and no digit (`gemma3-4b-12k` is a model's). */
const compound = String.raw`[a-z]{2,}(?:-[a-z0-9]+){1,3}`;
/**
 * Not inside a path, host, address or longer identifier. After it only ASCII letters and digits
 * continue a word: a Japanese particle follows with no space ("alt-backendが"). A colon before a
 * space or the line's end is a label's ("- alt-backend: `SearchArticles`"), one before a port a host's.
 */
const before = String.raw`(?<![\p{L}\p{N}_.\/@:#=~$%+\\-])`;
const after = String.raw`(?![A-Za-z0-9_\/@=-]|:[^\s]|\.[A-Za-z0-9])`;
const name = String.raw`\x60?(${compound})\x60?${after}`;

/** Where a verb's object ends: the clause, a preposition, a time, or a system's noun. */
const objectEnd = String.raw`(?=\s*(?:[.,;:!)]|$)|\s+(?:at|to|in|on|after|before|and|with|again|twice|because|since|while|from|for|during|around|once|manually|first|too|v?\d)\b|\s+(?:services?|containers?|pods?|deployments?|replicas?|instances?|process(?:es)?|workers?|jobs?)\b)`;
const actedOn = String.raw`(?:[Rr]e-?start(?:ed|ing|s)?|[Rr]eboot(?:ed|ing|s)?|[Rr]e-?deploy(?:ed|ing|s)?|[Dd]eploy(?:ed|ing)|[Rr]oll(?:ed|ing) back|[Rr]olled out|[Ss]cal(?:ed|ing)(?: (?:up|down|out|in|back))?|[Dd]rain(?:ed|ing)|[Kk]ill(?:ed|ing)|[Bb]ounc(?:ed|ing)|[Ss]topp(?:ed|ing)|[Pp]aus(?:ed|ing)|[Ss]uspend(?:ed|ing)|[Rr]ecycl(?:ed|ing)|[Ff]ailed over)`;
const objectOf = new RegExp(String.raw`\b${actedOn}\s+(?:the\s+)?${before}${name}${objectEnd}`, 'gu');
/** A compose command's services, one or more after the subcommand and its flags. */
const composeCommand = new RegExp(String.raw`\b(?:docker[ -]compose|podman-compose)\s+(?:-[\w-]+(?:[ =][\w.\/-]+)?\s+)*(?:restart|start|stop|up|down|logs|rm|kill|pull|build|ps|exec|top|pause|unpause)((?:\s+-{1,2}[\w-]+)*(?:\s+${compound})+)`, 'g');
const composeService = new RegExp(String.raw`(?<=\s)${compound}(?=\s|$)`, 'g');
/** kubectl's kind and name as two words (`kubectl scale deploy plume-ranker`), which workload-names.ts reads only as `kind/name`. */
const kubectlKindName = new RegExp(String.raw`\bkubectl\s+(?:-n\s+\S+\s+|--namespace[=\s]\S+\s+)?(?:scale|rollout\s+(?:restart|undo|status|history)|delete|describe|logs|edit|set\s+image|annotate|label|autoscale|expose)\s+(?:deploy|deployment|deployments|sts|statefulset|statefulsets|ds|daemonset|daemonsets|po|pod|pods|svc|service|services|job|jobs|cronjob|cj)\s+${before}(${compound})${after}`, 'g');
/** Said of a system right after it. */
const actedAlone = String.raw`(?:(?:was|got|had to be|needed to be|were) (?:restarted|redeployed|rolled back|scaled(?: up| down| out)?|killed|rebooted|evicted|OOM-?killed)|(?:kept|started|began|is|was) (?:restarting|crashing|crash-?looping|flapping)|(?:is|was) (?:crash-?looping|restarting|flapping))`;
const subjectOf = new RegExp(String.raw`${before}${name}\s+${adverb}(?:${outage}|${actedAlone})`, 'gu');
/** A system's noun after it. */
const beforeNoun = new RegExp(String.raw`${before}${name}[ \u00a0]+(?:services?|containers?|pods?|deployments?|replicas|logs|process)\b`, 'gu');
/** A service's field in configuration or a label in a log query. */
const serviceField = new RegExp(String.raw`(?:^\s*(?:-\s+)?["']?(?:service|service_name|serviceName|service\.name|container_name|containerName)["']?\s*:\s*["']?|[{,]\s*(?:service|service_name|container|container_name|app)\s*=~?\s*["'])(${compound})(?=["']?\s*(?:[,}#]|$))`, 'gu');
/** Japanese: a particle after it, on a line of an outage's or an operation's words. */
const japaneseParticle = new RegExp(String.raw`${before}${name}\s?(?:が|は|を|の|も|に|で|へ|と|から|まで)`, 'gu');
const japaneseOperation = /停止|再起動|ダウン|落ち|タイムアウト|応答|障害|失敗|デプロイ|スケール|起動|復旧|遅延|クラッシュ|エラー|コンテナ|サービス|ログ|メモリ/u;
/** Japanese: an operation's word right after it, with no particle ("news-creator 再起動"). */
const japaneseOperationAfter = new RegExp(String.raw`${before}${name}\s?(?:再起動|停止|再ビルド|再デプロイ|デプロイ|スケール|復旧|ダウン|クラッシュ|タイムアウト)`, 'gu');
/**
 * An affected services' label, in a table's row or before a colon ("| 影響サービス | a-b, c-d |",
 * "Services affected: a-b, c-d"): each compound listed after it is a service.
 */
const affectedServicesLabel = /(?:影響(?:を受けた)?サービス|影响(?:的)?服务|영향(?:받은)? 서비스|[Aa]ffected [Ss]ervices|[Ss]ervices [Aa]ffected|[Aa]ffected [Ss]ystems|[Ii]mpacted [Ss]ervices)\s*(?:\*\*)?\s*[|:：]/u;
/** A member of the list: a separator, a bracket or the end after it, not a noun it describes ("all homelab-internal endpoints", "locally-built images"). */
const listedCompound = new RegExp(String.raw`${before}\x60?(${compound})\x60?${after}(?=\s*(?:[,、，;|)）(（]|$|and\b|or\b))`, 'gu');
/** Russian: a verb of restarting or deploying before it, of failing after it. */
const russianObject = new RegExp(String.raw`(?:[Пп]ерезапус[тк]\p{L}*|[Пп]ерезагруз\p{L}*|[Зз]адеплои\p{L}*|[Пп]ередеплои\p{L}*|[Оо]ткати\p{L}*|[Оо]станови\p{L}*|[Мм]асштабирова\p{L}*|[Рр]естартану\p{L}*|[Рр]естартну\p{L}*)\s+${before}${name}`, 'gu');
const russianSubject = new RegExp(String.raw`${before}${name}\s+(?:упал\p{L}*|лёг|лег|легл\p{L}*|перестал\p{L}*|не отвеча\p{L}*|завис\p{L}*|падал\p{L}*|отвалил\p{L}*|тормозил\p{L}*)`, 'gu');
/** A last part naming only a service's process, written anywhere. */
const processSuffix = /^(?:backend|frontend|subworker|orchestrator|indexer)$/;
const suffixed = new RegExp(String.raw`${before}\x60?(${compound})\x60?${after}`, 'gu');

/** English compounds of words anyone writes: as a service's name only with a sign this file does not read. */
const englishCompound = /^(?:built-in|follow-up|follow-ups|real-time|third-party|add-on|add-ons|plug-in|plug-ins|on-call|on-prem|read-only|read-write|write-ahead|open-source|end-to-end|point-in-time|high-availability|low-latency|front-end|back-end|full-text|key-value|time-series|sign-in|log-in|opt-in|opt-out|one-time|run-time|long-lived|short-lived|up-to-date|out-of-band|in-memory|on-demand|on-premise|on-premises|peer-to-peer|hot-fix|hot-fixes|hot-standby|stand-by|load-balancer|web-server|hello-world|drop-in|round-robin|best-effort|well-known|so-called|day-to-day|year-over-year|wi-fi|de-facto|rate-limit|rate-limiter|health-check|health-checks|dead-letter|dry-run|no-op|how-to|to-do|in-flight|at-least-once|exactly-once|first-party|general-purpose|copy-on-write|blue-green|zero-downtime|cut-over|go-live|all-hands|post-mortem|pre-mortem|kick-off|hand-off|sign-off|write-up|check-in|check-out|set-up|roll-out|clean-up|back-up|fall-back|fail-over|start-up|shut-down|break-glass|step-by-step|reverse-proxy|circuit-breaker|call-center|call-centre|least-critical|user-visible|force-recreate|crash-loop|fail-fast)$/;

/** An environment, a release's colour or a generic role, which with generic words names no one system. */
const environmentOrColour = /^(?:production|prod|staging|stage|dev|development|test|qa|uat|preprod|sandbox|blue|green|canary|root|app|apps|api|server|service|worker|web|www)$/;
/**
 * Components of public charts written alone in their own guides and in reports that run them
 * (Argo CD's, Flux's: measured on the corpora's `container="application-controller"`).
 */
const publicComponent = /^(?:application-controller|applicationset-controller|repo-server|notification-controller|notifications-controller|source-controller|kustomize-controller|helm-controller|image-reflector-controller|image-automation-controller|controller-manager|cloud-controller-manager|admission-controller|admission-webhook|node-agent|config-reloader|step-ca|chaos-mesh)$/;

/** Whether a compound can be a service the organisation runs: no English compound, describing compound or public tool. */
function isOwnCompound(text: string, isPublicName: (text: string) => boolean): boolean {
  const parts = text.split('-');
  if (parts.some((part) => part.length === 1)) return false;
  if (englishCompound.test(text) || englishCompound.test(text.replace(/s$/, '')) || isDescribingCompound(text)) return false;
  // A protocol's or an acronym's letters first (`nfs-server`, `www-data`, `fpm-php`): a public
  // daemon's or a system account's name, measured on the corpora's `systemctl restart nfs-server`.
  if (!/[aeiouy]/.test(parts[0])) return false;
  // Words any deployment has, every part ("production-app", "production-blue"): an example's or
  // an environment's, not a system's own name.
  if (parts.every((part) => genericFirstWord.test(part) || environmentOrColour.test(part))) return false;
  // Public charts' workloads (`user-scheduler`), a public project's rewrite or release (`chinadns-ng`, `firefly-iii`).
  if (publicComponent.test(text) || publicWorkload.test(text) || isPublicProjectWithSuffix(parts)) return false;
  // A public tool's name as any part (`updates-jenkins-io`, a public project's site written with
  // dashes on its status page, measured on jenkins-status), not only the first.
  if (isPublicName(text) || isPublicTerm(text) || opensWithPublicTool(text) || parts.some((part) => isPublicTerm(part))) return false;
  // A version or a date as a part (`v1-2`, `utf-8`, `covid-19`): no service's own name.
  if (parts.slice(1).every((part) => /^v?\d+$/.test(part))) return false;
  return true;
}

/**
 * What a service is named by: a last part that is an agent noun (`-creator`, `-fetcher`; not a
 * plural, "file-transfers failed") or a service's role (`-sync`, `-gateway`, `-cache`), or a word
 * no dictionary knows (`ferrow-`, `-subworker`). Adjectives and nouns of English prose ("the
 * real-time service", "fail-fast に", "keyword-only", "near-miss", measured on a Japanese
 * collection's reports) name none.
 */
const agentNoun = /^[a-z]{3,}(?:er|or)$/;
const serviceRole = /^(?:sync|syncer|gateway|gw|ingest|proxy|router|relay|broker|bridge|api|db|svc|daemon|hub|engine|cache|queue|bus|store|backend|frontend|bff|cron|webhook|webhooks|agent|facade)$/;
const namesWhatItDoes = (text: string) => {
  const parts = text.split('-');
  return agentNoun.test(parts.at(-1)!) || serviceRole.test(parts.at(-1)!) || parts.some((part) => /^[a-z]+$/.test(part) && !isEnglishWord(part));
};

export interface ActedServiceCompound {
  line: number;
  text: string;
  index: number;
  why: string;
}

const why = "a service's name the post restarts, deploys, scales or says fails (allow it, or add it to publicNames)";

/** Services named by a lower-case hyphenated word in a post's lines, read by what the post says of them, and their other mentions. */
export function findActedServiceCompounds(lines: readonly string[], isPublicName: (text: string) => boolean): ActedServiceCompound[] {
  const names = new Set<string>();
  const take = (text: string | undefined) => {
    if (text && !names.has(text) && isOwnCompound(text, isPublicName)) names.add(text);
  };
  for (const line of lines) {
    if (!line.includes('-')) continue;
    for (const m of allMatches(objectOf, line)) if (namesWhatItDoes(m[1])) take(m[1]);
    for (const m of allMatches(subjectOf, line)) if (namesWhatItDoes(m[1])) take(m[1]);
    for (const m of allMatches(beforeNoun, line)) if (namesWhatItDoes(m[1])) take(m[1]);
    for (const m of allMatches(serviceField, line)) take(m[1]);
    if (line.includes('kubectl')) for (const m of allMatches(kubectlKindName, line)) take(m[1]);
    if (/compose/.test(line)) for (const m of allMatches(composeCommand, line)) for (const s of allMatches(composeService, m[1])) take(s[0]);
    if (/[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(line) && japaneseOperation.test(line)) for (const m of allMatches(japaneseParticle, line)) if (namesWhatItDoes(m[1])) take(m[1]);
    if (/[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u.test(line)) for (const m of allMatches(japaneseOperationAfter, line)) if (namesWhatItDoes(m[1])) take(m[1]);
    const label = affectedServicesLabel.exec(line);
    if (label) for (const m of allMatches(listedCompound, line.slice(label.index + label[0].length))) take(m[1]);
    if (/\p{sc=Cyrillic}/u.test(line)) {
      for (const m of allMatches(russianObject, line)) if (namesWhatItDoes(m[1])) take(m[1]);
      for (const m of allMatches(russianSubject, line)) if (namesWhatItDoes(m[1])) take(m[1]);
    }
    for (const m of allMatches(suffixed, line)) {
      const parts = m[1].split('-');
      // Two or three parts, no preposition among them ("allow-frontend-to-backend" is a policy's description).
      if (parts.length <= 3 && processSuffix.test(parts.at(-1)!) && !genericFirstWord.test(parts[0]) && !parts.some((part) => /^(?:to|from|for|of|and|or|via|with)$/.test(part))) take(m[1]);
    }
  }
  if (!names.size) return [];
  const found: ActedServiceCompound[] = [];
  const every = new RegExp(String.raw`${before}(${[...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})${after}`, 'gu');
  lines.forEach((line, index) => {
    if (!line.includes('-')) return;
    for (const m of allMatches(every, line)) found.push({ line: index, text: m[1], index: m.index!, why });
  });
  return found;
}
