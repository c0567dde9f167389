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
/**
 * Where a name found by a sign is found again (probe round 59): after a letter of a script written
 * without spaces too ("pre-processorからnews-creatorへの要約リクエスト"). The signs keep `before`:
 * glued to Japanese, a library's name reads as one ("recap-subworkerのscikit-learnが").
 */
const beforeMention = String.raw`(?<![\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\p{N}_.\/@:#=~$%+\\-])`;
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
/** Helm's release after its subcommand (`helm rollback tarn-fetcher 41`; probe round 59): a release is a deployment the organisation named. */
const helmRelease = new RegExp(String.raw`\bhelm\s+(?:rollback|uninstall|status|history|get\s+(?:values|manifest|all))\s+(?:--?[\w-]+(?:[ =]\S+)?\s+)*${before}(${compound})${after}`, 'g');
/** An install or upgrade names the organisation's release only with its own chart's folder (`./charts/…`): a public chart's install is named after the chart (`helm install gpu-operator nvidia/gpu-operator`). */
const helmOwnChart = new RegExp(String.raw`\bhelm\s+(?:upgrade|install)\s+(?:--?[\w-]+(?:[ =]\S+)?\s+)*${before}(${compound})\s+\.{1,2}\/`, 'g');
/** Said of a system right after it. */
const actedAlone = String.raw`(?:(?:was|got|had to be|needed to be|were) (?:restarted|redeployed|rolled back|scaled(?: up| down| out)?|killed|rebooted|evicted|OOM-?killed)|(?:kept|started|began|is|was) (?:restarting|crashing|crash-?looping|flapping)|(?:is|was) (?:crash-?looping|restarting|flapping))`;
const subjectOf = new RegExp(String.raw`${before}${name}\s+${adverb}(?:${outage}|${actedAlone})`, 'gu');
/** A system's noun after it. */
// Since probe round 59 a service's measures too ("brindle-creator p99 above 2s", an alert's summary).
// And (measured on a Japanese collection's reports scanned one by one) its log, sidecar or health
// check, its language in brackets ("news-creator (Python)"), an HTTP path of its API after it.
const beforeNoun = new RegExp(String.raw`${before}${name}[ \u00a0]+(?:(?:services?|containers?|pods?|deployments?|replicas|logs?|process|sidecars?|healthchecks?|listeners?|p(?:50|9[059]|999)|latency|error rate|5xx)(?![\w-])|\((?:Python|Go|Rust|Java|Kotlin|Node(?:\.js)?|TypeScript|Ruby|PHP|Elixir|Scala|C#)\)|\x60?(?:(?:GET|POST|PUT|DELETE|PATCH) )?\/(?:v\d+|api|internal)\/)`, 'gu');
/** A service's field in configuration or a label in a log query. */
const serviceField = new RegExp(String.raw`(?:^\s*(?:-\s+)?["']?(?:service|service_name|serviceName|service\.name|container_name|containerName)["']?\s*:\s*["']?|[{,]\s*(?:service|service_name|container|container_name|app)\s*=~?\s*["'])(${compound})(?=["']?\s*(?:[,}#]|$))`, 'gu');
/** An alert's labels written bare (`alertname=HighLatency service=brindle-creator severity=page`; probe round 59). */
const bareLabel = new RegExp(String.raw`(?<=\balertname=\S+.*)(?<=\s)(?:service|container|app|job)=(${compound})(?=[\s,]|$)`, 'gu');
/** Japanese: a particle after it, on a line of an outage's or an operation's words. */
const japaneseParticle = new RegExp(String.raw`${before}${name}\s?(?:が|は|を|の|も|に|で|へ|と|から|まで)`, 'gu');
const japaneseOperation = /停止|再起動|ダウン|落ち|タイムアウト|応答|障害|失敗|デプロイ|スケール|起動|復旧|遅延|クラッシュ|エラー|コンテナ|サービス|ログ|メモリ/u;
/**
 * A system's parts (probe round 59: "→ news-creator の全レイヤー", "news-creator のエンドポイント"),
 * for a name whose last part says what it does: a library's name ("scikit-learn が", "pure-stdlib
 * で", measured on a Japanese collection) is as often before these words.
 */
const japaneseSystemPart = /レイヤー|エンドポイント|ハンドラ|キュー|ワーカー|リクエスト|接続|呼び出し|リポジトリ|プロセス/u;
/** Japanese: an operation's word right after it, with no particle ("news-creator 再起動"). */
const japaneseOperationAfter = new RegExp(String.raw`${before}${name}\s?(?:再起動|停止|再ビルド|再デプロイ|デプロイ|スケール|復旧|ダウン|クラッシュ|タイムアウト|コンテナ|サイドカー|プロセス)`, 'gu');
/**
 * An affected services' label, in a table's row or before a colon ("| 影響サービス | a-b, c-d |",
 * "Services affected: a-b, c-d"): each compound listed after it is a service.
 */
const affectedServicesLabel = /(?:影響(?:を受けた)?サービス|影响(?:的)?服务|영향(?:받은)? 서비스|[Aa]ffected [Ss]ervices|[Ss]ervices [Aa]ffected|[Aa]ffected [Ss]ystems|[Ii]mpacted [Ss]ervices)\s*(?:\*\*)?\s*[|:：]/u;
/** A member of the list: a separator, a bracket or the end after it, not a noun it describes ("all homelab-internal endpoints", "locally-built images"). */
const listedCompound = new RegExp(String.raw`${before}\x60?(${compound})\x60?${after}(?=\s*(?:[,、，;|)）(（]|$|and\b|or\b))`, 'gu');
/** A service's folder under a deploy root in a trace's path (`File "/srv/brindle-creator/app/…"`; probe round 59). */
const deployRoot = String.raw`(?<=\/(?:srv|opt|app|apps|services|deploy)\/)`;
const deployRootFolder = new RegExp(String.raw`${deployRoot}(${compound})(?=\/)`, 'g');
/**
 * A service's own page or settings file in a services folder (`docs/services/alt-backend.md`,
 * `services/tarn-fetcher.yaml`; probe round 60, measured on a Japanese collection scanned post by post).
 */
const serviceDocument = new RegExp(String.raw`(?<=(?:^|[\s\x60"'(\[/])services\/)(${compound})(?=\.(?:md|mdx|ya?ml|json|toml)(?![\w.]))`, 'g');
/** Chinese: a log's, a service's or an outage's word right after it ("`tarn-fetcher` 日志显示"; probe round 59). */
const chineseAfter = new RegExp(String.raw`${before}${name}\s?(?:日志|服务|容器|进程|重启|崩溃|超时|宕机|挂了|报错)`, 'gu');
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
  // A describing prefix (`per-container`, `non-blocking`, `self-hosted`; probe round 59, measured on a Japanese collection).
  if (/^(?:per|non|self|cross|multi|anti|semi|pre|post|sub|inter|intra|over|under)$/.test(parts[0])) return false;
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

/** A last part naming only a service's process: two or three parts, no preposition among them ("allow-frontend-to-backend" is a policy's description), no generic first word. */
function namesProcessOnly(text: string): boolean {
  const parts = text.split('-');
  return parts.length <= 3 && processSuffix.test(parts.at(-1)!) && !genericFirstWord.test(parts[0]) && !parts.some((part) => /^(?:to|from|for|of|and|or|via|with)$/.test(part));
}

/** A last part that is an agent noun or a service's role (`-fetcher`, `-gateway`): not a word no dictionary knows (`scikit-learn`, `cloud-init`, `obf-new`). */
const namesProcessRole = (text: string) => agentNoun.test(text.split('-').at(-1)!) || serviceRole.test(text.split('-').at(-1)!);
/** A folder's last part that names what it holds, not what runs (`build-cache/`, `/opt/rustbert-cache/`, measured on the corpora): no sign as a folder. */
const holdsData = (text: string) => /-(?:cache|store|data|db|queue|logs?|tmp|files|backups?)$/.test(text);

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
    if (line.includes('helm')) for (const m of [...allMatches(helmRelease, line), ...allMatches(helmOwnChart, line)]) take(m[1]);
    if (line.includes('alertname=')) for (const m of allMatches(bareLabel, line)) take(m[1]);
    if (line.includes('/')) for (const m of allMatches(deployRootFolder, line)) if (namesProcessRole(m[1]) && !holdsData(m[1])) take(m[1]);
    if (line.includes('services/')) for (const m of allMatches(serviceDocument, line)) if (namesProcessRole(m[1]) && !holdsData(m[1])) take(m[1]);
    if (/\p{sc=Han}/u.test(line)) for (const m of allMatches(chineseAfter, line)) if (namesProcessRole(m[1])) take(m[1]);
    if (/[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(line) && japaneseSystemPart.test(line)) for (const m of allMatches(japaneseParticle, line)) if (namesProcessRole(m[1])) take(m[1]);
    if (/compose/.test(line)) for (const m of allMatches(composeCommand, line)) for (const s of allMatches(composeService, m[1])) take(s[0]);
    if (/[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(line) && japaneseOperation.test(line)) for (const m of allMatches(japaneseParticle, line)) if (namesWhatItDoes(m[1])) take(m[1]);
    if (/[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u.test(line)) for (const m of allMatches(japaneseOperationAfter, line)) if (namesWhatItDoes(m[1])) take(m[1]);
    const label = affectedServicesLabel.exec(line);
    if (label) for (const m of allMatches(listedCompound, line.slice(label.index + label[0].length))) take(m[1]);
    if (/\p{sc=Cyrillic}/u.test(line)) {
      for (const m of allMatches(russianObject, line)) if (namesWhatItDoes(m[1])) take(m[1]);
      for (const m of allMatches(russianSubject, line)) if (namesWhatItDoes(m[1])) take(m[1]);
    }
    for (const m of allMatches(suffixed, line)) if (namesProcessOnly(m[1])) take(m[1]);
  }
  for (const name of peerSignedNames(lines, names, (text) => isOwnCompound(text, isPublicName))) names.add(name);
  if (!names.size) return [];
  const found: ActedServiceCompound[] = [];
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // After a shell's default (`${PEERS:-alt-facade,…}`) too, where a list of peers opens, and as an alert's bare label's value.
  // Before a port too (`acolyte-orchestrator:9443`), and after compose's `service:` (`network_mode: service:…`).
  // Since probe round 61 after any log field's key (`reason=alt-backend …`, a job's status record), not only a label's.
  const every = new RegExp(String.raw`(?:${beforeMention}|(?<=:-)|(?<=(?:^|[\s\x60"'({,])[a-z][a-z0-9_.]*=)|(?<=\bservice:)|(?<=\b[A-Z][A-Z0-9_]*=))(${alternatives})(?:${after}|(?=:\d{2,5}(?!\d)))`, 'gu');
  // A path's first folder is the service's repository folder (`alt-backend/app/handlers.go`,
  // probe round 59): the name itself, published before since a path's folders are no prose.
  // So is a folder under a deploy root (`/srv/brindle-creator/app/summarise.py`).
  // A known name as any folder of a path reveals it as well (`e2e/hurl/alt-backend/`, `recap-worker/recap-worker/src/…`).
  const firstFolder = new RegExp(String.raw`(?:${pathStart}|${deployRoot})(${alternatives})(?=\/[\w.-])`, 'gu');
  // Not in a web address: a public repository's (`github.com/<org>/<name>/issues`) is its project's.
  // As a file's name in a services folder too (`docs/services/alt-backend.md`; probe round 60), not
  // in any folder: a public product's settings file (`configs/crowdsec/crowdsec-firewall-bouncer.yaml`) is its own.
  const deeperFolder = new RegExp(String.raw`(?<=[\w.-]\/)(?<!:\/\/\S*)(${alternatives})(?=\/|[\x60"'\s),]|$)|(?<=(?:^|[\s\x60"'(\[/])services\/)(${alternatives})(?=\.(?:md|mdx|ya?ml|json|toml)(?![\w.]))`, 'gu');
  lines.forEach((line, index) => {
    if (!line.includes('-')) return;
    for (const m of allMatches(every, line)) found.push({ line: index, text: m[1], index: m.index!, why });
    if (line.includes('/')) for (const m of [...allMatches(firstFolder, line), ...allMatches(deeperFolder, line)]) found.push({ line: index, text: m[1] ?? m[2], index: m.index!, why });
  });
  // A folder under a deploy root is a deeper folder too: each place once.
  const seen = new Set<string>();
  return found.sort((a, b) => a.line - b.line || a.index - b.index).filter((m) => !seen.has(`${m.line}:${m.index}`) && Boolean(seen.add(`${m.line}:${m.index}`)));
}

/**
 * Where a path opens: the line's start, a space, a quote, a bracket or `./`; not a folder deeper in
 * a path (`/srv/alt-backend/`), a host's (`example.com/alt-backend`) or a package's (`@org/alt-backend`).
 */
const pathStart = String.raw`(?<=^|[\s\x60"'(\[]|(?<![\w.])\.\/)`;

/**
 * The signs a post gives of a name through its other names (probe round 59, docs/redaction.md):
 * what session 58 left published when the post that signed a name was not in the scan.
 *
 * - A list whose other member is a service found by a sign ("affected: news-creator,
 *   recap-subworker", "（alt-backend / auth-hub）", an environment variable's peers
 *   `…_PEERS:-alt-facade,alt-backend`): a list names things of one kind.
 * - An environment variable whose name spells a compound the post writes in prose
 *   (`NEWS_CREATOR_URL=…` beside "news-creator"): the variable is how a service reaches it.
 * - A path's first folder the post also writes alone (`news-creator/app/main.py`, then "news-creator
 *   answered"): a repository's folder of a service, when the name says what it does; or one whose
 *   last part names only a service's process (`alt-backend/app/handlers.go`), as it does in prose.
 *
 * Each is read again with the names it added, so a list reached through a variable's name counts.
 */
function peerSignedNames(lines: readonly string[], known: ReadonlySet<string>, isOwn: (text: string) => boolean): Set<string> {
  const names = new Set(known);
  const prose = new Set<string>();
  const folders = new Set<string>();
  const repeatedFolders = new Set<string>();
  const lists: string[][] = [];
  const variables: string[] = [];
  const variableLists: string[][] = [];
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(?:\x60{3}|~{3})/.test(line)) fenced = !fenced;
    if (!line.includes('-')) continue;
    // Prose only: outside fenced blocks and inline code, where a folder or a setting is written
    // as often ("rm build-cache/…", `name = "primary-cluster"`, measured on the corpora).
    if (!fenced) for (const m of allMatches(bareCompound, line.replace(/\x60[^\x60]*\x60/g, ''))) prose.add(m[1]);
    if (line.includes('/')) for (const m of allMatches(folderCompound, line)) folders.add(m[1]);
    // A monorepo's service folder holding a folder of its own name (`recap-worker/recap-worker/src/…`).
    if (line.includes('/')) for (const m of allMatches(repeatedFolder, line)) if (namesWhatItDoes(m[1]) && !holdsData(m[1])) repeatedFolders.add(m[1]);
    for (const list of listsOf(line)) lists.push(list);
    for (const m of allMatches(variableList, line)) variableLists.push(m[1].split(',').filter((member) => compoundAlone.test(member)));
  }
  for (const line of lines) for (const m of allMatches(connectionVariable, line)) variables.push(m[1]);
  const take = (text: string) => {
    if (!names.has(text) && isOwn(text)) {
      names.add(text);
      return true;
    }
    return false;
  };
  for (const variable of variables) {
    const spelt = variable.toLowerCase().replace(/_/g, '-');
    if (prose.has(spelt) && namesWhatItDoes(spelt)) take(spelt);
  }
  // A variable's peers are services whatever else the post says (`PROXY_ALLOWED_PEERS=recap-worker,…`).
  for (const list of variableLists) for (const member of list) take(member);
  for (const folder of folders) if (repeatedFolders.has(folder) || (prose.has(folder) && namesWhatItDoes(folder) && !holdsData(folder)) || namesProcessOnly(folder)) take(folder);
  for (let changed = true; changed; ) {
    changed = false;
    for (const list of lists) if (list.some((member) => names.has(member))) for (const member of list) changed = take(member) || changed;
  }
  // A sidecar or agent the post names once per service it serves (`pki-agent-news-creator`,
  // `pki-agent-recap-subworker` beside signed `news-creator`, `recap-subworker`; probe round 60):
  // its own name is the organisation's where no other sign is on its lines ("pki-agent の 3 層防御").
  // Both it and each per-service name are found.
  if (names.size) {
    const served = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    const perService = new RegExp(String.raw`${before}([a-z]{2,}-[a-z]{2,})-(${served})(?![A-Za-z0-9_-])`, 'gu');
    for (const line of lines) {
      if (!line.includes('-')) continue;
      for (const m of allMatches(perService, line)) {
        if (!namesProcessRole(m[1]) || names.has(m[1]) || !isOwn(m[1])) continue;
        names.add(m[1]);
        if (isOwn(`${m[1]}-${m[2]}`)) names.add(`${m[1]}-${m[2]}`);
      }
    }
  }
  for (const name of known) names.delete(name);
  return names;
}

/** A compound alone, as prose writes it (not in a path, host or identifier). */
const bareCompound = new RegExp(String.raw`${before}\x60?(${compound})\x60?${after}`, 'gu');
const repeatedFolder = new RegExp(String.raw`${pathStart}(${compound})\/\1\/`, 'gu');
/** A compound opening a path of at least one more part. */
const folderCompound = new RegExp(String.raw`${pathStart}(${compound})\/[\w.-]+`, 'gu');
/**
 * An environment variable naming how a service is reached: the words before its last, connection
 * word (`NEWS_CREATOR_URL`, `RECAP_WORKER_GRPC_ADDR`); two words or more before it.
 */
const connectionVariable = /\b([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)+?)_(?:(?:BASE|API|GRPC|HTTP|HTTPS|INTERNAL|PUBLIC)_)?(?:URL|URI|HOST|HOSTNAME|ADDR|ADDRESS|ENDPOINT|PORT|DSN|SERVICE|SVC|TARGET|UPSTREAM)\b/g;
/** A list's separators: a comma, a slash between spaces, an ideographic comma, "and", "or". */
const listSeparator = String.raw`\s*(?:,|、|，|\s\/|;)\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+`;
const listMember = String.raw`\x60?${compound}\x60?`;
const listOfCompounds = new RegExp(String.raw`${before}${listMember}(?:(?:${listSeparator})${listMember}${after})+`, 'gu');
/** An environment variable's list of peers or upstreams (`…_PEERS:-a-b,c-d}`, `UPSTREAMS=a-b,c-d`). */
const variableList = /\b[A-Z][A-Z0-9_]*(?:PEERS|UPSTREAMS|SERVICES|BACKENDS|TARGETS|HOSTS)(?::-|=|:\s*)["']?([a-z][a-z0-9-]*(?:,[a-z][a-z0-9-]*)+)/g;

const compoundAlone = new RegExp(`^${compound}$`);
/** The lists of two compounds or more on a line, each as its members. */
function listsOf(line: string): string[][] {
  const lists: string[][] = [];
  for (const m of allMatches(listOfCompounds, line)) lists.push([...m[0].matchAll(new RegExp(compound, 'g'))].map((member) => member[0]));
  return lists.filter((list) => list.length >= 2);
}
