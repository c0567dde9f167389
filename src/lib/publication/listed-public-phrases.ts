import { allMatches, escapeRegExp } from '../regexp.ts';

/**
 * Names the team listed as public (`redaction.publicNames`) are kept whole, and so are their
 * parts inside them (since the listed-names round 26, docs/redaction.md): a listed person "John
 * Carver" or a "John" the post names elsewhere made "John" of a listed "John Mastodon" a
 * finding, and `npm run redact` wrote "an engineer Mastodon". Only names of two words or more are
 * looked for so: a finding inside a one-word public name is that name, which each rule already
 * checks against the list.
 */

/** One case-insensitive pattern for the listed public names of two words or more, as whole words, any spacing between them. */
export function publicPhrasePattern(publicNames: readonly string[]): RegExp | undefined {
  const sources = publicNames
    .map((name) => name.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 1)
    .map((words) => words.map(escapeRegExp).join('\\s+'));
  if (!sources.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${[...new Set(sources)].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

/**
 * A test of whether `line`'s text at an index (of a length) lies inside an occurrence of a listed
 * public name and is shorter than it; the line is searched once, on the first question.
 */
export function insideListedPublicName(line: string, pattern: RegExp | undefined): (index: number, length: number) => boolean {
  if (!pattern) return () => false;
  let occurrences: RegExpExecArray[] | undefined;
  return (index, length) => (occurrences ??= allMatches(pattern, line)).some((m) => m.index <= index && index + length <= m.index + m[0].length && length < m[0].length);
}
