/**
 * A single given name that is also a dictionary word, doing an engineer's work ("Faith restarted
 * the pods", "Hunter paged the DBA", "Will rolled back the deploy", "Rangi approved the rollback";
 * since probe round 32, docs/redaction.md, "Probe round 32"). The rules of a name alone read a
 * word no dictionary knows, so a given name the word-game dictionary also holds was published
 * however it acted. The word alone says nothing ("Faith in the runbook", "Page load times",
 * "Will this recur?"); what says a person is where it stands and what follows:
 *
 * - it opens a clause: a line (after a list's or quote's mark or a time), a sentence, or follows
 *   "At 03:12," or "then";
 * - right after it comes what only a person does to a system in an incident, in the past tense,
 *   and an object ("approved the …", "paged the …", "acknowledged the …", "rolled back the …").
 *   A process restarts and drains things too ("Watchdog restarted the service"), so the word must
 *   be a given name a lexicon knows: the everyday ones ("Faith", "Hunter", "Page", "Will"), other
 *   languages' and Gaelic ones, and Pacific ones below; a public term or brand is never read.
 *
 * A modal opening a question ("Will this …") has no past tense after it; "Page load" has none.
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isEverydayGivenName } from './people.ts';
import { isOtherLanguageGivenName } from './other-language-given-names.ts';
import { isGaelicGivenName } from './gaelic-given-names.ts';
import { isPublicTerm } from './public-terms.ts';
import { brandNames } from './brand-names.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';

/**
 * Common Māori, Samoan, Tongan and Hawaiian given names, written from general knowledge: only
 * those the word-game dictionary also holds matter here (the others are read as unknown words).
 */
const pacificGivenNames = new Set(`rangi aroha hemi mere hine tama tane manaia nikau kahu kiri ngaire huia tui moana
  mana wai ari kauri rata rewi tipene hone pita tamati keri tia sina malia lupe mele losa sione vai leilani kai kalani
  keala makana noelani kekoa kanoa`.split(/\s+/).filter(Boolean));

/**
 * English given names that are words and that the everyday list lacks (since probe round 34):
 * virtue names, names of flowers, stones and seasons, and names from places ("Dawn", "Patience",
 * "Mercy", "Heather", "Dale"), as English-speaking and West African writers give them. Written
 * from general knowledge; a word that names weather or a thing more often than a person
 * ("Storm", "Rain", "Forest", "Peace") is left out.
 */
const englishWordGivenNames = new Set(`dawn patience mercy prudence charity constance honor honour verity grace amber pearl
  iris heather holly violet daisy lily olive hazel jade crystal autumn skye robin jasmine clay dale glen heath cliff rowan
  sage blair precious blessing comfort favour favor felicity harmony serenity trinity destiny melody willow liberty earl
  goodluck godswill loveth happiness temperance modesty marigold poppy primrose rosemary ginger`.split(/\s+/).filter(Boolean));

/** A given name a lexicon knows that is also a dictionary word. */
export function isWordGivenName(word: string): boolean {
  if (isEverydayGivenName(word)) return true;
  const lower = word.toLowerCase();
  if (englishWordGivenNames.has(lower)) return true;
  return isEnglishWord(lower) && (pacificGivenNames.has(lower) || isOtherLanguageGivenName(word) || isGaelicGivenName(word));
}

/** What opens a clause before the name: a line's start (with marks or a time), a sentence's end, "At 03:12," or "then". */
const clauseOpening = String.raw`(?:^[\s>]*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:UTC|Z))?\s*[-–—:]?\s+)?|[.!?;]\s+|\b(?:[Aa]t|[Bb]y|[Aa]round|[Uu]ntil)\s+\d{1,2}:\d{2}(?:\s*(?:UTC|Z))?,?\s+|\b[Tt]hen\s+|(?<=[\p{Ll},]\s)(?:and|but|so|after|before|when|once|until|while|since|because)\s+|(?<=^[\s>]*(?:[-*+]\s+)?|[.!?;]\s+)(?:After|Before|When|Once|While|Later|Luckily|Meanwhile|In\s+between)\s+)`;
/**
 * What an operator does to a machine in an infrastructure team's reports (since probe round 40:
 * "Christian removed the old snapshots", "In between Christian launched a scrub", "Christian is
 * migrating the VM"), in the past tense or as work under way, with an object after it. A process
 * removes and creates things too, so, as for the acts above, the word must be a given name a
 * lexicon knows.
 */
const operatorAct = String.raw`(?:(?:is|was)\s+(?:migrating|asking|moving|installing|reinstalling|upgrading|replacing|removing|fixing|setting\s+up|rebuilding|testing)|removed|launched|installed|reinstalled|upgraded|replaced|noticed|identified|migrated|moved|created|added|fixed|disabled|enabled|rebuilt|set\s+up|wiped|formatted|mounted|unmounted|scrubbed)`;
/** What only a person does to a system in an incident, and the start of its object. */
const personAct = String.raw`(?:(?:had|has|have)\s+)?(?:(?:also|then|quickly|manually|immediately|later|finally)\s+)?(?:(?:approved|paged|pinged|acknowledged|acked|rolled\s+back|reverted|restarted|rebooted|merged|deployed|drained|escalated|promoted|failed\s+over|${operatorAct})\s+(?:the|a|an|our|their|both|all|every|it|them|this|that|these|those|back|some|two|three|one)\b|(?:paged|pinged)\s+\p{Lu}\p{Ll}|rolled\s+(?:it|them|this|that)\s+back\b)`;
const actingWord = new RegExp(String.raw`${clauseOpening}(\p{Lu}\p{Ll}+)\s+${personAct}`, 'gud');

/** Two such names joined by "and" before a person's act or what only people do together ("Hunter and Faith paired on the fix"). */
const actingPair = new RegExp(String.raw`${clauseOpening}(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+(\p{Lu}\p{Ll}+)\s+(?:${personAct}|(?:paired|teamed\s+up|took\s+turns|swapped\s+shifts)\b)`, 'gud');

/**
 * Since probe round 34: such a name paged or woken (a passive only a person takes: "Joy was paged
 * at 02:10"), and one that is the object of paging or of a hand-over ("Will paged Dawn", "we
 * handed the pager to Patience"). A team or a tool paged is no given name ("paged Support").
 */
const pagedWord = new RegExp(String.raw`${clauseOpening}(\p{Lu}\p{Ll}+)\s+(?:was|got|had\s+been|has\s+been)\s+(?:paged|pinged|woken(?:\s+up)?|called\s+in)\b`, 'gud');
const handedToWord = /\b(?:paged|pinged|woke(?:\s+up)?|called\s+in|escalated\s+to|handed\s+(?:it\s+)?(?:over\s+|off\s+)?to|(?:handed|passed|gave)\s+(?:the\s+)?(?:pager|incident|shift|on-?call|command|IC\s+role|baton)(?:\s+(?:over|back))?\s+to)\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]|\s+\p{Lu})/gdu;

/**
 * Since probe round 36: such a name as the subject of a relative clause after what it acted on
 * ("the pods Faith restarted at 02:10", "the hotfix that Hope deployed", "the stress testing
 * Grace did the day before", a shape of a real report: "the stress testing <name> did"). The thing
 * is named by an article and one to three words in lower case; a process does not "do" testing.
 */
const relativeVerb = String.raw`(?:restarted|rebooted|deployed|merged|rolled\s+(?:back|out)|reverted|ran|did|wrote|started|applied|pushed|opened|filed|approved|drained|promoted|shipped|raised|added|changed|set\s+up|kicked\s+off)`;
const relativeClauseWord = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hose|[Tt]hese|[Oo]ur)\s+(?:[\p{Ll}-]+\s+){1,3}(?:(?:that|which)\s+)?(\p{Lu}\p{Ll}+)\s+(?:had\s+)?${relativeVerb}(?![\p{L}-])`, 'gud');
export const cuedWordGivenNameRelative: CuedPattern = { name: 'a given name that is a word, in a relative clause', cue: /(?:ted|ged|ed|ran|did|wrote|out|back|off|up)\b/, pattern: relativeClauseWord };

export const cuedWordGivenNamePaged: CuedPattern = { name: 'a given name that is a word, paged', cue: /(?:was|got|been)\s+(?:paged|pinged|woken|called)/, pattern: pagedWord };
export const cuedWordGivenNameHandedTo: CuedPattern = { name: 'a given name that is a word, paged or handed the incident', cue: /(?:paged|pinged|woke|called|escalated|handed|passed|gave)\s/, pattern: handedToWord };

export const cuedWordGivenNamePair: CuedPattern = { name: 'two given names that are words, acting together', cue: /(?:and|&)\s/, pattern: actingPair };

export const cuedWordGivenNameActing: CuedPattern = {
  name: 'a given name that is a word, acting',
  cue: /(?:approved|paged|pinged|acknowledged|acked|rolled|reverted|restarted|rebooted|merged|deployed|drained|escalated|promoted|failed\s+over|ing|ed|set\s+up|rebuilt)\s/,
  pattern: actingWord,
};

/** Given names that are dictionary words, opening a clause and doing a person's work, on one line of prose. */
export function findWordGivenNamesActing(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (cuedWordGivenNameActing.cue.test(line)) for (const m of allMatches(actingWord, line)) {
    const word = m[1];
    if (!isWordGivenName(word) || isPublicTerm(word) || brandNames.has(word.toLowerCase())) continue;
    found.push({ text: word, index: m.indices![1]![0], severity: 'error', guess: true, why: 'a given name that is a word, acting' });
  }
  const add = (pattern: CuedPattern, why: string) => {
    if (!pattern.cue.test(line)) return;
    for (const m of allMatches(pattern.pattern, line)) {
      const word = m[1];
      if (!isWordGivenName(word) || isPublicTerm(word) || brandNames.has(word.toLowerCase()) || found.some((f) => f.index === m.indices![1]![0])) continue;
      found.push({ text: word, index: m.indices![1]![0], severity: 'error', guess: true, why });
    }
  };
  add(cuedWordGivenNamePaged, 'a given name that is a word, paged');
  add(cuedWordGivenNameHandedTo, 'a given name that is a word, paged or handed the incident');
  add(cuedWordGivenNameRelative, 'a given name that is a word, in a relative clause');
  if (!cuedWordGivenNamePair.cue.test(line)) return found;
  for (const m of allMatches(actingPair, line)) {
    const names = [1, 2].map((group) => ({ text: m[group], index: m.indices![group]![0] }));
    if (!names.every(({ text }) => isWordGivenName(text) && !isPublicTerm(text) && !brandNames.has(text.toLowerCase()))) continue;
    for (const { text, index } of names) addUnlessSameStart(found, { text, index, severity: 'error', guess: true, why: 'given names that are words, acting together' });
  }
  return found;
}
