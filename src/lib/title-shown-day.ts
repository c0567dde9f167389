/**
 * The title the internal site shows for a report: its own title without the day the page and the
 * card already show beside it. Imported reports date themselves in their titles, at either end and
 * in every notation ("2020-08-28 - Memory overload …", "Retrospective: DNS Outage 2018-08-27",
 * "Incident report May 12 2025 - …", "Balrog VPN connectivity 7-14-2016", "Nachrichten: Störung
 * (08.07.2026)"), so a card read "28 Aug 2020 · 2020-08-28 - Memory overload" (session 30). Only a
 * day that is the shown day goes: a title naming another day ("Level 1 to 3 Incident 2018-08-10 -
 * 2018-08-30", a report written days after) keeps it, since that day says something the card does
 * not. The stored title is unchanged (exports, search and the public title keep their own).
 */

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const weekday = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const dayOfMonth = '\\d{1,2}(?:st|nd|rd|th)?';
/** One day in any notation the reports use; the groups are read by `daysMeant`. */
const day = [
  '(\\d{4})-(\\d{1,2})-(\\d{1,2})',
  '(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})',
  `${weekday}(${month})\\s+(${dayOfMonth}),?\\s+(\\d{4})`,
  `${weekday}(${dayOfMonth})\\s+(${month}),?\\s+(\\d{4})`,
].join('|');
const time = '\\d{1,2}(?::\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:UTC|GMT|[A-Z]{2,4}T|Uhr))?';
/** Words before an opening day that say only "this is a report": dropped with the day. */
const reportWords = '(?:(?:incident|outage|post-?mortem)(?:\\s+(?:report|review|summary))?\\s*(?:on|of|for|from)?\\s*[:-]?\\s*)?';
/** A label the report files its titles under ("Retrospective: "): kept, the day after it goes. */
const label = '((?:retrospective|post-?mortem|rca|incident)\\s*:\\s*)?';

const opening = new RegExp(`^\\s*${label}${reportWords}(?:${day})(?:,?\\s+${time})?\\s*(?:[-–—:|,]\\s*|\\s+)`, 'iu');
const closing = new RegExp(`(?:\\s*[-–—:|,]\\s*|\\s+)(?:on\\s+)?(?:${day})\\s*$`, 'iu');
const closingInBrackets = new RegExp(`\\s*\\((?:${day})(?:,\\s*([^()]*))?\\)\\s*$`, 'iu');

/** The calendar days (YYYY-MM-DD) a matched day can mean: both readings of "07-08-2026". */
function daysMeant(groups: (string | undefined)[]): string[] {
  const [isoY, isoM, isoD, a, b, y, nameM, nameD, nameY, dayD, dayM, dayY] = groups;
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const monthOf = (name: string) => monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  if (isoY) return [`${isoY}-${pad(isoM!)}-${pad(isoD!)}`];
  if (y) return [`${y}-${pad(b!)}-${pad(a!)}`, `${y}-${pad(a!)}-${pad(b!)}`];
  if (nameY) return [`${nameY}-${pad(monthOf(nameM!))}-${pad(parseInt(nameD!, 10))}`];
  if (dayY) return [`${dayY}-${pad(monthOf(dayM!))}-${pad(parseInt(dayD!, 10))}`];
  return [];
}

const enoughLeft = (text: string) => (text.match(/\p{L}/gu) ?? []).length >= 3;
const capitalised = (text: string) => text[0].toUpperCase() + text.slice(1);

/**
 * `title` without the day it opens or ends with when that day is `shownDay` (the "YYYY-MM-DD" the
 * page shows, `times.started`'s), a time of day after an opening day going with it; the title as
 * written when its day is another, or when fewer than three letters would be left.
 */
export function titleWithoutShownDay(title: string, shownDay: string): string {
  const wanted = shownDay.slice(0, 10);
  let result = title;
  const open = opening.exec(result);
  if (open && daysMeant(open.slice(2)).includes(wanted)) {
    const rest = result.slice(open[0].length).trim();
    if (enoughLeft(rest)) result = (open[1] ?? '') + (open[1] ? rest : capitalised(rest));
  }
  const bracketed = closingInBrackets.exec(result);
  if (bracketed && daysMeant(bracketed.slice(1, 13)).includes(wanted)) {
    const rest = result.slice(0, bracketed.index).trim();
    const said = bracketed[13]?.trim();
    if (enoughLeft(rest)) result = said ? `${rest} (${said})` : rest;
  } else {
    const close = closing.exec(result);
    if (close && daysMeant(close.slice(1)).includes(wanted)) {
      const rest = result.slice(0, close.index).trim();
      if (enoughLeft(rest)) result = rest;
    }
  }
  return result;
}

/** The title a card, a page heading or a link beside the report's day shows (`titleWithoutShownDay`). */
export function shownTitle(data: { title: string; times: { started: string } }): string {
  return titleWithoutShownDay(data.title, data.times.started);
}

/** The title a public card or post shows beside its day (`post.date`): the same rule. */
export function shownPublicTitle(post: { title: string; date: string }): string {
  return titleWithoutShownDay(post.title, post.date);
}
