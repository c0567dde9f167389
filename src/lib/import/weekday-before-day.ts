/**
 * A weekday's full English name ("Monday" … "Sunday"), as a pattern to build expressions from.
 * Abbreviations ("Mon", "Thurs") are written-time.ts's own: a word after a date ("Mongodb down")
 * must not be read as one.
 */
export const weekdayNamePattern = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;

/**
 * The weekday a sentence may write between its lead word and the day it names ("On Friday,
 * February 12th", "occurred on Monday, the 3rd of May", "in the morning of Tuesday 2024-03-05"):
 * optional, so an expression built with it reads the day either way. One definition for the import's
 * openings, "occurred on" sentences, time phrases and prose timelines (import round 59).
 */
export const weekdayBeforeDayPattern = String.raw`(?:${weekdayNamePattern},?\s+(?:the\s+)?)?`;

/** True when a text is a weekday's full name and nothing else ("Sunday" under "March 31st, 2024"). */
export function isWeekdayName(text: string): boolean {
  return weekdayNameAlone.test(text);
}
const weekdayNameAlone = new RegExp(`^${weekdayNamePattern}$`, 'i');
