import type { Heading, Root } from 'mdast';
import type { LintProblem, LintRule } from './types.ts';

const plainText = (node: { value?: string; children?: unknown[] }): string =>
  typeof node.value === 'string' ? node.value : (node.children ?? []).map((child) => plainText(child as typeof node)).join('');

/** Compares heading and title as a reader would: case, punctuation and spacing aside. */
const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Level-1 headings of the body, outside `<Internal>`/`<PublicOnly>` as inside them. */
function levelOneHeadings(tree: Root): Heading[] {
  const found: Heading[] = [];
  const visit = (nodes: readonly unknown[]) => {
    for (const node of nodes as { type: string; depth?: number; children?: unknown[] }[]) {
      if (node.type === 'heading' && node.depth === 1) found.push(node as Heading);
      else if (node.children && node.type !== 'heading') visit(node.children);
    }
  };
  visit(tree.children);
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
    return levelOneHeadings(tree).map((heading): LintProblem => {
      const text = plainText(heading);
      const repeatsTitle = comparable(text) === comparable(data.title);
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
