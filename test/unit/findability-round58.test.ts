import { describe, expect, test } from 'vitest';
import { cyrillicLanguage } from '../../src/lib/cyrillic-language.ts';
import { reportLanguage } from '../../src/lib/report-language.ts';
import { englishWordsOf, translationsOf } from '../../src/lib/search-translations.ts';
import { expectedRank, missingPublishFacts, poolHalf, rankMoves } from '../../scripts/lib/search-pool.ts';
import { aliasSentence, noticeDocument, searchInventedNotices } from '../support/invented-notices.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';

// Findability round 58 (docs/findability.md): a report in Russian is told by its script, marked
// `lang="ru"` and indexes the English incident words its lead says; a Russian word of the table is
// found in its other cases; "upload" in the table; the pool scripts' pure parts. Invented notices.

describe('round 58: a report in Russian', () => {
  test('is told Russian by its Cyrillic words', () => {
    expect(cyrillicLanguage('Сбой платежей после обновления сервера')).toBe('ru');
    expect(reportLanguage({ title: 'Сбой платежей', summary: 'Платежи не проходили два часа после обновления.' })).toBe('ru');
  });

  test('an English report quoting a Russian error, and Ukrainian text, are not', () => {
    expect(reportLanguage({ title: 'Checkout failed with "ошибка сервера" in the widget', summary: 'The widget showed a Russian error for an hour.' })).toBeUndefined();
    expect(cyrillicLanguage('Відключення світла в дата-центрі')).toBeUndefined();
    expect(cyrillicLanguage('одно')).toBeUndefined();
  });

  test('its table words are found in their other cases', () => {
    expect(englishWordsOf('сертификатов')).toEqual(['certificate']);
    expect(englishWordsOf('сервера')).toEqual(['server']);
    expect(englishWordsOf('ошибкой')).toEqual(['error']);
    expect(englishWordsOf('уведомления')).toEqual(['notification']);
    // a stem shorter than four letters is no form of a table word
    expect(englishWordsOf('сетей')).toEqual([]);
  });

  test('its search document holds the English incident words of its lead, an English one does not', () => {
    const russian = noticeDocument('kassa', 'Сбой оплаты после обновления', 'После обновления сервера оплата не проходила: истек срок действия сертификатов платежного шлюза.', 'Сертификат заменен.');
    const words = aliasSentence(russian.html);
    expect(words).toContain('outage');
    expect(words).toContain('certificate');
    expect(words).toContain('payment');
    expect(russian.html).toContain('language:ru');
    const english = noticeDocument('board', 'Board banner showed the wrong text', 'For an hour the banner of the board read "сбой" before the text was fixed by the content team.', 'Copy review.');
    expect(aliasSentence(english.html)).not.toContain('outage');
  });
});

describe('round 58: "upload" in the translation table', () => {
  test('an Italian, German and French upload word means upload, and the other way', () => {
    expect(translationsOf('caricare')).toEqual(['upload']);
    expect(translationsOf('hochgeladen')).toEqual(['upload']);
    expect(translationsOf('téléversement')).toEqual(['upload']);
    expect(translationsOf('upload')).toEqual(expect.arrayContaining(['caricare', 'hochladen']));
  });
});

describe("round 58: in pagefind's own index", () => {
  const notices = [
    { id: 'portale-upload', title: 'Portale clienti: upload dei documenti sospeso', summary: "Impossibilità di effettuare l'upload di file dal portale clienti per due ore.", body: 'Il servizio di archiviazione non accettava nuovi documenti.' },
    { id: 'sala-macchine', title: 'Sala macchine: servizi non raggiungibili', summary: 'Impossibile accedere ai servizi della sala macchine per un guasto di rete; file e posta non raggiungibili.', body: 'Il guasto è stato riparato dal fornitore.' },
    { id: 'kassa-ru', title: 'Аннулирование сертификатов кассы', summary: 'Закрытый ключ сертификата кассы оказался в публичном репозитории; сертификаты аннулированы и выпущены заново.', body: 'Ключ заменен, доступ к репозиторию закрыт.' },
    { id: 'cert-renewal', title: 'Certificate renewal job stalled', summary: 'The renewal job of the web certificates stalled for a day; no certificate expired.', body: 'The job was restarted.' },
  ];
  const first = searchInventedNotices('findability-round58-', notices, searchAlternatives);

  test('"impossibile caricare file" finds the notice of the upload, not the one saying "impossibile"', async () => {
    // Without "caricare" → "upload" the query's one held telling word was "impossibile".
    expect(await first('impossibile caricare file')).toBe('/postmortems/portale-upload/');
  });

  test('English words find the Russian notice of a revoked certificate', async () => {
    // Without "revoked" and "key" in the table ("аннулирование", "ключ"), the English report
    // holding "certificate" came first.
    expect(await first('certificate revoked private key')).toBe('/postmortems/kassa-ru/');
  });
});

describe('round 58: the pool scripts', () => {
  test('a query goes to the half its text hashes to, or the one written', () => {
    const query = { query: 'disk full on the build host', kind: 'symptom', expect: ['a/b'] };
    expect(poolHalf(query)).toBe(poolHalf({ ...query, expect: ['c/d'], kind: 'short' }));
    expect(poolHalf({ ...query, half: 'held-out' })).toBe('held-out');
    expect(poolHalf({ ...query, half: 'development' })).toBe('development');
    const halves = new Set(Array.from({ length: 20 }, (_, i) => poolHalf({ query: `query ${i}`, kind: 'k', expect: [] })));
    expect(halves).toEqual(new Set(['development', 'held-out']));
  });

  test('a draft gets only the publishing facts it lacks', () => {
    expect(missingPublishFacts({ summary: 'Disk full.', times: {} }, '2026-12-07', '2026-02-01-disk.mdx')).toEqual({
      times: { started: '2026-02-01T09:00:00Z', resolved: '2026-02-01T10:00:00Z' },
      impact: { description: 'Disk full.' },
    });
    expect(missingPublishFacts({ summary: 'x', times: { started: '2026-03-01T12:00:00Z', resolved: '2026-03-01T11:00:00Z' }, impact: { description: 'y' } }, '2026-12-07').times)
      .toEqual({ started: '2026-03-01T12:00:00Z', resolved: '2026-03-01T13:00:00Z' });
    expect(missingPublishFacts({ summary: 'x', times: { started: '2026-03-01T12:00:00Z', resolved: '2026-03-01T14:00:00Z' }, impact: { description: 'y' } }, '2026-12-07')).toEqual({});
  });

  test('a query\'s place, and the queries that moved', () => {
    const before = [{ query: 'a', expect: ['x'], first: ['y', 'x'] }, { query: 'b', expect: ['x'], first: ['x'] }];
    const after = [{ query: 'a', expect: ['x'], first: ['x', 'y'] }, { query: 'b', expect: ['x'], first: ['x'] }];
    expect(expectedRank(before[0])).toBe(2);
    expect(expectedRank({ query: 'c', expect: ['z'], first: ['x'] })).toBe(0);
    expect(rankMoves(before, after)).toEqual([{ query: 'a', before: 2, after: 1 }]);
  });
});
