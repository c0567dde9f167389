// Bad input, round 59 (docs/rules.md, "Bad input round 59"): round 58's leftovers (follow-ups in the body as FireHydrant,
// Jira and Confluence export them and as Russian, Polish and Turkish reports write them, unread or their owner kept in
// the title; a Thai day with a Buddhist-era year, the format alone; `status: Learning`, the list alone) and what the
// round's 172 inputs found: a Buddhist-era year written YYYY-MM-DD passed, and `impact.downtimeMinutes` in another
// language's words got "must be a number" with no number.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../src/lib/findings.ts';
import { minutesOfDurationInWords } from '../../src/lib/duration-words.ts';
import { thaiDay } from '../../src/lib/thai-day.ts';
import { findGridTables } from '../../src/lib/foreign-markup.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const said = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const fixtures = resolve(import.meta.dirname, '../fixtures');
const good = readFileSync(resolve(fixtures, 'good-input/postmortems/2025-07-08-checkout-config.mdx'), 'utf8');
const vocabulary = loadVocabulary(resolve(fixtures, 'vocabulary'));
/** The findings of the good-input postmortem after `change` (as `npm run check` gives them). */
const checked = (change: (text: string) => string, id = '2025-07-08-checkout-config'): string[] => said(validatePostmortemSource(`content/postmortems/${id}.mdx`, id, change(good), {
  vocabulary, knownIds: new Set([id]), contentDir: 'content', lint: { config: { rules: {} }, asOf: '2025-07-20', people: [] },
}).findings);
const adding = (md: string) => (text: string) => `${text}\n${md}\n`;
const replacing = (from: string, to: string) => (text: string) => { expect(text).toContain(from); return text.replace(from, to); };
const drafted = (value: string) => replacing('drafted: 2025-07-09', `drafted: ${value}`);
const status = (value: string) => replacing('status: published', `status: ${value}`);
const downtime = (value: string) => replacing('  end: 2025-07-08T17:55:00Z', `  end: 2025-07-08T17:55:00Z\n  downtimeMinutes: ${value}`);
const ruled = (found: string[], rule: string) => found.filter((line) => line.includes(` ${rule} `));
const followUps = (md: string) => ruled(checked(adding(md)), 'body/untracked-follow-up');
const title = (value: string) => replacing('title: Checkout errors after a config push', `title: ${value}`);
const started = (value: string) => replacing('  started: 2025-07-08T17:45:00Z', `  started: ${value}`);

describe('round 58\'s leftovers: follow-ups in the body as incident tools and other languages write them', () => {
  test('FireHydrant\'s "— assigned to checkout, due Aug 1, 2025": the owner is read, not kept in the title', () => {
    const [found, ...rest] = followUps('## Tasks\n\n- [ ] Add a canary stage — assigned to checkout, due Aug 1, 2025');
    expect(rest).toEqual([]);
    expect(found).toContain('with its owner (checkout) and its due day (2025-08-01)');
    expect(found).toContain('"title: Add a canary stage", "owner: checkout", "due: 2025-08-01"');
  });
  test('Jira\'s (x) line under "Action items" is an item of a list of follow-ups; its (/) line is work done', () => {
    const found = followUps('## Action items\n\n(x) Add a canary stage\n(/) Validate pool sizes in CI');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('this item of a list of follow-ups is a follow-up with no owner, under the heading "Action items"');
    expect(found[0]).toContain('"title: Add a canary stage"');
    expect(found[0]).not.toContain('Validate pool sizes');
    expect(followUps('## Action items\n\n* (x) Add a canary stage')[0]).toContain('"title: Add a canary stage"');
    // Outside a section of follow-ups, (x) is words.
    expect(followUps('## What happened\n\n(x) marks a failed check in the runbook output.')).toEqual([]);
  });
  test('a Confluence task\'s "@Ana Lopez 01 Aug 2025": the whole name is who, the day the due day, neither in the title', () => {
    const [found] = followUps('## Action items\n\n- [ ] Add a canary stage @Ana Lopez 01 Aug 2025');
    expect(found).toContain('with its owner (@Ana Lopez) and its due day (2025-08-01)');
    expect(found).toContain('"title: Add a canary stage", "owner: <the id in teams.yaml of the team that answers for it, @Ana Lopez\'s>", "due: 2025-08-01"');
    // A capitalised word that starts the work is no surname.
    expect(followUps('## Action items\n\n- [ ] @Ana Add a canary stage by 2025-08-01')[0]).toContain('"title: Add a canary stage"');
  });
  test.each([
    ['Russian, a task list', '## Задачи\n\n- [ ] Добавить канареечный этап (ответственный: checkout, срок: 1 августа 2025)', 'Добавить канареечный этап', '2025-08-01'],
    ['Russian, a table', '## Действия по итогам\n\n| Действие | Ответственный | Срок |\n| --- | --- | --- |\n| Добавить канареечный этап | checkout | 2025-08-01 |', 'Добавить канареечный этап', '2025-08-01'],
    ['Polish, a table', '## Działania naprawcze\n\n| Działanie | Właściciel | Termin |\n| --- | --- | --- |\n| Dodać etap kanarkowy | checkout | 1 sierpnia 2025 |', 'Dodać etap kanarkowy', '2025-08-01'],
    ['Polish, a task list', '## Działania\n\n- [ ] Dodać etap kanarkowy (właściciel: checkout, termin: 2025-08-01)', 'Dodać etap kanarkowy', '2025-08-01'],
    ['Turkish, a task list', '## Aksiyonlar\n\n- [ ] Kanarya aşaması ekle (sorumlu: checkout, tarih: 1 Ağustos 2025)', 'Kanarya aşaması ekle', '2025-08-01'],
    ['Turkish, a table', '## Aksiyon maddeleri\n\n| Aksiyon | Sorumlu | Tarih |\n| --- | --- | --- |\n| Kanarya aşaması ekle | checkout | 2025-08-01 |', 'Kanarya aşaması ekle', '2025-08-01'],
  ])('%s: read as a follow-up, its owner and due day apart from its title', (_, md, title, due) => {
    const found = followUps(md);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`"title: ${title}", "owner: checkout", "due: ${due}"`);
  });
  test('a Russian timeline list is no follow-up (control)', () => {
    expect(followUps('## Хронология\n\n- 17:49 сработал алерт\n- 17:55 конфигурация откатана')).toEqual([]);
  });
});

describe('round 58\'s leftovers: a Thai day, status: Learning', () => {
  test.each([
    ['9 ก.ค. 2568', '2025-07-09'], ['9 กรกฎาคม 2568', '2025-07-09'], ['1 ม.ค. 2569', '2026-01-01'], ['9 ก.ค. พ.ศ. 2568', '2025-07-09'], ['๙ ก.ค. ๒๕๖๘', '2025-07-09'],
  ])('drafted: %s is said as a Thai day with a Buddhist-era year: write %s', (written, day) => {
    const [found, ...rest] = ruled(checked(drafted(written)), 'schema/invalid');
    expect(rest).toEqual([]);
    expect(found).toContain('the month is Thai');
    expect(found).toContain(`Write ${day}.`);
  });
  test('a Thai month with a year of the common era is read as it is', () => {
    expect(thaiDay('9 ก.ค. 2025')).toEqual({ day: '2025-07-09', rest: '', reason: 'the month is Thai (ก.ค., month 7)' });
    expect(thaiDay('9 July 2568')).toBeUndefined();
  });
  test('a Buddhist-era year written YYYY-MM-DD (2568-07-09) is refused with the common era\'s day, not passed as a day five centuries ahead', () => {
    const found = ruled(checked(drafted('2568-07-09')), 'schema/invalid');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('which reads as a year of the Buddhist era (the Thai calendar, 543 years ahead): 2568 is 2025. Write 2025-07-09');
    // A year of the common era is left.
    expect(ruled(checked(drafted('2025-07-09')), 'schema/invalid')).toEqual([]);
  });
  test.each(['Learning', 'learning', 'Fixing', 'Triage'])('status: %s is said as a stage of the incident, not the list alone', (value) => {
    const [found] = ruled(checked(status(value)), 'schema/invalid-value');
    expect(found).toContain(`status is "${value}", a state of the incident as a status page or a tracker writes it`);
  });
});

describe('a duration in another language\'s words', () => {
  test.each([
    ['45 минут', 45], ['1 час 23 минуты', 83], ['1 godz. 23 min', 83], ['1 saat 23 dakika', 83], ['1 Stunde 23 Minuten', 83], ['1 heure 23', 83],
    ['45 minutos', 45], ['1時間23分', 83], ['45分钟', 45], ['45 phút', 45], ['٤٥ دقيقة', 45], ['1,5 часа', 90],
  ])('%s is %d minutes', (written, minutes) => expect(minutesOfDurationInWords(written)).toBe(minutes));
  test.each(['45', 'ten minutes', 'Stunde', '1 Stunde 23 Meilen'])('%s is no duration in words', (written) => expect(minutesOfDurationInWords(written)).toBeUndefined());
  test('impact.downtimeMinutes: 45 минут gets the number to write', () => {
    const [found] = ruled(checked(downtime('45 минут')), 'schema/type');
    expect(found).toContain('a duration with its words for hours and minutes');
    expect(found).toContain('write 45 (45 минут in minutes)');
    expect(ruled(checked(downtime('1 Stunde 23 Minuten')), 'schema/type')[0]).toContain('write 83 (');
  });
});

describe('what the round\'s inputs found', () => {
  test('a date behind an invisible mark of direction (an RLM, an LRM) names the mark and the value to write', () => {
    const [day] = ruled(checked(drafted('"\u200F2025-07-09"')), 'schema/invalid');
    expect(day).toContain('holds the invisible character U+200F (right-to-left mark)');
    expect(day).toContain('Write 2025-07-09, retyped without it.');
    expect(ruled(checked(started('"\u200E2025-07-08T17:45:00Z"')), 'schema/invalid')[0]).toContain('U+200E (left-to-right mark), which an editor of right-to-left text puts around digits: it looks like 2025-07-08T17:45:00Z');
  });
  test('a Thai date-time gets the instant to write', () => {
    expect(ruled(checked(started('8 ก.ค. 2568 17:45 UTC')), 'schema/invalid')[0]).toContain('Write 2025-07-08T17:45:00Z.');
  });
  test('a title that is a web address is refused, with the words of its last part', () => {
    const [found] = ruled(checked(title('https://wiki.acme.example/display/SRE/2025-07-08+Checkout+errors+after+a+push')), 'schema/invalid');
    expect(found).toContain('title is an address');
    expect(found).toContain('Its last part reads "2025-07-08 Checkout errors after a push"');
    // A title that names an address among its words is left.
    expect(ruled(checked(title('Checkout errors after https://cdn.acme.example went down')), 'schema/invalid')).toEqual([]);
  });
  test('a title of 184 CJK characters is as wide as 368 Latin letters: too long; 60 of them are not', () => {
    const [found] = ruled(checked(title('設定変更後にチェックアウトが失敗した件について'.repeat(8))), 'schema/too-long');
    expect(found).toContain('title is 184 characters long, as wide as 368 Latin letters');
    expect(ruled(checked(title('設定変更後にチェックアウトが失敗した件について'.repeat(2))), 'schema/too-long')).toEqual([]);
  });
  test('a title written only as the body\'s # heading is pointed at', () => {
    const found = ruled(checked((text) => text.replace(/^title: .*\n/m, '').replace('## What happened', '# Checkout errors after a config push\n\n## What happened')), 'schema/required');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('The body has the heading "# Checkout errors after a config push"');
    expect(found[0]).toContain('add title: Checkout errors after a config push to the front matter');
  });
  test('a grid table of Pandoc is said once, at its first border; inside a fence it is code', () => {
    const grid = '+-------+-------------+\n| Time  | Event       |\n+=======+=============+\n| 17:49 | Alert fired |\n+-------+-------------+';
    expect(findGridTables(`## Timeline\n\n${grid}\n`).map((f) => f.line)).toEqual([3]);
    expect(findGridTables(`\`\`\`\n${grid}\n\`\`\`\n`)).toEqual([]);
    // A border line alone (a drawing in prose) is no table.
    expect(findGridTables('+-----+\nplain text\n')).toEqual([]);
  });
});
