import type { Root } from 'mdast';

/** The two components that pick a site: each is cut from the other site's build. */
const variantComponents = ['Internal', 'PublicOnly'] as const;
type VariantComponent = (typeof variantComponents)[number];

export interface ShownNowhere {
  /** The inner element, which neither site shows. */
  inner: VariantComponent;
  /** The element around it. */
  outer: VariantComponent;
  /** 1-based line and column of the inner element in the text parsed. */
  line: number;
  column: number;
}

type Node = { type: string; name?: string | null; children?: Node[]; position?: { start: { line: number; column: number } } };

const variantOf = (node: Node): VariantComponent | undefined =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (variantComponents as readonly (string | null | undefined)[]).includes(node.name)
    ? (node.name as VariantComponent)
    : undefined;

/**
 * `<PublicOnly>` inside `<Internal>`, or `<Internal>` inside `<PublicOnly>`: the internal site
 * cuts every `<PublicOnly>` and the public site every `<Internal>`, so the inner text is shown on
 * neither, without a word. Walked with a stack, not recursion: an element may be nested deeply.
 */
export function findShownNowhere(tree: Root): ShownNowhere[] {
  const found: ShownNowhere[] = [];
  const stack: { node: Node; outer?: VariantComponent }[] = [{ node: tree as unknown as Node }];
  while (stack.length) {
    const { node, outer } = stack.pop()!;
    const own = variantOf(node);
    if (own && outer && own !== outer) {
      found.push({ inner: own, outer, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    }
    const next = own ?? outer;
    for (const child of [...(node.children ?? [])].reverse()) stack.push({ node: child, outer: next });
  }
  return found;
}

/** The finding's message and fix for one {@link ShownNowhere}. */
export function describeShownNowhere(nested: ShownNowhere): { message: string; fix: string } {
  return {
    message: `<${nested.inner}> inside <${nested.outer}> is shown on neither site: the internal site leaves out every <PublicOnly>, the public site every <Internal>.`,
    fix: `move the <${nested.inner}> block out of the <${nested.outer}> block (one after the other, not one inside the other).`,
  };
}
