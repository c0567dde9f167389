import { decodeEntities } from './html-entities.ts';
import { dateOnlyMark } from './date-only-mark.ts';
import { timelineHeadingElsewhere } from './timeline-heading-names.ts';

/** What the import writes in the body's timeline row whose words are the summary, shown as the page's lead (src/lib/import/body-headings.ts). */
export const summaryRowMark = '(its words are the summary, above)';

/**
 * Whether a rendered body already shows the structured timeline: it has a "Timeline" heading
 * ("Timeline", "Timeline (UTC)", any level) under which every row's event stands word for word.
 *
 * The import writes a status page's updates as the report's own "## Timeline" list (every
 * sentence of the source kept there, docs/import.md) and reads the rows from it, so an imported
 * status incident showed each update twice, under two headings named "Timeline". When this holds,
 * the page leaves out its structured section: nothing of it is lost, since each event's words are
 * in the body. When one event is not (a row the author edited, an event redacted for the public
 * post, a timeline kept only in frontmatter), the structured section is shown as before. `lead`
 * is the summary the page shows above the body: a row holding it is shown by the two together.
 */
export function bodyShowsTimeline(html: string, events: readonly string[], lead?: string): boolean {
  if (events.length === 0) return false;
  const section = timelineSectionText(html);
  if (section === undefined) return false;
  const leadWords = lead ? normaliseText(lead) : '';
  // Each event is looked for after the one before it, where the body lists it when both follow the
  // timeline's order (the import writes them so): one pass over the section in all. Looking from
  // the start each time made a long timeline's page grow with the square of its rows (20,000
  // rows: 17 s, bad input round 21). An event out of order is still looked for everywhere.
  let from = 0;
  const find = (words: string) => {
    const at = section.indexOf(words, from);
    if (at >= 0) {
      from = at + words.length;
      return true;
    }
    return section.includes(words);
  };
  return events.every((event) => {
    // A row placed by its day alone ends with the import's mark, which the body's row never had.
    const words = normaliseText(event.endsWith(dateOnlyMark) ? event.slice(0, -dateOnlyMark.length) : event);
    if (!words.length) return false;
    if (find(words)) return true;
    // A table's row is one event, its cells joined with " — " ("QuokkaStake — Reports a build
    // error"); the body's table shows the cells side by side, without the dash (import round 28).
    const cells = words.split(' — ');
    if (cells.length > 1 && cells.every((cell) => cell.trim() && find(cell.trim()))) return true;
    // A row whose lines the import left out where they said nothing ("Workaround: None at this
    // time.", Google Cloud's updates): the body's item keeps them between the row's sentences.
    const sentences = words.split(/(?<=[.!?])\s+(?=[\p{Lu}(])/u);
    if (sentences.length > 1 && sentences.every((sentence) => find(sentence))) return true;
    // A status incident's first update is the summary, which the page shows as its lead: the body's
    // row keeps its state and time and says so ("(its words are the summary, above)", import rounds
    // 14 and 23), or keeps only what follows the summary's sentences. The row is shown when what is
    // not the lead's words is in the section (import round 26: datocms-status' 67 imported incidents
    // showed every update twice, the page's timeline under the body's).
    // A short lead ("All is well.", GitHub's status incidents) is looked for only where the body
    // says a row's words are the summary: elsewhere a few words could be any row's.
    const at = leadWords.length >= 20 || (leadWords && section.includes(summaryRowMark)) ? words.indexOf(leadWords) : -1;
    if (at < 0) return false;
    const rest = [words.slice(0, at), words.slice(at + leadWords.length)].map((part) => part.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''));
    return rest.every((part) => !part || section.includes(part));
  });
}

/**
 * Whether the page leaves out its structured "Timeline" section for the body's own: with rows,
 * when the body shows every one (`bodyShowsTimeline`); without rows, when the body has a
 * "Timeline" section with text in it. Every curl security advisory (imported, 211 of them) has
 * its own "TIMELINE" section saying when the issue was reported and the advisory posted, and no
 * structured rows: the page showed it, then a second "Timeline" saying "No timeline recorded.",
 * which read as if the report had none. A body's "Timeline" heading with nothing under it (a
 * template's left-over heading) still gets the page's "No timeline recorded.".
 */
export function bodyReplacesTimeline(html: string, events: readonly string[], lead?: string): boolean {
  if (events.length > 0) return bodyShowsTimeline(html, events, lead);
  const section = timelineSectionText(html);
  return section !== undefined && /[\p{L}\p{N}]/u.test(section);
}

/**
 * The headings of a timeline section, as the import reads rows under them (src/lib/import/import-report.ts):
 * "Timeline", "Timeline (UTC)", "Follow-up timeline", "Chronology", "Sequence of events". The page
 * looked under a heading that opens with "Timeline" only: 2i2c's rows under "Follow-up timeline
 * (times in BST)" were not found, and its page showed the timeline twice (import round 29).
 */
// "Events" counts as the heading's first word or after one ("Events", "Key events", "Summary of
// events"): anywhere, it made sections of events no timeline ("## 2025-06-02: Event calendar shows
// no events", a status log's entry, lost its summary; "How did the watch receive zero events?",
// "This message will be taken out of the flow of events": import round 46).
// And as reports in other languages name it ("## タイムライン", "## Linha do tempo", "## Хронология":
// timeline-heading-names.ts, import round 56).
export const timelineHeading = new RegExp(String.raw`\b(?:timeline|chronology|sequence of events|time ?line of events)\b|^[^\p{L}]*(?:[\p{L}-]+\s+(?:of\s+(?:the\s+)?)?)?events\b|${timelineHeadingElsewhere.source}`, 'iu');

/**
 * The level of the timeline section a walk line by line is in after an ATX heading of `level` with
 * `text`: the heading's own when it names the timeline, none when it closes the section (a heading
 * of its level or above), else unchanged (a heading under the timeline's, such as a day's).
 */
export function timelineLevelAfterHeading(level: number, text: string, current: number | undefined): number | undefined {
  if (timelineHeading.test(text)) return level;
  return current !== undefined && level <= current ? undefined : current;
}

const month = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** A heading that is a day, maybe with its first moment: "May 12", "12 May 2025", "2025-05-12", "Tuesday, May 13", "Feb 21, 13:00", "Day 2". */
const dayHeading = new RegExp(`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:${month}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${month}(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|day\\s+\\d+)(?:,?\\s+\\d{1,2}:\\d{2}(?:\\s*[ap]m)?)?(?:\\s*\\([^)]*\\))?\\W*$`, 'i');

/** The plain text of each timeline section of `html` (up to the next heading of its level or above), joined. */
function timelineSectionText(html: string): string | undefined {
  // A heading inside a list item is part of that item, not a section of the body: a status page's
  // update written "# Mini Incident Report" over its text stands in the timeline's list (gcp-status,
  // import round 28), and ended the "Timeline" section at its first such update.
  const listItems = listItemSpans(html);
  const headings = [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].filter((heading) => !listItems.some(([start, end]) => heading.index > start && heading.index < end));
  const texts: string[] = [];
  headings.forEach((heading, i) => {
    const depth = Number(heading[1]);
    if (!timelineHeading.test(normaliseText(heading[2]))) return;
    const start = heading.index + heading[0].length;
    // The day sections after it ("## May 12" over "### 20:15" rows) are the timeline's too, as the import reads them.
    const next = headings.slice(i + 1).find((later) => Number(later[1]) <= depth && !dayHeading.test(normaliseText(later[2])));
    texts.push(normaliseText(html.slice(start, next ? next.index : html.length)));
  });
  return texts.length ? texts.join(' ') : undefined;
}

/** Where each outermost list item of `html` starts and ends (`<li>` … its `</li>`). */
function listItemSpans(html: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (const tag of html.matchAll(/<(\/?)li\b[^>]*>/g)) {
    if (!tag[1]) {
      if (depth++ === 0) start = tag.index;
    } else if (depth > 0 && --depth === 0) {
      spans.push([start, tag.index]);
    }
  }
  return spans;
}

/** Text without tags or marks' HTML, entities decoded, white space collapsed: what a reader sees. */
function normaliseText(html: string): string {
  // A footnote's mark ("report[^4]", rendered `<sup><a data-footnote-ref>4</a></sup>`) is no word of
  // the row: the import leaves it out of the event, and "report4." matched nothing (import round 29).
  return decodeEntities(html.replace(/<sup>\s*<a\b[^>]*\bdata-footnote-ref\b[^>]*>[\s\S]*?<\/a>\s*<\/sup>/g, '').replace(/<[^>]*>/g, ''))
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Gives every `id` in a rendered fragment a prefix, and every link within the fragment to one of
 * them (`href="#…"`) the same, so that the fragment can stand on a page that holds the same
 * fragment already: the internal page shows the body and, for a public post, the customers'
 * preview of it, whose headings had the body's ids ("timeline" twice, "what-happened" twice).
 */
export function prefixFragmentIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  if (ids.size === 0) return html;
  return html
    .replace(/(\sid=")([^"]+)"/g, (_, start: string, id: string) => `${start}${prefix}${id}"`)
    .replace(/(\shref="#)([^"]+)"/g, (whole, start: string, id: string) => (ids.has(id) ? `${start}${prefix}${id}"` : whole));
}
