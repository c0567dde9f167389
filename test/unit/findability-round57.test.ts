import { describe, expect, test } from 'vitest';
import { englishIncidentWords, translationsOf } from '../../src/lib/search-translations.ts';
import { matchedOnlyShorterWord, missingLettersAreConsonants, type SearchResultData } from '../../src/lib/forgiving-search.ts';
import { cjkFoldedValues, withCjkFoldsJoined } from '../../src/lib/cjk-folded-scalars.ts';
import { parseFrontmatter, splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { aliasSentence, noticeDocument } from '../support/invented-notices.ts';

// Findability round 57 (docs/findability.md): the translation table holds Italian, Portuguese and
// Russian incident words, and a report in Italian or Portuguese indexes the English words its
// lead says; a page word sharing all of a query word but two final consonants does not hold it
// ("backlg" is not "back"); Chinese and Japanese text of a folded YAML block is joined where a
// line was broken. Invented notices and words.

describe('round 57: Italian, Portuguese and Russian words of the translation table', () => {
  test('each means its English word, accents optional', () => {
    expect(translationsOf('disservizio')).toEqual(['outage']);
    expect(translationsOf('scaduto')).toEqual(['expired']);
    expect(translationsOf('scadenza')).toEqual(['expiry']);
    expect(translationsOf('falha')).toEqual(['failure']);
    expect(translationsOf('lentidao')).toEqual(['slow']);
    expect(translationsOf('сбой')).toEqual(['outage']);
    expect(translationsOf('ошибок')).toEqual(['error']);
  });

  test('an English word no page holds is also searched in them', () => {
    expect(translationsOf('outage')).toEqual(expect.arrayContaining(['disservizio', 'queda', 'сбой']));
    expect(translationsOf('expiry')).toEqual(expect.arrayContaining(['scadenza', 'vencimento']));
  });

  test('a text in Italian or Portuguese gives its English incident words', () => {
    expect(englishIncidentWords('Disservizio della posta: certificato scaduto, servizio riavviato')).toEqual(['outage', 'certificate', 'expired']);
    expect(englishIncidentWords('Falha no banco de dados após atualização')).toEqual(['failure', 'data', 'update', 'database']);
  });

  test('an Italian and a Portuguese notice index their English incident words, an English report none', () => {
    const italian = noticeDocument('cartella', 'Disservizio della cartella condivisa', 'A causa di un guasto del disco, la cartella condivisa non è stata raggiungibile per tutta la mattina e i file non sono stati salvati.', 'La causa è in corso di analisi.');
    expect(aliasSentence(italian.html)).toContain('outage');
    expect(aliasSentence(italian.html)).toContain('failure');
    const portuguese = noticeDocument('pagamentos', 'Falha nos pagamentos após a atualização', 'Os pagamentos ficaram indisponíveis durante uma hora depois da atualização do gateway.', 'A causa foi uma configuração errada.');
    expect(aliasSentence(portuguese.html)).toContain('failure');
    expect(aliasSentence(portuguese.html)).toContain('payment');
    const english = noticeDocument('board', 'Board banner showed the wrong text', 'For an hour the banner of the board read "disservizio" before the text was fixed by the content team.', 'Copy review.');
    expect(aliasSentence(english.html)).not.toContain('outage');
  });
});

/** pagefind's data for a page whose every matched location is one of `matched` (its words in `text`). */
function pageData(text: string, matched: readonly string[]): SearchResultData {
  const words = text.split(/\s+/);
  return {
    url: '/postmortems/p/',
    excerpt: '',
    meta: {},
    raw_content: text,
    weighted_locations: matched.map((word) => ({ location: words.indexOf(word), weight: 1, balanced_score: 1 })),
  } as unknown as SearchResultData;
}

describe('round 57: a word two consonants short is not the query word', () => {
  test('"back", "backup" and "background" do not hold "backlg"', () => {
    expect(missingLettersAreConsonants('lg')).toBe(true);
    expect(matchedOnlyShorterWord('backlg', pageData('queue went back to normal', ['back']))).toBe(true);
    expect(matchedOnlyShorterWord('backlg', pageData('the backup and background jobs', ['backup', 'background']))).toBe(true);
    expect(matchedOnlyShorterWord('backlg', pageData('a backlog of tasks', ['backlog']))).toBe(false);
  });

  test('an ending with a vowel, one letter short, or the stem still holds it', () => {
    expect(missingLettersAreConsonants('ed')).toBe(false);
    expect(missingLettersAreConsonants('ly')).toBe(false);
    expect(matchedOnlyShorterWord('crashed', pageData('the worker kept crashing', ['crashing']))).toBe(false);
    expect(matchedOnlyShorterWord('alerts', pageData('one alert fired', ['alert']))).toBe(false);
    expect(matchedOnlyShorterWord('kubernets', pageData('the kubernetes upgrade', ['kubernetes']))).toBe(false);
  });
});

describe('round 57: Chinese and Japanese text of a folded YAML block', () => {
  const yaml = [
    'title: 定时任务未注册',
    'summary: >-',
    '  计划任务在部署后没有注册，导致每日报表停',
    '  止生成。',
    'impact:',
    '  description: >',
    '    ユーザーは最新のデータ',
    '    を見られなかった and the export',
    '    stalled',
    'tags:',
    '  - "停 止"',
    'notes: >-',
    '  서비스가',
    '  중단되었습니다',
    '',
  ].join('\n');

  test('a break between two such characters is taken out, one beside a Latin word or Hangul stays a space', () => {
    const joined = cjkFoldedValues(yaml);
    expect(joined.get('计划任务在部署后没有注册，导致每日报表停 止生成。')).toBe('计划任务在部署后没有注册，导致每日报表停止生成。');
    expect(joined.get('ユーザーは最新のデータ を見られなかった and the export stalled\n')).toBe('ユーザーは最新のデータを見られなかった and the export stalled\n');
    expect(joined.size).toBe(2);
  });

  test('the parsed frontmatter holds the joined text; a quoted value is left as written', () => {
    const parsed = parseFrontmatter(splitFrontmatter(`---\n${yaml}---\n\nBody.\n`));
    expect(parsed.errors).toEqual([]);
    const data = parsed.data as { summary: string; impact: { description: string }; tags: string[]; notes: string };
    expect(data.summary).toBe('计划任务在部署后没有注册，导致每日报表停止生成。');
    expect(data.impact.description).toBe('ユーザーは最新のデータを見られなかった and the export stalled\n');
    expect(data.tags).toEqual(['停 止']);
    expect(data.notes).toBe('서비스가 중단되었습니다');
  });

  test('text without a folded block of such characters is returned as it is', () => {
    const data = { summary: 'The queue stalled.' };
    expect(withCjkFoldsJoined('summary: >-\n  The queue\n  stalled.\n', data)).toBe(data);
  });
});
