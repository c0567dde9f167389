import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { serviceVocabularyWords } from '../../src/lib/search-service-words.ts';
import { toSearchDocument } from '../../src/lib/search-document.ts';
import { aliasSentenceLead } from '../../src/lib/search-excerpt.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { parseBodyForSearch } from '../../scripts/lib/search-documents.ts';
import { loadVocabulary, vocabularyNames } from '../../src/lib/vocabulary.ts';

describe('the services vocabulary\'s words for the services a report names', () => {
  test('words of the publicName and description the page lacks, once each, in the vocabulary\'s order', () => {
    const words = serviceVocabularyWords('Search nodes ran out of heap.', ['Product search\nCatalogue search and autocomplete on an Elasticsearch cluster.', 'Catalogue browsing']);
    expect(words).toEqual(['product', 'catalogue', 'autocomplete', 'elasticsearch', 'cluster', 'browsing']);
  });

  test('no stop words, numbers or words the page holds; nothing for a service the vocabulary says nothing of', () => {
    expect(serviceVocabularyWords('The cluster was down.', ['The cluster of 3 nodes'])).toEqual(['nodes']);
    expect(serviceVocabularyWords('Anything.', ['', ''])).toEqual([]);
  });

  const example = validateCorpus(resolve(import.meta.dirname, '../../content'), { frontmatterOnly: true });
  const names = vocabularyNames(loadVocabulary(resolve(import.meta.dirname, '../../content')));
  const base = example.postmortems.find((p) => p.data?.status === 'published')!.data!;
  const aliasesOf = (html: string) => html.match(new RegExp(`<p data-pagefind-weight="2">${aliasSentenceLead} ([^<]*)\\.</p>`))?.[1] ?? '';
  const documentOf = (serviceVocabulary: boolean) =>
    toSearchDocument('x', { ...base, title: 'Search nodes out of heap', summary: 'Queries failed.', signals: [], services: ['search-service'] }, parseBodyForSearch('Nodes restarted.\n', 'x.mdx')!, names, { serviceVocabulary }).html;

  test('the search document carries them in the hidden alias sentence only when asked (off on the site)', () => {
    // content/services.yaml describes search-service as catalogue search on Elasticsearch.
    expect(names.serviceVocabulary('search-service')).toMatch(/catalogue/i);
    expect(aliasesOf(documentOf(true))).toMatch(/\bcatalogue\b/);
    expect(documentOf(false)).not.toMatch(/catalogue/i);
  });
});
