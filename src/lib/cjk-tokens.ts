/**
 * What the similarity model's tokenizer (src/lib/text-analysis.ts) needs to read Chinese and
 * Japanese words (round 32 of docs/findability.md). It read the letters a-z and the digits only,
 * so a Chinese or Japanese report was linked to others by its Latin words alone (service names,
 * commands): "控制面节点失联" (the control-plane node is unreachable) counted for nothing. The words
 * are split as the search index splits them (src/lib/cjk-words.ts, Intl.Segmenter); this module
 * says which characters belong to a word and which words carry no signal.
 */

/**
 * Whether a UTF-16 code unit is a letter of a Chinese or Japanese word: Hiragana, Katakana (with
 * the prolonged sound mark), the CJK ideographs and their extension A and compatibility blocks.
 * Their punctuation ("。", "、", "・", the full-width forms) is not; a voiced-sound mark (U+3099,
 * U+309A) is a letter, should one be left uncombined.
 */
export function isCjkWordCode(code: number): boolean {
  return (
    (code >= 0x3041 && code <= 0x30ff && code !== 0x30a0 && code !== 0x30fb) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/**
 * A Japanese function word: written all in Hiragana ("の", "が", "ない", "ました"). The words that
 * say what failed are written in Kanji or Katakana; the search page drops the same words from a
 * query (src/lib/cjk-words.ts isJapaneseFunctionWord).
 */
export function isCjkFunctionWord(token: string): boolean {
  return /^[\u3041-\u309f]+$/.test(token);
}

/**
 * The Chinese and Japanese words of a report's frame, as the English stop words list holds
 * "incident", "problem", "impact", "cause", "user", "minutes": the headings and the vocabulary every
 * postmortem or status notice shares whatever failed (problem, symptom, impact, cause, root cause,
 * date, time, discovered by, fix, resolved, recovered, outage, occurred).
 */
export const cjkReportVocabulary: ReadonlySet<string> = new Set(
  [
    // Chinese (simplified and traditional)
    '问题 問題 现象 現象 影响 影響 原因 根因 导致 導致 日期 时间 時間 发现 發現 发现人 用户 用戶 修复 修復 解决 解決 恢复 恢復 结果 結果',
    '故障 事故 分钟 分鐘 小时 小時 期间 期間 排查 处理 處理 已经 已經 进行 進行 出现 出現 发生 發生 记录 記錄',
    // Japanese
    '障害 影響 原因 発生 復旧 対応 対象 現在 状況 時間 時頃 利用 ユーザ ユーザー サービス 一部 お客様 皆様 ご迷惑 確認 調査 解消 報告',
  ].join(' ').split(/\s+/),
);
