import { isInsideFence, type FencedBlock } from './fenced-blocks.ts';

/**
 * A fix `npm run redact` wrote into a heading of an `.mdx` body (`## Call with <Internal>Ana
 * Lopez</Internal><PublicOnly>an engineer</PublicOnly>`) is written as a heading for each site
 * instead, each in its own block on lines of their own, the form `npm run check`'s
 * `mdx/variant-placement` asks for: the internal block keeps the heading as written, the public
 * one reads it with each fix's public words. Adoption round 62: 16 of a Turkish runbook walk's
 * check warnings were components `npm run redact` itself had put into headings, and the adopter
 * was left to rewrite each by hand (round 62 tried replacing the words in the heading instead,
 * which took the name from the internal site too). Pure: no Astro, no file system.
 */
export interface HeadingEdit {
  start: number;
  end: number;
  text: string;
}

/** A Markdown heading's line (`## Cause`), as CommonMark opens one: up to three spaces, one to six `#`, a space or the line's end. */
const atxHeadingLine = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** The public site's reading of a fix: its `<Internal>` parts left out, its `<PublicOnly>` words kept. */
export function publicReadingOf(text: string): string {
  if (!text.includes('<Internal>') && !text.includes('<PublicOnly>')) return text;
  return text.replace(/<Internal>[\s\S]*?<\/Internal>/g, '').replace(/<PublicOnly>([\s\S]*?)<\/PublicOnly>/g, '$1');
}

/**
 * The edits with every fix that wrote a component into a heading line of the body (outside fenced
 * code) merged into one edit of that whole line: `<Internal>` over the heading as written, then
 * `<PublicOnly>` over the heading with each fix's public words, a blank line kept on each side so
 * the blocks are read as blocks. A heading whose public reading would have no words keeps its
 * fixes as they were (the check's other advice, the words under the heading, is the author's).
 * `merge` builds the merged edit from the line's edits (they keep what the caller tracks of them).
 */
export function headingVariantEdits<E extends HeadingEdit>(source: string, edits: readonly E[], bodyStart: number, fences: readonly FencedBlock[], merge: (line: { start: number; end: number; text: string }, members: E[]) => E): E[] {
  const byLine = new Map<number, E[]>();
  const others: E[] = [];
  for (const edit of edits) {
    const lineStart = source.lastIndexOf('\n', edit.start - 1) + 1;
    const lineEnd = source.indexOf('\n', edit.start) === -1 ? source.length : source.indexOf('\n', edit.start);
    const writesComponent = edit.text.includes('<Internal>') || edit.text.includes('<PublicOnly>');
    if (!writesComponent || edit.start < bodyStart || edit.end > lineEnd || isInsideFence(fences, edit.start) || !atxHeadingLine.test(source.slice(lineStart, lineEnd))) {
      others.push(edit);
      continue;
    }
    const group = byLine.get(lineStart) ?? [];
    group.push(edit);
    byLine.set(lineStart, group);
  }
  for (const [lineStart, group] of byLine) {
    const lineEnd = source.indexOf('\n', lineStart) === -1 ? source.length : source.indexOf('\n', lineStart);
    const heading = source.slice(lineStart, lineEnd);
    let publicHeading = heading;
    for (const edit of [...group].sort((a, b) => b.start - a.start)) {
      publicHeading = publicHeading.slice(0, edit.start - lineStart) + publicReadingOf(edit.text) + publicHeading.slice(edit.end - lineStart);
    }
    if (!/[\p{L}\p{N}]/u.test(publicHeading.replace(atxHeadingLine, ''))) {
      others.push(...group);
      continue;
    }
    const blankBefore = lineStart === bodyStart || /\n[ \t]*\n$/.test(source.slice(Math.max(0, lineStart - 2), lineStart)) || lineStart === 0;
    const after = source.slice(lineEnd, source.indexOf('\n', lineEnd + 1) === -1 ? source.length : source.indexOf('\n', lineEnd + 1));
    const blankAfter = lineEnd >= source.length || /^\n[ \t]*$/.test(after);
    const text = `${blankBefore ? '' : '\n'}<Internal>\n${heading}\n</Internal>\n<PublicOnly>\n${publicHeading}\n</PublicOnly>${blankAfter ? '' : '\n'}`;
    others.push(merge({ start: lineStart, end: lineEnd, text }, group));
  }
  return others.sort((a, b) => a.start - b.start);
}

/** Whether a fix's text is a heading for each site as `headingVariantEdits` writes it. */
export function isHeadingForEachSite(text: string): boolean {
  return /^\n?<Internal>\n {0,3}#{1,6}[ \t][^\n]*\n<\/Internal>\n<PublicOnly>\n/.test(text);
}

/** What `npm run redact` says of the headings it wrote for each site, or undefined where it wrote none. */
export function headingsForEachSiteNote(file: string, afters: readonly string[]): string | undefined {
  const count = new Set(afters.filter(isHeadingForEachSite)).size;
  if (!count) return undefined;
  return `${file}: ${count} heading(s) named what the public site must not: each is now a heading for each site, <Internal> over the heading as written and <PublicOnly> over the heading with the public words (the form npm run check asks for); reword the public heading if it reads badly.`;
}
