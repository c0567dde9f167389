/**
 * People named by their initials, in shapes the eighteenth probe round found published
 * (docs/redaction.md, "Eighteenth probe round"):
 *
 * - an initial and a surname acting ("J. Vik failed over", "At 10:05 J. Smith rolled back"), or
 *   alone on the line under a closing ("Best regards,⏎J. Vik");
 * - initials with dots acting ("T.S. rolled back the release"; not "U.S.", "U.K.", "E.U.");
 * - two pairs of capitals joined by "and" before what only people do together ("TS and JV
 *   paired on the fix", "met", "agreed"): systems are written with capitals too ("DB and LB
 *   failed"), so only a verb of people reads them as someone's initials.
 *
 * The surname may be an English word ("J. Smith"): an initial before it says it is a name.
 *
 * Since probe round 32 (docs/redaction.md, "Probe round 32"): two or three capitals standing in an
 * incident role's place ("IC: JS", "Scribe: MT") or handed the incident ("handed over to MT at
 * 06:00"), not a role's, a team's or a public term's acronym ("Owner: SRE", "IC: TBD").
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import { isEnglishWord, isKnownWord } from './people.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

/**
 * Verbs a person does in a timeline, in the past tense; an initial before a surname and one of these
 * is someone acting. Since probe round 47 also in the present, as timelines are written too ("09:14
 * O. Brenkart restarts the broker").
 */
const actedVerb = String.raw`(?:(?:\p{Ll}+ed)|\p{Ll}{3,}(?<![su])s|ran|took|made|found|saw|wrote|sent|began|brought|led|did|got|gave|kept|spun|shut|put|set|rolled|was|were|had|began|chose|drove|held|left|met|said|told|thought|woke|joined|noticed|confirmed)`;
// One initial or more ("J. Vik", since the twenty-second probe round "J. R. Vik", "J.R. Vik").
const initialAndSurname = new RegExp(String.raw`(?<![\p{L}\p{N}.'’-])((?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?=\s+(?:then\s+|also\s+|quickly\s+)?${actedVerb}\b)`, 'gu');
const initialAndSurnameAlone = /^\s*(?:[-–—]{1,2}\s*)?((?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)\s*$/u;
/**
 * Two initials run together before a surname no dictionary knows, acting ("AJ Okafor paged the
 * database team"; since the twenty-second probe round). A surname that is a word after two
 * capitals is more often a system's ("DB Backup restarted"), and an acronym a public term is no
 * one's initials.
 */
const runTogetherInitialsAndSurname = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/-])((\p{Lu}{2})\s(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?))(?![\p{L}\p{N}_'’-])(?=\s+(?:then\s+|also\s+|quickly\s+)?${actedVerb}\b)`, 'gu');
const closing = /^\s*(?:(?:best|kind|warm|many)\s+(?:regards|wishes|thanks)|regards|cheers|thanks|thank you|sincerely|yours(?: sincerely| truly)?|best)\s*,?\s*$/i;
const dottedInitials = new RegExp(String.raw`(?<![\p{L}\p{N}.])(\p{Lu}\.\p{Lu}\.(?:\p{Lu}\.)?)(?=\s+(?:then\s+|also\s+)?${actedVerb}\b)`, 'gu');
/** Places and bodies written with dotted capitals. */
const dottedPlace = /^(?:U\.S\.|U\.K\.|E\.U\.|U\.N\.|D\.C\.|L\.A\.|N\.Y\.|U\.S\.A\.|P\.S\.|N\.B\.|E\.G\.|I\.E\.|A\.M\.|P\.M\.)$/;
const peoplesVerbTogether = String.raw`(?:paired|pair|met|meet|agreed|agree|decided|decide|discussed|talked|spoke|chatted|worked together|teamed up|swapped|traded|split the work|took turns|hopped on|jumped on|dialled in|dialed in)`;
const initialsPair = new RegExp(String.raw`(?<![\p{L}\p{N}_.\/-])(\p{Lu}{2})\s+(?:and|&)\s+(\p{Lu}{2})(?![\p{L}\p{N}_.\/-])(?=\s+${peoplesVerbTogether}\b)`, 'gu');

/** An incident role's label, then initials, or (since probe round 63) an initial and a surname ("Incident commander: T. Haskemar"); or those an incident is handed or escalated to. */
const roleLabel = String.raw`(?:IC|Incident [Cc]ommander|Comms(?: [Ll]ead)?|Scribe|Ops [Ll]ead|Tech [Ll]ead|Responder|On-?call|Primary|Secondary|Approver|Reviewer)`;
const initialsInRole = new RegExp(String.raw`(?:(?<![\p{L}\p{N}_])${roleLabel}\s*[:=]\s*|\b(?:handed(?: it)? over to|handed off to|escalated to)\s+)((?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{2,3})(?![\p{L}\p{N}_.\/'’-])`, 'gdu');
/** The cue the initials in a role need (test/unit/redaction-cue-implication.test.ts). */
export const cuedInitialsInRole: CuedPattern = { name: 'initials in an incident role', cue: /:|=|handed|escalated/, pattern: initialsInRole };
/** Acronyms of roles, teams and placeholders that stand where initials would. */
const roleAcronym = /^(?:SRE|SRES|DBA|TBD|TBC|TBA|NA|N\/A|IC|CTO|CEO|CIO|CISO|COO|VP|QA|PM|EM|TL|OPS|ENG|SEC|IT|HR|NOC|SOC|CS|CX|L1|L2|L3|DEV|DEVS|AWS|GCP|ME|US|WE|ALL|NONE|ANY|YES|NO|ON|OFF|OK|AM|PM|UTC|GMT)$/;

/** Whether capitals standing where initials would are a role's, a team's or a placeholder's acronym (`SRE`, `NOC`, `TBD`). */
export const isRoleAcronym = (text: string): boolean => roleAcronym.test(text);

const match = (text: string, index: number, why: string): PatternMatch => ({ text, index, severity: 'error', guess: true, why });

/**
 * Whether the initial stands where a name may: at the line's start or after punctuation, a time, or
 * a word that a name follows ("and", "by", "with"). After another word the letter closes a label
 * ("Plan B. Nothing worked", "Appendix C. Restarted nodes").
 */
function nameMayStart(line: string, index: number): boolean {
  const before = line.slice(0, index).trimEnd();
  if (!before || /[.,;:(\[—–\-*>|"“]$|\d$/.test(before)) return true;
  return /(?:^|\s)(?:and|by|with|to|from|then|when|after|before|while|until|as|thanks|so|but|later|finally|first|also)$/i.test(before);
}

/** People one line of prose names by their initials; `previous` is the line above (a closing). */
export function findInitialNames(line: string, previous = ''): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (/\p{Lu}\./u.test(line)) {
    for (const m of allMatches(initialAndSurname, line)) if (nameMayStart(line, m.index!) && !isPublicTerm(m[1].slice(m[1].lastIndexOf('.') + 1).trim())) found.push(match(m[1], m.index!, 'an initial and a surname acting'));
    for (const m of allMatches(dottedInitials, line)) if (nameMayStart(line, m.index!) && !dottedPlace.test(m[1])) found.push(match(m[1], m.index!, 'initials acting'));
    const alone = initialAndSurnameAlone.exec(line);
    if (alone && closing.test(previous)) found.push(match(alone[1], line.indexOf(alone[1]), 'an initial and a surname under a closing'));
  }
  if (/\p{Lu}{2}\s\p{Lu}\p{Ll}/u.test(line)) {
    for (const m of allMatches(runTogetherInitialsAndSurname, line)) {
      if (nameMayStart(line, m.index!) && !isPublicTerm(m[2]) && !isPublicTerm(m[3]) && !isEnglishWord(m[3].toLowerCase()) && !isKnownWord(m[3])) found.push(match(m[1], m.index!, 'initials and a surname acting'));
    }
  }
  if (cuedInitialsInRole.cue.test(line)) {
    for (const m of allMatches(initialsInRole, line)) if (!roleAcronym.test(m[1]) && !isPublicTerm(m[1])) found.push(match(m[1], m.indices![1]![0], 'initials in an incident role'));
  }
  if (/\p{Lu}{2}\s+(?:and|&)\s+\p{Lu}{2}/u.test(line)) {
    for (const m of allMatches(initialsPair, line)) {
      found.push(match(m[1], m.index!, 'initials of people working together'));
      found.push(match(m[2], m.index! + m[0].lastIndexOf(m[2]), 'initials of people working together'));
    }
  }
  return found;
}
