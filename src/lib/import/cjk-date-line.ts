/**
 * The incident day a Chinese, Japanese or Korean report states on a labelled line of its header:
 *
 *     **日期**: 2026-04-03          日付：2021年11月25日          | 날짜 | 2024-05-02 |
 *
 * The importer's "Date:" line is English words only, so such a report had no incident day: its
 * draft had no `times.started` to hold (not even the day's placeholder), and every report of a
 * homelab's Chinese postmortems was held back on it (adoption walk, session 32). A label that
 * names a key time with its hour (発生日時, 发生时间) is read by `cjkKeyTimes`; this reads the day.
 */
import { cjkWrittenTimes } from './cjk-key-times.ts';
import { isIsoDay } from '../as-of.ts';

/**
 * Labels that mean "the day" (of the incident) in Chinese (日期, 发生日期, 事故日期, 故障日期), Japanese
 * (日付, 発生日, 障害発生日) and Korean (날짜, 일자, 발생일, 장애 일자, 발생 일자), once spaces and
 * emphasis are taken out. And the labels of the moment it began (発生日時, 发生时间) when their
 * value gives the day without its hour ("| 発生日時 | 2026-04-16 頃（…） |", "2026-04-14 推定"):
 * `cjkKeyTimes` reads none, and the day was lost (adoption walk, round 55).
 */
const dayLabel = /^(?:(?:事故|故障|事件|发生|發生|障害発生|障害|発生)?日期|(?:障害)?発生日|日付|날짜|(?:장애|발생|사고)?일자|(?:장애)?발생일|(?:障害)?発生(?:日時|時刻)|(?:故障|事故)?(?:发生|發生)(?:时间|時間))$/u;

/** The first 40 lines: a header's labelled lines, not a date the story mentions further down. */
const headerLines = 40;

/**
 * The day (YYYY-MM-DD) the first labelled day line of `markdown` states, with the label as
 * written; undefined when none does. The value may be ISO (`2026-04-03`), slashed (`2026/04/03`) or
 * in CJK style (`2021年11月25日`).
 */
export function cjkDateLine(markdown: string): { date: string; label: string } | undefined {
  for (const line of markdown.split('\n').slice(0, headerLines)) {
    // "**日期**: …", "- 日付：…", "| 날짜 | … |" (a key/value table's row).
    const labelled = /^[\s>*_|#-]*([^\s:：|*_][^:：|*_]{0,10}?)[*_]*\s*[:：|]\s*[*_]*\s*(.+?)\s*\|?\s*$/u.exec(line);
    if (!labelled) continue;
    const label = labelled[1].replace(/\s+/g, '');
    if (!dayLabel.test(label)) continue;
    const value = labelled[2];
    const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(value);
    const date = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : cjkWrittenTimes(value)[0]?.date;
    if (date && isIsoDay(date)) return { date, label: labelled[1].trim() };
  }
  return undefined;
}
