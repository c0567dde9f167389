/**
 * One reading of an hour written with or without am/pm, for every reader of a time of day (the body
 * timeline's two checks, the import's time readers, the schema's advice on a written instant). Session
 * 62 left two readings of it: the order check read `13:06 PM` as 13:06 and the agreement check as no
 * time, so the same entry was compared by one check and skipped by the other.
 */

/**
 * The hour on a 24-hour clock, or undefined when the written hour is no time of day.
 * - no am/pm: 0-23 as written;
 * - `1:00 AM`-`12:59 PM`: the twelve-hour clock (`12 AM` is 0, `12 PM` is 12);
 * - `13:06 PM`-`23:59 PM`: a 24-hour hour with a PM that agrees with it (real timelines write every
 *   entry so), read as written;
 * - `13:06 AM`, `0:30 PM`, `25:00`: the clock contradicts itself, so no time is guessed.
 * The meridiem is the letter or word as written (`p`, `PM`, `p.m.`); only its first letter counts.
 */
export function hourOnTwentyFourHourClock(hour: number, meridiem?: string): number | undefined {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) return undefined;
  if (!meridiem) return hour;
  const afternoon = /^\s*p/i.test(meridiem);
  if (hour >= 1 && hour <= 12) return (hour % 12) + (afternoon ? 12 : 0);
  return hour >= 13 && afternoon ? hour : undefined;
}
