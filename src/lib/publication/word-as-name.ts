import { isBoldFieldLabel } from './bold-field-labels.ts';
import { lexiconTags } from './compromise-nlp.ts';
import { onlyAPersonDoes } from './people-only-events.ts';
import { isPartOfDate } from './month-in-date.ts';
import { isNounOnly } from './noun-only-words.ts';
import { isPublicTerm } from './public-terms.ts';
import { personAddressedBefore } from './person-addressed-before.ts';
import { pastSpeechVerbs as pastSpeechVerbForms, presentSpeechVerbs } from './speech-verbs.ts';

/**
 * Where a listed name's part that is also an English word ("Case", "Read", "Long", "Will",
 * "Price") reads as the name and not as the word (since the eighteenth round of false
 * positives). A team lists its members' full names, and each part is looked for alone; "Eric
 * Case" in a list made "in case the cache" and "Read replicas" people. The full name is always
 * found; such a part alone only where a name stands:
 *
 * - next to a given name or another listed name ("Eric Case", "Case Vold"), or after an honorific
 *   ("Dr. Read");
 * - opening a sentence, a heading, a list item or a cell only in a person's position: a speaker
 *   (`Case:`), a possessive (`Case's`), one of names (`Case, Eric`, `Case and Eric`), alone in
 *   its item or cell (`- Case`, `| Case |`), or before a verb in the past or third person
 *   ("Case restarted the pool", "Case says");
 * - inside a sentence when capitalised ("thanks to Case for"), unless it is one of a run of
 *   capitalised words ("In Case Of Failure", "the Long Running Query"), as titles are written.
 *
 * The word in lower case is never the name: the caller matches such parts capitalised only.
 */
export interface WordAsNameContext {
  /** A given name or another listed name that is not itself a word ("Eric", "Vold"). */
  isNameWord: (word: string) => boolean;
  /** An English word (a title's words are words: "Of", "Running", "Replica"). */
  isWord: (word: string) => boolean;
  /** A part of a listed name, a word or not ("Smith" of "Eric Case-Smith"). */
  isListedPart?: (word: string) => boolean;
}

/** Verbs in the third person that say what someone said or thought ("Case says"); others are nouns too ("Read requests"). */
const speechVerbs: ReadonlySet<string> = new Set(presentSpeechVerbs);
/** The same verbs as said of the past, and the answers: before a colon they open what a person said ("Gale said: restart it"), no label. */
const pastSpeechVerbs: ReadonlySet<string> = new Set(pastSpeechVerbForms);

/** What opens a line before its text: spaces, a quote's, heading's or item's mark, a cell's bar, emphasis. */
// An escaped marker (`\* Minor edit to …`, a footnote's asterisk written as text) opens a line as a
// list's does: "Minor" after it, a listed surname, was published as "an engineer edit" (adoption round 51).
const lineOpening = /^[\s>]*(?:#{1,6}\s+|\\?[-*+]\s+|\d+[.)]\s+|\|\s*)?(?:\*\*|__|[*_`"'“‘([])*$/u;

export function readsAsName(line: string, start: number, written: string, context: WordAsNameContext): boolean {
  const before = line.slice(0, start);
  const after = line.slice(start + written.length);
  const previous = /([\p{L}][\p{L}'’.-]*)[\s\u00a0]+$/u.exec(before)?.[1];
  const next = /^[\s\u00a0]+([\p{L}][\p{L}'’-]*)/u.exec(after)?.[1];
  const capitalised = (word: string | undefined): word is string => word !== undefined && /^\p{Lu}/u.test(word);
  if ((capitalised(previous) && context.isNameWord(previous.replace(/\.$/, ''))) || (capitalised(next) && context.isNameWord(next))) return true;
  // A compound of words in lower case ("Long-term", "Read-only") is a word; since the nineteenth
  // round so is one with a number or a word that is no name in title case ("6-Day CrashLoop",
  // "Read-Only Storage"), not a double-barrelled name ("Anna-Case", "Case-Smith" listed).
  if (/^-\p{Ll}/u.test(after)) return false;
  const joined = [/^-([\p{L}\p{N}]+)/u.exec(after)?.[1], /(?<![\p{L}\p{N}-])([\p{L}\p{N}]+)-$/u.exec(before)?.[1]];
  if (joined.some((part) => part !== undefined && (context.isNameWord(part) || context.isListedPart?.(part)))) return true;
  // Since adoption round 48 also an acronym of two or three capitals, as regions are written
  // ("EU-Central servers", "US-Central (Dallas)": a listed "… Central" held a status notice).
  // Since adoption round 49 also one capital, as products are named ("X-Ray", AWS's tracing: a
  // listed "Ray …" held a chaos experiment's write-up).
  if (joined.some((part) => part !== undefined && (/^\p{N}+$/u.test(part) || /^\p{Lu}{1,3}$/u.test(part) || context.isWord(part)))) return false;
  if (/(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[\s\u00a0]+$/.test(before)) return true;
  // After "our", "your" or "their" the word is a thing the organisation has ("join our Slack", "our
  // Case tracker"), as people are not written (adoption round 46: a listed "… Slack" made a status
  // post's "Our Slack remains available" a person, and the post was held back).
  // Since adoption round 47 also after "a" or "an", and with a quote between ("Our 'Violet' cPanel
  // server", "Error Budget Depleted in a Day": listed "… Violet", "… Day" made both people; the
  // first was published as "Our 'an engineer' cPanel server"). Not after "the": "The Lune network"
  // in a post that thanks Lune is still the person's (round 22 of false positives).
  if (/(?:^|[^\p{L}])(?:[Oo]ur|[Yy]our|[Tt]heir|[Aa]n?)[\s\u00a0]+['‘"“]?$/u.test(before)) return false;
  // A month or a weekday in a date ("on Sun 13th Dec 2015", "from Friday the 30th June", "complete
  // this work in June"; adoption round 47: a listed "… Sun" held 9 status posts back, and "June"
  // was published as "Friday the 30th an engineer").
  if (isPartOfDate(before, written, after)) return false;
  // A field's label in bold, its colon inside the emphasis ("**Stack:** Next.js 16 · pnpm";
  // adoption round 54, bold-field-labels.ts), unless the word is a given name ("**Grant:** on it").
  if (isBoldFieldLabel(before, after) && !context.isNameWord(written)) return false;
  // Ending a line after a sentence's end mid-line, the word opens the next sentence of prose
  // wrapped there ("… directly. But⏎these logs …"; round 47 of false positives), not a name alone.
  if (opensSentence(before)) return inPersonPosition(after, written) && !inLabelRow(line, start, written, context) && !(/^[\s\u00a0]*$/u.test(after) && !lineOpening.test(before));
  // A run of capitalised words is a title's (a neighbour that itself opens the sentence is not
  // one); since the nineteenth round an acronym is one of its words ("a Pool NFT Singleton").
  // Since round 22 also a product's run-together word ("StableSwapETH Pool"), a small word a title
  // keeps in lower case before the next capitalised word ("Read the Docs"), and the first word of a
  // heading ("### Background: Swap Pool", where a label's colon opened the sentence).
  const titleWord = (word: string | undefined) => capitalised(word) && (context.isWord(word) || /^\p{Lu}{2,}\d*$/u.test(word) || /^\p{Lu}[\p{L}\p{N}]*\p{Ll}\p{Lu}/u.test(word));
  const previousStart = previous === undefined ? -1 : before.lastIndexOf(previous);
  // Since adoption round 49 also two small words ("The Lord of the Rings", a work's title with a
  // listed "… Lord"), not before a group's noun ("Grace of the Platform team": the person of a team).
  const smallThenTitleMatch = /^[\s\u00a0]+(?:the|of|and|for|on|in|to)(?:[\s\u00a0]+(?:the|a|an))?[\s\u00a0]+([\p{L}][\p{L}'’-]*)([\s\u00a0]+\p{Ll}+)?/u.exec(after);
  const smallThenTitle = smallThenTitleMatch && !groupNounAfter.test(smallThenTitleMatch[2] ?? '') ? smallThenTitleMatch[1] : undefined;
  const heading = /^\s*#{1,6}\s/.test(line);
  if (titleWord(next) || (titleWord(previous) && (heading || !opensSentence(before.slice(0, previousStart)))) || (smallThenTitle !== undefined && titleWord(smallThenTitle) && !context.isNameWord(smallThenTitle))) return false;
  return true;
}

/** A group's noun after a capitalised word: "of the Platform team" names the person's team, no title. */
const groupNounAfter = /^[\s\u00a0]+(?:team|teams|group|squad|crew|department|org|organisation|organization|project|company|office|unit|on-?call|rotation)$/u;

/** Words before a noun phrase: no one writes "the Rod" or "an Ash". */
const determinerBefore = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ee]ach|[Ee]very|[Aa]ny|[Nn]o|[Ii]ts|[Mm]y|[Hh]is|[Hh]er)[\s\u00a0]+$/u;
/** Before them a name may be the subject of a verb's bare form ("Myles and Rich review", "let Will manage"). */
const bareVerbSubjectBefore = /(?:\band|&|\/|,|\b(?:let|lets|make|makes|made|have|has|had|help|helps|helped|see|saw|watch|watched|hear|heard))[\s\u00a0]*$/iu;

/**
 * A capitalised part inside a sentence where a thing stands, not a person (round 47 of false
 * positives, docs/redaction.md; the guard drops such a part where the post never writes it where a
 * person stands, as it does a component's name, so "Thanks to Lune" keeps "the Lune network"): after an article or a possessive ("the Stack object", "The Mac
 * was slow", "an Apple laptop"), before a noun it qualifies ("Stack object", "June file",
 * "Developer console", "Bitcoin developers"), and a part that is a public name ("fx Edge",
 * "on Slack") anywhere but before what a person does. The adoption walk listed every git author,
 * and their surnames that are words ("Apple", "Developer", "Stack") held posts back. Still a
 * name: "Michael will add Gibson", "talking to Ash/Richard", "Ask Rich if …", "Gibson proposed".
 */
export function isListedWordInThingPosition(line: string, start: number, written: string, isWord: (word: string) => boolean): boolean {
  const before = line.slice(0, start);
  const after = line.slice(start + written.length);
  if (opensSentence(before) && !determinerBefore.test(before)) return false;
  return inThingPosition(before, after, written, isWord);
}

/** What opens a line that is no paragraph's prose: a heading, an item, a table's row, a quote, a fence. */
const blockOpening = /^\s*(?:#|[-*+]\s|\d+[.)]\s|\||>|```|~~~|<)/;

/**
 * The line a match stands on and its index there, with the previous line's words before it when
 * the match opens a line that continues a paragraph wrapped in the middle of a sentence (round 48
 * of false positives: "… the Project Manager's dream and the⏎Developer's nightmare", a release
 * post's prose, read "Developer's" as a possessive opening a line). Otherwise the line itself.
 */
export function withWrappedLineBefore(lines: readonly string[], line: number, index: number): [string, number] {
  const own = lines[line];
  const previous = line > 0 ? lines[line - 1].trimEnd() : '';
  const continues = index === own.search(/\S/) && /\p{L}$/u.test(previous) && !blockOpening.test(previous) && !blockOpening.test(own);
  return continues ? [`${previous} ${own}`, previous.length + 1 + index] : [own, index];
}

// Words before a name that thank, ask or page someone, or say who did a person's work ("Thanks to
// Slack for the fix", "Ask Apple about it"): a listed name there is the person's even where it is
// also a public name (fail closed; adoption round 46 asserts "Thanks to Slack").
const addressedAsPerson = (before: string) => personAddressedBefore.test(before);

/** A neighbour in a series of capitalised words that is no public name ("Lambda, Tarn and Esk"): a series of people. */
function inSeriesWithName(before: string, after: string): boolean {
  const neighbours = [/^(?:,|[\s\u00a0]+(?:and|&))[\s\u00a0]+(\p{Lu}\p{Ll}+)/u.exec(after)?.[1], /(\p{Lu}\p{Ll}+)(?:,|[\s\u00a0]+(?:and|&))[\s\u00a0]+$/u.exec(before)?.[1]];
  return neighbours.some((word) => word !== undefined && !isPublicTerm(word));
}

function inThingPosition(before: string, after: string, written: string, isWord: (word: string) => boolean): boolean {
  if (determinerBefore.test(before)) return true;
  const next = /^[\s\u00a0]+(\p{Ll}+)(?![\p{L}'’-])/u.exec(after)?.[1];
  if (next && isNounOnly(next, isWord) && (!bareVerbSubjectBefore.test(before) || isPluralNoun(next))) return true;
  return isPublicTerm(written) && !actsAsPerson(after) && !addressedAsPerson(before) && !inSeriesWithName(before, after);
}

/** A plural the lexicon knows as one ("developers"): after "and" no verb, which would be the bare form ("Myles and Rich review"). */
function isPluralNoun(word: string): boolean {
  return lexiconTags(word).includes('Plural');
}

/** What follows a person's name inside a sentence: a possessive, what they said, what they did or are. */
function actsAsPerson(after: string): boolean {
  if (/^(?:\*\*|__|[*_])?(?:['’]s\b|\s*\(@)/u.test(after) || onlyAPersonDoes(after)) return true;
  const next = /^[\s\u00a0]+([a-z]+)\b/.exec(after)?.[1];
  if (!next) return false;
  if (speechVerbs.has(next) || pastSpeechVerbs.has(next)) return true;
  const list = lexiconTags(next);
  return list.includes('PastTense') || list.includes('Modal');
}

/** Nothing but a line's opening, or the end of a sentence or a label, before the word. */
function opensSentence(before: string): boolean {
  // Since the nineteenth probe round: right after an HTML tag, or after the two spaces the scan of
  // a built page puts where a tag was (extractHtmlText): every heading and title opens so
  // (`<title>Page not found`, with "Ed Page" a listed git author, stopped every public build of
  // the adoption measurement).
  // A code span closing a sentence counts as its end too (`…Shutting down..."` Head images: …).
  return lineOpening.test(before) || /<[a-zA-Z][^<>]*>[\s\u00a0]*$|\S[ \u00a0]{2,}$/.test(before) || /[.!?:;|]["'”’)\]*_`]*[\s\u00a0]+(?:\*\*|__|[*_"'“‘([])*$/u.test(before);
}

/**
 * A table row of column labels, the word one of them (`| Day | Date (2022) | Time (UTC) | Event |`,
 * since the nineteenth round): two other cells or more, each a capitalised word that is no name,
 * maybe with a note in brackets. A row of people (`| Case | Eric |`) or of a person and a role in
 * lower case (`| Case | incident commander |`) is not one.
 */
function inLabelRow(line: string, start: number, written: string, context: WordAsNameContext): boolean {
  if (!/^\s*\|.*\|\s*$/.test(line)) return false;
  const cells = line.trim().slice(1, -1).split('|').map((cell) => cell.trim());
  const own = line.slice(0, start).split('|').length - 2;
  if (cells[own] !== written || cells.length < 3) return false;
  return cells.every((cell, i) => {
    if (i === own) return true;
    const label = /^(\p{Lu}\p{Ll}+)(?:\s*\([^()]*\))?$/u.exec(cell)?.[1];
    return label !== undefined && context.isWord(label) && !context.isNameWord(label) && !context.isListedPart?.(label);
  });
}

/** Adverbs only, as the lexicon tags a word ("never", "always"); "Never created" opens with the adverb before its verb. */
const adverbTags = new Set(['Adverb', 'Negative']);
/** Prepositions after a participle with no object: a state, a passive's rest ("Stack unlinked from the checkout"). */
const participleFollower = /^[\s\u00a0]+[a-z]+ed[\s\u00a0]+(?:from|by|after|during|due|because|since|until|for|in|on|at|via|per|without)\b/;

/** After a word that opens a sentence: what only a person's name is followed by. */
function inPersonPosition(after: string, written: string): boolean {
  // A speaker, a possessive, one of a series of names, alone in its item, cell or line.
  if (/^[\s\u00a0]*<\//.test(after)) return true;
  if (/^(?:\*\*|__|[*_])?(?:\s*:|['’]s\b|,\s*\p{Lu}|\s+(?:and|&)\s+\p{Lu}|\s*\(@|[\s*_.,;)\]]*(?:\||$))/u.test(after)) return true;
  const next = /^[\s\u00a0]+([a-z]+)\b/.exec(after)?.[1];
  if (!next) return false;
  // A label of a participle before its colon or date ("Last updated: 2024-05-02", "First seen
  // 2024-05-02"; round 45 of false positives): the word says when, as a page's footer does. A
  // listed surname "Last" made the adoption measure write "An engineer updated:".
  const spoke = speechVerbs.has(next) || pastSpeechVerbs.has(next);
  if (!spoke && /^[\s\u00a0]+[a-z]+ed(?:[\s\u00a0]*:|[\s\u00a0]+(?:on[\s\u00a0]+)?\d{4}-\d{2})/.test(after)) return false;
  // A word closing a label with its colon ("Last updated:", "Last modified:"): a label's words,
  // not what someone did (adoption round 44's "Petri-Johan Last" made every "Last updated:" a person).
  if (!spoke && /^[\s\u00a0]+[a-z]+(?:\*\*|__|[*_])?[\s\u00a0]*:/.test(after)) return false;
  // Paged, woken, on call, the incident commander: what only a person is, after the copula too
  // ("Case was paged at 10:05"; since the nineteenth probe round).
  if (onlyAPersonDoes(after)) return true;
  if (speechVerbs.has(next)) return true;
  // Since round 48 of false positives: a listed part that is an adverb as a word ("Never" of a
  // listed "… von Never") before a verb is the adverb ("| Never created |", a table's status cell).
  const own = lexiconTags(written.toLowerCase());
  if (own.length && own.every((tag) => adverbTags.has(tag))) return false;
  // A verb in the past ("restarted", "paged"), not a copula ("Case was closed") nor a noun ("speed").
  const list = lexiconTags(next);
  if (list.includes('Copula')) return false;
  // A participle the lexicon does not know as a past, with no object but a preposition after it,
  // says what became of a thing ("Stack unlinked from the checkout", a timeline's cell; round 48 of
  // false positives), not what someone did ("Stack unlinked the checkout", "Stack restarted after").
  return list.includes('PastTense') || (/ed$/.test(next) && list.every((tag) => tag === 'Adjective') && !participleFollower.test(after));
}
