/**
 * Which field of a report's metadata dates the incident. A blog post's or a site generator's
 * `date` is the day it was published; a start the metadata states as an instant (`started_at`,
 * `start_time`) is the incident's own, and wins (import round 34: a Hugo post with TOML front
 * matter, `date = 2026-05-04T10:00:00+02:00` and `started_at = 2026-05-02T14:05:00+02:00`, had its
 * timeline placed on the day it was posted, its detection two days after its start and its
 * resolution left out as before the detection). An `incident_date` is the incident's day too.
 * The value is returned as written (a TOML or YAML string keeps its own offset: the day is the
 * report's local one).
 */
const incidentDayKeys = ['incident_date', 'started_at', 'start_time', 'started', 'date'] as const;

export function metadataIncidentDay(metadata: Record<string, unknown> | undefined): { value: unknown; key: string } | undefined {
  if (!metadata) return undefined;
  for (const key of incidentDayKeys) {
    const value = metadata[key];
    if (value !== undefined && value !== null && value !== '') return { value, key };
  }
  return undefined;
}
