import { summarySentences } from './summary-length.ts';

/**
 * A text the import puts in a frontmatter field with a length limit (`impact.description`, at most
 * 2,000 characters: `findOverlongTexts`), cut to whole sentences when longer. A draft is let off the
 * limit (a warning) and `fill --publish` is not, so the import called a draft valid that publishing
 * then refused: pgmac's review of a cluster upgrade wrote its "Impact" table of 11 rows as a
 * 2,031-character description. The field keeps its first sentences; the section (or the imported
 * metadata) stays whole in the body, so no sentence is lost.
 */
export interface CutText {
  text: string;
  /** Sentences kept, of how many. */
  kept: number;
  of: number;
}

/**
 * `text` within `limit` characters (as a reader counts them): itself when it fits; its first whole
 * sentences when they fit; undefined when even the first sentence is longer than the limit (a cut
 * would leave half a sentence: the field is better left for the author to write).
 */
export function withinFieldLimit(text: string, limit: number): CutText | undefined {
  const length = (words: string) => [...words].length;
  const sentences = summarySentences(text);
  if (length(text) <= limit) return { text, kept: sentences.length, of: sentences.length };
  let kept = '';
  let count = 0;
  for (const sentence of sentences) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    if (length(next) > limit) break;
    kept = next;
    count++;
  }
  return count ? { text: kept, kept: count, of: sentences.length } : undefined;
}
