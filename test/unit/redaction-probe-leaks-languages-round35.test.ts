import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe, probeOptions, probeOptionsWithOrganisation, publicTextAfterRedact, publishedOccurrences, scanProbe } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { findJapaneseBareNames } from '../../src/lib/publication/japanese-bare-names.ts';
import { findChineseGivenNames } from '../../src/lib/publication/chinese-given-names.ts';
import { findKoreanGivenNames } from '../../src/lib/publication/korean-given-names.ts';
import { findOtherLanguagePersonCues } from '../../src/lib/publication/other-language-person-cues.ts';
import { findOtherLanguageSystemNouns } from '../../src/lib/publication/other-language-system-nouns.ts';
import { cjkPersonPlaceholder, languageOfTitle, personReplacementSpan } from '../../src/lib/publication/person-replacement-span.ts';
import { foundBeforeLanguagesRound35, leakProbesLanguagesRound35, stillPublishedLanguagesRound35 } from '../support/redaction-probes-languages-round35.ts';

/**
 * The probe round 35 (docs/redaction.md, "Probe round 35: other languages and scripts"): bare
 * names in Japanese, Chinese and Korean, titles and labels of Polish, Czech, the Scandinavian
 * languages, Turkish, Russian, Ukrainian and Greek, and systems after nouns round 33 lacked; and how
 * `npm run redact` replaces a name after a title or inside a sentence of Han, Kana or Hangul.
 */
describeProbeRound({ probes: leakProbesLanguagesRound35, foundBefore: foundBeforeLanguagesRound35, stillPublished: stillPublishedLanguagesRound35, atLeast: { probes: 72, gotThroughBefore: 34 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesLanguagesRound35.filter((p) => !stillPublishedLanguagesRound35.has(p.kind)),
);

describe('after npm run redact, each leak is gone or still stops the public build', () => {
  test.each(leakProbesLanguagesRound35.map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    const after = publicTextAfterRedact(probe.text, probe.org ? probeOptionsWithOrganisation : probeOptions);
    expect(publishedOccurrences({ ...probe, text: after })).toEqual([]);
  });
});

describe('not findings: text of those languages written the same way about things', () => {
  test.each([
    ['ja: a role on leave', 'カスタマーリエゾンが不在でステータスページを投稿できない場合があります。'],
    ['ja: an adverb before に and a question', 'このトレーニング資料について自由に質問してください。'],
    ['ja: a company thanked for its support', '（株）ミライ様のご支援に感謝します。'],
    ['ja: a question about objections', '強い反対がないか参加者の意向を募ることがあります。'],
    ['zh: "later" before "found"', '后来发现是配置文件写错了。'],
    ['zh: thanks to everyone', '感谢大家的耐心和支持。'],
    ['ko: the server restarting', '서버가 재시작된 뒤 정상으로 돌아왔습니다.'],
    ['pl: a public tool after serwis', 'Serwis node-exporter działał poprawnie.'],
  ])('%s', (_, text) => {
    expect(foundInProbe(text)).toEqual([]);
  });
});

describe('a bare name in a Japanese sentence (japanese-bare-names.ts)', () => {
  test.each([
    ['霧島の報告によると、ディスクは満杯でした。', ['霧島']],
    ['第一報は久我からでした。', ['久我']],
    ['深夜に駆けつけてくれた鳴海に感謝します。', ['鳴海']],
    ['ハルトは翌朝まで待機していました。', ['ハルト']],
    ['振り返り会には蓮見、霧島、東雲が参加しました。', ['蓮見', '霧島', '東雲']],
    ['この対策の担当は霧島とします。', ['霧島']],
    ['当日は霧島 晴人が一次対応にあたりました。', ['霧島 晴人']],
  ])('found: %s', (line, names) => {
    expect(findJapaneseBareNames(line).map((n) => n.text).sort()).toEqual([...names].sort());
  });
  test.each([
    'サーバーが待機状態になりました。',
    '本日は休みです。',
    '監視の報告によると異常はありません。',
    'フィードバックを冷静に聞きます。',
  ])('not found: %s', (line) => {
    expect(findJapaneseBareNames(line)).toEqual([]);
  });
});

describe('a Chinese given name alone (chinese-given-names.ts)', () => {
  test.each([
    ['志强发现磁盘满了。', ['志强']],
    ['根据雨桐的排查，问题出在配置上。', ['雨桐']],
    ['当晚值班的是佳怡。', ['佳怡']],
    ['感谢思远和浩然连夜修复。', ['思远', '浩然']],
    ['参与复盘的有晓明、佳怡和浩然。', ['晓明', '佳怡', '浩然']],
  ])('found: %s', (line, names) => {
    expect(findChineseGivenNames(line).map((n) => n.text)).toEqual(names);
  });
  test.each(['我们发现磁盘满了。', '随后确认了原因。', '感谢大家的支持。', '根据日志的分析，问题出在配置上。'])('not found: %s', (line) => {
    expect(findChineseGivenNames(line)).toEqual([]);
  });
});

describe('a Korean given name with no honorific (korean-given-names.ts)', () => {
  test.each([
    ['민준이 서버를 재시작했습니다.', ['민준']],
    ['서연의 보고에 따르면 디스크가 찼습니다.', ['서연']],
    ['최초 발견자는 하은이었습니다.', ['하은']],
    ['남궁 민수가 배포를 되돌렸습니다.', ['남궁 민수']],
  ])('found: %s', (line, names) => {
    expect(findKoreanGivenNames(line).map((n) => n.text)).toEqual(names);
  });
  test.each(['서버가 재시작했습니다.', '이번 장애는 설정 변경에서 발생했습니다.'])('not found: %s', (line) => {
    expect(findKoreanGivenNames(line)).toEqual([]);
  });
});

describe('titles of Polish and Czech, a Turkish given name acting, article-free system nouns', () => {
  test.each([
    ['inż. Zieliński zrestartował serwer.', 'Zieliński'],
    ['Bc. Horáková nasadila opravu.', 'Horáková'],
    ['Emre sunucuyu yeniden başlattı.', 'Emre'],
  ])('found: %s', (line, name) => {
    expect(findOtherLanguagePersonCues(line).map((m) => m.text)).toEqual([name]);
  });
  test('a Turkish sentence opening with a word no lexicon knows as a given name', () => {
    expect(findOtherLanguagePersonCues('Sunucu yeniden başlatıldı.')).toEqual([]);
  });
  const none = () => false;
  test.each([
    ['Serwis rozliczenia-api przestał odpowiadać.', 'rozliczenia-api'],
    ['Služba platby-api neodpovídala.', 'platby-api'],
    ['Le cache sessions-web a expiré.', 'sessions-web'],
    ['La base de datos clientes-maestro se bloqueó.', 'clientes-maestro'],
  ])('system found: %s', (line, name) => {
    expect(findOtherLanguageSystemNouns(line, none).map((m) => m.text)).toEqual([name]);
  });
});

/** What `npm run redact` writes (person-replacement-span.ts): the title goes with the name, a role of the sentence's language in Han, Kana or Hangul. */
describe('npm run redact: a name after a title, and in a sentence of Han, Kana or Hangul', () => {
  const redacted = (text: string, language?: 'de' | 'es' | 'pt' | 'fr') =>
    applyRedactionFixes(text, scanProbe(text), { isMdx: false, ...(language ? { language } : {}) }).source;
  test.each([
    ['Herr Brandtner hat den Failover freigegeben.', 'de', '[Name entfernt] hat den Failover freigegeben.'],
    ['Wir haben Frau Kübler um 11:00 informiert.', 'de', 'Wir haben [Name entfernt] um 11:00 informiert.'],
    ['Frau Dr. Wendelstein hat die Logs analysiert.', 'de', '[Name entfernt] hat die Logs analysiert.'],
    ['Um 10:42 hat Kerstin Hollenbach das Deployment zurückgerollt.', 'de', 'Um 10:42 hat [Name entfernt] das Deployment zurückgerollt.'],
    ['El Sr. Arrizabalaga aprobó el rollback.', 'es', '[Nombre eliminado] aprobó el rollback.'],
    ['O Sr. Figueiredo autorizou a reversão.', 'pt', '[Nome removido] autorizou a reversão.'],
    ['Mme Lecoutrier a prévenu le support client.', 'fr', '[Nom retiré] a prévenu le support client.'],
  ] as const)('%s', (text, language, expected) => {
    expect(redacted(text, language)).toBe(expected);
  });
  // With no post language, the title says the line's (a short line's own words told Italian as Spanish).
  test.each([
    ['La Dott.ssa Capodicasa ha analizzato i log.', '[Nome rimosso] ha analizzato i log.'],
    ['O Sr. Figueiredo autorizou a reversão.', '[Nome removido] autorizou a reversão.'],
    ['Herr Brandtner hat den Failover freigegeben.', '[Name entfernt] hat den Failover freigegeben.'],
    ['dhr. de Wijngaarden heeft de rollback goedgekeurd.', '[Naam verwijderd] heeft de rollback goedgekeurd.'],
    ['Don Whitfield restarted the pool.', 'An engineer restarted the pool.'],
    ['M. Clulow approved it.', 'An engineer approved it.'],
  ])('the title says the language: %s', (text, expected) => {
    expect(redacted(text)).toBe(expected);
  });
  test('German "an" before an address is a preposition, not the article the phrase replaces', () => {
    expect(redacted('Die Warnung ging an ops-bereitschaft@brandwerk.de.', 'de')).toMatch(/^Die Warnung ging an /);
  });
  test.each([
    ['霧島の報告によると、ディスクは満杯でした。', '担当者の報告によると、ディスクは満杯でした。'],
    ['志强发现磁盘满了，随即清理了日志。', '同事发现磁盘满了，随即清理了日志。'],
    ['민준이 서버를 재시작했습니다.', '담당 직원이 서버를 재시작했습니다.'],
    ['현우가 DB 페일오버를 수행했습니다.', '담당자가 DB 페일오버를 수행했습니다.'],
  ])('%s', (text, expected) => {
    expect(redacted(text)).toBe(expected);
  });
  test('the span and the role, alone', () => {
    const text = 'Il Sig. Benvenuti ha approvato.';
    expect(personReplacementSpan(text, text.indexOf('Benvenuti'), text.indexOf(' ha'))).toEqual([0, text.indexOf(' ha')]);
    expect(cjkPersonPlaceholder('Alex restarted it', 0, 4)).toBeUndefined();
    expect(languageOfTitle('Frau Dr. Wendelstein')).toBe('de');
    expect(languageOfTitle('Dr. Wendelstein')).toBeUndefined();
  });
});
