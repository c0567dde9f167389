/**
 * A run of names that `npm run redact` replaces one by one ("by `@a`, `@b`, `@c`, and `@d`",
 * "Ilsa and Dagfinn noticed") read as a run of the same phrase on the public page: "the responsible
 * team, the responsible team, …", "An engineer and an engineer noticed" (session 28). A run of
 * edits that each write the same phrase, with nothing but a comma, "and", "or" or "&" between
 * them, becomes one edit writing the phrase once, in the plural where it counts ("Two engineers
 * noticed"; "the responsible team" is one team however many handles it stands for).
 */

/** What one edit writes in the source. */
export interface RunEdit {
  start: number;
  end: number;
  text: string;
}

/** A comma, "and", "or", "&", or a comma and one of them, between two names of a list; since probe round 36 a "+" or a slash ("Tavish + Oriana", "Tavish/Oriana"). */
const joiner = /^(?:[ \t]*,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[ \t]*\+[ \t]*|\/)$/i;
/** `<Internal>…</Internal>` and, after it, the phrase the public page reads in `<PublicOnly>`. */
export const wrapped = /^<Internal>[\s\S]*<\/Internal><PublicOnly>([^<]+)<\/PublicOnly>$/;
const countWords = ['', '', 'two', 'three', 'four', 'five'];

/** The phrase an edit puts before a public reader, and whether it is wrapped; undefined when it writes none. */
function phraseOf(text: string): { phrase: string; wrapped: boolean } | undefined {
  const m = wrapped.exec(text);
  if (m) return { phrase: m[1], wrapped: true };
  if (text.includes('<') || !/^\p{L}/u.test(text)) return undefined;
  return { phrase: text, wrapped: false };
}

/**
 * `phrase` for `count` of what it names: "an engineer" → "two engineers" (more than five:
 * "engineers"); a phrase with "the" ("the responsible team", "the incident channel") already names
 * one whole and stays; anything else stays as it is. A capital at the start is kept.
 */
export function phraseForMany(phrase: string, count: number): string {
  const m = /^(an?)[ \t]+(\p{L}[\p{L} -]*\p{L})$/iu.exec(phrase);
  if (!m) return phrase;
  const plural = `${countWords[count] ?? ''} ${m[2].replace(/(?:s|x|sh|ch)$/, '$&e')}s`.trim();
  return /^\p{Lu}/u.test(m[1]) ? plural[0].toUpperCase() + plural.slice(1) : plural;
}

/**
 * `edits` (sorted by start, none overlapping) with every run of two or more edits writing the same
 * phrase in the same way (both wrapped or both plain), joined by {@link joiner}, made one: a
 * wrapped run becomes one `<Internal>` around the whole list with one phrase after it. Each
 * edit left says which of `edits` it stands for (`members`), so every finding is still reported.
 */
export function mergeReplacementRuns<E extends RunEdit>(source: string, edits: readonly E[]): (E & { members: E[] })[] {
  const merged: (E & { members: E[] })[] = [];
  for (let i = 0; i < edits.length;) {
    const first = phraseOf(edits[i].text);
    let j = i + 1;
    while (first && j < edits.length) {
      const next = phraseOf(edits[j].text);
      if (!next || next.wrapped !== first.wrapped || next.phrase.toLowerCase() !== first.phrase.toLowerCase()) break;
      if (!joiner.test(source.slice(edits[j - 1].end, edits[j].start))) break;
      j++;
    }
    if (!first || j - i < 2) {
      merged.push({ ...edits[i], members: [edits[i]] });
      i++;
      continue;
    }
    const start = edits[i].start;
    const end = edits[j - 1].end;
    const phrase = phraseForMany(first.phrase, j - i);
    merged.push({ ...edits[i], members: edits.slice(i, j), start, end, text: first.wrapped ? `<Internal>${source.slice(start, end)}</Internal><PublicOnly>${phrase}</PublicOnly>` : phrase });
    i = j;
  }
  return merged;
}
