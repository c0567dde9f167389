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

/**
 * A section heading written twice under the same parent (bad input round 60: two `## Timeline`, `## What happened`
 * again at the end, `## what happened` or a setext `What happened` under the first): the page's outline lists it
 * twice, a link to `#timeline` reaches the first alone, and the checks that read a section by its heading (an empty
 * section, the follow-ups under "Action items") read each apart. Compared as a reader would (case, punctuation and
 * trailing `#` aside). The same `###` under two different `##` sections is no mistake ("### What went well" under
 * two phases); a level-1 heading is `body/title-heading`'s.
 */
export const duplicateHeadingRule: LintRule = {
  id: 'body/duplicate-heading',
  level: 'warning',
  description: 'A section heading written twice under the same parent section (two `## Timeline`, `## What happened` again further down): the outline lists it twice and a link to it reaches the first alone. Merge the sections, or name them apart.',
  check({ tree, bodyStartLine }) {
    if (!tree) return [];
    const seen = new Map<string, Heading>();
    // The headings above the current one, by level, to know which section a heading is under.
    const parents: Heading[] = [];
    const problems: LintProblem[] = [];
    for (const heading of bodyHeadings(tree)) {
      while (parents.length && parents[parents.length - 1].depth >= heading.depth) parents.pop();
      const text = headingText(heading);
      const parent = parents[parents.length - 1];
      parents.push(heading);
      const key = `${heading.depth}\u0000${parent ? parent.position?.start.offset : ''}\u0000${comparableTitle(text)}`;
      if (heading.depth === 1 || !comparableTitle(text)) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, heading);
        continue;
      }
      const firstLine = (first.position?.start.line ?? 1) + bodyStartLine - 1;
      const marks = '#'.repeat(heading.depth);
      problems.push({
        rule: 'body/duplicate-heading',
        line: (heading.position?.start.line ?? 1) + bodyStartLine - 1,
        column: heading.position?.start.column ?? 1,
        message: `the section "${marks} ${text}" is written a second time (the first on line ${firstLine}): the page's outline lists it twice, and a link to the section reaches the first alone.`,
        fix: `move this section's text under the first "${marks} ${headingText(first)}" and delete this heading, or name the two apart (e.g. "${marks} ${text} (day 2)").`,
      });
    }
    return problems;
  },
};
