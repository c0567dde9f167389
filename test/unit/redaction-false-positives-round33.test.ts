import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { findKoreanNames } from '../../src/lib/publication/korean-prose-names.ts';
import { isKnownKoreanWord } from '../../src/lib/publication/korean-everyday-words.ts';
import { findChineseNames, isChineseSentence } from '../../src/lib/publication/chinese-prose-names.ts';
import { opensListOfThings } from '../../src/lib/publication/lists-of-things.ts';
import { isKatakanaListOfThings } from '../../src/lib/publication/japanese-things-not-names.ts';

/**
 * Round 33 of false positives (docs/redaction.md): a Korean and a Chinese engineering blog, a
 * validator's postmortem and Japanese thanks. Every text is our own, modelled on the shapes the
 * collections hold (no real sentence or name); beside each negative a person written the same way
 * is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const people = (text: string) => scanPublicText('post.md', text, options).findings.filter((f) => f.rule === 'redact/person' || f.rule === 'redact/possible-person').map((f) => redactionFindingText(f));
const koreanNames = (line: string) => findKoreanNames(line).map((n) => n.text);
const chineseNames = (line: string) => findChineseNames(line).map((n) => n.text);

describe('Korean words of three syllables that open with a surname', () => {
  test.each([
    ['a noun of the list', '이번 배포에서 가독성이 크게 좋아졌습니다', '가독성'],
    ['a country', '이집트 리전으로 트래픽을 옮겼습니다', '이집트'],
    ['an adverb with 껏', '마음껏 실험할 수 있는 환경을 만들었습니다', '마음껏'],
    ['a verb ending in 거나', '캐시를 비우거나 하거나 재시작합니다', '하거나'],
    ['a verb with 켜 (no given name has it)', '대시보드를 지켜보며 롤백을 결정했습니다', '지켜보'],
    ['a noun form ending in 하기', '장애를 피하기 위해 배포를 멈췄습니다', '피하기'],
  ])('is no name: %s', (_, line, word) => {
    expect(koreanNames(line)).not.toContain(word);
  });

  test.each([
    ['a full name beside a listed noun', '가독성을 높인 것은 이도윤 엔지니어입니다', '이도윤'],
    ['a full name starting like a listed word (정서법 / 정서연)', '정서연이 정서법 문서를 고쳤습니다', '정서연'],
    ['a full name beside a verb of 거나', '배포를 멈추거나 조민호가 되돌립니다', '조민호'],
  ])('a person written alike is still found: %s', (_, line, name) => {
    expect(koreanNames(line)).toContain(name);
  });

  test('publishes only what it knows: exact words, verb syllables, verb endings', () => {
    for (const word of ['가독성', '이집트', '마음껏', '하거나', '지켜보', '피하기', '가는지']) expect(isKnownKoreanWord(word)).toBe(true);
    for (const word of ['이영수', '정서연', '가독민', '박지훈', '최하은', '이집수']) expect(isKnownKoreanWord(word)).toBe(false);
  });
});

describe('Chinese lines read as Chinese by their simplified letters', () => {
  test('a line whose only Chinese marks are simplified letters of the new list is read, not held whole', () => {
    const line = '使用 pd-ctl 同样可以查询上述信息';
    expect(isChineseSentence(line)).toBe(true);
    expect(people(line)).toEqual([]);
  });

  test('a name in such a line is still found', () => {
    expect(people('王志伟使用 pd-ctl 同样可以查询上述信息')).toContain('王志伟');
  });

  test('Japanese Han with no simplified letter is still held whole', () => {
    expect(isChineseSentence('障害報告')).toBe(false);
    expect(isChineseSentence('判断と担当の記録')).toBe(false);
    // Letters Japanese writes the same as simplified Chinese (号, 践, 称, 随) are not on the list.
    for (const line of ['[日経Linux2023年5月号](https://example.org/)', '- [実践例](examples.md)', '名称随時変更']) expect(isChineseSentence(line)).toBe(false);
  });

  test.each([
    ['a chapter', '本章节介绍调度的原理', '章节'],
    ['a curve', '延迟曲线在升级后下降', '曲线'],
    ['a room', '会议房间预订系统出现了故障', '房间'],
    ['曾 as "once"', '该问题曾出现在旧版本中', '曾出现'],
  ])('a surname\'s letter opening a word is no name: %s', (_, line, word) => {
    expect(chineseNames(line).join(' ')).not.toContain(word);
  });

  test('a surname of those letters before a given name is still found', () => {
    expect(chineseNames('章伟明重启了调度服务')).toContain('章伟明');
    expect(chineseNames('曾志强回滚了这个版本')).toContain('曾志强');
  });
});

describe('a capitalised word opening a list of lower-case things', () => {
  test.each([
    ['a validator rebuilt', 'A new node is built. Genesis, peers, and state-sync are configured; the node syncs.'],
    ['restored from a snapshot', 'Genesis, peers and seeds were restored from the snapshot.'],
  ])('is no person: %s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test.each([
    ['a second capitalised item', 'Grace, peers, and Tom are configured.', 'Grace'],
    ['people paged, not things configured', 'Grace, ops and security were paged.', 'Grace'],
    ['the same word acting elsewhere in the post', 'Genesis, peers, and state-sync are configured. Later Genesis restarted the node.', 'Genesis'],
  ])('a person written alike is still found: %s', (_, text, name) => {
    expect(people(text)).toContain(name);
  });

  test('reads only lists of English things done to as things', () => {
    expect(opensListOfThings(', peers, and state-sync are configured')).toBe(true);
    expect(opensListOfThings(', ops and security were paged')).toBe(false);
    expect(opensListOfThings(', peers, and Tom are configured')).toBe(false);
    expect(opensListOfThings(', xqvbrn, and peers are configured')).toBe(false);
  });
});

describe('Japanese: companies thanked with 様, lists of Katakana things', () => {
  test.each([
    ['a company after 株式会社', '株式会社ミライ様に感謝いたします。'],
    ['a company before 株式会社', 'ミライ株式会社様にご協力いただきました。'],
    ['a company with （株）', '（株）ミライ様のご支援に感謝します。'],
    ['a list of products', 'エディタ・ビューア・コンバータを提供しています。'],
  ])('is no person: %s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test.each([
    ['a person with 様', '担当のミライ様が対応しました。', 'ミライ様'],
    ['a foreign full name', 'ジョン・スミスが対応しました。', 'ジョン・スミス'],
    ['a full name with a product word in it', 'エディタ・スミスが対応しました。', 'エディタ・スミス'],
  ])('a person written alike is still found: %s', (_, text, name) => {
    expect(people(text)).toContain(name);
  });

  test('a list needs every part to be a thing', () => {
    expect(isKatakanaListOfThings('エディタ・ビューア')).toBe(true);
    expect(isKatakanaListOfThings('サーバー・スミス')).toBe(false);
    expect(isKatakanaListOfThings('エディタ＝ビューア')).toBe(false);
  });
});
