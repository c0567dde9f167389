/**
 * A page kept beside the reports that is a document of another kind: an audit, an inventory, a
 * dashboard, a strategy, a plan, a diagram's description, a readiness checklist, a conformity or lint report, a code review, an evaluation, an
 * acceptance test, a record of the system's state. homelab-vixens keeps 35 such pages beside its 15
 * post-mortems in docs/reports/ ("Conformity Report", "Application Version Inventory", "Plan de
 * Migration …", "Recette Technique"), and each became a draft (import rounds 24 to 26). Such a page
 * is told by its title, which names its kind and no incident (outage, failure, crash, down, errors,
 * unable, maintenance, security, …), and by having no section of a report (root cause, timeline,
 * what happened, …). A short notice of an incident is never one: its title or
 * text names what broke, and its title names no such kind.
 */

/** Kinds of document, by the words their titles name them with (English and French), each with how the refusal says it. */
const documentKinds: [RegExp, string][] = [
  [/\baudits?\b/iu, 'an audit'],
  [/\b(?:inventory|inventaire)\b/iu, 'an inventory'],
  [/\b(?:dashboard|tableau de bord)\b/iu, 'a dashboard'],
  [/\b(?:strategy|stratégie)\b/iu, 'a strategy'],
  [/\brecommendations?\b/iu, 'recommendations'],
  [/\b(?:conformity|conformité|compliance|lint|quality|qualité)\s+(?:report|rapport)\b/iu, 'a conformity or quality report'],
  [/\bcode review\b/iu, 'a code review'],
  [/(?:^|[^\p{L}])(?:evaluation|évaluation|assessment)(?![\p{L}])/iu, 'an evaluation'],
  [/\b(?:recette|acceptance tests?|(?:robustness |load |performance )?test report)\b/iu, 'a test report'],
  [/\b(?:plan|roadmap)\b/iu, 'a plan'],
  // "État Réel du Cluster", "Application State - Desired": not a status site's "### State" section.
  [/(?:^|[^\p{L}])(?:état (?:réel|actuel|souhaité|désiré)|(?:actual|desired|current|application|cluster) state|state - (?:actual|desired))(?![\p{L}])/iu, 'a record of the system\'s state'],
  [/\b(?:rapport|resource analysis)\b/iu, 'an analysis or a project report'],
  // Round 53: an SRE wiki's "Lucid Diagram: Auth Architecture" (a diagram's link and owner) and
  // "Event Prep: Holiday Traffic Readiness" (an event's checklist) were drafts.
  [/\b(?:diagrams?|architecture|diagramme)\b/iu, 'a diagram or an architecture description'],
  [/\b(?:readiness|event prep(?:aration)?|preparedness|checklist)\b/iu, 'a readiness plan or checklist'],
];

/** Words of an incident, or of a notice about one (a maintenance, a security issue): a title naming one is a report's. */
const incidentWord = /(?:^|[^\p{L}])(?:incidents?|outages?|post-?mortems?|pannes?|crash\w*|down|downtime|failures?|failed|fails?|broken|disruptions?|degrad\w+|unavailab\w+|unreachable|unable|cannot|can't|not working|errors?|issues?|problems?|slow\w*|delay\w*|breach\w*|vulnerabilit\w+|exploit\w*|attacks?|halt\w*|malware|malicious|compromis\w*|leak\w*|root cause|impact\w*|maintenance|security|sécurité|lost|loss|stuck|interrupt\w*|emergency|urgence)(?![\p{L}])/iu;

/**
 * Sections of a report of an incident: a page with one is kept, whatever its title. Other words of
 * an incident in headings do not keep a page (a lint report's "Yamllint Errors", a test report's
 * "Test 3: subprocess crash", an audit's "Alarme & Sécurité").
 */
const reportSection = /(?:^|[^\p{L}])(?:incidents?|outages?|post-?mortems?|pannes?|root causes?|causes?|timeline|chronolog\w+|what happened|lessons? learned|resolution)(?![\p{L}])/iu;

/**
 * The kind of document a page is ("an audit", "a plan") with its title, or undefined when it may
 * be a report: its title (frontmatter `title`, or its first heading) names a kind of document, and
 * its title names no incident and none of its headings is a report's section.
 */
export function otherDocumentKind(text: string): { kind: string; title: string } | undefined {
  const frontmatter = /^\uFEFF?(?:[ \t]*\r?\n)*---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const body = frontmatter ? text.slice(frontmatter[0].length) : text;
  const headings = [...body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').matchAll(/^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((match) => match[1]);
  const stated = frontmatter && /^title:\s*["']?(.+?)["']?\s*$/m.exec(frontmatter[1])?.[1];
  const title = (stated ?? headings[0])?.replace(/[*_`]/g, '').trim();
  if (!title) return undefined;
  const kind = documentKinds.find(([words]) => words.test(title))?.[1];
  if (!kind || incidentWord.test(title) || headings.some((heading) => reportSection.test(heading))) return undefined;
  return { kind, title };
}
