/**
 * The words inside `<PublicOnly>…</PublicOnly>` in a post's body: what only the public page shows.
 * `npm run redact` writes them (a link's kept words, a role in place of a name), and a later round
 * may find a name inside them that the first round did not (a name found only once the link's
 * address had gone; adoption round 50). Wrapped there in `<Internal>`, a name is shown on neither
 * site and the post is held (`mdx/shown-nowhere`); the internal site has the original beside it, so
 * inside these spans a fix replaces, as in a `.md` post (adoption round 51).
 */
const publicOnlyElement = /<PublicOnly>([\s\S]*?)<\/PublicOnly>/g;

/** Each span of words inside a `<PublicOnly>` element from `from` on, as [start, end) of the source. */
export function publicOnlySpans(source: string, from: number): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  publicOnlyElement.lastIndex = from;
  for (let m = publicOnlyElement.exec(source); m; m = publicOnlyElement.exec(source)) {
    const start = m.index + '<PublicOnly>'.length;
    spans.push([start, start + m[1].length]);
  }
  return spans;
}

/** Whether [start, end) lies inside one of `spans`. */
export function isInsideSpans(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  return spans.some(([a, b]) => a <= start && end <= b);
}
