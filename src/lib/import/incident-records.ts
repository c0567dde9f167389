import { stringify as stringifyYaml } from 'yaml';
import { yamlDataOrUndefined } from './written-yaml.ts';
import { htmlToMarkdown } from './source-text.ts';
import { foldedScalarLines, htmlWithLineSentences } from './line-sentences.ts';
import { opensWithStamp, readStampedUpdates } from './stamped-updates.ts';
import { isObject, trimmedText, isYes, type Json } from './json-object.ts';

/**
 * A status page kept in git may write each incident as a YAML record of its own fields rather
 * than as a Markdown page: the VSC's status page (`incidents/kul_20250711.yml`) writes
 * `meta_data: { title, start_date, end_date, affected, level, planned }` over `content: >` (its
 * text, in HTML or Markdown), in local time without a zone. Such a record is read as one report:
 * its title, its start and end as the report's "Start:" and "End:" lines (so a zone given with
 * `--timezone`, or stated by the folder, applies to them as to any report's times), its level as
 * the written severity, its affected systems named in the text, and its text as the body. A
 * record marked planned (`planned: yes`) is planned work: refused by the import (src/lib/import/planned-work.ts), or with --maintenances imported and said to be a maintenance.
 * Any other YAML (a site's configuration, a CI file) is no record: undefined, passed over.
 */
export interface IncidentRecord {
  /** The record as a Markdown report with frontmatter, in the shape the importer reads. */
  text: string;
  /** Notes for the import report (what was read from where). */
  notes: string[];
}

const first = (record: Json, keys: readonly string[]): unknown => keys.map((key) => record[key]).find((value) => value !== undefined && value !== null && value !== '');

/** The record's own fields may be nested under one key (VSC's `meta_data`), its text beside them. */
const metadataKeys = ['meta_data', 'metadata', 'meta', 'incident'] as const;
const titleKeys = ['title', 'name', 'subject'] as const;
const startKeys = ['start_date', 'start', 'started', 'started_at', 'start_time', 'begin', 'date'] as const;
const endKeys = ['end_date', 'end', 'ended', 'ended_at', 'end_time', 'resolved_at'] as const;
const levelKeys = ['level', 'severity', 'impact'] as const;
const affectedKeys = ['affected', 'affected_systems', 'affectedsystems', 'components', 'services', 'systems'] as const;
const plannedKeys = ['planned', 'maintenance', 'scheduled'] as const;
const textKeys = ['content', 'description', 'body', 'message', 'text', 'details'] as const;

/**
 * A date and time as such records write them (`2022-12-2 17:00:00`, `2023-03-17 2:45:00`, a YAML
 * timestamp), padded as the importer reads them (`2022-12-02 17:00`), with the zone when one is
 * written; undefined when it is not a date.
 */
export function recordInstant(value: unknown): { day: string; time?: string; zone?: string } | undefined {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? { day: value.toISOString().slice(0, 10), time: value.toISOString().slice(11, 16), zone: 'UTC' } : undefined;
  const written = trimmedText(value);
  const match = written && /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i.exec(written);
  if (!match) return undefined;
  const pad = (part: string) => part.padStart(2, '0');
  const day = `${match[1]}-${pad(match[2])}-${pad(match[3])}`;
  if (!Number.isFinite(Date.parse(day))) return undefined;
  return { day, ...(match[4] ? { time: `${pad(match[4])}:${match[5]}` } : {}), ...(match[6] ? { zone: match[6].toUpperCase() === 'Z' ? 'UTC' : match[6] } : {}) };
}

const listed = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => trimmedText(v)).filter((v): v is string => !!v)
  : trimmedText(value)?.split(/\s*,\s*/).filter(Boolean) ?? []);
/** HTML as its writer meant it (paragraphs, lists, links, bold); Markdown as written. */
const looksLikeHtml = (body: string) => /<(?:p|div|ul|ol|li|br|a|b|strong|em|i|span|table|h[1-6])\b[^>]*>/i.test(body);

/** A paragraph of Markdown as the plain text of a summary: links their words, marks and escapes left out. */
const markdownPlain = (paragraph: string) => paragraph.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\([\\`*_[\]#|<>{}.!+-])/g, '$1').replace(/(\*\*|__|`)/g, '').replace(/\s+/g, ' ').trim();

/**
 * The incident of a YAML record, or undefined when `yaml` is no incident record: it must parse to
 * a mapping with a title, a start that is a date, and a text.
 */
export function readIncidentRecord(yaml: string): IncidentRecord | undefined {
  const data = yamlDataOrUndefined(yaml, { asWritten: false });
  if (data === undefined) return undefined;
  if (!isObject(data)) return undefined;
  const nestedKey = metadataKeys.find((key) => isObject(data[key]));
  const fields: Json = nestedKey ? data[nestedKey] as Json : data;
  const title = trimmedText(first(fields, titleKeys));
  const start = recordInstant(first(fields, startKeys));
  const body = trimmedText(first(data, textKeys)) ?? (nestedKey ? trimmedText(first(fields, textKeys)) : undefined);
  if (!title || !start || !body) return undefined;
  const end = recordInstant(first(fields, endKeys));
  const level = trimmedText(first(fields, levelKeys));
  const affected = listed(first(fields, affectedKeys));
  const plannedKey = plannedKeys.find((key) => fields[key] !== undefined);
  const planned = plannedKey !== undefined && isYes(fields[plannedKey]);
  const textKey = [...textKeys].find((key) => trimmedText(data[key]) === body || trimmedText(fields[key]) === body);
  // A folded scalar (`content: >`) keeps a blank line of its text as a single line break: the
  // writer's paragraphs ("Shutdown JupyterHub nodes", a blank line, then the text) ran into one.
  const folded = textKey !== undefined && new RegExp(`^\\s*${textKey}:\\s*>[-+]?\\s*$`, 'm').test(yaml);
  // HTML written a sentence a line in a folded scalar: a line with no full stop ends its paragraph (src/lib/import/line-sentences.ts).
  const lineSentences = folded && looksLikeHtml(body) ? foldedScalarLines(yaml, textKey!) : undefined;
  const html = lineSentences ? htmlWithLineSentences(lineSentences) : body;
  const markdown = looksLikeHtml(body) ? htmlToMarkdown(html).markdown.trim() : folded ? body.replace(/(?<=\S)\n(?=\S)/g, '\n\n') : body;
  const paragraphs = markdown.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => /[a-z]/i.test(paragraph));
  // The summary says what happened: not the title written again over the text, nor a later update
  // written on top ("UPDATE: the issues have been resolved.", "[update 2026-07-28 13:30] …").
  const isUpdate = (paragraph: string) => /^[\[*_\s]*update\b/i.test(paragraph);
  const sameWords = (a: string, b: string) => a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const described = paragraphs.filter((paragraph) => !sameWords(markdownPlain(paragraph), title));
  // Updates written on top of the first message ("**Update Mon 27 November - 15:00** …", then
  // "**Original message:** We have scheduled …"): the first message says what happened.
  const originalLabel = /^(?:original|initial|first)\s+(?:message|post|report|announcement)\s*:\s*/i;
  const original = described.findIndex((paragraph) => originalLabel.test(markdownPlain(paragraph)));
  const originalWords = original >= 0 ? markdownPlain(described[original]).replace(originalLabel, '') || markdownPlain(described[original + 1] ?? '') : '';
  // Updates stamped with their time ("[11:30] We are aware of …", newest on top) are the timeline;
  // the summary is a paragraph written above them, or else the first update's words.
  const stamped = readStampedUpdates(markdown, start.day);
  const beforeStamps = stamped.updates.length ? described.slice(0, Math.max(0, described.findIndex((paragraph) => opensWithStamp(paragraph, start.day)))) : described;
  const firstUpdateWords = stamped.updates[0]?.text.split(/\n\s*\n/)[0];
  const summary = originalWords || markdownPlain(beforeStamps.find((paragraph) => !isUpdate(paragraph)) ?? firstUpdateWords ?? described[0] ?? paragraphs[0] ?? '');
  const at = (instant: { day: string; time?: string; zone?: string }) => `${instant.day}${instant.time ? ` ${instant.time}` : ''}${instant.zone ? ` ${instant.zone}` : ''}`;
  // The record's own fields, as written, for "Imported metadata"; the level is the written
  // severity of an incident, not of planned work (a maintenance "high" says how much is down, by plan).
  const frontmatter: Json = {
    ...Object.fromEntries(Object.entries(fields).filter(([key]) => !(key === 'severity' && planned))),
    title,
    ...(summary ? { summary } : {}),
    date: start.day,
    ...(level && !planned ? { severity: level } : {}),
  };
  const opening = [
    `${planned ? 'Planned maintenance' : 'Incident'} of a status page kept as a YAML file`,
    level ? `level: ${level}` : '',
    affected.length ? `affected: ${affected.join(', ')}` : '',
  ].filter(Boolean).join('; ');
  const lines = [
    `---\n${stringifyYaml(frontmatter, { lineWidth: 0 }).trim()}\n---`,
    `${opening}.`,
    // Labelled lines, read as any report's stated start and end (in the zone given for the report).
    [`- Start: ${at(start)}`, end ? `- End: ${at(end)}` : ''].filter(Boolean).join('\n'),
    stamped.markdown,
  ];
  return {
    text: lines.join('\n\n') + '\n',
    notes: [`read as a status page's incident kept as a YAML record (${nestedKey ? `\`${nestedKey}\` fields` : 'its fields'} and its text${looksLikeHtml(body) ? ', HTML made Markdown' : ''})${stamped.updates.length ? `; ${stamped.updates.length} update(s) stamped with their time read as the timeline` : ''}${planned ? `; marked planned (\`${plannedKey}: ${String(fields[plannedKey!])}\`): a maintenance` : ''}`],
  };
}
