import type { Root } from 'mdast';

/**
 * `<Internal>…</Internal>` or `<PublicOnly>…</PublicOnly>` written inside a code span or a code block
 * (bad input round 58: ``Run `<Internal>kubectl -n prod</Internal>` to see it.``): code is shown as typed,
 * so no component is made, and the internal site showed the tags and the words between them without a
 * word. A public post is refused by the public build (strip-internal.ts) and said there; this finds them
 * for every post, so that the check says it before the post is made public. A tag named alone (`` `<Internal>` ``,
 * text about the component) is no pair, and left. Pure: no Astro, no file system.
 */
export interface VariantTagsInCode {
  component: 'Internal' | 'PublicOnly';
  /** The words between the tags, cut short for the message. */
  words: string;
  block: boolean;
  line: number;
  column: number;
}

type Node = { type: string; value?: string; children?: Node[]; position?: { start: { line: number; column: number } } };

export function findVariantTagsInCode(tree: Root): VariantTagsInCode[] {
  const found: VariantTagsInCode[] = [];
  const stack: Node[] = [tree as unknown as Node];
  while (stack.length) {
    const node = stack.pop()!;
    if ((node.type === 'inlineCode' || node.type === 'code') && node.value) {
      const pair = /<(Internal|PublicOnly)>([\s\S]*?)<\/\1>/.exec(node.value);
      if (pair && pair[2].trim()) {
        found.push({ component: pair[1] as VariantTagsInCode['component'], words: pair[2].trim().slice(0, 60), block: node.type === 'code', line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
      }
      continue;
    }
    for (const child of [...(node.children ?? [])].reverse()) stack.push(child);
  }
  return found;
}

/** The finding's message and fix for one {@link VariantTagsInCode}. */
export function describeVariantTagsInCode(found: VariantTagsInCode): { message: string; fix: string } {
  const where = found.block ? 'a code block' : 'a code span (between backticks)';
  const code = `<${found.component}>\`${found.words}\`</${found.component}>`;
  return {
    message: `<${found.component}>${found.words}</${found.component}> is written inside ${where}, where it is code shown as typed, not the component: every site shows the tags and "${found.words}", and the public build refuses the post if it is made public.`,
    fix: found.block
      ? `put the whole code block inside <${found.component}>, the tags on lines of their own around it (a blank line between each tag and the block), and the code without the tags.`
      : `put the tags around the code span: ${code}.`,
  };
}
