import { isDateOrTimeWord } from './date-and-time-words.ts';

/**
 * Words that are no reason to a reader beside a similar incident. The similarity model drops
 * English stop words only; reports in French, German, Italian or Spanish share their own articles
 * and prepositions, which then stood as the reason: "similar wording: le, sur, de" between two
 * French homelab reports (95 such words named on a build of 163 reports, 24 of them French: UI round 24 of
 * docs/architecture.md). Still counted in the similarity (changing what is linked is
 * docs/findability.md's to measure); only left out of the words named. Words that are also
 * English or name something (French "est" for a time zone, "son") are not listed; German ones
 * that are English words too ("war", "die") are left out between two German reports only
 * ({@link isGermanAlsoEnglish}).
 */
// German
const germanFunctionWordsAsWritten = [
  'der', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'für', 'auf', 'dem', 'ein', 'eine', 'einer', 'einen', 'im', 'zu', 'zum', 'zur', 'wird',
  'wurde', 'bei', 'aus', 'nach', 'oder', 'auch', 'sich', 'wir', 'sie', 'werden', 'wurden', 'über', 'durch', 'unter', 'wegen', 'derzeit', 'aktuell',
  // round 55: left in reasons between a school platform's notices ("similar wording: sbs, mittwoch, kann, dass")
  'den', 'dass', 'als', 'wie', 'kann', 'können', 'muss', 'alle', 'allen', 'ohne', 'ihre', 'ihr', 'ihnen', 'uns', 'unser', 'unsere', 'unseres', 'jetzt',
  'weiter', 'weitere', 'weiterhin', 'noch', 'nur', 'wenn', 'kein', 'keine', 'sind', 'haben', 'diese', 'dieser', 'dieses', 'bitte', 'vielen', 'dank',
  // round 56: still named between the school platform's notices ("similar wording: hier, finden, aber")
  'aber', 'einem', 'soll', 'sollen', 'müssen', 'hatte', 'waren', 'schon',
];
const functionWordsAsWritten = [
  // French
  'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'en', 'sur', 'pour', 'par', 'dans', 'au', 'aux', 'pas', 'que', 'qui',
  'ce', 'cette', 'ces', 'avec', 'il', 'elle', 'ils', 'ou', 'mais', 'ne', 'se', 'sa', 'ses', 'leur', 'été', 'être', 'lors', 'après', 'avant', 'comme', 'donc',
  ...germanFunctionWordsAsWritten,
  // Italian
  'il', 'lo', 'gli', 'della', 'delle', 'dei', 'di', 'che', 'per', 'con', 'non', 'sono', 'dal', 'nel', 'nella', 'alla',
  // Spanish
  'el', 'los', 'las', 'del', 'por', 'para', 'es', 'al', 'una', 'y',
];
/**
 * Kept as the model indexes words, accents folded: "für" and "été" as written never matched the
 * "fur" and "ete" they are checked against, and German status notices were "similar wording:
 * uber" (über; session 30, ui32).
 */
const functionWords: ReadonlySet<string> = new Set(functionWordsAsWritten.map((word) => foldedAsIndexed(word)));

const germanFunctionWords: ReadonlySet<string> = new Set(germanFunctionWordsAsWritten.map((word) => foldedAsIndexed(word)));

/**
 * German function words that are English words too: "war" (was; "war room"), "die" (the; "die
 * roll"), "hat" (has; Red Hat), "man" (one). Named between English reports as before, they are no
 * reason between two German ones: "similar wording: war" linked two unrelated German notices of
 * round 55's fixture (docs/findability.md, round 56).
 */
const germanAlsoEnglish: ReadonlySet<string> = new Set(['war', 'die', 'hat', 'man']);

/** Whether `word` (lower case, as indexed) is a German function word that is also an English word ("war"): see {@link sharesGermanFunctionWords}. */
export function isGermanAlsoEnglish(word: string): boolean {
  return germanAlsoEnglish.has(word);
}

/**
 * Whether two reports' shared words (as indexed) hold a German function word ("und", "der"), the
 * sign that both are written in German; asked only when a word of {@link isGermanAlsoEnglish}
 * would be named. Two English reports share none of them; two short German notices may share
 * only one ("Dateiablage Störung" and a maintenance notice of the same store: "die, dateiablage").
 */
export function sharesGermanFunctionWords(sharedWords: Iterable<string>): boolean {
  for (const word of sharedWords) if (germanFunctionWords.has(word)) return true;
  return false;
}

/** Whether `word` (lower case, as indexed) is another language's article, preposition or pronoun. */
export function isForeignFunctionWord(word: string): boolean {
  return functionWords.has(foldedAsIndexed(word));
}

/**
 * A word folded as the similarity model indexes it (text-analysis.ts): lower case, NFKD, the Latin
 * combining accents taken off. Not text/fold-accents.ts' `withoutAccents`: a folded word must
 * compare equal to the model's tokens, which keep other scripts' marks.
 */
export function foldedAsIndexed(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * English words of a status update's telling, not of the failure: "currently", "done",
 * "possible", "soon", "please". Rare enough in a status page's corpus to weigh, they stood as the
 * reason between unrelated notices ("done, key" between two failing builds, "currently" on 188
 * of 7,521 links of the judgement sets: docs/findability.md round 54). Still counted in the
 * similarity; only left out of the words named. German time and filler words of status notices
 * ("zwischen", "vorbehaltlich") with them.
 */
const tellingWords: ReadonlySet<string> = new Set([
  'currently', 'presently', 'now', 'still', 'already', 'again', 'soon', 'shortly', 'later', 'meanwhile', 'possible', 'possibly',
  'please', 'thanks', 'thank', 'sorry', 'apologize', 'apologise', 'apologies', 'inconvenience', 'patience', 'done', 'ended', 'brief',
  'briefly', 'actively', 'necessary', 'corresponding', 'proceed', 'expect', 'expected', 'details', 'detail', 'managed', 'regarding',
  'happening', 'happened', 'able', 'due', 'approximately', 'around', 'hour', 'hours', 'minute', 'minutes', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'sein', 'zwischen', 'vorbehaltlich', 'heute', 'morgen', 'bis', 'seit', 'ab',
]);

/** A hexadecimal id ("134a959a" of a node name, a commit). */
const hexIdWord = /^(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{6,}$/;

/**
 * Whether `word` (lower case, as indexed) is never named as the reason for a similar link: a date
 * or a time ("27th", "pm", "noon": src/lib/date-and-time-words.ts), a hexadecimal id, another
 * language's function word or a word of a status update's telling. Still counted (two reports of
 * one event share their date or their node: leaving dates out cost icco two first links,
 * docs/findability.md round 8), but no reason for a reader: status updates of unrelated failures
 * were "similar wording: 2nd, 00am", two of mybinder's reports "134a959a, ssd, gke".
 */
export function isNoReasonWord(word: string): boolean {
  return isDateOrTimeWord(word) || hexIdWord.test(word) || isForeignFunctionWord(word) || tellingWords.has(word);
}

/** A word as a reader tells words apart: "Crates", "crates" and "crate" are one. */
export function readerKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}
