/**
 * People named by their initials in a team's incident retrospectives (since probe round 43,
 * docs/redaction.md, "Probe round 43"): a museum's platform team writes its retros' timelines as
 * notes taken in a call, with times written with a dot ("12.38") and each responder as two or
 * three capitals, and closes each action with who owns it. The shapes:
 *
 * - the initials speaking after a time, also a dotted or linked one (`09.14 QV: I've just restarted
 *   …`, `[10.41](…) DK: Pushed the types to prod`), where what follows speaks as a person does: in
 *   the first person, asking, or reporting a deed in the past tense;
 * - the initials acting at a line's or an item's start, after a time or not, in what only people
 *   do in a call ("TB notifies the vendor", "QV confirms they cannot …", "MW checked just after
 *   09.00", "QV starts investigating"), and a first-person sentence right after a time's initials
 *   ("11.27 PB There is definitely an error here");
 * - the initials someone pinged, asked, told or messaged ("QV pinged TB and MW");
 * - initials joined by slashes closing a sentence or an item, its owners ("… before releasing.
 *   `**RK**` then JT and JG, slash-joined);
 * - who did something, after a person's deed and "by" ("upgrade started by QV"), who is thanked
 *   ("Thanks to QV"), and whose laptop, branch or notes a thing is ("QV's laptop").
 *
 * Systems are written in capitals too ("DB checked", "LB: drained"): an acronym the rules of
 * initials know as a thing's or a role's, a public term or an English word is no one's initials.
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import { isEnglishWord } from './people.ts';
import { isThingOrRoleAcronym, type PatternMatch } from './person-patterns.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';

const capitals = String.raw`(\p{Lu}{2,3})`;
/** A time as a retro's notes write it: `10:41`, `10.41`, `[10.41]`, a linked `[10.41](…)`, perhaps followed by a colon. */
const time = String.raw`(?:\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp][Mm])?\]?(?:\([^)\s]*\))?:?\s+(?:[-–—]\s+)?)`;
const lineStart = String.raw`^\s*(?:>\s*)*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+\.\s+)?`;
/** What a person says after a colon: the first person, a question to the others, a deed reported in the past tense. */
const personSpeech = String.raw`(?:I(?:['’](?:m|ve|ll|d))?\b|(?:me|my|we|we['’](?:re|ve|ll))\b|(?:Should|Can|Could|Shall|Do|Did|Does|Is|Are)\s+(?:I|we|you|it|this|that|the)\b|(?:Pushed|Deployed|Merged|Reverted|Rolled back|Restarted|Raised|Opened|Asked|Told|Checked|Confirmed|Posted|Notified|Pinged|Looking|Investigating|Just)\b)`;
const speakerAfterTime = new RegExp(String.raw`${lineStart}(?:${time})?(?:\*\*|__)?${capitals}(?:\*\*|__)?:(?:\*\*|__)?\s+${personSpeech}`, 'du');
/** A capitalised word speaking in the first person after a dotted time, as the same notes write a name (`08.56 Halloran: I've deleted …`); the chat rules read times with a colon. */
const nameAfterDottedTime = new RegExp(String.raw`${lineStart}\d{1,2}\.\d{2}:?\s+(?:\*\*|__)?(\p{Lu}\p{Ll}{2,})(?:\*\*|__)?:(?:\*\*|__)?\s+${personSpeech}`, 'du');
/** What only people do in a call's notes, after the initials (since probe round 44 also what they are doing: "14.44 QV doing the reindex"). */
const callAct = String.raw`(?:notifies|notified|(?:confirms|confirmed)(?=\s*:|\s+(?:the|that|it|they|a|an|with|we)\b)|checks|checked|posts|posted|(?:starts|started|begins|began)\s+(?:investigating|looking|digging|to\s+investigate|to\s+look)|pings|pinged|asks|asked|messages|messaged|emails|emailed|raises|raised|opens\s+a|opened\s+a|reports|reported|spots|spotted|suggests|suggested|agrees|agreed|says|said|calls|called|joins|joined|investigates|investigated|notices|noticed|responds|responded|replies|replied|thinks|thought|wonders|wondered|proposes|proposed|tells|told|mentions|mentioned|flags|flagged|shares|shared|volunteers|volunteered|doing\s+(?:the|a|some)|looking\s+(?:at|into)|working\s+on)\b`;
const firstPersonAfterTime = String.raw`(?:I\b|I['’]|There(?:['’]s|\s+is|\s+was)\b|We\b)`;
const initialsActing = new RegExp(String.raw`${lineStart}(?:${time})?(?:\*\*|__)?${capitals}(?:\*\*|__)?\s+(?:also\s+|then\s+)?${callAct}`, 'du');
const initialsThenFirstPerson = new RegExp(String.raw`${lineStart}${time}${capitals}\s+${firstPersonAfterTime}`, 'du');
/**
 * What may follow initials standing for a person in a sentence: its end, or a word that opens what
 * they were asked or thanked for. Initials before a noun modify it ("asked CL teams", "called MFA
 * provider", "by UC Berkeley") and are an organisation's or a thing's.
 */
const personEnds = String.raw`(?=\s*(?:$|[.,;:!?()\]]|—|–|\s(?:to|for|and|about|if|whether|at|on|in|with|because|but|so|who|when|after|before|then|again|too|via|over|(?:\p{Lu}{2,3}(?:$|[.,;:!?)\s])))\b))`;
/** Whom someone pinged, asked, told or messaged: one set of initials or several. */
const addressed = new RegExp(String.raw`\b(?:pinged|pings|asked|asks|told|tells|messaged|messages|emailed|called|rang|phoned)\s+(\p{Lu}{2,3}(?:(?:,\s*|\s+and\s+|\s*&\s*)\p{Lu}{2,3})*)(?![\p{L}\p{N}_.\/-])${personEnds}`, 'gdu');
/** Initials joined by slashes closing a sentence or an item: its owners. */
const ownersClosing = /(?:^\s*(?:[-*+]\s+)?|[.!?:)]\s+)((?:\*\*|__)?\p{Lu}{2,3}(?:\*\*|__)?(?:\s?\/\s?(?:\*\*|__)?\p{Lu}{2,3}(?:\*\*|__)?)+)\s*$/du;
/** A person's deed, "by" and who did it. */
const doneByInitials = new RegExp(String.raw`\b(?:[Ss]tarted|[Rr]aised|[Oo]pened|[Ll]ed|[Hh]eld|[Ff]acilitated|[Ss]potted|[Nn]oticed|[Ii]nvestigated|[Ff]ixed|[Dd]one|[Rr]eported|[Dd]eployed|[Mm]erged|[Rr]everted|[Rr]estarted|[Tt]riggered|[Ii]nitiated)\s+(?:manually\s+)?by\s+${capitals}(?![\p{L}\p{N}_\/'’-]|\.\p{L})${personEnds}`, 'gdu');
const thankedInitials = new RegExp(String.raw`\b(?:[Tt]hanks|[Tt]hank you|[Kk]udos|[Pp]rops)(?:,|\s+to)?\s+(?:\*\*|__)?${capitals}(?![\p{L}\p{N}_\/'’-]|\.\p{L})${personEnds}`, 'gdu');
const initialsOwning = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/-])${capitals}['’]s\s+(?:laptop|desk|machine|account|branch|notes|suggestion|idea|comment|question|script|fix|patch|change|message|screenshot|graphs?|dashboard|query|PR|config|push|commit|deploy|rollout|review|migration)\b`, 'gdu');

/** Abbreviations opening a note ("NB: I had to …", "BTW: I'm …") and time zones a timeline's time carries ("17:00 GST:"). */
const noteAbbreviations = new Set('NB PS BTW FYI FWIW IMO IMHO IIRC AFAIK TBH ETA TLDR EDIT NOTE GST SGT HKT ICT WIB AST ADT HST AKST MSK CAT EAT WAT SAST NZDT ACST AWST'.split(' '));
/** Whether two or three capitals may be someone's initials: not a thing's or a role's acronym, a note's abbreviation, a public term or a word. */
export const mayBeInitials = (letters: string): boolean => !noteAbbreviations.has(letters) && !isThingOrRoleAcronym(letters) && !isPublicTerm(letters) && !isEnglishWord(letters.toLowerCase());

const match = (text: string, index: number, why: string): PatternMatch => ({ text, index, severity: 'error', why });

/** The people one line of a retro's notes names by their initials. */
export function findTimelineInitials(line: string): PatternMatch[] {
  if (!/\p{Lu}/u.test(line)) return [];
  const found: PatternMatch[] = [];
  const add = (text: string, index: number, why: string) => {
    if (mayBeInitials(text)) addUnlessSameStart(found, match(text, index, why));
  };
  for (const [pattern, why] of [[speakerAfterTime, 'initials speaking in a timeline'], [initialsActing, 'initials acting in a timeline'], [initialsThenFirstPerson, 'initials speaking in a timeline']] as const) {
    const m = pattern.exec(line);
    if (m) add(m[1], m.indices![1]![0], why);
  }
  const named = nameAfterDottedTime.exec(line);
  if (named && !isPublicTerm(named[1]) && !isEnglishWord(named[1].toLowerCase())) found.push(match(named[1], named.indices![1]![0], 'a name speaking in a timeline'));
  for (const m of allMatches(addressed, line)) {
    const start = m.indices![1]![0];
    for (const part of allMatches(/\p{Lu}{2,3}/gu, m[1])) add(part[0], start + part.index!, 'initials someone pinged or asked');
  }
  const owners = ownersClosing.exec(line);
  if (owners) {
    const start = owners.indices![1]![0];
    const parts = [...allMatches(/\p{Lu}{2,3}/gu, owners[1])];
    if (parts.every((p) => mayBeInitials(p[0]))) for (const p of parts) add(p[0], start + p.index!, 'initials owning an action');
  }
  for (const pattern of [doneByInitials, thankedInitials, initialsOwning]) {
    for (const m of allMatches(pattern, line)) add(m[1], m.indices![1]![0], 'initials of who did, was thanked or owns something');
  }
  return found.sort((a, b) => a.index - b.index);
}
