import { stringify as stringifyYaml } from 'yaml';
import { readCsvTable, type CsvTable } from './csv-table.ts';
import { readSheetTime, sheetDayOrder, writtenSheetTime, type DayOrder } from './sheet-dates.ts';
import { descriptionIsImpact, serviceNowRoles, withoutCustomFieldPrefix } from './servicenow-columns.ts';

/**
 * An incident log kept as a spreadsheet (Google Sheets or Excel, saved as CSV or TSV), one row per
 * incident, and Jira's CSV export of issues (one row per ticket: `Summary`, `Issue key`,
 * `Created`, `Resolved`, `Priority`, `Component/s` and `Labels` repeated, `Comment` repeated as
 * `date;author;text`). Columns are found by their header; each row becomes one report in
 * Markdown, in the shape the importer already reads: frontmatter for the title, summary, day,
 * severity and services, labelled lines for the key times, a section for each column of prose
 * (description, impact, root cause, resolution, action items, timeline, links), and every cell of
 * the other columns, as written, under `sheet` in the frontmatter, which the draft keeps whole.
 */
export interface IncidentSheet {
  kind: string;
  /** One report per row; `source` is the row's cells as written, one a line, for measuring that none is lost. */
  reports: { label: string; text: string; source: string }[];
  /** Notes for every row's draft (how its dates were read). */
  notes: string[];
  /** Notes about the file (which columns were read, as what), for the import report once. */
  fileNotes: string[];
}

type Role = 'id' | 'title' | 'summary' | 'date' | 'started' | 'detected' | 'mitigated' | 'resolved' | 'severity' | 'priority' | 'services' | 'owner'
  | 'impact' | 'rootCause' | 'resolution' | 'actions' | 'timeline' | 'links' | 'labels' | 'status' | 'comment' | 'duration' | 'team';

/**
 * What a header names, first match winning (so "Impact level" is a severity, "Resolution time" a
 * time, "Resolution" prose). Headers are matched without case, units in brackets set apart
 * ("Start time (UTC)").
 */
const roles: [Role, RegExp][] = [
  ...serviceNowRoles,
  ['id', /^(?:incident |issue |ticket )?(?:id|#|no\.?|number|ref(?:erence)?|key)$|^issue key$|^incident$/i],
  ['severity', /^(?:incident )?(?:sev(?:erity)?(?: level)?|impact level|level)$/i],
  ['priority', /^(?:incident )?priority$/i],
  ['started', /^(?:incident |impact |outage )?(?:start(?:ed)?|began|begin|occurred|created|opened)(?: (?:time|date|at|on|date\/time))?$|^(?:time|date) (?:started|of (?:incident|start)|opened)$/i],
  ['detected', /^(?:first )?(?:detect(?:ed|ion)|reported|discovered|alerted|declared|acknowledged)(?: (?:time|date|at|on))?$|^(?:time|date) (?:detected|reported)$/i],
  ['mitigated', /^(?:mitigat(?:ed|ion)) (?:time|date|at|on)$|^mitigated$/i],
  ['resolved', /^(?:incident |outage |impact )?(?:resolv(?:ed|ution)|end(?:ed)?|closed|recovered|restored|fixed)(?: (?:time|date|at|on|date\/time))?$|^(?:time|date) (?:resolved|ended|closed|restored)$|^resolutiondate$/i],
  ['duration', /^(?:(?:incident |outage |impact )?(?:duration|length)|downtime|time to (?:resolve|resolution|recover|restore)|ttr|mttr)$/i],
  ['date', /^(?:incident )?(?:date|day|when)$|^date of (?:the )?incident$/i],
  ['title', /^(?:incident |issue )?(?:title|name|subject|headline)$|^short description$/i],
  ['summary', /^(?:summary|description|details|what happened|overview|incident summary|incident description|problem)$/i],
  ['services', /^(?:affected |impacted )?(?:services?|components?|component\/s|systems?|applications?|apps?|products?)(?: affected| impacted)?$/i],
  ['owner', /^(?:owner|assignee|incident (?:commander|lead|manager|owner)|ic|lead|responsible|reporter|creator)$/i],
  ['impact', /^(?:(?:customer|user|business|client)[- ])?impact(?: description)?$|^(?:effect|consequences?)$/i],
  ['rootCause', /^(?:root[- ]?causes?|causes?|rca|trigger|reason|contributing factors?)(?: analysis)?$/i],
  ['resolution', /^(?:resolution|fix|remediation|mitigation|workaround|how (?:it was )?(?:fixed|resolved))$/i],
  ['actions', /^(?:action items?|actions?|follow[- ]?ups?|next steps|corrective actions?|preventive actions?|preventative actions?|to-?dos?|tasks|lessons learned)$/i],
  ['timeline', /^(?:timeline|chronology|events)$/i],
  ['links', /^(?:links?|urls?|postmortem(?: link| doc| url)?|post-mortem(?: link)?|report(?: link)?|doc(?:ument)?(?: link)?|ticket(?: link| url)?|jira)$/i],
  ['labels', /^(?:tags?|labels?|categor(?:y|ies)|type|issue type)$/i],
  ['status', /^(?:status|state)$/i],
  ['comment', /^comments?$/i],
];

/** A header's name without the unit or zone in brackets, and that zone: "Start time (UTC)" → "Start time", "UTC". */
function headerParts(header: string): { name: string; zone?: string } {
  // Exports of tools and databases write `created_at`, `root-cause`, `startedAt`: the words are the same.
  const words = header.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/\s+/g, ' ').trim();
  const unit = /^(.*?)\s*[([]\s*([A-Za-z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?)\s*[)\]]\s*$/.exec(words);
  const bare = /^(.*?)\s+(UTC|GMT)$/i.exec(words);
  const name = withoutCustomFieldPrefix((unit?.[1] ?? bare?.[1] ?? words).replace(/^custom field\s*\((.*)\)$/i, '$1').trim());
  return { name, zone: unit?.[2] ?? bare?.[2] };
}

const timeRoles: Role[] = ['date', 'started', 'detected', 'mitigated', 'resolved'];
/** Columns of prose: each a section of the report, in this order. */
const sections: [Role, string][] = [['summary', 'Description'], ['impact', 'Impact'], ['rootCause', 'Root cause'], ['resolution', 'Resolution'], ['timeline', 'Timeline'], ['actions', 'Action items'], ['links', 'Links']];
const milestoneLabel: Partial<Record<Role, string>> = { started: 'Started', detected: 'Detected', mitigated: 'Mitigated', resolved: 'Resolved' };

interface Column { index: number; header: string; name: string; role?: Role; zone?: string }

/** True when most filled cells of the column hold words with a space between: a description, not an id (`INC-0042`). */
function isProseColumn(rows: readonly { cells: string[] }[], index: number): boolean {
  const cells = rows.map((row) => (row.cells[index] ?? '').trim()).filter(Boolean);
  return cells.length > 0 && cells.filter((cell) => /\p{L}{2,}\s+\p{L}/u.test(cell)).length * 2 > cells.length;
}

function columnsOf(header: string[], rows: readonly { cells: string[] }[] = []): Column[] {
  const columns = header.map((name, index) => ({ index, header: name, ...headerParts(name) }));
  const taken = new Set<Role>();
  // Jira's export has both "Issue key" (OPS-12, what people quote) and "Issue id" (a number): the key names the issue.
  const key = columns.find((c) => /^issue key$/i.test(c.name));
  if (key) { (key as Column).role = 'id'; taken.add('id'); }
  // A sheet with a "Summary" but no title column (Jira's export, many logs) is titled by its
  // summary; a "Description" beside it is then the summary.
  const titleRole = roles.find(([role]) => role === 'title')![1];
  const summaryRole = roles.find(([role]) => role === 'summary')![1];
  if (!columns.some((c) => titleRole.test(c.name))) {
    const short = columns.find((c) => /^summary$/i.test(c.name)) ?? columns.find((c) => summaryRole.test(c.name));
    if (short) { (short as Column).role = 'title'; taken.add('title'); }
  }
  for (const column of columns) {
    if ((column as Column).role) continue;
    const role = roles.find(([, pattern]) => pattern.test(column.name))?.[0];
    // Repeated columns (Jira's Component/s, Labels, Comment) are one field; other roles count once.
    if (!role || (taken.has(role) && !['services', 'labels', 'comment', 'links', 'actions'].includes(role))) continue;
    (column as Column).role = role;
    taken.add(role);
  }
  // ServiceNow: the short description is the title, the description what was seen (src/lib/import/servicenow-columns.ts).
  const description = descriptionIsImpact(columns.map((c) => c.name)) ? columns.find((c) => (c as Column).role === 'summary' && /^description$/i.test(c.name)) : undefined;
  if (description) (description as Column).role = 'impact';
  // "Incident" heads the incident's id in one log (INC-0042) and its description in another
  // ("Checkout 500s after deploy"): without a title or summary column, the cells say which.
  const incident = columns.find((c) => (c as Column).role === 'id' && /^incident$/i.test(c.name));
  if (incident && !taken.has('title') && !taken.has('summary') && isProseColumn(rows, incident.index)) (incident as Column).role = 'title';
  return columns;
}

const isJiraExport = (header: string[]) => header.some((h) => /^issue key$/i.test(h)) && header.some((h) => /^summary$/i.test(h));
/** The evidence pack (npm run evidence) lists this knowledge base's own postmortems as incidents.csv: read back, each would be a second draft of itself. */
const isEvidencePack = (header: string[]) => ['review_status', 'evidence_custodian', 'days_to_publish'].every((column) => header.includes(column));

/**
 * Why the table is not an incident log, or undefined when it is: it needs a column that names
 * the incident (title, summary, description), one that says when (date, start, created…) and one
 * that only an incident log has (severity or priority, impact, root cause, resolution time, action
 * items, affected service, a postmortem link), so a sheet of dates and numbers is not read as one.
 */
function notAnIncidentLog(columns: Column[], jira: boolean): string | undefined {
  const has = (...wanted: Role[]) => columns.some((c) => c.role && wanted.includes(c.role));
  if (jira) return undefined;
  const missing = [
    has('title', 'summary') ? undefined : 'a title (Title, Incident, Name, Summary or Description)',
    has(...timeRoles) ? undefined : 'a date (Date, Start, Detected, Created or Resolved)',
    has('severity', 'priority', 'impact', 'rootCause', 'resolved', 'actions', 'services', 'links') ? undefined : 'one more column of an incident (Severity, Priority, Impact, Root cause, Resolved, Action items, Service or a Postmortem link)',
  ].filter(Boolean);
  return missing.length ? missing.join(' and ') : undefined;
}

/**
 * A cell of several items (Jira's repeated columns, "a, b" in one cell) as a list of names. A cell
 * holding a record as a tool wrote it (PagerDuty's API written to CSV: `{'id': 'P6OZOP6', 'summary':
 * 'User Database', …}`) names its items by their name, summary or title; its other keys are no names.
 */
function namesIn(cells: string[]): string[] {
  const names = cells.flatMap((cell) => (/^[[{]/.test(cell.trim())
    ? [...cell.matchAll(/['"](?:name|summary|title)['"]\s*:\s*['"]([^'"]+)['"]/g)].map((m) => m[1])
    : cell.split(/\s*[,;\n]\s*/)));
  return [...new Set(names.map((v) => v.trim()).filter(Boolean))];
}

/** A cell of prose as Markdown list items, one per line (a cell already a list keeps its marks). */
function asList(cell: string): string {
  const lines = cell.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.map((line) => (/^(?:[-*•]|\d+[.)])\s+/.test(line) ? line.replace(/^•\s*/, '- ') : `- ${line}`)).join('\n');
}

/** A Jira comment cell, `05/Mar/24 2:02 PM;557058:acc-id;text`, as a timeline row. */
function jiraComment(cell: string, order: DayOrder): string {
  const match = /^([^;]{6,30});([^;]*);([\s\S]*)$/.exec(cell);
  const at = match ? readSheetTime(match[1], order) : undefined;
  if (!match || !at) return `- ${cell.trim().replace(/\n/g, '\n  ')}`;
  // The time as the cell wrote it stays beside the row's: the row's is read, the cell's is the record.
  return `- ${writtenSheetTime(at)} ${match[3].trim().replace(/\n/g, '\n  ')}\n  (comment${match[2].trim() ? ` by ${match[2].trim()}` : ''}, ${match[1].trim()})`;
}

/**
 * Minutes of a duration as a sheet writes one: "45 min", "2h", "2h 30m", "1.5 hours", "2,5 hours"
 * (European Excel), "1 day 2 hours", "1:30" (hours and minutes), "~3h". Undefined for anything else,
 * a bare number among them: "45" could be minutes or hours.
 */
export function durationMinutes(cell: string): number | undefined {
  const text = cell.trim().toLowerCase().replace(/^(?:~|ca\.?|approx\.?|about|around)\s*/, '').replace(/(\d),(\d)/g, '$1.$2');
  const clock = /^(\d{1,3}):([0-5]\d)(?::[0-5]\d)?$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const unit = /(\d+(?:\.\d+)?)\s*(d|days?|h|hrs?|hours?|m|mins?|minutes?)(?![a-z])/g;
  let total = 0;
  let parts = 0;
  const rest = text.replace(unit, (_, amount: string, name: string) => {
    total += Number(amount) * (name.startsWith('d') ? 1440 : name.startsWith('h') ? 60 : 1);
    parts += 1;
    return ' ';
  });
  return parts && /^[\s,]*(?:and[\s,]*)?[\s,]*$/.test(rest.replace(/\band\b/g, ' ')) ? Math.round(total) : undefined;
}

/** "Archive store: Uploads refused during the disk replacement, 2026-01-19 21:30 UTC to 2026-01-20 00:15 UTC." */
function madeSummary(title: string, services: string[] | undefined, started: string | undefined, resolved: string | undefined): string {
  const span = started?.includes(':') ? `, ${started}${resolved?.includes(':') ? ` to ${resolved}` : ''}` : '';
  return `${services?.length ? `${services.join(', ')}: ` : ''}${title.replace(/[.!]$/, '')}${span}.`;
}

function rowReport(columns: Column[], cells: string[], order: DayOrder, context: { kind: string; row: number }): { id?: string; summaryMade: boolean; text: string } {
  const cell = (column: Column) => (cells[column.index] ?? '').replace(/\r\n?/g, '\n').trim();
  const ofRole = (role: Role) => columns.filter((c) => c.role === role && cell(c));
  const first = (role: Role) => ofRole(role).map(cell)[0];
  const id = first('id');
  const times: Partial<Record<Role, { text: string; zone?: string; column: string }>> = {};
  for (const role of timeRoles) {
    const column = ofRole(role)[0];
    const at = column && readSheetTime(cell(column), order);
    if (at) times[role] = { text: writtenSheetTime(at.time && !at.zone && column.zone ? { ...at, zone: column.zone } : at), column: column.header };
  }
  // A "Date" written with its time of day is when the incident began, when no column says so.
  if (!times.started && times.date?.text.includes(':')) times.started = times.date;
  // A duration ("45 min", "2h 30m", "1:30"; or a "Resolution time" written as one) after a start
  // with its time of day is when it was resolved, when no column says so.
  const durationCell = ofRole('duration').map(cell)[0] ?? ofRole('resolved').map(cell).find((text) => !readSheetTime(text, order));
  const minutes = durationCell === undefined ? undefined : durationMinutes(durationCell);
  const start = times.started ? readSheetTime(times.started.text, 'month-first') : undefined;
  if (!times.resolved && minutes !== undefined && start?.time) {
    const end = new Date(Date.parse(`${start.date}T${start.time}:00Z`) + minutes * 60_000).toISOString();
    times.resolved = { text: writtenSheetTime({ date: end.slice(0, 10), time: end.slice(11, 16), zone: start.zone }), column: `${times.started!.column}" plus the duration "${durationCell!.trim()}` };
  }
  const day = (times.date ?? times.started ?? times.detected ?? times.resolved)?.text.slice(0, 10);
  // ServiceNow's description, read as the impact, still opens what the ticket says: the summary too.
  const summaryColumn = ofRole('summary')[0] ?? ofRole('impact').find((c) => /^description$/i.test(c.name));
  const summary = summaryColumn ? cell(summaryColumn).split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim() : undefined;
  // Every cell that is not a section of prose, as written, so the draft keeps it (under "Imported metadata").
  const prose = new Set<Role>([...sections.map(([role]) => role), 'comment', 'title']);
  const sheet = Object.fromEntries(columns.filter((c) => cell(c) && !(c.role && prose.has(c.role)))
    .reduce<[string, string][]>((pairs, c) => {
      const existing = pairs.find(([key]) => key === c.header);
      if (existing) existing[1] += `; ${cell(c)}`;
      else pairs.push([c.header, cell(c)]);
      return pairs;
    }, []));
  const title = first('title');
  const services = ofRole('services').length ? namesIn(ofRole('services').map(cell)) : undefined;
  const ownSummary = summary && summary !== title ? summary : undefined;
  // A row of no words but its title (a status page's `past_incidents.csv`: service, title, start,
  // end) had the import's line of its times as summary ("Started: 2025-02-28 00:30 UTC (column
  // "Start"); Resolved: …", import round 43). Its service, title and times make a sentence a list
  // page can show; the file's notes say it was made, for the reviewer to write what happened.
  const made = !ownSummary && title && !ofRole('impact').length ? madeSummary(title, services, times.started?.text, times.resolved?.text) : undefined;
  const frontmatter = Object.fromEntries(Object.entries({
    title,
    summary: ownSummary ?? made,
    date: day,
    severity: first('severity'),
    priority: first('priority'),
    services,
    labels: ofRole('labels').length ? namesIn(ofRole('labels').map(cell)) : undefined,
    team: first('team'),
    sheet: Object.keys(sheet).length ? sheet : undefined,
  }).filter(([, value]) => value !== undefined && value !== ''));
  // The key times as labelled lines, which the importer reads in the zone the header or cell
  // states (else --timezone, the folder's README, or UTC, and the draft says which).
  const milestones = (['started', 'detected', 'mitigated', 'resolved'] as Role[]).filter((role) => times[role]?.text.includes(':'))
    .map((role) => `- **${milestoneLabel[role]}**: ${times[role]!.text} (column "${times[role]!.column}")`);
  const body = [
    `Row ${context.row} of the ${context.kind}${id ? `, ${ofRole('id')[0].name} ${id}` : ''}${first('status') ? `; status: ${first('status')}` : ''}${first('owner') ? `; owner: ${first('owner')}` : ''}.`,
    milestones.join('\n'),
    ...sections.flatMap(([role, heading]) => {
      const own = ofRole(role);
      if (!own.length) return [];
      // A summary that is the whole description is kept in the section too: the frontmatter's is a line.
      return own.map((column) => `## ${own.length > 1 || heading === 'Description' ? column.name.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : heading}\n\n${role === 'actions' ? asList(cell(column)) : cell(column)}`);
    }),
    // Jira's comments, each dated: the timeline of the ticket.
    ofRole('comment').length ? `## Timeline (comments)\n\n${ofRole('comment').map((column) => jiraComment(cell(column), order)).join('\n')}` : '',
  ];
  // Not folded (a long cell stays on one line), so each cell reads in the draft as it was written.
  return { id, summaryMade: !!made, text: `---\n${stringifyYaml(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.filter((part) => part.trim()).join('\n\n')}\n` };
}

/** A row's cells as written, one a line; a Jira comment's time, author and text each on its own (the draft keeps each, in that order). */
const rowTexts = (columns: Column[], cells: string[]) => cells
  .map((cell, i) => (columns[i]?.role === 'comment' ? cell.replace(/^([^;]{6,30});([^;]*);/, '$1\n$2\n') : cell).trim())
  .filter(Boolean).join('\n');

/**
 * Where the table's header is: its first row, or a row under a title (`Incident log 2024`, a note
 * on how to fill it), as people lay out a sheet: the first of the first five rows whose cells name
 * an incident log's columns. Undefined when none does; the first row's shortcomings are then the reason.
 */
function findHeader(table: CsvTable): { header: string[]; row: number; rows: CsvTable['rows'] } | undefined {
  const candidates = [{ row: table.headerRow, cells: table.header }, ...table.rows].slice(0, 5);
  for (const [k, candidate] of candidates.entries()) {
    const header = candidate.cells.map((cell) => cell.trim());
    if (isJiraExport(header) || !notAnIncidentLog(columnsOf(header, table.rows.slice(k)), false)) return { header, row: candidate.row, rows: table.rows.slice(k) };
  }
  return undefined;
}

/** An instant written in full, as a program writes it: `2026-05-08T12:19:00+1000`, `2025-08-21 08:00:00Z`. */
const fullInstant = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/**
 * The columns of a sheet written without a header row, named by what they hold: a status page's
 * `past_incidents.csv` of rows "HPC Aqua, File system offline, 2025-08-21T08:00:00+1000,
 * 2025-08-21T12:45:00+1000" (a research-computing page's, import round 43) was refused, "its header
 * (HPC Aqua, …) lacks a title". Read so only when the file's name says it holds incidents
 * (`incidents.csv`, `outages.csv`, not `planned_maintenance.csv` or `checks.csv`), every row has
 * as many cells, and its columns are one or two instants written in full (the start, then the end)
 * and words: the longest words are the title, a shorter column before them the service.
 */
function headerlessColumns(name: string, table: CsvTable): { header: string[]; row: number; rows: CsvTable['rows'] } | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  if (!/incident|outage|downtime|disruption/i.test(base) || /maint|planned|schedul/i.test(base)) return undefined;
  const records = [{ row: table.headerRow, cells: table.header }, ...table.rows];
  const width = table.header.length;
  if (width < 2 || records.some((record) => record.cells.length !== width)) return undefined;
  const cellsOf = (i: number) => records.map((record) => (record.cells[i] ?? '').trim());
  const instants = [...Array(width).keys()].filter((i) => cellsOf(i).every((cell) => fullInstant.test(cell)));
  const words = [...Array(width).keys()].filter((i) => !instants.includes(i) && cellsOf(i).every((cell) => /\p{L}/u.test(cell)));
  if (!instants.length || instants.length > 2 || !words.length) return undefined;
  const meanLength = (i: number) => cellsOf(i).reduce((sum, cell) => sum + cell.length, 0) / records.length;
  const title = [...words].sort((a, b) => meanLength(b) - meanLength(a) || a - b)[0];
  const service = words.find((i) => i < title);
  const header = [...Array(width).keys()].map((i) => (i === instants[0] ? 'Start' : i === instants[1] ? 'End' : i === title ? 'Title' : i === service ? 'Service' : `Column ${i + 1}`));
  return { header, row: 0, rows: records };
}

/**
 * The incidents of a spreadsheet saved as CSV or TSV, one report per row; undefined when its
 * header is not an incident log's (data beside the reports), with the reason in `why`.
 */
export function readIncidentSheet(name: string, text: string): IncidentSheet | { why: string } {
  const table = readCsvTable(name, text);
  if (!table.header.length || !table.rows.length) return { why: 'it has no rows under its header' };
  if (isEvidencePack(table.header)) return { why: 'it is the incidents.csv of this knowledge base\'s own evidence pack (npm run evidence), made from its postmortems: they are imported already' };
  const found = findHeader(table) ?? headerlessColumns(name, table);
  if (!found) return { why: `its header (${table.header.slice(0, 8).join(', ')}${table.header.length > 8 ? ', …' : ''}) lacks ${notAnIncidentLog(columnsOf(table.header, table.rows), false) ?? 'the columns of an incident log'}` };
  const jira = isJiraExport(found.header);
  const columns = columnsOf(found.header, found.rows);
  const rows = found.rows;
  if (!rows.length) return { why: `it has no rows under its header (row ${found.row})` };
  const dateCells = rows.flatMap((row) => columns.filter((c) => c.role && (timeRoles.includes(c.role) || c.role === 'comment')).map((c) => (row.cells[c.index] ?? '').split(';')[0]));
  const order = sheetDayOrder(dateCells, table.separator);
  const kind = jira ? 'Jira issues CSV export' : table.separator === '\t' ? 'TSV incident log' : `CSV incident log${table.separator === ';' ? ' (separated by ;)' : ''}`;
  const fileNotes = [
    `columns read${found.row === 0 ? ' (the sheet has no header row: each column named by what it holds, the first row an incident too)' : found.row !== 1 ? ` (the header is row ${found.row})` : ''}: ${columns.filter((c) => c.role).map((c) => `${c.header} (${c.role})`).join(', ')}${columns.some((c) => !c.role) ? `; kept as written: ${columns.filter((c) => !c.role).map((c) => c.header).join(', ')}` : ''}`,
  ];
  const notes: string[] = [];
  const numericDates = dateCells.some((c) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(c.trim()));
  if (numericDates && order.conflicting) notes.push('its dates are written both day first and month first (25/03 and 03/25): they were read ' + (order.order === 'day-first' ? 'day first' : 'month first') + '; check every date');
  else if (numericDates && order.assumed) notes.push(`its dates (such as "${dateCells.find((c) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(c.trim()))!.trim()}") could be day or month first and no cell settles it: read ${order.order === 'day-first' ? `day first (the sheet ${table.separator === ';' ? 'is separated by ;, as European Excel writes it' : 'writes dates with dots'})` : 'month first, as US Excel and Google Sheets write them'}; check them`);
  const seen = new Map<string, number>();
  let summariesMade = 0;
  const reports = rows.map(({ row, cells }) => {
    const report = rowReport(columns, cells, order.order, { kind, row });
    let label = report.id && /^[\w.:-]{1,40}$/.test(report.id) ? report.id : `row-${row}`;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    if (n > 1) label = `${label}-row-${row}`;
    if (report.summaryMade) summariesMade += 1;
    return { label: `#${label}`, text: report.text, source: rowTexts(columns, cells) };
  });
  if (summariesMade) notes.push(`${summariesMade === reports.length ? 'its rows state' : `${summariesMade} of its ${reports.length} rows state`} no words but their title: the summary is made of the row's ${columns.some((c) => c.role === 'services') ? 'service, ' : ''}title and times; write what happened`);
  return { kind, reports, notes, fileNotes };
}
