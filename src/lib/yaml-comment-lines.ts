/**
 * YAML text without its comments, for the search index (round 48, docs/findability.md). The
 * import keeps a report's own frontmatter as written in its "Imported metadata" section, comments
 * included, and a status page's template comments out what a notice is not about: every notice of
 * a cState page built from its template lists the services it did NOT affect as `#  - SMS-Service`,
 * and carries the template's instructions (`resolved: true ## einkommentieren, wenn …`). Indexed,
 * "sms" was held by 19 notices of which one was about the SMS service, and that one came fifth
 * for "sms service nicht erreichbar". A comment is no part of the data (YAML reads none of it).
 * Pure text rules, as src/lib/comment-in-value.ts: a line whose first character is `#` goes, and
 * so does ` #` to the end of a line after a plain (unquoted) value; the lines of a `|` or `>`
 * block are text, `#` included, and a value in quotes keeps its `#`.
 */
export function withoutYamlComments(yaml: string): string {
  let blockIndent: number | undefined;
  const kept: string[] = [];
  for (const line of yaml.split('\n')) {
    const indent = /^ */.exec(line)![0].length;
    if (blockIndent !== undefined && (!line.trim() || indent > blockIndent)) {
      kept.push(line);
      continue;
    }
    if (line.trimStart().startsWith('#')) continue;
    const withoutTrailing = /["']/.test(line) ? line : line.replace(/[ \t]+#.*$/, '');
    blockIndent = /:[ \t]*[|>][-+0-9]*[ \t]*$/.test(withoutTrailing) ? indent : undefined;
    kept.push(withoutTrailing);
  }
  return kept.join('\n');
}
