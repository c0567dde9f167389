/**
 * A summary a few sentences long. The page shows the summary as the lead above the body, and
 * lint `consistency/summary-length` asks for at most 3 sentences and 600 characters: a report's
 * opening section can run to a whole paragraph of 900 characters (a security bulletin's "Summary"
 * quoting an advisory), which the draft took whole. The summary keeps its first sentences; the
 * paragraph stays whole in the body, where it was, so no sentence is lost.
 */

/** Most sentences and characters of a summary (lint consistency/summary-length). */
export const summaryMaxSentences = 3;
export const summaryMaxCharacters = 600;

/**
 * The sentences of a paragraph: split after . ! ? before a capital, a digit or a quote, not after
 * an abbreviation ("e.g. 5", "vs. English", "2:48 p.m. UTC", "J. Smith") nor inside brackets ("(CVE-2018-12126. See …)").
 */
export function summarySentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const end of paragraph.matchAll(/(?<=[.!?])\s+(?=[\p{Lu}\d(`"“])/gu)) {
    const before = paragraph.slice(start, end.index);
    const openBrackets = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (openBrackets > 0 || /\b(?:e\.g|i\.e|vs|etc|approx|cf|no|ca|mr|ms|dr|st|inc|ltd|co)\.$/i.test(before)) continue;
    // "2:48 p.m. UTC", "the U.S. East region", "J. Smith": letters with periods, or an initial, end no sentence.
    if (/(?:^|[\s(])(?:\p{L}\.){2,}$|(?:^|[\s(])\p{Lu}\.$/u.test(before)) continue;
    sentences.push(before.trim());
    start = end.index + end[0].length;
  }
  sentences.push(paragraph.slice(start).trim());
  return sentences.filter(Boolean);
}

/**
 * `summary` cut after its first sentences when it is longer than a summary is (more than
 * {@link summaryMaxCharacters} characters): as many whole sentences as fit, at most
 * {@link summaryMaxSentences}, at least the first. Undefined when it need not be cut, or cannot
 * be (one sentence longer than the limit: cutting it would leave half a sentence).
 */
export function fewSentenceSummary(summary: string): string | undefined {
  const sentences = summarySentences(summary);
  // Cut only for its length: a summary of 4 short sentences (lint warns) often ends with what fixed
  // it ("… which has temporarily fixed the problem."), which a cut would take from the lead.
  if (summary.length <= summaryMaxCharacters) return undefined;
  let kept = sentences[0];
  for (const sentence of sentences.slice(1, summaryMaxSentences)) {
    if (kept.length + 1 + sentence.length > summaryMaxCharacters) break;
    kept = `${kept} ${sentence}`;
  }
  return kept.length < summary.length && kept.length <= summaryMaxCharacters ? kept : undefined;
}
