/**
 * Whether a table cell under a header of people is a list of names or a sentence (round 25 of
 * false positives, docs/redaction.md). A cell listing people ("charles, stephane, christian",
 * "Tove Lindqvist and Ines") makes every word of it a name once one is; a project's description
 * in a "Name" column ("**ccls** is a C/C++/ObjC language server supporting cross references,
 * hierarchies, completion and semantic highlighting.") has commas too, and every word of it ("is",
 * "server", "completion") was read as a person. A list's items are names: at most three words
 * each; a sentence has longer stretches between its commas.
 */
const separator = /[,;&/]|\band\b/;

export function isListOfShortItems(cell: string): boolean {
  return cell.split(separator).every((item) => item.trim().split(/\s+/).filter(Boolean).length <= 3);
}
