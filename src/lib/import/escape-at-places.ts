/**
 * A backslash before `opening` (`[`, `[^`) at each place of a body (1-based line and column, as
 * the Markdown checks report them), where the text there, or within `reach` characters after it,
 * starts with `opening`: the bracket is then text, as the report's own page showed it. Applied
 * from the end, so earlier offsets stay right. Returns the body and how many were escaped.
 */
export function escapeOpeningsAt(body: string, places: readonly { line: number; column: number }[], opening: string, reach = 0): { body: string; escaped: number } {
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const offsets = [...new Set(places.map((p) => lineStarts[p.line - 1] + p.column - 1))].sort((a, b) => b - a);
  let out = body;
  let escaped = 0;
  for (const offset of offsets) {
    const at = out.indexOf(opening, offset);
    if (at < 0 || at > offset + reach) continue;
    out = `${out.slice(0, at)}\\${out.slice(at)}`;
    escaped++;
  }
  return { body: out, escaped };
}
