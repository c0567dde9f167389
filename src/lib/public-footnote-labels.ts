import { visit } from 'unist-util-visit';
import { parseBodyTree } from './body-tree.ts';
import { splitFrontmatter } from './frontmatter.ts';

/**
 * A public post's footnote labels, numbered (since the nineteenth probe round, docs/redaction.md).
 * A label is never shown as text, but the page carries it in the ids and links of the footnote
 * and its reference (`id="user-content-fn-jorunn"`, `href="#user-content-fnref-jorunn"`), where
 * anyone reading the page source or a link copied from it reads a name. The guard finds a label
 * that is a given name, and a name the post gives elsewhere; a name no lexicon knows
 * (`[^haldor]`) it could only guess at, and labels of words are common (`[^typosquatting]`,
 * `[^retention]`). So the public site never shows a label as written: each becomes the number of
 * its first use, before the renderer sees it. The reader sees the same numbers as before (the
 * renderer numbers footnotes by first reference whatever their labels).
 *
 * Positions come from the syntax tree, so a `[^label]` in code is left alone. Labels are matched
 * as the renderer matches them (case-insensitively).
 */
export function numberFootnoteLabels(source: string, isMdx: boolean): string {
  if (!source.includes('[^')) return source;
  const { body } = splitFrontmatter(source);
  const base = source.length - body.length;
  const numbers = new Map<string, number>();
  const places: { start: number; end: number; label: string }[] = [];
  visit(parseBodyTree(source, isMdx), (node) => {
    if (node.type !== 'footnoteReference' && node.type !== 'footnoteDefinition') return;
    const start = node.position?.start.offset;
    if (start === undefined) return;
    const written = /^\[\^([^\]\s]+)\]/.exec(body.slice(start));
    if (!written) return;
    const label = written[1].toLowerCase();
    // A reference numbers its footnote; a definition before any reference gets the next number too.
    if (!numbers.has(label) && node.type === 'footnoteReference') numbers.set(label, numbers.size + 1);
    places.push({ start: base + start + 2, end: base + start + 2 + written[1].length, label });
  });
  for (const { label } of places) if (!numbers.has(label)) numbers.set(label, numbers.size + 1);
  let numbered = source;
  for (const { start, end, label } of places.sort((a, b) => b.start - a.start)) numbered = numbered.slice(0, start) + String(numbers.get(label)) + numbered.slice(end);
  return numbered;
}
