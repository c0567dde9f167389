import { join } from 'node:path';
import { findClosestMatches } from '../closest-match.ts';
import { severities, type Severity } from '../postmortem-schema.ts';
import { severityOptionAdvice } from '../enum-synonyms.ts';
import { dayOptionAdvice } from '../instant-advice.ts';
import { dayBeforeEarliestProblem } from '../earliest-day.ts';
import { isIsoDay } from '../as-of.ts';
import { vocabularyFiles, type Vocabulary } from '../vocabulary.ts';

/**
 * Facts that hold for a whole batch of imported reports (`npm run import -- --set field=value`):
 * an organisation importing its old reports states once that they are all about one service, or
 * were all drafted on the day of the import, instead of typing it into each draft. A set value
 * fills a field only where the report gives nothing (neither states nor suggests a value).
 */
export interface BatchFacts {
  severity?: Severity;
  services?: string[];
  teams?: string[];
  tags?: string[];
  trigger?: string;
  /** YYYY-MM-DD. */
  drafted?: string;
}

/** The fields `--set` may fill, in the order the draft's frontmatter has them. */
export const batchFields = ['severity', 'services', 'teams', 'tags', 'trigger', 'drafted'] as const;
export type BatchField = (typeof batchFields)[number];
const listFields = new Set<BatchField>(['services', 'teams', 'tags']);

/** Why a field a draft has may not be set for a batch: said in the error, so nobody looks for a way round it. */
const refusedFields: Record<string, string> = {
  status: 'imported reports are always drafts (status: draft): in-review and published need the review facts of each postmortem filled in and checked, so change status per postmortem after its review',
  visibility: 'imported reports are internal (visibility: internal): a public post needs its own customer-facing wording and a redaction check, so make each public one by one',
  historical: 'every imported report is historical: true',
  title: 'each report has its own title',
  summary: 'each report has its own summary',
};

/** One or more `--set` values that cannot be used: every problem, one per line. */
export class BatchFactError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
    this.name = 'BatchFactError';
  }
}

/** "did you mean …?" with up to three closest values, or the valid values when none is close. */
function closest(value: string, known: readonly string[], what: string): string {
  const near = findClosestMatches(value, known);
  if (near.length) return `closest: ${near.join(', ')}`;
  if (!known.length) return `${what} has no entries`;
  return `valid values: ${known.slice(0, 12).join(', ')}${known.length > 12 ? `, … (${known.length} in all)` : ''}`;
}

/** ` (did you mean "severity"?)` for a misspelled field name, a refused one included. */
function near(field: string): string {
  const [match] = findClosestMatches(field, [...batchFields, ...Object.keys(refusedFields)], 1);
  return match ? ` (did you mean "${match}"?${refusedFields[match] ? ' It cannot be set for a batch.' : ''})` : '';
}

/**
 * The zone a batch's reports were written in, given as `--set timezone=ZONE` (also `zone`, `tz`)
 * beside the facts, and the other options. It is no field of a draft: it says how the reports'
 * times are read, as `--timezone ZONE` does; an adopter who fills the batch's facts with --set
 * gives it there too (import round 44: it was refused, "not a field --set fills", and stamped
 * lines with no zone stayed UTC). Only `npm run import` reads it: `npm run fill` re-reads no time.
 */
export function batchZoneSetting(options: readonly string[]): { zone?: string; given?: string; facts: string[] } {
  const isZone = (option: string) => /^\s*(?:time[-_ ]?zone|zone|tz)\s*=/i.test(option);
  const given = options.filter(isZone);
  const zone = given.length ? given[given.length - 1].replace(/^[^=]*=/, '').trim() : undefined;
  return { ...(zone !== undefined ? { zone, given: `--set ${given[given.length - 1].trim()}` } : {}), facts: options.filter((option) => !isZone(option)) };
}

/**
 * Reads the `--set field=value` options (each as given on the command line), checking every value
 * against the vocabularies before any report is read. A list field (services, teams, tags) takes a
 * comma list and may be given more than once (the lists add up); the others once. Throws a
 * {@link BatchFactError} naming each option, its value and the closest valid values.
 */
export function parseBatchFacts(options: readonly string[], vocabulary: Vocabulary, today: string, contentDir = 'content'): BatchFacts {
  const facts: BatchFacts = {};
  const problems: string[] = [];
  const vocabularyOf: Record<'services' | 'teams' | 'tags' | 'trigger', { ids: string[]; file: string; what: string }> = {
    services: { ids: [...vocabulary.services.keys()], file: join(contentDir, vocabularyFiles.services), what: 'a service id' },
    teams: { ids: [...vocabulary.teams.keys()], file: join(contentDir, vocabularyFiles.teams), what: 'a team id' },
    tags: { ids: [...vocabulary.tags.keys()], file: join(contentDir, vocabularyFiles.tags), what: 'a tag id' },
    trigger: { ids: [...vocabulary.triggers.keys()], file: join(contentDir, vocabularyFiles.triggers), what: 'a trigger id' },
  };
  for (const option of options) {
    const given = `--set ${option}`;
    const match = /^\s*([A-Za-z.]+)\s*=(.*)$/.exec(option);
    if (!match) {
      problems.push(`${given}: write --set <field>=<value>, e.g. --set severity=SEV-3 or --set services=checkout-api,payments-api.`);
      continue;
    }
    const field = match[1];
    const value = match[2].trim();
    if (!(batchFields as readonly string[]).includes(field)) {
      const why = refusedFields[field];
      problems.push(why
        ? `${given}: "${field}" cannot be set for a batch: ${why}. --set fills ${batchFields.join(', ')}.`
        : `${given}: "${field}" is not a field --set fills${near(field)}. --set fills ${batchFields.join(', ')}.`);
      continue;
    }
    if (!value) {
      problems.push(`${given}: no value after "=": write --set ${field}=<value>.`);
      continue;
    }
    const name = field as BatchField;
    if (name === 'severity') {
      const severity = severities.find((level) => level.toLowerCase() === value.toLowerCase());
      // Round 18: `P1`, `critical` got the closest spellings and no word of the one meant.
      if (!severity) problems.push(`${given}: "${value}" is not a severity; severities are ${severities.join(', ')}${severityOptionAdvice(value, (id) => `--set severity=${id}`, severities)}.`);
      else if (facts.severity && facts.severity !== severity) problems.push(`${given}: severity is already set to ${facts.severity}; give it once.`);
      else facts.severity = severity;
      continue;
    }
    if (name === 'drafted') {
      const problem = !isIsoDay(value) ? `${given}: "${value}" is not a day: write it as YYYY-MM-DD, e.g. --set drafted=${today}.${dayOptionAdvice(value, (day) => `--set drafted=${day}`)}`
        : value > today ? `${given}: ${value} is after today (${today}): drafted is the day the first draft was written.`
        : dayBeforeEarliestProblem(value, given) ?? (facts.drafted && facts.drafted !== value ? `${given}: drafted is already set to ${facts.drafted}; give it once.` : undefined);
      if (problem) problems.push(problem);
      else facts.drafted = value;
      continue;
    }
    const known = vocabularyOf[name];
    const ids = listFields.has(name) ? value.split(',').map((id) => id.trim()).filter(Boolean) : [value];
    if (!listFields.has(name) && value.includes(',')) {
      problems.push(`${given}: a postmortem has one ${name}; give one id.`);
      continue;
    }
    const unknown = ids.filter((id) => !known.ids.includes(id));
    for (const id of unknown) problems.push(`${given}: "${id}" is not ${known.what} in ${known.file} (${closest(id, known.ids, known.file)}).`);
    if (unknown.length) continue;
    if (name === 'trigger') {
      if (facts.trigger && facts.trigger !== value) problems.push(`${given}: trigger is already set to ${facts.trigger}; give it once.`);
      else facts.trigger = value;
      continue;
    }
    const list = name as 'services' | 'teams' | 'tags';
    facts[list] = [...new Set([...(facts[list] ?? []), ...ids])];
  }
  if (problems.length) throw new BatchFactError(problems);
  return facts;
}

/** `--set` options as the report repeats them: `severity=SEV-3`, `services=a,b`. */
export function describeBatchFact(field: BatchField, facts: BatchFacts): string {
  const value = facts[field];
  return `--set ${field}=${Array.isArray(value) ? value.join(',') : value}`;
}
