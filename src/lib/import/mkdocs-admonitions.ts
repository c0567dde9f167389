/**
 * MkDocs (Python-Markdown's admonition extension, Material's `???` folds) writes an admonition as
 * `!!! tip` or `!!! warning "Title"` over its text indented by four spaces. The site has no such
 * syntax: imported as they were, the `!!! tip` line was shown as text and the indented words as a
 * code block (look round 42, a Japanese translation of an incident-response guide). Each becomes a
 * quote opening with its kind and title in bold (`> **Tip**`, `> **Warning: Title**`), as
 * Docusaurus's containers are (src/lib/import/docusaurus-admonitions.ts); the words are unchanged.
 * Lines inside fenced code are left alone.
 */

const opening = /^(\?{3}\+?|!{3})[ \t]+([A-Za-z][\w-]*)(?:[ \t]+[A-Za-z][\w-]*)*(?:[ \t]+"([^"]*)")?[ \t]*$/;
const fence = /^\s{0,3}(`{3,}|~{3,})/;
const indented = /^(?: {4}|\t)/;

export function mkdocsAdmonitionsAsQuotes(markdown: string): { markdown: string; count: number } {
  if (!/^(?:!!!|\?\?\?)/m.test(markdown)) return { markdown, count: 0 };
  const lines = markdown.split('\n');
  const out: string[] = [];
  let count = 0;
  let inFence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fenced = fence.exec(line);
    if (fenced && (!inFence || fenced[1].startsWith(inFence))) inFence = inFence ? undefined : fenced[1][0].repeat(3);
    const start = inFence || fenced ? null : opening.exec(line);
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
    const kind = `${start[2][0].toUpperCase()}${start[2].slice(1).toLowerCase()}`;
    const title = (start[3] ?? '').trim();
    out.push(`> **${title ? `${kind}: ${title}` : kind}**`, ...(body.length ? ['>', ...body.map((l) => (l.trim() ? `> ${l}` : '>'))] : []));
    // A line right under the quote would be read as its lazy continuation: MkDocs ends the admonition there.
    if (lines[end]?.trim()) out.push('');
    count++;
    i = end - 1;
  }
  return { markdown: out.join('\n'), count };
}
