import { withHtmlCommentsBlanked } from './unshown-comments.ts';
import { mistakesOutsideCode, type AngleBracketMistake } from './angle-bracket-text.ts';
import { issueLinkIn } from './tracker/issue-link.ts';
import { dayInOtherNotation } from './instant-advice.ts';
import { teamBesideAnother } from './vocabulary-value-names.ts';
import { enumSynonym } from './enum-synonyms.ts';
import { actionItemPriorities, actionItemTypes } from './postmortem-schema.ts';
import { isKnownFirstName } from './publication/compromise-lexicon.ts';
import { isOtherLanguageGivenName } from './publication/other-language-given-names.ts';
import { isDelimiterCells, isTableDelimiterRow } from './markdown-table-lines.ts';

/**
 * A follow-up written as a task-list item of the body with its owner or its due day (`- [ ] @ana
 * fix the pool check by 2026-01-10`, `- [ ] checkout: alert on saturation, due 2025-08-15`): the
 * follow-up tracker (`npm run follow-ups`), the overdue lint and the action-item anchors read
 * `actionItems` alone, so it was shown as a line of the page and tracked nowhere (bad input round
 * 42's leftover; round 43). Said, with the action item to write, not moved: which team answers
 * for a person's item, and the priority and type, are the author's to say. An open item with
 * neither an owner nor a day outside a section of follow-ups ("## Action items", "## Next steps";
 * a checklist of steps) is left, as is one whose words an action item's title holds already. Since
 * round 45 also an item of a list without boxes under a heading of follow-ups, and a `TODO:` line
 * with an owner or a day. Pure: no Astro, no file system.
 */
export interface FollowUpTeams {
  /** Team ids of teams.yaml, each with its handle (`@acme/checkout`), if it has one. */
  handles: ReadonlyMap<string, string | undefined>;
}

const openItem = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\[ \][ \t]+(\S.*)$/;
// Round 53: an HTML checkbox as a task item (`<input type="checkbox" /> Add a canary stage by …`, as
// pages pasted from a wiki or an issue write it) passed unsaid. Its attributes, then the words after it.
const htmlCheckbox = /^ {0,3}(?:[-*+][ \t]+)?<input\b(?=[^>]*\btype\s*=\s*["']?checkbox\b)([^>]*?)\/?>[ \t]*(\S.*)$/i;
// Round 53: a box written done in other ways (`[ x ]`, `☑`, `✓`): work finished, not a follow-up to track.
const doneMark = /^(?:\[\s*[xX✓✔]\s*\]|[☑☒✓✔✅])/u;
/** An item of a list without a box (`* Alert on saturation`, `1. Add a check`), at the top level. */
const plainItem = /^ ?(?:[-*+]|\d{1,9}[.)])[ \t]+(?!\[[ xX]\][ \t])(\S.*)$/;
/** A line a follow-up is written as outside any list (`TODO: alert on saturation (checkout, 2025-08-15)`). */
// Round 51: `TODO(ana): …`, the code's way of naming who, kept `(ana):` in the title: who is read apart.
// Round 52: `todo:` and `Todo(ana):` too, with their colon or who (`todo list below` is words).
const todoLine = /^ {0,3}(?:[-*+][ \t]+)?(?:TODO|FIXME|[Tt]odo(?=\(|[ \t]*:))\b(?:\((@?[\w.-]{1,40})\))?[ \t]*[:-]?[ \t]*(\S.*)$/;
// Round 51: not a day inside a name (`see 2026-03-02-db-crash.md`, `/2026-03-02/`), nor one the
// words say is of something else (`investigate the 2026-03-02 restart`, `since 2026-03-02`): each was read as the due day.
// Round 52: `ETA 2025-09-01`, `(target: 2025-09-01)` left `ETA`, `(target: )` in the title to write.
// Round 57: the Chinese and Korean labels too (`截止日期:`, `기한:`).
const dueDay = /(?:(?:\b(?:due|by|before|until|eta|target(?: date)?|deadline)|期限|截止(?:日期|时间|時間)?|기한|마감일?|срок|termin|son tarih|tarih)[:：\s]+)?(?<![\w/.-])(?<!\b(?:the|on|of|since|from|after|in|at|during)\s+)(\d{4}-\d{2}-\d{2})(?![\w/-]|\.\w)/i;
const handle = /(?<![\w.])@([A-Za-z0-9][\w.-]*(?:\/[\w.-]+)?)/;
/** Headings of a report's follow-ups: an open item under one is a follow-up, owner or not. */
// Round 45: "Corrective and Preventative Measures", "Preventive actions", "Improvements" (as the
// corpora's templates title them) were no section of follow-ups.
// Round 53: `## What we will do` (round 52's leftover) said the work to come as plainly as `## Next steps`.
// Round 56: in German, French, Spanish and Japanese too (`## Nächste Schritte`, `## Prochaines étapes`, `## Acciones correctivas`,
// `## 再発防止策`), as the corpora's homelabs and templates write them: their follow-ups passed unsaid.
const plannedWork = 'action items?|follow[- ]?ups?|next steps|correctives?|preventa?tives?|preventives?|(?:planned )?improvements|to-?dos?|what we(?:[\'’]ll| will) (?:do|change)|maßnahmen|nächste schritte|prochaines étapes|acciones(?: correctivas| preventivas)?|próximos pasos';
/** The same in Japanese, whose words no \\b bounds. */
// Round 57: and in Chinese and Korean (`## 改进措施`, `## 후속 조치`), whose follow-ups passed unsaid. Not Korean's
// `개선 사항` or `조치 사항` (improvements, measures): the corpora write them over the work a fix did.
const plannedWorkJapanese = '再発防止策|今後の対応|対応策|改善策|アクションアイテム|次のステップ|改进措施|改進措施|后续行动|後續行動|后续措施|後續措施|行动项|行動項|후속 ?조치|재발 ?방지(?:책| ?대책)?';
// Round 59 (round 58's leftover): in Russian, Polish and Turkish too (`## Задачи`, `## Действия по итогам`, `## Działania
// naprawcze`, `## Aksiyonlar`), whose follow-ups passed unsaid. Their letters are no \\w, so no \\b bounds them either.
const plannedWorkUnbounded = `${plannedWorkJapanese}|задачи|действия(?: по итогам)?|корректирующие (?:меры|действия)|план действий|działania(?: naprawcze| korygujące| zapobiegawcze| następcze)?|zadania do wykonania|aksiyonlar|aksiyon maddeleri|aksiyon planı|yapılacaklar|düzeltici (?:faaliyetler|eylemler|aksiyonlar)|önleyici (?:faaliyetler|eylemler)`;
const followUpSections = new RegExp(`\\b(?:${plannedWork}|remediations?)\\b|${plannedWorkUnbounded}`, 'i');
/** A heading that names follow-ups and nothing else (`Action items`, `3. Follow-ups:`). */
const followUpsAlone = new RegExp(`^[\\d.)\\s]*(?:${plannedWork}|remediations?|${plannedWorkUnbounded})[\\s:]*$`, 'i');
/** Headings under which a list without boxes, with no owner nor day, is follow-ups: not "Remediation", which the corpora's reports use for the work done during the incident. */
const plainListSections = new RegExp(`\\b(?:${plannedWork})\\b|${plannedWorkUnbounded}`, 'i');
/** The cue of a section of follow-ups or a TODO line, before any walk. */
const followUpCue = new RegExp(`^ {0,3}#{1,6}[ \\t].*(?:\\b(?:${plannedWork}|remediations?)\\b|${plannedWorkUnbounded})|^ {0,3}(?:[-*+][ \\t]+)?(?:TODO|FIXME)\\b`, 'im');

/** Whether `body` may hold a follow-up written outside actionItems (a task box, a table, a section of follow-ups, a TODO): the cue before any walk. */
export function mayHoldFollowUps(body: string): boolean {
  return body.includes('[ ]') || body.includes('|') || followUpCue.test(body);
}
/** A line opening with words in bold (`**Add a canary stage** — owner: …`), not an item, a quote or a table: its words and the rest. */
// Not a label ending in a colon (`**Author:** @ana`, `**Date:** …`, `**Note:**`): the work is named, not introduced.
const boldLead = /^ {0,3}(\*\*|__)(?!\s)(.+?)(?<!:)\1(?![*_:])(.*)$/;
/** An item of any list, ticked, open or without a box, at any depth. */
const anyItem = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
/** A line giving a field of a follow-up written as a heading (`Owner: checkout`, `- **Due:** 2025-09-01`). */
// Round 50: `Ticket:`, `Issue:`, `Link:`, `Tracking:` too, the line a follow-up's ticket is given on.
const fieldLine = /^\s*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:owners?|assignees?|dri|due(?: date)?|deadline|priority|status|type|tickets?|issues?|links?|tracking)(?:\*\*|__)?\s*:/i;
// Round 51: `(assigned: ana)`, `assigned to: ana`, `DRI: ana` too (the words were kept in the title).
// Round 56: `Verantwortlich: checkout`, `responsable : checkout`, `担当: checkout` too.
// Round 57: `负责人: checkout`, `담당: checkout` too (the owner was dropped and `(담당: checkout, …)` kept in the title).
// Round 59: `ответственный: checkout`, `właściciel: checkout`, `sorumlu: checkout` too, and FireHydrant's `assigned to checkout`
// without a colon (the owner dropped, `— assigned to checkout` kept in the title).
const ownerWord = /(?:(?:\b(?:owners?|assignees?|assigned(?: to)?|dri|verantwortlich|zuständig|responsables?|encargad[oa])|担当者?|负责人|負責人|담당자?|ответственн(?:ый|ая|ые)|исполнитель|właściciel|odpowiedzialn[yai]|sorumlu)\s*[:=：]|\bassigned to(?=\s+[a-z0-9]))\s*([a-z0-9][\w-]*)/i;
/**
 * Who an item names in brackets that is no team of teams.yaml (`[Ana]`, `[Ana Lopez]`, `[Ana, Bo]`,
 * `[SRE]`): a person or a group, at the start or the end of the words. Round 51: the title to write
 * kept `[Ana]`, a person's name in an action item. Not a link's words (`[Ana](…)`), nor a tag of
 * priority, state or kind (`[P1]`, `[WIP]`, `[Bug]`), nor a box (`[ ]`, `[x]`).
 */
const bracketWho = /(?:^|\s)\[(\p{Lu}[\p{L}'’.-]*(?:(?:\s+|\s*[,&/]\s*|\s+and\s+)\p{Lu}[\p{L}'’.-]*){0,3})\](?![(\[:])(?=\s|$)/u;
const bracketTag = /^(?:P\d|SEV\d?|WIP|TODO|DONE|BLOCKED|NEW|OPEN|CLOSED|HIGH|LOW|MEDIUM|CRITICAL|URGENT|BUG|FIX|FEAT|FEATURE|CHORE|DOCS?|TEST|SECURITY|OPTIONAL|STRETCH|MAYBE|NICE TO HAVE|DRAFT|RFC|X)$/i;
/** `/cc @ana`, `cc: @ana`: the words before a handle that only send the item to someone. */
const ccWord = /(?:^|\s)\/?cc:?(?=\s+@)/i;

/**
 * Each open task-list item (or row of a table of follow-ups) of `body` that carries a follow-up's owner
 * or due day and no action item holds, at its 1-based line; the column is 1, as the finding is the whole item.
 */
export function findUntrackedFollowUps(body: string, actionItemTitles: readonly string[], nextId: (index: number) => string, teams: FollowUpTeams, actionItemLinks: readonly string[] = []): { line: number; column: number; mistake: AngleBracketMistake }[] {
  if (!mayHoldFollowUps(body)) return [];
  // Round 53: a file saved with CRLF line endings read no heading (`## Action items\r` is no heading
  // to the patterns below, which end at a line's end), so its follow-ups passed unsaid.
  body = body.replace(/\r\n/g, '\n');
  // Round 60: a follow-up inside an HTML comment is on no page: it is not said as untracked.
  body = withHtmlCommentsBlanked(body);
  const tracked = actionItemTitles.map((title) => title.toLowerCase().trim()).filter(Boolean);
  const trackedLinks = new Set(actionItemLinks.map((link) => link.trim()));
  const teamOf = (written: string): string | undefined => {
    const lower = written.toLowerCase();
    for (const [id, teamHandle] of teams.handles) if (lower === id || (teamHandle && `@${lower}` === teamHandle.toLowerCase())) return id;
    return undefined;
  };
  // Round 56 (round 55's leftover): a footnote's definition giving a follow-up's owner or due day (`[^o]: Owner: checkout.`,
  // as wikis' exports and some templates write the fields apart) was not read: the owner was asked for.
  const footnoteFields = footnoteFieldsIn(body);
  const withFootnoteFields = (text: string): string => footnoteFields.size ? text.replace(/\[\^([^\]\s]+)\]/g, (mark, id: string) => (footnoteFields.has(id) ? ` (${footnoteFields.get(id)})` : mark)) : text;
  let count = 0;
  let section: string | undefined;
  // The level of the heading of follow-ups (2 for `## Action items`): a heading below it is a part of it.
  let sectionLevel = 0;
  // Round 49: a follow-up written as a heading below the section's (`### Add a canary stage`, its
  // owner and due day in the lines under it): its finding is given at the heading's line once the
  // lines under it are read, at the next heading or the end of the body.
  // Round 52: or a line opening in bold (`**Add a canary stage** — owner: checkout, due …`), read as such a heading, its kind 'bold'.
  // And a plain line right over its fields (`Add a canary stage` over `**Owner:** checkout`), its kind 'fields under'.
  let headingItem: { title: string; lines: string[]; found: AngleBracketMistake; kind?: 'bold' | 'fields under' } | undefined;
  const headingItems: AngleBracketMistake[] = [];
  let table: FollowUpTable | undefined;
  // Items of a list without boxes, with no owner nor day, under the current section: said once, at the first.
  let plainSaid = false;
  // The rows of a table without owners nor due days: said once, at the first.
  let tableSaid = false;
  // Round 51: an item with its ticket after another of the section's (a list whose items each link
  // their ticket, +86 findings over the corpora in round 50) keeps its finding, as its fix is its own
  // (its title and link), but not the whole explanation again.
  let ticketSaid = false;
  // Round 52: a group item (`- Short term`) over items indented under it: the group's words were said
  // as the follow-up and its items were not read. The indentation of the group's items, while they last.
  let groupIndent: number | undefined;
  let bodyLines: string[] | undefined;
  const found = mistakesOutsideCode(body, (unquoted, writtenUnquoted, index) => {
    // Round 52: a task item in a block quote (`> - [ ] Add a canary stage by …`) under a heading of follow-ups passed unsaid.
    const quote = section ? /^ {0,3}>[ \t]?/.exec(unquoted)?.[0] ?? '' : '';
    let line = unquoted.slice(quote.length);
    let written = writtenUnquoted.slice(quote.length);
    // Round 59 (round 58's leftover): Jira's icons under a heading of follow-ups (`(x) Add a canary stage`, `(/) Validate …`,
    // as a Jira or Confluence export writes a list of work open and done) were no list, and never read: the cross is
    // work not done, read as an item of a list; the tick is work done.
    const jiraIcon = section ? /^([ \t]*(?:[-*+][ \t]+)?)\((x|\/)\)[ \t]+(?=\S)/i.exec(line) : null;
    if (jiraIcon) {
      if (jiraIcon[2] === '/') return [];
      const lead = jiraIcon[1].trim() ? jiraIcon[1] : '- ';
      line = lead + line.slice(jiraIcon[0].length);
      written = lead + written.slice(jiraIcon[0].length);
    }
    const isItem = (groupIndent !== undefined || section !== undefined) && anyItem.test(line);
    const indent = groupIndent !== undefined || isItem ? /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length : 0;
    if (groupIndent !== undefined && line.trim() && indent < groupIndent) groupIndent = undefined;
    if (groupIndent !== undefined && indent === groupIndent && isItem) {
      line = line.trimStart();
      written = written.trimStart();
    } else if (section && isItem && indent <= 1 && isGroupItem(line, bodyLines ??= body.split('\n'), index)) {
      groupIndent = indentOfNextItem(bodyLines, index);
      return [];
    }
    const headingMatch = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(line);
    const heading = headingMatch?.[2];
    if (heading !== undefined) {
      closeHeadingItem();
      const level = headingMatch![1].length;
      if (section && level > sectionLevel && !followUpSections.test(heading)) {
        // A part of the section of follow-ups: a group (`### Short term`) or one follow-up (`### Add a canary stage`).
        const found: AngleBracketMistake = { index: 0, message: '', fix: '' };
        headingItem = { title: heading, lines: [], found };
        headingItems.push(found);
        plainSaid = false;
        ticketSaid = false;
        return [found];
      }
      section = followUpSections.test(heading) ? heading : undefined;
      // A `#` heading is most often the report's title (`# LCP improvements, December`): its
      // sub-headings are parts of the report, unless it is one of follow-ups alone (`# Action items`).
      sectionLevel = level > 1 || (section && followUpsAlone.test(section)) ? level : 6;
      plainSaid = false;
      ticketSaid = false;
    } else if (section && (!headingItem || headingItem.kind === 'bold') && boldLead.test(line) && !fieldLine.test(line)) {
      closeHeadingItem();
      const [, , words, rest] = boldLead.exec(line)!;
      const found: AngleBracketMistake = { index: 0, message: '', fix: '' };
      headingItem = { title: words.replace(/[\s.:]+$/, ''), lines: [rest], found, kind: 'bold' };
      headingItems.push(found);
      return [found];
    } else if (section && (!headingItem || headingItem.kind !== undefined) && isLineOverFields(line, bodyLines ??= body.split('\n'), index)) {
      closeHeadingItem();
      const found: AngleBracketMistake = { index: 0, message: '', fix: '' };
      headingItem = { title: written.trim(), lines: [], found, kind: 'fields under' };
      headingItems.push(found);
      return [found];
    } else if (headingItem) {
      headingItem.lines.push(line);
      // `- Owner: checkout` under a follow-up's heading is a field of it, not an item of its own.
      if (fieldLine.test(line)) return [];
    }
    // Round 55: an HTML table under a heading of follow-ups (`<table>` whose owner cell spans rows, `<td rowspan="2">`,
    // as a wiki's export writes merged cells) was read as nothing, its rows unsaid.
    if (section && /^\s*<table\b/i.test(line)) {
      return [{
        index: line.indexOf('<'),
        message: `this HTML table under the heading "${section}" is read as no follow-up: its rows are neither checked nor tracked, but the follow-up tracker (npm run follow-ups), the overdue check and the action items' list read actionItems alone, so the work it lists is tracked nowhere.`,
        fix: `move each row to actionItems ("- id: AI-2", then "title:", "owner:", "due:", "status: open"), and delete the table; or, if it lists no work to do, move it out of the section of follow-ups. A merged cell (rowspan) is written out in each row's owner.`,
      }];
    }
    // Round 44: a table of follow-ups under such a heading (`| Action | Owner | Due |`, as most
    // templates of the corpora write them) was tracked nowhere either, and passed in silence.
    // Round 52: a table written without its outer pipes (`Action | Owner | Due` over `--- | --- | ---`,
    // as some of the corpora's templates write it) passed unsaid: such a line is a row once its header's is.
    const pipeless = section && !tableCells(line) && line.includes('|') && (table !== undefined || isTableDelimiterRow((bodyLines ??= body.split('\n'))[index + 1] ?? '', { pipes: 'any' }));
    const cells = section ? (pipeless ? cellsOf(line) : tableCells(line)) : undefined;
    if (!cells) table = undefined;
    else if (!table) {
      table = followUpTable(cells);
      tableSaid = false;
    } else if (!isDelimiterCells(cells)) {
      const row = tableRow(table, cells, pipeless ? cellsOf(written) : tableCells(written));
      if (!row) return [];
      // Round 54: a table without a column of owners or of due days whose work cell gives them as an
      // item does (`| <input …/> | Add a canary stage (checkout, 2025-09-01) |`): kept in the title, the fix without them.
      const inCell = row.owner === undefined && row.due === undefined ? ownerAndDayInParentheses(row.title, teamOf) : undefined;
      if (inCell) Object.assign(row, inCell);
      // Round 56: or a footnote's definition on the work's words (`| Add a canary stage[^a] |` over `[^a]: Owner: checkout`).
      const noted = withFootnoteFields(row.title);
      if (noted !== row.title) {
        row.owner ??= ownerWord.exec(noted)?.[1];
        row.due ??= dueDay.exec(noted)?.[1];
      }
      row.title = row.title.replace(/\[\^[^\]\s]+\]/g, '').trim();
      // Round 47: a table of the work without a column of owners or of due days (`| Action |
      // Priority |`, `| Action | Expected Date | Status |`) passed in silence. What a follow-up
      // needs is an action item's owner and due day; the columns the table lacks are named, and a
      // table with neither is said once, at its first row no action item holds.
      const lacks = [table.owner === undefined && !row.owner ? 'owners' : '', table.due === undefined && !row.due ? 'due days' : ''].filter(Boolean);
      if (lacks.length === 2 && tableSaid) return [];
      const found = say(row.title, row.owner, row.due, undefined, lacks, issueLinkIn(cells.join(' ')), row.dueAsWritten);
      if (lacks.length === 2) tableSaid = found.message !== '';
      return [found].filter((f) => f.message);
    }
    const box = section ? htmlCheckbox.exec(line) : null;
    if (box && /\bchecked\b/i.test(box[1])) return [];
    const todoMatch = box ? null : todoLine.exec(line);
    const todo = todoMatch?.[2];
    const plain = todo || box || !section ? undefined : plainItem.exec(line)?.[1];
    const itemAsWritten = box?.[2] ?? openItem.exec(line)?.[1] ?? todo ?? plain;
    if (!itemAsWritten) return [];
    const item = withFootnoteFields(itemAsWritten);
    // Round 45: a list without boxes (`* Alert on pool saturation (checkout, 2025-08-15)` under
    // "## Corrective and Preventative Measures") was not read as follow-ups, and nothing said so.
    if (plain !== undefined && !looksLikeAction(plain)) return [];
    const day = dueDay.exec(item);
    // Round 51: an item's due day in another notation (`due 01.09.2025`, `by September 1, 2025`) or
    // in words (`due end of Q3`) was dropped, the item "with no owner": as a table's due cell is read (round 50).
    const otherDue = day ? undefined : otherDueIn(item);
    // Round 50: the item's ticket in a tracker (`[PAY-7](https://linear.app/…)`, `(https://…/-/issues/41)`).
    // Round 51: an item linking two tickets (`(…/issues/11, …/issues/12)`) kept the second address in
    // the title to write: each address is taken out, the first is the link, the others are named.
    const { links } = ticketsIn(item);
    // The title is taken from the item as written: its code spans (blanked in `item`) kept, as words no rule below reads.
    const code = withCodeSet(written.slice(line.length - itemAsWritten.length));
    const withoutLinks = ticketsIn(code.text).rest;
    const link = links.length > 1 ? { url: links[0].url, label: `${links[0].label}, and ${links.slice(1).map((other) => other.label).join(', ')}, which its one link cannot hold: give ${links.length > 2 ? 'each' : 'it'} an action item of its own` } : links[0];
    const byHandle = handle.exec(item);
    // Round 59 (round 58's leftover): a person mentioned by a wiki's name (`@Ana Lopez`, as a Confluence task writes it)
    // was read as `@Ana`, and `Lopez` kept in the title. A capitalised word after a capitalised handle, before the
    // item's end, a day or a mark, is the rest of the name.
    const mention = byHandle ? /(?<![\w.])@(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?=\s*(?:$|[,;)]|\d))/u.exec(item) : null;
    const byWord = ownerWord.exec(item);
    // Round 52: a priority in parentheses (`**Alert on saturation** (High)`, as the corpora's numbered
    // follow-ups write it) and a kind of work in bold before a colon (`**Prevention:** Add a canary
    // stage`) were kept in the title: they are the action item's priority and type.
    const kinds = kindsIn(item);
    // Round 49: `**checkout**: add a canary stage`, the team in bold, was no owner.
    const prefix = /^(?:\*\*|__)?([a-z0-9][\w-]*)(?:\*\*|__)?:(?:\*\*|__)?\s/i.exec(item);
    const prefixTeam = prefix ? teamOf(prefix[1]) : undefined;
    // `(checkout, 2025-08-15)`: a team's id in parentheses after the words; round 48: or in
    // brackets, `[checkout]` (not a link's words), which was "a follow-up with no owner".
    const parenTeam = prefixTeam ? undefined : [...item.matchAll(/\(([a-z0-9][\w-]*)\s*[,;)]|\[([a-z0-9][\w-]*)\](?![(\[:])/gi)].map((m) => teamOf(m[1] ?? m[2])).find(Boolean);
    // Round 50: a team's id as a part set off by dashes (`Add a canary stage — checkout — 2025-09-01`) was no owner.
    // Round 52: or after an arrow (`Add a canary stage -> checkout, 2025-09-01`), kept in the title.
    const dashTeam = prefixTeam || parenTeam ? undefined : [...item.matchAll(/\s(?:[—–-]\s+([a-z0-9][\w-]*)(?=\s+[—–-]\s|\s*$)|(?:->|→|=>)\s*([a-z0-9][\w-]*)(?![\w-]))/gi)].map((m) => teamOf(m[1] ?? m[2])).find(Boolean);
    // Round 51: a person or a group in brackets (`[Ana] Add a canary stage`): who is written, not the work.
    // Who a TODO names (`TODO(ana):`) is read as its owner, but does not make a TODO a follow-up: `TODO(ana): document` is a note to the writer.
    const todoWho = todo && todoMatch?.[1] && !byHandle && !byWord ? todoMatch[1] : undefined;
    // Round 53: or a first name in parentheses or before a colon (`Add a canary stage (Ana) by …`, `Ana: add …`), kept in the title.
    // Round 59: or Jira's mention of a person (`[~ana.lopez]`, as an export of a Jira issue writes it), kept in the title.
    const who = byHandle || byWord || prefixTeam || parenTeam || dashTeam || todoWho ? undefined : [bracketWho.exec(item)].map((m) => (m && !bracketTag.test(m[1]) && !teamOf(m[1]) ? m : undefined))[0] ?? personNamedIn(item) ?? jiraMentionIn(item);
    // A TODO without an owner or a day is most often a note to the writer (`TODO: confirm the count`), left to the review.
    if (!day && !otherDue && !byHandle && !byWord && !prefixTeam && !parenTeam && !dashTeam && !who && (!section || todo)) return [];
    const title = withoutLinks
      .replace(dueDay, ' ').replace(otherDue ? otherDue.written : /^$/, ' ').replace(byHandle ? ccWord : /^$/, ' ').replace(mention ? mention[0] : /^$/, ' ').replace(handle, ' ').replace(ownerWord, ' ')
      .replace(who ? who[0] : /^$/, ' ')
      .replace(kinds.priorityWritten ?? /^$/, ' ').replace(kinds.typeWritten ?? /^$/, ' ')
      .replace(prefixTeam ? /^(?:\*\*|__)?[a-z0-9][\w-]*(?:\*\*|__)?:(?:\*\*|__)?\s/i : /^$/, '')
      .replace(parenTeam ? new RegExp(`\\(\\s*${parenTeam}\\s*(?=[,;)])`, 'i') : /^$/, '(')
      .replace(parenTeam ? new RegExp(`\\[\\s*${parenTeam}\\s*\\](?![(\\[:])`, 'i') : /^$/, ' ')
      .replace(dashTeam ? new RegExp(`\\s(?:[—–-]\\s+${dashTeam}(?=\\s+[—–-]\\s|\\s*$)|(?:->|→|=>)\\s*${dashTeam}(?![\\w-]))`, 'i') : /^$/, ' ')
      .replace(/\(\s*[,;]?\s*\)|\[\s*\]|（[\s,;、]*）/g, ' ')
      // The title field is plain text: a link's words, without the marks of bold or code.
      // Round 55: nor a footnote's mark (`Add a canary stage[^o]`), which the title kept; its note stays in the body.
      .replace(/\[\^[^\]\s]+\]/g, '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__|`|\\(?=[[\]*_])/g, '')
      .replace(/\s+/g, ' ').replace(/^[\s,;:–—-]+|[\s,;:–—(-]+$/g, '').replace(/^[⬜☐🔲]\s*/u, '').trim();
    const titleWritten = code.restore(title);
    if (!title && !link) return [];
    const ownerWritten = mention ? `@${mention[1]}` : byHandle ? `@${byHandle[1]}` : byWord ? byWord[1] : prefixTeam ?? parenTeam ?? dashTeam ?? who?.[1] ?? (todoWho ? teamOf(todoWho.replace(/^@/, '')) ?? todoWho : undefined);
    const what = todo ? 'TODO line' : box ? 'line with an HTML checkbox' : plain !== undefined ? 'item of a list of follow-ups' : 'open task-list item';
    const due = day?.[1] ?? otherDue?.day;
    if (plain !== undefined && !ownerWritten && !due && !otherDue && !link) {
      // Under "Remediation" a list without owner or day is most often the work done during the incident.
      if (!plainListSections.test(section ?? '')) return [];
      // One finding for the items of a section without owner or day: a list of ten is one thing to fix.
      if (plainSaid) return [];
      const found = say(titleWritten, undefined, undefined, what, [], undefined, undefined, kinds);
      plainSaid = found.message !== '';
      return [found].filter((f) => f.message);
    }
    // A ticket alone (`- [ ] https://…/issues/6477`): its title is the ticket's to give.
    const itemFound = say(titleWritten || `<what the work is, as ${link!.label} says>`, ownerWritten, due, what, [], link, otherDue && !otherDue.day ? otherDue.asWritten : undefined, kinds);
    if (!itemFound.message) return [];
    if (link && !todo && section) {
      if (ticketSaid) itemFound.message = `this ${what} is another follow-up with its ticket (${link.label}) that no action item holds: as the first of this section, it is tracked only in that tracker, where the overdue check and the follow-ups list do not look.`;
      ticketSaid = true;
    }
    return [itemFound];
  }, { inListsIndentedIsText: true });
  closeHeadingItem();
  return found.filter((finding) => finding.mistake.message);

  /**
   * The finding of a heading below the section of follow-ups, once the lines under it are read: a
   * follow-up when they give its owner or due day in prose (`Owner: checkout. Due: 2025-09-01.`,
   * `**Owner:** checkout`, a list of its fields), or, with neither, when they hold no list nor
   * table of their own (a heading that groups items, `### Short term`, leaves them to be read as items).
   */
  function closeHeadingItem(): void {
    if (!headingItem) return;
    const { title: written, lines, found, kind } = headingItem;
    headingItem = undefined;
    // Round 50: its owner and due day in a table under it (`| Owner | Due |` over `| checkout | … |`,
    // or a row per field, `| Owner | checkout |`) were "no owner".
    const tableFields = tableFieldLines(lines);
    const text = [...lines, ...tableFields].join('\n').replace(/\*\*|__/g, '');
    // Items of its own (tasks, a list, a table of the work) make it a group, each item read as one.
    const hasItems = lines.some((line) => (anyItem.test(line) && !fieldLine.test(line)) || followUpTable(tableCells(line) ?? []) !== undefined);
    if (hasItems) return;
    // Its owner and due day as fields (`Owner: checkout`, `Due: 2025-09-01`) or a handle on the
    // heading or a field's line: a day or an `@` elsewhere in its prose is what the work is about.
    const fields = [...lines.filter((line, at) => (kind === 'bold' && at === 0) || fieldLine.test(line) || ownerWord.test(line)), ...tableFields].join('\n').replace(/\*\*|__/g, '');
    const day = /\b(?:due(?: date)?|deadline|by|before|until)\b[:\s]+(\d{4}-\d{2}-\d{2})\b/i.exec(text)?.[1] ?? dueDay.exec(fields)?.[1];
    // Round 57: or on the heading itself (`### カナリア段階の導入（担当: checkout）`), where it was kept in the title.
    const byWordOnHeading = ownerWord.exec(text) ? undefined : ownerWord.exec(written);
    const byWord = ownerWord.exec(text)?.[1] ?? byWordOnHeading?.[1];
    const byHandle = handle.exec(written) ?? handle.exec(fields);
    const owner = byWord ?? (byHandle ? `@${byHandle[1]}` : undefined);
    // A ticket on the heading or as a field (`Ticket: https://…`, a table's row): one in the prose under it is what it is about.
    const link = issueLinkIn(written) ?? issueLinkIn(fields);
    const plainTitle = (text: string) => text.replace(/\*\*|__|`/g, '').replace(/^\d{1,3}[.)]\s+/, '').replace(/\s+/g, ' ').trim();
    const what = kind === 'bold' ? 'line opening in bold' : kind === 'fields under' ? 'line over its fields' : 'heading';
    const title = plainTitle((link ? withoutLink(written, link.url) : written).replace(handle, ' ').replace(byWordOnHeading ? ownerWord : /^$/, ' ').replace(/\(\s*[,;、]?\s*\)|（[\s,;、]*）/g, ' '));
    // Struck through, or marked done (`Done.`, `Status: done`, ✅): work finished, not to track.
    if (/^~~[^]*~~$/.test(title) || /(?:^|[.\n]\s*)(?:status\s*:\s*)?(?:done|completed?|fixed|closed)\b|✅/i.test(text)) return;
    // Round 55: or in parentheses after the heading's words, as an item gives them (`### Add a canary stage (checkout, 2025-09-01)`),
    // which was "a follow-up with no owner", both kept in the title.
    const inParentheses = !owner && !day ? ownerAndDayInParentheses(written, teamOf) : undefined;
    if (inParentheses) return void Object.assign(found, say(plainTitle(inParentheses.title), inParentheses.owner, inParentheses.due, what, [], link));
    // Or a first name in parentheses (`### Add a canary stage (Ana)`), as an item's is read (round 53): its owner, not the title's.
    const who = !owner && !day ? personNamedIn(written) : undefined;
    if (who) return void Object.assign(found, say(plainTitle(written.replace(who[0], ' ')), who[1], undefined, what, [], link));
    // A line in bold is a follow-up by its owner, day or ticket alone: bold words in prose (`**Note:** …`) are no work.
    if (!owner && !day && !link && (kind !== undefined || !plainListSections.test(section ?? '') || !looksLikeAction(title))) return;
    if (kind === 'fields under' && !looksLikeAction(title)) return;
    // Round 54: a heading of questions (`##### Very, very quick Q&A on Threads` under a blog's `### Next Steps`,
    // `#### Why did the pool shrink?`) is a part of the report, not work to do, unless it gives an owner, a day or a ticket.
    if (!owner && !day && !link && askingHeading.test(title)) return;
    // Round 55: nor is a heading whose prose says the work is done (`##### Moving the database …` over
    // `We moved it on Friday; it went well.`, `This was completed on …`), unless it gives an owner, a day or a ticket.
    if (!owner && !day && !link && proseSaysDone(lines)) return;
    Object.assign(found, say(title, owner, day, what, [], link));
  }

  /** The finding for one follow-up written in the body (an item, a table's row), or an empty message when an action item holds it. */
  function say(title: string, ownerWritten: string | undefined, due: string | undefined, what = 'row of a table of follow-ups', tableLacks: readonly string[] = [], link?: { url: string; label: string }, dueAsWritten?: string, kinds: { priority?: string; type?: string } = {}): AngleBracketMistake {
    const given = [kinds.priority ? `, "priority: ${kinds.priority}"` : '', kinds.type ? `, "type: ${kinds.type}"` : ''].join('');
    const toGive = [kinds.priority ? '' : 'priority', kinds.type ? '' : 'type'].filter(Boolean).join(' and ');
    if (tracked.some((known) => known.includes(title.toLowerCase()) || title.toLowerCase().includes(known))) return { index: 0, message: '', fix: '' };
    if (link && trackedLinks.has(link.url)) return { index: 0, message: '', fix: '' };
    // Round 57: a team beside a person (`| checkout (Ana Lopez) |`, a tracker's "team (assignee)") is the team.
    const owner = ownerWritten ? teamOf(ownerWritten.replace(/^@/, '')) ?? teamBesideAnother(ownerWritten, teamOf)?.team : undefined;
    const day = due ? [due, due] : undefined;
    const said = [ownerWritten ? `its owner (${ownerWritten})` : '', day ? `its due day (${day[1]})` : dueAsWritten ? `its due day written "${dueAsWritten}", which names no one day` : '', link ? `its ticket (${link.label})` : ''].filter(Boolean).join(' and ').replace(/ and (?=.* and )/, ', ') || `no owner, under the heading "${section}"`;
    // Round 51: whoever is written and is no team (`[Ana]`, `TODO(ana)`, `owner: ana`) is named as a handle is: whose team answers for it.
    const ownerField = owner ?? (ownerWritten ? `<the id in teams.yaml of the team that answers for it, ${ownerWritten}'s>` : '<the id in teams.yaml of the team that answers for it>');
    const id = nextId(count++);
    return {
      index: 0,
      message: `this ${what} is a follow-up with ${said}, but the follow-up tracker (npm run follow-ups), the overdue check and the action items' list read actionItems alone: on the page it is ${what.startsWith('row') ? 'a row of a table' : what.startsWith('heading') ? 'a heading and the text under it' : 'a line of text'}, and it is tracked ${link ? `only in that tracker, where the overdue check and the follow-ups list do not look` : 'nowhere'}${what.startsWith('item') && !ownerWritten && !due && !link ? ' (nor are the other items of this list that no action item holds)' : ''}${tableLacks.length ? `. The table has no column of ${tableLacks.join(' nor of ')}, which every follow-up needs: an action item's owner is the team that answers for it, and its due day the day it is late after${tableLacks.length === 2 ? ' (nor are the other rows of this table that no action item holds)' : ''}` : ''}.`,
      fix: `move it to actionItems: "- id: ${id}", then "title: ${title.replace(/"/g, '\'')}", "owner: ${ownerField}", ${day ? `"due: ${day[1]}", ` : dueAsWritten ? `"due: <the day meant by ${dueAsWritten.replace(/"/g, '\'')}, YYYY-MM-DD>", ` : tableLacks.includes('due days') ? '"due: <the day it is due, YYYY-MM-DD>", ' : ''}"status: open"${given}${link ? `, "link: ${link.url}"` : ''}${toGive ? ` (with its ${toGive})` : ''}, and delete the ${what.startsWith('row') ? 'row' : what.startsWith('heading') ? 'heading and its lines' : what.startsWith('line over') ? 'line and its fields' : 'line'} here${(what.startsWith('item') && !ownerWritten && !due && !link) || tableLacks.length === 2 ? `, and so for each ${what.startsWith('row') ? 'row of the table' : 'item of the list'}` : ''}; or, if it is not a follow-up, ${what.startsWith('row') ? 'move the table out of the section of follow-ups' : what.startsWith('item') ? 'move the list out of the section of follow-ups (under a heading such as "## What we learned")' : what.startsWith('TODO') ? 'delete the TODO line' : what.startsWith('heading') ? 'move the heading out of the section of follow-ups' : what.startsWith('line') ? 'move the line out of the section of follow-ups' : 'write it without the box'}.`,
    };
  }
}

/**
 * A due day an item gives in another notation than YYYY-MM-DD, after `due`, `by`, `before` or
 * `until` (`due 01.09.2025`, `by September 1, 2025`): the day it reads as; or, after `due` alone,
 * words naming no one day (`due end of Q3`, `due next sprint`), as written. `written` is the text
 * to take out of the title.
 */
function otherDueIn(item: string): { written: string; day?: string; asWritten: string } | undefined {
  // Round 56: `bis 01.09.2025`, `d'ici le 1er septembre 2025`, `antes del 1 de septiembre de 2025` too.
  // Round 57: after `期限:`, `截止日期:`, `기한:` too, up to a full-width mark (`（担当: checkout、期限: 令和7年9月1日）`).
  const match = /(?:^|[\s,;(、（])((due(?: date| by| on)?|by|before|until|within|deadline|bis|d['’]ici(?: le)?|avant le|antes del?|hasta el|期限|截止(?:日期)?|기한|срок|termin|son tarih|tarih)[:：\s]+([^,;()（）、\n]*[^,;()（）、\s](?:,\s*\d{4}\b)?))/i.exec(item);
  // Round 53: a day in digits of another order among the item's fields in parentheses (`(checkout,
  // 01/09/2025)`), without a word before it, was dropped, and the fix gave no due day.
  // Round 57: or a two-digit year after dots, or the month named and cut short (`(checkout, 1 sept. 2025)`), which was dropped too.
  // Round 59: or the month named at the item's end, after the one it is assigned to (a Confluence task's `@Ana Lopez 01 Aug 2025`).
  const inFields = match ? undefined : /[(,;]\s*(\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{1,2}\.?\s+\p{L}{3,10}\.?\s+\d{4})\s*(?=[),;])|@[^\s@]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}\s+(\d{1,2}\.?\s+\p{L}{3,10}\.?\s+\d{4})\s*$/u.exec(item)?.slice(1).find(Boolean);
  if (inFields) {
    const found = dayInOtherNotation(inFields);
    return found && 'day' in found ? { written: inFields, day: found.day, asWritten: inFields } : { written: inFields, asWritten: inFields };
  }
  if (!match) return undefined;
  const phrase = match[3].replace(/[.!]+$/, '').trim();
  const found = dayInOtherNotation(phrase);
  if (found && 'day' in found) return { written: match[1], day: found.day, asWritten: phrase };
  // Round 57: `bis 1.9.25`, a day read two ways, was dropped and kept in the title: asked for, as `(checkout, 01/09/2025)` is.
  if (found && 'ambiguous' in found) return { written: match[1], asWritten: phrase };
  // `by the on-call`, `before the next release`: only after "due" are the words a due day.
  // Nor `due to a missing library` (a cause, from the corpora): the words must name a time (`end of Q3`, `next sprint`, `EOW`).
  // Round 52: a week (`by 2025-W36`, an ISO week without its day) names no one day either; it was kept in the title.
  if (/^\d{4}-?W\d{2}$/i.test(phrase)) return { written: match[1], asWritten: phrase };
  // Round 54: `(checkout, by Friday)`, `(checkout, within 2 weeks)` were kept in the title as "(, by Friday)":
  // after `by`, `before`, `until` or `within`, a weekday, a count of days or weeks, or the end of one names a time too.
  if (!/^due/i.test(match[2]) && relativeDue.test(phrase)) return { written: match[1], asWritten: match[1].trim() };
  if (!/^due/i.test(match[2]) || phrase.split(/\s+/).length > 5 || /^to\b/i.test(phrase)) return undefined;
  if (!/\b(?:q[1-4]|h[12]|eo[dwmqy]|end|next|this|week|month|quarter|year|sprint|release|tomorrow|today|asap|soon|tbd)\b|\d/i.test(phrase)) return undefined;
  return { written: match[1], asWritten: phrase };
}

/** A time written relative to now (`Friday`, `2 weeks`, `end of the sprint`, `EOW`, `next month`), after `by`, `before`, `until` or `within`. */
const relativeDue = /^(?:(?:next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:\d{1,2}|one|two|three|four|six) (?:business |working )?(?:days?|weeks?|months?|sprints?)|(?:the )?end of (?:the )?(?:day|week|month|quarter|year|sprint|q[1-4])|eo[dwmqy]|(?:next|this) (?:week|month|quarter|sprint)|tomorrow|today)$/i;

/**
 * `text` with each code span (`` `pool_size` ``) set aside as a mark no pattern of a follow-up's
 * fields reads, and `restore`, which puts their words back (without the backticks: a title is plain text).
 */
function withCodeSet(text: string): { text: string; restore: (title: string) => string } {
  const spans: string[] = [];
  const marked = text.replace(/(`+)([^`]*?)\1/g, (_, ticks: string, inner: string) => `\u0000${spans.push(inner.trim()) - 1}\u0000`);
  return { text: marked, restore: (title) => title.replace(/\u0000(\d+)\u0000/g, (_, index: string) => spans[Number(index)]) };
}

/** The tickets `item` links (at most five), in order, and its text without their addresses. */
function ticketsIn(item: string): { rest: string; links: { url: string; label: string }[] } {
  const links: { url: string; label: string }[] = [];
  let rest = item;
  for (let found = issueLinkIn(rest); found && links.length < 5; found = issueLinkIn(rest)) {
    if (links.some((known) => known.url === found!.url)) break;
    links.push(found);
    rest = withoutLink(rest, found.url);
  }
  return { rest, links };
}

/**
 * `text` without the address `url`: the bare address, or a Markdown link to it, whose words stay when
 * they say the work (`[Audit the tokens](…)`) and go when they name the ticket (`[PAY-7]`, `[#812]`, `[issue]`).
 */
function withoutLink(text: string, url: string): string {
  const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`!?\\[([^\\]]*)\\]\\(\\s*<?${escaped}>?\\s*\\)|<?${escaped}>?`), (_, words: string | undefined) => {
    const namesTicket = !words || (words.match(/\p{L}{2,}/gu) ?? []).length < 3 || /^(?:\w+\s+)?(?:link|issue|ticket|bug|pr|pull request)$/i.test(words.trim());
    return namesTicket ? ' ' : ` ${words} `;
  });
}

/**
 * The fields a table under a follow-up's heading gives, as lines `Owner: checkout`: a header row of
 * fields over a row of values (`| Owner | Due |`), or a row for each field (`| Owner | checkout |`).
 * A value left open (`TBD`, `-`) gives no field.
 */
function tableFieldLines(lines: readonly string[]): string[] {
  const rows = lines.map(tableCells).filter((cells): cells is string[] => cells !== undefined && !isDelimiterCells(cells));
  const clean = (cell: string) => cell.replace(/\*\*|__|`/g, '').trim();
  const isField = (cell: string) => fieldLine.test(`${clean(cell)}:`);
  const field = (name: string, value: string | undefined) => (value && !/^(?:-|—|tbd|tba|n\/a|none|\?+)$/i.test(clean(value)) ? [`${clean(name)}: ${clean(value)}`] : []);
  if (!rows.length) return [];
  if (rows[0].some(isField)) return rows[1] ? rows[0].flatMap((name, index) => (isField(name) ? field(name, rows[1][index]) : [])) : [];
  return rows.filter((row) => row.length >= 2 && isField(row[0])).flatMap((row) => field(row[0], row[1]));
}

/** Which column of a table of follow-ups holds what: found from its header row. */
interface FollowUpTable { title: number; owner?: number; due?: number; status?: number; ticketColumn?: boolean; above?: { owner: string; due: string } }

/**
 * A cell that says "as the row above" (`^`, `"`, `〃`, `ditto`, `same`): a cell merged with the one
 * above it, as a spreadsheet or a wiki's table writes it, which Markdown cannot (bad input round 54:
 * `its owner (^)` and a due day `"^"` were said, the owner and day of the row above lost).
 */
const sameAsAbove = /^(?:\^|"|〃|''|ditto|same(?: as above)?|idem|dito)$/i;

/** The cells of a line of a GFM table (`| a | b |`), or undefined for any other line. */
function tableCells(line: string): string[] | undefined {
  if (!/^\s{0,3}\|.*\|\s*$/.test(line)) return undefined;
  return cellsOf(line);
}

/** The cells of a row of a table, its outer pipes written or not. */
function cellsOf(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/**
 * A team's id and a due day in parentheses after a follow-up's words (`Add a canary stage (checkout, 2025-09-01)`),
 * as an item writes them, with the words before them as its title; undefined when the parentheses name no team.
 */
function ownerAndDayInParentheses(text: string, teamOf: (written: string) => string | undefined): { title: string; owner: string; due: string | undefined } | undefined {
  const match = /\s*\(([a-z0-9][\w-]*)(?:\s*,\s*(\d{4}-\d{2}-\d{2}))?\)\s*$/i.exec(text);
  return match && teamOf(match[1]) ? { title: text.slice(0, match.index).trim(), owner: match[1], due: match[2] } : undefined;
}

/**
 * The footnotes of a body whose definition gives a follow-up's fields (`[^o]: Owner: checkout.`,
 * `[^1]: owner: checkout, due 2025-09-01`), by their label: the definition's words, read as the item's
 * own parentheses are. A note about the work (`[^1]: The stage takes 5% of traffic.`) gives none.
 */
function footnoteFieldsIn(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  if (!body.includes('[^')) return fields;
  for (const [, label, text] of body.matchAll(/^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$/gm)) {
    const words = text.replace(/\*\*|__/g, '').replace(/[.\s]+$/, '');
    if (ownerWord.test(words) || /^(?:due|deadline)\b/i.test(words)) fields.set(label, words);
  }
  return fields;
}

/**
 * Whether the prose under a heading tells the work as done: its first sentence opens by saying in the past
 * tense what was done (`We moved it on Friday`, `This was completed on 2025-07-10`, `The database was moved`),
 * and no sentence looks ahead or supposes (`will`, `plan to`, `next quarter`, `would have`), as the prose under
 * a follow-up does (`We will add a stage …`, `A canary would have caught it before it reached …`).
 */
export function proseSaysDone(lines: readonly string[]): boolean {
  const prose = lines.map((line) => line.trim()).filter((line) => line && !/^[-*+>|#<]|^\d+[.)]\s/.test(line)).join(' ');
  // Round 56: a Japanese sentence ends at 。, as the others at a full stop.
  const sentences = prose.split(/(?<=[.;!?。])\s*/u).map((sentence) => sentence.trim()).filter(Boolean);
  const first = sentences[0]?.replace(/[.;!?。]$/u, '').trim() ?? '';
  if (!first || aheadWords.test(prose)) return false;
  // Round 56: a later sentence saying it whole (`On Friday the move began; it is done.`), and the work told as
  // done in German, French, Spanish or Japanese (`Wir haben die Datenbank umgezogen`, `Nous avons migré la base`,
  // `Migramos la base de datos y funcionó`, `データベースを移行しました`, `Erledigt am 10.07.2025`), as the corpora's reports write them.
  return pastDeed.test(first) || doneWord.test(first) || sentences.some((sentence) => doneSentence.test(sentence)) || pastDeedElsewhere.test(first);
}
const pastDeed = /^(?:(?:\p{L}[\p{L}-]*\s+){1,4}(?:was|were|has been|have been|had been|got)\s+(?:(?!need|feed|seed|speed)\w{2,}ed|done|finished|shipped|built|made|run|set up|rolled out)\b|(?:we|it|this|that|they)\s+(?:(?!need|feed|seed|speed)\w{2,}ed\b|went\b|did\b|made\b|ran\b|took\b|built\b|shipped\b|rolled\b|finished\b))/iu;
const aheadWords = /\b(?:will|shall|would|could|might|plan(?:s|ned|ning)? to|going to|should|must|needs? to|to do|todo|not yet|next (?:week|month|quarter|year|sprint)|later|soon|once)\b|(?<![\p{L}])(?:werden|wird|wollen|planen|geplant|soll(?:en|te)?|müssen|noch nicht|später|bald|nächste[nrs]?|allons|va|vont|sera|serons|prévoyons|prévu|devons|devrait|pas encore|plus tard|bientôt|prochaine?|vamos a|va a|van a|planeamos|será|pendiente|todavía no|aún no|próxim[oa])(?![\p{L}])|予定|したい|今後|来週|来月|来期|来四半期|検討|します(?!た)/iu;
/** A sentence opening with the word for done (`Erledigt am …`, `Terminé le …`, `Migrated on …`, `完了`). */
const doneWord = /^(?:erledigt|abgeschlossen|umgesetzt|fertig|terminée?|réalisée?|effectuée?|faite?|completad[oa]|hech[oa]|terminad[oa]|realizad[oa]|(?!need|feed|seed|speed)\p{L}{2,}ed\s+(?:on|in|at|last|yesterday|during|before|after)\b)(?![\p{L}])|^(?:完了|対応済み?|実施済み?)/iu;
/** A later sentence saying it whole: `it is done`, `this is complete`, `es ist erledigt`, `c'est fait`, `ya está hecho`. */
const doneSentence = /^(?:(?:it|this|that|the work)\s+(?:is|was|has been)\s+(?:now\s+)?(?:done|complete[d]?|finished|live|in place)|(?:es|das)\s+ist\s+(?:jetzt\s+)?(?:erledigt|abgeschlossen|fertig)|c['’]est\s+(?:fait|terminé)|(?:ya\s+)?está\s+(?:hecho|terminado|completado))(?![\p{L}])|(?:完了しました|済みです)。?$/iu;
/** The deed told in the past in another language: German's and French's perfect, Spanish's preterite, Japanese's ました. */
const pastDeedElsewhere = /^(?:wir|es|das|die|der|dies)\s+(?:haben|hat|wurden?|sind|ist)\s+(?:[\p{L}\d.-]+\s+){0,6}(?:\p{L}*ge\p{L}+(?:t|en)|erledigt|abgeschlossen|umgesetzt)$|^(?:nous|on|il|elle|ils|elles|l['’]équipe)\s+(?:avons|a|ont|sommes|est|sont)\s+(?:été\s+)?\p{L}+(?:é|ée|és|ées|i|is|it)(?![\p{L}])|^(?:hemos|se\s+ha|se\s+han|ya)\s+\p{L}+(?:ado|ido)(?![\p{L}])|(?:^|\s)\p{L}{3,}(?:ó|aron|ieron)(?![\p{L}])|ました$/iu;

/** A heading that asks or answers questions (`Q&A`, `FAQ`, `Questions from customers`, `Why …?`): no piece of work. */
const askingHeading = /\?\s*$|\bQ\s*(?:&|and)\s*A\b|\bFAQs?\b|\bquestions\b/i;

/** A header row of follow-ups: a column of the work (`Action`, `Item`, `Task`, …) beside one of its owner or due day. */
function followUpTable(header: readonly string[]): FollowUpTable | undefined {
  const at = (pattern: RegExp) => { const index = header.findIndex((cell) => pattern.test(cell)); return index < 0 ? undefined : index; };
  // Round 47: `Actions`, `Corrective action`, `Expected Date`, `Assigned to`, `DRI`, and the French
  // headers of the corpora's tables (`Responsable`, `Échéance`, `Statut`, `État`).
  // Round 56: the German, Spanish and Japanese headers (`Maßnahme`, `Verantwortlich`, `Fällig`; `Acción`, `Fecha límite`; `対策`, `担当`, `期限`).
  // Round 57: the Chinese and Korean ones (`措施`, `负责人`, `截止日期`; `조치`, `담당자`, `기한`).
  const title = at(/^(?:(?:corrective |preventive |remediation )?actions?(?: items?)?|items?|tasks?|follow[- ]?ups?|remediations?|improvements?|next steps?|descriptions?|titles?|what|work|maßnahmen?|aufgaben?|acci[oó]n(?:es)?|tareas?|対策|対応(?:内容)?|アクション|タスク|項目|措施|改进措施|改進措施|行动项|行動項|任务|任務|事项|事項|조치(?: ?사항)?|작업|항목|действи[ея]|меры|задач[аи]|мероприяти[ея]|działani[ae]|zadani[ae]|aksiyon(?:lar)?|eylem(?:ler)?|görev(?:ler)?|faaliyet(?:ler)?)$/i);
  const owner = at(/^(?:owners?|owned by|assignees?|assigned(?: to)?|who|teams?|owning team|responsible|dri|responsables?|propriétaire|verantwortlich(?:e[rn]?)?|zuständig(?:keit)?|encargad[oa]|担当(?:者|チーム)?|负责人|負責人|责任人|責任人|负责团队|負責團隊|담당(?:자|팀)?|ответственн(?:ый|ая|ые)|исполнитель|właściciel|odpowiedzialn[yai]|osoba odpowiedzialna|sorumlu(?: ekip)?)$/i);
  const due = at(/^(?:due(?: date| by| on)?|deadline|eta|target(?: date)?|expected(?: date)?|when|by|échéance|date limite|fällig(?:keit)?|frist|termin|bis|fecha(?: límite)?|plazo|期限|期日|截止(?:日期|时间|時間)?|完成(?:时间|時間|期限|日期)|기한|마감(?:일)?|срок(?: выполнения)?|дедлайн|termin(?: realizacji)?|tarih|son tarih|bitiş tarihi|hedef tarih)$/i);
  const status = at(/^(?:status|state|statut|état|done\??|erledigt\??|estado|状態|ステータス|状态|狀態|상태|статус|состояние|stan|durum)$/i);
  // Round 52: the work headed `Issue` or `Ticket` (`| Issue | Owner |` over `| [#11](…) | checkout |`) passed
  // unsaid; such a column beside an owner or a due day is the work, as a table of problems alone (`| Issue | Impact |`) is not.
  const ticket = title === undefined && (owner !== undefined || due !== undefined) ? at(/^(?:issues?|tickets?|jira|bugs?)(?: (?:link|id|#))?$/i) : undefined;
  if (ticket !== undefined) return { title: ticket, owner, due, status, ticketColumn: true };
  // A table of the work under a heading of follow-ups is one even without an owner or a due day: the columns it lacks are said.
  return title !== undefined ? { title, owner, due, status } : undefined;
}

/** A row's follow-up (its words, owner and due day), or undefined when the row is done or empty. */
function tableRow(table: FollowUpTable, cells: readonly string[], written?: readonly string[]): { title: string; owner?: string; due?: string; dueAsWritten?: string } | undefined {
  // Round 56: a cell's <Internal> or <PublicOnly> tags (`| <Internal>Ana Lopez</Internal> |` as its owner) were quoted in the owner to write.
  const plainCell = (index: number | undefined, from = cells) => (index === undefined ? '' : (from[index] ?? '').replace(/\*\*|__|`|<\/?(?:Internal|PublicOnly)>/g, '').trim());
  const merged = { owner: plainCell(table.owner), due: plainCell(table.due) };
  if (sameAsAbove.test(merged.owner)) merged.owner = table.above?.owner ?? '';
  if (sameAsAbove.test(merged.due)) merged.due = table.above?.due ?? '';
  table.above = merged;
  const cell = (index: number | undefined, from = cells) => (index !== undefined && index === table.owner ? merged.owner : index !== undefined && index === table.due ? merged.due : plainCell(index, from));
  // Round 51: the title from the row as written (its code spans kept) when it splits into the same cells.
  const raw = cell(table.title, written?.length === cells.length ? written : cells);
  // A column of tickets (round 52): the ticket's address is its link, not its title; a ticket alone leaves the title to the ticket's words.
  const ticket = table.ticketColumn ? issueLinkIn(raw) : undefined;
  const words = (ticket ? withoutLink(raw, ticket.url).replace(/\(\s*\)/g, ' ') : raw).replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
  const title = words || (ticket ? `<what the work is, as ${ticket.label} says>` : '');
  // `✅ Complete (PR #1098)`, `Done 2025-08-01`: the status's first word says it (corpora round 44).
  // Round 48: a row ticked in a box (`| [x] |`) or struck through (`~~Add a canary~~`) is done too.
  if (/^~~[^]*~~$/.test(title) || /^\[[xX✓]\]/.test(cell(table.status))) return undefined;
  if (!title || /^(?:✅|✔️?|☑️?)|^(?:done|closed|complete[d]?|fixed|resolved|merged|shipped|won'?t ?(?:do|fix)|cancel+ed|yes|x|terminée?|fait|clos|已?完成|完了|対応済み?|완료)(?![\w-])/i.test(cell(table.status))) return undefined;
  const owner = cell(table.owner);
  // Round 50: a due day in another notation (`01.09.2025`, `Oct 18, 2025`, `9/1/2025`) or in words (`next sprint`)
  // was dropped without a word: the day it reads as is kept, and a cell naming no one day is said.
  const dueCell = cell(table.due);
  // `DONE in v2` where the day would go: done, as a status saying so is.
  if (/^(?:✅|✔️?|done|closed|complete[d]?|fixed|shipped)(?![\w-])/i.test(dueCell)) return undefined;
  const iso = /\d{4}-\d{2}-\d{2}/.exec(dueCell)?.[0];
  const other = iso || !dueCell ? undefined : dayInOtherNotation(dueCell);
  const due = iso ?? (other && 'day' in other ? other.day : undefined);
  const dueAsWritten = due || !dueCell || /^(?:-|—|tbd|tba|n\/a|none|\?+)$/i.test(dueCell) ? undefined : dueCell;
  return { title, owner: owner && !/^(?:-|—|tbd|n\/a|none)$/i.test(owner) ? owner.split(/\s*[,;]\s*|\s+(?:and|&)\s+/)[0] : undefined, due, dueAsWritten };
}

/**
 * Whether an item of a list without boxes reads as a piece of work: words, not a link or a ticket
 * alone (`- https://tracker/OPS-12`, `- #2213`: tracked where it points), a name alone (`* jhford`,
 * a meeting's attendees), nor one struck through or marked done.
 */
function looksLikeAction(item: string): boolean {
  const words = item.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<?https?:\/\/\S+>?/g, ' ').replace(/(?:^|\s)#\d+\b/g, ' ').trim();
  if (/^~~.*~~/.test(item.trim()) || /\((?:done|fixed|completed?|closed)\)|✅|✔/i.test(item) || doneMark.test(item.trim())) return false;
  // Work done already, as a section of remediation lists it (`Stopped the restart loop`,
  // `Re-pinned the image`: a verb in the past first), and a timeline's entry (`4:09: …`).
  const first = /^[\s*_]*(\p{L}[\p{L}-]*)/u.exec(item)?.[1] ?? '';
  if ((/ed$/i.test(first) && !/eed$/i.test(first)) || /^[\s*_]*\d{1,2}:\d{2}\b/.test(item)) return false;
  // Round 57: Japanese and Chinese write no spaces between words (`カナリア段階の導入`, `增加金丝雀发布阶段`), so a
  // heading of the work counted one word and was never a follow-up: four characters of those scripts make words enough.
  if ((words.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length >= 4) return true;
  return (words.match(/\p{L}{2,}/gu) ?? []).length >= 2;
}

/** The indentation (in columns, a tab as four) of the first item after line `index`, or undefined. */
function indentOfNextItem(lines: readonly string[], index: number): number | undefined {
  for (let next = index + 1; next < lines.length; next++) {
    if (!lines[next].trim()) continue;
    return anyItem.test(lines[next]) ? /^[ \t]*/.exec(lines[next])![0].replace(/\t/g, '    ').length : undefined;
  }
  return undefined;
}

/**
 * Whether the item at line `index` names a group of the items indented under it (`- Short term`,
 * `- **Long term:**`, `1. Testing`): words of three at most, with no owner,
 * day nor ticket of their own. An item of the work with a detail under it (`- [ ] Add a canary
 * stage by …` over `  - the stage runs 5% …`) is no group.
 */
function isGroupItem(line: string, lines: readonly string[], index: number): boolean {
  const own = /^[ \t]*/.exec(line)![0].length;
  const children = indentOfNextItem(lines, index);
  if (children === undefined || children < own + 2) return false;
  const words = line.replace(/^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/, '').replace(/\*\*|__/g, '').trim();
  if (dueDay.test(words) || handle.test(words) || ownerWord.test(words) || issueLinkIn(words) || /[()]/.test(words)) return false;
  // Items under it that give a field (`- Action: …`, `- **Linear:** [PGM-121](…)`, `- Description: …`) make it one
  // piece of work with its details (the corpora's numbered follow-ups), not a group.
  for (let next = index + 1; next < lines.length && (!lines[next].trim() || /^\s/.test(lines[next])); next++) {
    if (/^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\*\*|__)?[\p{L}][\p{L} ]{0,20}(?:\*\*|__)?:/u.test(lines[next])) return false;
  }
  // Not by its colon: `Add integration tests covering:` over the cases it covers is one piece of work (the corpora).
  return (words.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? []).length <= 3;
}

/**
 * The priority an item gives in parentheses (`(High)`, `(P1)`) and the type its words in bold before
 * a colon name (`**Prevention:**`, `**Fix:**`), with the text of each to take out of the title.
 */
function kindsIn(item: string): { priority?: string; priorityWritten?: string; type?: string; typeWritten?: string } {
  // Round 54: or in brackets (`[P1] Add a canary stage`), kept in the title.
  const inParentheses = /(?:^|\s)(?:\((P\d|[A-Za-z]+)\)|\[(P\d|[A-Za-z]+)\](?![(\[:]))(?=[\s,.;]|$)/.exec(item);
  if (inParentheses) inParentheses[1] ??= inParentheses[2];
  const priority = inParentheses ? (/^P[0-3]$/i.test(inParentheses[1]) ? inParentheses[1].toUpperCase() : enumSynonym('actionItems.priority', inParentheses[1], actionItemPriorities)) : undefined;
  const lead = /^(?:\*\*|__)([A-Za-z][A-Za-z ]{1,30}?)(?::(?:\*\*|__)|(?:\*\*|__):)\s/.exec(item);
  const type = lead ? enumSynonym('actionItems.type', lead[1], actionItemTypes) : undefined;
  return { priority, priorityWritten: priority ? inParentheses![0] : undefined, type, typeWritten: type ? lead![0] : undefined };
}

/**
 * Whether line `index` is a line of words right over the fields of a follow-up (`Add a canary stage`
 * over `**Owner:** checkout`, a blank line between them or not): not an item, a table, a field, a
 * heading, a quote, a tag, nor a line opening in bold (read as such); round 52, round 51's bold owner lines.
 */
function isLineOverFields(line: string, lines: readonly string[], index: number): boolean {
  if (!line.trim() || anyItem.test(line) || line.includes('|') || fieldLine.test(line) || boldLead.test(line) || /^\s*[#<{>!\[]/.test(line)) return false;
  let next = index + 1;
  if (next < lines.length && !lines[next].trim()) next++;
  return next < lines.length && fieldLine.test(lines[next]);
}

/** Jira's mention of a person in an item (`[~ana.lopez]`): as written, and the account's name. */
function jiraMentionIn(item: string): [string, string] | undefined {
  const found = /\[~([\w.@-]{1,60})\]/.exec(item);
  return found ? [found[0], found[1]] : undefined;
}

/**
 * A person's first name an item gives in parentheses (`Add a canary stage (Ana) by …`) or before a
 * colon at its start (`Ana: add a canary stage`), as [the text to take out of the title, the name]:
 * a name the lexicons know as a given name only, so that a product (`(Kubernetes)`), a state
 * (`(DONE)`), a priority (`(Medium)`) or a part (`Docs:`) stays the title's. Over the corpora's 268
 * such words under headings of follow-ups (round 52) none is one.
 */
function personNamedIn(item: string): [string, string] | undefined {
  const inParentheses = /\((\p{Lu}\p{Ll}[\p{L}'’-]*)\)(?=[\s,.;]|$)/u.exec(item);
  const beforeColon = /^(\p{Lu}\p{Ll}[\p{L}'’-]*):[ \t]/u.exec(item);
  const found = [inParentheses, beforeColon].find((m) => m && (isKnownFirstName(m[1]) || isOtherLanguageGivenName(m[1])));
  return found ? [found[0], found[1]] : undefined;
}
