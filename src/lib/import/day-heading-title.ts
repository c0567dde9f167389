import type { Heading, RootContent } from 'mdast';
import { plainText } from './report-structure.ts';
import { readWrittenTime } from './written-time.ts';

/**
 * A status page kept by a site generator heads each incident with its day and puts the title one
 * level below (Jekyll's `### November 16, 2023-ongoing` over `#### <span class="incident-title">Sporadic
 * job failure</span>`): the day heading is no title (import round 25: wynton's status page was titled
 * "November 16, 2023-ongoing"). The heading right under it is, and the day heading still dates it.
 */

/** What may follow the first day of a heading that names days only: another day, a year, a weekday, "ongoing". */
const spanWord = /^(?:[\s,.;:()[\]/–—-]+|(?:to|until|till|through|thru|and|\d{4}-\d{2}-\d{2}|(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|ongoing|on-?going|present|now|today|current|continuing|tbd)(?![\p{L}\p{N}]))/iu;

/**
 * True for a heading that is a day or a span of days and nothing else ("November 16, 2023-ongoing",
 * "September 7-8, 2026", "Monday, March 3, 2024", "2024-03-02 to 2024-03-04"). A moment ("Feb 21,
 * 13:00", an update's heading) or a heading that names something after its day is not.
 */
export function isDaysHeading(heading: string): boolean {
  const text = heading.trim();
  const written = readWrittenTime(text, { year: 2000 });
  if (!written.date || written.time || written.placeholder) return false;
  let rest = text.slice(written.consumed);
  for (let match = spanWord.exec(rest); match && rest; match = spanWord.exec(rest)) rest = rest.slice(match[0].length);
  return rest === '';
}

/**
 * The title a report gives under the day heading it opens with: its first heading is a day or a
 * span of days (`isDaysHeading`), and the node right after it is a heading one level or more below
 * that `readsAsTitle` accepts, that does not open with a day or time of its own (an update's
 * heading), and that has no sibling heading before the next day's (then they are sections).
 * `title` is that heading's text, `day` the day heading's, which dates the report (a span by its
 * first day: src/lib/import/day-span.ts). Undefined otherwise: a report whose day heading is followed by prose keeps its rules.
 */
export function titleUnderDayHeading(nodes: RootContent[], readsAsTitle: (text: string) => boolean): { title: string; day: string; heading: Heading } | undefined {
  let at = nodes.findIndex((node) => node.type === 'heading');
  // A collection's heading over one incident ("# Postmortems" over "## 22/Mar/2022" over "### 1.
  // Incident on …", import round 33): the collection's name is no title when the day heading right
  // under it is the only one at its level, so the incident under it is the report's only one.
  const collection = nodes[at];
  const under = nodes[at + 1];
  if (collection?.type === 'heading' && under?.type === 'heading' && under.depth > collection.depth && !isDaysHeading(collapse(plainText(collection))) && isDaysHeading(collapse(plainText(under)))) {
    const sameLevel = nodes.filter((node) => node.type === 'heading' && node.depth <= under.depth && node !== collection);
    if (sameLevel.length !== 1) return undefined;
    at += 1;
  }
  const first = nodes[at];
  const next = nodes[at + 1];
  if (first?.type !== 'heading' || next?.type !== 'heading' || next.depth <= first.depth) return undefined;
  const day = collapse(plainText(first));
  // "1. Incident on …": the number counts incidents of the collection, it is no part of the title.
  const title = collapse(plainText(next)).replace(/^\d{1,2}[.)]\s+(?=\p{L})/u, '').replace(/\.$/, '');
  if (!isDaysHeading(day) || !title || !readsAsTitle(title)) return undefined;
  // A title heads the day's whole section: sibling headings under the day ("### State", "###
  // Details"; "#### 09:30", "#### 10:05") are its sections or updates, none of them its title.
  for (const node of nodes.slice(at + 2)) {
    if (node.type !== 'heading') continue;
    if (node.depth <= first.depth) break;
    if (node.depth <= next.depth) return undefined;
  }
  const opening = readWrittenTime(title, { year: 2000 });
  if (opening.consumed > 0 && (opening.date || opening.time)) return undefined;
  return { title, day, heading: next };
}

/** The heading's words, without the HTML tags a site's template writes around them (`<span class="incident-title">`). */
function collapse(text: string): string {
  return text.replace(/<\/?[a-z][^>]*>/gi, ' ').replace(/\s+/g, ' ').trim();
}
