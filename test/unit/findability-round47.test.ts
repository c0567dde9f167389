import { describe, expect, test } from 'vitest';
import { inLanguageRarity, queryLanguages } from '../../src/lib/query-language.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { inventedNoticesIndex, firstFound, noticeDocument } from '../support/invented-notices.ts';

// Round 47 of docs/findability.md: a knowledge base holding English posts and a few dozen German,
// French and Spanish documentation pages. "Zertifikat", held by most German pages but by few of all
// pages, counted as a rare word for a German query and decided its ranking alone. A query's function
// words now say its language, and each of its words counts by its rarity among the pages in that
// language. The pages below are invented.

describe('round 47: the language of a query', () => {
  test.each([
    ['wildcard zertifikat mit dns-01', ['de']],
    ['plötzlich viel traffic nach dem zertifikat', ['de']],
    ['port 80 fermé la validation échoue', ['fr', 'es']],
    ['enregistrement CAA bloque les émissions', ['fr']],
    ['certificados para localhost', ['es']],
    ['révoquer un certificat', ['fr', 'es']],
  ])('"%s" says %j', (query, languages) => {
    expect(queryLanguages(query)).toEqual(languages);
  });

  test.each([
    'expiry emails stopped arriving',
    'generation y root hierarchy',
    'es cluster red after upgrade',
    'cert expired at 9am est',
    'du shows the disk full',
    'wildcard zertifikat dns-01',
  ])('"%s" says none', (query) => {
    expect(queryLanguages(query)).toEqual([]);
  });

  test("a word all of the language's pages hold counts little, one few of them hold as much as before", () => {
    // "Zertifikat": 19 of 27 German pages, 19 of 376 pages in all.
    expect(inLanguageRarity(19, 27, 19, 376)).toBeLessThan(0.2);
    // A word held as rarely among the language's pages as among all pages counts about the same.
    expect(inLanguageRarity(1, 27, 14, 376)).toBeGreaterThan(0.8);
  });

  test("a German page's search document carries its language as a filter, an English one none", () => {
    const german = noticeDocument('de-page', 'Widerruf von Zertifikaten', 'Wie Sie ein Zertifikat widerrufen, wenn der private Schlüssel verloren gegangen ist.', 'Text.');
    const english = noticeDocument('en-page', 'Revoking certificates', 'How to revoke a certificate when its private key was lost.', 'Text.');
    expect(german.html).toContain('data-pagefind-filter="language:de"');
    expect(english.html).not.toContain('data-pagefind-filter="language:');
  });
});

describe("round 47: a German query in pagefind's own index of English posts and German pages", () => {
  // Twenty English posts, three of them about traffic; five German pages, each holding "Zertifikat",
  // so pagefind scores it as a rare word of the whole index. The FAQ answers the query: it holds
  // "viel", "Traffic" and "Zertifikat" in its body; the revocation page holds "Zertifikate" in its title.
  const english = Array.from({ length: 20 }, (_, i) => ({
    id: `post-${i}`,
    title: ['Database servers upgraded', 'Rate limits scaled', 'Expiration emails ended', 'A new intermediate', 'Logs sharded'][i % 5] + ` (${i})`,
    summary: i < 3 ? 'Traffic to the API doubled after the launch, and the team added servers.' : 'The service kept running while the team worked on it.',
    body: 'Nothing changed for subscribers; the post explains the work.',
  }));
  const german = [
    { id: 'de-faq', title: 'Häufige Fragen', summary: 'Antworten auf häufige Fragen zu Kosten, Clients und Validierung.', body: 'Ich habe ein Zertifikat beantragt und jetzt bekommt meine Domain viel Traffic. Das ist normal: Crawler finden die Domain in den öffentlichen Protokollen.' },
    { id: 'de-revoke', title: 'Widerruf von Zertifikaten', summary: 'Wie Sie ein Zertifikat widerrufen, wenn der private Schlüssel verloren gegangen ist.', body: 'Es gibt viel zu beachten: Nach dem Widerruf ist das Zertifikat ungültig, und jeder Client lehnt das Zertifikat ab.' },
    { id: 'de-start', title: 'Erste Schritte', summary: 'Wie Sie mit einem ACME-Client Ihr erstes Zertifikat bekommen und es erneuern.', body: 'Mit viel Automatisierung erneuert der Client das Zertifikat rechtzeitig.' },
    { id: 'de-chain', title: 'Vertrauensketten', summary: 'Welche Zwischenzertifikate und Wurzeln ein Zertifikat mit sich führt.', body: 'Die Kette eines Zertifikats endet bei einer Wurzel, der die Browser vertrauen.' },
    { id: 'de-localhost', title: 'Zertifikate für localhost', summary: 'Warum es für localhost kein öffentliches Zertifikat gibt und was man stattdessen tut.', body: 'Ein eigenes Zertifikat für die Entwicklung bleibt auf dem Rechner.' },
  ];
  const engine = inventedNoticesIndex('findability-round47-', [...english, ...german]);

  test('"plötzlich viel traffic nach dem zertifikat" finds the FAQ first', async () => {
    // At the branch point "Zertifikat", rare in the whole index, put the page holding it in its
    // title first; among the German pages it is an everyday word, and "Traffic" decides.
    expect(await firstFound(engine(), 'plötzlich viel traffic nach dem zertifikat', searchAlternatives)).toBe('/postmortems/de-faq/');
  });

  test('the German pages are listed by their language filter', async () => {
    // pagefind's filtered listing, as src/lib/forgiving-search.ts asks it.
    const listing = engine() as unknown as { search(term: null, options: object): Promise<{ results: unknown[] } | null> };
    const listed = await listing.search(null, { filters: { language: { any: ['de'] } } });
    expect(listed?.results.length).toBe(german.length);
  });
});
