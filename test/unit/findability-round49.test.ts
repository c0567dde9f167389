import { describe, expect, test } from 'vitest';
import { typedCodes, writesCode } from '../../src/lib/typed-codes.ts';
import { englishIncidentWords } from '../../src/lib/search-translations.ts';
import { cjkWordsSpaced } from '../../src/lib/cjk-words.ts';
import { joinWideLetterLines } from '../../src/lib/cjk-line-breaks.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { acronymsTyped, searchForgiving } from '../../src/lib/forgiving-search.ts';
import { aliasSentence, inventedNoticesIndex, firstFound, noticeDocument } from '../support/invented-notices.ts';

// Round 49 of docs/findability.md. The advisories, notices and Japanese pages below are invented.

describe('round 49: codes a query types as one token', () => {
  test.each([
    ['an advisory id', 'CVE-2031-7777', ['cve-2031-7777']],
    ['a challenge among words', 'wildcard zertifikat mit dns-01', ['dns-01']],
    ['two severities, once each', 'SEV-1 oder SEV-2, wieder SEV-1', ['sev-1', 'sev-2']],
    ['a hyphenated phrase of letters is no code', 'out-of-memory on the build-runner', []],
    ['digits alone are no code', 'down 2031-01-05 since 09-30', []],
  ])('%s', (_, query, codes) => {
    expect(typedCodes(query)).toEqual(codes);
  });

  test.each([
    ['in a TOML list of aliases, any case', 'aliases = ["cve-2031-7777", "GHSA-aaaa-bbbb"]', true],
    ['a longer id is another id', 'See CVE-2031-77771.', false],
    ['an id continued by a hyphen is another id', 'CVE-2031-7777-b was withdrawn.', false],
    ['at the end of a sentence', 'Tracked as CVE-2031-7777.', true],
  ])('writesCode: %s', (_, text, expected) => {
    expect(writesCode(text, 'cve-2031-7777')).toBe(expected);
  });
});

describe('round 49: a word typed in capitals among others is an acronym, not a stop word', () => {
  test.each([
    ['a Japanese query naming a report', '用語集 CANレポート', ['can']],
    ['an English one', 'IT outage at the office', ['it']],
    ['a query typed all in capitals says nothing', 'SITE IS DOWN', []],
    ['lower case is the stop word', 'it is down', []],
  ])('%s', (_, query, acronyms) => {
    expect([...acronymsTyped(query)]).toEqual(acronyms);
  });
});

describe('round 49: a German notice that says "nicht erreichbar" is unavailable too', () => {
  test('its English words, and its search document', () => {
    expect(englishIncidentWords('Die Kursübersicht ist derzeit nicht erreichbar.')).toEqual(['unreachable', 'unavailable']);
    const html = noticeDocument('kurse', 'Störung Kursübersicht', 'Die Kursübersicht für Lehrkräfte ist derzeit nicht erreichbar.', 'Wir arbeiten an einer Lösung.').html;
    expect(aliasSentence(html)).toContain('unavailable');
  });
});

describe('round 49: one class of Chinese and Japanese letters', () => {
  test('a line break between half-width Katakana punctuation and a letter is taken out', () => {
    expect(joinWideLetterLines('ｻｰﾊﾞｰ停止｡\nﾒｰﾙ遅延')).toBe('ｻｰﾊﾞｰ停止｡ﾒｰﾙ遅延');
  });
  test('half-width Hangul is Korean, written with spaces: its word keeps its digit (the branch point spaced it as Japanese)', () => {
    expect(cjkWordsSpaced('停止 ﾾﾷﾺ2')).toBe('停止 ﾾﾷﾺ2');
  });
});

describe("round 49: pasted ids and acronyms in pagefind's own index", () => {
  const advisories = [
    {
      id: 'lantern-smuggling',
      title: 'lantern-proxy: request smuggling through a folded header',
      summary: 'A folded Transfer-Encoding header let a second request through the proxy.',
      body: 'Upgrade to 0.9.4.\n\n```toml\n[advisory]\nid = "RUSTSEC-2031-0042"\naliases = ["CVE-2031-7777", "GHSA-q2w3-e4r5-t6y7"]\n```',
    },
    {
      id: 'cve-tools',
      title: 'cve-tools introduces memory corruption in safe code',
      summary: 'The crate cve-tools, written to show holes in the borrow checker, corrupts memory on purpose (CVE-2031-0001).',
      body: 'Do not depend on cve-tools. Reported in 2031 by its own author.',
    },
    ...Array.from({ length: 6 }, (_, i) => ({
      id: `advisory-${i}`,
      title: `crate-${i}: panic on malformed input`,
      summary: `Parsing a malformed frame panics in crate-${i} (2031).`,
      body: `Fixed in 1.${i}.0. Tracked as CVE-2031-10${i}0.`,
    })),
    {
      id: 'glossary',
      title: 'glossary',
      summary: '当社のドキュメントに出てくる言葉の意味をまとめました。',
      body: '### CANレポート（CAN Report）\n\n状況（Conditions）、行動（Actions）、必要なもの（Needs）を短く伝える報告です。\n\n### 書記\n\n会議の記録を取る人です。',
    },
    {
      id: 'misskey-outage',
      title: '2031年1月のPinwheel障害について',
      summary: '1月5日にPinwheelのサーバーが停止しました。',
      body: 'データベースの容量が不足していました。',
    },
    ...['会議', '記録', '連絡'].map((word, i) => ({
      id: `guide-${i}`,
      title: `guide ${i}`,
      summary: `${word}の用語集と手順です。`,
      body: `この${word}の手順は用語集の言葉で書かれています。詳しくは別のページを読んでください。`,
    })),
  ];
  const engine = inventedNoticesIndex('findability-round49-', advisories);

  test('a pasted CVE id finds the advisory listing it among its aliases first', async () => {
    // At the branch point the advisory was the one exact result, moved among the partial matches
    // below the advisory whose title holds "cve".
    expect(await firstFound(engine(), 'CVE-2031-7777', searchAlternatives)).toBe('/postmortems/lantern-smuggling/');
  });

  test("a Japanese result's title reads as written, without the index's spaces around Latin letters and digits", async () => {
    const found = await searchForgiving(engine(), 'Pinwheel 障害', searchAlternatives);
    const hit = [...found.exact, ...found.partial].find((h) => h.data.url === '/postmortems/misskey-outage/');
    expect(hit?.data.meta.title).toBe('2031年1月のPinwheel障害について');
    // Shown above the excerpt, so the excerpt does not quote it again (the title's words, spaced as the page's).
    expect(hit?.data.excerpt).toContain('サーバー');
    expect(hit?.data.excerpt).not.toContain('について');
  });

  test('"用語集 CANレポート" finds the glossary holding "CAN"', async () => {
    const found = await firstFound(engine(), '用語集 CANレポート', searchAlternatives);
    expect(found).toBe('/postmortems/glossary/');
  });
});
