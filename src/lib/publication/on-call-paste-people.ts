/**
 * People in what chat and paging tools show and postmortems paste, in shapes the eighteenth probe
 * round found published (docs/redaction.md, "Eighteenth probe round"):
 *
 * - a Microsoft Teams message's sender, which Teams writes surname first, alone on its line
 *   before the message's time ("Sælid, Tormund 10:02 AM"; with the time in brackets before it,
 *   "[10:02 AM] Vik, Jorunn", it was read since the eighth probe round);
 * - Slack's channel events ("tsaelid has joined the channel") and a bold handle before a bare
 *   time (`**jvik** 10:06 AM (edited)`);
 * - an on-call hand-off: "Outgoing: Tormund / Incoming: Jorunn", an arrow between two names on a
 *   line about a hand-off or a rotation ("Handoff notes (Tormund → Jorunn)"), a rota's days
 *   before a handle ("Mon–Wed: tsaelid");
 * - a paging tool's log after a handle or before one ("Resolved by tsaelid", "tsaelid took
 *   ownership of alert #8812"), and who annotated a graph or started a recording;
 * - the user column (`AUTHINFO`) of `kubectl config get-contexts`.
 *
 * Values are judged as the pasted fields of earlier rounds judge theirs (`isFullNameValue`,
 * `isPersonalHandleValue`); a single capitalised word is a name when the lexicon knows it as a
 * first name, and a guess when no dictionary, lexicon or public list knows it.
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import type { PatternMatch } from './person-patterns.ts';
import { isFullNameValue, isPersonalHandleValue } from './pasted-config-people.ts';

const word = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
const handle = String.raw`[\p{Ll}][\p{Ll}\p{N}._-]{1,37}[\p{Ll}\p{N}]`;
const time = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const end = String.raw`(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])`;

/** Teams' sender, surname first, with the time after it or in brackets before it. */
// With the time in brackets before it ("[10:02 AM] Vik, Jorunn") the eighth probe round reads it.
// A team or a guest's mark after it, in brackets or square brackets ("(Platform)", "[EXT]"; probe round 60).
const teamsSender = new RegExp(String.raw`^\s*(?:>\s*)?(?:\*\*)?(${word}, ${word})(?:\*\*)?(?:\s+(?:\([^()\n]{1,30}\)|\[[^[\]\n]{1,30}\]))?\s+${time}\s*$`, 'u');
const slackChannelEvent = new RegExp(String.raw`^\s*(?:>\s*)?@?(${handle}) (?:has )?(?:joined|left) (?:the )?(?:channel|#[\w-]+)`, 'u');
const boldHandleBeforeTime = new RegExp(String.raw`^\s*(?:>\s*)?(?:\*\*|__)@?(${handle})(?:\*\*|__)\s+${time}`, 'u');
const outgoingIncoming = new RegExp(String.raw`\b(?:[Oo]utgoing|[Ii]ncoming|[Oo]ff-?going|[Oo]n-?coming)(?:\s+on-?call)?\s*(?:\*\*)?:\s*(?:\*\*)?\s*(${word}(?: ${word})?|@?${handle})${end}`, 'gu');
const arrowBetweenNames = new RegExp(String.raw`(?<![\p{L}\p{N}_@/.-])(${word}|@?${handle})\s*(?:→|->|=>|⇒|⟶)\s*(${word}|@?${handle})${end}`, 'gu');
const handOffWords = /\bhand-?offs?\b|\bhand(?:ed|ing)?[- ]?(?:over|off)\b|\bhandovers?\b|\brotation\b|\bon-?call\b|\bshifts?\b|\bpager\b/i;
const day = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?`;
const rotaDays = new RegExp(String.raw`(?<![\p{L}])${day}(?:\s*[–—-]\s*${day})?\s*:\s*@?(${handle}|${word})${end}`, 'gu');
const resolvedBy = new RegExp(String.raw`\b(?:Resolved|Acknowledged|Snoozed|Closed|Reassigned|Escalated|Merged|Silenced|Muted|Annotation|Annotated|Recording started|Silence created|Posted|Edited)\s+by\s+@?(${handle})${end}`, 'gu');
/**
 * Since probe round 51: who added, edited or closed a tool's object, as a report tells it in prose
 * ("The annotation … was added by tolvanik at 03:12"): the passive of a tool's act before a
 * lower-case account; a capitalised word there is read by the rules of names.
 */
const passiveToolActBy = new RegExp(String.raw`\b(?:was|were|got|been)\s+(?:added|annotated|posted|edited|acknowledged|resolved|closed|silenced|snoozed|reassigned|muted)\s+by\s+@?(${handle})${end}`, 'gu');
/**
 * Since probe round 52: a paging tool's log of an escalation to a level and whom it reached there
 * ("Escalated to Level 2: Tamsin Okorafe (via SMS)", "escalated to level 1 (tbreckan)"); a team or
 * a schedule there ("Database On-Call") is no name.
 */
const escalatedToLevel = new RegExp(String.raw`\b[Ee]scalated\s+to\s+(?:[Ll]evel|L)\s*\d+\s*(?::|\(|[–—-])\s*@?(${word}(?: ${word})?|${handle})${end}`, 'gu');
const tookOwnership = new RegExp(String.raw`^\s*(?:[-*+]\s+)?(?:${time}\s+)?@?(${handle})\s+(?:took ownership of|acknowledged|resolved|snoozed|closed|reassigned|escalated|silenced)\s+(?:the\s+)?(?:alert|incident|page)\b`, 'u');

/** `kubectl config get-contexts`: the header whose AUTHINFO column holds the user of each context. */
const contextsHeader = /^\s*(?:CURRENT\s+)?NAME\s+CLUSTER\s+(AUTHINFO)\b/;

/** A capitalised word as a name: a first name the lexicon knows, or (a guess) a word no one knows. */
function nameWord(text: string): { guess: boolean } | undefined {
  if (isFullNameValue(text)) return { guess: !isKnownFirstName(text.split(' ')[0]) };
  if (/\s/.test(text)) return undefined;
  if (isKnownFirstName(text) && !isOrdinaryWord(text) && !isPublicTerm(text)) return { guess: false };
  if (!isEnglishWord(text.toLowerCase()) && !isOrdinaryWord(text) && !isKnownWord(text) && !isPublicTerm(text)) return { guess: true };
  return undefined;
}

/** A value as a person: a handle read as a person's, or a name ({@link nameWord}). */
function person(value: string): { guess: boolean } | undefined {
  const bare = value.replace(/^@/, '');
  if (/^\p{Lu}/u.test(bare)) return nameWord(bare);
  return isPersonalHandleValue(bare) ? { guess: true } : undefined;
}

const match = (text: string, index: number, why: string, guess: boolean): PatternMatch => ({ text, index, severity: 'error', guess, why });

/**
 * The users of `kubectl config get-contexts` output (`AUTHINFO`, a person's account when it reads
 * as one), by line index: the column's cell on each line below its header, as kubectl aligns it.
 */
export function findKubeContextUsers(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  let column = -1;
  lines.forEach((line, i) => {
    if (!codeLines.has(i)) return void (column = -1);
    const header = contextsHeader.exec(line);
    if (header) return void (column = line.indexOf(header[1]));
    if (column < 0) return;
    const cell = /^[^\s]+/.exec(line.slice(column));
    if (cell && line[column - 1] === ' ' && person(cell[0])) found.set(i, [match(cell[0], column, "the user of a kubectl context", true)]);
  });
  return found;
}

/** The people one line of a chat or paging paste names, as above. */
export function findOnCallPastePeople(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  const add = (value: string, index: number, why: string) => {
    const reading = person(value);
    const text = value.replace(/^@/, '');
    if (reading) found.push(match(text, index + value.length - text.length, why, reading.guess));
  };
  if (line.includes(', ')) {
    const teams = teamsSender.exec(line);
    // The time says it is a message's header, not a list of two words.
    if (teams) {
      const [surname, given] = teams[1].split(', ');
      const reading = nameWord(`${given} ${surname}`) ?? (nameWord(given) && nameWord(surname));
      if (reading) found.push(match(teams[1], line.indexOf(teams[1]), "a Teams message's sender, surname first", false));
    }
  }
  if (/ (?:joined|left) /.test(line)) {
    const event = slackChannelEvent.exec(line);
    if (event) add(event[1], line.indexOf(event[1]), 'who joined or left a chat channel');
  }
  if (line.includes('**') || line.includes('__')) {
    const bold = boldHandleBeforeTime.exec(line);
    if (bold) add(bold[1], line.indexOf(bold[1]), "a chat message's author before its time");
  }
  if (/[Oo]utgoing|[Ii]ncoming|-?going|-?coming/.test(line)) {
    for (const m of allMatches(outgoingIncoming, line)) add(m[1], m.index! + m[0].lastIndexOf(m[1]), 'who handed over or took over the pager');
  }
  if (/→|->|=>|⇒|⟶/.test(line) && handOffWords.test(line)) {
    for (const m of allMatches(arrowBetweenNames, line)) {
      const second = m.index! + m[0].lastIndexOf(m[2]);
      add(m[1], m.index!, 'a hand-off from one person to another');
      add(m[2], second, 'a hand-off from one person to another');
    }
  }
  if (/(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\s*:/.test(line)) {
    for (const m of allMatches(rotaDays, line)) add(m[1], m.index! + m[0].lastIndexOf(m[1]), "who is on call on a rota's days");
  }
  if (line.includes(' by ')) {
    for (const m of allMatches(resolvedBy, line)) add(m[1], m.index! + m[0].lastIndexOf(m[1]), "who acted in a paging tool's log");
    for (const m of allMatches(passiveToolActBy, line)) add(m[1], m.index! + m[0].lastIndexOf(m[1]), "who added or closed a tool's object");
  }
  if (/scalated/.test(line)) {
    for (const m of allMatches(escalatedToLevel, line)) add(m[1], m.index! + m[0].lastIndexOf(m[1]), 'whom a paging tool escalated to');
  }
  const owner = tookOwnership.exec(line);
  if (owner) add(owner[1], line.indexOf(owner[1]), "who acted in a paging tool's log");
  return found;
}
