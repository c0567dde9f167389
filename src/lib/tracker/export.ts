import type { FollowUp } from '../follow-ups.ts';
import { toCsv } from './csv.ts';
import { followUpMarker } from './marker.ts';

/**
 * What creates one ticket per follow-up in a tracker, each linked back to its postmortem and
 * action item: for GitHub a JSON batch of REST API issue bodies
 * (`POST /repos/{owner}/{repo}/issues`) and a shell script of `gh issue create` commands; for
 * Jira and Linear a CSV for their importers. Every ticket's text carries the item's marker
 * (`postmortem-kb:<id>#<item>`), which `follow-ups sync` reads back.
 */
export const trackers = ['github', 'jira', 'linear'] as const;
export type Tracker = (typeof trackers)[number];

export interface ExportOptions {
  /** Internal site URL, for the link back to the postmortem. */
  siteUrl: string;
  /** `owner/name` for the `gh` script's `--repo`; omitted, gh uses the current repository. */
  repo?: string;
}

export interface ExportFile {
  name: string;
  content: string;
}

/** Which follow-ups to export: open or in progress and not yet linked to a ticket. */
export function selectExportable(items: readonly FollowUp[]): { export: FollowUp[]; alreadyLinked: FollowUp[]; closed: FollowUp[] } {
  const open = items.filter((i) => i.status === 'open' || i.status === 'in-progress');
  return {
    export: open.filter((i) => !i.link),
    alreadyLinked: open.filter((i) => i.link),
    closed: items.filter((i) => i.status === 'done' || i.status === 'wont-do'),
  };
}

export function postmortemItemUrl(item: FollowUp, siteUrl: string): string {
  return `${siteUrl.replace(/\/$/, '')}/postmortems/${item.postmortemId}/#action-${item.id}`;
}

/**
 * The ticket text: the outcome, how to verify it, the facts, the link back and the marker. A fact
 * a historical record never recorded reads "not recorded", so the ticket does not invent one.
 */
export function ticketBody(item: FollowUp, options: ExportOptions, markerStyle: 'html-comment' | 'text'): string {
  const marker = followUpMarker({ postmortemId: item.postmortemId, itemId: item.id });
  const fact = (value: string | undefined) => value ?? 'not recorded';
  return [
    `Follow-up ${item.id} from the postmortem "${item.postmortemTitle}" (${item.severity}).`,
    '',
    `Verification: ${fact(item.verification)}`,
    '',
    `Owner team: ${fact(item.owner)}`,
    `Due: ${fact(item.due)}`,
    `Priority: ${fact(item.priority)}`,
    `Type: ${fact(item.type)}`,
    `Postmortem: ${postmortemItemUrl(item, options.siteUrl)}`,
    '',
    markerStyle === 'html-comment' ? `<!-- ${marker} -->` : `Tracked as ${marker}`,
  ].join('\n');
}

/** The ticket's labels; a fact a historical record never recorded gives no label (none is made up). */
export const labelsOf = (item: FollowUp) => [
  'follow-up',
  ...(item.owner === undefined ? [] : [`team:${item.owner}`]),
  ...(item.priority === undefined ? [] : [`priority:${item.priority}`]),
  ...(item.type === undefined ? [] : [`type:${item.type}`]),
];

/** A word for the shell: single-quoted, inner single quotes closed and escaped. */
const shellWord = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function exportGitHub(items: readonly FollowUp[], options: ExportOptions): ExportFile[] {
  const batch = items.map((item) => ({ title: item.title, body: ticketBody(item, options, 'html-comment'), labels: labelsOf(item) }));
  const repo = options.repo ? ` --repo ${shellWord(options.repo)}` : '';
  const labels = [...new Set(items.flatMap(labelsOf))].sort();
  const script = [
    '#!/bin/sh',
    '# Creates one GitHub issue per follow-up with the GitHub CLI (gh auth login first).',
    '# Written by `npm run follow-ups -- export --to github`; review it, then run it once.',
    '# Afterwards: gh issue list --label follow-up --state all --json number,title,state,assignees,url,body,milestone,labels > issues.json',
    '#            npm run follow-ups -- sync issues.json',
    'set -e',
    ...labels.map((label) => `gh label create ${shellWord(label)} --force${repo} >/dev/null`),
    ...items.map((item, i) =>
      [`gh issue create${repo} --title ${shellWord(item.title)}`, ...labelsOf(item).map((l) => `--label ${shellWord(l)}`), `--body ${shellWord(batch[i].body)}`].join(' \\\n  '),
    ),
    '',
  ].join('\n');
  return [
    { name: 'github-issues.json', content: `${JSON.stringify(batch, null, 2)}\n` },
    { name: 'github-issues.sh', content: script },
  ];
}

const jiraPriorities: Record<string, string> = { P0: 'Highest', P1: 'High', P2: 'Medium', P3: 'Low' };
const linearPriorities: Record<string, string> = { P0: 'Urgent', P1: 'High', P2: 'Medium', P3: 'Low' };
const linearStatuses: Record<string, string> = { open: 'Todo', 'in-progress': 'In Progress' };

function exportJira(items: readonly FollowUp[], options: ExportOptions): ExportFile[] {
  // Jira's CSV importer takes a multi-value field as repeated columns of the same name.
  const labelColumns = Math.max(1, ...items.map((i) => labelsOf(i).length));
  const header = ['Summary', 'Issue Type', 'Priority', 'Due Date', ...Array(labelColumns).fill('Labels'), 'Description'];
  const rows = items.map((item) => {
    const labels = labelsOf(item).map((l) => l.replace(/:/g, '-'));
    // Jira's and Linear's importers take an empty priority or due date as none set.
    return [item.title, 'Task', item.priority ? jiraPriorities[item.priority] : '', item.due ?? '', ...labels, ...Array(labelColumns - labels.length).fill(''), ticketBody(item, options, 'text')];
  });
  return [{ name: 'jira-issues.csv', content: toCsv([header, ...rows]) }];
}

function exportLinear(items: readonly FollowUp[], options: ExportOptions): ExportFile[] {
  const header = ['Title', 'Description', 'Status', 'Priority', 'Labels', 'Due Date'];
  const rows = items.map((item) => [item.title, ticketBody(item, options, 'text'), linearStatuses[item.status] ?? 'Todo', item.priority ? linearPriorities[item.priority] : '', labelsOf(item).join(', '), item.due ?? '']);
  return [{ name: 'linear-issues.csv', content: toCsv([header, ...rows]) }];
}

export function exportFollowUps(items: readonly FollowUp[], tracker: Tracker, options: ExportOptions): ExportFile[] {
  if (tracker === 'github') return exportGitHub(items, options);
  if (tracker === 'jira') return exportJira(items, options);
  return exportLinear(items, options);
}
