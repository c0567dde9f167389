// Bad input, round 57 (docs/rules.md, "Bad input round 57"): round 56's leftovers (a two-digit year after dots,
// a Japanese era, a Japanese clock and `juil.` / `Mär.` in a date-time, `severity: L2`, `started: {date, time}`,
// `owner: "checkout (Ana Lopez)"`, Japanese headings under "Next Steps" never read, a bare part of a public sentence
// inside <Internal>) and what the round's 172 inputs found: Chinese and Korean days, clocks and follow-ups, a
// follow-up's due day cut short or read two ways, a team beside a person in an owner cell, timeline rows giving
// their day out of order, `incident_date`, `status: detected`, a template's choices, `🔴 Critical`.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../src/lib/findings.ts';
import { findUntrackedFollowUps } from '../../src/lib/body-follow-ups.ts';
import { findTimelineTurningBack } from '../../src/lib/body-timeline-order.ts';
import { cjkClockAs24Hour, cjkDay } from '../../src/lib/cjk-written-day.ts';
import { dayNotationAdvice } from '../../src/lib/instant-advice.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const teams = { handles: new Map<string, string | undefined>([['checkout', '@acme/checkout'], ['payments', undefined]]) };
/** Message and fix of each follow-up the body holds outside actionItems (AI-1 tracked: "Validate pool sizes in CI"). */
const followUps = (body: string) => findUntrackedFollowUps(body, ['Validate pool sizes in CI'], (index) => `AI-${index + 2}`, teams)
  .map(({ mistake }) => `${mistake.message} | ${mistake.fix}`);
const said = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const fixtures = resolve(import.meta.dirname, '../fixtures');
const good = readFileSync(resolve(fixtures, 'good-input/postmortems/2025-07-08-checkout-config.mdx'), 'utf8');
/** The findings of the good-input postmortem after `change` (as `npm run check` gives them). */
const checked = (change: (text: string) => string, id = '2025-07-08-checkout-config'): string[] => said(validatePostmortemSource(`content/postmortems/${id}.mdx`, id, change(good), {
  vocabulary: loadVocabulary(resolve(fixtures, 'vocabulary')), knownIds: new Set([id]), contentDir: 'content',
  lint: { config: { rules: {} }, asOf: '2025-07-20', people: [] },
}).findings);
const adding = (md: string) => (text: string) => `${text}\n${md}\n`;
const replacing = (from: string, to: string) => (text: string) => { expect(text).toContain(from); return text.replace(from, to); };
const both = (...changes: ((text: string) => string)[]) => (text: string) => changes.reduce((acc, change) => change(acc), text);
const publicPost = replacing('visibility: internal', 'visibility: public\npublic:\n  title: Checkout errors for ten minutes\n  summary: Some checkout attempts failed for ten minutes after a configuration change. Reverting it fixed them.');
const drafted = (value: string) => replacing('drafted: 2025-07-09', `drafted: ${value}`);
const started = (value: string) => replacing('  started: 2025-07-08T17:45:00Z', `  started: ${value}`);
const severity = (value: string) => replacing('severity: SEV-2', `severity: ${value}`);
const owner = (value: string) => replacing('    owner: checkout', `    owner: ${value}`);
const ruled = (found: string[], rule: string) => found.filter((line) => line.includes(` ${rule} `));
const turningBack = (body: string) => findTimelineTurningBack(`## Timeline\n\n${body}`).map(({ mistake }) => `${mistake.message} | ${mistake.fix}`);

describe('round 56\'s leftovers: days and times', () => {
  test('a two-digit year after dots names both readings when each is a day, the one when a part is over 12', () => {
    const found = ruled(checked(drafted('9.7.25')), 'schema/invalid');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('drafted: "9.7.25"');
    expect(found[0]).toContain('9.7.25 can be read two ways: write 2025-09-07 if the month comes first (US order), 2025-07-09 if the day does');
    expect(dayNotationAdvice('25.7.25')).toContain('(25 is 2025). Write 2025-07-25.');
  });
  test('a Japanese era\'s year is the Gregorian one (令和7年3月14日 is 2025-03-14), 元年 its first', () => {
    expect(ruled(checked(drafted('令和7年3月14日')), 'schema/invalid')[0]).toContain('the Japanese era Reiwa (令和7年 is 2025): write the Gregorian year, and the day\'s parts joined by "-". Write 2025-03-14.');
    expect(cjkDay('令和元年5月1日')?.day).toBe('2019-05-01');
    expect(cjkDay('平成31年4月30日')?.day).toBe('2019-04-30');
    expect(cjkDay('R7.3.14')?.day).toBe('2025-03-14');
  });
  test('a Japanese clock in a front-matter time gets the date-time to write', () => {
    expect(ruled(checked(started('2025-07-08 午後5時45分 UTC')), 'schema/invalid')[0]).toContain('Write 2025-07-08T17:45:00Z.');
    expect(ruled(checked(started('2025年7月8日 17時45分 UTC')), 'schema/invalid')[0]).toContain('Write 2025-07-08T17:45:00Z.');
    expect(cjkClockAs24Hour('午前0時10分').text).toBe('00:10');
    expect(cjkClockAs24Hour('午後0時').text).toBe('12:00');
    expect(cjkClockAs24Hour('17:45').changed).toBe(false);
  });
  test('a month cut short (juil., sept., Mär.) is read, in a day and in a date-time', () => {
    expect(ruled(checked(started('8 juil. 2025 17:45 UTC')), 'schema/invalid')[0]).toContain('Write 2025-07-08T17:45:00Z.');
    expect(dayNotationAdvice('12 sept. 2025')).toContain('Write 2025-09-12.');
    expect(dayNotationAdvice('14. Mär. 2025')).toContain('Write 2025-03-14.');
    expect(dayNotationAdvice('14. März 2025')).toContain('Write 2025-03-14.');
  });
  test('Chinese and Korean days and clocks too', () => {
    expect(dayNotationAdvice('2025年7月9日星期三')).toContain('Write 2025-07-09.');
    expect(dayNotationAdvice('2025년 7월 9일')).toContain('Write 2025-07-09.');
    expect(ruled(checked(started('2025-07-08 下午5:45 UTC')), 'schema/invalid')[0]).toContain('Write 2025-07-08T17:45:00Z.');
    expect(ruled(checked(started('2025-07-08 오후 5:45 UTC')), 'schema/invalid')[0]).toContain('Write 2025-07-08T17:45:00Z.');
  });
  test('a date-time written as {date, time} gets the two joined, with its zone when a key gives it', () => {
    const bare = ruled(checked(started('{date: 2025-07-08, time: "17:45"}')), 'schema/invalid');
    expect(bare[0]).toContain('times.started is written as a set of keys (date, time), its day and its time apart');
    expect(bare[0]).toContain('2025-07-08T17:45:00Z if it was UTC');
    expect(ruled(checked(started('{date: 2025-07-08, time: "19:45", zone: "+02:00"}')), 'schema/invalid')[0]).toContain('write them joined, 2025-07-08T19:45:00+02:00');
  });
});

describe('round 56\'s leftovers: severities and owners', () => {
  test('L2, l2 and Stufe 2 are read as level 2, SEV-2, with how to map a scale counted the other way', () => {
    const found = ruled(checked(severity('L2')), 'schema/invalid-value');
    expect(found[0]).toContain('(did you mean "SEV-2"?). L2 reads as level 2 of another scale, SEV-2 here, where SEV-0 is the worst and SEV-4 the least: if your old scale counts the other way');
    expect(ruled(checked(severity('Stufe 2')), 'schema/invalid-value')[0]).toContain('Stufe 2 reads as level 2 of another scale');
    expect(ruled(checked(severity('L9')), 'schema/invalid-value')[0]).toContain('a level beyond this scale');
  });
  test('a team beside a person in an owner is said as such, with the team to write', () => {
    const found = ruled(checked(owner('"checkout (Ana Lopez)"')), 'vocabulary/unknown');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('owner "checkout (Ana Lopez)" holds a team, checkout, and a person, Ana Lopez, in one value');
    expect(found[0]).toContain('Write owner: checkout;');
    expect(found[0]).not.toContain('checkout-ana-lopez');
    expect(ruled(checked(owner('"Ana Lopez (checkout)"')), 'vocabulary/unknown')[0]).toContain('holds a team, checkout, and a person, Ana Lopez');
    expect(ruled(checked(owner('"checkout (@ana)"')), 'vocabulary/unknown')[0]).toContain('holds a team, checkout, and a person, @ana');
    expect(ruled(checked(owner('"checkout (payments)"')), 'vocabulary/unknown')[0]).toContain('names two teams');
  });
  test('control: a person alone is still said as a person, a known team passes', () => {
    expect(ruled(checked(owner('"Ana Lopez (@ana)"')), 'vocabulary/unknown')[0]).toContain('is a person (Ana Lopez) with a handle (@ana)');
    expect(ruled(checked((text) => text), 'vocabulary/unknown')).toEqual([]);
  });
});

describe('round 56\'s leftovers: Japanese headings and a bare part of a public sentence', () => {
  test('a Japanese or Chinese heading of work under "Next Steps" is a follow-up; its owner label on the heading is read', () => {
    expect(followUps('## Next Steps\n\n### カナリア段階の導入\n\n5%のトラフィックを受ける段階を追加する。')[0]).toContain('"title: カナリア段階の導入"');
    expect(followUps('## Next Steps\n\n### 增加金丝雀发布阶段\n\n我们将增加一个承接5%流量的阶段。')).toHaveLength(1);
    const labelled = followUps('## Next Steps\n\n### カナリア段階の導入（担当: checkout）\n\n5%のトラフィックを受ける段階を追加する。');
    expect(labelled[0]).toContain('its owner (checkout)');
    expect(labelled[0]).toContain('"title: カナリア段階の導入", "owner: checkout"');
  });
  test('control: a Japanese heading whose prose says the work is done is none', () => {
    expect(followUps('## Next Steps\n\n### データベースの移行\n\n金曜日にデータベースを移行しました。')).toEqual([]);
  });
  test('a bare part of a public sentence inside <Internal> is a warning naming the line and the sentence shown', () => {
    const found = ruled(checked(both(publicPost, adding('Alert fired, paged <Internal>Ana Lopez</Internal> and the rollback began.'))), 'mdx/variant-placement');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^warning mdx\/variant-placement \d+: <Internal> holds a bare part of a sentence, "Ana Lopez"/);
    expect(found[0]).toContain('the public site shows "Alert fired, paged and the rollback began."');
    expect(found[0]).toContain('<Internal>Ana Lopez</Internal><PublicOnly>the on-call engineer</PublicOnly>');
    expect(ruled(checked(both(publicPost, adding('担当者: <Internal>山田太郎</Internal>が対応した。'))), 'mdx/variant-placement')[0]).toContain('"担当者: が対応した。"');
  });
  test('control: a whole sentence, its own spaces, the public words beside it, and an internal post are left', () => {
    for (const md of ['The alert fired.<Internal> Ana Lopez took the page.</Internal> The config was reverted.', 'The alert paged <Internal>Ana Lopez</Internal><PublicOnly>the on-call engineer</PublicOnly> at 17:49.', 'The <Internal>primary </Internal>database was slow.']) {
      expect(ruled(checked(both(publicPost, adding(md))), 'mdx/variant-placement')).toEqual([]);
    }
    expect(ruled(checked(adding('Alert fired, paged <Internal>Ana Lopez</Internal> and the rollback began.')), 'mdx/variant-placement')).toEqual([]);
  });
});

describe('the round\'s inputs', () => {
  test('Chinese and Korean follow-ups are read with their owner and day', () => {
    expect(followUps('## 改进措施\n\n| 措施 | 负责人 | 截止日期 |\n| --- | --- | --- |\n| 增加金丝雀阶段 | checkout | 2025-09-01 |')[0]).toContain('"title: 增加金丝雀阶段", "owner: checkout", "due: 2025-09-01"');
    expect(followUps('## 후속 조치\n\n- [ ] 카나리 단계 추가 (담당: checkout, 기한: 2025-09-01)')[0]).toContain('"title: 카나리 단계 추가", "owner: checkout", "due: 2025-09-01"');
    // A row whose status says done (`完了`, `✅ 完成`, the corpora's Japanese and Chinese tables) is none.
    expect(followUps('## 再発防止策\n\n| # | アクション | 担当 | 期限 | 状態 |\n|---|---|---|---|---|\n| P-1 | プールサイズの検証 | checkout | 2026-03-23 | **完了** |\n| P-2 | カナリア段階の導入 | checkout | 2026-04-06 | 未着手 |')).toEqual([expect.stringContaining('"title: カナリア段階の導入"')]);
    expect(followUps('## 改进措施\n\n| 措施 | 责任人 | 完成期限 | 状态 |\n|---|---|---|---|\n| 配置自动压缩 | checkout | 2026-02-07 | ✅ 完成 |\n| 扩容磁盘 | checkout | 2026-02-10 | 🔄 进行中 |')).toEqual([expect.stringContaining('"title: 扩容磁盘", "owner: checkout", "due: 2026-02-10"')]);
  });
  test('an item\'s due day cut short, in a Japanese era or read two ways is taken out of the title', () => {
    expect(followUps('## Action items\n\n- [ ] Add a canary stage (checkout, 1 sept. 2025)')[0]).toContain('"title: Add a canary stage", "owner: checkout", "due: 2025-09-01"');
    expect(followUps('## 今後の対応\n\n- [ ] カナリア段階を導入する（担当: checkout、期限: 令和7年9月1日）')[0]).toContain('"title: カナリア段階を導入する", "owner: checkout", "due: 2025-09-01"');
    const twoWays = followUps('## Maßnahmen\n\n- [ ] Canary-Stufe einführen (Verantwortlich: checkout, bis 1.9.25)')[0];
    expect(twoWays).toContain('its due day written "1.9.25", which names no one day');
    expect(twoWays).toContain('"due: <the day meant by 1.9.25, YYYY-MM-DD>"');
    expect(twoWays).toContain('"title: Canary-Stufe einführen"');
  });
  test('a team beside a person in an owner cell is the team', () => {
    expect(followUps('## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add a canary stage | checkout (Ana Lopez) | 2025-09-01 |')[0]).toContain('"owner: checkout"');
  });
  test('Korean and Chinese clocks past midnight, and rows giving their day out of order, are said', () => {
    expect(turningBack('- 오후 11:50 알림 발생\n- 오전 12:10 설정 되돌림')[0]).toContain('passed midnight');
    expect(turningBack('- 下午11:50 告警触发\n- 上午12:10 回滚配置')[0]).toContain('passed midnight');
    const dated = turningBack('| Time (UTC) | Event |\n| --- | --- |\n| 2025-07-09 00:10 | Config reverted |\n| 2025-07-08 23:50 | Alert fired |');
    expect(dated).toEqual([expect.stringContaining('the timeline\'s entry at 2025-07-08 23:50 comes after one at 2025-07-09 00:10')]);
  });
  test('control: dated rows in order, on a 12-hour clock too, are left', () => {
    expect(turningBack('- 2017-12-28 08:19 AM CET: fix released\n- 2017-12-28 02:15 PM CET: fix deployed')).toEqual([]);
    expect(turningBack('- 2025-07-08 23:50 Alert fired\n- 2025-07-09 00:10 Config reverted')).toEqual([]);
  });
  test('incident_date, status: detected, a template\'s choices, a coloured mark before a severity word and a state beside a level are said', () => {
    expect(ruled(checked(replacing('related: []', 'related: []\nincident_date: 2025-07-08')), 'schema/unknown-key')[0]).toContain('then delete incident_date');
    expect(ruled(checked(replacing('status: published', 'status: detected')), 'schema/invalid-value')[0]).toContain('a state of the incident');
    expect(ruled(checked(replacing('status: published', 'status: "[draft|reviewed|approved]"')), 'schema/invalid-value')[0]).toContain('a template\'s list of choices (draft, reviewed, approved)');
    expect(ruled(checked(severity('"🔴 Critical"')), 'schema/invalid-value')[0]).toContain('write severity: SEV-1');
    expect(ruled(checked(severity('"scheduled, partial-outage"')), 'schema/invalid-value')[0]).toContain('a state of the incident (scheduled) beside a level (partial-outage), but severity holds the level alone. | write severity: SEV-2');
  });
});
