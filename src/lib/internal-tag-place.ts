import { visit } from 'unist-util-visit';
import { parseMdxTree } from './mdx-tree.ts';

/**
 * Where in Markdown's plain text an `<Internal>` tag left after the public cut stands, in words,
 * when it is inside an image's alt text or a link's, image's or reference's title (bad input round
 * 33). Those are plain text to MDX: `![<Internal>orion-db</Internal> graph](…)` holds no component,
 * so nothing of it is cut, and the public build stopped with "in code, or where the parser saw no
 * component", which named neither the alt text nor what to write. Undefined elsewhere, and for a
 * body that does not parse (the caller's own message stands).
 */
export function plainTextPlaceOfTag(body: string, index: number): string | undefined {
  let tree;
  try {
    tree = parseMdxTree(body);
  } catch {
    return undefined;
  }
  let place: string | undefined;
  const tag = /<\s*\/?\s*Internal\b/i;
  visit(tree, (node) => {
    if (place) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || index < start || index >= end) return;
    const { title } = node as { title?: string | null };
    // The alt text as parsed has lost the tag's brackets (`orion graph`): its place in the source says it.
    if ((node.type === 'image' || node.type === 'imageReference') && !/\]\s*[([]/.test(body.slice(start, index))) place = 'an image\'s alt text';
    else if ((node.type === 'image' || node.type === 'link' || node.type === 'definition') && title && tag.test(title)) place = `the title of ${node.type === 'image' ? 'an image' : node.type === 'link' ? 'a link' : 'a link reference'} (the text in quotes after its address)`;
  });
  return place;
}
