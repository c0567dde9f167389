/**
 * A name in the forms people are addressed, labelled or pictured in that the other rules do not
 * read (since the twenty-fifth probe round, docs/redaction.md):
 *
 * - spoken to with thanks or praise at a sentence's start ("Tadhg, thanks for the quick fix!");
 * - a contraction of "is" before where or how only a person is ("Tadhg's on it", "… on call",
 *   "… out sick", "… looking into it"), and "is" or "was" before where only a person is
 *   ("Ardwen is on it", "… was on PTO"), then a clause's end or a word of time ("on the call
 *   path" is a system's);
 * - an incident role set against the name by a dash, an equals sign or an arrow ("IC — Tadhg",
 *   "Scribe = Caoimhe"), as "Tadhg — IC" already is;
 * - a Markdown definition list's term whose definition is a role ("Tadhg⏎: on-call engineer");
 * - a picture's alt text of someone at a desk, a console or a whiteboard ("![Tadhg at the console]");
 * - a given name and nothing else waited on ("we waited for Tadhg"; an unknown word is a system's
 *   as often, "waited for Zarnith"), and since the twenty-eighth probe round any name waited on to
 *   do what only people do, or for their answer ("waiting on Quenby to confirm", "waiting for
 *   Ardwen's approval"; a system is waited on to recover, restart or come back);
 * - asked or handed over to ("Ardwen, can you check …", "Over to you, Ardwen."), an HTML
 *   description list's term defined by a role, a timeline's actor in brackets after the time
 *   ("10:05 (Ardwen) rolled back"), who holds the pager, "the one who", back from time off, and a
 *   quotation's signature with its time ("— Ardwen, at 03:10"), and two names joined by a slash
 *   or a plus acting ("Ardwen/Quenby rolled back", read as "Ardwen and Quenby" are).
 *
 * A word is a name as person-clause-forms.ts reads one (`readsAsPersonName`): no dictionary,
 * lexicon or public term knows it, or it is a given name and nothing else. All are guesses.
 */
import { allMatches } from '../regexp.ts';
import { capitalCue, readsAsPersonName } from './person-clause-forms.ts';
import { isGivenNameOnly } from './given-names.ts';
import { actionVerbs } from './person-action-verbs.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';

const name = String.raw`\p{Lu}\p{Ll}{2,}(?:[ \u00a0]\p{Lu}\p{Ll}+)?`;
const wordEnd = String.raw`(?![\p{L}\p{N}_@'’-])`;
const role = String.raw`(?:IC|[Ii]ncident [Cc]ommander|[Oo]n-?[Cc]all(?: [Ee]ngineer| SRE)?|[Ss]cribe|[Cc]omms(?: [Ll]ead)?|[Tt]ech [Ll]ead|[Ii]ncident [Ll]ead|[Pp]rimary|[Ss]econdary|DRI|[Rr]esponder|[Ll]iaison)`;

const thanked = new RegExp(String.raw`^[ \t>*_-]*(${name})[*_]*,[ \u00a0]+(?:thanks|thank you|many thanks|cheers|kudos|nice work|nice catch|good catch|great catch|well done|great work|(?:can|could|would|will) you|please|pls)\b`, 'u');
const handedTo = new RegExp(String.raw`\b(?:[Oo]ver to you|[Gg]o ahead|[Yy]our call|[Aa]ll yours|[Gg]ood call|[Nn]ice one),[ \u00a0]+(${name})[ \u00a0]*[.!?]`, 'gu');
/** The end of a clause, or a word of time or a conjunction after it ("on the call path" is a system's). */
const clauseEnd = String.raw`(?=[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:until|till|for|tonight|today|now|this|next|all|with|again|from|since|while|and|as|so|but)(?![\p{L}'’-]))`;
/** Where or how only a person is: on it, on call, on leave, out sick, asleep. */
const personsState = String.raw`(?:on[ \u00a0]+(?:it|call|PTO|leave|holiday|vacation|the[ \u00a0]+(?:bridge|call|pager|rota))|out[ \u00a0]+sick|off[ \u00a0]+sick|asleep)`;
const contraction = new RegExp(String.raw`(?<![\p{L}\p{N}@#/._-])(${name})(?:['’]s[ \u00a0]+(?:${personsState}|looking[ \u00a0]+into[ \u00a0]+(?:it|this)|handling[ \u00a0]+(?:it|this)|(?:turn|shift|week)[ \u00a0]+(?:on[ \u00a0]+(?:the[ \u00a0]+)?(?:rota|pager|call)|as[ \u00a0]+(?:IC|primary|secondary|on-?call)))|[ \u00a0]+(?:is|was)[ \u00a0]+(?:now[ \u00a0]+|still[ \u00a0]+)?${personsState})${clauseEnd}`, 'gu');
const roleSetAgainst = new RegExp(String.raw`^[ \t>*_-]*(?:\*\*)?${role}(?:\*\*)?[ \u00a0]*(?:—|–|--?|=|→|->)[ \u00a0]*(?:\*\*)?(${name})(?:\*\*)?[ \u00a0]*[.;]?[ \t]*$`, 'u');
const definitionTerm = new RegExp(String.raw`^[ \t]*(${name})[ \t]*$`, 'u');
const roleDefinition = new RegExp(String.raw`^[ \t]*:[ \t]+(?:(?:the|our|an?)[ \t]+)?(?:(?:acting|primary|secondary|first|second)[ \t]+)?(?:${role}|engineer|SRE|DBA|developer|on-call|lead|owner|reviewer|approver)\b`, 'u');
const htmlDefinition = new RegExp(String.raw`<dt>[ \t]*(${name})[ \t]*<\/dt>[ \t]*<dd>[ \t]*(?:(?:the|our|an?)[ \t]+)?(?:(?:acting|primary|secondary)[ \t]+)?(?:${role}|engineer|SRE|DBA|on-call)\b`, 'gu');
const picturedAt = new RegExp(String.raw`!\[(${name})[ \u00a0]+(?:at|by|behind|in front of)[ \u00a0]+(?:the|a|an|his|her|their)[ \u00a0]+(?:console|desk|keyboard|laptop|whiteboard|terminal|screen|monitors?|rack)\b`, 'gu');
const waitedFor = new RegExp(String.raw`\b(?:waited|waiting|wait)[ \u00a0]+for[ \u00a0]+(${name})${wordEnd}`, 'gu');
/** Waited on to do what only people do, or for what only people give. */
const waitedOnAnswer = new RegExp(String.raw`\b(?:waited|waiting|wait)[ \u00a0]+(?:on|for)[ \u00a0]+(${name})(?:[ \u00a0]+to[ \u00a0]+(?:confirm|approve|reply|respond|review|answer|decide|sign[ \u00a0]+off|call[ \u00a0]+back|get[ \u00a0]+back|wake[ \u00a0]+up|weigh[ \u00a0]+in|chime[ \u00a0]+in|check[ \u00a0]+in|acknowledge|ack)|['’]s[ \u00a0]+(?:approval|reply|answer|review|go-ahead|sign-off|OK|okay|call|decision|confirmation|ack))${wordEnd}`, 'gu');
/** A timeline's actor in brackets after the time ("10:05 (Ardwen) rolled back the release"). */
const bracketedActor = new RegExp(String.raw`^[ \t>*_-]*(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:[ \u00a0]*(?:UTC|Z))?[ \u00a0]*[—–:-]?[ \u00a0]*\((${name})\)[ \u00a0]+\p{Ll}`, 'u');
/** Who holds the pager, and who the one who did something was. */
const pagerHolder = new RegExp(String.raw`(?<![\p{L}\p{N}@#/._-])(${name})[ \u00a0]+(?:has|had|holds|held|carries|carried)[ \u00a0]+the[ \u00a0]+pager\b|\bpager[ \u00a0]+(?:is|was|stays|stayed|went)[ \u00a0]+with[ \u00a0]+(${name})${wordEnd}`, 'gu');
const theOneWho = new RegExp(String.raw`(?<![\p{L}\p{N}@#/._-])(${name})[ \u00a0]+(?:was|is)[ \u00a0]+the[ \u00a0]+one[ \u00a0]+who\b`, 'gu');
const backOn = new RegExp(String.raw`(?<![\p{L}\p{N}@#/._-])(${name})[ \u00a0]+(?:will[ \u00a0]+be|is|['’]ll[ \u00a0]+be)[ \u00a0]+back[ \u00a0]+(?:on[ \u00a0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|tomorrow|from[ \u00a0]+(?:PTO|leave|holiday|vacation))\b`, 'gu');
/** Two names joined by a slash or a plus acting ("Ardwen/Quenby rolled back"), as "Ardwen and Quenby" are read. */
const joinedPair = new RegExp(String.raw`(?<![\p{L}\p{N}@#/._+-])(\p{Lu}\p{Ll}{2,})[/+](\p{Lu}\p{Ll}{2,})[ \u00a0]+(?:(?:also|then|together)[ \u00a0]+)?${actionVerbs}(?![\p{L}'’-])`, 'gu');
/** A quotation's signature with when it was said ("— Ardwen, at 03:10"). */
const signedAt = new RegExp(String.raw`^[ \t>]*(?:—|–|--)[ \u00a0]*(${name}),[ \u00a0]+(?:at|on)[ \u00a0]+\d`, 'u');

/**
 * The phrasings above and the cue a line must hold for each to run (test/unit/redaction-cue-implication.test.ts
 * checks that every line a pattern matches holds its cue and a capitalised word).
 */
const cued = (name: string, cue: RegExp, pattern: RegExp): CuedPattern => ({ name, cue, pattern });
export const cuedAddressPhrasings: readonly CuedPattern[] = [
  cued('spoken to with thanks or a request', /,/, thanked),
  cued('handed over to', /,/, handedTo),
  cued('a contraction, or "is" before where only a person is', /['’]s\s|\s(?:is|was)\s+(?:(?:now|still)\s+)?(?:on|out|off|asleep)/, contraction),
  cued('a role set against a name', /[—–=→-]/, roleSetAgainst),
  cued('an HTML definition list', /<dt>/, htmlDefinition),
  cued('pictured at work', /!\[/, picturedAt),
  cued('waited for', /\bwait/, waitedFor),
  cued('waited on for an answer', /\bwait/, waitedOnAnswer),
  cued('a bracketed actor after a time', /\d:\d\d/, bracketedActor),
  cued('who holds the pager', /pager/, pagerHolder),
  cued('the one who', /\sone\s/, theOneWho),
  cued('back on a day', /\sback\s/, backOn),
  cued('a signature with a time', /[—–]|--/, signedAt),
  cued('two names joined by a slash or a plus', /[/+]/, joinedPair),
];

/** People in these forms on one line of prose; `next` is the line after it (a definition list's definition). */
export function findPeopleInAddressForms(line: string, next = ''): PatternMatch[] {
  const found: PatternMatch[] = [];
  const add = (text: string, index: number, why: string, judge: (text: string) => boolean = readsAsPersonName) => {
    if (judge(text)) addUnlessSameStart(found, { text, index, severity: 'error', guess: true, why });
  };
  // The cue the implication test reads with each phrasing's own (a character reference may decode to a capital).
  if (!capitalCue.test(line)) return found;
  const first = (m: RegExpExecArray | RegExpMatchArray, why: string, judge?: (text: string) => boolean) => {
    const text = m[1] ?? m[2];
    add(text, m.index! + m[0].lastIndexOf(text), why, judge);
  };
  const [thanks, handed, contracted, roleSet, html, pictured, waited, waitedAnswer, bracketed, pager, oneWho, back, signed, joined] = cuedAddressPhrasings;
  const each = ({ cue, pattern }: CuedPattern, why: string, judge?: (text: string) => boolean) => {
    if (!cue.test(line)) return;
    if (pattern.global) for (const m of allMatches(pattern, line)) first(m, why, judge);
    else {
      const m = pattern.exec(line);
      if (m) first(m, why, judge);
    }
  };
  each(thanks, 'spoken to with thanks or a request');
  each(handed, 'handed over to');
  each(contracted, 'where only a person is');
  each(roleSet, 'named in an incident role');
  if (next.includes(':')) {
    const m = definitionTerm.exec(line);
    if (m && roleDefinition.test(next)) add(m[1], m[0].indexOf(m[1]), "a definition list's term defined by a role");
  }
  each(html, "a definition list's term defined by a role");
  each(pictured, 'pictured at work');
  each(waited, 'waited on', (text) => text.split(/[ \u00a0]/).every(isGivenNameOnly));
  each(waitedAnswer, 'waited on for an answer');
  each(bracketed, "a timeline's actor in brackets");
  each(pager, 'holding the pager');
  each(oneWho, 'the one who did something');
  each(back, 'back from time off');
  each(signed, "a quotation's signature");
  if (joined.cue.test(line)) {
    for (const m of allMatches(joinedPair, line)) {
      // Both must read as names: "Redis/Zarnith restarted" names a product.
      if (readsAsPersonName(m[1]) && readsAsPersonName(m[2])) {
        add(m[1], m.index!, 'one of two acting');
        add(m[2], m.index! + m[1].length + 1, 'one of two acting');
      }
    }
  }
  return found;
}
