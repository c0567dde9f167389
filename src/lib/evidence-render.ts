import type { EvidenceReport } from './evidence-report.ts';
import { frameworkNames, type Framework } from './compliance-controls.ts';
import { describeDeadlineStatus, formatInstantInZone } from './notification-deadlines.ts';
import { formatDay, formatInstant } from './format.ts';
import { unbrokenHtml } from './unbroken.ts';
import { escapeHtmlEveryQuote } from './html-entities.ts';

/** Text of a table cell whose dates, times and durations stay on one line (a day broke over 3 lines at 375px). */
const unbroken = (text: string) => unbrokenHtml(text, 'ev-nowrap');
import { formatDuration } from './durations.ts';
import { csvField } from './follow-ups.ts';
import { severities } from './postmortem-schema.ts';
import { actionItemFactColumns, describeUnrecordedItemFacts, itemsByIncident, recordedFactColumns, type ItemFactColumn } from './evidence-action-items.ts';

/**
 * The evidence pack as files: a print-ready HTML document (its sections are also embedded in the
 * internal site's /compliance/ pages), CSV tables and the JSON model. Strings only, no I/O.
 */

const escapeHtml = (value: unknown) => escapeHtmlEveryQuote(String(value ?? ''));

/** A short value kept on one line ("AI-1", "in-progress"): a squeezed column broke them after the hyphen on paper. */
const nowrap = (text: string) => `<span class="ev-nowrap">${escapeHtml(text)}</span>`;
const pct = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
const none = (colspan: number, text = 'None in this period.') => `<tr><td colspan="${colspan}" class="ev-none">${text}</td></tr>`;

export interface EvidenceRenderOptions {
  /** IANA zone in which deadlines are also shown (UTC: not repeated). */
  timeZone: string;
  /** Link incidents to their page on this site (relative), instead of the report's absolute permalinks. */
  relativeLinks?: boolean;
  /** Prefix of the section ids (`ev-register`, ...), for anchors and the control index links. */
  idPrefix?: string;
  /** Text of an empty table (default "None in this period."); a page of a year says "on this page". */
  emptyText?: string;
}

function controlsLine(report: EvidenceReport, section: EvidenceReport['sections'][number]): string {
  const parts = report.frameworks.map((framework) => {
    const controls = section.controls[framework] ?? [];
    return `<li><span class="ev-fw">${escapeHtml(frameworkNames[framework])}:</span> ${controls
      .map((c) => `<span class="ev-control"><b>${escapeHtml(c.id)}</b> ${escapeHtml(c.name)}</span>`)
      .join('; ')}</li>`;
  });
  return `<ul class="ev-controls" aria-label="Controls this section evidences">${parts.join('')}</ul>`;
}

/** The sections of the report as an HTML fragment (no document shell, no styles). */
export function renderEvidenceSections(report: EvidenceReport, options: EvidenceRenderOptions): string {
  const p = options.idPrefix ?? 'ev';
  const link = (incident: EvidenceReport['incidents'][number]) => {
    const href = incident.url && (options.relativeLinks ? `/postmortems/${incident.id}/` : incident.url);
    return href ? `<a href="${escapeHtml(href)}">${unbroken(incident.id)}</a>` : unbroken(incident.id);
  };
  const local = (iso: string) =>
    options.timeZone === 'UTC' ? '' : `<br><span class="ev-muted">${unbroken(formatInstantInZone(iso, options.timeZone))}</span>`;
  const byId = new Map(report.incidents.map((i) => [i.id, i]));
  const sectionHtml = (id: string, body: string) => {
    const section = report.sections.find((s) => s.id === id)!;
    return `<section class="ev-section" id="${p}-${id}" aria-labelledby="${p}-${id}-title">
<h2 id="${p}-${id}-title">${escapeHtml(section.title)}</h2>
<p class="ev-purpose">${escapeHtml(section.purpose)}</p>
${controlsLine(report, section)}
${body}
</section>`;
  };
  // The scrolling frame is a landmark of its own: named "… table" so that it is not a second
  // landmark of the same name as the section it sits in (axe landmark-unique).
  // `rows` in one body, or `bodies`, each a `<tbody>` of its own (a group under its row heading).
  const table = (label: string, head: string[], rows: string[], colspan = head.length, bodies?: string[]) =>
    `<div class="ev-table" role="region" aria-label="${escapeHtml(label)} table" tabindex="0"><table><thead><tr>${head
      .map((h) => `<th scope="col">${h}</th>`)
      .join('')}</tr></thead>${bodies?.length ? bodies.join('') : `<tbody>${rows.length ? rows.join('') : none(colspan, options.emptyText)}</tbody>`}</table></div>`;
  const t = report.trends;

  // A period without notification deadlines says "none": "0 met · 0 missed" took two lines of a
  // phone's half-width square on every year of an imported history.
  const summary = `<section class="ev-summary" aria-label="Summary">
<dl class="ev-figures">
<div><dt>Incidents</dt><dd>${t.incidents}</dd></div>
<div><dt>Security or privacy</dt><dd>${t.securityIncidents}</dd></div>
<div><dt>With personal data</dt><dd>${t.withPersonalData}</dd></div>
<div><dt>Reviews published</dt><dd>${t.reviewsPublished} of ${t.incidents}</dd></div>
<div><dt>Follow-ups closed</dt><dd>${pct(t.closureRate)} <small>(${t.actionItemsDone} of ${t.actionItems})</small></dd></div>
<div><dt>Notification deadlines</dt><dd>${t.notifications.deadlines === 0 ? 'none' : `<span class="ev-nowrap">${t.notifications.met} met</span> · <span class="ev-nowrap${t.notifications.missed ? ' ev-bad' : ''}">${t.notifications.missed} missed</span>${t.notifications.due ? ` · <span class="ev-nowrap">${t.notifications.due} due</span>` : ''}`}</dd></div>
<div><dt>Last annual review</dt><dd class="${report.annualReview.overdue ? 'ev-bad' : ''}">${report.annualReview.last ? formatDay(report.annualReview.last.date) : 'not recorded'}</dd></div>
</dl>
</section>`;

  const controlIndex = `<section class="ev-section ev-index" id="${p}-controls" aria-labelledby="${p}-controls-title">
<h2 id="${p}-controls-title">Control mapping</h2>
<p class="ev-purpose">Which section of this pack evidences which control.</p>
${report.frameworks
  .map((framework: Framework) =>
    table(`Controls of ${frameworkNames[framework]}`, [`${escapeHtml(frameworkNames[framework])} control`, 'Evidence in this pack'],
      (report.controlIndex[framework] ?? []).map((row) => `<tr><td><b>${escapeHtml(row.control.id)}</b> ${escapeHtml(row.control.name)}</td><td>${row.sections
        .map((id) => `<a href="#${p}-${id}">${escapeHtml(report.sections.find((s) => s.id === id)!.title)}</a>`)
        .join(', ')}</td></tr>`)))
  .join('\n')}
</section>`;

  const register = sectionHtml('register', table('Incident register',
    ['Incident', 'Title', 'Started', 'Severity', 'Classification', 'Personal data', 'Resolved', 'Review'],
    report.incidents.map((i) => `<tr${i.privileged ? ' class="ev-privileged"' : ''}><td class="ev-long">${link(i)}</td><td class="ev-long">${unbroken(i.title)}</td><td>${unbroken(formatInstant(i.started))}</td><td>${i.severity}</td><td>${escapeHtml(i.classification.join(', ') || '—')}</td><td>${i.personalData ? 'yes' : 'no'}</td><td>${i.resolved ? unbroken(formatInstant(i.resolved)) : '<span class="ev-bad">open</span>'}</td><td>${nowrap(i.reviewStatus)}</td></tr>`)));

  const reviews = sectionHtml('reviews', table('Post-incident reviews',
    ['Incident', 'Review status', 'Drafted', 'Published', 'Days from resolution to publication', 'Reviewers'],
    report.incidents.map((i) => `<tr><td class="ev-long">${link(i)}</td><td>${nowrap(i.reviewStatus)}</td><td>${unbroken(formatDay(i.drafted))}</td><td>${i.published ? unbroken(formatDay(i.published)) : '—'}</td><td>${i.daysToPublish ?? '—'}</td><td>${escapeHtml(i.reviewers.join(', ') || '—')}</td></tr>`)));

  // A fact a historical record never recorded is said to be so, never left blank or made up.
  const orNotRecorded = (value: string | null, show: (value: string) => string = escapeHtml) => (value === null ? '<i class="ev-not-recorded">not recorded</i>' : show(value));
  const historicalItems = t.actionItemsNotRecorded
    ? ` ${t.actionItemsNotRecorded} of them come from historical records (written before the knowledge base) that did not record every fact (owner, due date, priority, type or verification): they are counted in these figures and marked "not recorded" below${t.actionItemsOpenWithoutDue ? `; ${t.actionItemsOpenWithoutDue === 1 ? '1 open item has no due date and is' : `${t.actionItemsOpenWithoutDue} open items have no due date and are`} never counted overdue` : ''}.`
    : '';
  // Items under their incident, named once; a fact no item records is said, not a column (evidence-action-items.ts).
  const factColumns = recordedFactColumns(report.actionItems);
  const factCell: Record<ItemFactColumn['key'], (a: EvidenceReport['actionItems'][number]) => string> = {
    owner: (a) => orNotRecorded(a.owner),
    due: (a) => orNotRecorded(a.due, (due) => unbroken(formatDay(due))),
    priority: (a) => orNotRecorded(a.priority),
    type: (a) => orNotRecorded(a.type),
  };
  const itemHead = ['Id', 'Action', ...factColumns.map((c) => c.head), 'Status'];
  const itemRow = (a: EvidenceReport['actionItems'][number]) =>
    `<tr${a.overdue ? ' class="ev-overdue"' : ''}><td>${nowrap(a.id)}</td><td class="ev-long">${unbroken(a.title)}</td>${factColumns.map((c) => `<td>${factCell[c.key](a)}</td>`).join('')}<td>${nowrap(a.status)}${a.overdue ? ' <span class="ev-bad">(overdue)</span>' : ''}</td></tr>`;
  const unrecorded = describeUnrecordedItemFacts(report.actionItems);
  const noColumn = actionItemFactColumns.filter((c) => !factColumns.includes(c)).map((c) => c.name);
  const unrecordedLine = unrecorded ? `<p>${escapeHtml(unrecorded)}${noColumn.length ? ` The table has no column for ${escapeHtml(noColumn.join(' and '))}.` : ''}</p>` : '';
  const itemTable = table('Action items', itemHead, [], itemHead.length, itemsByIncident(report.actionItems).map(([id, items]) =>
    `<tbody><tr class="ev-group"><th scope="rowgroup" colspan="${itemHead.length}" class="ev-long">${link(byId.get(id)!)} <span class="ev-muted">${unbroken(byId.get(id)!.title)}</span></th></tr>${items.map(itemRow).join('')}</tbody>`));
  const followUps = sectionHtml('follow-ups', `<p>${t.actionItems} follow-ups: ${t.actionItemsDone} done, ${t.actionItemsOpen} open or in progress (${t.actionItemsOverdue} overdue as of ${formatDay(report.asOf)}); closure rate ${pct(t.closureRate)} (done ÷ all but won't-do).${historicalItems}</p>
${unrecordedLine}${itemTable}`);

  const late = report.incidents.filter((i) => i.lateNotificationReason && i.deadlines.some((d) => d.status === 'missed'));
  const notifications = sectionHtml('notifications', `${table('Notification deadlines', ['Incident', 'Regime', 'Obligation', 'Deadline', 'Notified', 'Status'],
    report.incidents.flatMap((i) => i.deadlines.map((d) => `<tr class="ev-deadline ev-deadline--${d.status}"><td class="ev-long">${link(i)}</td><td>${escapeHtml(d.regimeName)}</td><td>${escapeHtml(d.name)} (<span class="ev-nowrap">${d.hours} h</span> from awareness)</td><td>${unbroken(formatInstant(d.dueAt))}${local(d.dueAt)}</td><td>${d.notifiedAt ? unbroken(formatInstant(d.notifiedAt)) : '—'}</td><td><b>${unbroken(describeDeadlineStatus(d))}</b></td></tr>`)),
  )}${late.length ? `<h3>Reasons given for late notifications</h3><dl class="ev-reasons">${late.map((i) => `<dt>${link(i)}</dt><dd>${escapeHtml(i.lateNotificationReason)}</dd>`).join('')}</dl>` : ''}
<p class="ev-muted">Deadlines run in elapsed hours from the time the organisation became aware; clocks as of ${escapeHtml(formatInstant(report.asOfInstant))}.</p>`);

  const security = report.incidents.filter((i) => i.securityIncident);
  const evidence = sectionHtml('evidence', table('Evidence preservation', ['Incident', 'Classification', 'Evidence location', 'Custodian'],
    security.map((i) => `<tr><td class="ev-long">${link(i)}</td><td>${escapeHtml(i.classification.join(', '))}</td><td class="ev-long">${i.evidence ? escapeHtml(i.evidence.location) : '<span class="ev-bad">not recorded</span>'}</td><td>${i.evidence ? escapeHtml(i.evidence.custodian) : '—'}</td></tr>`)));

  const maxMonth = Math.max(1, ...t.byMonth.map((m) => m.total));
  const trends = sectionHtml('trends', `<dl class="ev-figures ev-figures--small">
<div><dt>Median time to resolve</dt><dd>${t.medianMinutesToResolve === null ? '—' : formatDuration(t.medianMinutesToResolve)}</dd></div>
<div><dt>Median days to publish the review</dt><dd>${t.medianDaysToPublish ?? '—'}</dd></div>
<div><dt>Review completion</dt><dd>${pct(t.reviewCompletionRate)}</dd></div>
<div><dt>Follow-up closure</dt><dd>${pct(t.closureRate)}</dd></div>
</dl>
${table('Incidents per month and severity', ['Month', ...severities, 'Total', '<span class="ev-sr">Against the busiest month</span>'],
    t.byMonth.map((m) => `<tr><td>${m.month}</td>${severities.map((s) => `<td>${m.bySeverity[s] || ''}</td>`).join('')}<td><b>${m.total}</b></td><td class="ev-barcell" aria-hidden="true"><span class="ev-bar" style="width:${Math.round((m.total / maxMonth) * 100)}%"></span></td></tr>`))}
${table('Incidents by classification', ['Classification', 'Incidents'],
    Object.entries(t.byClassification).map(([c, n]) => `<tr><td>${escapeHtml(c)}</td><td>${n}</td></tr>`))}`);

  const review = report.annualReview.last;
  const process = sectionHtml('process', `<p>The incident process is documented in the repository (CONTRIBUTING.md for authors, docs/rules.md for the checks every postmortem passes, docs/compliance.md for security incidents); every postmortem is reviewed in a pull request before it is published.</p>
${review
    ? `<p class="${report.annualReview.overdue ? 'ev-bad' : ''}">Last annual review: <b>${formatDay(review.date)}</b> — ${escapeHtml(review.scope)}${review.reviewers.length ? `; reviewed by ${escapeHtml(review.reviewers.join(', '))}` : ''}${review.record ? `; record: ${escapeHtml(review.record)}` : ''}.${report.annualReview.overdue ? ' More than a year ago: the annual review is overdue.' : ''}</p>`
    : '<p class="ev-bad">No annual review is recorded (annualReviews in content/compliance.yaml).</p>'}
${report.annualReview.inPeriod.length ? `<p>Reviews in this period: ${report.annualReview.inPeriod.map((r) => formatDay(r.date)).join(', ')}.</p>` : ''}`);

  return [summary, controlIndex, register, reviews, followUps, notifications, evidence, trends, process].join('\n');
}

/** Styles of the report, for screen and print; scoped under `.evidence`. */
export const evidenceCss = `
.evidence { --ev-fg: #1d2127; --ev-muted: #5b6470; --ev-border: #d5d9df; --ev-soft: #f3f5f7; --ev-bad: #b3261e; --ev-ok: #1b6e36; --ev-warn: #875600; --ev-accent: #2f5d9b; color: var(--ev-fg); }
.evidence table { border-collapse: collapse; width: 100%; font-size: 0.875rem; font-variant-numeric: tabular-nums; margin: 0; }
.evidence th, .evidence td { text-align: left; vertical-align: top; padding: 0.35rem 0.55rem; border-bottom: 1px solid var(--ev-border); }
/* A cell's links ("Incident register, Breach notifications, …") each a 24 px box that wraps whole: as text on 21 px lines, each was within 12 px of the one wrapped below it (WCAG 2.2, 2.5.8). On screen only: paper has no targets, and a printed table keeps its own fit. */
@media screen { .evidence td a { display: inline-block; max-width: 100%; line-height: max(1.5rem, 24px); } }
.evidence thead th { background: var(--ev-soft); font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--ev-muted); }
.evidence .ev-table { position: relative; overflow-x: auto; border: 1px solid var(--ev-border); border-radius: 6px; margin: 0 0 1rem; }
.evidence .ev-section { margin-top: 2rem; }
.evidence .ev-summary { margin-top: 1rem; }
.evidence h2 { margin: 0 0 0.3rem; font-size: 1.3rem; }
.evidence h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
.evidence .ev-purpose { margin: 0 0 0.4rem; color: var(--ev-muted); }
.evidence .ev-controls { list-style: none; padding: 0.45rem 0.7rem; margin: 0 0 0.8rem; background: var(--ev-soft); border-left: 3px solid var(--ev-accent); font-size: 0.8125rem; }
.evidence .ev-controls li + li { margin-top: 0.15rem; }
.evidence .ev-fw { font-weight: 650; }
.evidence .ev-figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr)); gap: 0.6rem; margin: 0 0 1rem; }
.evidence .ev-figures > div { border: 1px solid var(--ev-border); border-radius: 6px; padding: 0.5rem 0.7rem; }
.evidence .ev-figures dt { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--ev-muted); }
.evidence .ev-figures dd { margin: 0.15rem 0 0; font-size: 1.2rem; font-weight: 650; }
.evidence .ev-nowrap { white-space: nowrap; }
.evidence .ev-figures dd small { font-size: 0.75rem; font-weight: 400; color: var(--ev-muted); }
.evidence .ev-bad { color: var(--ev-bad); }
.evidence .ev-muted, .evidence .ev-none { color: var(--ev-muted); }
.evidence .ev-deadline--met td:last-child { color: var(--ev-ok); }
.evidence .ev-deadline--missed td:last-child { color: var(--ev-bad); }
.evidence .ev-deadline--due td:last-child { color: var(--ev-warn); }
.evidence .ev-overdue td:last-child { color: var(--ev-bad); }
.evidence .ev-not-recorded { color: var(--ev-muted, #555); white-space: nowrap; }
.evidence .ev-group th { background: var(--ev-soft); font-weight: 650; padding-top: 0.5rem; }
.evidence .ev-privileged td:nth-child(2) { font-style: italic; color: var(--ev-muted); }
.evidence .ev-barcell { width: 30%; }
/* Read out, not shown; held inside its table's frame (position: relative above), or it would widen the page. */
.evidence .ev-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.evidence .ev-bar { display: inline-block; height: 0.7rem; background: var(--ev-accent); border-radius: 2px; min-width: 1px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.evidence .ev-reasons dt { font-weight: 650; }
.evidence .ev-reasons dd { margin: 0 0 0.5rem 1rem; }
/* A phone's column holds three of the register's eight columns: its titles and ids were squeezed to
   a word a line (a title eight lines tall, 95 px wide). They keep room for a few words; the
   frame scrolls sideways to the rest, as it did. */
@media screen and (max-width: 640px) { .evidence td.ev-long { min-width: 11rem; } }
@media print {
  .evidence { font-size: 10pt; }
  .evidence .ev-section { break-before: page; margin-top: 0; }
  .evidence .ev-index { break-before: auto; margin-top: 1.5rem; }
  .evidence .ev-table { overflow: visible; border: 0; }
  /* Paper does not scroll: a cell of ids or free text (ev-long) wraps anywhere it must, or one
     long imported id widened the register past the page's edge (1,008 px on a 718 px A4 page),
     its last columns cut. Only those: every cell wrapping anywhere squeezed the short ones to
     "platfor / m", "AI / -1". The headers are single words that cannot wrap ("CLASSIFICATION"):
     less padding and no letter spacing keep the register's eight columns inside the page (730 px
     before, at the least). */
  .evidence td.ev-long { overflow-wrap: anywhere; }
  .evidence th, .evidence td { padding: 0.3rem 0.35rem; }
  .evidence thead th { letter-spacing: 0; }
  .evidence tr, .evidence .ev-figures > div, .evidence .ev-controls { break-inside: avoid; }
  .evidence h2, .evidence h3 { break-after: avoid; }
  .evidence a { color: inherit; text-decoration: none; }
}
`;

/** The standalone, print-ready HTML document. */
export function renderEvidenceDocument(report: EvidenceReport, options: EvidenceRenderOptions): string {
  const frameworks = report.frameworks.map((f) => frameworkNames[f]).join(', ');
  const title = `Incident evidence pack, ${report.period.from} to ${report.period.to}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.organisation)}: ${escapeHtml(title)}</title>
<style>
@page { size: A4; margin: 16mm 14mm 18mm; @bottom-left { content: "${escapeHtml(report.organisation).replace(/"/g, '')} · incident evidence pack ${report.period.from} – ${report.period.to}"; font: 8pt system-ui, sans-serif; color: #5b6470; } @bottom-right { content: "page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #5b6470; } }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 72rem; padding: 2rem 1.5rem 4rem; }
.ev-cover h1 { font-size: 1.8rem; margin: 0 0 0.3rem; }
.ev-cover p { margin: 0.15rem 0; }
@media print { body { max-width: none; padding: 0; } .ev-cover h1 { font-size: 20pt; } }
${evidenceCss}
</style>
</head>
<body>
<main class="evidence">
<header class="ev-cover">
<p class="ev-muted">${escapeHtml(report.organisation)} · internal · confidential</p>
<h1>${escapeHtml(title)}</h1>
<p>Every incident that started between ${formatDay(report.period.from)} and ${formatDay(report.period.to)} (UTC), whatever the state of its review, with reviews, follow-ups, notification deadlines and trends, mapped to ${escapeHtml(frameworks)}.</p>
<p class="ev-muted">As of ${formatDay(report.asOf)}. Generated from the postmortem repository by <code>npm run evidence</code>; legally privileged incidents are listed with their details withheld.</p>
</header>
${renderEvidenceSections(report, options)}
</main>
</body>
</html>
`;
}

const csv = (rows: unknown[][]) => rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** The CSV tables of the pack: file name -> RFC 4180 text (CRLF, header row). */
export function renderEvidenceCsv(report: EvidenceReport): Record<string, string> {
  return {
    'incidents.csv': csv([
      ['id', 'title', 'privileged', 'started', 'resolved', 'severity', 'classification', 'personal_data', 'review_status', 'drafted', 'published', 'days_to_publish', 'minutes_to_resolve', 'reviewers', 'action_items', 'action_items_done', 'action_items_open', 'action_items_overdue', 'evidence_location', 'evidence_custodian', 'url'],
      ...report.incidents.map((i) => [
        i.id, i.title, i.privileged, i.started, i.resolved ?? '', i.severity, i.classification.join(' '), i.personalData, i.reviewStatus,
        i.drafted, i.published ?? '', i.daysToPublish ?? '', i.minutesToResolve ?? '', i.reviewers.join('; '),
        i.actionItems.total, i.actionItems.done, i.actionItems.open, i.actionItems.overdue, i.evidence?.location ?? '', i.evidence?.custodian ?? '', i.url ?? '',
      ]),
    ]),
    'action-items.csv': csv([
      // A fact a historical record never recorded is an empty field (null in evidence.json).
      ['postmortem', 'id', 'title', 'owner', 'due', 'priority', 'type', 'status', 'overdue'],
      ...report.actionItems.map((a) => [a.postmortemId, a.id, a.title, a.owner, a.due, a.priority, a.type, a.status, a.overdue]),
    ]),
    'notification-deadlines.csv': csv([
      ['postmortem', 'regime', 'deadline', 'hours', 'recipient', 'due_at', 'notified_at', 'status', 'margin_minutes'],
      ...report.incidents.flatMap((i) => i.deadlines.map((d) => [i.id, d.regimeId, d.deadlineId, d.hours, d.notification, d.dueAt, d.notifiedAt ?? '', d.status, d.marginMinutes])),
    ]),
    'controls.csv': csv([
      ['framework', 'control', 'name', 'sections'],
      ...report.frameworks.flatMap((f) => (report.controlIndex[f] ?? []).map((row) => [f, row.control.id, row.control.name, row.sections.join(' ')])),
    ]),
  };
}

/** Every file of the pack: report.html, evidence.json and the CSV tables. */
export function renderEvidencePack(report: EvidenceReport, options: EvidenceRenderOptions): Record<string, string> {
  return {
    'report.html': renderEvidenceDocument(report, options),
    'evidence.json': `${JSON.stringify(report, null, 2)}\n`,
    ...renderEvidenceCsv(report),
  };
}
