import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Postmortem } from '../postmortem-schema.ts';
import type { LintContext, LintProblem, LintRule } from './types.ts';
import { headingText } from './headings.ts';
import { quoteSnippet } from '../quoted-snippet.ts';

/**
 * A placeholder left where text goes: `npm run new` and `npm run draft` write "TODO: ..." under
 * every heading and in the summary, and other templates write TBD or FIXME. Only at the start of
 * a text, in capitals, so a sentence about a "todo list" or "TBD-2 the tracker's key" is not one.
 */
const placeholderPattern = /^\s*(TODO|TBD|FIXME)(?![\p{L}\p{N}_-])/u;

/** The placeholder word a text opens with, if any. */
export function placeholderAt(text: string): string | undefined {
  return placeholderPattern.exec(text)?.[1];
}

/** Every frontmatter text a reader is shown, with its path. */
function frontmatterTexts(data: Postmortem): [(string | number)[], string][] {
  const texts: [(string | number)[], string | undefined][] = [
    [['title'], data.title],
    [['summary'], data.summary],
    [['impact', 'description'], data.impact?.description],
    [['public', 'title'], data.public?.title],
    [['public', 'summary'], data.public?.summary],
    ...data.timeline.map((entry, i): [(string | number)[], string] => [['timeline', i, 'event'], entry.event]),
    ...data.actionItems.flatMap((item, i): [(string | number)[], string | undefined][] => [
      [['actionItems', i, 'title'], item.title],
      [['actionItems', i, 'verification'], item.verification],
    ]),
    ...(['contributors', 'mitigators', 'risks'] as const).flatMap((key) => data[key].map((text, i): [(string | number)[], string] => [[key, i], text])),
  ];
  return texts.filter((entry): entry is [(string | number)[], string] => typeof entry[1] === 'string');
}

/** The first line of a text, cut to 60 characters, as a message quotes it. */
const excerpt = (text: string) => {
  const line = text.trim().split('\n')[0];
  return quoteSnippet(line, 60);
};

const formatPath = (path: (string | number)[]) => path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join('');

/**
 * From review on, a TODO left in the text would be published as it is: the scaffold's "TODO"
 * under "What went well" satisfied the SEV-1 completeness rule and reached the site. Drafts are
 * where placeholders belong, so they are not flagged there.
 */
export const placeholderRule: LintRule = {
  id: 'completeness/placeholder',
  level: 'error',
  description: 'From in-review on, a text that still opens with a placeholder (TODO, TBD, FIXME) in the frontmatter or the body, outside code: it would be published as written.',
  check({ data, tree, bodyStartLine, positionOf }) {
    if (data.status === 'draft') return [];
    const problems: LintProblem[] = [];
    for (const [path, text] of frontmatterTexts(data)) {
      const word = placeholderAt(text);
      if (word) {
        problems.push({
          rule: 'completeness/placeholder', field: formatPath(path), ...positionOf(path),
          message: `${formatPath(path)} still opens with the placeholder ${word} ("${excerpt(text)}"), and the postmortem is ${data.status}.`,
          fix: `write the ${formatPath(path)} itself, or set status: draft until it is written.`,
        });
      }
    }
    if (tree) {
      // Paragraphs only: code blocks and inline code show a TODO as written, and a quote is someone else's words.
      visit(tree, (node) => {
        if (node.type === 'blockquote') return SKIP;
        if (node.type !== 'paragraph') return;
        const paragraph = node;
        const text = toString(paragraph, { includeImageAlt: false });
        const word = placeholderAt(text);
        if (!word || paragraph.children[0]?.type !== 'text') return;
        problems.push({
          rule: 'completeness/placeholder',
          line: (paragraph.position?.start.line ?? 1) + bodyStartLine - 1,
          column: paragraph.position?.start.column ?? 1,
          message: `the body still has the placeholder ${word} ("${excerpt(text)}"), and the postmortem is ${data.status}.`,
          fix: 'write the section, or delete it and its heading if there is nothing to say; set status: draft until it is written.',
        });
      });
    }
    return problems;
  },
};

/** Nodes that show nothing to a reader: comments, in MDX (`{/* ... *\/}`) or HTML (`<!-- ... -->`). */
function showsNothing(node: RootContent): boolean {
  if (node.type === 'html') return /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
  if ((node.type as string) === 'mdxFlowExpression') return /^\s*\/\*[\s\S]*\*\/\s*$/.test((node as { value: string }).value);
  return isHeaderOnlyTable(node);
}

/**
 * A table of its header row alone (bad input round 58: a template's `| Time | Event |` under `## Timeline`,
 * left without a row, passed as a section written): it shows a header over nothing.
 */
function isHeaderOnlyTable(node: RootContent): boolean {
  return node.type === 'table' && node.children.length <= 1;
}

/**
 * The body's blocks in reading order, the blocks inside <Internal> and <PublicOnly> in their place;
 * with `leftOut`, one site's reading: that element's blocks are not on it.
 */
function readingOrder(nodes: RootContent[], leftOut?: 'Internal' | 'PublicOnly'): RootContent[] {
  return nodes.flatMap((node) => {
    const name = variantName(node);
    if (name) return name === leftOut ? [] : readingOrder((node as unknown as { children: RootContent[] }).children, leftOut);
    return showsNothing(node) ? [] : [node];
  });
}

/** `Internal` or `PublicOnly` where the node is that block, else undefined. */
function variantName(node: RootContent): 'Internal' | 'PublicOnly' | undefined {
  const name = (node as { name?: unknown }).name;
  return (node.type as string) === 'mdxJsxFlowElement' && (name === 'Internal' || name === 'PublicOnly') ? name : undefined;
}

/** The headings written inside a block of `name`, at any depth of blocks. */
function headingsInside(nodes: RootContent[], name: 'Internal' | 'PublicOnly', inside = false): Set<RootContent> {
  const found = new Set<RootContent>();
  for (const node of nodes) {
    const variant = variantName(node);
    if (variant) for (const heading of headingsInside((node as unknown as { children: RootContent[] }).children, name, inside || variant === name)) found.add(heading);
    else if (inside && node.type === 'heading') found.add(node);
  }
  return found;
}

/**
 * Headings with nothing under them before the next heading of their level or above, or the end.
 * A heading inside <Internal> is read on the internal site's reading, one inside <PublicOnly> on the
 * public site's (adoption round 63): a heading written for each site, `<Internal>` over `## Call with
 * Ana` then `<PublicOnly>` over `## Call with an engineer` (the form `npm run redact` writes and
 * `mdx/variant-placement` asks for), was an empty section, the public heading read as the next one.
 */
export function emptySectionHeadings(tree: Root): Heading[] {
  const blocks = readingOrder(tree.children);
  const internalHeadings = headingsInside(tree.children, 'Internal');
  const publicHeadings = headingsInside(tree.children, 'PublicOnly');
  let internalSite: RootContent[] | undefined;
  let publicSite: RootContent[] | undefined;
  return blocks.flatMap((node, i): Heading[] => {
    if (node.type !== 'heading') return [];
    const site = internalHeadings.has(node) && !publicHeadings.has(node) ? (internalSite ??= readingOrder(tree.children, 'PublicOnly'))
      : publicHeadings.has(node) && !internalHeadings.has(node) ? (publicSite ??= readingOrder(tree.children, 'Internal')) : blocks;
    const next = site === blocks ? blocks[i + 1] : site[site.indexOf(node) + 1];
    return !next || (next.type === 'heading' && next.depth <= node.depth) ? [node] : [];
  });
}

/**
 * From review on, a heading with nothing under it is published as a bare heading; "## What went
 * well" with nothing under it also satisfied the SEV-0/1 completeness rule. Drafts are exempt.
 */
export const emptySectionRule: LintRule = {
  id: 'completeness/empty-section',
  level: 'error',
  description: 'From in-review on, a heading with nothing under it (only comments, or the next heading of its level straight after): it would be published as a bare heading.',
  check({ data, tree, bodyStartLine }: LintContext) {
    if (data.status === 'draft' || !tree) return [];
    return emptySectionHeadings(tree).map((heading): LintProblem => {
      const next = tree.children[tree.children.indexOf(heading as RootContent) + 1];
      const headerOnly = next !== undefined && isHeaderOnlyTable(next);
      return {
        rule: 'completeness/empty-section',
        line: (heading.position?.start.line ?? 1) + bodyStartLine - 1,
        column: heading.position?.start.column ?? 1,
        message: `the section "${'#'.repeat(heading.depth)} ${headingText(heading)}" is empty${headerOnly ? ' (its table has a header row and no rows under it)' : ''}, and the postmortem is ${data.status}.`,
        fix: headerOnly ? 'write the table\'s rows, or delete the table and the heading; set status: draft until it is written.' : 'write what goes under it, or delete the heading; set status: draft until it is written.',
      };
    });
  },
};
