import type { Team } from '../vocabulary.ts';

/**
 * The columns of ServiceNow's incident export (a list view saved as CSV): `number`,
 * `short_description`, `description`, `close_notes`, `u_root_cause` or `cause`,
 * `assignment_group`, `priority` ("2 - High"), `opened_at`, `resolved_at`, `cmdb_ci`. Most are read
 * by the names an incident log's columns have (`opened_at` is a start, `number` the id); these are
 * ServiceNow's own.
 */

/**
 * A column's words without ServiceNow's prefix of a field an instance added to its table
 * ("u root cause" → "root cause": `u_root_cause` is the root cause field a team made).
 */
export function withoutCustomFieldPrefix(name: string): string {
  return name.replace(/^u\s+(?=\p{L}{2})/u, '');
}

/** Roles of ServiceNow's columns, read before an incident log's own (first match winning). */
export const serviceNowRoles: ['resolution' | 'team' | 'services', RegExp][] = [
  // The resolution notes a ticket is closed with: what was done.
  ['resolution', /^(?:close|closure|resolution|resolve) notes?$/i],
  // The group the incident was assigned to: the team that responded.
  ['team', /^(?:assignment|assigned|resolver|support) group$|^(?:responding |owning |assigned )?team$/i],
  // The configuration item (CMDB) or business service that failed: the service affected.
  ['services', /^(?:cmdb ci|configuration item|business service|affected ci)$/i],
];

/**
 * True when the export's title column is ServiceNow's short description ("Card payments declined
 * at checkout") and it has no column of its own for the impact: its long `description` is then
 * what the caller or customer reported, the impact, not a summary of the whole incident (the
 * root cause and close notes say the rest).
 */
export function descriptionIsImpact(columnNames: readonly string[]): boolean {
  return columnNames.some((name) => /^short description$/i.test(name))
    && !columnNames.some((name) => /^(?:(?:customer|user|business|client) )?impact(?: description)?$/i.test(name));
}

/** A team's names as people write them in another tool: its id, display name, handle's last part and aliases, compared without case, "&" as "and". */
const comparable = (name: string) => name.toLowerCase().replace(/&/g, ' and ').replace(/[\s_-]+/g, ' ').replace(/\bteam$/, '').trim();

/**
 * The team (id from teams.yaml) a group's name names: its id ("sre"), display name ("Site
 * Reliability", "Identity and Access" for "Identity & Access"), the last part of its handle
 * ("@acme/support-ops" → "support ops") or one of its aliases, with or without "team" after it.
 * Undefined when no team, or more than one, is named so: a guess would be wrong as often as right.
 */
export function teamNamedBy(group: string, teams: Iterable<Team>): string | undefined {
  const wanted = comparable(group);
  if (!wanted) return undefined;
  const named = [...teams].filter((team) => [team.id, team.name, team.handle?.split('/').pop()?.replace(/^@/, ''), ...(team.aliases ?? [])]
    .some((name) => name && comparable(name) === wanted));
  return named.length === 1 ? named[0].id : undefined;
}

/** The team the report's metadata says it was assigned to (`team`, `assignment_group`), as {@link teamNamedBy} reads it, with the group as written. */
export function assignedTeam(metadata: Record<string, unknown> | undefined, teams: Iterable<Team>): { id: string; group: string } | undefined {
  const group = [metadata?.team, metadata?.assignment_group].find((value): value is string => typeof value === 'string' && !!value.trim());
  const id = group ? teamNamedBy(group, teams) : undefined;
  return id ? { id, group: group!.trim() } : undefined;
}
