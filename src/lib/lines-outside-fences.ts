// The lines of a text that are outside fenced code (```` ``` ```` or `~~~` blocks, CommonMark's
// rule: a fence closes on a line of the same character, at least as long, and nothing after it),
// for checks that read lines before any Markdown parser does.

import { fenceOpening } from './fence-opening.ts';

const fence = /^ {0,3}(`{3,}|~{3,})/;

/** Each line outside fenced code (its carriage return dropped), with its 0-based index; the fence lines themselves are left out. */
export function* linesOutsideFences(text: string): Generator<{ index: number; line: string }> {
  const lines = text.split('\n');
  let open: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].replace(/\r$/, '');
    // Opening, a line of backticks holding another backtick is a code span (fence-opening.ts).
    const opening = open === undefined ? fenceOpening(line) : fence.exec(line)?.[1];
    if (opening) {
      if (open === undefined) open = opening;
      else if (opening[0] === open[0] && opening.length >= open.length && !line.trim().slice(opening.length)) open = undefined;
      continue;
    }
    if (open === undefined) yield { index, line };
  }
}
