// Text that reached a postmortem by a paste or a merge gone wrong, found from the lines alone (no
// parser), so that `npm run check` and the build's validation refuse it alike.

import { linesOutsideFences } from './lines-outside-fences.ts';

export interface MergeConflict {
  /** 1-based lines of the `<<<<<<<` and `>>>>>>>` markers. */
  startLine: number;
  endLine: number;
}

/** What every file kind says of a conflict, before what it means there ("which are no YAML"). */
export const describeMergeConflict = (conflict: MergeConflict): string =>
  `an unresolved git merge conflict: lines ${conflict.startLine}-${conflict.endLine} hold both sides between the markers <<<<<<<, ======= and >>>>>>>`;

// A fence opens a code block where conflict markers or `---` are text a postmortem may show.
const fence = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The first unresolved git merge conflict of `text`: a `<<<<<<< ` line, then `=======`, then a
 * `>>>>>>> ` line, outside fenced code. In the frontmatter it gave four YAML errors ("Implicit keys
 * need to be on a single line") naming no conflict; in a `.md` body it was published, both sides
 * and the markers, `=======` making the line above it a heading.
 */
export function findMergeConflict(text: string): MergeConflict | undefined {
  // Every conflict opens with a line of seven `<`: most texts are settled without splitting them.
  if (!text.includes('<<<<<<<')) return undefined;
  const lines = text.split('\n');
  let open: string | undefined;
  let start: number | undefined;
  let separated = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const opening = fence.exec(line)?.[1];
    if (opening && start === undefined) {
      if (open === undefined) open = opening;
      else if (opening[0] === open[0] && opening.length >= open.length && !line.trim().slice(opening.length)) open = undefined;
      continue;
    }
    if (open !== undefined) continue;
    if (/^<{7}(?: |$)/.test(line)) {
      start = i + 1;
      separated = false;
    } else if (start !== undefined && /^={7}$/.test(line)) {
      separated = true;
    } else if (start !== undefined && separated && /^>{7}(?: |$)/.test(line)) {
      return { startLine: start, endLine: i + 1 };
    }
  }
  return undefined;
}

/** A line git writes around a conflict, left alone after the rest was settled by hand. */
export interface LeftoverConflictMarker {
  /** 1-based line of the marker. */
  line: number;
  /** The marker as written, e.g. `>>>>>>> fix-pool`. */
  marker: string;
}

/**
 * The first line of `text`, outside fenced code, that is one of git's conflict markers opening
 * (`<<<<<<< HEAD`), closing (`>>>>>>> branch`) or naming the common base (`||||||| base`) with the
 * others gone: a conflict settled by hand that kept one marker (bad input round 39). In the
 * frontmatter it gave five YAML errors naming none; in a body, `<<<<<<< HEAD` got MDX's advice
 * for a `<` meant as text, and in a `.md` body `>>>>>>> x` was published as a nested quote.
 * `=======` alone is left: under a line it is a Markdown heading (`Title\n=======`); so are more
 * than seven `>` (a quote nested deeper, as written compactly) and `|` (a table's empty cells);
 * more than seven `<` is git's `conflict-marker-size`, and nothing else.
 */
export function findLeftoverConflictMarker(text: string): LeftoverConflictMarker | undefined {
  if (!/^(?:<{7}|>{7}|\|{7})/m.test(text)) return undefined;
  for (const { index, line } of linesOutsideFences(text)) {
    if (/^(?:<{7,}|>{7}|\|{7})(?: \S.*|)$/.test(line)) return { line: index + 1, marker: line.trim() };
  }
  return undefined;
}

/**
 * A lone `=======` of exactly seven signs outside fenced code (bad input round 39b): git's separator
 * left after a conflict was settled by hand. Right under a line of text it is also a setext level-1
 * heading's underline, and Markdown published the line above as a heading, unsaid; `above` is that
 * line. `prose` is true when the line above ends as a sentence does (`.`, `,`, `;`), which a heading
 * seldom does, or when there is no line above (the page shows seven = signs as a paragraph).
 */
export function findLoneConflictSeparator(text: string): (LeftoverConflictMarker & { above?: string; prose: boolean }) | undefined {
  if (!/^={7}[ \t\r]*$/m.test(text)) return undefined;
  const lines = text.split('\n');
  let previous = { index: -1, line: '' };
  for (const { index, line } of linesOutsideFences(text)) {
    // A fence's closing line (left out) above it is no text to underline.
    const aboveLine = previous.index === index - 1 ? previous.line : '';
    const above = aboveLine.trim();
    previous = { index, line };
    if (!/^={7}[ \t\r]*$/.test(line)) continue;
    if (!above) return { line: index + 1, marker: '=======', prose: true };
    // Under a heading, a quote, a list item, a table row or a rule, no setext heading is made.
    if (/^ {0,3}(?:#|>|[-*+]\s|\d+[.)]\s|\||={3,}|-{3,}|`{3,}|~{3,})/.test(aboveLine)) continue;
    // Round 40: a heading written on purpose stands apart, a blank line (or the body's start) above
    // its text and one below its underline; a conflict's sides run on from the separator. Such a
    // heading got the warning, said as a possible conflict ("Summary" over seven signs).
    if (!/[.,;]$/.test(above) && standsApart(lines, index)) continue;
    return { line: index + 1, marker: '=======', above, prose: /[.,;]$/.test(above) };
  }
  return undefined;
}

/** Whether the underline at `lines[index]` and the text above it have blank lines (or the text's start and end) around them. */
function standsApart(lines: readonly string[], index: number): boolean {
  const blank = (line: string | undefined) => line === undefined || !line.trim();
  return blank(lines[index - 2]) && blank(lines[index + 1]);
}

/** What every file kind says of a {@link LeftoverConflictMarker}, and its fix. */
export const describeLeftoverConflictMarker = (leftover: LeftoverConflictMarker): { message: string; fix: string } => ({
  message: `line ${leftover.line}, \`${leftover.marker}\`, is a marker git writes around a merge conflict (<<<<<<< opens it, ||||||| marks the common base, ======= parts the two sides, >>>>>>> closes it), left behind when the conflict was settled by hand`,
  fix: 'delete the marker line, and check that the lines around it hold the side you mean (and nothing of the other side).',
});

// Keys a postmortem's frontmatter always opens with one of: a `---` line followed by one of them
// in the body is a second frontmatter block, not a thematic break.
// Bad input round 13 added the keys other site generators open theirs with (Jekyll's `layout:`,
// Hugo's `date:`): a converted report kept its old block after the new one, published as text.
const frontmatterKeys = 'title|summary|severity|status|visibility|services|teams|tags|trigger|times|impact|drafted|published|layout|date|author|authors|categories|permalink|slug';
const frontmatterKey = new RegExp(`^(?:${frontmatterKeys}):(?:\\s|$)`);
/** A `---` line (a BOM before it, spaces after it) and a {@link frontmatterKey} line after it, in the raw text. */
const secondFrontmatterOpening = new RegExp(`^\uFEFF?---[ \\t]*\\r?\\n(?:${frontmatterKeys}):(?:\\s|$)`, 'm');

/**
 * A second frontmatter block in the body (1-based lines of its `---` fences, counted from the
 * body's first line as 1): the file pasted twice, or two postmortems saved in one file. Markdown
 * shows its `---` as a rule and its fields as a paragraph, the last one made a heading by the
 * closing `---`: the page published every field of the second copy, internal ones included, as text.
 */
export function findSecondFrontmatter(body: string): { startLine: number; endLine: number } | undefined {
  // Every block found below opens with a `---` line followed by a key line: a body without that
  // pair (most, their tables' `| --- |` included) is settled without splitting it into lines.
  if (!secondFrontmatterOpening.test(body)) return undefined;
  const lines = body.split('\n').map((line) => line.replace(/\r$/, ''));
  for (const { index: i } of linesOutsideFences(body)) {
    // A `---` on the last line opens no block: no key line follows it.
    if (i === lines.length - 1) break;
    if (!/^\uFEFF?---[ \t]*$/.test(lines[i]) || !frontmatterKey.test(lines[i + 1])) continue;
    for (let j = i + 2; j < lines.length; j++) {
      // `...` ends a YAML document as `---` does (round 13: such a block was published as text).
      if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[j])) return { startLine: i + 1, endLine: j + 1 };
      // Fields are keys at the start of a line, indented lines, list items, comments or blank lines.
      if (lines[j] && !/^(?:[A-Za-z_][\w-]*:(?:\s|$)|\s|-\s|#)/.test(lines[j])) break;
    }
  }
  return undefined;
}
