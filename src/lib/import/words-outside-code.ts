import type { Root, RootContent } from 'mdast';
import { plainText } from './report-structure.ts';

/**
 * A report's text without its code and without markup: fenced and indented code blocks at any
 * depth (in a list item, a quote), inline code, and the tags of raw HTML (their words kept, a
 * comment dropped). Where the keywords of a suggested trigger and tags are counted: a command, a
 * log line, a configuration key or an element's class name (`<div class="network-status">`) is no
 * account of what set the incident off or what it was about. Round 23 left out top-level code
 * blocks from the trigger's count only; a tag's count still read every code block (import round 24).
 */
export function wordsOutsideCode(tree: Root): string {
  return plainText({ ...tree, children: withoutCode(tree.children) });
}

function withoutCode(nodes: RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'code' || node.type === 'inlineCode') return [];
    if (node.type === 'html') return [{ type: 'text', value: `${node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<\/?[A-Za-z][^<>]*>/g, ' ')} ` }];
    if ('children' in node) return [{ ...node, children: withoutCode(node.children as RootContent[]) } as RootContent];
    return [node];
  });
}
