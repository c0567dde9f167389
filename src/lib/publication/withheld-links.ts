/**
 * How `npm run redact` withholds a link or an address in prose so that the public sentence still
 * reads (redact round 36). Wrapped alone in `<Internal>`, "The root cause was found
 * [here](https://wiki.acme.corp/x)." was published as "The root cause was found ." and "(see
 * https://grafana.acme.corp/d/x)" as "(see )"; in a `.md` body the address became a phrase inside
 * the link's brackets, "[here](an internal system)", which is no link and shows its brackets.
 *
 * - A Markdown link whose words say what it leads to ("[the runbook](…)") keeps its words for the
 *   public page, unlinked, as a link reference's do (reference-definitions.ts): the guard reads
 *   them again in the next round, as any public text.
 * - A link whose words only point ("here", "this link") or hold a finding of their own (a ticket's
 *   id), and a bare address that ends its clause, are withheld with what only they made sense
 *   of: the space before them, a preposition or "see" right before them when they end the
 *   sentence ("tracked in …." reads "tracked."), and brackets that held nothing else.
 */

/** A link's span in the source and its words. */
export interface LinkSpan {
  start: number;
  end: number;
  words: string;
}

/** Markdown links on a line (not images): the words, then a destination of no spaces and an optional title. */
export const markdownLink = /(?<!!)\[([^\]\n]*)\]\(\s*<?([^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
/** An autolink (`<https://…>`). */
const autolink = /<([a-z][a-z\d+.-]*:[^\s<>]+)>/gi;

/** The Markdown link or autolink whose destination holds [start, end) of `source`, on its line. */
export function linkAround(source: string, start: number, end: number): LinkSpan | undefined {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end) < 0 ? source.length : source.indexOf('\n', end);
  const line = source.slice(lineStart, lineEnd);
  for (const m of line.matchAll(markdownLink)) {
    const destinationStart = lineStart + m.index! + m[0].indexOf('](') + 2;
    const linkEnd = lineStart + m.index! + m[0].length;
    if (start >= destinationStart && end <= linkEnd) return { start: lineStart + m.index!, end: linkEnd, words: m[1] };
  }
  for (const m of line.matchAll(autolink)) {
    const linkStart = lineStart + m.index!;
    if (start > linkStart && end < linkStart + m[0].length) return { start: linkStart, end: linkStart + m[0].length, words: '' };
  }
  return undefined;
}

/** Link words that only point at the target ("here", "this link", "click here", "link", a bare address). */
const pointingWords = /^\s*(?:(?:click\s+)?here|this(?:\s+(?:link|page|doc(?:ument)?|ticket|issue|thread|post|one))?|(?:the\s+)?link|more|details|source|[a-z][a-z\d+.-]*:\/\/\S*|www\.\S*)\s*$/i;

/** Whether a link's words say what it leads to, so that they can stand unlinked on the public page. */
export function wordsStandAlone(words: string): boolean {
  return /\p{L}/u.test(words) && !pointingWords.test(words) && !/[[\]<>{}]/.test(words);
}

/**
 * The span to withhold with a link or address at [start, end): the space before it, and, when it
 * ends its clause, a preposition or "see" right before it ("tracked in …." → "tracked."), or the
 * brackets around it when they hold nothing else ("(see …)").
 */
export function withheldSpan(source: string, start: number, end: number): [number, number] {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end) < 0 ? source.length : source.indexOf('\n', end);
  const before = source.slice(lineStart, start);
  const after = source.slice(end, lineEnd);
  const brackets = /[ \t]*\([ \t]*(?:(?:see|cf\.?|at|in|via)[ \t]+)?$/i.exec(before);
  if (brackets && /^[ \t]*\)/.test(after)) return [start - brackets[0].length, end + /^[ \t]*\)/.exec(after)![0].length];
  // A preposition goes only where the sentence or clause ends: before a comma it may belong to a
  // verb the rest needs ("is in …, which we follow" must not read "is, which we follow").
  const endsClause = /^(?:[.;:!?)]|[ \t]*$)/.test(after);
  const opening = endsClause
    ? /(?:[ \t]+(?:in|at|on|from|to|via|see|under|into|per))?[ \t]+$/iu.exec(before)
    : /[ \t]+$/.exec(before);
  // Nothing is taken after a line's marker (a list item's, a heading's, a quotation's, a table
  // cell's): "###<Internal> …" is no heading any more, "1.<Internal> …" no list item.
  const kept = opening ? before.slice(0, before.length - opening[0].length) : '';
  if (!opening || !/[\p{L}\p{N}.,;:!?)\]\x60'"’*_]$/u.test(kept) || /^[\s>]*(?:[-*+]|\d+[.)])?\s*$/.test(kept)) return [start, end];
  return [start - opening[0].length, end];
}
