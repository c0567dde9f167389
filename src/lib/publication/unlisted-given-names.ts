/**
 * A full name whose given name no list knows and whose surname is a dictionary word ("Caoimhe
 * Brenne restarted the pool", "Eskil Berg rolled back the deploy"; since the twenty-first probe
 * round, docs/redaction.md). The rules of unknown full names read such a surname as a word and
 * the rules of everyday-word names (everyday-word-names.ts) read only a given name some list
 * knows, so the whole name was published. What says a person here is the place: two capitalised
 * words right before what a person does to something in an incident ("restarted the pool",
 * "paged the DBA", "escalated to the vendor"), the verb followed by what it is done to, or what
 * only a person is or does ("was paged", "joined the bridge"; people-only-events.ts). Since the
 * twenty-second probe round also any past tense of a person's, with or without an object ("stayed
 * on the bridge", "waited"), and the places where a name stands alone whatever is said of it: a
 * table cell, a link's text, a tooltip, a label of people ("Escalated to:"), brackets closing a
 * list item, an apposition ("…, on call that night"); see `standsAlone`.
 *
 * Not when the first word is a word of any list (a dictionary, the lexicon, a public term) or the
 * second names a system or a team ("Zarnith Proxy restarted the worker", "Acme Support confirmed
 * the fix"), nor in a title's run of capitalised words. A product acting so with no sign it is
 * public is found, as a public post fails closed: it is an error to allow or a `publicNames` entry.
 */
import { isPublicTerm } from './public-terms.ts';
import { isEnglishWord, isKnownWord } from './people.ts';
import { capitalisedPair, cuedCapitalisedPair, inTitleRun, isPluralWord } from './everyday-word-names.ts';
import { onlyAPersonDoes } from './people-only-events.ts';
import { actionVerbs } from './person-action-verbs.ts';
import { isSystemOrTeamWord } from './system-nouns.ts';
import type { PatternMatch } from './person-patterns.ts';

/** What a person does to something in an incident, then what it is done to. */
const personAction = /^[ \u00a0]+(?:(?:also|then|quickly|manually|immediately|later|finally|first)\s+)?(?:restarted|rolled|paged|deployed|escalated|noticed|confirmed|acknowledged|acked|reverted|declared|failed over)[ \u00a0]+(?:the|a|an|our|their|its|his|her|it|us|them|me|back|to|that|this|every|all|both|\p{Lu})(?![\p{Ll}])/u;
/**
 * Any past tense a person's (person-action-verbs.ts), with or without an object ("Caoimhe Brenne
 * stayed on the bridge", "… waited", "… failed over the primary"; since the twenty-second probe
 * round): the pair's second word already says it is no system (`isSystemOrTeamWord`), so the verb need
 * not say more than that someone acted. Not a passive ("… deployed by"), which a thing takes.
 */
const personPastTense = new RegExp(String.raw`^[ \u00a0]+(?:(?:also|then|quickly|manually|immediately|later|finally|first|again)\s+)?${actionVerbs}\b(?![ \u00a0]+by\b)`, 'u');

/**
 * A label of the people an incident reached or who held a role, and the names listed after it
 * before this one ("Escalated to: Caoimhe Brenne", "Interviewed: Caoimhe Brenne, Tadhg Marsh").
 */
const peopleLabelBefore = /(?:^|[|>(]|\*\*|[-*+]\s)[ \t]*(?:\*\*)?(?:[Ee]scalated to|[Hh]anded (?:over )?to|(?:[Rr]e)?[Aa]ssigned to|[Pp]aged|[Ii]nterviewed|[Cc]ontacted|[Nn]otified|[Ww]oken|[Cc]alled|[Pp]resent|[Pp]articipants?|[Aa]ttendees?|[Rr]esponders?|[Rr]eviewers?|[Aa]pprovers?|[Oo]n[- ]call|IC|[Ii]ncident [Cc]ommander|[Cc]omms(?: [Ll]ead)?|[Ss]cribe|[Oo]wners?|[Ww]ho|[Dd]river|[Hh]ands on keyboard|[Ss]hadow|[Bb]ackup|[Pp]rimary|[Ss]econdary)[ \t]*(?:\*\*)?:(?:\*\*)?[ \t]*(?:[^,:;|]{2,40}?(?:,|[ \t]+and|[ \t]+&)[ \t]*){0,6}$/;

/**
 * Where two capitalised words alone are someone's name whatever the header or term above them
 * says (since the twenty-second probe round): the whole of a table cell ("| Caoimhe Brenne |"
 * under "Hands on keyboard", "Comms"), of an HTML cell, term, item or description, of a tooltip
 * (`title="Tadhg Marsh"`, `aria-label`, `alt`), in brackets closing a list item ("- [x] Verify the
 * restore (Oisín Funnel)"), a link's text (`[Caoimhe Brenne][cb]`), after a label of people
 * ({@link peopleLabelBefore}), and before a role set off by a comma ("Caoimhe Brenne, on call that
 * night", "…, who stayed on"). A system's or team's second word is left out before this is asked.
 */
function standsAlone(text: string, line: string, before: string, after: string): boolean {
  if (/\|[ \t]*$/.test(before) && /^[ \t]*\|/.test(after)) return true;
  if (/\[[ \t]*$/.test(before) && /^[ \t]*\][(\[]/.test(after)) return !linkToItsOwnSite(text, after);
  if (peopleLabelBefore.test(before) && /^[ \t]*(?:$|[,;.)]|\*\*|and\b|&)/.test(after)) return true;
  // A line of emoji and names, as reactions and kudos are pasted (":tada: Caoimhe Brenne"), and
  // an abbreviation's expansion ("*[CB]: Caoimhe Brenne"), which the page shows as written.
  if (/^\s*(?:[-*+>]\s+)?(?::[\w+-]+:[ \t]*)+$|^\s*\*\[[^\]\n]+\]:[ \t]*$/.test(before) && /^[ \t]*(?:$|[,!.]|and\b|&)/.test(after)) return true;
  if (/<(?:td|th|dd|dt|li)\b[^<>]*>[ \t]*$/i.test(before) && /^[ \t]*<\//.test(after)) return true;
  if (/\b(?:title|aria-label|alt|label)=["'“][ \t]*$/.test(before) && /^[ \t]*["'”]/.test(after)) return true;
  if (/^\s*(?:[-*+]|\d+[.)])\s/.test(line) && /\([ \t]*$/.test(before) && /^[ \t]*\)[ \t.]*$/.test(after)) return true;
  return /^,[ \t]+(?:who\b|whom\b|on[- ]call\b|then on[- ]call\b|(?:our|the|their)[ \t]+(?:on-?call|IC|incident commander|incident lead|comms lead|DBA|SRE|engineer|lead|manager|responder|scribe)\b)/.test(after);
}

/**
 * A link's text that names the page it leads to: a chat's, a forum's or a product's site and its
 * "Link", "Thread" or "Page" (`[Gitter Link](https://gitter.im/…)`, mybinder's reports), or a
 * first word the target's address holds.
 */
function linkToItsOwnSite(text: string, after: string): boolean {
  const [first, last] = text.split(/[ \u00a0]/);
  if (/^(?:link|links|page|thread|post|issue|docs|doc|guide|blog|report|notes|message|chat|channel|room|forum|announcement|update|status|archive|log|logs)$/i.test(last)) return true;
  const target = /^[ \t]*\]\(([^)\s]*)/.exec(after)?.[1] ?? '';
  return target.toLowerCase().includes(first.toLowerCase());
}

/** Whether two capitalised words read as a given name no list knows and a surname that is a word, not a system's or team's name. */
export function isUnlistedGivenNamePair(first: string, last: string): boolean {
  if (first.length < 3 || isEnglishWord(first) || isKnownWord(first) || isPublicTerm(first) || isPublicTerm(`${first} ${last}`)) return false;
  return isEnglishWord(last) && !isPluralWord(last) && !isPublicTerm(last) && !isSystemOrTeamWord(last);
}

/**
 * Every two capitalised words in a row, each word the first of a pair and the second of the one
 * before: a sentence's opening word takes the given name into its own pair otherwise ("Later
 * Caoimhe Brenne restarted the pool", "Then Tadhg Marsh paged …"; since the twenty-second round).
 */
function overlappingPairs(line: string): RegExpExecArray[] {
  const pairs: RegExpExecArray[] = [];
  for (let from = 0, m; (capitalisedPair.lastIndex = from), (m = capitalisedPair.exec(line)); from = m.index + m[1].length + 1) pairs.push(m);
  capitalisedPair.lastIndex = 0;
  return pairs;
}

/** Names of an unlisted given name and a dictionary-word surname acting on one line of prose. */
export function findUnlistedGivenNames(line: string): PatternMatch[] {
  if (!cuedCapitalisedPair.cue.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of overlappingPairs(line)) {
    const [text, first, last] = m;
    const index = m.index!;
    if (!isUnlistedGivenNamePair(first, last)) continue;
    const before = line.slice(0, index);
    const after = line.slice(index + text.length);
    if (inTitleRun(before, after)) continue;
    const afterWords = after.replace(/^(?:\*\*|__|\*|_)/, '');
    if (personAction.test(afterWords) || personPastTense.test(afterWords) || onlyAPersonDoes(afterWords.trimStart())) {
      found.push({ text, index, severity: 'error', guess: true, why: 'an unlisted given name and a surname that is a word, acting as a person' });
    } else if (standsAlone(text, line, before, after)) {
      found.push({ text, index, severity: 'error', guess: true, why: 'an unlisted given name and a surname that is a word, alone where a name stands' });
    }
  }
  return found;
}

/**
 * Whether the post writes a word in lower case after an article or a determiner ("the testnet",
 * "a testnet", "our testnet"): a common noun the dictionary lacks, not a given name, which is never
 * written so. Such a word capitalised before a dictionary word in a table's cell ("| Testnet
 * Availability |", cheqd's impact table; session 30) is a heading of the row, not a full name.
 */
export function writtenAsCommonNoun(word: string, post: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}+$/u.test(lower)) return false;
  return new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very)[ \t]+${lower}(?![\p{L}\p{N}])`, 'u').test(post);
}

