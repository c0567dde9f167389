import { describe, expect, test } from 'vitest';
import { holdsLongerWord, wholeWordSearchNeeded } from '../../src/lib/word-start-share.ts';
import { phraseWordTranslations, translationsOf } from '../../src/lib/search-translations.ts';
import { phraseAlternativesOf, searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { searchForgiving, type SearchEngine } from '../../src/lib/forgiving-search.ts';
import { firstFound, inventedNoticesIndex } from '../support/invented-notices.ts';

// Findability round 56 (docs/findability.md): a phrase of the translation table typed whole is
// translated as the phrase, not word by word; the whole-word search of round 55 is asked only when
// it can change a result. Invented notices and names.

describe('round 56: a phrase of another language typed whole', () => {
  test('the words of "base de datos" mean "database", where "datos" alone means "data"', () => {
    const byWord = phraseWordTranslations('base de datos llena');
    expect(byWord.get('datos')).toEqual(['database']);
    expect(byWord.get('base')).toEqual(['database']);
    expect(byWord.has('llena')).toBe(false);
    expect(translationsOf('datos')).toEqual(['data']);
    expect(phraseWordTranslations('datos llenos').size).toBe(0);
  });

  test('accents are optional, and a word of no typed phrase is left to its own translations', () => {
    expect(phraseAlternativesOf('Base de Données pleine')('donnees')).toEqual(['database']);
    expect(phraseAlternativesOf('base de donnees pleine')('pleine')).toBeUndefined();
  });
});

describe('round 56: when the whole-word search is asked', () => {
  test('not for a word one page holds, nor for a short one', () => {
    expect(wholeWordSearchNeeded('replica', 1)).toBe(false);
    expect(wholeWordSearchNeeded('replica', 2)).toBe(true);
    expect(wholeWordSearchNeeded('cert', 5)).toBe(false);
  });

  test('with a word list, only when it holds a longer word starting with the word that is no form of it', () => {
    expect(holdsLongerWord('graph', ['graph', 'graphs', 'graphql'])).toBe(true);
    expect(holdsLongerWord('graph', ['graph', 'graphs', 'graphing'])).toBe(false);
    expect(holdsLongerWord('postgres', ['postgresql'])).toBe(true);
    expect(holdsLongerWord('Timeout', ['timeouts', 'timeout'])).toBe(false);
    expect(wholeWordSearchNeeded('graph', 3, (word) => holdsLongerWord(word, ['graphs']))).toBe(false);
    expect(wholeWordSearchNeeded('graph', 3, (word) => holdsLongerWord(word, ['graphql']))).toBe(true);
  });
});

describe("round 56: in pagefind's own index", () => {
  const notices = [
    {
      id: 'data-hall-full-load',
      title: 'Data hall at full load overheated',
      summary: 'Cooling failed in one data hall while it ran at full load.',
      body: 'Servers throttled until the chiller was repaired.',
    },
    {
      id: 'orders-store-out-of-space',
      title: 'Orders store out of space',
      summary: 'The orders database filled its volume and writes failed.',
      body: 'The database volume was full by morning; writes were refused until it grew.',
    },
    {
      id: 'graph-panel-wrong',
      title: 'Latency panel showed wrong values',
      summary: 'The response time graph on the status page was off by an hour.',
      body: 'An exporter shifted its samples; the graph was fixed the same day.',
    },
    {
      id: 'graphql-gateway-slow',
      title: 'Slow graphql gateway',
      summary: 'graphql requests took seconds while the status page showed green.',
      body: 'A replica lagged behind.',
    },
    ...Array.from({ length: 40 }, (_, i) => ({
      id: `routine-window-${i}`,
      title: `Routine shelf maintenance window ${i}`,
      summary: 'Planned work on the shelves, announced on the status page.',
      body: 'The shelves were patched and checked.',
    })),
  ];
  const engine = inventedNoticesIndex('findability-round56-', notices);

  test('"base de datos llena" finds the full database above the data hall at full load', async () => {
    expect(await firstFound(engine(), 'base de datos llena', searchAlternatives)).toBe('/postmortems/orders-store-out-of-space/');
  });

  /** The index searches of one query, and the phrase searches among them. */
  async function counted(query: string, holds?: (word: string) => boolean) {
    const asked: string[] = [];
    const counting: SearchEngine = { search: (term, options) => (asked.push(String(term)), engine().search(term, options)) };
    const found = await searchForgiving(counting, query, { ...searchAlternatives, holdsLongerWord: holds });
    return { urls: [...found.exact, ...found.partial].map((hit) => hit.data.url), phrases: asked.filter((term) => term.startsWith('"')) };
  }

  test('a word list without a longer word spares the whole-word searches and changes no result', async () => {
    const query = 'status page shows wrong samples';
    const asked = await counted(query);
    const spared = await counted(query, () => false);
    expect(asked.phrases.length).toBeGreaterThan(0);
    expect(spared.phrases).toEqual([]);
    expect(spared.urls).toEqual(asked.urls);
  });

  test('"graph" is still searched whole where the list holds "graphql", and the notice writing it comes first', async () => {
    const query = 'response time graph on status page wrong';
    const found = await counted(query, (word) => holdsLongerWord(word, ['graph', 'graphql', 'status', 'response', 'wrong']));
    expect(found.phrases).toContain('"graph"');
    expect(found.urls[0]).toBe('/postmortems/graph-panel-wrong/');
  });
});
