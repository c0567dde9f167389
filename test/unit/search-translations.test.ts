import { beforeAll, describe, expect, test } from 'vitest';
import { searchForgiving, type SearchEngine } from '../../src/lib/forgiving-search.ts';
import { pageWithAliases, temporarySearchIndexes } from '../support/alias-search-index.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { builtInIncidentTranslations, foldAccents, sameMeaningWordsOf, translationIndex, translationsOf } from '../../src/lib/search-translations.ts';
import { alternativesOf } from '../../src/lib/search-alternatives.ts';

describe('translationsOf (round 16)', () => {
  test.each([
    ['Stromausfall', ['power', 'outage']],
    ['panne', ['outage']],
    ['réseau', ['network']],
    // Typed without its accent, as on a keyboard without one.
    ['reseau', ['network']],
    ['Rechenzentrum', ['datacenter']],
    ['Anmeldung', ['login']],
    ['caída', ['outage', 'down']],
    ['Lastverteiler', ['load', 'balancer']],
  ])('a word of another language: %s → %j', (word, english) => {
    expect(translationsOf(word)).toEqual(english);
  });

  test.each([
    // Two entries' words, with and without the linking "s".
    ['Netzwerkausfall', ['network', 'outage']],
    ['Datenbankfehler', ['database', 'error']],
    ['Sicherheitsvorfall', ['security', 'incident']],
  ])('a German compound no entry holds is split into two entries: %s → %j', (word, english) => {
    expect(translationsOf(word)).toEqual(english);
  });

  test('a German compound with an English part of the table: the English part stands for itself', () => {
    expect(translationsOf('Datenbankserver')).toEqual(['database', 'server']);
    expect(translationsOf('Loginfehler')).toEqual(['login', 'error']);
    // Two English parts are no German compound: nothing to translate.
    expect(translationsOf('serverlogin')).toEqual([]);
  });

  test('an English word of the table: its single-word translations, never itself', () => {
    const network = translationsOf('network');
    expect(network).toEqual(expect.arrayContaining(['netzwerk', 'réseau']));
    expect(network).not.toContain('network');
    // "centre de données" is a phrase: its words are searched one by one, so it is not offered
    // (nor, since round 57, "centro dati"; the Russian abbreviation "цод" is one word).
    expect(translationsOf('datacenter')).toEqual(['rechenzentrum', 'цод', 'rekencentrum']);
  });

  test('a word of no entry, a part of a phrase and a compound of unknown parts translate to nothing', () => {
    expect(translationsOf('kubernetes')).toEqual([]);
    expect(translationsOf('de')).toEqual([]);
    expect(translationsOf('mot')).toEqual([]);
    // "ausfall" is known, "xyzw" is not: no half translation.
    expect(translationsOf('xyzwausfall')).toEqual([]);
  });

  test('no word of another language is also an English word of the table, and none is listed twice in an entry', () => {
    const english = new Set(builtInIncidentTranslations.flatMap((entry) => entry.en.split(' ')));
    for (const entry of builtInIncidentTranslations) {
      expect(new Set(entry.other).size).toBe(entry.other.length);
      for (const word of entry.other) expect(english.has(foldAccents(word))).toBe(false);
    }
  });

  test('a German word typed inflected is looked up in its plain form; an English word is not (round 25)', () => {
    expect(translationsOf('kaputtem')).toEqual(['broken']);
    expect(translationsOf('abgelaufenes')).toEqual(['expired']);
    expect(translationsOf('defekte')).toEqual(['broken']);
    expect(translationsOf('slower')).toEqual([]);
    expect(translationsOf('Netze')).toEqual(['network']);
  });

  test('a word of another language also brings the other words of its meaning; an English word and a compound do not (round 25)', () => {
    expect(sameMeaningWordsOf('kaputtem')).toEqual(expect.arrayContaining(['defekt', 'fehlerhaft', 'kaputt']));
    expect(sameMeaningWordsOf('kaputt')).not.toContain('kaputt');
    expect(sameMeaningWordsOf('network')).toEqual([]);
    // The entry's own words only: "Stromausfall" does not bring every word for power and for outage.
    expect(sameMeaningWordsOf('Stromausfall')).toEqual(['apagón', 'stroomstoring', 'stroomuitval', 'strömavbrott', 'elavbrott']);
    expect(sameMeaningWordsOf('Netzwerkausfall')).toEqual([]);
    expect(alternativesOf('zurückgerollt')).toEqual(expect.arrayContaining(['rollback', 'zurückgesetzt']));
  });

  test('a table of its own replaces the built-in one', () => {
    const index = translationIndex([{ en: 'outage', other: ['avería'] }]);
    expect(translationsOf('averia', index)).toEqual(['outage']);
    expect(translationsOf('Stromausfall', index)).toEqual([]);
  });
});

describe('the search page with translations (searchAlternatives)', () => {
  // pagefind's contract: every word must match; scores per word and page.
  const scores: Record<string, Record<string, number>> = {
    power: { dc: 5, ups: 3 },
    outage: { dc: 4, network: 2 },
    s390: { dc: 2, builders: 3 },
    network: { network: 5 },
  };
  const searched: string[] = [];
  const engine: SearchEngine = {
    async search(term) {
      searched.push(term);
      const words = term.toLowerCase().split(' ').filter((word) => scores[word]);
      if (!words.length) return { results: [] };
      const pages = Object.keys(scores[words[0]]).filter((id) => words.every((word) => scores[word][id] !== undefined));
      return {
        results: pages.map((id) => ({
          id,
          score: words.reduce((sum, word) => sum + scores[word][id], 0),
          data: async () => ({ url: `/postmortems/${id}/`, excerpt: '', meta: { title: id }, words: [], content: words.join(' ') }),
        })),
      };
    },
  };

  test('a one-word query no page holds lists the pages holding its translations, named as such', async () => {
    expect((await searchForgiving(engine, 'Stromausfall')).partial).toEqual([]);
    const found = await searchForgiving(engine, 'Stromausfall', searchAlternatives);
    expect(found.missing).toEqual(['stromausfall']);
    expect(found.exact).toEqual([]);
    // dc holds both "power" and "outage": it ranks first, by the better of the two.
    expect(found.partial.map((hit) => hit.id)).toEqual(['dc', 'ups', 'network']);
    expect(found.partial[0].asSynonym).toEqual({ stromausfall: 'power' });
  });

  test('a query mixing a held word and a foreign one: the page holding both ranks first', async () => {
    // Without translations the page scoring higher for "s390" alone comes first.
    expect((await searchForgiving(engine, 'Stromausfall s390')).partial[0].id).toBe('builders');
    const found = await searchForgiving(engine, 'Stromausfall s390', searchAlternatives);
    expect(found.partial[0].id).toBe('dc');
    expect(found.partial[0].matched).toEqual(['stromausfall', 's390']);
  });

  test('a word some page holds is not translated: an English query is searched as before', async () => {
    searched.length = 0;
    const found = await searchForgiving(engine, 'network outage', searchAlternatives);
    expect(found.exact.map((hit) => hit.id)).toEqual(['network']);
    expect(searched.some((term) => /netzwerk|réseau|ausfall|panne/.test(term))).toBe(false);
  });
});

// Against pagefind's own index: reports written in German, searched in English, and the reverse.
const searchIndexOf = temporarySearchIndexes('search-translations-');
let german: SearchEngine;
let english: SearchEngine;
beforeAll(async () => {
  german = await searchIndexOf([
    { url: '/postmortems/strom/', html: pageWithAliases('Stromausfall im Rechenzentrum Frankfurt: alle Server waren nicht erreichbar.', []) },
    { url: '/postmortems/anmeldung/', html: pageWithAliases('Die Anmeldung war nach dem Zertifikatswechsel nicht möglich.', []) },
    { url: '/postmortems/drucker/', html: pageWithAliases('Der Drucker im Büro war nicht erreichbar.', []) },
  ]);
  english = await searchIndexOf([
    { url: '/postmortems/power/', html: pageWithAliases('A power outage at the datacenter took every server offline.', []) },
    { url: '/postmortems/printer/', html: pageWithAliases('The office printer was offline.', []) },
  ]);
}, 120_000);

const urls = (found: { exact: { data: { url: string } }[]; partial: { data: { url: string } }[] }) => [...found.exact, ...found.partial].map((hit) => hit.data.url);

describe('translations in pagefind\'s index', () => {
  test('English words find the German report ("power outage datacenter": strom…, rechenzentrum), and nothing without', async () => {
    expect(urls(await searchForgiving(german, 'power outage datacenter'))).toEqual([]);
    expect(urls(await searchForgiving(german, 'power outage datacenter', searchAlternatives))[0]).toBe('/postmortems/strom/');
    expect(urls(await searchForgiving(german, 'login', searchAlternatives))).toEqual(['/postmortems/anmeldung/']);
  });

  test('German words find the English report ("Stromausfall Rechenzentrum")', async () => {
    expect(urls(await searchForgiving(english, 'Stromausfall Rechenzentrum'))).toEqual([]);
    expect(urls(await searchForgiving(english, 'Stromausfall Rechenzentrum', searchAlternatives))).toEqual(['/postmortems/power/']);
  });
});
