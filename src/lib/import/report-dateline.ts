import { readWrittenTime } from './written-time.ts';
import { readDayFirstSpan, withSpanYear } from './day-span.ts';

/**
 * A report's dateline: the line under its title that says who issued it and when, as advisories
 * and bulletins open ("Project curl Security Advisory, March 3 2009", "May 12, 2011",
 * "2019-05-15"), often with a link to the page itself ("[Permalink](https://…)"). It is no summary
 * (the draft's summary was "Project curl Security Advisory, March 3 2009 Permalink"), and its day
 * is the report's day when nothing else states one.
 */

/** The text of a heading's anchor or a page's link to itself: the link's words, not the report's. */
const selfLinkText = /^(?:permalink|permanent link|direct link|link to this (?:heading|section|page|advisory)|¶|#|🔗)$/i;

/** True when `text` (a paragraph's words, on one line) is a link to the page itself, nothing else. */
export function isSelfLinkText(text: string): boolean {
  return selfLinkText.test(text.trim());
}

/**
 * `text` without a self-link's words at its end ("… March 3 2009 Permalink" → "… March 3 2009"):
 * a paragraph's plain text keeps a link's words, and a heading anchor's are no sentence of it.
 */
export function withoutTrailingSelfLink(text: string): string {
  return text.replace(/\s+(?:permalink|permanent link|direct link|link to this (?:heading|section|page|advisory)|¶|🔗)$/i, '').trim();
}

/**
 * The day a dateline states (YYYY-MM-DD), or undefined when `paragraph` (a paragraph's plain text,
 * on one line) is not a dateline: a date, alone or after a few words and a comma ("Project curl
 * Security Advisory, March 3 2009"), no sentence (nothing ends with ".", "!" or "?", no verb is
 * needed to say it), with at most a self-link after it. `year` is the year a date without one is read in.
 */
export function datelineDay(paragraph: string, year: number): string | undefined {
  const line = withoutTrailingSelfLink(paragraph.replace(/\s+/g, ' ').trim());
  if (!line || line.length > 90 || /[.!?:;]$/.test(line)) return undefined;
  // The date alone ("May 12, 2011"), or "<issuer>, <date>": the issuer is a few words, no clause.
  const issuer = /^([^,.!?]{2,60}),\s*(.+)$/.exec(line);
  const candidates = [line, ...(issuer && issuer[1].split(/\s+/).length <= 7 ? [issuer[2]] : [])];
  for (const candidate of candidates) {
    const read = readDayFirstSpan(candidate, year) ?? readWrittenTime(candidate, { year });
    const written = withSpanYear(read, candidate.slice(read.consumed));
    if (!written.date || written.notes.some((note) => note.startsWith('year of'))) continue;
    // The date must be the whole of it ("March 3 2009", "2019-05-15"), not a date inside a
    // sentence ("Fixed in 7.19.4 on March 3 2009").
    if (candidate.replace(dateWords, '') === '') return written.date;
  }
  return undefined;
}

/** What a written date is made of: numbers, month and weekday names, "of", separators, a span's dash or "to". */
const dateWords = /\b(?:\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|of|to)\b|[\s,/.–—-]/gi;

/**
 * The day of the dateline that opens `markdown` (a report made Markdown), under its title heading
 * (`# Title`, or a title underlined with `=`), or undefined when its first paragraph is none.
 * Only the opening paragraph counts: a date alone further down is a timeline's or a list's.
 */
export function openingDatelineDay(markdown: string, year: number): string | undefined {
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  let i = 0;
  const skipBlank = () => { while (i < lines.length && !lines[i].trim()) i++; };
  skipBlank();
  if (/^#\s/.test(lines[i] ?? '')) i++;
  else if (lines[i]?.trim() && /^=+\s*$/.test(lines[i + 1] ?? '')) i += 2;
  skipBlank();
  const paragraph: string[] = [];
  while (i < lines.length && lines[i].trim() && !/^(?:#|[=-]{3,}\s*$)/.test(lines[i])) paragraph.push(lines[i++]);
  const text = paragraph.join(' ').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\(.)/g, '$1').replace(/[*_`]/g, '');
  return text ? datelineDay(text, year) : undefined;
}
