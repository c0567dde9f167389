import { describe, expect, test } from 'vitest';
import { cjkIncidentWords } from '../../src/lib/cjk-incident-words.ts';
import { negatedOutageWordsBlanked } from '../../src/lib/negated-outage-words.ts';
import { findAliases } from '../../src/lib/search-aliases.ts';
import { otherFormsOf, searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { englishIncidentWords } from '../../src/lib/search-translations.ts';
import { aliasSentence, firstFound, inventedNoticesIndex, noticeDocument } from '../support/invented-notices.ts';

// Findability round 60 (docs/findability.md): a Chinese, Japanese or Korean query word is also
// searched as its English words; an outage word a notice denies ("ohne geplante Downtime") brings
// no outage words; a Korean word of the table is not found inside a longer word ("로그" in "로그인").
// Invented notices.

describe('round 60: a Hangul word of the table ends its word or takes a particle', () => {
  test.each([
    ['로그인 실패가 늘었다', ['login', 'failure']],
    ['로그가 쌓여 디스크가 찼다', ['log', 'disk']],
    ['장애로 주문이 멈춤', ['outage']],
    ['장애 시 연락', ['outage']],
    ['서버들이 재시작됨', ['server', 'restart']],
  ])('%s → %j', (text, english) => {
    expect(cjkIncidentWords(text).sort()).toEqual([...english].sort());
  });

  test('a longer word starting with a table word is not that word', () => {
    // "로그인" (login) is no log, "장애물" (obstacle) no outage: round 59 found both.
    expect(cjkIncidentWords('로그인 화면')).not.toContain('log');
    expect(cjkIncidentWords('장애물 경주')).toEqual([]);
  });
});

describe('round 60: a Chinese, Japanese or Korean query word has its English words as other forms', () => {
  test.each([
    ['장애', 'outage'],
    ['障害', 'outage'],
    ['中断', 'disruption'],
    ['냉각', 'cooling'],
    ['冲突', 'conflict'],
  ])('%s → %s', (word, english) => {
    expect(otherFormsOf(word)).toContain(english);
  });

  test('a Latin word and a CJK word of no entry gain none', () => {
    expect(otherFormsOf('outage')).toEqual([]);
    expect(otherFormsOf('마감')).toEqual([]);
  });
});

describe('round 60: an outage word a notice denies', () => {
  test('is blanked after a negation, or a negation and one word', () => {
    expect(negatedOutageWordsBlanked('der rollover erfolgt ohne geplante downtime.')).toBe('der rollover erfolgt ohne geplante         .');
    expect(negatedOutageWordsBlanked('no outage is expected')).toBe('no        is expected');
    expect(negatedOutageWordsBlanked('zero downtime deploys')).toBe('zero          deploys');
  });

  test('is kept when nothing denies it, and "no longer reachable" is untouched', () => {
    for (const text of ['the portal was down for an hour', 'the portal was no longer reachable', 'snow downtime', 'piano offline mode']) {
      expect(negatedOutageWordsBlanked(text)).toBe(text);
    }
  });

  test('brings no outage words to a notice; the same word said plainly still does', () => {
    expect(findAliases('Der Rollover erfolgt koordiniert und ohne geplante Downtime.')).not.toContain('down');
    expect(findAliases('Maintenance without any downtime.')).not.toContain('outage');
    expect(findAliases('The archive portal was down for two hours.')).toContain('outage');
    // The translation table's outage words too ("Ausfall", "disservizio"), inflected or not.
    expect(englishIncidentWords('Es kommt zu keinen Ausfällen, die Datenbank wird neu gestartet.')).not.toContain('outage');
    expect(englishIncidentWords('Intervento senza disservizi per i clienti')).not.toContain('outage');
    expect(englishIncidentWords('Ausfall der Datenbank, neu gestartet')).toContain('outage');
    const rollover = noticeDocument('rollover', 'Archiv: Zertifikat-Rollover', 'Das Zertifikat des Archivportals wird erneuert, ohne geplante Downtime.', 'Bei Problemen bitte melden.');
    expect(aliasSentence(rollover.html)).not.toMatch(/\bdown\b|\boutage\b/);
  });
});

describe("round 60: in pagefind's own index", () => {
  const notices = [
    { id: 'gpu-outage', title: 'GPU compute outage in region north', summary: 'GPU instances in region north were offline after an outage at the provider.', body: 'Service was restored by the provider.' },
    { id: 'gpu-driver', title: 'GPU driver upgrade for GPU nodes', summary: 'The GPU driver of the GPU nodes was upgraded; GPU jobs were drained and requeued on other GPU nodes.', body: 'No customer impact.' },
    { id: 'kessai-ko', title: '결제 장애', summary: '결제 서버 장애로 주문이 실패했다.', body: '서버를 재시작해 복구했다.' },
    { id: 'archive-rollover', title: 'Archive portal certificate rollover', summary: 'The archive portal certificate is renewed on Monday, without planned downtime for the archive portal.', body: 'Contact us if the archive portal misbehaves.' },
    { id: 'archive-offline', title: 'Archive portal unreachable', summary: 'The archive portal could not be reached for two hours.', body: 'A web node was restarted.' },
  ];
  const engine = inventedNoticesIndex('findability-round60-', notices);
  const first = (query: string) => firstFound(engine(), query, searchAlternatives);

  test('"GPU 장애" finds the English notice of a GPU outage', async () => {
    // Without the query word's English words, "장애" was held by the Korean notice alone, and the
    // notice of the GPU outage was not first.
    expect(await first('GPU 장애')).toBe('/postmortems/gpu-outage/');
  });

  test('"archive portal down" finds the notice of the outage, not the rollover without downtime', async () => {
    expect(await first('archive portal down')).toBe('/postmortems/archive-offline/');
  });
});
