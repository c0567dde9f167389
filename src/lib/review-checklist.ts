import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { historicalUnrecordedFacts, type Postmortem } from './postmortem-schema.ts';
import type { Vocabulary } from './vocabulary.ts';
import type { Finding } from './findings.ts';
import { findCodeowners, type CodeownersRule } from './codeowners.ts';

/**
 * The review checklist of one postmortem: the questions the postmortem-quality checklists of the
 * reference articles ask before a review is closed, answered from the file where its data can
 * answer them. `done` and `missing` come from the data; `judge` is a question only a reviewer
 * can answer (it is listed so nobody forgets to ask it). A `blocking` item that is missing keeps
 * the postmortem from being published: for SEV-0/1/2 every data item blocks, for SEV-3/4 (a
 * lightweight note) only validity, blameless language, owned follow-ups and public wording do.
 */
export interface ChecklistItem {
  id: string;
  question: string;
  state: 'done' | 'missing' | 'judge';
  blocking: boolean;
  /** What is there, or what to add and where. */
  detail: string;
}

export interface Reviewer {
  /** A team handle (`@acme/checkout`) or, for a team without one, `team:<id>`. */
  handle: string;
  /** Why this reviewer is required. */
  reasons: string[];
  /** Listed in the postmortem's `reviewers`. */
  approved: boolean;
}

export interface ReviewReport {
  file: string;
  title: string;
  severity: string;
  status: string;
  visibility: string;
  items: ChecklistItem[];
  reviewers: Reviewer[];
  /** Nothing blocking is missing and every required reviewer is listed. */
  readyToPublish: boolean;
}

export interface ReviewInput {
  /** Path of the file relative to the repository root (what CODEOWNERS patterns match). */
  file: string;
  data: Postmortem;
  tree?: Root;
  /** Every finding `npm run check` reports for this file (schema, lint, redaction). */
  findings: readonly Finding[];
  vocabulary: Vocabulary;
  codeowners: readonly CodeownersRule[];
}

function headingsOf(tree: Root | undefined): string[] {
  const headings: string[] = [];
  if (tree) {
    visit(tree, 'heading', (node) => {
      const parts: string[] = [];
      visit(node, (child) => {
        if ((child.type === 'text' || child.type === 'inlineCode') && 'value' in child) parts.push(String(child.value));
      });
      headings.push(parts.join('').toLowerCase());
    });
  }
  return headings;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Findings of rules whose id starts with one of `prefixes`, as `line N: message`. */
function findingLines(findings: readonly Finding[], prefixes: string[], except: string[] = []): string[] {
  return findings
    .filter((f) => prefixes.some((p) => f.rule.startsWith(p)) && !except.includes(f.rule))
    .map((f) => `line ${f.line}: ${f.message.replace(/\.$/, '')}`);
}

/** The checklist, filled from the postmortem's data, findings and body headings. */
export function buildReviewChecklist(input: ReviewInput): ChecklistItem[] {
  const { data, findings } = input;
  const full = data.severity === 'SEV-0' || data.severity === 'SEV-1' || data.severity === 'SEV-2';
  const headings = headingsOf(input.tree);
  const hasHeading = (pattern: RegExp) => headings.some((h) => pattern.test(h));
  const items: ChecklistItem[] = [];
  const add = (id: string, question: string, ok: boolean | 'judge', blocking: boolean, done: string, missing: string) =>
    items.push({ id, question, state: ok === 'judge' ? 'judge' : ok ? 'done' : 'missing', blocking: ok !== 'judge' && blocking, detail: ok === true ? done : missing });

  const errors = findings.filter((f) => f.severity === 'error');
  add('valid', 'Does the file pass `npm run check`?', errors.length === 0, true,
    findings.length ? `no errors (${plural(findings.length, 'warning')})` : 'no errors or warnings',
    `${plural(errors.length, 'error')}: ${errors.slice(0, 3).map((f) => `line ${f.line} ${f.rule}`).join(', ')}${errors.length > 3 ? ', …' : ''}`);

  const i = data.impact;
  const quantities = [i.usersAffected !== undefined && 'users affected', i.failedRequests !== undefined && 'failed requests',
    i.failedOrders !== undefined && 'failed orders', i.downtimeMinutes !== undefined && 'downtime'].filter(Boolean);
  const window = Boolean(i.start && i.end);
  add('customer-impact', 'Is the customer impact documented, with its window and size?',
    data.nearMiss || (window && quantities.length > 0), full,
    data.nearMiss ? 'near-miss: no customer impact' : `impact window and ${quantities.join(', ')}`,
    [!window && 'add impact.start and impact.end', !quantities.length && 'add at least one of impact.usersAffected, failedRequests, failedOrders or downtimeMinutes'].filter(Boolean).join('; '));

  const business = [i.slo && 'SLO', i.errorBudgetBurnedPercent !== undefined && 'error budget', i.revenueLost !== undefined && 'revenue'].filter(Boolean);
  add('business-impact', 'Is the business impact documented (SLO, error budget, revenue)?', data.nearMiss || business.length > 0, full,
    data.nearMiss ? 'near-miss: no business impact' : business.join(', '), 'add impact.slo, impact.errorBudgetBurnedPercent or impact.revenueLost');

  const kinds = new Set(data.timeline.map((e) => e.kind));
  const recovered = kinds.has('resolution') || kinds.has('mitigation');
  add('timeline', 'Does the timeline run from detection to recovery?', kinds.has('detection') && recovered, full,
    `${plural(data.timeline.length, 'entry')}, detection to ${kinds.has('resolution') ? 'resolution' : 'mitigation'}`.replace('entrys', 'entries'),
    [!kinds.has('detection') && 'add the first signal with kind: detection', !recovered && 'add the recovery with kind: mitigation or resolution'].filter(Boolean).join('; '));

  add('facts-and-assumptions', 'Are facts kept apart from assumptions, and the unknowns written down?',
    hasHeading(/unknown|open question|what we don.t know/) ? true : 'judge', false, 'an "Unknowns" section', 'reviewer: check each claim has evidence; an "## Unknowns" section helps');

  add('causes', 'Are the contributing factors (trigger, root cause, conditions) identified?',
    data.contributors.length > 0 || hasHeading(/contributing|root cause|why/), full,
    data.contributors.length ? plural(data.contributors.length, 'contributing factor') : 'a causes section in the body', 'list them under contributors');

  const blame = findingLines(findings, ['blameless/']);
  add('blameless', 'Is the language blameless (systems and roles, not people)?', blame.length === 0, true,
    'no person-blaming phrasing found (a reviewer still reads for it)', blame.join('; '));

  add('went-well', 'Does it say what went well and what limited the damage?', data.mitigators.length > 0 || hasHeading(/went well/), full,
    data.mitigators.length ? plural(data.mitigators.length, 'mitigator') : 'a "What went well" section', 'list mitigators or add a "## What went well" section');

  add('lucky', 'Does it say where we got lucky?', hasHeading(/lucky/), full, 'a "Where we got lucky" section', 'add a "## Where we got lucky" section');

  // A follow-up past its due date is tracking, not a reason to hold the report back; so is an open
  // follow-up of a historical record that never named an owner (action-item/unowned-historical).
  const actionProblems = findingLines(findings, ['action-item/'], ['action-item/past-due', 'action-item/unowned-historical']);
  // A historical record may leave owner, due date, priority, type and verification unrecorded.
  const unrecorded = data.actionItems.filter((a) => historicalUnrecordedFacts.some((fact) => a[fact] === undefined)).length;
  const overdue = findingLines(findings, ['action-item/past-due']).length;
  const needsActions = full && !data.nearMiss ? data.actionItems.length > 0 : true;
  add('action-items', 'Does every follow-up have one owner, a due date and a way to verify it?', needsActions && actionProblems.length === 0, true,
    data.actionItems.length
      ? unrecorded ? `${plural(data.actionItems.length, 'follow-up')}; ${unrecorded} of them with owner, due date, priority, type or verification not recorded (historical record)` : `${plural(data.actionItems.length, 'follow-up')}, each with owner, due date and verification`
      : 'no follow-ups needed for this severity',
    [!needsActions && `a ${data.severity} needs at least one follow-up under actionItems`, ...actionProblems].filter(Boolean).join('; '));

  const types = new Set(data.actionItems.flatMap((a) => (a.type ? [a.type] : [])));
  const priorities = [...new Set(data.actionItems.flatMap((a) => (a.priority ? [a.priority] : [])))].sort();
  const unprioritised = data.actionItems.some((a) => !a.priority || !a.type) ? ' (some not recorded: historical record)' : '';
  const recorded = `priorities ${priorities.join(', ') || 'not recorded'}; types ${[...types].sort().join(', ') || 'not recorded'}${unprioritised}`;
  // A historical record whose report gave no follow-up a type cannot answer from data: the reviewer judges from the titles.
  const typesUnrecorded = data.actionItems.length > 0 && data.actionItems.some((a) => !a.type) && !types.has('prevent') && !types.has('detect');
  add('priorities', 'Are the follow-ups prioritised by risk reduction (prevent and detect first)?',
    typesUnrecorded ? 'judge' : data.actionItems.length === 0 ? !full : types.has('prevent') || types.has('detect'), full,
    data.actionItems.length ? recorded : 'no follow-ups',
    typesUnrecorded ? `reviewer: ${recorded}; judge from the titles whether one prevents or detects a recurrence` : 'add a follow-up of type prevent or detect');

  const redaction = findingLines(findings, ['redact/', 'public/']);
  const publicOk = data.visibility === 'internal' || (data.public !== undefined && redaction.length === 0);
  add('audience', 'Is it decided who reads it, and is the customer post clean?', publicOk, true,
    data.visibility === 'internal' ? 'internal only' : `public post "${data.public?.title}" with ${plural(data.timeline.filter((e) => e.public).length, 'public timeline entry').replace('entrys', 'entries')}, no redaction findings`,
    [data.visibility === 'public' && !data.public && 'write public.title and public.summary', ...redaction].filter(Boolean).join('; '));

  const timing = findingLines(findings, ['timing/']);
  add('timing', 'Was it drafted within 72 hours and reviewed within 10 days of resolution?', timing.length === 0, false, 'on time', timing.join('; '));

  add('follow-up-review', 'Is a follow-up review scheduled for the open items?', 'judge', false, '',
    `reviewer: ${plural(data.actionItems.filter((a) => a.status === 'open' || a.status === 'in-progress').length, 'open follow-up')}${overdue ? ` (${overdue} past due)` : ''}; the follow-ups page and the weekly digest track them`);
  return items;
}

/**
 * Who must approve: the owning team of every affected service (`owner` in services.yaml, by its
 * `handle` in teams.yaml), and the CODEOWNERS of the file. A reviewer counts as approved when its
 * handle is listed in the postmortem's `reviewers` (any letter case).
 */
export function findRequiredReviewers(input: Pick<ReviewInput, 'file' | 'data' | 'vocabulary' | 'codeowners'>): Reviewer[] {
  const byHandle = new Map<string, Reviewer>();
  const require = (handle: string, reason: string) => {
    const reviewer = byHandle.get(handle) ?? { handle, reasons: [], approved: false };
    if (!reviewer.reasons.includes(reason)) reviewer.reasons.push(reason);
    byHandle.set(handle, reviewer);
  };
  for (const serviceId of input.data.services) {
    const service = input.vocabulary.services.get(serviceId);
    if (!service) continue;
    const team = input.vocabulary.teams.get(service.owner);
    require(team?.handle ?? `team:${service.owner}`, `owns ${serviceId}`);
  }
  const { rule, owners } = findCodeowners(input.codeowners, input.file);
  for (const owner of owners) require(owner, `CODEOWNERS line ${rule!.line} (${rule!.pattern})`);
  const listed = new Set(input.data.reviewers.map((r) => r.toLowerCase()));
  return [...byHandle.values()].map((r) => ({ ...r, approved: listed.has(r.handle.toLowerCase()) }));
}

export function buildReviewReport(input: ReviewInput): ReviewReport {
  const items = buildReviewChecklist(input);
  const reviewers = findRequiredReviewers(input);
  return {
    file: input.file,
    title: input.data.title,
    severity: input.data.severity,
    status: input.data.status,
    visibility: input.data.visibility,
    items,
    reviewers,
    readyToPublish: items.every((item) => !(item.blocking && item.state === 'missing')) && reviewers.every((r) => r.approved),
  };
}

const marks = { done: '✅', missing: '❌', judge: '👀' } as const;

/** The report as Markdown: what blocks publication first, then the checklist and the reviewers. */
export function formatReviewMarkdown(report: ReviewReport): string {
  const lines = [`## Review: ${report.title}`, '', `\`${report.file}\` · ${report.severity} · ${report.status} · ${report.visibility}`, ''];
  const blocking = report.items.filter((item) => item.blocking && item.state === 'missing');
  const pending = report.reviewers.filter((r) => !r.approved);
  if (report.readyToPublish) {
    lines.push('**Ready to publish**: nothing blocking is missing and every required reviewer is listed.', '');
  } else {
    lines.push('**Before it can be published:**', '');
    for (const item of blocking) lines.push(`- ${item.question} ${item.detail}`);
    if (pending.length) lines.push(`- Approval from ${pending.map((r) => `\`${r.handle}\``).join(', ')} (then add ${pending.length === 1 ? 'it' : 'them'} to \`reviewers\`)`);
    lines.push('');
  }
  lines.push('### Checklist', '', '| | question | |', '| --- | --- | --- |');
  for (const item of report.items) {
    const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    lines.push(`| ${marks[item.state]} | ${cell(item.question)}${item.blocking && item.state === 'missing' ? ' **(blocks publishing)**' : ''} | ${cell(item.detail)} |`);
  }
  lines.push('', '### Reviewers', '');
  if (!report.reviewers.length) lines.push('No required reviewer found (no service owner, no CODEOWNERS rule for this file).');
  for (const r of report.reviewers) lines.push(`- ${r.approved ? '✅' : '⏳'} \`${r.handle}\`: ${r.reasons.join('; ')}`);
  return lines.join('\n') + '\n';
}
