/** A key time of the incident, as the metadata of another tool states it. */
export interface MetadataTime {
  at: string;
  key: string;
  /** Why the draft cannot take it (a year the schema refuses); the author decides. */
  refused?: string;
  /** Written without a zone and placed in the report's (a status page's issue): the draft says which. */
  zoneless?: boolean;
}

type KeyTime = 'started' | 'detected' | 'mitigated' | 'resolved';

/** Keys other tools' frontmatter uses for the key times (icco/postmortems: start_time, end_time). */
const keysFor: Record<KeyTime, readonly string[]> = {
  started: ['start_time', 'started_at', 'startTime', 'startedAt', 'start', 'incident_start'],
  detected: ['detected_at', 'detectedAt', 'detection_time', 'detected'],
  mitigated: ['mitigated_at', 'mitigatedAt', 'mitigation_time', 'mitigated'],
  resolved: ['end_time', 'resolved_at', 'ended_at', 'endTime', 'resolvedAt', 'end', 'incident_end', 'resolved', 'resolvedWhen', 'resolved_when', 'resolved_on', 'resolvedOn', 'resolvedDate', 'resolved_date'],
};

/**
 * cState, a status page kept in git (`content/issues/*.md`), writes an incident's start as its
 * `date` and its end as `resolvedWhen`. Elsewhere (a Jekyll or Hugo post) `date` is when the post
 * was published, not when anything began: it is read as the start only in cState's shape, and in
 * Statusfy's and statuskit's (`affectedsystems`, `resolved`), whose `date` is when the incident was opened.
 */
export function isStatusPageIssue(metadata: Record<string, unknown>): boolean {
  return 'resolvedWhen' in metadata || (metadata.section === 'issue' && 'resolved' in metadata)
    // Hugo's other status theme (xREL's status page) writes `resolved_on`, `max_severity` and
    // `status: resolved | in_progress | scheduled` beside `section: issue`.
    || (metadata.section === 'issue' && ('resolved_on' in metadata || 'resolvedOn' in metadata || 'max_severity' in metadata))
    // Statusfy and Netlify's statuskit (and the status sites grown from it) write `affectedsystems`
    // and `resolved: true|false` beside `date`, the incident's first moment.
    || (typeof metadata.resolved === 'boolean' && ('affectedsystems' in metadata || 'affectedSystems' in metadata))
    // LiveAgent's Jekyll status site writes its updates as `incident_states` beside `date`, the
    // incident's first moment, and `resolvedDate`, its end (read since import round 49).
    || (Array.isArray(metadata.incident_states) && 'resolvedDate' in metadata);
}

/**
 * The key times a report's own frontmatter states as instants (`start_time: 2016-08-18T19:00:00Z`,
 * a YAML timestamp, or a time with an offset). An instant at exactly midnight UTC says a day,
 * not when it happened (sources write `2012-07-01T00:00:00Z` for "July 2012"), so it is left out
 * as date-only timeline rows are; so is a value without a zone, which says no instant.
 */
export function metadataTimes(metadata: Record<string, unknown> | undefined, options: { zoneless?: (day: string, time: string) => string } = {}): Partial<Record<KeyTime, MetadataTime>> {
  const found: Partial<Record<KeyTime, MetadataTime>> = {};
  if (!metadata) return found;
  const statusIssue = isStatusPageIssue(metadata);
  for (const [field, keys] of Object.entries(keysFor) as [KeyTime, readonly string[]][]) {
    const candidates = field === 'started' && statusIssue ? [...keys, 'date'] : keys;
    for (const key of candidates) {
      const value = metadata[key];
      // A status page kept in git writes its times without a zone (cState's `resolvedWhen:
      // 2026-03-25 04:26:13`, `resolved_on: 2021-08-15 15:20:00`), as its updates' {{< track >}}
      // times: placed in the zone the report's other times are read in (given, or UTC, said).
      const written = statusIssue && options.zoneless && typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim()) : undefined;
      const at = written && written[2] !== '00:00' ? options.zoneless!(written[1], written[2]) : instantOf(value);
      if (at) {
        const year = Number(at.slice(0, 4));
        found[field] = { at, key, ...(year < 1900 || year > 2999 ? { refused: `the year ${year} is outside 1900-2999, which the schema accepts` } : {}), ...(written && written[2] !== '00:00' ? { zoneless: true } : {}) };
        break;
      }
    }
  }
  return found;
}

function instantOf(value: unknown): string | undefined {
  let time: number;
  if (value instanceof Date) time = value.getTime();
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) time = Date.parse(value.trim().replace(' ', 'T'));
  else return undefined;
  if (!Number.isFinite(time) || time % 86_400_000 === 0) return undefined;
  // To the second: a status page's `date: '2025-06-23T16:27:43.822Z'` is a moment, its milliseconds
  // no fact a reader checks (the timeline's rows are to the minute).
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
