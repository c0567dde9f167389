import { describe, expect, test } from 'vitest';
import { cjkWordSpacesRemoved, cjkWordsSpaced, isJapaneseFunctionWord } from '../../src/lib/cjk-words.ts';

describe('cjkWordsSpaced', () => {
  test('puts a space between the words of a Japanese sentence and after a Latin word', () => {
    expect(cjkWordsSpaced('Sorapayへのカードの登録')).toBe('Sorapay へ の カード の 登録');
    expect(cjkWordsSpaced('システムメンテナンス中のため')).toBe('システム メンテナンス 中 の ため');
  });

  test('separates a Latin word that follows Japanese text', () => {
    expect(cjkWordsSpaced('ため、Hoshiドライブ')).toBe('ため、 Hoshi ドライブ');
  });

  test('splits Chinese too', () => {
    expect(cjkWordsSpaced('服务恢复正常').split(' ').length).toBeGreaterThan(1);
  });

  test('leaves text without Chinese or Japanese characters as it is', () => {
    for (const text of ['disk full on the download mirror', 'Störung der Dateiablage', '서비스 장애가 발생했습니다', '']) expect(cjkWordsSpaced(text)).toBe(text);
  });
});

describe('cjkWordSpacesRemoved', () => {
  test('gives back the text as written, across the marks of an excerpt', () => {
    expect(cjkWordSpacesRemoved(cjkWordsSpaced('ユーザは、カードの登録を完了できませんでした。'))).toBe('ユーザは、カードの登録を完了できませんでした。');
    expect(cjkWordSpacesRemoved('カード の <mark>登録</mark> を')).toBe('カードの<mark>登録</mark>を');
  });

  test('keeps spaces between Latin words', () => {
    expect(cjkWordSpacesRemoved('card payments declined')).toBe('card payments declined');
  });
});

describe('isJapaneseFunctionWord', () => {
  test('all-Hiragana words are function words; Kanji and Katakana words are not', () => {
    expect(['の', 'を', 'ない', 'でき'].every(isJapaneseFunctionWord)).toBe(true);
    expect(['登録', 'カード', '探す', 'sftp'].some(isJapaneseFunctionWord)).toBe(false);
  });
});
