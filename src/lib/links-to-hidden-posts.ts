import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

/**
 * Links the public build cannot rewrite that lead to a post customers do not see (canary round
 * 34): a raw `<a href="/incidents/<internal-only id>/">` in an `.mdx` body, any link of a `.md`
 * body (only an `.mdx` body's Markdown links are rewritten), each published that post's id in its
 * address. `rewriteLink` is the build's rewriter (`publicLinkRewriter`): where it would drop a
 * Markdown link's target (`null`), the same target written another way is refused.
 */
export interface LinkToHiddenPost {
  /** 1-based line of the body given. */
  line: number;
  /** The target as written. */
  url: string;
}

const hrefInHtml = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

export function findLinksToHiddenPosts(tree: Root, rewriteLink: (url: string) => string | null | undefined, markdownLinksRewritten: boolean): LinkToHiddenPost[] {
  const found: LinkToHiddenPost[] = [];
  const check = (url: string, line: number) => {
    if (rewriteLink(url) === null) found.push({ line, url });
  };
  visit(tree, (raw) => {
    const node = raw as unknown as { type: string; url?: string; value?: string; attributes?: { type: string; name?: string; value?: unknown }[]; position?: { start: { line: number } } };
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')) {
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxAttribute' && /^(?:href|action|formaction|cite)$/i.test(attribute.name ?? '') && typeof attribute.value === 'string') check(attribute.value, line);
      }
    } else if (node.type === 'html' && node.value) {
      for (const m of node.value.matchAll(hrefInHtml)) check(m[1] ?? m[2] ?? m[3] ?? '', line + node.value.slice(0, m.index).split('\n').length - 1);
    } else if (!markdownLinksRewritten && (node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      check(node.url, line);
    }
  });
  return found;
}
