import { monthNumberOf } from './instant-advice.ts';

/**
 * A week day written before a date that is another week day (bad input round 63): `Wednesday 2025-07-08`
 * (a Tuesday) in a title, a summary, a timeline's event or the body, `On Thursday, July 8, 2025`, `Am Mittwoch,
 * 8. Juli 2025`. A field's date-time so written was said (round 16, instant-advice.ts' weekdayMismatch); in text
 * it was published as written, and a reader could not tell which of the two was right. Pure.
 */
export interface WeekdayContradiction {
  /** Offset of the week day in the text. */
  index: number;
  /** The week day and the date as written (`Wednesday 2025-07-08`). */
  written: string;
  /** The date, YYYY-MM-DD. */
  day: string;
  /** The week day written, and the one the date was, in English (`Wednesday`, `Tuesday`). */
  named: string;
  actual: string;
  /** The date nearest to `day` that is the week day written (`2025-07-09`). */
  nearest: string;
}

const englishDays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Week days by language, each list Sunday first; English's short forms too. */
const weekdayWords = new Map<string, number>([
  ...englishDays.map((name, i) => [name.toLowerCase(), i] as [string, number]),
  ...['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((name, i) => [name, i] as [string, number]),
  ['tues', 2], ['thur', 4], ['thurs', 4],
  ...['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'].map((name, i) => [name, i] as [string, number]),
  ['sonnabend', 6],
  ...['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'].map((name, i) => [name, i] as [string, number]),
  ...['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'].map((name, i) => [name, i] as [string, number]),
]);

// One alternation of literal words at a word's start, then a date in one of three orders: no nested quantifier.
const weekdayThenDate = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...weekdayWords.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?,?[ \\t\\u00A0]+(?:the[ \\t]+)?` +
    '(?:(\\d{4})-(\\d{2})-(\\d{2})(?![\\d:-]?\\d)|(\\d{1,2})(?:st|nd|rd|th|er|\\.)?[ \\t\\u00A0]+(?:de[ \\t]+)?(\\p{L}{3,12})\\.?,?(?:[ \\t]+de)?[ \\t\\u00A0]+(\\d{4})(?!\\d)|(\\p{L}{3,12})\\.?[ \\t\\u00A0]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t\\u00A0]+(\\d{4})(?!\\d))',
  'giu',
);

/** Each week day in `text` written before a date that is another week day. */
export function findWeekdayContradictions(text: string): WeekdayContradiction[] {
  // Cheap first look: a date with its year holds four digits in a row.
  if (!/\d{4}/.test(text)) return [];
  const found: WeekdayContradiction[] = [];
  for (const match of text.matchAll(weekdayThenDate)) {
    const named = weekdayWords.get(match[1].toLowerCase());
    const [year, month, dayOfMonth] = match[2]
      ? [Number(match[2]), Number(match[3]), Number(match[4])]
      : match[5]
        ? [Number(match[7]), monthNumberOf(match[6]), Number(match[5])]
        : [Number(match[10]), monthNumberOf(match[8]), Number(match[9])];
    // A year before 1900 is a program's zero day (`Mon, 01 Jan 0001`, Go's), not a day anyone noted.
    if (named === undefined || !month || year < 1900) continue;
    const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
    // A day the month does not have (`2025-02-30`) is another finding's, not this one's.
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== dayOfMonth || date.getUTCDay() === named) continue;
    const shift = ((named - date.getUTCDay() + 10) % 7) - 3;
    found.push({
      index: match.index,
      written: match[0].replace(/[ \t\u00A0]+/g, ' '),
      day: date.toISOString().slice(0, 10),
      named: englishDays[named],
      actual: englishDays[date.getUTCDay()],
      nearest: new Date(date.getTime() + shift * 86_400_000).toISOString().slice(0, 10),
    });
  }
  return found;
}

/** The message and fix for one, the place named by `where` (`title`, `the body`). */
export function describeWeekdayContradiction(found: WeekdayContradiction, where: string): { message: string; fix: string } {
  return {
    message: `${where} writes "${found.written}", but ${found.day} was a ${found.actual}, not a ${found.named}: the page would show both, and a reader cannot tell which is right.`,
    fix: `check which is right: write ${found.actual} before ${found.day}, or the ${found.named} meant (the nearest is ${found.nearest}); the week day may be left out, the date says it.`,
  };
}
