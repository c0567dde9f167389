/**
 * A name no list knows, in the clauses the rules of names acting do not read (since the
 * twenty-third probe round, docs/redaction.md). Those rules read a capitalised word or pair
 * before a past tense ("Caoimhe Brenne stayed on the bridge", person-action-verbs.ts); an author
 * writes the same fact in other forms, and so does an attacker who has read them:
 *
 * - other tenses: "Caoimhe Brenne stays on the bridge", "Eskil Marsh will rotate the keys",
 *   "Tadhg is draining the node", "Saoirse Crane has rolled back the release", "… is going to
 *   own the follow-up" (the verb is one whose past tense is a person's, so the list stays one);
 * - a copula: "The incident commander was Eskil Marsh", "The responders were A, B and C", "The
 *   bridge was Caoimhe Brenne and me", "It was Tadhg who spotted the lag";
 * - the passive with what only people do to alerts, changes and pages ("silenced by Tadhg Marsh");
 * - a possessive of what only a person has ("Brenne's laptop", "… inbox", "… SSH key");
 * - a role around the name: in brackets after it ("The IC ("Caoimhe")", "The secondary
 *   (Saoirse Crane)"), before it ("SRE lead Eskil declared", "Our DBA, Tadhg Marsh, failed
 *   over"), a name in quotes as the subject ("“Eskil Marsh” was on call");
 * - a series of three or more acting ("Caoimhe, Saoirse and Tadhg joined the bridge");
 * - a tooltip holding one name-shaped word (`title="Tadhg"`, references decoded), and a
 *   heading's pair acting, which the title-run check read as a title's words ("## What Caoimhe
 *   Brenne saw");
 * - who a page went to ("The page went to Tadhg"), a chat line's "Tadhg here:";
 * - handles of chat and forum tools: Mattermost's `~kvold`, Reddit's `u/kvold_ops`.
 *
 * A word is a name here when no dictionary, lexicon or public term knows it, or when it is a
 * given name and nothing else; a pair when its first word is so and its second names no system or
 * team (`isSystemOrTeamWord`). All are guesses (`redact/possible-person`): a code name so written
 * is an internal name as much, and a product so written is an error to allow or list.
 */
import { allMatches } from '../regexp.ts';
import { decodeEntities } from '../html-entities.ts';
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isGivenNameOnly } from './given-names.ts';
import { isPluralWord } from './everyday-word-names.ts';
import { isSystemOrTeamWord } from './system-nouns.ts';
import { actionVerbs } from './person-action-verbs.ts';
import { onlyAPersonDoes } from './people-only-events.ts';
import { findUnlistedGivenNames, isUnlistedGivenNamePair } from './unlisted-given-names.ts';
import { nickLike, personalAccount, type PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';

/** One capitalised word, or two (a given name and a surname, perhaps double-barrelled). */
const name = String.raw`\p{Lu}\p{Ll}{2,}(?:[ \u00a0]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?`;
const notInWord = String.raw`(?<![\p{L}\p{N}@#/\\_.'’~-])`;
const wordEnd = String.raw`(?![\p{L}\p{N}_@'’-])`;
/** Words the sentence opens with or that name no one, taken into a pair by the name pattern. */
const notPeople = new Set(['He', 'She', 'They', 'We', 'It', 'Someone', 'Everyone', 'Nobody', 'Customers', 'Users', 'Engineers', 'Support', 'Management', 'The', 'This', 'That', 'Then', 'When', 'What', 'Who']);

const unknownWord = (word: string) => word.length >= 3 && !isEnglishWord(word) && !isKnownWord(word) && !isPublicTerm(word) && !isOrdinaryWord(word);
const givenOrUnknown = (word: string) => !notPeople.has(word) && (isGivenNameOnly(word) || unknownWord(word));

/** A tool named for what it does ("Versionista Scraper", "Ledger Exporter"): an English verb and "-er" or "-or". */
const toolAgentNoun = (word: string) => /(?:er|or)$/.test(word) && isEnglishWord(word) && [word.slice(0, -2), word.slice(0, -1)].some((verb) => verb.length >= 4 && isEnglishWord(verb) && !isKnownFirstName(word));

/** Whether one or two capitalised words read as someone's name (see the file's comment). */
export function readsAsPersonName(text: string): boolean {
  const parts = text.split(/[ \u00a0]+/);
  if (parts.length === 1) return givenOrUnknown(parts[0]);
  const [first, last] = parts;
  if (isPublicTerm(text) || isPublicTerm(last) || isSystemOrTeamWord(last) || isPluralWord(last) || toolAgentNoun(last)) return false;
  return isUnlistedGivenNamePair(first, last) || (givenOrUnknown(first) && !isOrdinaryWord(last)) || (givenOrUnknown(first) && givenOrUnknown(last));
}

const pastTense = new RegExp(String.raw`^${actionVerbs}$`, 'u');
/** Verbs whose other forms say what software does as often as people ("Zarnith is writing the file", "… will send the batch"). */
const systemHabit = /^(?:need|listen|contain|include|support|expose|log|emit|proxy|route|forward|scrape|cache|poll|sync|replicate|retr(?:y|ie)|fetch|quer(?:y|ie)|connect|point|expect|talk|call|load|read|write|send|store|export|import|depend|run|serve|host|handle|process|return|respond|wait|fail|crash|restart|reboot|start|stop|hang|lag|spike|grow|shrink|scale|throttle|queue|buffer|retain|rotate|compress|index|compact|flush|evict|expire|renew|resolve|mirror|match|generate|build|check|monitor|alert|notify|page|trigger|show|display|print|report|track|record|keep|hold|reject|drop|block|accept|allow|deny|time|work|behave|look|seem|appear|use|own|manage|operate|provide|offer|pull|push|receive|get|take|make|tr(?:y|ie)|open|close|lock|unlock|watch|wrap|sign|verify|validate|create|delete|update|upgrade|install|download|upload|deploy|publish|release)$/;
/** Irregular forms of what people do in incidents, by the form's name. */
const irregularBase = /^(?:run|take|see|find|make|go|get|write|put|set|leave|tell|send|spend|build|bring|keep|lead|hold|know|do|give|undo|rerun|rebuild|own|babysit|sit|stand|speak|dig|drive|fly|override|rewrite|wake|step|jump|hop|roll)$/;
const irregularParticiple = /^(?:run|taken|seen|found|made|gone|got|gotten|written|put|set|left|told|sent|spent|built|brought|kept|led|held|known|done|given|undone|rerun|rebuilt|babysat|stood|spoken|dug|driven|flown|overridden|rewritten|woken|been on call)$/;

/** Whether `base` is the plain form of a verb whose past tense is a person's (person-action-verbs.ts). */
function personBase(base: string, single: boolean): boolean {
  if (single && systemHabit.test(base)) return false;
  if (irregularBase.test(base)) return true;
  // A past made up from a verb that has another ("come" → "comed") is no word: the dictionary says which is one.
  const pasts = [`${base}ed`, `${base}d`, base.replace(/y$/, 'ied'), `${base}${base.at(-1)}ed`];
  return pasts.some((past) => pastTense.test(past) && isEnglishWord(past));
}
/** The plain form behind a present participle ("draining", "rolling", "triaging", "babysitting"). */
const ingBases = (word: string) => {
  const stem = word.slice(0, -3);
  return [stem, `${stem}e`, stem.replace(/(\p{Ll})\1$/u, '$1')];
};
/** The plain form behind a third person's present ("stays", "watches", "triages", "tries"). */
const presentBases = (word: string) => [word.slice(0, -1), word.replace(/es$/, ''), word.replace(/ies$/, 'y')];

const adverb = String.raw`(?:(?:also|then|now|still|just|already|usually|always|often|later|first|again|not|never|quickly|manually|personally)\s+)?`;
/**
 * An auxiliary and the verb after it. Of the modals only those of what someone will do: "can",
 * "should", "must" say what software is able or meant to do ("Qubes can still isolate these VMs").
 */
const auxiliary = new RegExp(String.raw`^[ \u00a0]+${adverb}(will|would|shall|['’]ll|(?:is|was|are|were) (?:going|about) to|has|had|have|is|was|are|were)\s+${adverb}(\p{Ll}+)(?![\p{L}'’-])(?:\s+(\p{Ll}+))?`, 'u');
/** A third person's present and what follows it: a preposition, an article or a pronoun ("stays on", "restarts the pool"), not a plural noun ending a phrase ("Indico Agenda pages"). */
const presentSimple = new RegExp(String.raw`^[ \u00a0]+${adverb}(\p{Ll}{3,}s)[ \u00a0]+(?:the|a|an|our|their|his|her|its|it|them|us|every|each|all|both|this|that|these|those|on|onto|in|into|over|back|up|out|off|down|through|with|until|till|for|to|from|at|by|around|after|before)\b`, 'u');
/** Verbs that say nothing by themselves ("Wynton will be kept down"). */
const emptyVerb = /^(?:be|been|being|have|has|had|get|got|do|does)$/;
/** What a verb is done to: a single word needs one, as "Zarnith is restarting." is a system's. */
const object = /^(?:the|a|an|our|their|his|her|it|them|us|both|all|every|each|back|over|in|up|out|this|that|these|those)$/;

/** Whether the words after a name say it acts as a person in a tense other than the past. */
function actsInOtherTense(after: string, single: boolean): boolean {
  const aux = auxiliary.exec(after);
  if (aux) {
    const [, kind, verb, next = ''] = aux;
    // A single word with a plural's verb is a group or a product's parts ("Validators were helping").
    // And "has resolved the issue" is how a vendor's status update speaks ("Esri has resolved the
    // issue"): for a single word only what is under way or to come.
    if (emptyVerb.test(verb) || (single && (!object.test(next) || /^(?:are|were|have|has|had)\b/.test(kind)))) return false;
    if (/^(?:has|had|have)$/.test(kind)) return (pastTense.test(verb) || irregularParticiple.test(verb)) && !(single && systemHabit.test(verb.replace(/e?d$/, '')));
    if (/^(?:is|was|are|were)$/.test(kind)) {
      const bases = ingBases(verb);
      return verb.endsWith('ing') && !(single && bases.some((base) => systemHabit.test(base))) && bases.some((base) => personBase(base, single));
    }
    return personBase(verb, single);
  }
  if (single) return false;
  const present = presentSimple.exec(after);
  if (present) return presentBases(present[1]).some((base) => personBase(base, false));
  // A pair's present before a bare noun ("Caoimhe Brenne shares blockchain tests"; since the
  // twenty-fourth probe round): only a verb software seldom has, as "Indico Agenda pages load" and
  // "Zarnith Agent logs errors" read as a plural noun's phrase too.
  const beforeNoun = presentBeforeNoun.exec(after);
  return !!beforeNoun && presentBases(beforeNoun[1]).some((base) => isEnglishWord(base) && personBase(base, true));
}

/** A third person's present right before a lower-case word: a noun its object ("shares blockchain tests"). */
const presentBeforeNoun = new RegExp(String.raw`^[ \u00a0]+${adverb}(\p{Ll}{3,}s)[ \u00a0]+\p{Ll}{3,}(?![\p{L}'’-])`, 'u');

/**
 * A single word in the present, the perfect or after a modal, with an object ("Tadhg restarts the
 * pool", "Tadhg has rolled back the release", "Tadhg can take the page", "Oisín should rotate the
 * keys"; since the twenty-fourth probe round): the same verbs as its past tense, which the rule of an
 * unknown word acting reads ("Tadhg restarted the pool", person-patterns.ts), so the two agree.
 * The caller judges the word as it judges that rule's ("Grafana shows the error" is a public
 * term's, "Redis has restarted." has no object).
 */
const singleOtherTense = new RegExp(String.raw`${notInWord}(\p{Lu}\p{Ll}{2,})${wordEnd}[ \u00a0]+${adverb}(?:(has|had|can|could|should|must|may|might|will|would|shall)[ \u00a0]+${adverb}(\p{Ll}{3,}(?: back)?)|(\p{Ll}{3,}s))[ \u00a0]+(?:the|a|an|our|their|his|her|its|it|them|us|every|each|all|both|this|that|these|those|back|over|up|out|off|down)(?![\p{L}'’-])`, 'gu');
/**
 * A given name and nothing else in the same tenses with no object, or before a preposition or an
 * adverb of time ("Tadhg has restarted.", "Oisín stays until six", "Caoimhe will check."; since
 * the twenty-fifth probe round): a system's word is written so as often ("Redis has restarted.",
 * "Zarnith runs on every node"), a word the lexicons know only as a given name
 * (`isGivenNameOnly`, gaelic-given-names.ts) is not.
 */
const singleNoObject = new RegExp(String.raw`${notInWord}(\p{Lu}\p{Ll}{2,})${wordEnd}[ \u00a0]+${adverb}(?:(has|had|can|could|should|must|may|might|will|would|shall)[ \u00a0]+${adverb}(\p{Ll}{3,})|(\p{Ll}{3,}s))(?=[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:on|in|at|to|into|onto|with|from|for|after|before|until|till|around|through|again|now|today|tonight|overnight|first|later|too)(?![\p{L}'’-]))`, 'gu');
const titleRunBefore = /[^\s.!?:>*#-][ \u00a0]+\p{Lu}[\p{L}\p{N}]*[ \u00a0]+$/u;
/** The single word's cue: an auxiliary, or a word that may be a third person's present, before a space or a clause's end. */
const singleCue = /\s(?:has|had|can|could|should|must|may|might|will|would|shall)\s|\p{Ll}{2}s(?:\s|[.,;:!?)]|$)/u;

/** Single capitalised words acting in the present, the perfect or after a modal (see `singleOtherTense`). */
export function findSingleWordsInOtherTenses(line: string): { text: string; index: number }[] {
  if (!singleCue.test(line) || !/\p{Lu}\p{Ll}/u.test(line)) return [];
  const found: { text: string; index: number }[] = [];
  const read = (pattern: RegExp, word: (text: string) => boolean) => {
    for (const m of allMatches(pattern, line)) {
      const [, text, aux, verb, present] = m;
      // A plural ("Manage Plugins shows those plugins") or the last of a title's run of capitalised
      // words mid-sentence is a thing's name; a capitalised opener before a name is no run ("Then Tadhg …").
      // And no verb that says nothing ("Zarnith will be the default": "be" would make "bed").
      if (notPeople.has(text) || !word(text) || isPluralWord(text) || emptyVerb.test(present ?? verb) || titleRunBefore.test(line.slice(0, m.index!))) continue;
      const acts = present
        ? presentBases(present).some((base) => personBase(base, false))
        : /^ha[sd]$/.test(aux) ? pastTense.test(verb) || irregularParticiple.test(verb.replace(/ back$/, '')) : personBase(verb.replace(/ back$/, ''), false);
      if (acts && !found.some((f) => f.index === m.index)) found.push({ text, index: m.index! });
    }
  };
  read(singleOtherTense, () => true);
  read(singleNoObject, isGivenNameOnly);
  return found;
}

/** A role an incident gives a person, as the subject of a copula or around a name. */
const roleNoun = String.raw`(?:incident commander|IC|on-?call(?: engineer| responder| SRE| DBA)?|engineer on call|person on call|scribe|comms lead|communications lead|tech lead|incident lead|DRI|point of contact|pager holder|shadow|primary|secondary|backup|responders?|reviewers?|approvers?|bridge|people on the bridge|DBA|SRE|owner)`;
const copulaAfterRole = new RegExp(String.raw`(?:^|[.!?:]\s+|\b[Tt]he\s+|\b[Oo]ur\s+|\b[Tt]heir\s+)(?:(?:first|second|acting|primary|secondary)\s+)?${roleNoun}\s+(?:was|were|is|are|will be|has been|had been)\s+(?=["“‘']?\p{Lu})`, 'gu');
const seriesMember = new RegExp(String.raw`^[ \u00a0]*(?:(?:,|,?[ \u00a0]*(?:and|&))[ \u00a0]*)?["“‘']?(${name}|me|myself|I)(?=["”’']|${wordEnd})`, 'u');
const capitalisedWord = new RegExp(String.raw`${notInWord}\p{Lu}\p{Ll}{2,}${wordEnd}`, 'gu');
const pairAt = new RegExp(String.raw`^\p{Lu}\p{Ll}{2,}[ \u00a0]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?${wordEnd}`, 'u');
const itWasWho = new RegExp(String.raw`\b[Ii]t\s+(?:was|is|['’]s)\s+(${name})\s+who\b`, 'gu');
const andMe = new RegExp(String.raw`${notInWord}(${name})\s+and\s+(?:me|myself|I)${wordEnd}|\b(?:[Mm]e|[Mm]yself)\s+and\s+(${name})${wordEnd}`, 'gu');
const passiveBy = new RegExp(String.raw`\b(?:was|were|been|being|got|is|are)\s+(?:\p{Ll}+ly\s+)?(?:silenced|muted|snoozed|acked|acknowledged|approved|reviewed|signed off|paged|called|woken|escalated|reassigned|handed over|spotted|noticed|triaged|bisected|cordoned|drained|reverted|rolled back|investigated|diagnosed|debugged|typed|drafted|declared|reopened|disabled|toggled|flipped|force-pushed|hotfixed|mitigated)\s+(?:again\s+)?by\s+(${name})${wordEnd}`, 'gu');
const personalBelonging = new RegExp(String.raw`${notInWord}(${name})['’]s\s+(?:own\s+|personal\s+|old\s+|work\s+|home\s+)?(?:laptop|phone|mobile|desk|desktop|workstation|inbox|calendar|pager|home directory|dotfiles|shell history|bash history|ssh key|SSH key|credentials|password|browser|MacBook|macbook|keyboard|terminal|tmux session|kid|kids|partner|wife|husband|family|car|flat|apartment|house|Wi-Fi|wifi|roommate|room-mate|flatmate|housemate|colleague|teammate|son|daughter|mother|father|parents|girlfriend|boyfriend)\b`, 'gu');
const roleInBrackets = new RegExp(String.raw`\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Aa]s)\s+(?:(?:acting|first|second)\s+)?${roleNoun}\s*\(\s*["“‘'*_]*(${name})["”’'*_]*\s*\)`, 'gu');
const roleTitleBefore = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?:[Oo]n-?call|[Ii]ncident|SRE|DBA|[Pp]latform|[Dd]atabase|[Nn]etwork|[Ss]ecurity|[Ss]upport|[Oo]ps|DevOps|[Rr]elease|[Ss]taff|[Pp]rincipal|[Ss]enior|[Jj]unior|[Bb]ackend|[Ff]rontend|[Ii]nfra(?:structure)?)\s+(?:[Ee]ngineer|[Ll]ead|[Cc]ommander|[Mm]anager|[Rr]esponder|[Dd]eveloper|[Aa]dmin(?:istrator)?|[Aa]rchitect)|(?:[Ee]ngineer|[Cc]ommander|[Dd]eveloper|[Aa]dministrator|[Aa]rchitect|[Ii]ntern|[Cc]ontractor|[Cc]olleague|[Tt]eammate|[Cc]o-?worker))\s+(${name})(?=[ \u00a0]+\p{Ll}|[,.;:!?)]|$)`, 'gu');
const roleApposition = new RegExp(String.raw`\b(?:[Oo]ur|[Tt]he|[Tt]heir|[Mm]y)\s+(?:(?:acting|first|second|primary|secondary)\s+)?${roleNoun},\s+(${name}),`, 'gu');
const quotedSubject = new RegExp(String.raw`(?:^|[\s(])["“‘](${name})["”’](?=[ \u00a0])`, 'gu');
const seriesActing = new RegExp(String.raw`${notInWord}((?:${name}),(?:[ \u00a0]*${name},)*[ \u00a0]*(?:${name}),?[ \u00a0]+(?:and|&)[ \u00a0]+(?:${name}))(?=[ \u00a0])`, 'gu');
const tooltipValue = /\b(?:title|aria-label|alt|label)=["'“][ \t]*([^"'“”<>\n]{3,60}?)[ \t]*["'”]/gu;
const wholeName = new RegExp(String.raw`^${name}$`, 'u');
const headingPrefix = /^[ \t]*#{1,6}[ \t]+/;
const seriesName = new RegExp(name, 'gu');
const pastTenseAfter = new RegExp(String.raw`^[ \u00a0]+(?:(?:also|then|all|together)\s+)?${actionVerbs}\b`, 'u');
/** Where a page or an alert went ("The page went to Tadhg at 03:12"), and a chat line's opening ("Tadhg here: restarting"). */
const pageWentTo = new RegExp(String.raw`\b(?:page|pages|alert|alerts|escalation|pager|call|phone call)\s+(?:went|goes|was sent|was routed|routed|rolled over|fell through)\s+to\s+(${name})${wordEnd}`, 'gu');
const speakerHere = new RegExp(String.raw`^[ \t>*_-]*(${name})\s+here\s*[:,—–-]`, 'u');
/** Mattermost's mention (`~kvold`) and a Reddit user (`u/kvold_ops`); not a home directory (`~/`, `~kvold/`) nor an approximation (`~5`). */
const chatHandle = /(?<![\w~/.:-])(?:~([a-z][a-z0-9._-]{1,30}[a-z0-9])(?![\w/~-])|u\/([A-Za-z0-9][A-Za-z0-9_-]{2,19})(?![\w/-]))/g;

/**
 * A name where only a person is, in any tense ("Tadhg stays on the bridge", "Zarnith hops on the
 * call", "Tadhg is on the pager tonight"; since the twenty-fifth probe round): no system is on a
 * bridge, a call or a rota, so a single word no lexicon knows is read too.
 */
const personsPlace = String.raw`(?:the[ \u00a0]+|a[ \u00a0]+)?(?:bridge|incident[ \u00a0]+call|call|war[ \u00a0]*room|huddle|pager|rota|phone)`;
const placeVerb = String.raw`(?:(?:will|would|can|should|must|may|might|shall)[ \u00a0]+(?:stay|remain|be|hop|jump|dial|get|sit)|(?:has|had)[ \u00a0]+(?:stayed|remained|been|hopped|jumped|dialled|dialed|got|sat)|stays|remains|is|hops|jumps|dials|gets|sits|stayed|remained|hopped|jumped|dialled|dialed|sat)`;
const inAPersonsPlace = new RegExp(String.raw`${notInWord}(${name})[ \u00a0]+${adverb}${placeVerb}[ \u00a0]+(?:back[ \u00a0]+)?(?:on|onto|in|into)[ \u00a0]+${personsPlace}(?=[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:until|till|for|tonight|today|now|all|with|again|overnight|from|since|while|and|as)(?![\p{L}'’-]))`, 'gu');
const personsPlaceCue = /bridge|call|room|huddle|pager|rota|phone/;

/** A phrasing and its cue (cued-pattern.ts). */
export interface CuedPhrasing extends CuedPattern {
  /**
   * Whether the pattern itself holds a capitalised word, so implies `capitalCue` too; false where
   * the name is read after it (a tooltip's decoded value, a copula's series, a heading's words) or
   * the phrasing runs outside that cue (a handle in lower case).
   */
  named: boolean;
}
const cued = (name: string, cue: RegExp, pattern: RegExp, named = true): CuedPhrasing => ({ name, cue, pattern, named });
/** Whether a line may hold a capitalised word (or a character reference that decodes to one): every phrasing's first cue. */
export const capitalCue = /\p{Lu}\p{Ll}|&#/u;
/** An auxiliary, or a word that may be a third person's present, after a space: the tense loop's cue. */
const otherTenseCue = /\s(?:will|would|shall|is|was|are|were|has|had|have)\s|['’]ll\s|\p{Ll}{2}s\s/u;
const tenseForm = (form: RegExp) => new RegExp(String.raw`\p{Lu}\p{Ll}{2,}${form.source.replace(/^\^/, '')}`, 'u');
const itWasWhoPhrasing = cued('"it was X who"', /\swho/, itWasWho);
const andMePhrasing = cued('"X and me"', /\b(?:[Mm]e|[Mm]yself|I)\b/, andMe);
const passiveByPhrasing = cued('a passive "by X"', /\sby\s/, passiveBy);
const belongingPhrasing = cued('a possessive of what only a person has', /['’]s\s/, personalBelonging);
const roleInBracketsPhrasing = cued('a role and a name in brackets', /\(/, roleInBrackets);
const roleTitlePhrasing = cued('a role title before a name', /ngineer|[Ll]ead|ommander|anager|esponder|eveloper|dmin|rchitect|ntern|ontractor|olleague|eammate|o-?worker/, roleTitleBefore);
const roleAppositionPhrasing = cued('a role in apposition', /,\s/, roleApposition);
const quotedSubjectPhrasing = cued('a quoted subject', /["“‘]/, quotedSubject);
const seriesPhrasing = cued('a series acting', /,.*(?:\band\b|&)/, seriesActing);
const tooltipPhrasing = cued('a tooltip', /=/, tooltipValue, false);
const pageWentToPhrasing = cued('"the page went to X"', /\sto\s/, pageWentTo);
const speakerHerePhrasing = cued('"X here:"', /\shere/, speakerHere);
const copulaPhrasing = cued('a copula after a role', /\b(?:was|were|is|are|be|been)\s/, copulaAfterRole, false);
const headingPhrasing = cued('a heading', /#/, headingPrefix, false);
const chatHandlePhrasing = cued("a chat tool's handle", /~|u\//, chatHandle, false);
const personsPlacePhrasing = cued("a name in a person's place", personsPlaceCue, inAPersonsPlace);

/** Every phrasing of this file run behind a cue, with it (the tense loop's forms after a capitalised word). */
export const cuedClausePhrasings: readonly CuedPhrasing[] = [
  ...[auxiliary, presentSimple, presentBeforeNoun].map((form, i) => cued(`the tense form ${i + 1}`, otherTenseCue, tenseForm(form))),
  itWasWhoPhrasing, andMePhrasing, passiveByPhrasing, belongingPhrasing, roleInBracketsPhrasing, roleTitlePhrasing, roleAppositionPhrasing,
  quotedSubjectPhrasing, seriesPhrasing, tooltipPhrasing, pageWentToPhrasing, speakerHerePhrasing, copulaPhrasing, headingPhrasing,
  chatHandlePhrasing, personsPlacePhrasing,
  cued('a single word in other tenses', singleCue, singleOtherTense),
  cued('a given name in other tenses with no object', singleCue, singleNoObject),
];

/** People in the clauses above on one line of prose. */
export function findPeopleInOtherClauses(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  const add = (text: string, index: number, why: string) => addUnlessSameStart(found, { text, index, severity: 'error', guess: true, why });
  const judged = (text: string, index: number, why: string) => {
    if (readsAsPersonName(text)) add(text, index, why);
  };
  // Each phrasing runs only on a line holding its cue word: most lines hold none (the scan reads every line).
  const each = ({ cue, pattern }: CuedPhrasing, why: string, at: (m: RegExpExecArray) => number = (m) => m.index! + m[0].lastIndexOf(m[1])) => {
    if (cue.test(line)) for (const m of allMatches(pattern, line)) judged(m[1], at(m), why);
  };
  if (capitalCue.test(line)) {
    // Names before a verb in another tense: each capitalised word, and the pair it opens.
    if (otherTenseCue.test(line)) {
      for (const m of allMatches(capitalisedWord, line)) {
        const pair = pairAt.exec(line.slice(m.index!));
        for (const text of pair ? [pair[0], m[0]] : [m[0]]) {
          const after = line.slice(m.index! + text.length);
          const single = text === m[0];
          if (!/^[ \u00a0]+\p{Ll}/u.test(after) || notPeople.has(m[0])) continue;
          if (actsInOtherTense(after, single) && readsAsPersonName(text)) {
            add(text, m.index!, 'acting as a person in a tense other than the past');
            break;
          }
        }
      }
    }
    each(itWasWhoPhrasing, 'named as who did something', (m) => m.index! + m[0].indexOf(m[1], 3));
    if (andMePhrasing.cue.test(line)) {
      for (const m of allMatches(andMe, line)) {
        const text = m[1] ?? m[2];
        judged(text, m.index! + (m[1] ? 0 : m[0].lastIndexOf(text)), 'named with the writer');
      }
    }
    each(passiveByPhrasing, 'who did what only people do');
    if (belongingPhrasing.cue.test(line)) {
      for (const m of allMatches(personalBelonging, line)) {
        const text = m[1];
        // A surname alone is a word as often ("Brenne"): what only a person has says it is one.
        if (text === m[1].split(/[ \u00a0]/)[0] ? !isOrdinaryWord(text) && !isPublicTerm(text) && !notPeople.has(text) : readsAsPersonName(text)) add(text, m.index!, 'owning what only a person has');
      }
    }
    each(roleInBracketsPhrasing, 'named beside a role');
    each(roleTitlePhrasing, 'named after a role');
    each(roleAppositionPhrasing, 'named beside a role');
    if (quotedSubjectPhrasing.cue.test(line)) {
      for (const m of allMatches(quotedSubject, line)) {
        const after = line.slice(m.index! + m[0].length);
        if (/^[ \u00a0]+(?:was|is) on[- ]call\b/.test(after) || onlyAPersonDoes(after.trimStart()) || pastTenseAfter.test(after) || actsInOtherTense(after, !/\s/.test(m[1]))) judged(m[1], m.index! + m[0].indexOf(m[1]), 'quoted as the subject');
      }
    }
    if (seriesPhrasing.cue.test(line)) {
      for (const m of allMatches(seriesActing, line)) {
        const after = line.slice(m.index! + m[0].length);
        if (!(pastTenseAfter.test(after) || onlyAPersonDoes(after.trimStart()) || actsInOtherTense(after, false))) continue;
        for (const member of allMatches(seriesName, m[1])) judged(member[0], m.index! + member.index!, 'one of several acting as people');
      }
    }
    // A tooltip's value as the page shows it: a reference in it (`title="&#75;asimir Vold"`) is decoded.
    if (tooltipPhrasing.cue.test(line)) {
      for (const m of allMatches(tooltipValue, line)) {
        const shown = m[1].includes('&') ? decodeEntities(m[1]) : m[1];
        if (wholeName.test(shown) && readsAsPersonName(shown)) add(m[1], m.index! + m[0].indexOf(m[1], m[0].indexOf('=') + 2), 'the whole of a tooltip');
      }
    }
    each(pageWentToPhrasing, 'who was paged');
    each(personsPlacePhrasing, 'in a place only a person is', (m) => m.index! + m[0].indexOf(m[1]));
    const speaker = speakerHerePhrasing.cue.test(line) ? speakerHere.exec(line) : null;
    if (speaker) judged(speaker[1], speaker.index + speaker[0].indexOf(speaker[1]), 'introducing themselves in a chat');
    // A copula after a role: the names after it, as a series ("… were A, B and C", "… was A and me").
    if (copulaPhrasing.cue.test(line)) {
      for (const m of allMatches(copulaAfterRole, line)) {
        let from = m.index! + m[0].length;
        for (let member = seriesMember.exec(line.slice(from)); member; member = seriesMember.exec(line.slice(from))) {
          const start = from + member[0].lastIndexOf(member[1]);
          if (!/^(?:me|myself|I)$/.test(member[1])) judged(member[1], start, 'named in a role');
          from = start + member[1].length + (/^["”’']/.test(line.slice(start + member[1].length)) ? 1 : 0);
          if (!/^[ \u00a0]*(?:,|and\b|&)/.test(line.slice(from))) break;
        }
      }
    }
    // A heading's words are no title run when its pair acts ("## What Caoimhe Brenne saw").
    const heading = headingPhrasing.cue.test(line) ? headingPrefix.exec(line) : null;
    if (heading) {
      const rest = line.slice(heading[0].length).replace(/^(?:What|When|How|Why|Where)[ \u00a0]+/, (w) => ' '.repeat(w.length));
      for (const m of findUnlistedGivenNames(rest)) add(m.text, heading[0].length + m.index, m.why ?? 'a name in a heading');
    }
  }
  if (chatHandlePhrasing.cue.test(line)) {
    for (const m of allMatches(chatHandle, line)) {
      const handle = m[1] ?? m[2];
      if (personalAccount(handle.toLowerCase()) && nickLike(handle.replace(/[._-].*$/, ''))) add(handle, m.index! + m[0].length - handle.length, "a chat or forum tool's handle");
    }
  }
  return found;
}
