/**
 * Nikola, a static blog generator, keeps a Markdown post's metadata in an HTML comment at its top,
 * one `.. name: value` line each (MATE's blog: `<!--`, `.. title: Server Outage`, `.. date:
 * 2016-12-22 01:00:00`, `.. author: …`, `-->`). Read as a comment, it was kept in the draft's body
 * as an MDX comment: the title and day unread, and the author's name, which the redaction guard
 * scans in comments too (fail closed), held the public post with a finding `npm run redact` cannot
 * fix inside a comment ("would leave a body that does not parse"). Made YAML frontmatter here, it
 * is read as any report's (title, date, tags) and kept as written under "Imported metadata",
 * inside `<Internal>`, where no public post shows it. Its lines as written are YAML comments above
 * the fields, as reStructuredText's metadata is kept; a field left empty (`.. link:`) is not one.
 */
const metadataComment = /^(?:[ \t]*\n)*<!--[ \t]*\n((?:[ \t]*\.\.[ \t]+[A-Za-z][\w-]*:.*\n)+)[ \t]*-->[ \t]*(?:\n|$)/;
const metadataLine = /^[ \t]*\.\.[ \t]+([A-Za-z][\w-]*):[ \t]*(.*?)[ \t]*$/;

/** `text` with a leading Nikola metadata comment made YAML frontmatter; undefined when it opens with none (or with no title or date in it). */
export function nikolaMetadataAsFrontmatter(text: string): string | undefined {
  const comment = metadataComment.exec(text);
  if (!comment) return undefined;
  const lines = comment[1].trimEnd().split('\n');
  const fields = metadataFields(lines);
  if (!fields) return undefined;
  const yaml = [...lines.map((line) => `# ${line.trim()}`), ...fields.map(([name, value]) => `${name}: ${JSON.stringify(value)}`)].join('\n');
  return `---\n${yaml}\n---\n${text.slice(comment[0].length)}`;
}

/** The fields of Nikola's metadata lines, a field left empty (`.. link:`) no field; undefined when they name neither a title nor a date. */
function metadataFields(lines: string[]): (readonly [string, string])[] | undefined {
  const fields = lines.map((line) => metadataLine.exec(line)!).filter((m) => m[2]).map((m) => [m[1].toLowerCase(), m[2]] as const);
  return fields.some(([name]) => name === 'title' || name === 'date') ? fields : undefined;
}

/**
 * A reStructuredText post of Nikola's opens with the same `.. name: value` lines, bare: there they
 * are comments of the markup (srcco.de's `.. title: Black Swan`, `.. date: 2019/01/08 22:46:00`,
 * `.. tags: incidents`), which the import kept as MDX comments, the title and day unread (the
 * draft was titled by its file name, "black swan"). The fields of the lines from `start`, and
 * where they end; undefined when the text there is no such run or names neither a title nor a
 * date. A directive (`.. note::`) and a link target (`.. _name: https://…`) are none.
 */
export function nikolaRstMetadata(lines: string[], start: number): { fields: (readonly [string, string])[]; end: number } | undefined {
  let end = start;
  while (end < lines.length && metadataLine.test(lines[end]) && !/^\s*\.\.\s+[\w-]+::/.test(lines[end])) end++;
  const fields = end > start ? metadataFields(lines.slice(start, end)) : undefined;
  return fields ? { fields, end } : undefined;
}
