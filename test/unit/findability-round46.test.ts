import { describe, expect, test } from 'vitest';
import { isChineseFunctionWord, isJapaneseFunctionWord, japaneseKanjiStem } from '../../src/lib/cjk-words.ts';
import { otherFormsOf, searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { inventedNoticesIndex, firstFound } from '../support/invented-notices.ts';
import { searchForgiving } from '../../src/lib/forgiving-search.ts';

// Round 46 of docs/findability.md: a Chinese query holds function words of one character ("namespace
// 删除卡在 Terminating" is "namespace", "删除", "卡", "在", "Terminating"), and "在" was counted as a
// query word: long troubleshooting guides holding it somewhere held "every word" and were exact
// results, while the short guide about the namespace, holding the other four words but no "在", was
// listed below them. Such words are no longer counted, as Japanese particles were not. And a Japanese
// verb typed in its plain form ("含む") is cut by the word segmenter elsewhere in an inflected form
// ("含 まれ" of "含まれています"): its Kanji stem is now searched too. The guides and notes below are
// invented.

describe('round 46: Chinese function words', () => {
  test('particles, prepositions and conjunctions of one character are function words', () => {
    expect(['在', '的', '了', '和', '被', '从', '对'].every(isChineseFunctionWord)).toBe(true);
  });

  test('words that say what failed or where are not', () => {
    expect(['删除', '卡', '重启', '磁盘', '节点', '上', 'namespace', '在线'].some(isChineseFunctionWord)).toBe(false);
    // A Japanese particle is still one by its own rule, not this one.
    expect(isChineseFunctionWord('の')).toBe(false);
    expect(isJapaneseFunctionWord('の')).toBe(true);
  });
});

describe("round 46: in pagefind's own index", () => {
  // Long guides that mention a namespace, deleting, being stuck and Terminating in passing, with "在"
  // in many sentences; a short guide about a namespace stuck in Terminating that never writes "在".
  const passing = (topic: string) =>
    `${topic} 的常见问题很多。Pod 在节点上启动失败时，先看事件。` +
    '如果 namespace 被删除，其中的资源也会删除。滚动更新卡住时，旧副本可能停在 Terminating 状态。' +
    '日志在容器重启后会丢失，需要提前收集。调度器在资源不足时会一直等待。';
  const guides = [
    { id: 'guide-pod', title: 'Pod 故障排查 (Pod Troubleshooting)', summary: 'Pod 启动失败、反复重启与调度问题的排查方法。', body: passing('Pod') },
    { id: 'guide-volume', title: '存储卷故障排查 (Volume Troubleshooting)', summary: '存储卷挂载失败与容量问题的排查方法。', body: passing('存储卷') },
    { id: 'guide-rollout', title: '发布故障排查 (Rollout Troubleshooting)', summary: '滚动更新失败与回滚的排查方法。', body: passing('发布') },
    { id: 'guide-namespace', title: 'Namespace 故障排查', summary: 'Namespace 删除后一直卡住，状态停留为 Terminating：finalizer 未清理。', body: '检查 namespace 中剩余的资源与 finalizers，清理后删除即可完成。' },
  ];
  const engine = inventedNoticesIndex('findability-round46-', guides);

  test('"namespace 删除卡在 Terminating" finds the namespace guide first', async () => {
    // With "在" counted, the three long guides held every word and were the exact results; the
    // namespace guide, holding four of five, came after them.
    expect(await firstFound(engine(), 'namespace 删除卡在 Terminating', searchAlternatives)).toBe('/postmortems/guide-namespace/');
  });

  test('the function word is neither counted nor said to be missing', async () => {
    const found = await searchForgiving(engine(), '删除卡在 Terminating');
    expect(found.missing).toEqual([]);
    expect(found.exact.map((hit) => hit.data.url)).toContain('/postmortems/guide-namespace/');
  });
});

describe('round 46: the Kanji stem of a Japanese word with a Hiragana ending', () => {
  test('a verb or adjective gives its Kanji, the search page searches it as another form', () => {
    expect(japaneseKanjiStem('含む')).toEqual(['含']);
    expect(japaneseKanjiStem('止まる')).toEqual(['止']);
    expect(japaneseKanjiStem('使えない')).toEqual(['使']);
    expect(otherFormsOf('含む')).toContain('含');
  });

  test('a word of Kanji alone, Katakana, Hiragana or Latin letters gives none', () => {
    for (const word of ['修正', 'リリース', 'ない', 'deploy']) expect(japaneseKanjiStem(word)).toEqual([]);
  });
});

describe("round 46: an inflected Japanese verb in pagefind's own index", () => {
  // Release notes: one says its security fixes are "含まれています" (the segmenter: "含 まれ"),
  // others say "含む" of other things; one of them also mentions security hardening.
  const notes = [
    { id: 'note-security', title: 'Hako v4.2 をリリースしました', summary: '今回のリリースには多数のセキュリティ修正が含まれています。', body: '速やかな更新をお勧めします。' },
    { id: 'note-features', title: 'Hako v4.1 をリリースしました', summary: '新機能、バグ修正、セキュリティ強化を含むリリースです。', body: '画面の表示を改善しました。' },
    { id: 'note-ui', title: 'Hako v4.0 をリリースしました', summary: '多数の修正を含むリリースです。', body: 'セキュリティの説明を更新しました。' },
    { id: 'note-docs', title: 'ドキュメントを更新しました', summary: '設定の説明を含む新しいページを追加しました。', body: '修正の手順も載せました。' },
  ];
  const engine = inventedNoticesIndex('findability-round46-ja-', notes);

  test('"セキュリティ修正 含むリリース": the note whose fixes are "含まれています" holds every word', async () => {
    const found = await searchForgiving(engine(), 'セキュリティ修正 含むリリース', searchAlternatives);
    // Without the stem it held three of four words, a partial match below every note holding "含む".
    expect(found.exact.map((hit) => hit.data.url)).toContain('/postmortems/note-security/');
    expect(found.missing).toEqual([]);
  });
});
