import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { splitFrontmatter } from './frontmatter.ts';

/** The body of a postmortem source file as a syntax tree with positions (MDX when `isMdx`). */
export function parseBodyTree(source: string, isMdx: boolean): Root {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (isMdx) processor.use(remarkMdx);
  return processor.parse(splitFrontmatter(source).body) as Root;
}
