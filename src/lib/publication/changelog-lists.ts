/**
 * A list of changes in release notes (round 25 of false positives, docs/redaction.md): items that
 * each end with the number of the issue or pull request they came from, "* Backport: Fix the
 * dashboard error (#2504) (#2662)", "- Orgs: fix the page title ([#1495](…))". The word before the
 * colon is the component the change touched, written as a chat line's speaker is, and the guard
 * read "Backport", "Orgs" and "Dockerfile" as people in every release post of a forge. A line said
 * in a chat ends with no such number, and a list of them has no run of items that do.
 *
 * Only the list's shape is read here; the caller keeps a known given name as the label a person
 * ("- Tove: fix the pool (#12)").
 */

/** An item's end: one or more references to an issue or a pull request, bare or linked. */
const endsWithReference = /(?:\(#\d+\)|\[#\d+\]\([^)\s]*\)|\(\[#\d+\]\([^)\s]*\)\)|(?<![\w&])#\d+)(?:[\s,]*(?:\(#\d+\)|\[#\d+\]\([^)\s]*\)|\(\[#\d+\]\([^)\s]*\)\)))*[\s.]*$/;
const listItem = /^(\s*)(?:[-*+]|\d+[.)])\s/;

/**
 * Whether line `i` is an item of a list of changes: it and at least two other items of its list
 * (same indent, in one paragraph: a blank line or a shallower item ends it) end with references.
 */
export function inChangelogList(lines: readonly string[], i: number): boolean {
  const item = listItem.exec(lines[i]);
  if (!item || !endsWithReference.test(lines[i])) return false;
  const indent = item[1].length;
  let like = 0;
  for (const step of [-1, 1]) {
    for (let k = i + step; k >= 0 && k < lines.length && lines[k].trim(); k += step) {
      const sibling = listItem.exec(lines[k]);
      if (!sibling) continue;
      if (sibling[1].length < indent) break;
      if (sibling[1].length > indent) continue;
      if (endsWithReference.test(lines[k]) && ++like >= 2) return true;
    }
  }
  return false;
}
