/**
 * The author of a comment or a message pasted as a comment tool or a chat client shows it (probe
 * round 63, docs/redaction.md, "Probe round 63"): the author's full name alone on a line, the
 * time it was written alone on the next ("Dariela Montavesk⏎10:14 AM Today⏎Should we roll back
 * first?", a Google Docs comment thread; Slack's and Teams' copies are the same shape). A heading
 * or a label is no full name (`isFullNameValue` reads two or three capitalised words, not all of
 * them words of a dictionary or public names), and a time under it says who wrote what follows.
 */
import type { PatternMatch } from './person-patterns.ts';
import { isFullNameValue } from './pasted-config-people.ts';

/** A line of only a clock time with its half of the day, and the day a tool writes beside it ("10:14 AM Today", "9:03 PM Mar 4", "10:14 AM, Yesterday"). */
const commentTimeLine = /^\s*\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?(?:,?\s+(?:Today|Yesterday|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?))?\s*$/u;

/** The authors of pasted comments, by line index. */
export function findCommentAuthorLines(lines: readonly string[]): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!commentTimeLine.test(lines[i + 1])) continue;
    const name = lines[i].trim();
    if (isFullNameValue(name)) found.set(i, [{ text: name, index: lines[i].indexOf(name), severity: 'error', why: "the author of a pasted comment, above its time" }]);
  }
  return found;
}
