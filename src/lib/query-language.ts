/**
 * The language a query is typed in, told by its function words: "plötzlich viel traffic nach dem
 * zertifikat" is German ("nach", "dem"), "port 80 fermé la validation échoue" French,
 * "certificados para localhost" Spanish. In a knowledge base holding reports in several languages,
 * a word every German page holds ("Zertifikat") is rare among all pages, and pagefind scores it so:
 * for a German query its words are weighed by their rarity among the pages in that language
 * (round 47, docs/findability.md; `inLanguageRarity`).
 *
 * Only words that say the language on their own: articles, prepositions, conjunctions and the
 * copula of German, French and Spanish (the languages of src/lib/search-translations.ts and of
 * `reportLanguage`'s codes), leaving out those that are also English words or common abbreviations
 * in a responder's query ("die", "in", "an", "es" for Elasticsearch, "est" for a time zone, "du" the
 * command, "par", "pour", "del" the key, "al", "con", "las", "mi", and "y" of "generation y"). A word both French and Spanish
 * use ("de", "la", "un") says either. Plain logic, no file access.
 */
const functionWordLanguages: ReadonlyMap<string, readonly string[]> = new Map([
  ...words('de', 'der das den dem und oder mit von zu zum zur auf bei beim vom nach für über seit ist sind wird wurde ein eine einer einen nicht kein keine'),
  ...words('fr', 'le les une et sont sur avec dans au aux ne pas'),
  ...words('es', 'el los una por para está están que lo'),
  ['de', ['fr', 'es']],
  ['la', ['fr', 'es']],
  ['un', ['fr', 'es']],
  ['des', ['fr', 'de']],
]);

function words(language: string, list: string): [string, readonly string[]][] {
  return list.split(' ').map((word) => [word, [language]]);
}

/**
 * The BCP 47 codes of the languages `query`'s function words say, in the order first said; none for
 * a query without such a word (an English query, or a run of nouns and codes in any language).
 */
export function queryLanguages(query: string): string[] {
  const languages: string[] = [];
  for (const word of query.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    for (const language of functionWordLanguages.get(word) ?? []) if (!languages.includes(language)) languages.push(language);
  }
  return languages;
}

/**
 * How much a query word's score counts when the query's language is known: its rarity among the
 * pages of that language over its rarity in the whole index (the inverse document frequency
 * ln(1 + (n - df + 0.5) / (df + 0.5)) of BM25, which pagefind's score carries). pagefind weighs a
 * word by how few of all pages hold it, so in a knowledge base of English reports and 27 German
 * pages "Zertifikat", held by 19 of the 27, counted as a rare word and decided the ranking of a
 * German query alone; among the German pages it is an everyday word, and the query's other words
 * decide (round 47). `inLanguage` of the `inLanguageCount` pages of the language hold the word,
 * `held` of all `count` pages.
 */
export function inLanguageRarity(inLanguage: number, inLanguageCount: number, held: number, count: number): number {
  const idf = (df: number, n: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  return idf(inLanguage, inLanguageCount) / idf(held, count);
}
