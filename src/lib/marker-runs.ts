// Runs of emphasis and link markers that the Markdown parsers of `npm run check` take minutes on,
// found from the text before any parser reads the body (as body/nesting-depth is).
//
// micromark (remark) resolves emphasis and links by comparing each opening marker with those
// after it: a run of n `*`, `_` or `[` costs about n² (measured with remark and remark-mdx:
// `*` × 4,000 around a word, 2.5 s; `[` × 4,000 then `](y)` × 4,000, 20 s; 20,000 `*`, 236 s for
// `npm run check`, which ended in "Maximum call stack size exceeded"). The longest such run in
// the 3,365 Markdown files of the corpora, rules aside, is 20 characters.

import { linesOutsideFences } from './lines-outside-fences.ts';

/** The longest run of `*`, `_` and `[` allowed on a line (a run of 256 parses in about 30 ms). */
export const maxMarkerRun = 256;

// A line of only `*`, `-` or `_` and spaces is a rule (a thematic break), which parses in linear time.
const ruleLine = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** The first run of more than {@link maxMarkerRun} `*`, `_` or `[` on a line outside fenced code: 1-based line and column, and its length. */
export function findLongMarkerRun(body: string): { line: number; column: number; length: number } | undefined {
  if (!new RegExp(`[*_[]{${maxMarkerRun + 1}}`).test(body)) return undefined;
  for (const { index, line } of linesOutsideFences(body)) {
    if (ruleLine.test(line)) continue;
    const run = new RegExp(`[*_[]{${maxMarkerRun + 1},}`).exec(line);
    if (run) return { line: index + 1, column: run.index + 1, length: run[0].length };
  }
  return undefined;
}
