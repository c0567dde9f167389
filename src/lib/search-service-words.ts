import { forEachToken, isIndexable } from './text-analysis.ts';

/**
 * The words a knowledge base's services vocabulary (content/services.yaml: `publicName`,
 * `description`) uses for the services a report names, that the report's page does not hold
 * already: a responder who calls the search service "catalogue search" or the payments API "card
 * payments" should find the report that names only `search-service`. Distinct indexable words (no
 * stop words, numbers or one-letter words), in the order the vocabulary gives them; a word the
 * page holds finds nothing new in pagefind (it matches words), so it would only lengthen the page.
 *
 * Measured in round 14 of docs/findability.md; off on the site (`SearchDocumentOptions.serviceVocabulary`).
 */
export function serviceVocabularyWords(pageText: string, serviceTexts: readonly string[]): string[] {
  const onPage = new Set<string>();
  forEachToken(pageText, (token) => onPage.add(token));
  const words: string[] = [];
  const seen = new Set<string>();
  for (const text of serviceTexts) {
    forEachToken(text, (token) => {
      if (!isIndexable(token) || onPage.has(token) || seen.has(token)) return;
      seen.add(token);
      words.push(token);
    });
  }
  return words;
}
