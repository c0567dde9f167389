/**
 * Words that say when, not what: times of day ("pm", "noon", "morning"), days and months, time
 * zones, and a date or clock time written as one word ("27th", "15am" of "10:15am", "14h30").
 * Two notices announced for the same hours share them ("pm, noon" between two of a supercomputer
 * centre's downtimes, docs/findability.md round 53). Used by the reasons beside similar links
 * (src/lib/reason-words.ts). Lower case, as the model indexes words.
 */
import { monthNamesByLanguage } from './month-names.ts';

/**
 * The time zones people write most beside a time ("09:40 UTC", "8:22AM PST"), in lower case: the
 * stop words and the date words below hold them, and the rules of initials
 * (publication/person-patterns.ts' role acronyms) know them in capitals as no one's initials.
 * One list since session 56's review (the initials' list wrote the same 17 apart).
 */
export const commonTimeZones: readonly string[] = ['utc', 'gmt', 'cet', 'cest', 'bst', 'pst', 'pdt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'ist', 'jst', 'aest', 'aedt'];

/**
 * The day and month names both lists of words that say when hold: this file's (the reasons beside
 * similar links) and text-analysis.ts' stop words (similarity and search drop them). One table,
 * so a day or month is written once; each list adds its own words around it (below, and in
 * text-analysis.ts), as each was measured with (docs/architecture.md, "Review, session 55").
 */
export const sharedDayAndMonthNames: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // the month names of month-names.ts' table (text-analysis.ts drops "may" as a verb anyway; this
  // file leaves it out, below), and their short forms as dates write them ("Tue Oct 11")
  ...monthNamesByLanguage.en,
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // the time zones both lists hold
  ...commonTimeZones,
];

const dateAndTimeWordList = [
  // times of day
  'am', 'pm', 'a.m', 'p.m', 'noon', 'midday', 'midnight', 'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night',
  'nights', 'overnight', 'tonight', 'today', 'yesterday', 'tomorrow', 'weekend', 'weekends', 'oclock', "o'clock", 'uhr',
  // days' short forms (never stop words: "mon", "sun", "sat" can name what an incident was
  // about, a Ceph monitor, a company)
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // but "may", which is a verb far more often than a month
  ...sharedDayAndMonthNames.filter((name) => name !== 'may'),
  // time zones of Eastern Europe and the short forms of US zones ("9am PT"; never stop words:
  // "ct" is certificate transparency as often)
  'eet', 'eest', 'pt', 'et', 'ct',
];
const dateAndTimeWords: ReadonlySet<string> = new Set(dateAndTimeWordList);

/** A day or a clock time written as one word: "27th", "2nd", "15am", "14h30", "20mn", "0h0" (digits read as 0). */
const dateOrClockToken = /^\d+(?:st|nd|rd|th|am|pm|mn|min|h)$|^\d{1,2}h\d{1,2}$|^\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?$/;

/** Whether `word` (lower case) says when: a time of day, day, month, time zone, or a date or clock time as one word. */
export function isDateOrTimeWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return dateOrClockToken.test(word);
  return dateAndTimeWords.has(word);
}
