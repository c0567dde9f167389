/**
 * The wording a public post's title starts from when a report's own title becomes it
 * (`npm run fill -- --public`). Reports date themselves in their titles, each its own way ("14-02-2025
 * - Ledger outage", "2019-04-02, Login 500", "Incident report March 3 2024 - Slow consumers"), and a
 * public page and card already show the incident's day beside the title, in the reader's words ("14
 * Feb 2025"): on a public site of 31 imported reports, 16 titles said the day a second time, 10 of
 * them day first or month first in digits, which a customer cannot tell apart (session 28).
 */

const month = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const dayOfMonth = '\\d{1,2}(?:st|nd|rd|th)?';
const date = [
  '\\d{4}-\\d{1,2}-\\d{1,2}',
  '\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}',
  `${month}\\s+${dayOfMonth},?\\s+\\d{4}`,
  `${dayOfMonth}\\s+${month},?\\s+\\d{4}`,
].join('|');
const timeOfDay = '\\d{1,2}(?::\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?';
/** What a report puts before its day: "Incident report", "Postmortem of", "Outage on". */
const lead = '(?:(?:incident|outage|post-?mortem|postmortem)(?:\\s+(?:report|review|summary))?\\s*(?:on|of|for|from)?\\s*[:-]?\\s*)?';
const datedStart = new RegExp(`^\\s*${lead}(?:${date})(?:,?\\s+(?:${timeOfDay})(?:\\s*[A-Z]{2,5}\\b)?)?\\s*(?:[-–—:|,]\\s*|\\s+)`, 'iu');

/**
 * `title` without the day it opens with (and a time of day and zone after it, and the words
 * "Incident report" before it), its first letter a capital; the title itself when it opens with
 * no day, or when nothing that reads as a title would be left ("2024-01-05 — Q1").
 */
export function titleWithoutItsDate(title: string): string {
  const m = datedStart.exec(title);
  if (!m) return title;
  const rest = title.slice(m[0].length).trim();
  if ((rest.match(/\p{L}/gu) ?? []).length < 3) return title;
  return rest[0].toUpperCase() + rest.slice(1);
}
