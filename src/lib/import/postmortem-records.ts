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
const dayKeys = ['date', 'incident_date', 'occurred', 'occurred_at', 'started', 'started_at', 'start', 'start_date', 'start_time'] as const;
/** Keys a postmortem's sections are written under: a record needs two of them holding prose. */
const sectionKey = /^(?:summary|description|overview|impact|trigger|root_?cause|cause|contributing_factors|detection|response|mitigation|recovery|resolution|prevention|lessons(?:_learned)?|timeline|action_items|follow_?ups|remediation|what_happened|analysis)$/i;
/** Keys of a list of records in one file. */
const listKeys = ['incidents', 'postmortems', 'post_mortems', 'reports', 'outages', 'items'] as const;

const words = (text: string) => text.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0;

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

/** One record as a report, or undefined when it is no postmortem's record. */
function recordReport(record: Json): string | undefined {
  const title = trimmedText(titleKeys.map((key) => record[key]).find((value) => trimmedText(value)));
  const dayKey = dayKeys.find((key) => recordInstant(record[key]));
  const prose = Object.entries(record).filter(([key, value]) => sectionKey.test(key) && (words(trimmedText(value) ?? '') >= 5 || (Array.isArray(value) && value.length > 0)));
  if (!title || !dayKey || prose.length < 2) return undefined;
  const instant = recordInstant(record[dayKey])!;
  const sections: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if ((titleKeys as readonly string[]).includes(key) || key === dayKey) continue;
    const text = trimmedText(value);
    // Prose fields and nested ones are sections; short scalars (an id, a status, a version) stay in the metadata.
    if (text && words(text) >= 5) sections.push(`## ${keyHeading(key)}\n\n${text}`);
    else if (typeof value === 'object' && value !== null && !(value instanceof Date) && bullets(value, 0).length) sections.push(`## ${keyHeading(key)}\n\n${bullets(value, 0).join('\n')}`);
  }
  const frontmatter = stringifyYaml(record, { lineWidth: 0 }).trim();
  return [`---\n${frontmatter}\n---`, `# ${title}`, `Date: ${instant.day}${instant.time ? ` ${instant.time}` : ''}${instant.zone ? ` ${instant.zone}` : ''}`, ...sections].join('\n\n') + '\n';
}

/**
 * The postmortems of a YAML file of them (one record, a list of records, or a list under
 * `incidents:`, `postmortems:`, …), or undefined when it holds none.
 */
export function readPostmortemRecords(yaml: string): PostmortemRecords | undefined {
  const data = yamlDataOrUndefined(yaml, { asWritten: false });
  if (data === undefined) return undefined;
  const listKey = isObject(data) ? listKeys.find((key) => Array.isArray(data[key])) : undefined;
  const records = Array.isArray(data) ? data : listKey ? (data as Json)[listKey] as unknown[] : [data];
  const reports = records.flatMap((record, i) => {
    const text = isObject(record) ? recordReport(record) : undefined;
    return text ? [{ label: records.length > 1 ? ` (record ${i + 1} of ${records.length})` : '', text }] : [];
  });
  if (!reports.length) return undefined;
  const skipped = records.length - reports.length;
  return {
    reports,
    notes: [`read as ${records.length > 1 ? `a list of ${records.length} postmortem records${listKey ? ` under \`${listKey}\`` : ''}` : 'a postmortem kept as a YAML record'}: each field of prose a section under its key's words, lists and nested fields as bullets, the record whole in "Imported metadata"${skipped ? `; ${skipped} record(s) without a title, a day and two sections of prose not imported (kept in the file)` : ''}`],
  };
}
