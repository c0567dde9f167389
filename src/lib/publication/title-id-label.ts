/**
 * A report's own id opening a title as its label ("PM-001: Control plane node rename", "KB-002:
 * Models directory permission denied", "INC-42 – Checkout errors"). The guard finds the id as an
 * identifier or a ticket, and `npm run redact` replaced it where it stood: the public title read
 * "An internal system: an internal system plane node rename" (adoption rounds 57 and 58, a data
 * platform's PM-NNN post-mortems and a project's KB-NNN error records). As a label it says which
 * document this is, not what broke, and the public title goes without it: the id, its mark and
 * the space after are taken off, the words after it stay.
 */

/** `title:` (the post's, `public.title`, an action item's) and the opening quote of its value, nothing else before. */
const titleValueOpening = /^\s*title:\s*["']?$/;
/** An id: capitals (and digits), a dash, a number ("PM-001", "KB-002", "INC-2024-17"). */
const id = String.raw`\p{Lu}[\p{Lu}\d]*-\d+(?:-\d+)*`;
/** The mark after the id: a colon, a dash or a bar, then a space. */
const mark = String.raw`\s*(?::|[–—|]|\s-)\s+`;
const idShape = new RegExp(`^${id}$`, 'u');
const labelMark = new RegExp(`^${mark}`, 'u');
const labelClosing = new RegExp(`${id}${mark}$`, 'u');

/**
 * Where the label ends (after its mark and space) when `source.slice(start, end)` is an id opening
 * a frontmatter title's value and two words at least follow it; undefined otherwise.
 */
export function titleIdLabelEnd(source: string, start: number, end: number): number | undefined {
  if (!idShape.test(source.slice(start, end))) return undefined;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  if (!titleValueOpening.test(source.slice(lineStart, start))) return undefined;
  const marked = labelMark.exec(source.slice(end));
  if (!marked) return undefined;
  const lineEnd = source.indexOf('\n', end);
  const rest = source.slice(end + marked[0].length, lineEnd < 0 ? undefined : lineEnd);
  return (rest.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2 ? end + marked[0].length : undefined;
}

/** Whether the text before a place on its line is a title's `title:` and such a label: the words after it start the public title. */
export function followsTitleIdLabel(before: string): boolean {
  const label = labelClosing.exec(before);
  return !!label && titleValueOpening.test(before.slice(0, label.index));
}
