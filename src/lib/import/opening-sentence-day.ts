import { weekdayBeforeDayPattern } from './weekday-before-day.ts';
import { monthNamePattern, readWrittenTime } from './written-time.ts';

/**
 * The day a report's opening sentence says the incident happened on, when nothing else in the
 * report dates it (no metadata, "Date:" line, dateline, title or file name): "On September 18th,
 * 2017, a couple of our sites went down …", "In the morning of Sept. 18th, 2017, …", "During the
 * night of 3 March 2024, the queue …". A small team's report often states its day only so
 * (learningequality's "In the morning of Sept. 18th, 2017," adoption round 34: no day, no dated file
 * name, held back for its missing start although the report's first line of prose names it).
 *
 * Read only when the time phrase opens a sentence of the first three paragraphs of prose (headings,
 * lists, quotes, code and tables aside) and the date writes its year: a day further into a sentence
 * ("… fixed on June 14, 2017") may be any day the story names, and "On June 13" would be a year
 * guessed. No time of day is taken here: opening-instant.ts reads a day with its time as the start.
 */
export function openingSentenceDay(markdown: string): { date: string; words: string } | undefined {
  for (const paragraph of proseParagraphs(markdown)) {
    // The paragraph's opening, not its first sentence cut at a full stop: "Sept." would end it.
    // Import round 57: a paragraph may open with the day itself ("07/09/2023 From 05:15 PM to 02:00
    // AM WAT SSL of web server … failed", under "# Issue Summary"), or say it further in after
    // "occurred on" ("… the incident report for the API outage that occurred on January 23, 2021."):
    // both are the incident's day, as no other day is.
    const opening = timePhraseLead.exec(paragraph) ?? /^(?=\d)/.exec(paragraph);
    const lead = opening ?? occurredOn.exec(paragraph);
    if (!lead) continue;
    const at = lead.index + lead[0].length;
    const rest = paragraph.slice(at);
    const written = readWrittenTime(rest, { year: 2000 });
    // The year is the report's own: a date without one is read in the context's year, and says so.
    if (!written.date || written.placeholder || written.notes.some((note) => /^year of /.test(note))) continue;
    // What happened follows the day: words, not the end of the sentence ("occurred on" has said it before).
    if (opening && (rest.slice(written.consumed).match(/\p{L}+/gu)?.length ?? 0) < 2) continue;
    return { date: written.date, words: paragraph.slice(lead.index, at + written.consumed).replace(/[\s,.]+$/, '') };
  }
  return undefined;
}

/** "… that occurred on", "happened on", "took place on": what a sentence says happened, on the day it names next. */
const occurredOn = new RegExp(String.raw`\b(?:occurred|happened|took\s+place)\s+on\s+${weekdayBeforeDayPattern}`, 'i');

/** "January23, 2021", "Sept.5, 2020": a month's name run together with its day, given its space. */
const monthRunTogether = new RegExp(String.raw`\b(${monthNamePattern})(\.?)(\d{1,2}(?:st|nd|rd|th)?),?\s+((?:19|20)\d{2})\b`, 'gi');

/** "On", "In the (early) morning of", "During the night of", "Early on", each with an optional weekday. */
const timePhraseLead = new RegExp(String.raw`^(?:(?:early\s+|late\s+)?(?:on|in|during)\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|early\s+hours|small\s+hours)\s+of|(?:early\s+|late\s+)?on)\s+${weekdayBeforeDayPattern}`, 'i');

/** The first three paragraphs of prose, each on one line, without emphasis marks. */
function proseParagraphs(markdown: string): string[] {
  // A heading is a block of its own even without a blank line after it ("# Issue Summary" right
  // over "07/09/2023 From 05:15 PM …"): its line goes, and the paragraph under it is read.
  return markdown.replace(/^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n/, '').replace(/^ {0,3}#{1,6}(?:\s.*)?$/gm, '')
    .split(/\n\s*\n/).map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph && !/^(?:#|>|<!--|```|~~~|\||!\[|[-*+]\s|\d+[.)]\s)/.test(paragraph))
    .slice(0, 3)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').replace(/(\*\*|__|(?<!\w)[*_]|[*_](?!\w))/g, '').replace(monthRunTogether, '$1$2 $3, $4'));
}
