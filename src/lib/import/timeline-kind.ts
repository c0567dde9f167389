import type { timelineKinds } from '../postmortem-schema.ts';

export type TimelineKind = (typeof timelineKinds)[number];

/**
 * An update that opens "We're investigating …", "We are currently experiencing …", "Update - We are
 * looking into …"; also after Google Cloud's labels, "Summary: <its title> Description: We are
 * experiencing an issue with …", the first update of its incidents.
 */
// "Were currently experiencing …" (GitHub's 2013-01-24, the apostrophe left out) is the same opening:
// a row does not open with the verb "were" before "investigating" or "experiencing".
const opensWithInvestigation = /^(?:(?:summary:[^\n]{0,300}?\s)?description:\s*)?(?:[*_]*update[*_]*\s*[-–—]\s*)?(?:we(?:['’‘`]?)re|we are|(?:our )?(?:engineers|engineering teams?|teams?) (?:is|are))(?: (?:currently|actively|now))? (?:investigating|looking into|experiencing)\b/i;

/**
 * "Paged" or a page as an alert sent to someone ("the on-call was paged", "page the SRE", "received a
 * PagerDuty page", "acknowledged the page"). "page" alone also names a web page ("slow page loads",
 * "a page of results"), which made such rows detections.
 */
const pageAsAlert = String.raw`paged\b|pages?\s+(?:(?:the|an?|our)\s+)?(?:on-?call|engineers?|team|sre|responders?|primary|secondary)\b|(?:received|got|sent|triggered|acknowledged|acked|answered|escalated)\s+(?:(?:the|an?|its|their)\s+)?(?:[\w-]+\s+)?pages?\b(?!\s+(?:loads?|views?|of|content|titles?|requests?|rendering|speed|size))|(?:\ban?|first|urgent|pagerduty|opsgenie)\s+pages?\b(?!\s+(?:loads?|views?|of|content|titles?|requests?|rendering|speed|size))`;

/**
 * "Reported" after a value, a version, a hash ("commit confirmed against the value independently
 * reported by other validators", Cumulo's Limonata report, import round 35) says what others' nodes
 * or a tool showed, not that the incident was reported: no detection. "The outage was reported by a
 * customer", "first reported", "users reported errors" still are.
 */
const reportedNotAValue = String.raw`(?<!\b(?:values?|versions?|hash(?:es)?|commits?|heights?|numbers?|figures?|counts?|checksums?|digests?|sizes?|fields?)\s+(?:\w+ly\s+)?)`;

/**
 * The kind of a timeline row from its wording, first rule that matches. Communication comes first
 * ("status page updated: resolved" is a message), then a row that opens with a decision, then
 * resolution before mitigation ("recovered after the rollback" closes the incident).
 */
const rules: [TimelineKind, RegExp][] = [
  // A report posted after the incident ("Mini Incident Report (All Times US/Pacific) Incident Start:
  // … Description: … an unexpected spike in traffic", "# INCIDENT REPORT"; Google Cloud's, days
  // later) tells the whole incident again: no moment of the response, whatever words it uses.
  ['other', /^[#\s*_]*(?:mini\s+)?incident\s+report\b/i],
  // A status page's update opens with its state, emphasised or before a dash ("*Monitoring* - A fix
  // was applied", "Investigating - We are aware …"): the state says the kind. "Monitoring showed
  // errors" or "Monitoring: …" in a team's own timeline is not such a label.
  ['detection', /^(?:[*_]+investigating[*_]+|investigating\s+[-–—])/i],
  ['mitigation', /^(?:[*_]+monitoring[*_]+|monitoring\s+[-–—])/i],
  ['resolution', /^(?:[*_]+resolved[*_]+|resolved\s+[-–—])/i],
  // The same states in a Chinese status page (Statusfy's zh-cn, import round 38: "*已解决* - 集群网络已经恢复正常。"):
  // investigating, recovering or monitoring, resolved.
  ['detection', /^(?:[*_]+(?:调查中|調查中)[*_]+|(?:调查中|調查中)\s*[-–—])/],
  ['mitigation', /^(?:[*_]+(?:恢复中|恢復中|监控中|監控中|观察中|觀察中)[*_]+|(?:恢复中|恢復中|监控中|監控中|观察中|觀察中)\s*[-–—])/],
  ['resolution', /^(?:[*_]+(?:已解决|已解決|已修复|已修復)[*_]+|(?:已解决|已解決|已修复|已修復)\s*[-–—])/],
  // The states of planned work and Statusfy's own ("*Completed* - The maintenance has been
  // completed", "*Fix* - We have resolved an issue …", "*Scheduled* - Downtime on …"): work ended,
  // a fix applied, an announcement, a check after the work as Monitoring is. "Identified", "Update",
  // "In progress" say no kind: the words of the update do.
  ['resolution', /^(?:[*_]+complete(?:d)?[*_]+|complete(?:d)?\s+[-–—])/i],
  ['mitigation', /^(?:[*_]+(?:fix(?:ed)?|verifying)[*_]+|(?:fix(?:ed)?|verifying)\s+[-–—])/i],
  ['communication', /^(?:[*_]+scheduled[*_]+|scheduled\s+[-–—])/i],
  ['communication', /\b(status ?page|statuspage|tweet|posted|announce|notif(?:y|ied) (?:customers|users)|e-?mail(?:ed)? (?:customers|users)|communicat|public update|customers? (?:were )?informed|update (?:was )?published)/i],
  // A row that opens with the decision is a decision, whatever it decided ("Decided to roll back").
  ['decision', /^\W*(?:we |the team |ic )?(decided|decision|agreed|chose|opted)\b/i],
  // "System restored" says the outage ended, as "service restored" does (import round 38b: a course's
  // rows "15:45 UTC: System restored. Users can now access their dashboards" were mitigations); a
  // system "restored from" a backup is the act of restoring, a mitigation (below).
  ['resolution', /\b(resolved|resolution|recovered|recovery (?:complete|confirmed)|fully (?:restored|operational|recovered)|back to normal|back (?:online|up and running)|back (?:on|in) the (?:\w+ ){0,2}(?:store|marketplace)|(?:is|was|are|were)(?: \w+)? back up again\b|(?:chain|service|site|network|nodes?|cluster|api|database|db|servers?|system|app|website|everything)\s+(?:is|was|are|were)(?: \w+)? back up\b|performance has (?:improved|recovered)\b|all clear|incident (?:was )?closed|closed the incident|returned to (?:normal|baseline)|returns to (?:normal|baseline)|self-heal(?:s|ed)|(?<!\b(?:ensure|verify|check|test|see)(?: that)? )(?:everything|all services) (?:is|was|are|were) (?:working|fine|ok|healthy)\b|(?:service|access|functionality|everything) (?:was |is )?restored|(?:system|systems|site|website|app|application|platform|connectivity)(?: (?:was|is|were|are|has been|have been))?(?: fully)? restored\b(?!\s+from\b)|(?:is|are|was|were)(?: \w+){0,2} available again)\b/i],
  // Upptime closes an issue of degraded performance with "🟩 Search API performance has improved in
  // [`e01f7b3`](…) after 185 minutes" (import round 44: a row of kind other, the incident's end unread).
  // What was fixed ("Updating some IIS configurations have fixed the issue", "identified and fixed by
  // hosting") is the mitigation; "not fixed", "will be fixed", "a fixed size" are not.
  // "Block" as a noun (a chain's block, "processes block 1036401", "a block from the minority
  // fork": import round 34) is no mitigation: blocking is, done ("blocked") or done to something
  // ("block traffic from", "blocking the attacker's IP"); so is killing what blocked ("nfs-share-creator
  // job is blocking deployment, the primary engineer kills the job", 2i2c, a mitigation before), and
  // a remediation done ("First remediation commit: replaced … in run: blocks", PortSwigger's).
  // "Blocked" as a state seen is none; a job that "reports blocked waiting for `agent-1`" states its
  // own state at the incident's start, no one detected it then (below); so is work that "was blocked"
  // (a job, a build, a deployment, a queue: import round 41), where "the IP was blocked" is blocking done (import round 40b: jenkins-status's "detects blocked update
  // center job", "job … reports blocked waiting for `agent-1`" were mitigations, and the first notice
  // `times.mitigated`); a configuration changed is one ("changed the configuration of `agent-1`", the
  // fix of that incident, had been read as its detection for "detects there was a DNS … issue").
  // A security incident is mitigated by quarantining a package and revoking or rotating what leaked
  // (the PyPI blog's "PyPI Security quarantines aiocpa", "Personal Access Token … destroyed", "I've
  // invalidated all affected tokens"); "Token is invalidated" describes a state (a cause), not an act.
  ['mitigation', /\b(restor(?:ed|ing)|repaired|roll(?:ed|ing)? ?back|roll(?:ed|ing) (?:[\w-]+ ){1,3}back\b|re-?assign(?:ed)?|rollback|revert|fail(?:ed)? ?over|mitigat|restart|reboot|scal(?:ed|ing) (?:up|out)|remediat(?:ed|ing)\b|remediation (?:commit|pr|patch|was|has been|deployed|applied|merged|released)\b|disabl|kill(?:s|ed)? (?:the |a |all |its |their )?(?:[\w-]+ )?(?:jobs?|process(?:es)?|pods?|quer(?:y|ies)|containers?|tasks?|workers?|connections?)\b|(?<!\b(?:detect(?:s|ed)?|notic(?:es|ed)|finds|found|sees|saw|spots|spotted|reports?|reported|(?:remains?|remained|stays?|stayed)(?: still)?)\s+(?:(?:the|a|an|its|their|still)\s+)?)(?<!\b(?:jobs?|builds?|deploy(?:ment)?s?|pipelines?|releases?|queues?|tasks?|workers?|upgrades?|updates?|migrations?|syncs?|merges?|backups?|runs?|publish(?:ing)?)\s+(?:was|were|is|are|got|gets|became|remained|has been|had been)\s+(?:still\s+)?)blocked\b(?!\s+(?:waiting|on|since)\b)|(?:chang(?:ed|es)|updated|fixed|corrected|adjusted) the (?:[\w`'-]+ ){0,2}config(?:uration)?\b|reconfigured|block(?:ing|s)? (?:the |all |its |their )?(?:[\w-]+ )?(?:traffic|access|requests?|ips?|ip addresses|addresses|users?|accounts?|ports?|writes?|attackers?|bots?|crawlers?|scrapers?)\b|throttl|hot ?fix|patch|(?<!\b(?:not|be|get|gets|getting|got|being)\s+(?:(?:it|that|this|them|these|those)\s+)?)fixed\b(?![-\s](?:size|rate|width|price|interval|number|ip|version|point|cost|term|income)\b)|workaround|deploy(?:ed)? (?:a |the )?fix|fix (?:was |has been |have been )?(?:deployed|applied|implemented|rolled out)|(?:applied|implemented) (?:a |the )?fix|drain|increase[ds]? the|raised the|quarantin|(?:revoked|invalidated|rotated) (?:the |all |its |their )?(?:[\w-]+ ){0,2}(?:tokens?|keys?|credentials?|sessions?|secrets?|passwords?)\b|(?:tokens?|keys?|credentials?|secrets?|passwords?) (?:was |were |has been |have been )?(?:destroyed|revoked|rotated)\b)/i],
  // A status update that opens by saying the team is investigating, or what it is experiencing
  // ("We're currently experiencing degraded search performance") (GitHub's messages of 2010-2018,
  // AWS's updates, a status page's "Update - We are investigating …") is the first word of it, as
  // the "Investigating" label is; read after resolution and mitigation, so that an update that
  // goes on to say what was fixed or restored stays that. "We're continuing to investigate" is not
  // the first word (work under way, below).
  ['detection', opensWithInvestigation],
  // Being told of the problem by someone else ("OSTIF and their contractor notified conda-forge of the
  // leaked token", import round 36; "we were notified") is its detection; telling customers (above) is not.
  ['detection', new RegExp(String.raw`\b(notified (?:us|(?:the )?(?:[\w/.-]+ ){0,2}team|[\w/.-]+) (?:of|about)\b|(?<!on-?call )(?:were|was|been) notified\b|ticket (?:is |was )?opened|opened a ticket|alert|${pageAsAlert}|alarm|fired|detect|notic(?:ed|es)|discover(?:ed|s)|observed|reports?\b(?!\s+(?:blocked|stuck|waiting)\b)|${reportedNotAValue}reported|first (?:\w+ )?(?:report|signal)|monitor|spike|began seeing|saw (?:an? )?(?:increase|errors))`, 'i')],
  // The problem confirmed is the problem known: "Consensus failure confirmed; initial triage begins"
  // (cheqd's upgrade RCA, import round 40) was the detection, and a regression seen 15 hours on
  // took its place. "Zero … errors confirmed" (pgmac's) is a check passed, not a problem found.
  ['detection', /\b(?<!\b(?:zero|no|0)\s+(?:\S+\s+){0,4})(?:failure|outage|issue|problem|halt|incident|bug|regression|errors?|breach|leak)s? (?:was |is |were |are |has been |have been )?confirmed\b|\bconfirmed (?:the |an? )?(?:failure|outage|issue|problem|halt|incident|bug|regression|breach|leak)\b/i],
  ['escalation', /\b(acknowledg|escalat|declared|incident (?:was )?opened|sev-?\d|war ?room|bridge|called in|joined|engaged|incident commander|on-?call (?:was )?(?:paged|notified))/i],
  ['decision', /\b(decided|decision|agreed|chose|opted|determined to)\b/i],
];

/**
 * Words that say there is no mitigation yet: Google Cloud's status updates end with "Workaround:
 * None at this time." and "We do not have an ETA for mitigation", which made every update a mitigation;
 * GitHub's with "We will continue to keep users updated on progress towards mitigation", or say
 * "We are working on a mitigation", "working to mitigate": the work, not the impact lessened.
 */
const noMitigationYet = /\bworkaround:?\s*(?:none|n\/a|not (?:yet )?available)\b[^.\n]*|\bno (?:known |available )?workarounds?\b|\b(?:no )?eta for (?:full )?(?:mitigation|resolution|recovery)\b|\bprogress(?:es|ing)? towards? (?:a |full )?mitigat\w*|\bmitigation progress\b|\b(?:work(?:s|ing)?|attempt(?:s|ing)?) (?:on|towards?|to) (?:further )?(?:a |the |full )?mitigat\w*/gi;

/**
 * A resolution or a fix sought, not had: "working with two vendor support teams to find a
 * resolution", "There is still no resolution ETA", "don't know if a resolution is close" (UGRC's status
 * updates) made such rows resolutions, and `times.resolved` the minute the search began.
 */
/**
 * "Resolution" as a lookup, not an incident's end: "Regression in DID/resource resolution observed"
 * and "identity resolution issues detected" (cheqd's upgrade RCAs, import round 40), "DNS resolution
 * failures", "name resolution", "dependency resolution", "screen resolution". Such rows were
 * resolutions, and `times.resolved` the minute the regression was found, hours before the end.
 */
const lookupResolution = /\b(?:dns|name|domain|host(?:name)?|address|ip|did|identity|identifier|resource|dependency|dependencies|package|module|symbol|path|url|uri|conflict|merge|screen|display|image|video|time|clock)(?:\s*\/\s*[\w-]+)?[\s-]+resolution\b/gi;

const noResolutionYet = /\b(?:find|finding|reach|reaching|seek|seeking|no|if|whether)\s+(?:a\s+|an\s+|the\s+)?(?:permanent\s+|full\s+)?(?:resolution|fix|solution)\b[^.;\n]*|\b(?:resolution|fix|mitigation)\s+eta\b/gi;

/**
 * Work in progress or intended, not done: "We are working to fail over to the secondary region",
 * "preparing to roll back", "in the process of restarting", "continuing to monitor", "attempting to
 * restore". What follows such words (to the end of its clause) says what is being done or will
 * be, so it is not the moment a mitigation, a resolution or a detection happened: GitHub's "We are
 * working to fail over" made its row a mitigation (and `times.mitigated` the minute it was written),
 * "We are continuing to monitor" after a fix a detection. What was done is written in the past
 * ("failed over", "rolled back", "mitigated") or as a status page's state label, which stays: the
 * label opens the row, before these words. After "when", "while" (… "when attempting to run a
 * task, sees the logs alerting") they open a clause of circumstance: the row says what followed.
 */
const notDoneYet = /(?<!\b(?:when|while|whilst|upon|after|before) )\b(?:work(?:s|ing)?\s+(?:to|on|towards?)|prepar(?:e|es|ing)\s+(?:to|for)|in\s+the\s+process\s+of|continu(?:e|es|ing)\s+to|attempt(?:s|ing)?\s+to|plan(?:s|ning)?\s+to)\b[^.;:!?\n]*/gi;

/**
 * An attempt the row says failed: "Rollback attempted by starting the prior version; crashes on
 * missing column" (a homelab report, import round 42) was a mitigation for "rollback", and
 * `times.mitigated` the minute the rollback broke the backup. The clause of "attempted" or "tried", to the
 * failure and the end of its clause: what the row says after that (`…failed; restored from the
 * snapshot`) is read.
 */
const failedAttempt = /[^.;\n]*\b(?:attempted|tried)\b[^.\n]*?\b(?:crash(?:es|ed)?|fail(?:s|ed)?|did not (?:work|help)|didn't (?:work|help)|unsuccessful(?:ly)?|to no effect|without success)\b[^.;\n]*/gi;

export function inferTimelineKind(text: string): TimelineKind {
  return kindOf(text, rules);
}

function kindOf(text: string, which: [TimelineKind, RegExp][]): TimelineKind {
  const said = text.replace(noMitigationYet, ' ').replace(noResolutionYet, ' ').replace(lookupResolution, ' ');
  // A message, a decision or an escalation is one whatever it says is under way ("we will continue
  // to post updates on the status page"): only what happened to the service is read without them.
  const done = said.replace(notDoneYet, ' ').replace(failedAttempt, ' ');
  for (const [kind, pattern] of which) if (pattern.test(kind === 'mitigation' || kind === 'resolution' || kind === 'detection' ? done : said)) return kind;
  return 'other';
}

const rulesWithoutOpening = rules.filter(([, pattern]) => pattern !== opensWithInvestigation);

/**
 * True when the row is a detection only because it opens "We're investigating …": such an update
 * posted after the team had already mitigated something is about a second problem ("we are looking
 * into issues accessing some GitHub Pages", a day into a search outage), not when the incident was
 * noticed; the key times do not take it as the detection (src/lib/import/import-report.ts).
 */
export function isDetectionByItsOpeningOnly(text: string): boolean {
  return kindOf(text, rules) === 'detection' && kindOf(text, rulesWithoutOpening) !== 'detection';
}
