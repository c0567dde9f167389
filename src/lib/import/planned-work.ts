import { isYes } from './json-object.ts';

/**
 * Status pages kept in git hold their planned maintenances beside their incidents, in the same
 * shape: Statusfy's and statuskit's `severity: under-maintenance` (stencila-status 6 of 14,
 * ugrc-status 5 of 57), the VSC's YAML records `planned: yes` (74 of 188). Each is refused with
 * its reason (below); with `--maintenances` (a team that keeps its maintenances as records) each is
 * imported as a draft, said to be planned work in its notes and listed in the import's summary. A
 * status page's JSON export or feed, which says which entries are maintenances, leaves them out (noted).
 */

/**
 * Why a report's own metadata says it is planned work rather than an incident (`severity:
 * under-maintenance`, `planned: yes`, `maintenance: true`, `type: maintenance`), or undefined.
 */
export function plannedWorkOf(metadata: Record<string, unknown> | undefined): string | undefined {
  if (!metadata) return undefined;
  for (const key of ['severity', 'max_severity', 'status', 'type', 'kind', 'category']) {
    const value = metadata[key];
    if (typeof value === 'string' && /^(?:under[-_ ]maintenance|(?:scheduled|planned)[-_ ]maintenance|maintenance|scheduled|planned)$/i.test(value.trim())) return `${key}: ${value.trim()}`;
  }
  for (const key of ['planned', 'maintenance', 'scheduled']) {
    if (isYes(metadata[key])) return `${key}: ${String(metadata[key])}`;
  }
  return undefined;
}

/**
 * Planned work is refused by default (session 29's adoption walk: 6 of a status page's 8 notices
 * were maintenances, imported as incidents and deleted by hand), as a page of another kind is
 * (round 26): passed over and said when found in a folder, refused when named. Only the report's
 * own metadata decides, so an incident whose text mentions a maintenance ("Severity: High (planned
 * maintenance; unexpected cascade)", "Outage during scheduled maintenance") is imported.
 */
export class PlannedWorkError extends Error {}

/** Why a report of planned work is not imported, and how to import it anyway. */
export function plannedWorkRefusal(plannedWork: string, title: string | undefined): string {
  return `is a planned maintenance${title ? ` ("${title}")` : ''}, not an incident: its metadata says \`${plannedWork}\`. Not imported; to keep maintenances as records, import with --maintenances (each is then a draft, listed at the end). A maintenance that went wrong is an incident: give it an incident's severity in its metadata and import it again.`;
}
