/**
 * Words that are no reason to a reader beside a similar incident. The similarity model drops
 * English stop words only; reports in French, German, Italian or Spanish share their own articles
 * and prepositions, which then stood as the reason: "similar wording: le, sur, de" between two
 * French homelab reports (95 such words named on a build of 163 reports, 24 of them French: UI round 24 of
 * docs/architecture.md). Still counted in the similarity (changing what is linked is
 * docs/findability.md's to measure); only left out of the words named. Words that are also
 * English or name something (German "die", French "est" for a time zone, "son") are not listed.
 */
const functionWordsAsWritten = [
  // French
  'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'en', 'sur', 'pour', 'par', 'dans', 'au', 'aux', 'pas', 'que', 'qui',
  'ce', 'cette', 'ces', 'avec', 'il', 'elle', 'ils', 'ou', 'mais', 'ne', 'se', 'sa', 'ses', 'leur', 'été', 'être', 'lors', 'après', 'avant', 'comme', 'donc',
  // German
  'der', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'für', 'auf', 'dem', 'ein', 'eine', 'einer', 'einen', 'im', 'zu', 'zum', 'zur', 'wird',
  'wurde', 'bei', 'aus', 'nach', 'oder', 'auch', 'sich', 'wir', 'sie', 'werden', 'wurden', 'über', 'durch', 'unter', 'wegen', 'derzeit', 'aktuell',
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
