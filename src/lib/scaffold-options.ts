// What `npm run new` refuses in its options before it writes a file: each mistake here was
// written into a new postmortem before, for the check to find later or not at all.
import { escapeHiddenCharacters, findHiddenCharacter } from './invisible-characters.ts';
import { findMarkdownInTitle, findMarkup, findTitleProblem } from './plain-text-fields.ts';
import { severityOptionAdvice } from './enum-synonyms.ts';
import { dayOptionAdvice } from './instant-advice.ts';
import { dayBeforeEarliestProblem } from './earliest-day.ts';
import { isIsoDay } from './as-of.ts';
import { severities } from './postmortem-schema.ts';

/**
 * Why a `--title` cannot be a title (a line break: every page, the feed and search results show
 * a title as one line, and the scaffold wrote `title: "Two\nlines"`; no letter or digit), or undefined.
 */
export function scaffoldTitleProblem(title: string): string | undefined {
  const lineBreak = /\r\n|[\n\r\u2028\u2029\u0085]/.exec(title);
  if (lineBreak) {
    return `--title holds a line break after "${title.slice(0, lineBreak.index).trim().slice(-40)}": a title is one line on every page, in the feed and in search results. Give what broke and where in one line; the rest goes in the summary. Nothing was written.`;
  }
  // A tab was written into the title, which the check then refuses from in-review on (schema/plain-text).
  const tab = title.indexOf('\t');
  if (tab >= 0) {
    return `--title holds a tab after "${title.slice(0, tab).trim().slice(-40)}": pages show it as a space, but the feed and searches keep it. Write a space instead: --title ${JSON.stringify(title.trim().replace(/\t+/g, ' '))}. Nothing was written.`;
  }
  // A bidi control or a control character (pasted with the title) was written, then refused by the
  // check as "The template produced an invalid file", blaming the template; HTML was written and
  // printed as typed on every page.
  const hidden = findHiddenCharacter(title);
  if (hidden) {
    return `--title holds ${hidden.description} (${escapeHiddenCharacters(JSON.stringify(title))}). Retype the title without it (it comes with text pasted from chat or a document). Nothing was written.`;
  }
  const markup = findMarkup(title);
  if (markup) {
    return `--title holds ${markup}: a title is plain text, shown as typed on every page, in the feed and in search results. Write it without HTML (a character such as & as itself). Nothing was written.`;
  }
  // Round 15: Markdown, a placeholder, a day alone, a status mark or quotes were written into the
  // draft, for the check to warn about and the review to refuse.
  const markdown = findMarkdownInTitle(title);
  if (markdown) {
    return `--title holds the Markdown ${markdown.markup.trim()}: a title is plain text, shown as typed on every page, in the feed and in search results. Write it without the marks: --title ${JSON.stringify(markdown.plain.trim())}. Nothing was written.`;
  }
  const problem = findTitleProblem(title);
  if (problem) {
    return `--title ${problem.message} ${problem.fix.replace('title: ', '--title ').replace(/^./, (first) => first.toUpperCase())} Nothing was written.`;
  }
  // `--title=---` (or only emoji, or only punctuation) named the file `<day>-incident.mdx` and
  // titled the postmortem with marks that say nothing of what broke.
  if (!/[\p{L}\p{N}]/u.test(title)) {
    return `--title "${title}" has no letter or digit: it says nothing of what broke, and the file would be named <day>-incident.mdx. Give what broke and where, e.g. --title "Checkout errors after a config push". Nothing was written.`;
  }
  return undefined;
}

/**
 * Why `--date` (the day in the file name) and the start time cannot both be right, or undefined.
 * Without `--started` the scaffold used the current time, so `--date 2025-09-01` made
 * `2025-09-01-x.mdx` with `times.started` today: the list sorted it by the one and the metrics
 * counted from the other. A day apart is allowed (the day may be written in the zone it was noted in).
 */
export function scaffoldDateProblem(date: string, started: Date, startedGiven: boolean): string | undefined {
  const day = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(day)) return undefined;
  const startedDay = Date.parse(`${started.toISOString().slice(0, 10)}T00:00:00Z`);
  if (Math.abs(startedDay - day) <= 86_400_000) return undefined;
  return startedGiven
    ? `--date ${date} is not the day the incident started (--started is ${started.toISOString().slice(0, 10)}): the file name and times.started would disagree. Give one of them, or both for the same day. Nothing was written.`
    : `--date ${date} is given without --started, which would then be now (${started.toISOString().slice(0, 10)}): give --started with the time the incident began on ${date} (e.g. --started ${date}T09:00:00Z), or leave --date out. Nothing was written.`;
}

/**
 * Why `--severity` is not a severity, with the one meant (bad input round 18): `--severity "Sev 1"`,
 * `P1`, `critical` were `"SEV 1" is not one of SEV-0, …` (upper-cased, no word of which), where
 * the check of the same value in a file names the SEV-n meant.
 */
export function scaffoldSeverityProblem(written: string): string | undefined {
  if ((severities as readonly string[]).includes(written.trim().toUpperCase())) return undefined;
  return `--severity "${written}" is not one of ${severities.join(', ')}${severityOptionAdvice(written, (id) => `--severity ${id}`, severities)}. Nothing was written.`;
}

/**
 * Why `--date` is not a day written YYYY-MM-DD, with the day to write when it reads as one
 * (round 18: `--date 30.07.2025` was "must be a real day" with no value, where a file's
 * `drafted: 30.07.2025` gets "Write 2025-07-30.").
 */
export function scaffoldDayProblem(date: string): string | undefined {
  if (isIsoDay(date)) {
    const tooEarly = dayBeforeEarliestProblem(date, `--date ${date}`);
    return tooEarly ? `${tooEarly} Nothing was written.` : undefined;
  }
  return `--date "${date}" must be a real day, written YYYY-MM-DD.${dayOptionAdvice(date, (day) => `--date ${day}`)} Nothing was written.`;
}

