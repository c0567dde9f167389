import { earliestDay } from './earliest-day.ts';
import { calendarDayProblem, dayOptionAdvice } from './instant-advice.ts';

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  // Date.parse takes 2024-02-30 as 1 March: the day must come back as it was written.
  const time = Date.parse(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Names white space as a reader cannot see it: "a space", "2 spaces", "a tab", "a non-breaking space". */
function whiteSpaceWords(text: string): string {
  const kinds = new Set([...text].map((c) => (c === ' ' ? 'space' : c === '\t' ? 'tab' : c === '\u00A0' ? 'non-breaking space' : c === '\n' || c === '\r' ? 'line break' : 'blank character')));
  const kind = kinds.size === 1 ? [...kinds][0] : 'blank character';
  return text.length === 1 ? `a ${kind}` : `${text.length} ${kind}s`;
}

/**
 * What makes an as-of value that is no day one, when the day it means is plain: white space
 * around it (`'2025-07-01 '`, which round 19 refused as "not a date" without naming the space)
 * or a time after it (`2025-07-01T10:00:00Z`). Undefined otherwise.
 */
export function asOfDayMeant(value: string): { day: string; reason: string } | undefined {
  const trimmed = value.trim();
  if (trimmed !== value && isIsoDay(trimmed)) {
    const before = value.slice(0, value.indexOf(trimmed));
    const after = value.slice(value.indexOf(trimmed) + trimmed.length);
    const where = [before && `starts with ${whiteSpaceWords(before)}`, after && `ends with ${whiteSpaceWords(after)}`].filter(Boolean).join(' and ');
    return { day: trimmed, reason: `it ${where}` };
  }
  const day = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(trimmed)?.[1];
  return day && isIsoDay(day) ? { day, reason: 'it holds a time of day, and the day goes without it' } : undefined;
}

/**
 * Why a value written as a day names none, in parentheses, or nothing: `KB_AS_OF=2026-02-30` and
 * `asOf: '2026-02-30'` were "not a date", which left the author to count February's days (round 36).
 */
export function notADayReason(value: string): string {
  const problem = calendarDayProblem(value.trim());
  return problem ? ` (${problem})` : '';
}

/**
 * The day an as-of value written in another notation names, as the setting to write (`20260101`:
 * ` Here the parts of the day are joined by "-". Give asOf: '2026-01-01'.`), or ''. Round 37:
 * `asOf: '20260101'` and `KB_AS_OF=20260101` were "not a date" without the day meant, where
 * `digest --since 20260101` named it. Empty when the calendar lacks the day (notADayReason says so).
 */
export function asOfNotationAdvice(value: string, give: (day: string) => string): string {
  return notADayReason(value) ? '' : dayOptionAdvice(value.trim(), give);
}

/**
 * Why `day` (a real `YYYY-MM-DD`) cannot be "today" for the timing checks, or undefined when it
 * can: a day before 1970 or more than a year after `now` is a typo (1900-01-01, 2062 for 2026).
 * `setting` names where it was written: KB_AS_OF, or `asOf` in site.config.ts.
 */
export function asOfRangeProblem(day: string, setting: { name: string; example: (today: string) => string; orElse: string }, now: Date = new Date()): string | undefined {
  const today = now.toISOString().slice(0, 10);
  const latest = `${String(Number(today.slice(0, 4)) + 1).padStart(4, '0')}${today.slice(4)}`;
  if (day >= earliestDay && day <= latest) return undefined;
  const early = day < earliestDay;
  return `${setting.name} is ${day}, ${early ? `before ${earliestDay}` : `more than a year after today (${today})`}: "today" for the timing checks must be a day from ${earliestDay} to ${latest}, or every date would be read as ${early ? 'in the future' : 'long overdue'}. Set it as YYYY-MM-DD within that range, e.g. ${setting.example(today)}, or ${setting.orElse} to use today.`;
}

/**
 * The day "overdue" is measured against. Builds use today's UTC date; tests and reproducible
 * builds fix it with KB_AS_OF=YYYY-MM-DD (or `asOf` in site.config.ts, see src/lib/kb-config.ts).
 */
export function resolveAsOfDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const fixed = env.KB_AS_OF?.trim();
  if (fixed) {
    if (!isIsoDay(fixed)) {
      // `2025-07-01T10:00:00Z` (a time stamp a script wrote) was refused with an example day, not its own.
      const day = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(fixed)?.[1];
      const advice = asOfNotationAdvice(fixed, (meant) => `KB_AS_OF=${meant}`);
      const example = day && isIsoDay(day) ? `, the day without its time: KB_AS_OF=${day}` : advice ? '' : ', e.g. KB_AS_OF=2026-01-31';
      throw new Error(`KB_AS_OF is "${fixed}", which is not a date${notADayReason(fixed)}. Set it as YYYY-MM-DD${example}, or unset it to use today.${example ? '' : advice}`);
    }
    // KB_AS_OF=1900-01-01 was taken: every incident was then "in the future" and nothing overdue,
    // each said at length. A day before 1970 or over a year ahead is a typo, not a "today".
    const problem = asOfRangeProblem(fixed, { name: 'KB_AS_OF', example: (today) => `KB_AS_OF=${today}`, orElse: 'unset it' }, now);
    if (problem) throw new Error(problem);
    return fixed;
  }
  return now.toISOString().slice(0, 10);
}

/**
 * The instant running clocks (breach-notification deadlines) are measured against: the start of
 * the KB_AS_OF day (00:00 UTC) when it is fixed, so tests and reruns are reproducible; otherwise
 * now, to the minute.
 */
export function resolveAsOfInstant(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  if (env.KB_AS_OF?.trim()) return `${resolveAsOfDate(env, now)}T00:00:00.000Z`;
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
}
