import { stringify as stringifyYaml } from 'yaml';
import { isObject, type Json } from './json-object.ts';

/**
 * Incidents kept as tickets of an issue tracker, exported as JSON: GitHub issues as `gh issue list
 * --json …` writes them (`title`, `body`, `createdAt`, `closedAt`, `labels`, `comments` with
 * `author.login`, `createdAt`, `body`) or as the REST API returns them (`created_at`,
 * `closed_at`, `user.login`, `comments` a count), as status pages built on issues open them
 * (Upptime: "🛑 Site is down", closed when it is back up); and Jira's issues as its REST API
 * returns them (`{ issues: [{ key, fields: { summary, description, created, resolutiondate,
 * priority, components, labels, comment } }] }`, the description as text in Jira's wiki markup or
 * as an Atlassian document). Each issue becomes one report in Markdown, in the shape the importer
 * reads: frontmatter for the title, summary, day, start and end, severity and services; the
 * issue's text as its body; its comments as the timeline, each at the minute it was posted.
 */
export interface IssueExport {
  kind: string;
  /**
   * One report per issue; `source` is its texts as the export holds them (title, body, comments,
   * labels, names), one a line, for measuring that none is lost. Times are not among them: they are
   * rewritten in UTC.
   */
  reports: { label: string; text: string; source: string }[];
  notes: string[];
  /** Issues of the export that are no incident (Jira's sub-tasks, an empty template), said once, with the first draft. */
  passedOver?: string[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.replace(/\r\n?/g, '\n').trim() : typeof value === 'number' ? String(value) : undefined);

/** An instant as written by GitHub (`2024-03-05T14:02:33Z`) or Jira (`2024-03-05T14:02:33.000+0100`). */
function instant(value: unknown): Date | undefined {
  const raw = text(value)?.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = raw ? Date.parse(raw) : NaN;
  return Number.isFinite(time) ? new Date(time) : undefined;
}
const utcMinute = (at: Date) => at.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const utcInstant = (at: Date) => at.toISOString().replace('.000Z', 'Z');
/** A text of several lines as a list item's continuation: indented, so it stays in the item. */
const inItem = (body: string) => body.trim().replace(/\n/g, '\n  ');
/** One comment as a list item of the timeline: its minute, its text, and who wrote it (a GitHub login with its `@`, a Jira display name). */
const commentItem = (at: Date | undefined, body: string | undefined, by: string | undefined) =>
  `- ${at ? utcMinute(at) : '(no time given)'} ${inItem(body ?? '')}${by ? `\n  (comment by ${by})` : ''}`;

/**
 * Comments the tracker shows to some readers only: a Jira comment restricted to a role or group
 * (`visibility`), an internal note of Jira Service Management (`jsdPublic: false`), a comment
 * GitHub hides as minimized (`isMinimized`). Written inside <Internal> after the timeline, so that
 * no public post made of the draft shows them (as timeline rows, one did: canary round 39), and
 * not read for the draft's timeline.
 */
const isRestrictedComment = (comment: Json) => isObject(comment.visibility) || comment.jsdPublic === false || comment.isMinimized === true;

/** The timeline section of the comments' rows, and the restricted ones' section inside <Internal>. */
function commentSections(comments: Json[], row: (comment: Json) => string): string[] {
  const open = comments.filter((comment) => !isRestrictedComment(comment)).map(row);
  const restricted = comments.filter(isRestrictedComment).map(row);
  return [
    open.length ? `## Timeline\n\n${open.join('\n')}` : '',
    restricted.length ? `<Internal>\n\n## Comments not shown to everyone in the tracker\n\n${restricted.join('\n')}\n\n</Internal>` : '',
  ];
}

function report(frontmatter: Json, body: string[]): string {
  const defined = Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)));
  // Not folded: a long summary stays on one line, as the issue wrote it.
  return `---\n${stringifyYaml(defined, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.filter((part) => part.trim()).join('\n\n')}\n`;
}

/**
 * The first paragraph of prose of an issue's body, as a line of plain text: a summary shown on list
 * pages, so links are their text and emphasis and code marks go (Upptime's "In [`3f9c2ab`](…), Docs
 * site (…) was **down**:"), and the items of a list in it one after another ("…: HTTP code: 503; Response time: 812 ms"). The body keeps them.
 */
const firstParagraph = (body: string | undefined) => {
  const paragraphs = body?.split(/\n\s*\n/).map((p) => p.replace(/\n[-*] (?=\S)/g, (_, at: number) => (at > 0 && !/[:;,.]$/.test(p.slice(0, at).trimEnd()) ? '; ' : ' ')).replace(/\s+/g, ' ').trim())
    // A paragraph of no letter or digit (a zero-width joiner Jira's editor leaves opening a description) is none (round 51: the summary was "‌", the draft invalid).
    .filter((p) => p && /[\p{L}\p{N}]/u.test(p) && !/^(?:#|<!--|```|\||[-*] \[)/.test(p)) ?? [];
  // A description written as a template's labels ("**Date:** …", "**Owner:** …", "**Executive Summary:** …", round 51):
  // the summary is the one labelled so, without its label; the other labels are its metadata, not a summary.
  const labelled = /^\*\*[^*\n]{1,40}:\*\*\s*/;
  const summaryLabel = /^\*\*(?:executive |incident )?(?:summary|overview|tl;?dr):\*\*\s*/i;
  const chosen = paragraphs.find((p) => summaryLabel.test(p))?.replace(summaryLabel, '') ?? paragraphs.find((p) => !labelled.test(p));
  return chosen?.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2').replace(/`([^`]+)`/g, '$1');
};
const namesOf = (list: unknown, key = 'name') => (Array.isArray(list) ? list.map((item) => (isObject(item) ? text(item[key]) : text(item))).filter((name): name is string => !!name) : []);

/** A written word of priority or severity among an issue's labels (`sev-2`, `P1`, `severity: high`). */
function severityLabel(labels: string[]): string | undefined {
  return labels.find((label) => /^(?:sev[-: ]*\d|p[0-5]$|(?:severity|priority)[-: ]+\S)/i.test(label.trim()))?.replace(/^(?:severity|priority)[-: ]+/i, '');
}

// ---------------------------------------------------------------- GitHub

/**
 * An issue as GitHub's API or `gh issue list --json` writes it. `gh` writes only the fields asked
 * for: `--json title,body,createdAt,closedAt,labels,comments` (the command this import advises, and
 * the one an Upptime status page's issues are exported with) has no `number`, and such an export
 * was passed over as data, none of its incidents read (import round 44). Without a number, an
 * issue is one when it has, beside its title and opening time, a field only an issue has.
 */
const isGitHubIssue = (value: unknown): value is Json => isObject(value) && typeof value.title === 'string' && ('createdAt' in value || 'created_at' in value)
  && (typeof value.number === 'number' || ['body', 'closedAt', 'closed_at', 'comments', 'labels', 'state'].some((field) => field in value));

/** The issue's number: its own, else the one its address ends with (`…/issues/41`), else its place in the export. */
function issueNumber(issue: Json, place: number): { label: string; numbered: boolean } {
  if (typeof issue.number === 'number') return { label: String(issue.number), numbered: true };
  const fromUrl = /\/issues\/(\d+)(?:[#?].*)?$/.exec(text(issue.url) ?? text(issue.html_url) ?? '')?.[1];
  return fromUrl ? { label: fromUrl, numbered: true } : { label: `issue-${place + 1}`, numbered: false };
}

function gitHubIssue(issue: Json, number: { label: string; numbered: boolean }): string {
  const opened = instant(issue.createdAt ?? issue.created_at);
  const closed = instant(issue.closedAt ?? issue.closed_at);
  const labels = namesOf(issue.labels);
  const author = isObject(issue.author) ? text(issue.author.login) : isObject(issue.user) ? text(issue.user.login) : undefined;
  const assignees = namesOf(issue.assignees, 'login');
  const body = text(issue.body);
  const comments = (Array.isArray(issue.comments) ? issue.comments : []).filter(isObject);
  const row = (comment: Json) => {
    const at = instant(comment.createdAt ?? comment.created_at);
    const who = isObject(comment.author) ? text(comment.author.login) : isObject(comment.user) ? text(comment.user.login) : undefined;
    return commentItem(at, text(comment.body), who && `@${who}`);
  };
  const url = text(issue.url) ?? text(issue.html_url);
  const state = text(issue.state)?.toLowerCase();
  const commentCount = typeof issue.comments === 'number' ? issue.comments : undefined;
  const milestone = isObject(issue.milestone) ? text(issue.milestone.title) : undefined;
  return report({
    title: text(issue.title),
    summary: firstParagraph(body),
    date: opened && utcInstant(opened),
    // The issue was opened when the incident was seen, or a monitor (Upptime) found the site down:
    // the earliest moment the export states. Closing it ends the incident.
    started_at: opened && utcInstant(opened),
    resolved_at: closed && utcInstant(closed),
    severity: severityLabel(labels),
    labels,
  }, [
    `GitHub issue ${number.numbered ? `#${number.label}` : `without a number (issue ${number.label.replace('issue-', '')} of the export)`}${url ? ` (${url})` : ''}, opened${opened ? ` ${utcMinute(opened)}` : ''}${author ? ` by @${author}` : ''}${closed ? `, closed ${utcMinute(closed)}` : state === 'open' ? ', still open' : ''}${labels.length ? `; labels: ${labels.join(', ')}` : ''}${assignees.length ? `; assignees: ${assignees.map((a) => `@${a}`).join(', ')}` : ''}${milestone ? `; milestone: ${milestone}` : ''}.`,
    body ?? '',
    ...(comments.length ? commentSections(comments, row) : [commentCount ? `(The issue has ${commentCount} comment(s), which this export does not hold: export with \`gh issue list --state all --json number,title,body,createdAt,closedAt,labels,comments,url\` to import them.)` : '']),
  ]);
}

/** The texts of a GitHub issue as the export holds them. */
function gitHubTexts(issue: Json): string {
  const login = (who: unknown) => (isObject(who) ? text(who.login) : undefined);
  const comments = (Array.isArray(issue.comments) ? issue.comments : []).filter(isObject);
  return [text(issue.title), text(issue.body), ...namesOf(issue.labels), login(issue.author) ?? login(issue.user), ...namesOf(issue.assignees, 'login'),
    ...comments.flatMap((comment) => [text(comment.body), login(comment.author) ?? login(comment.user)])].filter(Boolean).join('\n');
}

// ---------------------------------------------------------------- Jira

/** Jira's wiki markup (REST API v2) in its structure only: `h2.` headings, `{code}` and `{noformat}` blocks, `#`/`*` lists; the words unchanged. */
function jiraWikiToMarkdown(wiki: string): string {
  let inCode = false;
  return wiki.split('\n').map((line) => {
    const fence = /^\s*\{(?:code|noformat)(?::[^}]*)?\}\s*$/.exec(line);
    if (fence) { inCode = !inCode; return '```'; }
    if (inCode) return line;
    const heading = /^h([1-6])\.\s+(.*)$/.exec(line);
    if (heading) return `${'#'.repeat(Math.min(6, Number(heading[1]) + 1))} ${heading[2]}`;
    const numbered = /^(#+)\s+(.*)$/.exec(line);
    if (numbered) return `${'   '.repeat(numbered[1].length - 1)}1. ${numbered[2]}`;
    const bullet = /^(\*+)\s+(.*)$/.exec(line);
    if (bullet) return `${'  '.repeat(bullet[1].length - 1)}- ${bullet[2]}`;
    return line;
  }).join('\n');
}

/** An Atlassian document (Jira Cloud's REST API v3) as Markdown: paragraphs, headings, lists, code, quotes, tables as lines, mentions and links as their text. */
function atlassianDocument(node: unknown, depth = 0): string {
  if (!isObject(node)) return '';
  const children = (Array.isArray(node.content) ? node.content : []);
  const inner = (separator = '') => children.map((child) => atlassianDocument(child, depth)).join(separator);
  const attrs = isObject(node.attrs) ? node.attrs : {};
  switch (node.type) {
    case 'text': return text(node.text) !== undefined ? String(node.text) : '';
    case 'hardBreak': return '\n';
    case 'mention': return text(attrs.text) ?? '';
    case 'emoji': return text(attrs.text) ?? text(attrs.shortName) ?? '';
    case 'inlineCard': case 'blockCard': return text(attrs.url) ?? '';
    case 'date': return attrs.timestamp ? new Date(Number(attrs.timestamp)).toISOString().slice(0, 10) : '';
    case 'status': return text(attrs.text) ?? '';
    case 'heading': return `${'#'.repeat(Math.min(6, Number(attrs.level ?? 1) + 1))} ${inner()}`;
    case 'codeBlock': return `\`\`\`\n${inner()}\n\`\`\``;
    case 'blockquote': return inner('\n\n').split('\n').map((line) => `> ${line}`).join('\n');
    case 'rule': return '---';
    case 'bulletList': case 'orderedList': return children.map((item) => {
      const itemText = isObject(item) ? (Array.isArray(item.content) ? item.content : []).map((c) => atlassianDocument(c, depth + 1)).join('\n') : '';
      return `${'  '.repeat(depth)}${node.type === 'orderedList' ? '1.' : '-'} ${itemText.replace(/\n/g, `\n${'  '.repeat(depth + 1)}`)}`;
    }).join('\n');
    case 'table': return children.map((row) => (isObject(row) && Array.isArray(row.content) ? row.content.map((cell) => atlassianDocument(cell, depth).replace(/\n+/g, ' ')).join(' | ') : '')).join('\n\n');
    case 'doc': return inner('\n\n');
    default: return children.length ? inner(node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'tableHeader' || node.type === 'listItem' ? '' : '\n\n') : '';
  }
}

const jiraText = (value: unknown) => (isObject(value) ? atlassianDocument(value).trim() || undefined : text(value) && jiraWikiToMarkdown(text(value)!));
const isJiraIssue = (value: unknown): value is Json => isObject(value) && typeof value.key === 'string' && isObject(value.fields) && 'summary' in value.fields;
/** Fields already read, and Jira's own bookkeeping (not words of the report). */
const jiraRead = new Set(['summary', 'description', 'created', 'resolutiondate', 'priority', 'components', 'labels', 'comment', 'status', 'issuetype', 'assignee', 'reporter', 'creator', 'resolution', 'project', 'updated', 'lastViewed', 'statuscategorychangedate', 'watches', 'votes', 'worklog', 'timetracking', 'attachment', 'issuelinks', 'subtasks', 'progress', 'aggregateprogress', 'workratio', 'environment', 'fixVersions', 'versions', 'duedate', 'security', 'timespent', 'timeestimate', 'timeoriginalestimate', 'aggregatetimespent', 'aggregatetimeestimate', 'aggregatetimeoriginalestimate']);

const jiraName = (value: unknown) => (isObject(value) ? text(value.name) ?? text(value.displayName) ?? text(value.value) : text(value));

/**
 * Fields a team added (customfield_10042 "Root cause") hold words of the report when they hold
 * text: a sentence, an Atlassian document, an option's name, or a word in a field the export names.
 */
function customFields(fields: Json, names: Json): { heading: string; words: string }[] {
  return Object.entries(fields).filter(([key]) => !jiraRead.has(key)).flatMap(([key, value]) => {
    const words = isObject(value) && value.type === 'doc' ? jiraText(value) : typeof value === 'string' && /\s/.test(value.trim()) ? jiraText(value) : jiraName(value);
    if (!words || (typeof value === 'string' && !/\s/.test(value.trim()) && !names[key])) return [];
    return [{ heading: text(names[key]) ?? key, words }];
  });
}

function jiraIssue(issue: Json, names: Json, site: string | undefined): string {
  const fields = issue.fields as Json;
  const created = instant(fields.created);
  const resolved = instant(fields.resolutiondate);
  const components = namesOf(fields.components);
  const labels = namesOf(fields.labels);
  const name = jiraName;
  const description = jiraText(fields.description);
  const environment = jiraText(fields.environment);
  const comments = (isObject(fields.comment) && Array.isArray(fields.comment.comments) ? fields.comment.comments : Array.isArray(fields.comment) ? fields.comment : []).filter(isObject);
  const row = (comment: Json) => {
    const at = instant(comment.created);
    const who = isObject(comment.author) ? text(comment.author.displayName) ?? text(comment.author.name) : undefined;
    return commentItem(at, jiraText(comment.body), who);
  };
  const custom = customFields(fields, names).map(({ heading, words }) => `## ${heading}\n\n${words}`);
  return report({
    title: text(fields.summary),
    summary: firstParagraph(description),
    date: created && utcInstant(created),
    // Jira's "Created" is when the ticket was opened, the earliest moment the issue states; "Resolved" when it was resolved.
    started_at: created && utcInstant(created),
    resolved_at: resolved && utcInstant(resolved),
    priority: name(fields.priority),
    components,
    labels,
  }, [
    `Jira issue ${issue.key}${site ? ` (${site}/browse/${issue.key})` : ''}${name(fields.issuetype) ? `, ${name(fields.issuetype)}` : ''}${name(fields.status) ? `; status: ${name(fields.status)}` : ''}${name(fields.resolution) ? `; resolution: ${name(fields.resolution)}` : ''}${name(fields.assignee) ? `; assignee: ${name(fields.assignee)}` : ''}${name(fields.reporter) ? `; reporter: ${name(fields.reporter)}` : ''}${name(fields.priority) ? `; priority: ${name(fields.priority)}` : ''}${components.length ? `; components: ${components.join(', ')}` : ''}${labels.length ? `; labels: ${labels.join(', ')}` : ''}.`,
    description ? `## Description\n\n${description}` : '',
    environment ? `## Environment\n\n${environment}` : '',
    ...custom,
    ...commentSections(comments, row),
  ]);
}

/**
 * The texts of a Jira issue as the export holds them: summary, description (wiki markup in its
 * structure as Markdown, an Atlassian document as its text), the names of its priority, status,
 * people, components and labels, custom fields of text, comments.
 */
function jiraTexts(issue: Json, names: Json): string {
  const fields = issue.fields as Json;
  const comments = (isObject(fields.comment) && Array.isArray(fields.comment.comments) ? fields.comment.comments : []).filter(isObject);
  return [text(issue.key), text(fields.summary), jiraText(fields.description), jiraText(fields.environment),
    ...['issuetype', 'status', 'resolution', 'assignee', 'reporter', 'priority'].map((key) => jiraName(fields[key])),
    ...customFields(fields, names).map(({ words }) => words), ...namesOf(fields.components), ...namesOf(fields.labels),
    ...comments.flatMap((comment) => [jiraText(comment.body), isObject(comment.author) ? text(comment.author.displayName) ?? text(comment.author.name) : undefined])]
    .filter(Boolean).join('\n');
}

/** A report named by its kind at the opening of a title ("Postmortem: …", "RCA - …", "Incident report …"), or after the day it opens with. */
const reportTitle = /^(?:\[?(?:19|20)\d{2}-\d{2}-\d{2}\]?\s*[-–—:|]?\s*)?(?:\[?(?:post[- ]?mortem|pm|rca|root cause analysis|incident (?:report|review|retrospective)|retrospective|retro)\b\]?)/i;
/** A title opening with the day of what it tells ("2026-01-27 - INCIDENT …"), as the export's postmortems are titled. */
const dayTitle = /^\[?(?:19|20)\d{2}-\d{2}-\d{2}\b/;
/** Labels or headings of a postmortem's sections in a description (`h2. Root cause`, `**Timeline:**`, `## Impact`). */
const sectionWords = String.raw`(summary|executive summary|impact|root causes?|timeline|resolution|action items|follow[- ]ups|lessons learned|what happened|detection|trigger)`;
const reportSectionLabel = new RegExp(String.raw`^(?:(?:h[1-6]\.|#{1,6})\s*${sectionWords}\s*:?\s*$|(?:\*\*|\*|_)?${sectionWords}\s*(?::\s*(?:\*\*|\*|_)|(?:\*\*|\*|_)?\s*:))`, 'i');

/**
 * Whether a Jira sub-task is itself a postmortem: titled as one ("Postmortem: …", "RCA …", opening
 * with its day as the export's postmortems are), or its description written in a postmortem's
 * sections (two of summary, impact, root cause, timeline, resolution, action items …). Such a
 * sub-task is read with the other incidents of its export (import round 53: it was passed over
 * with the follow-ups, and said).
 */
function subtaskIsReport(fields: Json): boolean {
  const title = text(fields.summary) ?? '';
  if (reportTitle.test(title) || dayTitle.test(title)) return true;
  const lines = (jiraText(fields.description) ?? '').split(/\r?\n/);
  const sections = new Set(lines.map((line) => { const found = reportSectionLabel.exec(line.trim()); return (found?.[1] ?? found?.[2])?.toLowerCase(); }).filter(Boolean));
  return sections.size >= 2;
}

/**
 * A Jira sub-task (its issue type's `subtask: true`, Jira's "Subtask" at hierarchy level -1) is a
 * piece of a larger issue's work: an AI team's export of 100 postmortem issues holds 25 sub-tasks
 * ("Review the indexes we have in the database", "Opsgenie Kafka lag", most without a description),
 * their follow-ups, each drafted as a postmortem of its own (import round 52). An issue titled as a
 * template ("Deployment monitoring template") whose description holds no sentence of its own (a
 * label and a link) is an empty template. Both are passed over and said; an export of sub-tasks
 * alone is read as it is (a team may file its postmortems so), and a sub-task that is itself a
 * postmortem (subtaskIsReport) is read.
 */
function jiraIncidents(issues: Json[]): { incidents: Json[]; passedOver: { keys: string[]; why: string }[] } {
  const fields = (issue: Json) => (isObject(issue.fields) ? issue.fields : {});
  const subtask = (issue: Json) => isObject(fields(issue).issuetype) && ((fields(issue).issuetype as Json).subtask === true || (fields(issue).issuetype as Json).hierarchyLevel === -1);
  const emptyTemplate = (issue: Json) => /(?:^|\s)templates?\s*$|^\s*templates?\b/i.test(text(fields(issue).summary) ?? '')
    && !/(?:\p{L}+\s+){5}\p{L}+/u.test((jiraText(fields(issue).description) ?? '').replace(/<[^>]*>|https?:\/\/\S+|\[[^\]]*\]\([^)]*\)/g, ' '));
  const subtasks = issues.filter((issue) => subtask(issue) && !subtaskIsReport(fields(issue)));
  const keep = subtasks.length < issues.length ? issues.filter((issue) => !subtasks.includes(issue)) : issues;
  const templates = keep.filter(emptyTemplate);
  const key = (issue: Json) => text(issue.key) ?? '?';
  return {
    incidents: keep.filter((issue) => !emptyTemplate(issue)),
    passedOver: [
      ...(keep.length < issues.length ? [{ keys: subtasks.map(key), why: 'Jira sub-tasks (issue type "Subtask"): each a piece of a larger issue\'s work, a follow-up, not an incident; one titled as a postmortem ("Postmortem: …", its day first) or written in a postmortem\'s sections is read' }] : []),
      ...(templates.length ? [{ keys: templates.map(key), why: 'an empty template (titled as a template, its description no sentence of its own: a label and a link at most)' }] : []),
    ],
  };
}

/**
 * The incidents of an issue tracker's JSON export, each as a Markdown report; undefined when the
 * JSON is not one. A pull request among GitHub issues (the REST API lists both) is not an incident.
 */
export function readIssueExport(data: unknown): IssueExport | undefined {
  const gitHub = Array.isArray(data) && data.length && data.every(isGitHubIssue) ? data : isGitHubIssue(data) ? [data] : undefined;
  if (gitHub) {
    const issues = gitHub.filter((issue) => !('pull_request' in issue));
    const numbers = issues.map((issue, place) => issueNumber(issue, place));
    const unnumbered = numbers.filter((number) => !number.numbered).length;
    return {
      kind: 'GitHub issues export',
      reports: issues.map((issue, i) => ({ label: `#${numbers[i].label}`, text: gitHubIssue(issue, numbers[i]), source: gitHubTexts(issue) })),
      notes: [
        ...(issues.length < gitHub.length ? [`${gitHub.length - issues.length} pull request(s) in the export not imported: not incidents`] : []),
        ...(unnumbered ? [`${unnumbered} issue(s) of the export state neither a number nor an address: each draft is named by its place in the export (#issue-1, …); export with \`gh issue list --json number,url,…\` to name them by their number`] : []),
      ],
    };
  }
  const jira = isObject(data) && Array.isArray(data.issues) && data.issues.length && data.issues.every(isJiraIssue) ? data.issues
    : Array.isArray(data) && data.length && data.every(isJiraIssue) ? data : isJiraIssue(data) ? [data] : undefined;
  if (jira) {
    const names = isObject(data) && isObject(data.names) ? data.names : {};
    const self = text((jira[0] as Json).self);
    const site = self ? /^(https?:\/\/[^/]+)/.exec(self)?.[1] : undefined;
    const { incidents, passedOver } = jiraIncidents(jira as Json[]);
    return {
      kind: 'Jira issues export',
      reports: incidents.map((issue) => ({ label: `#${issue.key}`, text: jiraIssue(issue, names, site), source: jiraTexts(issue, names) })),
      notes: [],
      passedOver: passedOver.map(({ keys, why }) => `${keys.length} issue(s) of the export not imported (${keys.slice(0, 5).map((key) => `#${key}`).join(', ')}${keys.length > 5 ? ', …' : ''}): ${why}`),
    };
  }
  return undefined;
}
