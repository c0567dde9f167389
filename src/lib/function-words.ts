/**
 * Counting a text's function words by language: the small words every sentence of a language
 * needs whatever it is about (articles, pronouns, prepositions, auxiliaries). The import tells
 * which language a status update is written in (import/text-language.ts), the redaction guard
 * which lines are not English (publication/other-languages.ts); each keeps its own lists, read
 * for its own purpose, and both count with these two functions.
 */

/** Each listed word's languages, in the order the lists give them: one look-up a word, not one a language. */
export type FunctionWordIndex<Language extends string> = ReadonlyMap<string, readonly Language[]>;

/** The index of `lists`, each a language and its function words (lower case). */
export function functionWordIndex<Language extends string>(lists: Iterable<readonly [Language, Iterable<string>]>): FunctionWordIndex<Language> {
  const index = new Map<string, Language[]>();
  for (const [language, words] of lists) {
    for (const word of words) index.set(word, [...(index.get(word) ?? []), language]);
  }
  return index;
}

/**
 * How many of `words` (lower case, as listed) are function words of each language; a language
 * enters the counts when its first word is met, so ties keep the text's order.
 */
export function countFunctionWords<Language extends string>(words: Iterable<string>, index: FunctionWordIndex<Language>): Map<Language, number> {
  const counts = new Map<Language, number>();
  for (const word of words) {
    for (const language of index.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return counts;
}
