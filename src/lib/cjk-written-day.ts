/**
 * Days and clock times as Japanese, Chinese and Korean reports write them, read once for every field
 * that takes a day or a time (instant-advice.ts) and for the body's timeline (body-timeline-order.ts).
 * Bad input round 57: `令和7年3月14日` (a Japanese era's year), `2025年7月9日星期三` (a weekday after the
 * day), `2025년 7월 9일` (Korean), `午後5時45分`, `下午5:45`, `오후 5:45` got the format alone, or, in a
 * timeline, were read as no time.
 */

/** The Japanese eras a report of today may date a day in, with the Gregorian year of each era's first year (元年). */
const eras: Record<string, { first: number; name: string }> = {
  令和: { first: 2019, name: 'Reiwa' }, R: { first: 2019, name: 'Reiwa' },
  平成: { first: 1989, name: 'Heisei' }, H: { first: 1989, name: 'Heisei' },
  昭和: { first: 1926, name: 'Showa' }, S: { first: 1926, name: 'Showa' },
};

/** A weekday written after a day: `（水）`, `(水)`, `星期三`, `周三`, `(수)`, `수요일`. */
const weekdayAfter = String.raw`\s*(?:[（(][月火水木金土日一二三四五六天월화수목금토일][曜요]?[日일]?[）)]|(?:星期|周|週)[一二三四五六日天]|[월화수목금토일]요일)?`;

const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * A day at the start of `text` written with 年月日 (Japanese, Chinese), 년월일 (Korean) or a Japanese
 * era's year (`令和7年3月14日`, `令和元年5月1日`, `R7.3.14`), as YYYY-MM-DD with what differed, and
 * the rest of the text; undefined for any other text.
 */
export function cjkDay(text: string): { day: string; rest: string; reason: string } | undefined {
  const digits = text.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  const era = new RegExp(String.raw`^(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日${weekdayAfter}(.*)$`, 'u').exec(digits)
    ?? /^([RHS])(\d{1,2})\.(\d{1,2})\.(\d{1,2})(?!\d)(.*)$/.exec(digits);
  if (era) {
    const { first, name } = eras[era[1]];
    const yearOfEra = era[2] === '元' ? 1 : Number(era[2]);
    const year = first + yearOfEra - 1;
    const written = `${era[1]}${era[2]}${/^[RHS]$/.test(era[1]) ? '' : '年'}`;
    return { day: `${year}-${pad(era[3])}-${pad(era[4])}`, rest: era[5], reason: `the year is written in the Japanese era ${name} (${written} is ${year}): write the Gregorian year, and the day's parts joined by "-"` };
  }
  const hanzi = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日${weekdayAfter}(.*)$`, 'u').exec(digits);
  if (hanzi) return { day: `${hanzi[1]}-${pad(hanzi[2])}-${pad(hanzi[3])}`, rest: hanzi[4], reason: 'the day is written with its parts joined by "-", not by 年, 月 and 日' };
  const hangul = new RegExp(String.raw`^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일${weekdayAfter}(.*)$`, 'u').exec(digits);
  if (hangul) return { day: `${hangul[1]}-${pad(hangul[2])}-${pad(hangul[3])}`, rest: hangul[4], reason: 'the day is written with its parts joined by "-", not by 년, 월 and 일' };
  return undefined;
}

/** A clock time with a Japanese, Chinese or Korean half-day mark, or written with 時/点/시 and 分/분. */
const cjkClockPattern = /(午前|午後|上午|下午|오전|오후)?\s*(\d{1,2})\s*(?:時(?!間)|点(?!钟头)|시(?!간)|:)\s*(?:(\d{1,2})\s*(?:分|분)?)?/gu;

/**
 * `text` with each clock time written the Japanese, Chinese or Korean way (`午後5時45分`, `下午5:45`,
 * `오후 5:45`, `17時45分`) as a 24-hour `17:45`: `午後0時` is 12:00, `午前0時` and `午前12時` 00:00.
 * A time without such a mark or unit is left as written. `changed` says whether one was rewritten.
 */
export function cjkClockAs24Hour(text: string): { text: string; changed: boolean } {
  let changed = false;
  const rewritten = text.replace(cjkClockPattern, (whole, half: string | undefined, h: string, m: string | undefined) => {
    // A plain `17:45` (no mark, no 時) is left as it is.
    if (!half && !/[時点시]/u.test(whole)) return whole;
    let hour = Number(h);
    if (half && (hour > 12 || hour < 0)) return whole;
    const afternoon = half === '午後' || half === '下午' || half === '오후';
    if (half && afternoon && hour < 12) hour += 12;
    if (half && !afternoon && hour === 12) hour = 0;
    if (hour > 23 || Number(m ?? 0) > 59) return whole;
    changed = true;
    return `${pad(hour)}:${pad(m ?? 0)}`;
  });
  return { text: rewritten, changed };
}
