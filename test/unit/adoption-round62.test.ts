import { describe, expect, test } from 'vitest';
import { idFromText, slugFromTitle } from '../../src/lib/slug.ts';
import { letterLanguageOf } from '../../src/lib/publication/letter-languages.ts';
import { otherLanguageLines } from '../../src/lib/publication/other-languages.ts';
import { postPlaceholderLanguage } from '../../src/lib/publication/post-placeholder-language.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { foundInProbe, probeOptions, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';

/**
 * Round 62's adoption walk (docs/adopting.md, "Walkthrough round 62"): what round 61 left on
 * Vietnamese and Indonesian reports, and what Turkish runbooks, Czech operations notes and Polish
 * templates met. The sentences, names and systems here are invented, in the shapes the walk met.
 */

const listing = (...people: string[]): RedactionOptions => ({ ...probeOptions, people, peopleIndex: buildPeopleIndex(people.map((name) => ({ name, origin: 'vocabulary' as const }))) });
const people = (found: string[]) => found.filter((f) => /^redact\/(?:possible-)?person:/.test(f));

describe('slugs spell the letters NFKD does not decompose', () => {
  test.each([
    ['Vấn đề đăng nhập', 'van-de-dang-nhap'],
    ['Błąd połączenia z bazą', 'blad-polaczenia-z-baza'],
    ['Größe des Puffers', 'grosse-des-puffers'],
    ['Kjøring feilet på Ærø', 'kjoring-feilet-pa-aero'],
    ['Yıldız sunucusu kapandı', 'yildiz-sunucusu-kapandi'],
    ['Þjónn féll niður', 'thjonn-fell-nidur'],
    ['Œuvre', 'oeuvre'],
  ])('%s -> %s', (title, slug) => {
    expect(idFromText(title)).toBe(slug);
    expect(slugFromTitle(title)).toBe(slug);
  });
  test('accents and the other characters as before', () => {
    expect(idFromText('Zürich café — Ausfall')).toBe('zurich-cafe-ausfall');
    expect(idFromText('🔥🔥')).toBe('');
  });
});

describe('Vietnamese and Indonesian lines have a placeholder of their own', () => {
  test.each([
    ['Đội vận hành đã khởi động lại máy chủ.', 'vi'],
    ['hệ thống thanh toán bị lỗi lúc sáng', 'vi'],
    ['server dimulai ulang oleh tim yang bertugas dan pembayaran pulih', 'id'],
  ])('%s: %s', (line, language) => {
    expect(letterLanguageOf(line)).toBe(language);
  });
  test('an English line is none of them', () => {
    expect(letterLanguageOf('the team restarted the server and payments recovered')).toBeUndefined();
  });

  const vietnamese = [
    'Buổi sáng hệ thống thanh toán bị lỗi, nhiều khách hàng không thể đăng nhập được vào ứng dụng.',
    'Đội vận hành đã kiểm tra nhật ký và tìm thấy cấu hình sai trong bản phát hành mới.',
    '',
    '## Nguyên Nhân',
    '',
    'Trang Lieu Hoan ghi nhận sự cố lúc 09:10.',
    '',
  ].join('\n');
  test('a name in a Vietnamese post gets the Vietnamese placeholder, also where its line has no letter only Vietnamese writes', () => {
    const published = publicTextAfterRedact(vietnamese, listing('Trang Lieu Hoan'));
    expect(published).toContain('[Tên đã xóa] ghi nhận sự cố lúc 09:10.');
    expect(published).not.toContain('Trang Lieu Hoan');
    expect(published).not.toMatch(/engineer/i);
  });
  test('an Indonesian line gets the Indonesian placeholder', () => {
    const published = publicTextAfterRedact('Kolbi Sarwanto menangani insiden ini dan memeriksa log dari server pembayaran.\n', listing('Kolbi Sarwanto'));
    expect(published).toBe('[Nama dihapus] menangani insiden ini dan memeriksa log dari server pembayaran.\n');
  });
});

describe('a post of a language no list tells gets a neutral mark, an English one the role', () => {
  const finnish = [
    'Kello 9.10 maksujärjestelmä lakkasi toimimasta ja asiakkaat eivät päässeet kirjautumaan sovellukseen.',
    'Päivystäjä tarkisti lokit ja löysi virheellisen asetuksen uudesta julkaisusta heti aamulla.',
    'Vika korjattiin palauttamalla edellinen versio ja tarkistamalla tulokset huolellisesti.',
    '',
    'Orvo Hakkila: palautti version.',
    '',
  ].join('\n');
  test('the post\'s language, told once from its lines', () => {
    expect(postPlaceholderLanguage(finnish, 0)).toBe('neutral');
    expect(postPlaceholderLanguage('Hệ thống bị lỗi.\nĐội đã sửa.\n## Nguyên Nhân\n', 0)).toBe('vi');
    expect(postPlaceholderLanguage('The payment system failed in the morning and many customers could not log in to the app for about an hour, so the team rolled back the release and watched the error rate return to normal.\n', 0)).toBeUndefined();
  });
  test('redact writes [...] in Finnish and the English role in English', () => {
    expect(publicTextAfterRedact(finnish, listing('Orvo Hakkila'))).toContain('[…]: palautti version.');
    expect(publicTextAfterRedact('The payment system failed in the morning.\n\nOrvo Hakkila restarted it at 09:10.\n', listing('Orvo Hakkila'))).toContain('An engineer restarted it at 09:10.');
  });
});

describe('Polish, Czech and Turkish lines are told by their function words', () => {
  test.each([
    ['Serwer został zrestartowany przez zespół, ale błąd nie zniknął.', 'pl'],
    ['Služba byla obnovena a alerty jsou opět aktivní, ale je nutné ověřit zálohy.', 'cs'],
    ['Servis yeniden başlatıldı ve bağlantı kontrol edildi, ama hata devam ediyor.', 'tr'],
  ])('%s: %s', (line, language) => {
    expect(otherLanguageLines([line], line).get(0)).toBe(language);
  });
  test('an English line is still none', () => {
    const line = 'The service was restarted and the alerts are active again, but the backups need a check.';
    expect(otherLanguageLines([line], line).get(0)).toBeUndefined();
  });

  const runbook = [
    '# Sertifika Yenileme Runbook',
    '',
    'Bu runbook sertifikanın yenilenmesi için adımları ve kontrol listesini içerir.',
    '',
    '## Sorun Giderme',
    '',
    'Anahtar dosyası kasadan alınır ve yeni sertifika ile birlikte sunucuya yüklenir.',
    '',
  ].join('\n');
  test('a Turkish heading of two capitalised words is no full name; Turkish "ile" is no listed "Ile …"', () => {
    expect(people(foundInProbe(runbook, listing('Ile Dravec')))).toEqual([]);
  });
  test('the listed name is still found in full, and its part on an English line', () => {
    expect(people(foundInProbe(`${runbook}\nIle Dravec yeni sertifikayı yükledi.\n`, listing('Ile Dravec')))).toContain('redact/person:Ile Dravec');
    expect(people(foundInProbe('The certificate was renewed by ile on Monday.\n', listing('Ile Dravec')))).toContain('redact/person:ile');
  });
  test('a Czech line gets the Czech placeholder, not another language\'s', () => {
    // No letter only Czech writes (ě, ř, ů): its words tell it.
    const line = ' zkontroloval zálohy, které fungují, a alerty jsou zase zapnuté podle plánu.\n';
    expect(publicTextAfterRedact(`Jarmil Vondrak${line}`, listing('Jarmil Vondrak'))).toBe(`[Jméno odstraněno]${line}`);
  });
});

describe('a file a command reads with @ is no handle', () => {
  const runbook = [
    'The script writes these files:',
    '',
    '- `ca.crt.pem`, `ca.key.pem`',
    '- `server.crt.pem`',
    '',
    '```sh',
    'vault kv put kv/app/staging CA_PEM=@ca.crt.pem SERVER_CERT=@server.crt.pem',
    'curl -sS -d @payload.json https://status.example.com/api',
    '```',
    '',
  ].join('\n');
  test('after a key\'s = or an option, a file name with its extension: no handle, and nothing carried to the prose', () => {
    const found = foundInProbe(runbook);
    expect(found.filter((f) => /^redact\/(?:handle|possible-person|person):/.test(f))).toEqual([]);
  });
  test('a handle with a dot, or after = without a file\'s extension, is still one', () => {
    expect(foundInProbe('Ask @mira.pem about the rotation.\n')).toContain('redact/handle:@mira.pem');
    expect(foundInProbe('owner=@jdoe was paged\n')).toContain('redact/handle:@jdoe');
  });
});

describe('a listed part in lower case on a line whose letters tell its language', () => {
  test('Turkish "ile" beside one other word of the language is no listed "Ile …", nor carried', () => {
    const text = '1. VPN’e bağlanın (WireGuard config ile).\n2. Ölçümleri kaydedin.\n\nThe config ile was read at 10:00.\n';
    expect(people(foundInProbe(text, listing('Ile Dravec')))).toEqual(['redact/person:ile']);
    expect(people(foundInProbe('1. VPN’e bağlanın (WireGuard config ile).\n', listing('Ile Dravec')))).toEqual([]);
  });
});
