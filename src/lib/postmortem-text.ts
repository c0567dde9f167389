import type { Root, RootContent } from 'mdast';

export type Variant = 'internal' | 'public';

type AnyNode = Root | RootContent | { type: string; name?: string | null; value?: string; children?: AnyNode[] };

/** Blocks that do not belong to a variant: `<Internal>` on the public site, `<PublicOnly>` internally. */
export function isExcludedFromVariant(node: { type: string; name?: string | null }, variant: Variant): boolean {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
  return variant === 'public' ? node.name === 'Internal' : node.name === 'PublicOnly';
}

const blockTypes = new Set(['paragraph', 'heading', 'listItem', 'tableRow', 'code', 'blockquote', 'mdxJsxFlowElement']);

/**
 * The prose of a postmortem body as plain text, for one variant: the public text never
 * contains anything from inside an `<Internal>` block. Inline code is kept (error messages are
 * what responders search for); code blocks are kept too; ESM and expressions are dropped.
 */
export function extractPlainText(tree: Root, variant: Variant): string {
  const parts: string[] = [];
  const walk = (node: AnyNode) => {
    if (isExcludedFromVariant(node as { type: string; name?: string | null }, variant)) return;
    const type = node.type;
    if (type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression' || type === 'html') return;
    if ((type === 'text' || type === 'inlineCode' || type === 'code') && typeof (node as { value?: string }).value === 'string') {
      parts.push((node as { value: string }).value);
    }
    const children = (node as { children?: AnyNode[] }).children;
    if (children) for (const child of children) walk(child);
    if (blockTypes.has(type)) parts.push('\n');
    else if (type === 'tableCell') parts.push(' ');
  };
  walk(tree);
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
