import type { Root } from 'mdast';

/**
 * The headings of `body` whose section the public cut leaves without a word because it emptied
 * list items there: every character of the section that is not white space lies in `cuts`, in
 * `emptiedItems` (list items the cut leaves without words, which go whole) or under a heading found
 * empty here, and at least one emptied item is in it. A "## Thanks" over a list of names each in
 * `<Internal>` (as `npm run redact` wraps them) read as a heading over nothing on the public post
 * (session 30, ui32): the author never chose to publish an empty section, the item-by-item cut
 * made it. A heading over an `<Internal>` block stays: the author could have put the heading in
 * the block, and every public word an author wrote around blocks is published. A section the
 * author left empty has nothing removed and stays. A section runs to the next heading of its level
 * or above; headings are decided last to first, so a section whose subsections all went goes too.
 * Returns each heading's [start, end) offsets in `body`.
 */
export function headingsLeftEmpty(tree: Root, body: string, cuts: readonly [number, number][], emptiedItems: readonly [number, number][]): [number, number][] {
  const headings = tree.children.flatMap((node) => node.type === 'heading' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined
    ? [{ depth: node.depth, start: node.position.start.offset, end: node.position.end.offset }] : []);
  const empty: [number, number][] = [];
  for (let i = headings.length - 1; i >= 0; i--) {
    const heading = headings[i];
    const next = headings.slice(i + 1).find((later) => later.depth <= heading.depth);
    const sectionEnd = next?.start ?? body.length;
    const covered = [...cuts, ...emptiedItems, ...empty];
    let hadWords = false;
    let itemEmptied = false;
    let leftWords = false;
    for (let at = heading.end; at < sectionEnd && !leftWords; at++) {
      if (/\s/.test(body[at])) continue;
      hadWords = true;
      const inside = covered.find(([from, to]) => at >= from && at < to);
      if (inside) {
        itemEmptied ||= emptiedItems.includes(inside) || empty.includes(inside);
        at = inside[1] - 1;
      }
      else leftWords = true;
    }
    if (hadWords && !leftWords && itemEmptied && !cuts.some(([from, to]) => heading.start >= from && heading.start < to)) empty.push([heading.start, heading.end]);
  }
  return empty.reverse();
}
