import type { EvidenceActionItem } from './evidence-report.ts';
import { describeUnrecordedFacts, type ItemFact } from './unrecorded-facts.ts';

/**
 * How the evidence pack's table of action items is laid out. A year of an imported history (256
 * items of 14 incidents) repeated its incident's id in every row, a 60-character slug broken over
 * five lines in a column of 130 px, and "not recorded" in its priority and type on every row: the
 * table was 32,000 px tall at 1280 and an auditor read the same id 256 times to learn which facts
 * the records lack (session 29). Items are listed under their incident, named once, and a fact no
 * item records is a sentence above the table, not a column of "not recorded".
 */

/** A fact of an action item the table may show in a column of its own. */
export interface ItemFactColumn extends ItemFact<EvidenceActionItem> {
  head: string;
  key: 'owner' | 'due' | 'priority' | 'type';
}

export const actionItemFactColumns: readonly ItemFactColumn[] = [
  { head: 'Owner', key: 'owner', name: 'owner', has: (item) => item.owner !== null },
  { head: 'Due', key: 'due', name: 'due day', has: (item) => item.due !== null },
  { head: 'Priority', key: 'priority', name: 'priority', has: (item) => item.priority !== null },
  { head: 'Type', key: 'type', name: 'type', has: (item) => item.type !== null },
];

/** The columns some item records (the others would say "not recorded" in every row). */
export function recordedFactColumns(items: readonly EvidenceActionItem[]): ItemFactColumn[] {
  return actionItemFactColumns.filter((column) => items.some((item) => column.has(item)));
}

/** "Not recorded for all 256: priority and type; for 155 of 256: due day." Empty when all are. */
export function describeUnrecordedItemFacts(items: readonly EvidenceActionItem[]): string {
  return describeUnrecordedFacts(items, actionItemFactColumns);
}

/** The items grouped by incident, incidents in the order their first item comes. */
export function itemsByIncident(items: readonly EvidenceActionItem[]): [string, EvidenceActionItem[]][] {
  const groups = new Map<string, EvidenceActionItem[]>();
  for (const item of items) groups.set(item.postmortemId, [...(groups.get(item.postmortemId) ?? []), item]);
  return [...groups];
}
