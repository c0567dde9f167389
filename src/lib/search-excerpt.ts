/**
 * Result excerpts that quote the report, never the alias sentence.
 *
 * The search document carries other spellings of what a report says ("Also spelt as: k8s,
 * kube, ...", src/lib/search-document.ts) so that a query in any spelling finds it. pagefind has
 * no way to index text without also quoting it in excerpts: it picks the densest window of
 * matched words, and for a query such as "k8s" that window is the alias sentence. The excerpt is
 * therefore rebuilt here, with pagefind's own window rule, over the report's words only.
 */

import { cjkWordSpacesRemoved, cjkWordsSpaced } from './cjk-words.ts';
import { escapeHtmlContent } from './html-entities.ts';

/**
 * How the alias sentence starts; it ends at the first word ending in a full stop. pagefind
 * indexes the lead like any other words, on nearly every page: it was "Also searched as:", whose
 * "searched" (stem "search") every such page then held, so "search" in a query ("search down",
 * "bots hammering search endpoints") matched every report and weighed nothing, even in the title
 * of the report about search (round 10, docs/findability.md). "Spelt" is no word a responder types;
 * three words as before, so pagefind's length normalisation scores every other query as it did.
 */
export const aliasSentenceLead = 'Also spelt as:';

/** The fields of pagefind's `data()` an excerpt is built from. */
export interface ExcerptSource {
  /** pagefind's excerpt, kept when the page has no alias sentence. */
  excerpt: string;
  /** The page's words, HTML-escaped ("<" as "&lt;"), as pagefind builds its excerpt from. */
  raw_content?: string;
  /** The page's title (pagefind's meta), shown above the excerpt, so never quoted in it. */
  meta?: { title?: string };
  /** Matched words: position in the page's words and how much each counts. */
  weighted_locations?: readonly { location: number; balanced_score: number }[];
}

/** pagefind's word separator (build_excerpt in pagefind.js): whitespace, except a zero-width no-break space. */
const wordSeparators = /[^\S\uFEFF]+/;
const leadWords = aliasSentenceLead.split(' ');

/** Word positions [from, to) of the alias sentence in `words`, or undefined when there is none. */
export function aliasSentenceRange(words: readonly string[]): [number, number] | undefined {
  for (let i = 0; i + leadWords.length <= words.length; i++) {
    if (!leadWords.every((word, k) => words[i + k] === word)) continue;
    let end = i + leadWords.length;
    while (end < words.length && !words[end].endsWith('.')) end++;
    return [i, Math.min(end + 1, words.length)];
  }
  return undefined;
}

/**
 * The labels of the key-facts sentence of a search document ("SEV-1. Services: Web storefront.
 * Trigger: Configuration change.", src/lib/search-document.ts), which an excerpt finds by them.
 */
export const factLabels = { services: 'Services:', teams: 'Teams:', trigger: 'Trigger:', commander: 'Incident commander:' } as const;

/**
 * Word positions [from, to) of the key-facts sentence: indexed, so that a service's or trigger's
 * name finds the report, but quoted it repeated the severity and service shown on the result's
 * line above ("… has been detected. SEV-1. Services: Web storefront. Trigger: Configuration
 * change. Some users …", in 4 of the first 10 results of "network outage" over imported status
 * notices, session 27). From the severity ("SEV-1." or "SEV-1 near-miss.") through the trigger,
 * or the incident commander when one is named.
 */
export function factsSentenceRange(words: readonly string[]): [number, number] | undefined {
  const endOfFact = (from: number) => {
    let end = from;
    while (end < words.length - 1 && !words[end].endsWith('.')) end++;
    return end;
  };
  const [commanderFirst, commanderSecond] = factLabels.commander.split(' ');
  for (let i = 0; i + 1 < words.length; i++) {
    if (!/^SEV-\d\.?$/.test(words[i])) continue;
    const services = words[i + 1] === 'near-miss.' ? i + 2 : i + 1;
    if (words[services] !== factLabels.services) continue;
    const trigger = words.indexOf(factLabels.trigger, services + 1);
    if (trigger < 0) return undefined;
    let end = endOfFact(trigger + 1);
    if (words[end + 1] === commanderFirst && words[end + 2] === commanderSecond) end = endOfFact(end + 3);
    return [i, end + 1];
  }
  return undefined;
}

/** How the tags sentence of a search document starts ("Tags: dns, network.", src/lib/search-document.ts). */
export const tagsSentenceLead = 'Tags:';

/**
 * Word positions [from, to) of the tags sentence: indexed (weighted above the body) so that a tag
 * finds the report, but quoted it read as a metadata line. On short status notices pagefind's
 * densest window takes it whenever the query names a tag: "network" over three notices quoted
 * "Tags: dns, network." in both results (round 22, docs/findability.md). From its first
 * occurrence (the document writes it before the body) to the first word ending in a full stop.
 */
export function tagsSentenceRange(words: readonly string[]): [number, number] | undefined {
  const at = words.indexOf(tagsSentenceLead);
  if (at < 0) return undefined;
  let end = at + 1;
  while (end < words.length - 1 && !words[end].endsWith('.')) end++;
  return [at, end + 1];
}

/**
 * The heading of the section `npm run import` keeps in an imported report's body: the source's own
 * fields as YAML ("title: Cloud Outage date: 2021-03-24T19:02:58.142Z status: resolved pinned:
 * …", src/lib/similarity-input.ts `withoutImportedMetadata`). The search document indexes the
 * section (its `affected:` list names components) but writes it last, so that it runs from this
 * heading to the end of the page's words.
 */
export const importedMetadataHeading = 'Imported metadata';

/**
 * Word positions [from, end) of the imported metadata section: quoted, its keys and times read as
 * YAML noise (28 of 71 excerpts over eight queries on 30 imported status notices and reviews,
 * session 27). From the heading's last occurrence (pagefind ends a heading with a full stop).
 */
export function importedMetadataRange(words: readonly string[]): [number, number] | undefined {
  const [first, second] = importedMetadataHeading.split(' ');
  for (let i = words.length - 2; i >= 0; i--) {
    if (words[i] === first && (words[i + 1] === second || words[i + 1] === `${second}.`)) return [i, words.length];
  }
  return undefined;
}

/**
 * Word positions [0, n) of the title where the page's words open with it: every result shows its
 * title above the excerpt, so quoting it again spent a third of the excerpt on words already read
 * (22% of the results of fifteen queries over imported reports opened with their title, UI round
 * 24 of docs/architecture.md). pagefind ends the heading's last word with a full stop.
 */
export function titleRange(words: readonly string[], title: string | undefined): [number, number] | undefined {
  // The title as written (round 49), with the spaces the index's text has between Chinese and Japanese words.
  const titleWords = escapeHtmlContent(cjkWordsSpaced(title ?? '')).split(wordSeparators).filter(Boolean);
  if (!titleWords.length || titleWords.length >= words.length) return undefined;
  const same = titleWords.every((word, k) => words[k] === word || (k === titleWords.length - 1 && words[k] === `${word}.`));
  return same ? [0, titleWords.length] : undefined;
}

/**
 * The excerpt of a result in the report's own words: pagefind's excerpt when the page has no
 * alias, tags or facts sentence or imported metadata and does not open with the title; otherwise the densest window of
 * `length` matched words (pagefind's rule) over the page's words without the title, the facts
 * and the alias sentence, matched words marked. When only words of those matched, the first words
 * after the title (the summary) are shown, unmarked.
 */
export function excerptOfOwnText(data: ExcerptSource, length = 24): string {
  if (data.raw_content === undefined) return data.excerpt;
  const words = pageWords(data.raw_content);
  const left = leftOut(words, data.meta?.title);
  if (!left.length) return data.excerpt;
  return windowOverOwnWords(words, left, data.weighted_locations ?? [], length, isCjkContent(data.raw_content));
}

/**
 * The excerpt around other matched words than pagefind's: the densest window of `length` words
 * over `locations` (positions in the page's words), marked, never quoting the title or the alias
 * sentence. A result listed for holding most of a query's words comes from the search for one of
 * them, and pagefind marks only that word; this marks every word it was listed for.
 */
export function excerptAtLocations(data: ExcerptSource, locations: readonly { location: number; balanced_score: number }[], length = 24): string {
  if (data.raw_content === undefined) return data.excerpt;
  const words = pageWords(data.raw_content);
  return windowOverOwnWords(words, leftOut(words, data.meta?.title), locations, length, isCjkContent(data.raw_content));
}

/** The ranges of the page's words an excerpt never quotes: the title and the facts shown above it, the tags and alias sentences, the imported metadata. */
function leftOut(words: readonly string[], title: string | undefined): [number, number][] {
  return [titleRange(words, title), tagsSentenceRange(words), factsSentenceRange(words), aliasSentenceRange(words), importedMetadataRange(words)].filter((range): range is [number, number] => range !== undefined);
}

/** pagefind separates the words of Chinese, Japanese and Korean text with zero-width spaces. */
const isCjkContent = (rawContent: string) => rawContent.includes('\u200B');

/** The page's words as pagefind numbers them in its locations. */
export function pageWords(rawContent: string): string[] {
  return isCjkContent(rawContent) ? rawContent.split('\u200B') : rawContent.split(wordSeparators);
}

function windowOverOwnWords(
  words: readonly string[], ranges: readonly [number, number][], locations: readonly { location: number; balanced_score: number }[], length: number, isCjk: boolean,
): string {
  // Each page word's position among the words quoted, -1 for a word left out.
  const ownPosition = new Int32Array(words.length);
  const own: string[] = [];
  words.forEach((word, k) => {
    if (ranges.some(([from, to]) => k >= from && k < to)) ownPosition[k] = -1;
    else ownPosition[k] = own.push(word) - 1;
  });
  const scores = new Float64Array(own.length);
  const marked = new Set<number>();
  for (const { location, balanced_score } of locations) {
    const at = location >= 0 && location < words.length ? ownPosition[location] : -1;
    if (at < 0) continue;
    scores[at] += balanced_score;
    marked.add(at);
  }
  const start = marked.size ? densestWindow(scores, length) : 0;
  const shown = own.slice(start, start + length).map((word, k) => (marked.has(start + k) ? `<mark>${word}</mark>` : word));
  // Words of Chinese and Japanese runs were spaced apart for the index (src/lib/cjk-words.ts): shown as written.
  return cjkWordSpacesRemoved(shown.join(isCjk ? '' : ' ').trim());
}

/** Where the window of `length` words holding the most score starts (pagefind's calculate_excerpt_region). */
function densestWindow(scores: Float64Array, length: number): number {
  if (scores.length <= length) return 0;
  let sum = 0;
  for (let i = 0; i < length; i++) sum += scores[i];
  let best = sum;
  const bestAt = [0];
  for (let i = 0; i + length < scores.length; i++) {
    sum += scores[i + length] - scores[i];
    if (sum > best) {
      best = sum;
      bestAt.length = 0;
      bestAt.push(i + 1);
    } else if (sum === best && bestAt[bestAt.length - 1] === i) bestAt.push(i + 1);
  }
  return bestAt[Math.floor(bestAt.length / 2)];
}
