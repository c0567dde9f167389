/**
 * Words that say when, not what: times of day ("pm", "noon", "morning"), days and months, time
 * zones, and a date or clock time written as one word ("27th", "15am" of "10:15am", "14h30").
 * Two notices announced for the same hours share them ("pm, noon" between two of a supercomputer
 * centre's downtimes, docs/findability.md round 53). Used by the reasons beside similar links
 * (src/lib/reason-words.ts). Lower case, as the model indexes words.
 */
import { monthNamesByLanguage } from './month-names.ts';

const dateAndTimeWordList = [
  // times of day
  'am', 'pm', 'a.m', 'p.m', 'noon', 'midday', 'midnight', 'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night',
  'nights', 'overnight', 'tonight', 'today', 'yesterday', 'tomorrow', 'weekend', 'weekends', 'oclock', "o'clock", 'uhr',
  // days and months (the short forms too, as dates are written: "Tue Oct 11")
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // the month names of month-names.ts' table but "may", which is a verb far more often than a month
  ...monthNamesByLanguage.en.filter((month) => month !== 'may'),
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // time zones
  'utc', 'gmt', 'cet', 'cest', 'eet', 'eest', 'bst', 'pt', 'pst', 'pdt', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mst', 'mdt', 'ist', 'jst', 'aest', 'aedt',
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
