import type { Heading, Root } from 'mdast';
import { bodyHeadings, comparableTitle, headingText } from '../lint/headings.ts';

/**
 * The body of an imported draft under the title the site shows. Most Markdown reports open with
 * `# <Title>`: the importer takes it as `title`, and the page shows the title as its one level-1
 * heading, so the same heading in the body would show it twice (lint `body/title-heading`). A
 * report whose sections are `#` headings would likewise give the page several titles.
 */
export interface BodyUnderTitle {
  markdown: string;
  /** The heading removed because it is the title (as written), if any. */
  removedTitleHeading?: string;
  /** How many headings were made one level deeper. */
  shifted: number;
}

interface Edit { start: number; end: number; text: string }

/** The edit that writes a heading one level deeper, or undefined when it cannot be (at `######` already). */
function deeper(markdown: string, heading: Heading): Edit | undefined {
  const start = heading.position?.start.offset;
  const end = heading.position?.end.offset;
  if (start === undefined || end === undefined || heading.depth >= 6) return undefined;
  const source = markdown.slice(start, end);
  const hashes = /^[ \t]*#/.exec(source);
  // ATX (`## Timeline`): one more `#`.
  if (hashes) return { start: start + hashes[0].length - 1, end: start + hashes[0].length - 1, text: '#' };
  // Setext (`Timeline` over `====` or `----`): `====` becomes `----` (level 2); a level-2 one is
  // written as `### Timeline`, which setext cannot express. Only one-line ones: a heading over
  // several lines inside a quote or list would need each line's container marks.
  const lines = source.split('\n');
  if (lines.length !== 2) return undefined;
  if (heading.depth === 1) {
    const underline = /=+/.exec(lines[1]);
    if (!underline) return undefined;
    const at = start + lines[0].length + 1 + underline.index;
    return { start: at, end: at + underline[0].length, text: '-'.repeat(underline[0].length) };
  }
  return { start, end, text: `${'#'.repeat(heading.depth + 1)} ${lines[0].trim()}` };
}

/**
 * Removes the report's first `#` heading when it is the title (the text is not lost: it is the
 * `title` field), then, when the body still has a `#` heading, writes every heading one level
 * deeper (`#` → `##` … `######` stays), so the sections start at `##`. Headings are found in the
 * parsed tree, so a `# comment` inside a code block is left alone. `tree` is `markdown` parsed.
 */
export function placeBodyUnderTitle(markdown: string, tree: Root, title: string): BodyUnderTitle {
  const first = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const isTitle = !!first && comparableTitle(headingText(first)) === comparableTitle(title) && comparableTitle(title) !== '';
  const headings = bodyHeadings(tree).filter((heading) => !(isTitle && heading === first));
  const edits: Edit[] = [];
  if (isTitle && first.position?.start.offset !== undefined && first.position.end.offset !== undefined) {
    // The whole lines of the heading, and the line break after them.
    const lineStart = markdown.lastIndexOf('\n', first.position.start.offset - 1) + 1;
    const lineEnd = markdown.indexOf('\n', first.position.end.offset);
    edits.push({ start: lineStart, end: lineEnd === -1 ? markdown.length : lineEnd + 1, text: '' });
  }
  let shifted = 0;
  if (headings.some((heading) => heading.depth === 1)) {
    for (const heading of headings) {
      const edit = deeper(markdown, heading);
      if (edit) {
        edits.push(edit);
        shifted++;
      }
    }
  }
  let result = markdown;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { markdown: result, removedTitleHeading: isTitle ? markdown.slice(first.position!.start.offset, first.position!.end.offset) : undefined, shifted };
}
