import { describe, expect, test } from 'vitest';
import { reportLanguage } from '../../src/lib/report-language.ts';

// Session 30 (ui32): imported German status notices were read out as English. Fixtures written anew.
describe('the language of a report\'s own words, for its lang attribute', () => {
  test('a German notice is "de"; an English report, and one whose words do not tell, have none', () => {
    expect(reportLanguage({ title: 'Lernplattform: Ausfall', summary: 'Der Zugang zur Lernplattform ist derzeit gestört, wir arbeiten an der Behebung.' })).toBe('de');
    expect(reportLanguage({ title: 'Queue outage', summary: 'The queue was down for an hour and we restarted it.' })).toBeUndefined();
    expect(reportLanguage({ title: 'Ausfall', summary: '' })).toBeUndefined();
  });
  test('a site in another language marks the English report instead', () => {
    expect(reportLanguage({ title: 'Queue outage', summary: 'The queue was down for an hour and we restarted it.' }, 'de')).toBe('en');
    expect(reportLanguage({ title: 'Lernplattform: Ausfall', summary: 'Der Zugang ist derzeit gestört, wir arbeiten an der Behebung.' }, 'de')).toBeUndefined();
  });
  test('a report asked again is told by its words as they are now: an edited summary changes the answer', () => {
    const title = 'Lernplattform: Ausfall';
    expect(reportLanguage({ title, summary: 'Der Zugang zur Lernplattform ist derzeit gestört, wir arbeiten an der Behebung.' })).toBe('de');
    expect(reportLanguage({ title, summary: 'The platform was down for an hour and we restarted it.' })).toBeUndefined();
    expect(reportLanguage({ title, summary: 'Der Zugang zur Lernplattform ist derzeit gestört, wir arbeiten an der Behebung.' })).toBe('de');
    // The same words asked for another site language: the site's language is not part of what is kept.
    expect(reportLanguage({ title, summary: 'Der Zugang zur Lernplattform ist derzeit gestört, wir arbeiten an der Behebung.' }, 'de')).toBeUndefined();
  });
  // Session 38 (fp38's finding): Portuguese was read as Spanish (shared words "para", "que", "está"
  // counted as Spanish) and Italian not told at all. Sentences written anew.
  test('Portuguese and Italian reports get their own code; Spanish and French keep theirs', () => {
    expect(reportLanguage({ title: 'Falha no banco de dados de produção', summary: 'O serviço ficou indisponível por duas horas porque o disco encheu e não foi possível gravar novos pedidos.' })).toBe('pt');
    expect(reportLanguage({ title: 'Interruzione del servizio di pagamento', summary: 'Il servizio è stato irraggiungibile per due ore perché il certificato era scaduto e non abbiamo ricevuto alcun avviso.' })).toBe('it');
    expect(reportLanguage({ title: 'Caída del servicio de pagos', summary: 'El servicio de pagos estuvo caído durante dos horas porque el certificado había caducado y no recibimos ninguna alerta.' })).toBe('es');
    expect(reportLanguage({ title: 'Panne de la base de données', summary: 'Il y a eu une panne: le service était indisponible pendant deux heures car le disque était plein.' })).toBe('fr');
  });
  test('words English writes too do not make a short English report Portuguese or Italian', () => {
    expect(reportLanguage({ title: 'Requests per second fell on status.example.com', summary: '' })).toBeUndefined();
    expect(reportLanguage({ title: 'Non-critical OS update', summary: 'Um, the OS image was rebuilt.' })).toBeUndefined();
  });
});

// Look round 42: imported Japanese guides (title from the file name, summary in Japanese) were
// marked only `lang="en"`: the browser drew their Han characters with whatever font it guessed and
// screen readers read them with an English voice. Sentences written anew.
describe('Chinese, Japanese and Korean reports, told by their scripts', () => {
  test.each([
    ['ja', 'incident commander', 'インシデントの指揮者は、対応の全体を見て判断を下す役割です。'],
    ['ja', 'データベース障害', ''],
    ['ko', 'db migration', '배포 중에 데이터베이스 마이그레이션이 실패하여 주문 서비스가 한 시간 동안 중단되었습니다.'],
    ['zh', 'Kubernetes 节点 NotReady 排查', '节点因磁盘压力被标记为不可用，调度器停止向其分配新的容器。'],
    ['zh', '证书过期导致支付接口不可用', ''],
  ])('%s: %s', (code, title, summary) => {
    expect(reportLanguage({ title, summary })).toBe(code);
  });
  test('Korean with a few Han characters (hanja) is Korean; Japanese Han with kana is Japanese, not Chinese', () => {
    expect(reportLanguage({ title: '決済 서비스 장애', summary: '' })).toBe('ko');
    expect(reportLanguage({ title: '本番環境の証明書が期限切れ', summary: '' })).toBe('ja');
  });
  test('an English report quoting a few such characters stays English', () => {
    expect(reportLanguage({ title: 'Search broke on queries in 日本語', summary: 'Queries holding Japanese text returned nothing because the tokenizer dropped them.' })).toBeUndefined();
    expect(reportLanguage({ title: 'Outage', summary: 'The status page said 维护 for an hour.' })).toBeUndefined();
  });
});

// Session 46, a Korean report looked at by eye: its timeline's events broke inside words ("확" /
// "인하고"), the `lang` (and with it `word-break: keep-all`) reaching the title, summary and body only.
test('a report\'s timeline events carry its language, as its body does; an English report\'s none', async () => {
  const { reportWithTimelineHtml } = await import('../../src/lib/post-page/report-html.ts');
  const timeline = [{ at: '2026-09-08T05:35:00Z', kind: 'decision' as const, public: false, event: '새 노드가 다른 해시 방식을 쓰고 있음을 확인한다.' }];
  const korean = reportWithTimelineHtml({ bodyHtml: '<p>세션 캐시</p>', timeline, lead: '', lang: 'ko', after: [] });
  expect(korean).toContain('<span class="event" lang="ko">새 노드가');
  const english = reportWithTimelineHtml({ bodyHtml: '<p>Cache</p>', timeline, lead: '', after: [] });
  expect(english).toContain('<span class="event">새 노드가');
});
