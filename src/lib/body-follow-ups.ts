import { mistakesOutsideCode, type AngleBracketMistake } from './angle-bracket-text.ts';

/**
 * A follow-up written as a task-list item of the body with its owner or its due day (`- [ ] @ana
 * fix the pool check by 2026-01-10`, `- [ ] checkout: alert on saturation, due 2025-08-15`): the
 * follow-up tracker (`npm run follow-ups`), the overdue lint and the action-item anchors read
 * `actionItems` alone, so it was shown as a line of the page and tracked nowhere (bad input round
 * 42's leftover; round 43). Said, with the action item to write, not moved: which team answers
 * for a person's item, and the priority and type, are the author's to say. An open item with
 * neither an owner nor a day outside a section of follow-ups ("## Action items", "## Next steps";
 * a checklist of steps) is left, as is one whose words an action item's title holds already. Pure:
 * no Astro, no file system.
 */
export interface FollowUpTeams {
  /** Team ids of teams.yaml, each with its handle (`@acme/checkout`), if it has one. */
  handles: ReadonlyMap<string, string | undefined>;
}

const openItem = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\[ \][ \t]+(\S.*)$/;
const dueDay = /(?:\b(?:due|by|before|until)[:\s]+)?\b(\d{4}-\d{2}-\d{2})\b/i;
const handle = /(?<![\w.])@([A-Za-z0-9][\w.-]*(?:\/[\w.-]+)?)/;
/** Headings of a report's follow-ups: an open item under one is a follow-up, owner or not. */
const followUpSections = /\b(?:action items?|follow[- ]?ups?|next steps|remediations?|corrective actions?|to-?dos?)\b/i;
const ownerWord = /\b(?:owners?|assignees?)\s*[:=]\s*([a-z0-9][\w-]*)/i;

/**
 * Each open task-list item of `body` that carries a follow-up's owner or due day and no action item
 * holds, at its 1-based line; the column is 1, as the finding is the whole item.
 */
export function findUntrackedFollowUps(body: string, actionItemTitles: readonly string[], nextId: (index: number) => string, teams: FollowUpTeams): { line: number; column: number; mistake: AngleBracketMistake }[] {
  if (!body.includes('[ ]')) return [];
  const tracked = actionItemTitles.map((title) => title.toLowerCase().trim()).filter(Boolean);
  const teamOf = (written: string): string | undefined => {
    const lower = written.toLowerCase();
    for (const [id, teamHandle] of teams.handles) if (lower === id || (teamHandle && `@${lower}` === teamHandle.toLowerCase())) return id;
    return undefined;
  };
  let count = 0;
  let section: string | undefined;
  return mistakesOutsideCode(body, (line) => {
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/.exec(line)?.[1];
    if (heading !== undefined) section = followUpSections.test(heading) ? heading : undefined;
    const item = openItem.exec(line)?.[1];
    if (!item) return [];
    const day = dueDay.exec(item);
    const byHandle = handle.exec(item);
    const byWord = ownerWord.exec(item);
    const prefix = /^([a-z0-9][\w-]*):\s/i.exec(item);
    const prefixTeam = prefix ? teamOf(prefix[1]) : undefined;
    if (!day && !byHandle && !byWord && !prefixTeam && !section) return [];
    const title = item
      .replace(dueDay, ' ').replace(handle, ' ').replace(ownerWord, ' ')
      .replace(prefixTeam ? /^[a-z0-9][\w-]*:\s/i : /^$/, '')
      .replace(/\(\s*[,;]?\s*\)|\[\s*\]/g, ' ')
      // The title field is plain text: a link's words, without the marks of bold or code.
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__|`|\\(?=[[\]*_])/g, '')
      .replace(/\s+/g, ' ').replace(/^[\s,;:–—-]+|[\s,;:–—(-]+$/g, '').trim();
    if (!title || tracked.some((known) => known.includes(title.toLowerCase()) || title.toLowerCase().includes(known))) return [];
    const ownerWritten = byHandle ? `@${byHandle[1]}` : byWord ? byWord[1] : prefixTeam;
    const owner = byHandle ? teamOf(byHandle[1]) : byWord ? teamOf(byWord[1]) : prefixTeam;
    const said = [ownerWritten ? `its owner (${ownerWritten})` : '', day ? `its due day (${day[1]})` : ''].filter(Boolean).join(' and ') || `no owner, under the heading "${section}"`;
    const ownerField = owner ?? (ownerWritten ? `<the id in teams.yaml of the team that answers for it${byHandle ? `, ${ownerWritten}'s` : ''}>` : '<the id in teams.yaml of the team that answers for it>');
    const id = nextId(count++);
    return [{
      index: 0,
      message: `this open task-list item is a follow-up with ${said}, but the follow-up tracker (npm run follow-ups), the overdue check and the action items' list read actionItems alone: on the page it is a line of text, and it is tracked nowhere.`,
      fix: `move it to actionItems: "- id: ${id}", then "title: ${title.replace(/"/g, '\'')}", "owner: ${ownerField}", ${day ? `"due: ${day[1]}", ` : ''}"status: open" (with its priority and type), and delete the line here; or, if it is not a follow-up, write it without the box.`,
    }];
  });
}
