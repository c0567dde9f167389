import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { isJapaneseOfKnownWords } from '../../src/lib/publication/japanese-known-words.ts';
import { isVendorGuideSite } from '../../src/lib/publication/vendor-guide-sites.ts';

/**
 * Round 36 of false positives (docs/redaction.md): the Japanese guides' headings, labels and cells
 * made of the words of incident response, and a paging vendor's public guides on its customers'
 * domain. Every text is our own, modelled on the shapes the collections hold (no real sentence or
 * name); beside each negative a person or an account written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const findings = (text: string) => scanPublicText('post.md', text, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);
const people = (text: string) => scanPublicText('post.md', text, options).findings.filter((f) => f.rule === 'redact/person' || f.rule === 'redact/possible-person').map((f) => redactionFindingText(f));

describe('Japanese words of incident response, alone or joined by grammar', () => {
  test.each([
    ['a heading of two Han words', '## 前提条件'],
    ['a heading of two loanwords', '### トレーニングプロセス'],
    ['a role and a step joined by の', '#### 記録係の手順'],
    ['two words joined by と', '- 平常時と緊急時'],
    ['a prefix and a word', '## 高優先度アラート'],
    ['a word and a suffix', '## インシデント収束後'],
    ['a verb noun and する', '### 状況を把握する'],
    ['a verb after a postposition before a loanword', '- 影響を受けたシステムのオンコール対応者'],
    ['an adjective before a word', '## 詳しい情報'],
    ['an example after の', '### 深刻度の例'],
    ['cells of a table of words', '| 深刻度 | 解説 | 典型的な対応 |'],
    ['a section after a loanword', '## ポストモーテムとは'],
    ['a country in Katakana', '#### ニュージーランド'],
    ['a word of grammar in Hiragana alone', '#### はじめに'],
    ['a particle alone in a cell', '| 手順 | など |'],
  ])('is no person: %s', (_, line) => {
    expect(people(line)).toEqual([]);
  });

  test('a word taken for the value after a role is no name either ("the commander is required")', () => {
    expect(people('!!! note "インシデントコマンダーは必須です"')).toEqual([]);
    // A name there is still one.
    expect(people('インシデントコマンダーは霧島です')).toEqual(['霧島']);
  });

  test.each([
    ['a surname alone in a heading', '## 霧島', '霧島'],
    ['a surname joined by の to a step', '#### 霧島の手順', '霧島の手順'],
    ['a loanword and a Katakana given name', '### 記録係ミレイ', '記録係ミレイ'],
    ['a role and a Hiragana given name', '## 補佐のひなた', '補佐のひなた'],
    ['a surname and a Hiragana given name', '## 霧島ひなた', '霧島ひなた'],
    ['a surname after a verb', '- 影響を受けた霧島', '影響を受けた霧島'],
    ['a surname after an adjective', '- 詳しい霧島', '詳しい霧島'],
    ['a one-letter surname after の', '## 補佐の林', '補佐の林'],
    ['a name in a table cell', '| 10:02 | 霧島 | 再起動しました |', '霧島'],
    ['a Katakana given name alone', '#### カナエ', 'カナエ'],
    ['a country that is a given name too', '#### タイ', 'タイ'],
    ['a Hiragana given name in a cell', '| 10:05 | ひなた | 再起動しました |', 'ひなた'],
  ])('a name in the same shape is still held: %s', (_, line, name) => {
    expect(people(line)).toEqual([name]);
  });

  test('splits only into words of the vocabulary, two Han letters or more', () => {
    expect(isJapaneseOfKnownWords('前提条件')).toBe(true);
    expect(isJapaneseOfKnownWords('記録係の手順')).toBe(true);
    // 中 and 本 are words of a compound only after another word: 中本 is a surname.
    expect(isJapaneseOfKnownWords('中本')).toBe(false);
    // A noun that is also a given name is left out (未来, 希望), and a heading ending in a postposition is no word.
    expect(isJapaneseOfKnownWords('未来')).toBe(false);
    expect(isJapaneseOfKnownWords('手順の')).toBe(false);
    // A run with a space or a middle dot is a full name's shape, not a compound.
    expect(isJapaneseOfKnownWords('ジーン・クランツ')).toBe(false);
  });
});

describe("a paging vendor's public guides on the domain of its customers' accounts", () => {
  test.each([
    ['the incident response guide', 'See the [commander checklist](https://response.pagerduty.com/training/incident_commander/).'],
    ['the postmortem guide, without a scheme', 'The template is at postmortems.pagerduty.com/resources/ for anyone.'],
  ])('is a public reference: %s', (_, line) => {
    expect(findings(line).filter((f) => f.startsWith('redact/internal-link'))).toEqual([]);
  });

  test.each([
    ["a customer's account", 'The page went to https://ledgerly.pagerduty.com/incidents/Q1W2E3 at 03:10.'],
    ["an account named like a guide's host", 'Paged through https://ledgerly-response.pagerduty.com/incidents/Q1W2E3 overnight.'],
  ])('an account is still an internal link: %s', (_, line) => {
    expect(findings(line).filter((f) => f.startsWith('redact/internal-link'))).toHaveLength(1);
  });

  test('only the vendor-held names', () => {
    expect(isVendorGuideSite('response.pagerduty.com')).toBe(true);
    expect(isVendorGuideSite('ops-guides.pagerduty.com')).toBe(true);
    expect(isVendorGuideSite('response.slack.com')).toBe(false);
    expect(isVendorGuideSite('ledgerly.pagerduty.com')).toBe(false);
  });
});
