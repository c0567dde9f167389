import type { RootContent, Table, List, ListItem } from 'mdast';
import { plainText, type ReportSection } from './report-structure.ts';
import { readWrittenTime } from './written-time.ts';
import { findClosestMatch } from '../closest-match.ts';
import { titleMaxLength, actionItemPriorities, type actionItemStatuses } from '../postmortem-schema.ts';
import { enumSynonym } from '../enum-synonyms.ts';
import { summarySentences } from './summary-length.ts';
import { titleWithin } from './report-title.ts';
import { statedDone } from './done-in-report.ts';
import { headingActionItems } from './heading-action-items.ts';

export interface ImportedActionItem {
  id: string;
  title: string;
  owner?: string;
  due?: string;
  status?: (typeof actionItemStatuses)[number];
  priority?: (typeof actionItemPriorities)[number];
  link?: string;
}

export interface ActionItemReading {
  items: ImportedActionItem[];
  notes: string[];
}

export interface Teams {
  /** Team ids and display names, to match a written owner against. */
  ids: readonly string[];
  names: ReadonlyMap<string, string>;
}

const columns = {
  title: /action|item|task|description|what|follow|remediation|fix|change/i,
  owner: /owner|assignee|assigned|who|responsible|team|dri/i,
  due: /due|deadline|eta|target|by when|date/i,
  status: /status|state|done|progress/i,
  priority: /priority|prio|severity/i,
  link: /ticket|issue|link|jira|tracking|pr\b|reference/i,
  id: /^(#|id|no\.?|nr\.?)$/i,
};

function readStatus(text: string): ImportedActionItem['status'] {
  const t = text.toLowerCase();
  if (/✅|\b(done|complete[d]?|closed|fixed|resolved|finished|shipped|implemented)\b/.test(t)) return 'done';
  if (/won'?t|wont|not planned|rejected|cancel+ed/.test(t)) return 'wont-do';
  if (/in[- ]progress|ongoing|started|wip|doing/.test(t)) return 'in-progress';
  // "Outstanding" is incident.io's word for a follow-up not done yet.
  if (/\b(open|todo|to do|not started|planned|pending|backlog|outstanding)\b/.test(t)) return 'open';
  return undefined;
}

const readPriority = (text: string) => (/\bP([0-3])\b/i.exec(text)?.[1] !== undefined ? (`P${/\bP([0-3])\b/i.exec(text)![1]}` as ImportedActionItem['priority']) : undefined);

/**
 * A priority a list item labels in words, "[Priority: High]", "(priority: critical)", "Priority -
 * Low", read by the words other trackers use (src/lib/enum-synonyms.ts: high → P1): a cloud team's
 * 13 follow-ups kept "[Priority: High]" in their titles and no priority (import round 50). A
 * template's "High/Medium" choice is no priority.
 */
export function labelledPriority(text: string): { priority: ImportedActionItem['priority']; written: string } | undefined {
  const label = /\bpriority\s*[:=–-]\s*\**\s*([A-Za-z]+\d?)\b(?!\s*\/)/i.exec(text);
  const priority = label ? (enumSynonym('actionItems.priority', label[1], actionItemPriorities) as ImportedActionItem['priority']) : undefined;
  return priority && label ? { priority, written: label[0] } : undefined;
}

/**
 * An action item's own label opening its line, "**Action Item**: Fix …", "Follow-up: …":
 * the section already says what the line is, so the title starts after it (the body keeps the
 * line as written).
 */
const leadingActionLabel = /^\s*(?:action[ -]?items?|follow[ -]?ups?|task|ai)\s*(?:#?\d+\s*)?[:–—-]\s+(?=\S)/i;

function readDue(text: string, year: number): string | undefined {
  const written = readWrittenTime(text.trim(), { year });
  return written.date && !written.placeholder ? written.date : undefined;
}

const urlPattern = /https?:\/\/[^\s)>\]]+/;

/** Maps a written owner to a team id; people and unknown teams are reported, not invented. */
function matchOwner(written: string, teams: Teams, notes: string[], itemId: string): string | undefined {
  const text = written.replace(/^@/, '').trim();
  if (!text) return undefined;
  const lower = text.toLowerCase();
  for (const id of teams.ids) if (id === lower || teams.names.get(id)?.toLowerCase() === lower) return id;
  const close = findClosestMatch(lower, teams.ids);
  if (close && close.length > 2) return close;
  notes.push(`${itemId}: owner "${written}" is not a team id: fill in the owning team`);
  return undefined;
}

/** A table's first column naming what was checked ("Check", "Verification", "Test"), not what is to be done. */
const verificationColumn = /^(?:checks?|verifications?|tests?|probes?|assertions?|criteri(?:on|a))(?: performed| run)?$/i;

/** A table's first column naming an alert's condition or threshold ("Condition", "Alert", "Metric", "Threshold"), not what is to be done. */
const alertColumn = /^(?:(?:alert(?:ing)?\s+)?(?:conditions?|rules?|triggers?)|alerts?|metrics?|thresholds?|signals?|symptoms?|(?:alert|monitor)\s+names?)$/i;

function fromTable(table: Table, year: number, teams: Teams, notes: string[], next: () => string): ImportedActionItem[] {
  const [header, ...body] = table.children;
  const names = header.children.map((cell) => plainText(cell as unknown as RootContent).trim());
  const find = (pattern: RegExp, except: number[] = []) => names.findIndex((name, i) => !except.includes(i) && pattern.test(name));
  const id = find(columns.id);
  const owner = find(columns.owner, [id]);
  const due = find(columns.due, [id, owner]);
  const status = find(columns.status, [id, owner, due]);
  const priority = find(columns.priority, [id, owner, due, status]);
  const link = find(columns.link, [id, owner, due, status, priority]);
  let title = find(columns.title, [id, owner, due, status, priority, link]);
  // A table of checks and their results (a homelab report's "Verification after remediation",
  // `| Check | Result |` under "Remediation": "`privileged` | false") says what was verified,
  // no follow-up: its 8 checks were 8 action items without a status. Kept in the body only.
  if (title === -1 && verificationColumn.test(names[0] ?? '')) {
    notes.push(`a table of checks and their results ("${names.join(' | ')}", ${body.length} row(s)) is not read as action items: what was verified, kept in the body`);
    return [];
  }
  // A table of alert thresholds (a Linux outage write-up's "Monitoring alerts" under "Recurrence
  // prevention": `| Condition | Severity |`, "… not updated within schedule + 15 min | Warning")
  // says when an alert fires and how loud, no task: its rows were two action items (round 51's leftover).
  if (title === -1 && alertColumn.test(names[0] ?? '') && [id, owner, due, status, link].every((found) => found === -1)) {
    notes.push(`a table of alert conditions ("${names.join(' | ')}", ${body.length} row(s)) is not read as action items: when an alert fires, not a task, kept in the body`);
    return [];
  }
  if (title === -1) title = names.findIndex((_, i) => ![id, owner, due, status, priority, link].includes(i));
  return body.flatMap((row) => {
    const cells = row.children.map((cell) => plainText(cell as unknown as RootContent).trim());
    const text = cells[title] ?? '';
    if (!text) return [];
    const item: ImportedActionItem = { id: (id >= 0 && cells[id]) || next(), title: text };
    if (owner >= 0 && cells[owner]) item.owner = matchOwner(cells[owner], teams, notes, item.id);
    if (due >= 0 && cells[due]) item.due = readDue(cells[due], year);
    if (status >= 0 && cells[status]) item.status = readStatus(cells[status]);
    item.priority = priority >= 0 ? readPriority(cells[priority] ?? '') : undefined;
    const url = urlPattern.exec(link >= 0 ? cells[link] ?? '' : text)?.[0];
    if (url) item.link = url;
    return [clean(item)];
  });
}

const clean = (item: ImportedActionItem): ImportedActionItem =>
  Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as unknown as ImportedActionItem;

/** A label an action item carries after its text: `— Assignee: Search team`, `(Owner: sre, Due: May 2)`. */
const trailingLabel = /\s*(?:[—–|;,]|\s-)\s*\**(?:owner|assignee|assigned to|dri|due(?: date)?|deadline|eta|status|priority)\**\s*[:=]\s*[^—–|;]*$|\s*\(\s*(?:owner|assignee|assigned to|dri|due(?: date)?|deadline|eta|status|priority)\s*[:=][^()]*\)$|\s*\[\s*(?:owner|assignee|assigned to|dri|due(?: date)?|deadline|eta|status|priority)\s*[:=][^[\]]*\]$/i;

/**
 * The action itself, without the owner, due date or status labels written after it (incident
 * platforms and Notion write `Fix the alert — Assignee: Search team — Due: January 19, 2024`):
 * those are read into their own fields, and the body keeps the line as written.
 */
export function actionTitleOf(text: string): string {
  let title = leadingActionLabel.test(text) && text.replace(leadingActionLabel, '').trim() ? text.replace(leadingActionLabel, '') : text;
  for (let shorter = title.replace(trailingLabel, ''); shorter !== title && shorter.trim(); shorter = title.replace(trailingLabel, '')) title = shorter;
  return title.trim();
}

function fromListItem(listItem: ListItem, year: number, teams: Teams, notes: string[], next: () => string): ImportedActionItem | undefined {
  const first = listItem.children[0];
  const text = first ? plainText(first).replace(/\s+/g, ' ').trim() : '';
  // A bullet of an ellipsis alone ("- ...", a list left to finish) is no action.
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  const item: ImportedActionItem = { id: next(), title: actionTitleOf(text) };
  // A checked item of a Google Docs checklist is exported struck through as a whole.
  const struck = first?.type === 'paragraph' && first.children.length === 1 && first.children[0].type === 'delete';
  if (listItem.checked === true || struck) item.status = 'done';
  else if (listItem.checked === false) item.status = 'open';
  const owner = /\b(?:owner|assignee|assigned to|dri)\s*[:=]\s*(@?[\w.-]+(?: [\w.-]+)?)/i.exec(text) ?? /(?:^|\s)@([\w-]+)/.exec(text);
  if (owner) item.owner = matchOwner(owner[1], teams, notes, item.id);
  const due = /\b(?:due|by|deadline|eta)\s*[:=]?\s*((?:\d{4}-\d{2}-\d{2})|(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4})|(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?))/i.exec(text);
  if (due) item.due = readDue(due[1], year);
  const status = /\b(?:status)\s*[:=]\s*([\w -]+)/i.exec(text);
  if (status && !item.status) item.status = readStatus(status[1]);
  // "Set up alarms. **(Done during this incident)**", "Rotate the key (DONE)", "DONE: add a test".
  // Also a state written in capitals after a dash at the end: "Review unit test coverage. RN - TODO.", "… GK - DONE".
  const marked = /\(\s*((?:done|completed?|fixed|in[- ]progress|won'?t do)\b[^()]{0,60})\)\W*$/i.exec(text) ?? /^\W*(done|fixed|in[- ]progress)\s*[:–—-]\s/i.exec(text) ?? /\s[–—-]\s*(DONE|TODO|IN PROGRESS|WIP)\.?\s*$/.exec(text);
  if (marked && !item.status) item.status = readStatus(marked[1]);
  item.priority = readPriority(text);
  const worded = item.priority ? undefined : labelledPriority(text);
  if (worded) {
    item.priority = worded.priority;
    notes.push(`${item.id}: priority ${worded.priority}, read from "${worded.written}" (high → P1, medium → P2, low → P3, critical → P0): check it is your scale's`);
  }
  const url = urlPattern.exec(text)?.[0];
  if (url) item.link = url;
  return clean(item);
}

/**
 * A title for an action item written as a paragraph (a report's "Remediation" bullets run to 400
 * characters: what will be done, then why and how): its first sentence, or, when that alone is
 * over the schema's limit, its opening clauses within it. Undefined for a title within the limit.
 * The body keeps the item as written, so nothing is lost.
 */
export function shortActionTitle(text: string): { title: string; sentences: boolean } | undefined {
  if ([...text].length <= titleMaxLength) return undefined;
  const first = summarySentences(text)[0] ?? text;
  const title = titleWithin(first, titleMaxLength);
  return title && /[\p{L}\p{N}]/u.test(title) ? { title, sentences: [...first].length <= titleMaxLength } : undefined;
}

/**
 * Action items from the follow-up sections of a report: tables (columns found by their header),
 * checklists (`[x]` or struck through: done, `[ ]` open) and bullets. Owner, due date, status, priority and link are
 * taken where written; the rest is left for the author to fill.
 */
export function readActionItems(sections: ReportSection[], year: number, teams: Teams): ActionItemReading {
  const reading: ActionItemReading = { items: [], notes: [] };
  let counter = 0;
  const next = () => `AI-${++counter}`;
  for (const section of sections) {
    const found: ImportedActionItem[] = [];
    for (const node of section.nodes) {
      if (node.type === 'table') found.push(...fromTable(node, year, teams, reading.notes, next));
      if (node.type === 'list') {
        const listed: ImportedActionItem[] = [];
        for (const listItem of (node as List).children) {
          const item = fromListItem(listItem, year, teams, reading.notes, next);
          if (item) listed.push(item);
        }
        // Steps the report states as taken ("Ran a full audit", "The key was rotated") are done, not open.
        const done = statedDone(listed.map((item) => item.title));
        const markedDone = listed.filter((item, i) => done[i] && !item.status);
        for (const item of markedDone) item.status = 'done';
        if (markedDone.length) reading.notes.push(`${markedDone.map((item) => item.id).join(', ')}: status done, as the report states ${markedDone.length === 1 ? 'it' : 'them'} in the past tense ("${markedDone[0].title.split(/\s+/).slice(0, 4).join(' ')} …")${section.heading ? ` under "${section.heading}"` : ''}: steps taken, not follow-ups still to do`);
        found.push(...listed);
      }
    }
    // Follow-ups written as headings, each over its details, when the section has no list or table.
    const headed = found.length ? undefined : headingActionItems(section);
    if (headed) {
      const done = statedDone(headed.map((item) => item.details));
      headed.forEach((written, i) => {
        const item: ImportedActionItem = { id: next(), title: written.title };
        // A handle in the heading (`@ops`) is left in the body: most name a person, whom no field holds.
        if (done[i]) item.status = 'done';
        found.push(clean(item));
      });
      reading.notes.push(`${headed.length} action item(s) read from the headings${section.heading ? ` under "${section.heading}"` : ''}, one a heading, its details the text under it (kept in the body)`);
    }
    for (const item of found) {
      const short = shortActionTitle(item.title);
      if (!short) continue;
      reading.notes.push(`${item.id}: the title is ${short.sentences ? 'the first sentence' : 'the opening clause'} of an item of ${[...item.title].length} characters (a title is at most ${titleMaxLength}, one line of every follow-up list): the item stays whole in the body${section.heading ? `, under "${section.heading}"` : ''}`);
      item.title = short.title;
    }
    reading.items.push(...found);
  }
  // Ids written in the report must stay unique in the draft.
  const seen = new Set<string>();
  for (const item of reading.items) {
    if (seen.has(item.id)) item.id = `${item.id}-${reading.items.indexOf(item) + 1}`;
    seen.add(item.id);
  }
  return reading;
}
