import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { LintProblem, LintRule } from './types.ts';

/** A heading's text, images' alt text left out. */
export const headingText = (heading: Heading) => toString(heading, { includeImageAlt: false });

/**
 * Heading and title compared as a reader would: case, punctuation and spacing aside. The import
 * removes the heading that repeats the title by the same comparison this rule flags it by.
 */
export const comparableTitle = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Every heading of the body, in document order, in `<Internal>`/`<PublicOnly>`, quotes and lists too. */
export function bodyHeadings(tree: Root): Heading[] {
  const found: Heading[] = [];
  visit(tree, 'heading', (heading) => {
    found.push(heading);
  });
  return found;
}

/**
 * The page shows the title as its one level-1 heading; a `#` heading in the body is a second
 * title to screen readers and in the page outline, and one that repeats the title is shown twice
 * (reports written elsewhere often start with `# <title>`).
 */
export const titleHeadingRule: LintRule = {
  id: 'body/title-heading',
  level: 'warning',
  description: 'A level-1 (`#`) heading in the body: the page title is the only one. One that repeats the title is shown twice; sections start at `##`.',
  check({ data, tree, bodyStartLine }) {
    if (!tree) return [];
    return bodyHeadings(tree).filter((heading) => heading.depth === 1).map((heading): LintProblem => {
      const text = headingText(heading);
      const repeatsTitle = comparableTitle(text) === comparableTitle(data.title);
      return {
        rule: 'body/title-heading',
        line: (heading.position?.start.line ?? 1) + bodyStartLine - 1,
        column: heading.position?.start.column ?? 1,
        message: repeatsTitle
          ? `the body's heading "# ${text}" repeats the title, so the page shows it twice.`
          : `"# ${text}" is a level-1 heading: the page's title is its only one, so this reads as a second title.`,
        fix: repeatsTitle ? 'remove the heading (the title field is shown above the body).' : `write it as "## ${text}" (and each heading under it one level deeper).`,
      };
    });
  },
};
