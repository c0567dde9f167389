import type { ActionItem } from '../postmortem-schema.ts';
import type { TrackerExport, TrackerTicket } from './import.ts';

/**
 * What a tracker export changes in the postmortems: for each ticket, the action item it belongs
 * to (by its marker, else by its link, else by a title no other item shares) and the fields
 * that differ: status, owner team, due day, link. Every ticket that matches no item is reported
 * with the reason, and so is a tracker value that cannot be written (an owner that is not a team).
 */
export interface SyncPostmortem {
  id: string;
  file: string;
  actionItems: readonly Pick<ActionItem, 'id' | 'title' | 'owner' | 'due' | 'status' | 'link'>[];
}

export type SyncField = 'status' | 'owner' | 'due' | 'link';

export interface FieldChange {
  file: string;
  postmortemId: string;
  itemId: string;
  itemIndex: number;
  field: SyncField;
  from: string | undefined;
  to: string;
  ticket: string;
}

export interface SyncPlan {
  changes: FieldChange[];
  /** Tickets that match no action item, with why. */
  unmatched: { ticket: string; title: string; reason: string }[];
  /** Values the tracker holds that were not written, with why. */
  notes: string[];
  /** Tickets matched to an item, and how. */
  matched: { ticket: string; postmortemId: string; itemId: string; by: 'marker' | 'link' | 'title' }[];
}

const ticketName = (t: TrackerTicket) => `${t.tracker} ${t.key}`;
const normalTitle = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** A team id from a tracker's team value: the id itself or the team's display name, any case. */
export function resolveTeam(value: string, teams: ReadonlyMap<string, { name: string }>): string | undefined {
  const normal = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  for (const [id, team] of teams) if (normal(id) === normal(value) || normal(team.name) === normal(value)) return id;
  return undefined;
}

export function planSync(postmortems: readonly SyncPostmortem[], exported: TrackerExport, teams: ReadonlyMap<string, { name: string }>): SyncPlan {
  const plan: SyncPlan = { changes: [], unmatched: [], notes: [], matched: [] };
  const items = postmortems.flatMap((pm) => pm.actionItems.map((item, index) => ({ pm, item, index })));
  const byTitle = new Map<string, typeof items>();
  for (const entry of items) byTitle.set(normalTitle(entry.item.title), [...(byTitle.get(normalTitle(entry.item.title)) ?? []), entry]);
  const claimed = new Map<string, string>();

  for (const ticket of exported.tickets) {
    let found: (typeof items)[number] | undefined;
    let by: 'marker' | 'link' | 'title' | undefined;
    if (ticket.marker) {
      const pm = postmortems.find((p) => p.id === ticket.marker!.postmortemId);
      const index = pm?.actionItems.findIndex((i) => i.id === ticket.marker!.itemId) ?? -1;
      if (!pm || index < 0) {
        plan.unmatched.push({
          ticket: ticketName(ticket),
          title: ticket.title,
          reason: pm ? `its marker names action item "${ticket.marker.itemId}", which postmortem ${pm.id} does not have (renamed or removed?)` : `its marker names postmortem "${ticket.marker.postmortemId}", which does not exist`,
        });
        continue;
      }
      found = { pm, item: pm.actionItems[index], index };
      by = 'marker';
    } else if (ticket.url && items.some((e) => e.item.link === ticket.url)) {
      found = items.find((e) => e.item.link === ticket.url);
      by = 'link';
    } else {
      const same = byTitle.get(normalTitle(ticket.title)) ?? [];
      if (same.length === 1) {
        found = same[0];
        by = 'title';
      } else {
        plan.unmatched.push({
          ticket: ticketName(ticket),
          title: ticket.title,
          reason: same.length > 1 ? `no marker or link, and ${same.length} action items share its title` : 'no marker (postmortem-kb:<id>#<item>), no known link and no action item with its title',
        });
        continue;
      }
    }
    const key = `${found!.pm.id}#${found!.item.id}`;
    if (claimed.has(key)) {
      plan.unmatched.push({ ticket: ticketName(ticket), title: ticket.title, reason: `${key} is already tracked by ${claimed.get(key)}; one ticket per item` });
      continue;
    }
    claimed.set(key, ticketName(ticket));
    plan.matched.push({ ticket: ticketName(ticket), postmortemId: found!.pm.id, itemId: found!.item.id, by: by! });

    const { pm, item, index } = found!;
    const change = (field: SyncField, from: string | undefined, to: string | undefined) => {
      if (to !== undefined && to !== from) plan.changes.push({ file: pm.file, postmortemId: pm.id, itemId: item.id, itemIndex: index, field, from, to, ticket: ticketName(ticket) });
    };
    // An open GitHub issue only says "not closed": it reopens a closed item, and leaves an
    // open or in-progress one as it is.
    const keepsOpenState = ticket.statusIsOpenOnly && (item.status === 'open' || item.status === 'in-progress');
    if (ticket.status && !keepsOpenState) change('status', item.status, ticket.status);
    if (ticket.teams.length) {
      const owner = ticket.teams.map((t) => resolveTeam(t, teams)).find(Boolean);
      if (owner) change('owner', item.owner, owner);
      else plan.notes.push(`${ticketName(ticket)}: owner "${ticket.teams.join('", "')}" is no team in teams.yaml; ${pm.id} ${item.id} keeps ${item.owner ? `owner ${item.owner}` : 'no owner (none recorded)'}.`);
    }
    change('due', item.due, ticket.due);
    change('link', item.link, ticket.url);
  }
  for (const problem of exported.problems) plan.notes.push(problem);
  return plan;
}
