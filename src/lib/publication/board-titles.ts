/**
 * A dashboard's or board's title written without quotes ("the Payments Overview dashboard", "the
 * Ledger Queue Health board"; since probe round 30, docs/redaction.md, "Probe round 30"): a title
 * the organisation gave a page of its monitoring, named after its systems. A quoted title was
 * read already (named-systems.ts); unquoted, its words are ordinary ones, so only the noun says
 * it is a title: two to five capitalised words right before a lower-case "dashboard" or "board".
 *
 * Not read: a vendor's or public term's page ("the Grafana dashboard", "the AWS Personal Health
 * Dashboard" — a capital "Dashboard" is part of a product's name), and titles holding a public
 * term ("the Node Exporter Full dashboard", "the Kubernetes Cluster dashboard": public dashboards
 * of public exporters).
 *
 * A title of one word (since probe round 31: "the Payouts board", "our Reconciliation
 * dashboard") is read after an article or a possessive, when the word is no public term, no brand
 * (a vendor's own dashboard: "the Vercel dashboard", "the Trello board"), no acronym and no word
 * that names a kind of board rather than a system (`genericBoardWord`: "the Overview dashboard",
 * "the Kanban board", "the Status board").
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import { readsAsPersonName } from './person-clause-forms.ts';
import { brandNames } from './brand-names.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import type { CuedPattern } from './cued-pattern.ts';

const titleWord = String.raw`\p{Lu}[\p{Ll}\p{N}]+`;
const boardTitle = new RegExp(String.raw`(?<![\p{L}\p{N}_'’"“/#.-])((?:${titleWord}[ \u00a0]+){0,4}${titleWord})[ \u00a0]+(dashboard|board|runbook|playbook)s?\b`, 'gu');
/** Words that open a sentence or a phrase before a title, not part of it. */
const leadingWord = /^(?:The|Our|Their|Its|This|That|These|Those|A|An|Each|Every|Both|No|Any|Some|My|Your|His|Her|See|Check|Open|On|In|From|Using|Use|Via|Per|And|Or|But|Then|When|While|After|Before|During|Only|Even|All|New|Old|Main|Shared)$/;

/** The article or possessive before a title of one word ("the", "our"). */
const determiner = /^(?:The|Our|Their|Its|This|That|Your|My)$/i;
/** Words naming a kind of board or its audience, not a system: a board of one such word names nothing internal. */
const genericBoardWord = /^(?:overview|status|main|home|admin|default|summary|kanban|scrum|sprint|project|projects|team|teams|incident|incidents|ops|operations|health|executive|engineering|product|roadmap|release|releases|support|alerts?|alerting|monitoring|metrics|performance|service|services|system|systems|operator|operators|leader|leaders|public|private|internal|new|old|shared|personal|custom|global|regional|network|infrastructure|infra|security|usage|cost|costs|capacity|traffic|latency|errors?|uptime|availability|sla|slo|slos|observability|logs?|logging|tracing|debug|debugging|deploy|deploys|deployment|deployments|build|builds|ci|cd|test|tests|testing|staging|production|prod|dev|development|job|jobs|queue|queues|task|tasks|issue|issues|bug|bugs|planning|review|dashboard|board|admin|settings|account|accounts|user|users|customer|customers|community|game|message|notice|bulletin|white|black|circuit|mother|key|dart|chess|surf|skate|snow|card|cutting|diving|draft|drawing|clip|score|sounding|floor|bread|running|ironing|side|dash|recovery|failover|rollback|emergency|escalation|response|outage|disaster|restore|backup|backups|upgrade|upgrades|migration|maintenance|setup|onboarding|triage|troubleshooting|standard|general|basic|first|on-call|oncall|pager|paging)$/i;

/** Words opening a runbook's title that name a kind of procedure or a part of any infrastructure, not one system (since probe round 34). */
const procedureWord = /^(?:database|databases|db|primary|replica|replicas|secondary|queue|drain|draining|node|nodes|cluster|clusters|cache|certificate|certificates|cert|certs|rotation|rotating|rotate|renewal|renewing|dns|disk|disks|memory|cpu|network|storage|host|hosts|server|servers|load|balancer|region|regional|zone|zonal|data|datacenter|datacentre|power|hardware|vendor|provider|cloud|domain|email|mail|payment|payments|login|authentication|auth|access|credential|credentials|secret|secrets|key|keys|password|passwords|account|accounts|certificate|expired|expiry|high|low|full|slow|stuck|failed|failing|broken|lost|partial|total|complete|major|minor|critical|severe|sev|p1|p2|planned|unplanned|scheduled|manual|automatic|automated|quarterly|weekly|daily|annual|yearly|monthly|nightly|break|glass|breakglass|fire|flood|ddos|abuse|spam|fraud|phishing|malware|ransomware|breach|leak|compromise|vulnerability|patch|patching|kernel|os|version|dependency|dependencies|config|configuration|feature|flag|flags|traffic|rate|limit|limits|quota|quotas|capacity|scaling|scale|cost|billing|customer|customers|user|users|partner|partners|third|party|external|internal|api|web|mobile|app|application|applications|service|services|frontend|backend|edge|cdn|firewall|vpn|proxy|gateway|ingress|egress|pipeline|deploy|deployment|release|hotfix|rollback|revert|restore|restoring|backup|backups|snapshot|snapshots|migration|upgrade|upgrades|cutover|switchover|switch|handover|handoff|shutdown|startup|restart|reboot|cold|warm|hot|start|stop|standard|common|generic|general)$/i;

/** Words closing a procedure's title that say what is done, not to what ("the Database Failover Process runbook"). */
const procedureTail = /^(?:process|procedure|procedures|steps|guide|checklist|plan|drill|test|tests|exercise|response|recovery|runbook|playbook|sop|handbook|policy|flow|workflow|order|sequence|notes|reference|overview|basics|how-?to)$/i;

export const cuedBoardTitle: CuedPattern = { name: "a board's title before its noun", cue: /board|runbook|playbook/, pattern: boardTitle };

/** Titles of the organisation's dashboards on one line. */
export function findBoardTitles(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  if (!cuedBoardTitle.cue.test(line)) return [];
  const found: NamedSystemMatch[] = [];
  for (const m of allMatches(boardTitle, line)) {
    const words = m[1].split(/[ \u00a0]+/);
    let skip = 0;
    while (skip < words.length && leadingWord.test(words[skip])) skip++;
    const title = words.slice(skip);
    if (!title.length) continue;
    if (title.length === 1) {
      const word = title[0];
      const before = skip > 0 ? words[skip - 1] : /(?:^|[\s(])(\p{L}+)[ \u00a0]+$/u.exec(line.slice(0, m.index))?.[1] ?? '';
      if (determiner.test(before) && !genericBoardWord.test(word) && !/^\p{Lu}+$/u.test(word) && !brandNames.has(word.toLowerCase()) && !isPublicTerm(word) && !isPublicName(word)) {
        found.push({ rule: 'redact/internal-name', text: word, index: m.index + m[1].length - word.length, why: "a dashboard's title of one word" });
      }
      continue;
    }
    // A runbook's or playbook's title of several words is a procedure's ("the Database Failover
    // runbook"), not a system's, unless it opens with a word naming no kind of procedure or part
    // of an infrastructure: the system it is for (since probe round 34: "the Ledger Primary
    // Failover playbook", "the Zarnith Queue Drain runbook").
    if (m[2] !== 'dashboard' && m[2] !== 'board' && (genericBoardWord.test(title[0]) || procedureWord.test(title[0]))) {
      // Since probe round 36: a procedure for one system ("the Failover Ledger runbook", "the Restore
      // Zarnith playbook"), a procedure word and a word naming no kind of procedure or part of any
      // infrastructure: the system's name, found alone.
      const system = title.slice(1).filter((word) => !genericBoardWord.test(word) && !procedureWord.test(word) && !procedureTail.test(word));
      const last = system.at(-1);
      if (system.length === 1 && last !== undefined && last === title.at(-1) && !isPublicTerm(last) && !brandNames.has(last.toLowerCase()) && !/^\p{Lu}+$/u.test(last) && !isPublicName(last)) {
        found.push({ rule: 'redact/internal-name', text: last, index: m.index + m[1].length - last.length, why: "a system's name in a runbook's title" });
      }
      continue;
    }
    if ( title.some((word) => isPublicTerm(word) || /^\p{Lu}+$/u.test(word)) || isPublicTerm(title.join(' ')) || isPublicName(title.join(' '))) continue;
    const text = title.join(' ');
    // A person's name before the noun ("the Sarah Qalandri dashboard") is the person rules' finding;
    // not a code name before a kind of board (since leaks37b: "the Kestrith Overview dashboard",
    // which the person rules leave, no surname being "Overview").
    if (title.length === 2 && readsAsPersonName(text) && !genericBoardWord.test(title[1])) continue;
    found.push({ rule: 'redact/internal-name', text, index: m.index + m[0].indexOf(text), why: "a dashboard's title" });
  }
  return found;
}
