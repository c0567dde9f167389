/**
 * Key times as Japanese (and Chinese) reports write them. A Japanese incident report (障害報告)
 * states its times under labels of its own, as a heading over a paragraph or as a labelled line:
 *
 *     ### 発生日時                      発生日時：2021年11月25日 15:00
 *     2021年11月25日午後3時
 *
 *     ### 復旧日時
 *     iOS: 2021年11月26日午前10時47分
 *     Android: 2021年11月27日午前11時40分
 *
 * The importer read neither the labels (its labelled lines are English words) nor the dates
 * (`年`/`月`/`日`, `午前`/`午後` for a.m./p.m., `時`/`分` for hours and minutes), so such a draft
 * had no `times.started`. The label says which key time it is; its value's first date and time is
 * that time, except for the recovery, where a report listing several (one per platform) recovered
 * when the last of them did. A value without a time of day states no time.
 */

/** A day and a time of day written in CJK style, in the report's own wall-clock time. */
export interface CjkWrittenTime { date: string; time?: string }

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Every date (with its time of day, when written) in `text`: `2021年11月25日午後3時`,
 * `2021年11月26日(金) 10時47分`, `2021年11月25日 15:00`, `2021/11/25 15:00`, `2026-04-15 23:28`
 * (numbers full width or not). Midday and midnight as written: `午後0時` is 12:00, `午前0時` 00:00,
 * `午後12時` 12:00. The ISO form is how a team writing its reports in Markdown tables states its key
 * times ("| 発生日時 | 2026-04-15 23:28 (JST) |"): read as `2026/04/15` was, ten Japanese
 * post-mortems had no `times.started` (adoption walk, round 55).
 */
export function cjkWrittenTimes(text: string): CjkWrittenTime[] {
  const normalized = text.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)).replace(/：/g, ':');
  const pattern = /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[/-](\d{1,2})[/-](\d{1,2})(?!\d))\s*(?:[（(][^）)]{1,3}[）)])?\s*(?:(午前|午後|上午|下午)?\s*(\d{1,2})\s*(?:時|点|:)\s*(?:(\d{1,2})\s*分?)?)?/g;
  const found: CjkWrittenTime[] = [];
  for (const match of normalized.matchAll(pattern)) {
    const [year, month, day] = [Number(match[1]), Number(match[2] ?? match[4]), Number(match[3] ?? match[5])];
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (month < 1 || month > 12 || day < 1 || day > 31 || !Number.isFinite(Date.parse(date))) continue;
    let time: string | undefined;
    if (match[7] !== undefined) {
      let hours = Number(match[7]);
      const minutes = Number(match[8] ?? 0);
      const afternoon = match[6] === '午後' || match[6] === '下午';
      if (match[6] && hours > 12) continue;
      if (afternoon && hours < 12) hours += 12;
      if (!afternoon && match[6] && hours === 12) hours = 0;
      if (hours <= 23 && minutes <= 59) time = `${pad(hours)}:${pad(minutes)}`;
    }
    found.push({ date, ...(time ? { time } : {}) });
  }
  return found;
}

type KeyTime = 'started' | 'detected' | 'mitigated' | 'resolved';

/** The labels Japanese and Chinese reports give their key times. */
const labels: [KeyTime, RegExp][] = [
  ['started', /^(?:障害)?(?:発生|発現)(?:日時|時刻|日)$|^(?:故障|事故)?(?:发生|開始|开始)(?:时间|時間)$/],
  ['detected', /^(?:障害)?(?:検知|検出|発覚|認知)(?:日時|時刻)$|^(?:发现|發現)(?:时间|時間)$/],
  ['mitigated', /^(?:暫定対応|暫定復旧|応急対応)(?:日時|時刻)$/],
  ['resolved', /^(?:障害)?(?:復旧|解消|収束|回復)(?:日時|時刻|完了日時)$|^(?:恢复|恢復|解决|解決)(?:时间|時間)$/],
];

const plainLabel = (text: string) => text.replace(/[*_`#>\-\s]/g, '').replace(/[:：]$/, '');

/**
 * The key times `markdown` states under Japanese or Chinese labels, in its own wall-clock time
 * (the caller applies the report's zone), with the label they were read from.
 */
export function cjkKeyTimes(markdown: string): Partial<Record<KeyTime, { date: string; time: string; label: string }>> {
  const found: Partial<Record<KeyTime, { date: string; time: string; label: string }>> = {};
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A labelled line ("発生日時：2021年11月25日 15:00", "- **復旧日時**: …"), or a heading over its value.
    const labelled = /^[\s>*_|-]*([^\s:：|*_]{2,12})[*_]*\s*[:：|]\s*(.+)$/.exec(line);
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    const label = labelled ? plainLabel(labelled[1]) : heading ? plainLabel(heading[1]) : undefined;
    const field = label ? labels.find(([, pattern]) => pattern.test(label))?.[0] : undefined;
    if (!label || !field || found[field]) continue;
    let value = labelled ? labelled[2] : '';
    if (!labelled) {
      // The heading's section, up to the next heading.
      const section: string[] = [];
      for (let j = i + 1; j < lines.length && !/^#{1,6}\s/.test(lines[j]); j++) section.push(lines[j]);
      value = section.join('\n');
    }
    const times = cjkWrittenTimes(value).filter((written): written is { date: string; time: string } => !!written.time);
    if (!times.length) continue;
    // Recovered once the last platform listed did (iOS one day, Android the next).
    const chosen = field === 'resolved' ? [...times].sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`, 'en')).at(-1)! : times[0];
    found[field] = { ...chosen, label };
  }
  return found;
}
