/**
 * Whether a month's or a weekday's name that is also a listed name's part ("June", "April",
 * "Sun") is written as part of a date, not as the name. One rule for both places that ask it
 * (word-as-name.ts for a listed part read where a name may stand, people.ts for every listed
 * month word), which had each a list of its own of the words that say when until round 48 of
 * false positives joined them (docs/redaction.md).
 */
const monthName = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const weekdayName = /^(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/i;
/** A day of the month as dates write it: "13", "13th", "the 30th". */
const dayNumber = String.raw`(?:the[\s\u00a0]+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}:])`;
const dayNumberAfter = new RegExp(String.raw`^,?[\s\u00a0]+${dayNumber}`, 'u');
/**
 * Words before a month that say when ("in June", "since June", "early June", "this June", "the
 * course of June"); not "by", "from", "before" or "after", after which a person is as likely
 * ("reviewed by June", "a message from June").
 */
const whenBefore = /(?:^|[^\p{L}])(?:in|during|since|until|till|through|early|mid|late|last|next|this|course[\s\u00a0]+of|end[\s\u00a0]+of|start[\s\u00a0]+of|beginning[\s\u00a0]+of|middle[\s\u00a0]+of)[\s\u00a0-]+$/iu;

/**
 * `written` stands between `before` and `after` on its line. A weekday or a month before a day's
 * number ("Sun 13th Dec", "June 30"); a month next to any number ("14 Jan", "Jan 2025", "the 30th
 * June", "Jan. 14"), after a word that says when, or before "of" and a year ("In June of 2017").
 */
export function isPartOfDate(before: string, written: string, after: string): boolean {
  const month = monthName.test(written);
  if (!month && !weekdayName.test(written)) return false;
  if (dayNumberAfter.test(after)) return true;
  if (!month) return false;
  return /\d[\s.,-]*$/.test(before) || /^\.?[\s,-]*\d/.test(after)
    || /(?:^|[^\p{L}\p{N}])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:[\s\u00a0]+of)?[\s\u00a0]+$/u.test(before)
    || whenBefore.test(before)
    || /^[\s\u00a0]+of[\s\u00a0]+\d{4}\b/.test(after);
}
