import { isMap, parseDocument } from 'yaml';
import { splitFrontmatter } from '../frontmatter-split.ts';

/**
 * The impact wording a measurement writes where a report states none: marked as a placeholder so
 * that no one reads it as the report's, on the internal or the public site. Its one capitalised
 * word is "The": until adoption round 44 it opened with "Not", and the names a walk lists as
 * people (`--names`, git authors' full names) held "Not Applicable", so the guard took the
 * placeholder itself for a listed person, and `npm run redact` published every report without a
 * stated impact as "An engineer stated in the original report".
 */
export const placeholderImpact = 'The original report does not state it (placeholder of the adoption measurement).';

/** What filling one draft's per-report facts did. */
export interface PlaceholderFill {
  /** The file with the placeholders added (the source itself when nothing was missing or it was left alone). */
  text: string;
  /** Each fact filled, as `times.started`, `times.resolved`, `impact.description`. */
  filled: string[];
  /** Why the draft was left alone, when it was. */
  skipped?: string;
}

const isTime = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value);
const instant = (value: unknown): number => (value instanceof Date ? value.getTime() : isTime(value) ? Date.parse(value) : Number.NaN);
const written = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

/**
 * Fills the facts `npm run fill` cannot fill for a batch, since each report has its own (when it
 * began and ended, what customers saw), with placeholders, so that a measurement of adoption
 * (scripts/measure-adoption.ts) takes every imported report to the public build, as a team would
 * after deciding them report by report. Never for a knowledge base of record: the times are read
 * from the draft's own timeline (its first and last entries, else the day its id starts with), not
 * from what happened.
 *
 * A value the draft has is never changed: `times.started` the earliest time the draft states
 * (times, impact window, timeline; else the day of the id at 00:00 UTC), `times.resolved` the latest time the draft states (times, impact
 * window, timeline), and `impact.description` {@link placeholderImpact}.
 */
export function fillPlaceholderFacts(source: string, id: string): PlaceholderFill {
  const split = splitFrontmatter(source);
  if (!split.present) return { text: source, filled: [], skipped: 'it has no frontmatter' };
  const doc = parseDocument(split.yaml);
  if (doc.errors.length || !isMap(doc.contents)) return { text: source, filled: [], skipped: 'its frontmatter is not valid YAML (npm run check says where)' };
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const times = (data.times && typeof data.times === 'object' ? data.times : {}) as Record<string, unknown>;
  const impact = (data.impact && typeof data.impact === 'object' ? data.impact : {}) as Record<string, unknown>;
  const timeline = (Array.isArray(data.timeline) ? data.timeline : []).map((entry) => instant((entry as Record<string, unknown> | null)?.at)).filter((ms) => !Number.isNaN(ms));
  const filled: string[] = [];

  // Every time the import found: a placeholder is never on the wrong side of one of them (a
  // `resolved` before the `mitigated` a report stated made 9 of 32 drafts invalid, session 28).
  const foundTimes = [...Object.values(times).map(instant), instant(impact.start), instant(impact.end), ...timeline].filter((ms) => !Number.isNaN(ms));
  let started = instant(times.started);
  if (Number.isNaN(started)) {
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(id)?.[1];
    started = foundTimes.length ? Math.min(...foundTimes) : day ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
    if (Number.isNaN(started)) return { text: source, filled: [], skipped: 'it states no time and its id starts with no day (YYYY-MM-DD)' };
    doc.setIn(['times', 'started'], written(started));
    filled.push('times.started');
  }
  if (times.resolved === undefined || times.resolved === null || times.resolved === '') {
    doc.setIn(['times', 'resolved'], written(Math.max(started, ...foundTimes)));
    filled.push('times.resolved');
  }
  if (typeof impact.description !== 'string' || !impact.description.trim()) {
    doc.setIn(['impact', 'description'], placeholderImpact);
    filled.push('impact.description');
  }
  if (!filled.length) return { text: source, filled };
  const yamlStart = source.indexOf('\n') + 1;
  return { text: source.slice(0, yamlStart) + doc.toString({ lineWidth: 0 }).trimEnd() + source.slice(yamlStart + split.yaml.length), filled };
}
