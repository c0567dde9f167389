import { readWrittenTime } from './written-time.ts';

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
    const lead = timePhraseLead.exec(paragraph);
    if (!lead) continue;
    const rest = paragraph.slice(lead[0].length);
    const written = readWrittenTime(rest, { year: 2000 });
    // The year is the report's own: a date without one is read in the context's year, and says so.
    if (!written.date || written.placeholder || written.notes.some((note) => /^year of /.test(note))) continue;
    // What happened follows the day: words, not the end of the sentence.
    if ((rest.slice(written.consumed).match(/\p{L}+/gu)?.length ?? 0) < 2) continue;
    return { date: written.date, words: `${lead[0]}${rest.slice(0, written.consumed)}`.replace(/[\s,]+$/, '') };
  }
  return undefined;
}

/** "On", "In the (early) morning of", "During the night of", "Early on", each with an optional weekday. */
const timePhraseLead = /^(?:(?:early\s+|late\s+)?(?:on|in|during)\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|early\s+hours|small\s+hours)\s+of|(?:early\s+|late\s+)?on)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?/i;

/** The first three paragraphs of prose, each on one line, without emphasis marks. */
function proseParagraphs(markdown: string): string[] {
  return markdown.replace(/^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n/, '')
    .split(/\n\s*\n/).map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph && !/^(?:#|>|<!--|```|~~~|\||!\[|[-*+]\s|\d+[.)]\s)/.test(paragraph))
    .slice(0, 3)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').replace(/(\*\*|__|(?<!\w)[*_]|[*_](?!\w))/g, ''));
}
