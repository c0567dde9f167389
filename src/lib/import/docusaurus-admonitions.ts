/**
 * Docusaurus writes admonitions as containers: `:::warning` (or `:::tip What went well`,
 * `:::note[Title]`) over its text, closed by `:::` (more colons to nest one in another). The site
 * has no such syntax: imported as they were (import round 34, a Docusaurus blog's incident post),
 * the `:::` lines were shown as text around the words. Each becomes a quote opening with its kind
 * and title in bold (`> **Warning**`, `> **Tip: What went well**`), as reStructuredText's
 * admonitions are (src/lib/import/light-markup.ts); the words are unchanged. Lines inside fenced
 * code are left alone, and so are containers of another name (Statusfy's `::: update …`, read by
 * src/lib/import/update-blocks.ts).
 */

/** The admonition kinds Docusaurus knows (`warning` since v3; `secondary`, `success` of v1-2's Infima). */
const kinds = /^(note|tip|info|caution|danger|warning|important|success|secondary)$/i;
const opening = /^(\s{0,3})(:{3,})[ \t]*([A-Za-z]+)(?:\[([^\]]*)\]|[ \t]+(.*?))?[ \t]*(?:\{[^}]*\})?[ \t]*$/;
const fence = /^\s{0,3}(`{3,}|~{3,})/;

export function docusaurusAdmonitionsAsQuotes(markdown: string): { markdown: string; count: number } {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let count = 0;
  let inFence: string | undefined;
  // The open containers, innermost last: how many colons close each.
  const open: number[] = [];
  // The quote's label is followed by an empty quote line: the blank line written after `:::warning` would repeat it.
  let afterLabel = false;
  for (const line of lines) {
    if (afterLabel && !line.trim()) {
      afterLabel = false;
      continue;
    }
    afterLabel = false;
    const fenced = fence.exec(line);
    if (fenced && (!inFence || fenced[1].startsWith(inFence))) inFence = inFence ? undefined : fenced[1][0].repeat(3);
    const prefix = '> '.repeat(open.length);
    if (!inFence && !fenced) {
      const start = opening.exec(line);
      if (start && kinds.test(start[3])) {
        const kind = `${start[3][0].toUpperCase()}${start[3].slice(1).toLowerCase()}`;
        const title = (start[4] ?? start[5] ?? '').trim();
        out.push(`${prefix}> **${title ? `${kind}: ${title}` : kind}**`, `${prefix}>`);
        open.push(start[2].length);
        count++;
        afterLabel = true;
        continue;
      }
      const close = /^\s{0,3}(:{3,})\s*$/.exec(line);
      if (close && open.length && close[1].length >= open[open.length - 1]) {
        open.pop();
        continue;
      }
    }
    out.push(!open.length ? line : line.trim() ? `${prefix}${line}` : prefix.trimEnd());
  }
  // An admonition never closed: its quote runs to the end of the text, as Docusaurus shows it.
  return { markdown: out.join('\n'), count };
}
