import { jsonSyntaxProblem } from '../json-syntax.ts';
import { binaryKindOfExport } from '../binary-file.ts';
import type { ActionItem } from '../postmortem-schema.ts';
import { readCsvTable } from './csv.ts';
import { findMarker, type ItemRef } from './marker.ts';
import type { Tracker } from './export.ts';

/**
 * Reads a tracker's export into one shape: the ticket, the action-item state it implies, and the
 * marker that names its item. Formats:
 * - GitHub: `gh issue list --state all --json number,title,state,assignees,url,body,milestone[,labels,stateReason]`
 * - Jira: the issue navigator's "Export CSV (all fields)" (`Issue key`, `Status`, `Resolution`,
 *   `Due Date`, repeated `Labels` and `Component/s` columns, `Description`)
 * - Linear: the workspace CSV export (`ID`, `Team`, `Title`, `Description`, `Status`, `Labels`,
 *   `Due Date`, `Completed`, `Canceled`)
 */
export interface TrackerTicket {
  tracker: Tracker;
  /** "#12", "OPS-12", "PAY-7". */
  key: string;
  title: string;
  url?: string;
  /** The tracker's own word for the state ("CLOSED", "In Review"). */
  state: string;
  /** The action-item status that state means; undefined when it says nothing (an open GitHub issue). */
  status?: ActionItem['status'];
  /** True when the tracker only says "not closed": an item already in progress stays so. */
  statusIsOpenOnly?: boolean;
  /** Team names or ids the ticket is filed under (labels `team:<id>`, Jira components, Linear team). */
  teams: string[];
  /** Due day, YYYY-MM-DD. */
  due?: string;
  marker?: ItemRef;
}

export interface TrackerExport {
  tracker: Tracker;
  tickets: TrackerTicket[];
  /** Rows that could not be read, said plainly. */
  problems: string[];
}

const teamLabel = /^team[:\-/](.+)$/i;
const teamsFromLabels = (labels: readonly string[]) => labels.map((l) => teamLabel.exec(l.trim())?.[1]).filter((t): t is string => Boolean(t));

const months: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };

/** A due day from ISO (`2026-12-15`, `2026-12-15T00:00:00Z`) or Jira's `15/Dec/26 12:00 AM` form. */
export function parseDueDay(text: string | undefined): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1];
  const jira = /^(\d{1,2})\/([A-Za-z]{3})\/(\d{2}|\d{4})\b/.exec(value);
  if (jira && months[jira[2].toLowerCase()]) {
    const year = jira[3].length === 2 ? `20${jira[3]}` : jira[3];
    return `${year}-${months[jira[2].toLowerCase()]}-${jira[1].padStart(2, '0')}`;
  }
  return undefined;
}

interface GitHubIssue {
  number?: number;
  title?: string;
  state?: string;
  stateReason?: string;
  url?: string;
  body?: string;
  labels?: { name?: string }[];
  milestone?: { title?: string; dueOn?: string | null } | null;
}

export function readGitHubIssues(data: unknown, file: string): TrackerExport {
  if (!Array.isArray(data)) throw new Error(`${file}: expected the JSON array that \`gh issue list --json number,title,state,assignees,url,body,milestone\` prints.`);
  const problems: string[] = [];
  const tickets: TrackerTicket[] = [];
  for (const issue of data as GitHubIssue[]) {
    if (typeof issue?.number !== 'number' || typeof issue.state !== 'string') {
      problems.push(`${file}: an entry without "number" and "state" was skipped; run gh issue list with --json number,title,state,...`);
      continue;
    }
    const state = issue.state.toUpperCase();
    const closed = state === 'CLOSED';
    // gh gives OPEN or CLOSED. Any other state (MERGED from `gh pr list`, a hand-edited "done")
    // was read as open, and reopened the item of a closed one: its status is left as it is.
    if (!closed && state !== 'OPEN') {
      problems.push(`${file}: #${issue.number} has state ${JSON.stringify(issue.state)}, which is neither OPEN nor CLOSED (the states of \`gh issue list\`), so it says nothing of whether the follow-up is done: its action item's status was left as it is. Export issues with \`gh issue list --state all --json number,title,state,...\` (a pull request's MERGED is no issue state), or correct the entry.`);
    }
    const known = closed || state === 'OPEN';
    const bodyDue = /^Due:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(issue.body ?? '')?.[1];
    tickets.push({
      tracker: 'github',
      key: `#${issue.number}`,
      title: issue.title ?? '',
      url: issue.url,
      state,
      status: !known ? undefined : closed ? (issue.stateReason === 'NOT_PLANNED' ? 'wont-do' : 'done') : 'open',
      statusIsOpenOnly: state === 'OPEN',
      teams: teamsFromLabels((issue.labels ?? []).map((l) => l.name ?? '')),
      due: parseDueDay(issue.milestone?.dueOn ?? undefined) ?? bodyDue,
      marker: findMarker(issue.body),
    });
  }
  // Not one entry an issue: the file is something else, and syncing nothing from it would say
  // every follow-up's ticket is gone.
  if (data.length && !tickets.length) throw new Error(`${file}: none of its ${data.length} entries is a GitHub issue (each needs "number" and "state"); expected the JSON array that \`gh issue list --json number,title,state,assignees,url,body,milestone\` prints.`);
  return { tracker: 'github', tickets, problems };
}

const wontDoResolutions = /won'?t (do|fix)|duplicate|cannot reproduce|declined|obsolete/i;
/** Jira status names by the category Jira gives them in a default workflow. */
function jiraStatus(status: string, resolution: string | undefined): ActionItem['status'] | undefined {
  if (resolution && wontDoResolutions.test(resolution)) return 'wont-do';
  if (/^(done|closed|resolved)$/i.test(status)) return 'done';
  if (/^(in progress|in review|review|testing|blocked)$/i.test(status)) return 'in-progress';
  if (/^(to do|open|backlog|selected for development|reopened|new)$/i.test(status)) return 'open';
  return undefined;
}

export function readJiraCsv(text: string, file: string, options: { baseUrl?: string } = {}): TrackerExport {
  const table = readCsvTable(text);
  if (!table.header.some((h) => h.toLowerCase() === 'issue key')) throw new Error(`${file}: expected a Jira CSV export with an "Issue key" column.`);
  const problems: string[] = [];
  const tickets: TrackerTicket[] = [];
  for (const row of table.rows) {
    const key = table.value(row, 'Issue key');
    if (!key) {
      problems.push(`${file}: a row without an issue key was skipped.`);
      continue;
    }
    // Jira repeats a header for a field of many values (Labels); a field of one value given twice
    // with two values (`Status,Status` = Done, Open) was read as the first without a word (round 37).
    const one = (name: string): string | undefined => {
      const given = [...new Set(table.values(row, name).map((value) => value.trim()).filter(Boolean))];
      if (given.length > 1) problems.push(`${file}: ${key} has ${given.length} "${name}" columns with different values (${given.map((value) => `"${value}"`).join(', ')}); the first was read. Export it with one ${name} column.`);
      return table.value(row, name);
    };
    const state = one('Status') ?? '';
    const status = jiraStatus(state, one('Resolution'));
    if (!status) problems.push(`${file}: ${key} has status "${state}", which maps to no action-item status; its status was left as it is.`);
    tickets.push({
      tracker: 'jira',
      key,
      title: table.value(row, 'Summary') ?? '',
      url: options.baseUrl ? `${options.baseUrl.replace(/\/$/, '')}/browse/${key}` : undefined,
      state,
      status,
      teams: [...table.values(row, 'Component/s'), ...teamsFromLabels(table.values(row, 'Labels'))],
      due: parseDueDay(one('Due Date')),
      marker: findMarker(table.value(row, 'Description')),
    });
  }
  return { tracker: 'jira', tickets, problems };
}

function linearStatus(status: string, row: { completed?: string; canceled?: string }): ActionItem['status'] | undefined {
  if (row.canceled || /^(canceled|cancelled|duplicate)$/i.test(status)) return 'wont-do';
  if (row.completed || /^done$/i.test(status)) return 'done';
  if (/^(in progress|in review)$/i.test(status)) return 'in-progress';
  if (/^(backlog|todo|triage)$/i.test(status)) return 'open';
  return undefined;
}

export function readLinearCsv(text: string, file: string, options: { workspace?: string } = {}): TrackerExport {
  const table = readCsvTable(text);
  if (!table.header.includes('ID') || !table.header.includes('Title')) throw new Error(`${file}: expected a Linear CSV export with "ID" and "Title" columns.`);
  const problems: string[] = [];
  const tickets: TrackerTicket[] = [];
  for (const row of table.rows) {
    const key = table.value(row, 'ID');
    if (!key) continue;
    const state = table.value(row, 'Status') ?? '';
    const status = linearStatus(state, { completed: table.value(row, 'Completed'), canceled: table.value(row, 'Canceled') });
    if (!status) problems.push(`${file}: ${key} has status "${state}", which maps to no action-item status; its status was left as it is.`);
    const labels = (table.value(row, 'Labels') ?? '').split(',').map((l) => l.trim()).filter(Boolean);
    tickets.push({
      tracker: 'linear',
      key,
      title: table.value(row, 'Title') ?? '',
      url: options.workspace ? `https://linear.app/${options.workspace}/issue/${key}` : undefined,
      state,
      status,
      teams: [...teamsFromLabels(labels), ...table.values(row, 'Team')],
      due: parseDueDay(table.value(row, 'Due Date')),
      marker: findMarker(table.value(row, 'Description')),
    });
  }
  return { tracker: 'linear', tickets, problems };
}

/** Recognises the export by its content: JSON from gh, or a CSV header from Jira or Linear. */
export function readTrackerExport(text: string, file: string, options: { jiraUrl?: string; linearWorkspace?: string } = {}): TrackerExport {
  const binary = binaryKindOfExport(text);
  if (binary) throw new Error(`${file} is not text but ${binary}: give the tracker's export (gh issue list --json …, or the tracker's CSV export), not another file.`);
  // A .json file that does not start as JSON (a binary file, a broken export) is said as JSON, not as "none of".
  if (/^\s*[[{]/.test(text) || /\.json$/i.test(file)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new Error(`${file} ${jsonSyntaxProblem(text)}; expected the JSON array that \`gh issue list --json number,title,state,assignees,url,body,milestone\` prints.`);
    }
    return readGitHubIssues(data, file);
  }
  const header = readCsvTable(text.split(/\r?\n/, 1)[0]).header.map((h) => h.toLowerCase());
  if (header.includes('issue key')) return readJiraCsv(text, file, { baseUrl: options.jiraUrl });
  if (header.includes('id') && header.includes('title')) return readLinearCsv(text, file, { workspace: options.linearWorkspace });
  throw new Error(`${file} is none of: gh issue list JSON, a Jira CSV export ("Issue key" column), a Linear CSV export ("ID" and "Title" columns).`);
}
