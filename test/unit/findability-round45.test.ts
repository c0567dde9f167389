import { describe, expect, test } from 'vitest';
import { englishIncidentWords, englishWordsOf } from '../../src/lib/search-translations.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { searchForgiving, type SearchEngine } from '../../src/lib/forgiving-search.ts';
import { aliasSentence, noticeDocument, searchInventedNotices } from '../support/invented-notices.ts';

// Round 45 of docs/findability.md: an English query on a German status notice ("etherpad crashed
// this morning, restarted") found it by the service's name alone, below English reports holding
// "crashed", "morning" and "restarted": the search page translates a query word only when no page
// holds it, and English reports hold every English word. A report in German, Spanish or French now
// indexes the English words of the translation table its lead says ("Ausfall" → "outage", "neu
// gestartet" → "restart"). And a short report holding the three telling words of a nine-word query,
// each several times, was not listed at all: a page had to hold four of nine words (plain BM25
// ranked it first). A third of a long query's words now lists a page. The notices and words below
// are invented.

describe('round 45: the English words of a text in another language', () => {
  test('a word, an inflected word, a compound and a phrase give their English words', () => {
    expect(englishWordsOf('Ausfall')).toContain('outage');
    expect(englishWordsOf('fehlerhaften')).toContain('broken');
    expect(englishWordsOf('Datenbankfehler')).toEqual(expect.arrayContaining(['database', 'error']));
    expect(englishIncidentWords('Der Dienst wurde um 7 Uhr neu gestartet.')).toEqual(['restart']);
    expect(englishIncidentWords('Das Portal ist derzeit nicht erreichbar.')).toEqual(['unreachable', 'unavailable']);
    expect(englishIncidentWords('Corte de luz en la sala, servicios caídos.')).toEqual(expect.arrayContaining(['outage', 'power', 'down']));
  });

  test('the words a responder types of a file store, a change and a message', () => {
    expect(englishIncidentWords('Nach einer Änderung ist die Dateiablage gestört.')).toEqual(expect.arrayContaining(['change', 'file', 'outage']));
    expect(englishIncidentWords('Fehlerhafte Benachrichtigungen wurden versendet.')).toEqual(expect.arrayContaining(['broken', 'notification']));
  });

  test('an English word, a word the text writes itself or an unknown word gives none', () => {
    expect(englishWordsOf('outage')).toEqual([]);
    expect(englishWordsOf('Schulportal')).toEqual([]);
    // "Update" is written in the German text: it is not added again.
    expect(englishIncidentWords('Das Update der Lernplattform')).toEqual([]);
    expect(englishIncidentWords('The portal was down after the update.')).toEqual([]);
  });
});

describe("round 45: the search document of a report in another language", () => {
  test('a German notice indexes its English incident words, an English report none', () => {
    const german = noticeDocument('tafel', 'Tafel: Ausfall am Morgen', 'Die Tafel war von 6 bis 8 Uhr nicht erreichbar und wurde neu gestartet.', 'Die Ursache wird untersucht.');
    expect(aliasSentence(german.html)).toEqual(expect.stringContaining('outage'));
    expect(aliasSentence(german.html)).toEqual(expect.stringContaining('unreachable'));
    expect(aliasSentence(german.html)).toEqual(expect.stringContaining('restart'));
    // An English report quoting a German word ("Neustart") is not a report in German.
    const english = noticeDocument('board', 'Board banner showed the wrong text', 'For an hour the banner of the board read "Neustart um 8 Uhr" before the text was fixed by the content team.', 'Copy review.');
    expect(aliasSentence(english.html)).not.toContain('restart');
  });
});

describe("round 45: in pagefind's own index", () => {
  const notices = [
    { id: 'wikiboard-ausfall', title: 'Wikiboard: Ausfall (12.03., 06:00 - 07:30 Uhr)', summary: 'Heute früh kam es zu einem Ausfall des Wikiboards. Der Dienst wurde um 7:30 Uhr neu gestartet und ist seitdem wieder verfügbar.', body: 'Die Ursache wird noch untersucht.' },
    { id: 'ablage-dns', title: 'Dateiablage: DNS-Problem', summary: 'Nach einer Änderung der DNS-Einträge ist die Dateiablage für einige Nutzer bis 18 Uhr nicht erreichbar.', body: 'Die TTL beträgt eine Stunde.' },
    { id: 'scheduler-crash', title: 'Batch scheduler crashed overnight', summary: 'The batch scheduler crashed at 04:00 and was restarted by the on-call engineer at 05:10.', body: 'A memory leak in the plugin loader grew until the process was killed.' },
    { id: 'gateway-crash', title: 'Gateway crashed after a deploy', summary: 'The API gateway crashed this morning after a deploy; the deploy was rolled back.', body: 'A missing setting made it exit on start.' },
    { id: 'resolver-change', title: 'Resolver change broke internal names', summary: 'A DNS change broke internal names for an hour.', body: 'The change was reverted.' },
    { id: 'mail-queue', title: 'Mail queue stuck', summary: 'Outgoing mail sat in the queue for two hours this morning.', body: 'A full disk on the relay.' },
  ];
  const firstUrl = searchInventedNotices('findability-round45-', notices, searchAlternatives);
  const first = async (query: string) => (await firstUrl(query))?.replace(/^\/postmortems\/|\/$/g, '');

  test('"wikiboard crashed this morning, restarted" finds the German notice', async () => {
    // Without its English words the notice holds "wikiboard" alone, one word of four, too few to be
    // listed among the English reports holding two of them ("crashed" and "restarted", "crashed"
    // and "morning"), as Schullogin's Etherpad notice was in round 44.
    expect(await first('wikiboard crashed this morning, restarted')).toBe('wikiboard-ausfall');
  });

  test('an English query on the English reports finds them as before', async () => {
    expect(await first('batch scheduler crashed, restarted')).toBe('scheduler-crash');
    expect(await first('resolver change broke internal names')).toBe('resolver-change');
  });
});

describe('round 45: a long query lists a page holding a third of its words', () => {
  // pagefind's score per word and page, as measured for round 44's "customers sites deleted by
  // maintenance script, restored over two weeks": the short report holds three of the nine counted
  // words in its title and summary, long notices hold four to six, mostly everyday ones, in passing.
  const scores: Record<string, Record<string, number>> = {
    tenants: { short: 14.9 },
    sites: { short: 5.3, long1: 1.2, long2: 3.5, long3: 1.0 },
    deleted: { long1: 6.0, long3: 1.0 },
    cleanup: { long1: 0.9, long2: 11.0 },
    script: { long4: 4.0 },
    restored: { short: 12.0, long1: 6.0 },
    over: { long3: 1.0 },
    two: { long1: 2.7, long2: 3.5, long3: 1.0 },
    weeks: { long1: 1.4, long2: 3.6, long3: 1.0 },
  };
  const scored: SearchEngine = {
    async search(term) {
      const words = term.split(' ');
      if (words.length > 1) return { results: [] };
      return { results: Object.entries(scores[words[0]] ?? {}).map(([id, score]) => ({ id, score, data: async () => ({ url: `/postmortems/${id}/`, excerpt: '', meta: { title: id } }) })) };
    },
  };

  test('the short report holding three of nine words is listed among the long notices, by its score', async () => {
    const found = await searchForgiving(scored, 'tenants sites deleted by cleanup script, restored over two weeks');
    // Four of nine were needed before: the short report came only after every page holding four,
    // as a page of one word fewer, and on round 44's reports, where more pages held four, not at all.
    expect(found.partial.map((hit) => hit.id).slice(0, 4)).toEqual(['long1', 'short', 'long2', 'long3']);
  });
});
