import { decodeEntities } from './html-entities.ts';

/** One link of a postmortem page's contents: a section heading's id and its words. */
export interface ContentsEntry {
  id: string;
  text: string;
}

/**
 * Sections a body needs before its page gets contents. A short notice (a summary and an update or
 * two) reads in a screen; an imported review of 14 sections was 53,000 px tall at 1280 (85,000 at
 * 390), its structured timeline, action items and similar incidents after all of them (session 29:
 * a responder found neither the impact nor the fix without scrolling through the root causes).
 */
export const sectionsForContents = 4;

/** The body's `<h2 id>` sections in order, as text (marks and tags dropped, entities read). */
export function bodySections(html: string): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const match of html.matchAll(/<h2\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)) {
    const text = decodeEntities(match[2].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (text) entries.push({ id: decodeEntities(match[1]), text });
  }
  return entries;
}

/**
 * The page's contents: the body's sections, then the page's own after it (timeline, action items,
 * similar incidents), or none when the body has fewer than {@link sectionsForContents} sections.
 * A page section whose words a body section already uses keeps both: they are different parts
 * (the report's own "Action Items" prose and the items recorded in its facts), told apart by
 * "(recorded)".
 */
export function pageContents(body: readonly ContentsEntry[], page: readonly ContentsEntry[]): ContentsEntry[] {
  if (body.length < sectionsForContents) return [];
  const bodyWords = new Set(body.map((entry) => entry.text.toLowerCase()));
  return [...body, ...page.map((entry) => (bodyWords.has(entry.text.toLowerCase()) ? { ...entry, text: `${entry.text} (recorded)` } : entry))];
}
