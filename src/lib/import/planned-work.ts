/**
 * Status pages kept in git hold their planned maintenances beside their incidents, in the same
 * shape: Statusfy's and statuskit's `severity: under-maintenance` (stencila-status 6 of 14,
 * ugrc-status 5 of 57), the VSC's YAML records `planned: yes` (74 of 188). Each is imported as a
 * draft (a team may keep its maintenances as records, and a maintenance that went wrong is an
 * incident), but said to be planned work in the draft's notes and listed in the import's summary,
 * so that an adopter who keeps incidents only finds and deletes them in one go. A status page's
 * JSON export or feed, which says which entries are maintenances, leaves them out instead (noted).
 */
const isYes = (value: unknown) => value === true || (typeof value === 'string' && /^(?:yes|true|y|on)$/i.test(value.trim()));

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
