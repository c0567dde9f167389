/**
 * A status page's HTML written a sentence a line, in a folded YAML scalar (`content: >`): "… to Red
 * Hat Enterprise Linux 8.8" over "This is primarily …", or a heading-like first line ("Problems with
 * scratch performance") over the text. Folding joins the lines with a space, and HTML shows them as
 * one paragraph: the line without a full stop ran into the next ("… Linux 8.8 This is …"), in the
 * summary too (import round 26, vsc-status). Read from the scalar written literally, such a line
 * ends its paragraph.
 */

/** Words a line ends with when its sentence goes on: "… and all" over "nodes will …". */
const continuing = /(?:^|\s)(?:a|an|the|of|to|in|on|at|for|with|and|or|but|by|from|as|is|are|was|were|be|will|that|this|which|we|our|your|its|their|not|no)$/i;

/**
 * The lines of `text` (a folded scalar's lines, as written) joined as folding joins them, except a
 * line of six words or more that ends no sentence mark and is followed by a whole sentence, in an HTML
 * paragraph written a sentence a line: there the paragraph is closed and another opened. A
 * paragraph whose lines are wrapped (a line going on in lower case) is left as folding joins it.
 */
export function htmlWithLineSentences(lines: string[]): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (!paragraph.length) return;
    const wrapped = paragraph.some((line, i) => i > 0 && /^\p{Ll}/u.test(line));
    out.push(paragraph.map((line, i) => {
      const next = paragraph[i + 1];
      // A sentence on each side: a line of six words or more, and a next line that is a whole
      // sentence ("This is primarily … system."), not the rest of a wrapped one ("Tier-2 clusters …:",
      // "CEST") nor a stamp ("Update 1/07/2026 10:00").
      const ends = !wrapped && next !== undefined && /[\p{L}\d]$/u.test(line) && line.split(/\s+/).length >= 6 && !continuing.test(line)
        && /^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(next) && /[.!?]$/.test(next) && !/</.test(line + next);
      return ends ? `${line}</p>\n<p>` : `${line}${next === undefined ? '' : ' '}`;
    }).join(''));
    paragraph = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    // Only the plain lines inside a paragraph count: a tag on its own line opens or closes one.
    if (!line || /^</.test(line) || /[>]$/.test(line)) { flush(); out.push(line); continue; }
    paragraph.push(line);
  }
  flush();
  return out.filter(Boolean).join('\n');
}

/**
 * The lines of the folded scalar `key: >` in `yaml` (its raw text), as written, or undefined when
 * `key` is no folded scalar there.
 */
export function foldedScalarLines(yaml: string, key: string): string[] | undefined {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((line) => new RegExp(`^(\\s*)${key}:\\s*>[-+]?\\s*$`).test(line));
  if (start < 0) return undefined;
  const indent = /^\s*/.exec(lines[start])![0].length;
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() && /^\s*/.exec(line)![0].length <= indent) break;
    block.push(line);
  }
  return block;
}
