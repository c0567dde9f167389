/**
 * A report's id opening a frontmatter value before the title's words ("KB-002: Models directory
 * permission denied", "PM-2026-042: ステージング …", "INC-1234 - Database failover"), as teams
 * number their error records and post-mortems (false positives round 58, docs/redaction.md). The
 * guard holds the id (an identifier's or a ticket's shape), and `npm run redact` wrote its stand-in
 * where it stood: the public title read "An internal system: Models directory …", which says no
 * system, and on the next run the guard read the stand-in itself as a system the post names
 * ("an internal system: Script" is "the internal tool Hermes"'s shape), so every capitalised word
 * of the title became "an internal system" too. An id is a label, as "Postmortem:" is
 * (publishable-title.ts takes that off): it is taken off with its separator, and the title's
 * first word capitalised where it is a word. Only an id's shape (letters, a dash or none, digits: `KB-002`,
 * `TASK-2026-0204-001`, `INC1234`) at a value's start with words after a separator; a system's
 * name opening a title ("Zarnith: outage") keeps its stand-in.
 */

/** Letters, then digits in dashed groups: the ids teams number records with. */
const reportId = /^[A-Z][A-Z]{0,9}[-_]?\d+(?:[-_]\d+)*$/;
/** A YAML key and the value's opening quote, if any, before the id (a key of a nested map too: `  title: `). */
const valueOpening = /^[ \t]*[\w.-]+:[ \t]+["']?$/;
/** The separator after the id, then the title's first character. */
const separatorThenTitle = /^(?:[ \t]*[:：][ \t]*|[ \t]+[-–—|][ \t]+)(?=[^\s"'])/u;

/**
 * The edit that takes a report id at [start, end) off a frontmatter value with its separator,
 * capitalising the word after it where no other finding starts there (`isFoundAt`), as
 * `{ start, end, text }`; undefined where [start, end) is no report id opening a frontmatter
 * line's value with a title after it.
 */
export function leadingReportIdEdit(source: string, start: number, end: number, isFoundAt: (offset: number) => boolean): { start: number; end: number; text: string } | undefined {
  if (!reportId.test(source.slice(start, end))) return undefined;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  if (!valueOpening.test(source.slice(lineStart, start))) return undefined;
  const separator = separatorThenTitle.exec(source.slice(end, end + 8));
  if (!separator) return undefined;
  const first = end + separator[0].length;
  // A word opening the title takes a capital; a file's or a model's name keeps its letters
  // ("security.sh Bash syntax error", "qwen3:30b context"), and so does a word another finding
  // starts at: the edits of one place are one, and a name's own fix must not be dropped for it.
  const lineEnd = source.indexOf('\n', first);
  const word = /^\p{Ll}\p{L}*(?=[\s,;]|$)/u.exec(source.slice(first, lineEnd < 0 ? source.length : lineEnd));
  if (!word || isFoundAt(first)) return { start, end: first, text: '' };
  return { start, end: first + 1, text: source[first].toUpperCase() };
}

/** A report id and its separator closing the text before a place, after a value's opening. */
const idLabelClosing = /(?:^|[\s"'])([A-Z][A-Z]{0,9}[-_]?\d+(?:[-_]\d+)*)(?:[ \t]*[:：][ \t]*|[ \t]+[-–—|][ \t]+)$/;

/**
 * Whether the text before a place on its frontmatter line is a value's opening and a report id with
 * its separator (`title: "PM-001: `): the id goes (leadingReportIdEdit), so the words at that place
 * open the value, and a stand-in written there takes a capital ("An engineer restarted the ledger",
 * adoption round 58).
 */
export function followsLeadingReportId(before: string): boolean {
  const label = idLabelClosing.exec(before);
  if (!label) return false;
  const idStart = label.index + label[0].indexOf(label[1]);
  return valueOpening.test(before.slice(0, idStart));
}

