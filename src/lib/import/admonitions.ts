import { codeBlockLines } from './prose-lines.ts';

/**
 * Admonitions of two site generators, neither of whose syntax the site has: each becomes a quote
 * opening with its kind and title in bold (`> **Warning**`, `> **Tip: What went well**`), as
 * reStructuredText's admonitions are (src/lib/import/light-markup.ts); the words are unchanged.
 * Lines inside fenced code are left alone (src/lib/import/prose-lines.ts).
 */

/** The quote's first line: the kind as a word ("warning" → "Warning") and the title after it. */
function label(kind: string, title: string): string {
  const word = `${kind[0].toUpperCase()}${kind.slice(1).toLowerCase()}`;
  return `**${title ? `${word}: ${title}` : word}**`;
}

/**
 * Docusaurus writes admonitions as containers: `:::warning` (or `:::tip What went well`,
 * `:::note[Title]`) over its text, closed by `:::` (more colons to nest one in another). Imported
 * as they were (import round 34, a Docusaurus blog's incident post), the `:::` lines were shown as
 * text around the words. Containers of another name are left alone (Statusfy's `::: update …`,
 * read by src/lib/import/update-blocks.ts).
 */
/** The admonition kinds Docusaurus knows (`warning` since v3; `secondary`, `success` of v1-2's Infima). */
const docusaurusKinds = /^(note|tip|info|caution|danger|warning|important|success|secondary)$/i;
const docusaurusOpening = /^(\s{0,3})(:{3,})[ \t]*([A-Za-z]+)(?:\[([^\]]*)\]|[ \t]+(.*?))?[ \t]*(?:\{[^}]*\})?[ \t]*$/;

export function docusaurusAdmonitionsAsQuotes(markdown: string): { markdown: string; count: number } {
  const inCode = codeBlockLines();
  const out: string[] = [];
  let count = 0;
  // The open containers, innermost last: how many colons close each.
  const open: number[] = [];
  // The quote's label is followed by an empty quote line: the blank line written after `:::warning` would repeat it.
  let afterLabel = false;
  for (const line of markdown.split('\n')) {
    if (afterLabel && !line.trim()) {
      afterLabel = false;
      continue;
    }
    afterLabel = false;
    const prefix = '> '.repeat(open.length);
    if (!inCode(line)) {
      const start = docusaurusOpening.exec(line);
      if (start && docusaurusKinds.test(start[3])) {
        out.push(`${prefix}> ${label(start[3], (start[4] ?? start[5] ?? '').trim())}`, `${prefix}>`);
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

/**
 * MkDocs (Python-Markdown's admonition extension, Material's `???` folds) writes an admonition as
 * `!!! tip` or `!!! warning "Title"` over its text indented by four spaces. Imported as they were,
 * the `!!! tip` line was shown as text and the indented words as a code block (look round 42, a
 * Japanese translation of an incident-response guide). Python-Markdown also takes `!!!tip` with no
 * space (look round 43 met it); so written, a line is an admonition only with text indented under
 * it, so that prose such as "!!!Important" stays as written.
 */
const mkdocsOpening = /^(\?{3}\+?|!{3})([ \t]*)([A-Za-z][\w-]*)(?:[ \t]+[A-Za-z][\w-]*)*(?:[ \t]+"([^"]*)")?[ \t]*$/;
const indented = /^(?: {4}|\t)/;

export function mkdocsAdmonitionsAsQuotes(markdown: string): { markdown: string; count: number } {
  if (!/^(?:!!!|\?\?\?)/m.test(markdown)) return { markdown, count: 0 };
  const inCode = codeBlockLines();
  const lines = markdown.split('\n');
  const out: string[] = [];
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const start = inCode(line) ? null : mkdocsOpening.exec(line);
    if (!start) {
      out.push(line);
      continue;
    }
    // The admonition's text: the lines indented under it, blank lines between them included.
    let end = i + 1;
    for (let j = i + 1; j < lines.length; j++) {
      if (indented.test(lines[j])) end = j + 1;
      else if (lines[j].trim()) break;
    }
    const body = lines.slice(i + 1, end).map((l) => l.replace(indented, ''));
    while (body.length && !body[0].trim()) body.shift();
    if (!start[2] && !body.length) {
      out.push(line);
      continue;
    }
    out.push(`> ${label(start[3], (start[4] ?? '').trim())}`, ...(body.length ? ['>', ...body.map((l) => (l.trim() ? `> ${l}` : '>'))] : []));
    // A line right under the quote would be read as its lazy continuation: MkDocs ends the admonition there.
    if (lines[end]?.trim()) out.push('');
    count++;
    i = end - 1;
  }
  return { markdown: out.join('\n'), count };
}
