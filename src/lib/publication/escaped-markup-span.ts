/**
 * A span `<Internal>` wraps, grown over the Markdown escapes at its edges. Google Docs' Markdown
 * export escapes `#`, `[` and `]` in prose ("a message to the \#incidents channel", a ticket cell
 * "\[[OPS-12](…)\] Status: Done"): wrapped from the `#` or the link, the backslash stayed outside
 * and escaped the tag itself (`\<Internal>`), the body no longer parsed, and `npm run redact` left
 * every such channel and ticket to the author (5 of a status collection's 7 reports held, adoption
 * walkthrough round 40). The escape goes inside with what it escapes, and an escaped closing
 * bracket that pairs with an escaped opening one the span now starts with goes too.
 */
export function escapeAwareSpan(source: string, start: number, end: number): [number, number] {
  let backslashes = 0;
  while (source[start - 1 - backslashes] === '\\') backslashes++;
  if (backslashes % 2 === 1) start -= 1;
  const closing = { '\\[': '\\]', '\\(': '\\)' }[source.slice(start, start + 2)];
  if (closing && source.slice(end, end + 2) === closing) end += 2;
  return [start, end];
}
