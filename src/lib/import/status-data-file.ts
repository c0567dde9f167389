import { stringify as stringifyYaml } from 'yaml';
import { yamlDataOrUndefined } from './written-yaml.ts';
import { recordInstant } from './incident-records.ts';
import { isObject, trimmedText, type Json } from './json-object.ts';

/**
 * A status page a site generator builds from one data file (a Jekyll site's `_data/status.yml`:
 * its title, its components and groups of components, and `incidents:`, a list of every incident
 * it has shown) keeps all its incidents in that file, each
 *
 *     - title: '[Provider] Event Processing Delays'
 *       timestamp: 2020-02-28 19:09        # one message …
 *       body: >
 *         We've noticed that …
 *     - title: …
 *       updates:                           # … or its updates, newest first as the page shows them
 *         - timestamp: 2020-01-31 17:54
 *           body: '**Resolved** - Our engineering team has confirmed …'
 *
 * The file was passed over as YAML that is no incident record ("no report found"). Each incident
 * is now a report of its own: its title, its first update the start, the last update that opens
 * with "Resolved" its end, every update a timeline row with its text whole. The times are written
 * as the file writes them, without a zone (the page shows them so): they are read in the zone
 * given with `--timezone` or stated by the folder, else as UTC and said, as any report's.
 * A file whose `incidents` are not all such incidents is no status data: undefined, passed over.
 */
export interface StatusDataFile {
  kind: string;
  /** One report per incident, `#<n>` its place in the file's list (the first is `#1`). */
  reports: { label: string; text: string; source: string }[];
  notes: string[];
}

const first = (record: Json, keys: readonly string[]): unknown => keys.map((key) => record[key]).find((value) => value !== undefined && value !== null && value !== '');

const titleKeys = ['title', 'name'] as const;
const timeKeys = ['timestamp', 'date', 'time', 'datetime', 'created_at'] as const;
const textKeys = ['body', 'message', 'text', 'content', 'description'] as const;
/** Planned work a status data file may list beside its incidents: not imported, said. */
const plannedListKeys = ['maintenance', 'maintenances', 'scheduled', 'scheduled_maintenances'] as const;

interface Update { day: string; time?: string; zone?: string; text: string }

/** The updates of one listed incident, oldest first; undefined when it is no incident. */
function incidentUpdates(incident: unknown): { title: string; updates: Update[] } | undefined {
  if (!isObject(incident)) return undefined;
  const title = trimmedText(first(incident, titleKeys));
  if (!title) return undefined;
  const written = Array.isArray(incident.updates) ? incident.updates : [incident];
  const updates: Update[] = [];
  for (const update of written) {
    if (!isObject(update)) return undefined;
    const at = recordInstant(first(update, timeKeys));
    const words = trimmedText(first(update, textKeys));
    if (!at || !words) return undefined;
    updates.push({ ...at, text: words });
  }
  if (!updates.length) return undefined;
  // The page lists updates newest first; the timeline reads oldest first (a stable sort keeps the
  // file's order for updates of one minute).
  const key = (update: Update) => `${update.day} ${update.time ?? ''}`;
  return { title, updates: [...updates].sort((a, b) => key(a).localeCompare(key(b), 'en')) };
}

const written = (update: Update) => `${update.day}${update.time ? ` ${update.time}` : ''}${update.zone ? ` ${update.zone}` : ''}`;
/** An update's text as a list item's continuation: indented, so its paragraphs stay in the row. */
const inItem = (words: string) => words.replace(/\r\n?/g, '\n').trim().replace(/\n/g, '\n  ');
/** "**Resolved** - …", "*Resolved* - …", "Resolved: …": the update that ends the incident. */
const resolvedUpdate = (update: Update) => /^[*_\s]*resolved\b/i.test(update.text);
const firstParagraph = (words: string) => words.split(/\n\s*\n/)[0].replace(/^[*_]*\w+[*_]*\s+[-–—:]\s+/, '').replace(/\s+/g, ' ').trim();

/**
 * The incidents of a status page's data file, one report each; undefined when `yaml` is not such
 * a file (a mapping whose `incidents` is a non-empty list of incidents, each a title and a time
 * and text, or updates of a time and text each).
 */
export function readStatusDataFile(yaml: string): StatusDataFile | undefined {
  const data = yamlDataOrUndefined(yaml, { asWritten: true });
  if (data === undefined) return undefined;
  if (!isObject(data) || !Array.isArray(data.incidents) || !data.incidents.length) return undefined;
  const incidents = data.incidents.map(incidentUpdates);
  if (incidents.some((incident) => !incident)) return undefined;
  const page = trimmedText(data.title);
  const plannedKey = plannedListKeys.find((key) => Array.isArray(data[key]) && (data[key] as unknown[]).length);
  const reports = (incidents as { title: string; updates: Update[] }[]).map(({ title, updates }, i) => {
    const start = updates[0];
    const end = [...updates].reverse().find(resolvedUpdate);
    const frontmatter = { title, summary: firstParagraph(start.text) || undefined, date: start.day };
    const defined = Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined));
    const rows = updates.map((update) => `- ${written(update)} ${inItem(update.text)}`);
    const body = [
      `---\n${stringifyYaml(defined, { lineWidth: 0 }).trim()}\n---`,
      `Incident of a status page kept in its data file${page ? ` ("${page}")` : ''}; its start is its first update${end ? ', its end the last update marked resolved' : ''}.`,
      [`- Start: ${written(start)}`, end ? `- End: ${written(end)}` : ''].filter(Boolean).join('\n'),
      `## Timeline\n\n${rows.join('\n')}`,
    ];
    return { label: `#${i + 1}`, text: body.join('\n\n') + '\n', source: [title, ...updates.map((update) => update.text)].join('\n\n') };
  });
  return {
    kind: 'status page data file (YAML)',
    reports,
    notes: plannedKey ? [`${(data[plannedKey] as unknown[]).length} planned maintenance(s) listed under \`${plannedKey}\` not imported: planned work, not incidents`] : [],
  };
}
