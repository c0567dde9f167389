/**
 * Whether a text is written in a language that capitalises every noun (German): there a capital
 * inside a sentence marks a noun, not a name. The similarity model learns names from capitals
 * (src/lib/similarity-prose.ts `isNameLike`) and weighs them 0.3; in German status notices that
 * made "Anmeldung", "Wartung", "Dateiablage", "Zertifikat" names, and a short notice was left
 * with few words at full weight (round 25, docs/findability.md: short German notices, where the
 * links trailed plain TF-IDF). Such texts are not read for capitals.
 *
 * The test: German function words (articles, prepositions, pronouns, auxiliaries) make at least
 * 8% of the words of the text's start, and at least 3 of them. English prose shares only "die"
 * with the list. Plain logic.
 */
const germanFunctionWords: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'einen', 'eines', 'und', 'oder', 'ist', 'sind', 'nicht', 'mit', 'von',
  'für', 'auf', 'im', 'zu', 'zum', 'zur', 'wird', 'wurde', 'werden', 'wurden', 'bei', 'aus', 'nach', 'auch', 'sich', 'wir', 'sie', 'es',
  'kann', 'können', 'uns', 'ihre', 'ihr', 'durch', 'über', 'wieder', 'noch', 'seit',
]);

export function capitalisesNouns(text: string, maxCharacters = 1500): boolean {
  const words = text.slice(0, maxCharacters).toLowerCase().match(/\p{L}+/gu) ?? [];
  let german = 0;
  for (const word of words) if (germanFunctionWords.has(word)) german++;
  return german >= 3 && german >= 0.08 * words.length;
}
