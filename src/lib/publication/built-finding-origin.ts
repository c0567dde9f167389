/**
 * Where a finding of the public build's scan of its built pages came from (adoption round 45).
 *
 * The build scans every built page, feed and sitemap again, as a second line of defence against
 * what templates add. A post's own text reaches those files too (its summary in `feed.xml` and on
 * the history page), but there the guard reads it without the post around it: a listed part that
 * the post shows as a component ("Kubernetes" of a listed "Kubernetes Submit Queue", beside the
 * post's "Kubernetes API" and "Kubernetes control plane") passed `npm run check` and stopped the
 * public build on `dist-public.staging/feed.xml`, naming neither the post nor the field.
 *
 * A built finding is traced back to the public text of the posts (each public field and the
 * public body, as `npm run check` scans them): where a post's public text holds it with the same
 * words around it, the text is that post's, which the scan of the sources already judged with the
 * whole post; where a post holds the words but not in this order, the finding is said at that post
 * and field; where no post holds them, a template or a setting wrote them.
 */

/** One public text of a post as `npm run check` scans it: a public field, or the public body. */
export interface PublicPiece {
  file: string;
  /** The file line the text starts at. */
  line: number;
  /** The frontmatter field (`public.summary`, `timeline.3.event`); none for the body. */
  field?: string;
  text: string;
}

/** A match on a built page with the page's text on either side of it (the same line). */
export interface BuiltMatch {
  before: string;
  text: string;
  after: string;
}

/** A public text of a post where a built match was found: the piece, and the file line of the match in it. */
export type PieceLine = PublicPiece & { matchLine: number };

/**
 * What a built finding is: `judged` (a post's public text holds it with the words around it: the
 * sources' scan read it in its post), `inPosts` (posts whose public text holds the words, the first
 * place in each), or `unknown` (no post's public text holds them: a template's or a setting's).
 */
export type BuiltFindingOrigin =
  | { kind: 'judged'; piece: PieceLine }
  | { kind: 'inPosts'; pieces: PieceLine[] }
  | { kind: 'unknown' };

/** Words, as both sides compare them: markup, punctuation and spacing differ between a source and its page. */
const wordPattern = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string): string[] => text.match(wordPattern) ?? [];
/** Where each word of {@link wordsOf} starts in the text. */
const wordStarts = (text: string): number[] => [...text.matchAll(wordPattern)].map((m) => m.index);

/**
 * Words on each side that must agree for a built match to be a post's own text, unless the post's
 * text or the page's line ends first (a summary ending on the word, a title of one word).
 */
const wordsAround = 3;

/**
 * Where one element of a built page ends and the next begins: the spaces the scan puts for the
 * tags between them (extractHtmlText), a line's end, or a data file's quote, bracket or bar.
 */
const elementBoundary = /\s{2,}|[\n<>|"{}[\]]/;

/** The page's words on one side of a match, read outwards, each with the page's text between it and the match. */
function pageSide(text: string, side: 'before' | 'after'): { words: string[]; gaps: string[] } {
  const found = [...text.matchAll(wordPattern)];
  const near = side === 'after' ? found.slice(0, wordsAround) : found.slice(-wordsAround).reverse();
  return {
    words: near.map((m) => m[0]),
    // gaps[k]: between the match and word k (k = 0: its neighbour), the text after the last word shared.
    gaps: near.map((m, k) => {
      const inner = k === 0 ? (side === 'after' ? 0 : text.length) : side === 'after' ? near[k - 1].index + near[k - 1][0].length : near[k - 1].index;
      return side === 'after' ? text.slice(inner, m.index) : text.slice(m.index + m[0].length, inner);
    }),
  };
}

/** Where `match` of a built page came from, among the public texts of the posts. */
export function builtFindingOrigin(match: BuiltMatch, pieces: readonly PublicPiece[]): BuiltFindingOrigin {
  const own = wordsOf(match.text);
  if (!own.length) return { kind: 'unknown' };
  const before = pageSide(match.before, 'before');
  const after = pageSide(match.after, 'after');
  const holding: PieceLine[] = [];
  for (const piece of pieces) {
    const words = wordsOf(piece.text);
    let first: number | undefined;
    for (let at = words.indexOf(own[0]); at !== -1; at = words.indexOf(own[0], at + 1)) {
      if (!own.every((word, k) => words[at + k] === word)) continue;
      first ??= at;
      if (agrees(before, words.slice(Math.max(0, at - wordsAround), at).reverse()) && agrees(after, words.slice(at + own.length, at + own.length + wordsAround))) {
        return { kind: 'judged', piece: { ...piece, matchLine: lineOfWord(piece, at) } };
      }
    }
    if (first !== undefined && !holding.some((other) => other.file === piece.file)) holding.push({ ...piece, matchLine: lineOfWord(piece, first) });
  }
  return holding.length ? { kind: 'inPosts', pieces: holding } : { kind: 'unknown' };
}

/**
 * The page's words next to the match agree with the post's, read outwards, until either runs out;
 * where the post's text ends first, the page's element ends there too (a post's one-word title is
 * not the word inside another sentence of the page).
 */
function agrees(page: { words: string[]; gaps: string[] }, post: readonly string[]): boolean {
  const shared = Math.min(page.words.length, post.length);
  if (!page.words.slice(0, shared).every((word, k) => word === post[k])) return false;
  return post.length >= page.words.length || elementBoundary.test(page.gaps[shared]);
}

/** The file line of a piece's word (a field's text is read as one line from its first). */
function lineOfWord(piece: PublicPiece, word: number): number {
  if (piece.field !== undefined) return piece.line;
  const start = wordStarts(piece.text)[word] ?? 0;
  return piece.line + (piece.text.slice(0, start).match(/\n/g)?.length ?? 0);
}
