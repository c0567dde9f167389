import { describe, expect, test } from 'vitest';
import { cjkIncidentWords } from '../../src/lib/cjk-incident-words.ts';
import { completedAbbreviatedNames } from '../../src/lib/abbreviated-name-completion.ts';
import { englishIncidentWords } from '../../src/lib/search-translations.ts';
import { searchForgiving } from '../../src/lib/forgiving-search.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { aliasSentence, firstFound, inventedNoticesIndex, noticeDocument } from '../support/invented-notices.ts';

// Findability round 59 (docs/findability.md): a Chinese, Japanese or Korean report indexes the
// English incident words its lead says; a CamelCase name cut short is indexed whole too
// ("modsecurity" for "ModSec"). Invented notices.

describe('round 59: the incident words of a Chinese, Japanese or Korean text', () => {
  test.each([
    ['ログ転送コンテナのイメージ更新で glibc 不整合', ['log', 'container', 'image', 'update', 'mismatch']],
    ['机房之间网络故障，主站无法打开', ['outage', 'failure', 'datacenter', 'network', 'unreachable']],
    ['응답이 느려 캐시 서버를 재시작함', ['slow', 'server', 'restart', 'cache', 'response']],
  ])('%s → %j', (text, english) => {
    expect(cjkIncidentWords(text).sort()).toEqual([...english].sort());
  });

  test('a katakana word is a whole run of katakana, a Hangul word starts a run of Hangul', () => {
    // "ログ" in "ブログ" (blog) and in "ログイン" (login) is no log; "로그" in "블로그" is none either.
    expect(cjkIncidentWords('ブログのページ')).toEqual([]);
    expect(cjkIncidentWords('ログインできない')).toEqual(['login']);
    expect(cjkIncidentWords('블로그 글')).toEqual([]);
    expect(cjkIncidentWords('로그가 쌓임')).toEqual(['log']);
  });

  test('a text without those scripts is not read, and a word the text writes itself is not added', () => {
    expect(cjkIncidentWords('The log shipper lost its image cache')).toEqual([]);
    expect(englishIncidentWords('ログ転送停止 (log forwarding stopped)')).not.toContain('log');
    expect(englishIncidentWords('ログ転送停止 (log forwarding stopped)')).toContain('outage');
  });

  test('the search document of a Japanese report holds them; an English report quoting one word does not', () => {
    const japanese = noticeDocument('kiroku', 'ログ収集イメージの不整合で転送停止', 'ビルダーとランタイムの glibc 不整合により、ログ収集コンテナが起動直後に終了した。', '旧イメージに戻して復旧した。');
    const words = aliasSentence(japanese.html);
    for (const word of ['log', 'image', 'mismatch', 'container', 'outage']) expect(words).toContain(word);
    expect(japanese.html).toContain('language:ja');
    const english = noticeDocument('banner', 'Banner showed the wrong text', 'For an hour the shop banner read 障害 before the copy was fixed by the content team.', 'Copy review.');
    expect(aliasSentence(english.html)).not.toContain('outage');
  });
});

describe('round 59: a CamelCase name cut short', () => {
  test('is completed with the one incident word its last part starts', () => {
    expect(completedAbbreviatedNames('ModSec rules rejected the uploads')).toEqual(['modsecurity']);
    expect(completedAbbreviatedNames('the dbConn pool ran dry')).toEqual(['dbconnection']);
  });

  test('a part that is a word of its own, a name written whole too, and a one-letter first part are left alone', () => {
    expect(completedAbbreviatedNames('GitLab paged PagerDuty')).toEqual([]);
    expect(completedAbbreviatedNames('ModSec (ModSecurity) rules')).toEqual([]);
    expect(completedAbbreviatedNames('OAuth tokens expired')).toEqual([]);
    expect(completedAbbreviatedNames('no capital inside')).toEqual([]);
  });
});

describe("round 59: in pagefind's own index", () => {
  const notices = [
    { id: 'edge-waf', title: 'Uploads rejected at the edge', summary: 'ModSec rules on the edge proxy rejected file uploads for two hours.', body: 'A rule update was rolled back.' },
    { id: 'ingress-upgrade', title: 'Ingress controller upgraded', summary: 'The ingress controller was upgraded to a new release; its ModSecurity module stayed off and rejected nothing.', body: 'No customer noticed.' },
    { id: 'kiroku-ja', title: 'ログ収集イメージの不整合で転送停止', summary: 'ビルダーとランタイムの glibc 不整合により、ログ収集コンテナが起動直後に終了した。', body: '旧イメージに戻して復旧した。' },
    { id: 'glibc-build', title: 'Build host glibc upgrade', summary: 'The build host moved to a newer glibc; two jobs were rebuilt.', body: 'Nothing failed in production.' },
  ];
  const engine = inventedNoticesIndex('findability-round59-', notices);
  const first = (query: string) => firstFound(engine(), query, searchAlternatives);

  test('English words find the Japanese report of a log image mismatch', async () => {
    // Without the Japanese table the English report holding "glibc" and "upgrade" came first.
    expect(await first('glibc mismatch log image')).toBe('/postmortems/kiroku-ja/');
  });

  test('"modsecurity rejected uploads" counts the report writing "ModSec" as holding every word', async () => {
    // Without the completed name, "modsecurity" was held by the ingress report alone: the report
    // of the rejected uploads was a partial match, listed after it.
    const found = await searchForgiving(engine(), 'modsecurity rejected uploads', searchAlternatives);
    expect(found.exact.map((hit) => hit.data.url)).toContain('/postmortems/edge-waf/');
    expect((found.exact[0] ?? found.partial[0])?.data.url).toBe('/postmortems/edge-waf/');
  });
});
