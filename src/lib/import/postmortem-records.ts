import { stringify as stringifyYaml } from 'yaml';
import { yamlDataOrUndefined } from './written-yaml.ts';
import { isObject, trimmedText, type Json } from './json-object.ts';
import { recordInstant } from './incident-records.ts';

/**
 * Postmortems kept as YAML records of their sections, one a file or a list of them in one file: a
 * catalogue of AI-agent incidents writes `title`, `date`, `severity`, `summary`, `trigger`,
 * `root_cause`, `contributing_factors`, `detection`, `recovery`, `prevention` and nested
 * `blast_radius`/`sources` (import round 50: its 19 records were said as "data in a shape the import
 * does not read", none imported). Each record becomes a Markdown report: its title, its day on a
 * "Date:" line, each field of prose a section under its key's words, lists as bullets, nested
 * fields as "key: value" bullets; the record whole stays in the draft's "Imported metadata"
 * (frontmatter), so no field is lost. A status page's record (`content`, `start_date`) is read by
 * incident-records.ts first. Pure.
 */
export interface PostmortemRecords {
  reports: { label: string; text: string }[];
  notes: string[];
}

const titleKeys = ['title', 'name', 'incident_title', 'headline'] as const;
/**
 * Keys of the day a record's incident began, the first written one read. An incident platform's
 * record (Rootly, FireHydrant, incident.io, PagerDuty, BigPanda, Blameless: import round 53) states
 * when it was opened (`created_at`, `created_time`, `opened_time`, `createdAt`) where a catalogue
 * writes `date`; a stated start comes before the record's opening.
 */
const dayKeys = ['date', 'incident_date', 'occurred', 'occurred_at', 'started', 'started_at', 'startedAt', 'start', 'start_date', 'start_time', 'first_triggered_time', 'opened_time', 'created_time', 'created_at', 'createdAt'] as const;
/**
 * Keys a postmortem's sections are written under (compared as snake case, so `rootCause` is
 * `root_cause`): a record needs two of them holding prose, at its top or one level down (Blameless'
 * `analysis.rootCause`, FireHydrant's `retrospective.sections`, `custom_fields.root_cause`).
 */
const sectionKey = /^(?:summary|description|overview|impact|customer_impact|business_impact|trigger|root_?cause|cause|technical_cause|contributing_factors|detection|response|mitigation|recovery|resolution|resolution_summary|prevention|lessons(?:_learned)?|learned_lessons|timeline|timeline_events|action_items|actions_taken|follow_?ups|remediation|what_happened|analysis|retrospective|sections|recommendations)$/i;
const snakeKey = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const isSection = (key: string) => sectionKey.test(snakeKey(key));
/** Keys of a list of records in one file. */
const listKeys = ['incidents', 'postmortems', 'post_mortems', 'reports', 'outages', 'items'] as const;

/** Words of prose, apart by spaces: an id (`inc_01j8x7b9k9n1`) is one, however many letters it holds (round 53: it was a section "Id"). */
const words = (text: string) => text.split(/\s+/).filter((token) => /\p{L}/u.test(token)).length;

/** The words of a key as a heading: `root_cause` → "Root cause", `blast_radius` → "Blast radius". */
export const keyHeading = (key: string) => {
  const spaced = key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

/** A value as Markdown bullets, nested fields as "key: value", at `depth` levels of indent. */
function bullets(value: unknown, depth: number): string[] {
  const indent = '  '.repeat(depth);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      // A record in a list: its first field opens the bullet, the others under it.
      if (isObject(item)) {
        const lines = Object.entries(item).flatMap(([key, inner]) => entryLines(key, inner, depth + 1));
        return lines.length ? [lines[0].replace(/^\s*- /, `${indent}- `), ...lines.slice(1)] : [];
      }
      return scalar(item) === undefined ? [] : [`${indent}- ${scalar(item)}`];
    });
  }
  if (isObject(value)) return Object.entries(value).flatMap(([key, inner]) => entryLines(key, inner, depth));
  return scalar(value) === undefined ? [] : [`${indent}- ${scalar(value)}`];
}
const scalar = (value: unknown): string | undefined => (value === null || value === undefined || value === '' ? undefined : value instanceof Date ? value.toISOString() : typeof value === 'object' ? undefined : String(value).replace(/\s+/g, ' ').trim());
/** A field as one bullet "Key: value" (its nested fields below it). */
function entryLines(key: string, value: unknown, depth: number): string[] {
  const first = entryLine(key, value, depth);
  const inner = typeof value === 'object' && value !== null && !(value instanceof Date) ? bullets(value, depth + 1) : [];
  return (Array.isArray(value) && !value.length) || (isObject(value) && !Object.keys(value).length) ? [] : [first, ...inner];
}
const entryLine = (key: string, value: unknown, depth: number) => `${'  '.repeat(depth)}- ${keyHeading(key)}:${scalar(value) !== undefined ? ` ${scalar(value)}` : ''}`;

/** Whether a field holds prose (five words or more) or a list of something. */
const holdsProse = (value: unknown) => words(trimmedText(value) ?? '') >= 5 || (Array.isArray(value) && value.length > 0);

/**
 * The record's title: its own (`title`, `name`), else a short `summary` (incident.io names an
 * incident by its summary and writes what happened in `description`), with the key read.
 */
function recordTitle(record: Json): { title: string; key: string } | undefined {
  const key = titleKeys.find((candidate) => trimmedText(record[candidate]));
  if (key) return { title: trimmedText(record[key])!, key };
  const summary = trimmedText(record.summary);
  return summary && words(summary) <= 15 && !/[.!?]\s+\S/.test(summary) && trimmedText(record.description) ? { title: summary.replace(/[.]$/, ''), key: 'summary' } : undefined;
}

/** The record's day: under a nested `incident` first (Blameless' postmortem record was written after it), then its own. */
function recordDay(record: Json): { key: string; instant: NonNullable<ReturnType<typeof recordInstant>> } | undefined {
  for (const [prefix, fields] of [['incident.', record.incident], ['', record]] as const) {
    if (!isObject(fields)) continue;
    const key = dayKeys.find((candidate) => recordInstant(fields[candidate]));
    if (key) return { key: `${prefix}${key}`, instant: recordInstant(fields[key])! };
  }
  return undefined;
}

/** Fields of an event's time and of its words in a platform's list of timeline events, log entries or updates. */
const eventTimeKeys = ['timestamp', 'occurred_at', 'at', 'time', 'created_at', 'createdAt', 'started_at', 'created', 'date'] as const;
const eventTextKeys = ['summary', 'message', 'content', 'body', 'description', 'text', 'note', 'event', 'title'] as const;
/** A key naming a list of what happened, in order (`timeline_events`, `timelineEvents`, `log_entries`, `incident_updates`). */
const timelineKey = /^(?:timeline(?:_events)?|events|log_entries|incident_updates|updates|notes|activity|history)$/;

/**
 * A list of events each with a time and words (incident.io's `timeline_events`, PagerDuty's
 * `log_entries`) as timeline rows, "- 2024-12-15 10:30 UTC: Incident created …", in the list's
 * order; undefined when any item lacks either (then it is written as bullets of its fields).
 */
function eventRows(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.length) return undefined;
  const rows = value.map((item) => {
    if (!isObject(item)) return undefined;
    const at = eventTimeKeys.map((key) => recordInstant(item[key])).find(Boolean);
    const said = eventTextKeys.map((key) => trimmedText(item[key])).find(Boolean);
    return at?.time && said ? `- ${at.day} ${at.time}${at.zone ? ` ${at.zone}` : ''}: ${said.replace(/\s+/g, ' ')}` : undefined;
  });
  return rows.every(Boolean) ? rows as string[] : undefined;
}

/** One record as a report, or undefined when it is no postmortem's record. */
function recordReport(record: Json): string | undefined {
  const named = recordTitle(record);
  const day = recordDay(record);
  const nested = Object.values(record).filter(isObject).flatMap((inner) => Object.entries(inner));
  const prose = [...Object.entries(record), ...nested].filter(([key, value]) => isSection(key) && key !== named?.key && holdsProse(value));
  if (!named || !day || prose.length < 2) return undefined;
  const { instant } = day;
  const sections: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if ((titleKeys as readonly string[]).includes(key) || key === named.key || key === day.key) continue;
    const text = trimmedText(value);
    const rows = timelineKey.test(snakeKey(key)) ? eventRows(value) : undefined;
    // Prose fields and nested ones are sections; short scalars (an id, a status, a version) stay in the metadata.
    if (rows) sections.push(`## Timeline\n\n${rows.join('\n')}`);
    else if (text && words(text) >= 5) sections.push(`## ${keyHeading(key)}\n\n${text}`);
    else if (typeof value === 'object' && value !== null && !(value instanceof Date) && bullets(value, 0).length) sections.push(`## ${keyHeading(key)}\n\n${bullets(value, 0).join('\n')}`);
  }
  const frontmatter = stringifyYaml(record, { lineWidth: 0 }).trim();
  return [`---\n${frontmatter}\n---`, `# ${named.title}`, `Date: ${instant.day}${instant.time ? ` ${instant.time}` : ''}${instant.zone ? ` ${instant.zone}` : ''}`, ...sections].join('\n\n') + '\n';
}

/**
 * The postmortems of a YAML file of them (one record, a list of records, or a list under
 * `incidents:`, `postmortems:`, …), or undefined when it holds none.
 */
export function readPostmortemRecords(yaml: string): PostmortemRecords | undefined {
  const data = yamlDataOrUndefined(yaml, { asWritten: false });
  return data === undefined ? undefined : postmortemRecordsOf(data, 'YAML');
}

/**
 * The postmortems of parsed data (a YAML file, a JSON file, the lines of a JSON Lines file read
 * as a list), or undefined when it holds none. `form` names how they were kept, in the note.
 */
export function postmortemRecordsOf(data: unknown, form: 'YAML' | 'JSON' | 'JSON Lines'): PostmortemRecords | undefined {
  const listKey = isObject(data) ? listKeys.find((key) => Array.isArray(data[key])) : undefined;
  const records = Array.isArray(data) ? data : listKey ? (data as Json)[listKey] as unknown[] : [data];
  const reports = records.flatMap((record, i) => {
    const text = isObject(record) ? recordReport(record) : undefined;
    return text ? [{ label: records.length > 1 ? ` (record ${i + 1} of ${records.length})` : '', text }] : [];
  });
  if (!reports.length) return undefined;
  const skipped = records.length - reports.length;
  const kept = form === 'JSON Lines' ? `a JSON Lines file of ${records.length} postmortem record(s), one a line` : records.length > 1 ? `a list of ${records.length} postmortem records${listKey ? ` under \`${listKey}\`` : ''}${form === 'YAML' ? '' : ` (${form})`}` : `a postmortem kept as a ${form} record`;
  return {
    reports,
    notes: [`read as ${kept}: each field of prose a section under its key's words, lists and nested fields as bullets, the record whole in "Imported metadata"${skipped ? `; ${skipped} record(s) without a title, a day and two sections of prose not imported (kept in the file)` : ''}`],
  };
}
