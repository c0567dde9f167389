import { decodeEntities } from './html-entities.ts';
import { dateOnlyMark } from './date-only-mark.ts';

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
    // A status incident's first update is the summary, which the page shows as its lead: the body's
    // row keeps its state and time and says so ("(its words are the summary, above)", import rounds
    // 14 and 23), or keeps only what follows the summary's sentences. The row is shown when what is
    // not the lead's words is in the section (import round 26: datocms-status' 67 imported incidents
    // showed every update twice, the page's timeline under the body's).
    const at = leadWords.length >= 20 ? words.indexOf(leadWords) : -1;
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

/** The plain text of each "Timeline" section of `html` (up to the next heading of its level or above), joined. */
function timelineSectionText(html: string): string | undefined {
  const headings = [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)];
  const texts: string[] = [];
  headings.forEach((heading, i) => {
    const depth = Number(heading[1]);
    if (!/^timeline\b/i.test(normaliseText(heading[2]))) return;
    const start = heading.index + heading[0].length;
    const next = headings.slice(i + 1).find((later) => Number(later[1]) <= depth);
    texts.push(normaliseText(html.slice(start, next ? next.index : html.length)));
  });
  return texts.length ? texts.join(' ') : undefined;
}

/** Text without tags or marks' HTML, entities decoded, white space collapsed: what a reader sees. */
function normaliseText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
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
