import type { ActionItem } from './postmortem-schema.ts';
import { formatCount } from './format.ts';

/**
 * What a list of action items does not record, said once above the list. On a phone each item is
 * a card, and a card leaves out the facts its item lacks (src/styles/global.css): imported history
 * states few of them, and a card that repeated "not recorded" in six rows was a screen tall (the
 * tracker of 145 such items was 41,000 px at 390). The table of a wide screen keeps its cells; the
 * sentence says the same thing there in one line.
 */

/** A fact of an action item that a card may leave out, named as the sentence names it. */
export interface ItemFact<Item> {
  name: string;
  has: (item: Item) => boolean;
}

/** The facts every action-item card shows, when its item records them. */
const plannedFacts: readonly ItemFact<ActionItem>[] = [
  { name: 'owner', has: (item) => item.owner !== undefined },
  { name: 'due day', has: (item) => item.due !== undefined },
  { name: 'priority', has: (item) => item.priority !== undefined },
  { name: 'type', has: (item) => item.type !== undefined },
];

/** The facts a follow-up tracker card shows beside its action, status and origin. */
export const followUpCardFacts: readonly ItemFact<ActionItem>[] = [...plannedFacts, { name: 'ticket', has: (item) => item.link !== undefined }];

/** The facts a postmortem's action-item card shows beside its id, action and status. */
export const actionItemCardFacts: readonly ItemFact<ActionItem>[] = [...plannedFacts, { name: 'verification', has: (item) => item.verification !== undefined }];

const joinNames = (names: readonly string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(''));

/**
 * "Not recorded for all 29: priority, type and ticket; for 12 of 29: owner and due day." Facts
 * missing from as many items are named together, the most often missing first; a fact every item
 * records is not named. Empty when every item records every fact.
 */
export function describeUnrecordedFacts<Item>(items: readonly Item[], facts: readonly ItemFact<Item>[]): string {
  const total = items.length;
  const byCount = new Map<number, string[]>();
  for (const fact of facts) {
    const missing = items.filter((item) => !fact.has(item)).length;
    if (missing > 0) byCount.set(missing, [...(byCount.get(missing) ?? []), fact.name]);
  }
  if (byCount.size === 0) return '';
  const groups = [...byCount].sort(([a], [b]) => b - a).map(([missing, names]) => {
    const scope = total === 1 ? '' : missing === total ? ` for all ${formatCount(total)}` : ` for ${formatCount(missing)} of ${formatCount(total)}`;
    return { scope, names: joinNames(names) };
  });
  const [first, ...rest] = groups;
  return `Not recorded${first.scope}: ${first.names}${rest.map((group) => `;${group.scope}: ${group.names}`).join('')}.`;
}
