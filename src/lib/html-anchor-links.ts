import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { decodeEntities } from './html-entities.ts';

/** A link of the body as the link checks read it: a Markdown link or definition, or an HTML `<a href>`. */
export interface BodyLink {
  type: 'link' | 'definition';
  url: string;
  /** A definition's label (`[t]: …`), which an image may use. */
  identifier?: string;
  line: number;
  column: number;
  /** True for an `<a href>` written in HTML (or JSX in an .mdx body). */
  html?: boolean;
}

/** `href="…"`, `href='…'`, `href=…` (HTML) or `href={"…"}` (MDX) inside one `<a …>` tag. */
const anchorTag = /<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)')\s*\}|([^\s>"'{]+))/gi;

/**
 * Every link of a body: Markdown links and definitions, and the `<a href>` written in HTML
 * (bad input round 46). An `<a href="./media/trace.png">` was checked by none of the link checks:
 * a link to a file the site does not publish, to a path it does not make, to a file of the
 * writer's machine or to a tracker's scheme passed when written in HTML and was said when written
 * as `[trace](./media/trace.png)`. In an .mdx body the tag is a JSX element with its attributes; in
 * a .md body it is raw HTML, whose text is read.
 */
export function bodyLinks(tree: Root): BodyLink[] {
  const links: BodyLink[] = [];
  visit(tree, (node) => {
    const start = node.position?.start;
    if (!start) return;
    if (node.type === 'link' || node.type === 'definition') {
      links.push({ type: node.type, url: (node as { url: string }).url, identifier: (node as { identifier?: string }).identifier, line: start.line, column: start.column });
      return;
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as { name?: string }).name === 'a') {
      const href = ((node as { attributes?: { type: string; name?: string; value?: unknown }[] }).attributes ?? [])
        .find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href');
      const value = typeof href?.value === 'string' ? href.value
        : href?.value && typeof href.value === 'object' ? /^\s*(?:"([^"]*)"|'([^']*)')\s*$/.exec(String((href.value as { value?: unknown }).value ?? ''))?.slice(1).find((part) => part !== undefined) : undefined;
      if (value !== undefined) links.push({ type: 'link', url: value.trim(), line: start.line, column: start.column, html: true });
      return;
    }
    if (node.type === 'html') {
      const text = (node as { value: string }).value;
      for (const match of text.matchAll(anchorTag)) {
        const before = text.slice(0, match.index);
        const line = start.line + (before.match(/\n/g)?.length ?? 0);
        const column = before.includes('\n') ? before.length - before.lastIndexOf('\n') : start.column + before.length;
        const url = decodeEntities(match.slice(1).find((part) => part !== undefined) ?? '').trim();
        links.push({ type: 'link', url, line, column, html: true });
      }
    }
  });
  return links;
}
