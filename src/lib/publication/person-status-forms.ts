/**
 * A name in the short sentences an incident channel's status is written in, which the other
 * rules left to a list (since probe round 30, docs/redaction.md, "Probe round 30"):
 *
 * - a word in the perfect or the progressive of work with no object, at a clause's end ("Quenby
 *   has restarted.", "Ardwen is investigating.", "Oyelaran is looking into it.", "Zanelwe was
 *   triaging until 04:00"); the rules of a name acting want an object for a word no lexicon
 *   knows, since a system restarts too;
 * - a word waited on or for with nothing after it ("We are waiting on Quenby."), or pinged at a
 *   line's end ("…, ping Quenby");
 * - one word alone in a table's header cell ("| Quenby | Ardwen |" above `| --- |`), as a rota
 *   or a hand-off table heads its columns with people.
 *
 * A word is a name as person-clause-forms.ts reads one (`readsAsPersonName`): no dictionary,
 * lexicon or public term knows it, or it is a given name and nothing else. An unknown word in
 * these places that is no person is an internal system's or a vendor's name no list knows: the
 * first must not be published either, the second is a guess to allow. All are guesses.
 */
import { allMatches } from '../regexp.ts';
import { capitalCue, readsAsPersonName } from './person-clause-forms.ts';
import { madeOfWords, type PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';
import { isTableDelimiterRow } from '../markdown-table-lines.ts';

const name = String.raw`\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?`;
const notInWord = String.raw`(?<![\p{L}\p{N}@#/._-])`;
const wordEnd = String.raw`(?![\p{L}\p{N}_@'’-])`;
const space = String.raw`[ \u00a0]+`;
/** The end of a clause, or a word of time or a conjunction after it. */
const clauseEnd = String.raw`(?=[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:until|till|since|for|now|again|overnight|tonight|today|and|but|while|so|at|from|with)(?![\p{L}'’-]))`;
/** What a person has done in an incident, said without its object. */
const perfectOfWork = String.raw`(?:restarted|rolled${space}back|failed${space}over|confirmed|acknowledged|acked|joined|responded|replied|approved|signed${space}off|escalated|reverted|redeployed|agreed|arrived|checked${space}in|logged${space}(?:in|on|off)|dropped${space}off|woken${space}up|stepped${space}in|taken${space}over|handed${space}over)`;
/** What a person is doing in an incident, said without its object; not what a system does too ("Zarnith is restarting."). */
const progressiveOfWork = String.raw`(?:investigating|looking(?:${space}into${space}(?:it|this)|${space}at${space}(?:it|this))?|debugging|triaging|coordinating|reviewing|digging${space}in|responding|escalating|handling${space}(?:it|this)|working${space}on${space}(?:it|this|a${space}fix)|driving|leading)`;
const adverb = String.raw`(?:(?:just|now|already|still|also)${space})?`;

/** Where only a person is, or is no longer ("is out today", "is back", "was on the hook"). */
const personsWhereabouts = String.raw`(?:out${space}(?:today|this${space}week)|off${space}today|back(?:${space}online)?|on${space}the${space}hook)`;
const statusClause = new RegExp(String.raw`${notInWord}(${name})${space}(?:(?:has|had|['’]s)${space}${adverb}${perfectOfWork}|(?:is|was|['’]s)${space}${adverb}(?:${progressiveOfWork}|${personsWhereabouts}))${clauseEnd}`, 'gu');
/** An incident's role or duty someone took ("Quenby owned comms.", "Quenby was IC", "Quenby/IC", "IC Quenby"). */
const incidentDuty = String.raw`(?:comms|communications|IC|incident${space}command|scribe|note-taking|the${space}pager|the${space}bridge)`;
const dutyTaken = new RegExp(String.raw`${notInWord}(${name})(?:${space}(?:was|is|owned|owns|handled|handles|ran|runs|did|does|took|takes|covered|covers|led|leads|had|has)${space}${incidentDuty}|\/(?:IC|comms|scribe|SRE|on-?call))(?![\p{L}'’-])`, 'gu');
const dutyBeforeName = new RegExp(String.raw`^[ \t>*_-]*(?:IC|Scribe|Comms(?:${space}lead)?|On-?call|DRI)${space}(${name})${wordEnd}`, 'u');
const waitedAtEnd = new RegExp(String.raw`\b(?:waited|waiting|wait)${space}(?:on|for)${space}(${name})(?=[ \u00a0]*(?:[.,;:!?)]|$))`, 'gu');
const pingedAtLineEnd = new RegExp(String.raw`\bping${space}(${name})[ \u00a0]*$`, 'u');
/**
 * Since probe round 38: a name pinged with a reason or a way ("Ping Morvan if the lag comes back",
 * "pinged Tavish on Slack"), as contextual-people.ts reads a lower-case handle so.
 */
const pingedWithReason = new RegExp(String.raw`\b[Pp]ing(?:ed)?${space}(${name})(?=${space}(?:if|when|once|before|after|about|for|directly|first|with|on${space}(?:Slack|Teams|Discord|Matrix|IRC|chat|Zulip|Mattermost)|in${space}#)(?![\p{L}'’-]))`, 'gu');
/** Who did the work, as a label ("Handled by: Quenby"), or after a comma at a clause's end ("The write-up, by Quenby."). */
const workLabel = new RegExp(String.raw`\b(?:[Hh]andled|[Oo]wned|[Dd]riven|[Ll]ed|[Ff]ixed|[Rr]esolved|[Mm]itigated|[Ii]nvestigated|[Ww]ritten|[Rr]eviewed|[Aa]pproved|[Ee]scalated|[Pp]aged|[Cc]oordinated|[Mm]anaged|[Dd]rafted|[Ee]dited|[Cc]ompiled)${space}by:[ \u00a0]*(?:\*\*)?(${name})`, 'gu');
const commaBy = new RegExp(String.raw`,${space}by${space}(${name})(?=[ \u00a0]*(?:[.;!?)]|$))`, 'gu');
/** Reached through a chat, a call or a pager ("Ask Yaw via Slack.", "Quenby via Slack: rolling back"). */
const reachedVia = new RegExp(String.raw`${notInWord}(${name})${space}(?:via|over|on)${space}(?:Slack|DM|DMs|Zoom|Teams|Meet|phone|e-?mail|text|SMS|WhatsApp|Signal|PagerDuty|Opsgenie)(?![\p{L}'’-])`, 'gu');
/** A name and where or how only a person is, set off by a dash at a line's start ("Quenby — on the bridge"). */
const dashedState = new RegExp(String.raw`^[ \t>*_-]*(?:\*\*)?(${name})(?:\*\*)?[ \u00a0]*(?:—|–|--?)[ \u00a0]*(?:on${space}(?:it|call|point|comms|the${space}(?:bridge|call|pager))|investigating|looking${space}into${space}(?:it|this)|paging|joining|back${space}(?:online|on)|out${space}(?:sick|today)|off${space}today|away|asleep)(?![\p{L}'’-])`, 'u');
/** A rota or pager passing to someone ("The rotation moved to Kofi on Monday"). */
const rotaPassed = new RegExp(String.raw`\b(?:rotation|rota|pager|on-?call|shift|baton)${space}(?:moved|passed|went|switched|rotated|rolled${space}over|was${space}handed|handed${space}over)${space}to${space}(${name})${wordEnd}`, 'gu');
/**
 * An incident or its pager handed to someone (since probe round 37: "the incident was handed to
 * Oriana", "Tavish handed the pager to Bettina", "handover to Bettina"): what is handed is work,
 * a system is not handed anything.
 */
const handedWork = String.raw`(?:it|this|the${space}(?:incident|pager|page|rota|rotation|shift|bridge|baton|investigation|ticket|issue|call|comms|command|lead|IC${space}role))`;
const handedTo = new RegExp(String.raw`\b(?:[Hh]anded(?:${space}(?:over|off))?(?:${space}${handedWork}(?:${space}(?:over|off))?)?|[Hh]and(?:-|${space})?(?:over|off)|[Rr]eassigned(?:${space}${handedWork})?)${space}to${space}(${name})${wordEnd}`, 'gu');

/**
 * A name that managed to do what only a person does (since leaks37b: "once Tavish managed to sit
 * down with the logs"). A system manages to do things as often ("Zarnith managed to reconnect"),
 * so only a person's acts are read: sitting down, getting hold of someone, waking up, joining;
 * since probe round 38 also fixing, finding, reproducing, patching, debugging ("once Tavish
 * managed to fix it"): a system recovers or reconnects, it does not manage to fix or find.
 */
const personsAct = String.raw`(?:fix|find|reproduce|patch|spot|debug|diagnose|pin${space}down|sit${space}down|get${space}(?:hold${space}of|on${space}(?:a${space}call|the${space}(?:bridge|call))|online|to${space}(?:a${space}laptop|the${space}office))|reach|join|log${space}(?:in|on)|wake${space}up|track${space}down|dig${space}into|figure${space}out|talk${space}to|call|convince|borrow|grab${space}a${space}laptop|pair${space}with)`;
const managedTo = new RegExp(String.raw`${notInWord}(${name})${space}(?:(?:finally|eventually|quickly|later)${space})?managed${space}to${space}${personsAct}(?![\p{L}'’-])`, 'gu');
/** A table's header cell of one capitalised word (the line after it is the delimiter row). */
const headerCell = new RegExp(String.raw`(?<=\|)[ \u00a0]*(?:\*\*)?(\p{Lu}\p{Ll}{2,})(?:\*\*)?[ \u00a0]*(?=\|)`, 'gu');
/** The first cell of a table comparing things: its other header cells name products, not people. */
const comparisonHeader = /^[ \t]*\|?[ \t]*(?:\*\*)?(?:Feature|Features|Concept|Concepts|Aspect|Capability|Capabilities|Criteria|Criterion|Property|Option|Options|Comparison|Metric|Metrics|Category|Dimension|Attribute|Characteristic|Tool|Product|Component|Requirement|Function|Support|Spec|Specification|Setting|Parameter)s?(?:\*\*)?[ \t]*\|/i;
/**
 * A header cell that labels a column of people (false positives round 55: "| Rolle | Verantwortung |
 * Person | Kontakt |", a German handbook's table of duties, read its labels as three names). A
 * header with one holds the labels of fields, and the people stand in the rows below (read by
 * the column rules there). Not "Role" or "Rolle": a rota may head its people's columns so ("|
 * Role | Quenby | Ardwen |").
 */
const whoLabelCell = /\|[ \t\u00a0]*(?:\*\*)?(?:Person|Personen|Persons|People|Name|Names|Naam|Nom|Nombre|Owner|Owners|Kontakt|Contact|Contacts|Contacto|Contactpersoon|Ansprechpartner(?:in)?|Verantwortlich(?:e|er)?|Verantwoordelijke|Responsible|Responsable|Assignee|Assignees)(?:\*\*)?[ \t\u00a0]*(?=\|)/;

/** The phrasings above and the cue a line must hold for each (test/unit/redaction-cue-implication.test.ts). */
export const cuedStatusPhrasings: readonly CuedPattern[] = [
  { name: 'a status with no object', cue: /\s(?:has|had|is|was)\s|['’]s\s/, pattern: statusClause },
  { name: 'waited on at the end', cue: /\bwait/, pattern: waitedAtEnd },
  { name: 'pinged at the end of a line', cue: /\bping\s/, pattern: pingedAtLineEnd },
  { name: "a table's header cell", cue: /\|/, pattern: headerCell },
  { name: 'a label of who did the work', cue: /\sby:/, pattern: workLabel },
  { name: 'by someone after a comma', cue: /,\s+by\s/, pattern: commaBy },
  { name: 'reached through a chat or a call', cue: /\s(?:via|over|on)\s/, pattern: reachedVia },
  { name: 'a state set off by a dash', cue: /[—–-]/, pattern: dashedState },
  { name: 'a rota passed to someone', cue: /\sto\s/, pattern: rotaPassed },
  { name: 'work handed to someone', cue: /and(?:ed|[-\s]*(?:over|off))|assigned/i, pattern: handedTo },
  { name: 'a duty taken', cue: /\s(?:was|is|own|handle|ran|run|did|does|took|take|cover|led|lead|had|has)|\//, pattern: dutyTaken },
  { name: 'a role before a name', cue: /IC|Scribe|Comms|On-?call|DRI/, pattern: dutyBeforeName },
  { name: "managed to do a person's act", cue: /\smanaged\s/, pattern: managedTo },
  { name: 'pinged with a reason', cue: /\bping/i, pattern: pingedWithReason },
];

/** People named in these forms on one line of prose; `next` is the line after it (a table's delimiter row). */
export function findPeopleInStatusForms(line: string, next = ''): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (!capitalCue.test(line)) return found;
  const add = (text: string, index: number, why: string) => {
    if (readsAsPersonName(text)) addUnlessSameStart(found, { text, index, severity: 'error', guess: true, why });
  };
  const [status, waited, pinged, header, label, byAfterComma, via, dashed, rota, handed, duty, roleFirst, managed, pingedFor] = cuedStatusPhrasings;
  const each = ({ cue, pattern }: CuedPattern, why: string) => {
    if (!cue.test(line)) return;
    for (const m of pattern.global ? allMatches(pattern, line) : [pattern.exec(line)].filter((x) => x !== null)) add(m[1], m.index! + m[0].lastIndexOf(m[1]), why);
  };
  each(label, 'named as who did the work');
  each(byAfterComma, 'named as who did the work');
  each(via, 'reached through a chat or a call');
  each(dashed, 'where only a person is');
  each(rota, 'handed the rota');
  each(handed, 'handed the incident');
  each(duty, 'an incident role taken');
  each(roleFirst, 'named in an incident role');
  each(managed, "managed to do what only a person does");
  each(pingedFor, 'pinged with a reason');
  if (status.cue.test(line)) for (const m of allMatches(statusClause, line)) add(m[1], m.index!, 'a short status of someone at work');
  if (waited.cue.test(line)) for (const m of allMatches(waitedAtEnd, line)) add(m[1], m.index! + m[0].lastIndexOf(m[1]), 'waited on');
  if (pinged.cue.test(line)) {
    const m = pingedAtLineEnd.exec(line);
    if (m) add(m[1], m.index + m[0].lastIndexOf(m[1]), 'pinged');
  }
  // A comparison's header names products after its first cell ("| Concept | Iroh | Kubo |").
  if (header.cue.test(line) && isTableDelimiterRow(next, { columns: 2, dashes: 3 }) && !comparisonHeader.test(line) && !whoLabelCell.test(line)) {
    // A column's title run together from words ("Datacenter", "Nodepool") is no one's name.
    for (const m of allMatches(headerCell, line)) if (!madeOfWords(m[1].toLowerCase())) add(m[1], m.index! + m[0].indexOf(m[1]), "a table's column headed by a name");
  }
  return found;
}
