import { markdownTable } from './light-markup.ts';
import { keptAsComment } from './kept-comment.ts';

/**
 * An AsciiDoc report (`.adoc`) made Markdown in its marks only, so that its title, day, summary,
 * timeline and follow-ups are found; every word stays. Import round 36 measured two real AsciiDoc
 * posts (a project's blog, Awestruct/Jekyll style) and found, besides the headings, lists and code
 * blocks read since round 7:
 *
 * - their YAML front matter (`---` … `---`, some keys written as AsciiDoc attributes, `:title:`) was
 *   read as text: the title came from the file name and the fields were shown in the body;
 * - `link:https://…[words]` stayed as written, so a follow-up's title carried the address and its
 *   `link` field was cut at the first space ("https://github.com/x[Puppet-driven");
 * - an admonition block (`[NOTE]` over `====` … `====`) became two Markdown headings: `====` under
 *   a line is a setext underline, so "[NOTE]" and the block's last line were shown as headings;
 * - `*bold*` (AsciiDoc's strong) was Markdown's emphasis.
 *
 * Now the front matter (and a document header's `:name: value` attributes) is the report's
 * metadata, links and cross references are Markdown's, admonitions are quotes opening with their
 * kind in bold (as reStructuredText's and Docusaurus's are), example, sidebar and quote blocks are
 * quotes, `|===` tables are Markdown tables, and `*strong*` is `**strong**`.
 */

/** The admonition kinds AsciiDoc knows: `NOTE:` opening a paragraph, `[NOTE]` over a block. */
const admonitionKind = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION)$/;
/** `----` listing and `....` literal blocks: code, kept byte for byte. */
const codeDelimiter = /^(-{4,}|\.{4,})\s*$/;
/** `====` example, `****` sidebar and `____` quote blocks: their text is the report's, shown as a quote. */
const quoteDelimiter = /^(={4,}|\*{4,}|_{4,})\s*$/;
/** A block's attribute line (`[NOTE]`, `[source,shell]`, `[cols="1,3",options="header"]`); `[[anchor]]` is an anchor. */
const attributeLine = /^\[(?!\[)([^\]]*)\]\s*$/;
const anchorLine = /^\[\[[^\]]*\]\]\s*$/;

/** A report in AsciiDoc as Markdown, its front matter or header attributes as YAML front matter. */
export function asciidocToMarkdown(text: string): string {
  const { frontmatter, body } = asciidocMetadata(text);
  return `${frontmatter}${asciidocBodyToMarkdown(body)}`;
}

/**
 * The report's metadata as a YAML front matter block: its own (`---` … `---` at the top, keys
 * written `:title:` read as `title:`), or the `:name: value` attributes of its document header (the
 * lines right under `= Title`), `:revdate:` as `date` and Antora's `:page-tags:` as `tags`.
 */
function asciidocMetadata(text: string): { frontmatter: string; body: string } {
  const fence = /^(?:[ \t]*\n)*---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (fence) {
    const yaml = fence[1].replace(/^:([A-Za-z][\w-]*):(?=\s|$)/gm, '$1:');
    return { frontmatter: `---\n${yaml}\n---\n`, body: text.slice(fence[0].length) };
  }
  const lines = text.split('\n');
  const titleAt = lines.findIndex((line) => line.trim() !== '' && !/^\/\//.test(line));
  if (titleAt < 0 || !/^=\s+\S/.test(lines[titleAt])) return { frontmatter: '', body: text };
  /** Each header line read as metadata: its name, value and the line as written. */
  const attributes: [string, string, string][] = [];
  const kept: string[] = [];
  let end = titleAt + 1;
  // The header's lines below the title: its author line, then its revision line (AsciiDoc's
  // header), and attributes; a comment line is kept in the body, where it becomes a comment.
  const headerLines = ['author', 'revision'];
  for (; end < lines.length && lines[end].trim() !== ''; end++) {
    const attribute = /^:([A-Za-z][\w-]*):(?:\s+(.*))?$/.exec(lines[end]);
    if (attribute) attributes.push([attribute[1], (attribute[2] ?? '').trim(), lines[end]]);
    else if (!/^\/\//.test(lines[end]) && !attributes.some(([, , written]) => written.startsWith(':')) && headerLines.length) attributes.push([headerLines.shift()!, lines[end].trim(), lines[end]]);
    else kept.push(lines[end]);
  }
  if (!attributes.length) return { frontmatter: '', body: text };
  const key = (name: string) => (name === 'revdate' ? 'date' : name.replace(/^page-/, ''));
  // The attribute lines as written, kept above their YAML as comments ("Imported metadata" shows both), as reStructuredText's field lists are.
  const written = attributes.map(([, , line]) => `# ${line}`);
  const yaml = [...written, ...attributes.map(([name, value]) => `${key(name)}: ${JSON.stringify(key(name) === 'tags' ? value.split(/\s*,\s*/).filter(Boolean) : value)}`)].join('\n');
  return { frontmatter: `---\n${yaml}\n---\n`, body: [...lines.slice(0, titleAt + 1), ...kept, ...lines.slice(end)].join('\n') };
}

/** `= Title`, `== Section`; code blocks; nested and numbered lists; admonitions, example blocks and tables. */
function asciidocBodyToMarkdown(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let code: string | undefined;
  // The open quote blocks, innermost last: the delimiter that closes each.
  const quotes: string[] = [];
  // An admonition written `NOTE: …` or `[NOTE]` over a paragraph: quoted to the paragraph's end.
  let paragraphQuote = false;
  // The depth of the last section heading: a block's title (`.Timeline` over a table) is a heading below it.
  let sectionDepth = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const prefix = '> '.repeat(quotes.length + (paragraphQuote ? 1 : 0));
    const push = (converted: string) => out.push(converted ? `${prefix}${converted}` : prefix.trimEnd());
    if (code) {
      if (line.trim() === code) { code = undefined; push('```'); } else push(line);
      continue;
    }
    if (paragraphQuote && !line.trim()) { paragraphQuote = false; out.push(''); continue; }
    // A comment block (`////` … `////`) and a comment line (`// words`): never shown by AsciiDoc;
    // kept out of sight (keptAsComment), not as text a public post made of the draft would show.
    if (/^\/{4,}\s*$/.test(line)) {
      const end = lines.findIndex((candidate, j) => j > i && candidate.trim() === line.trim());
      const last = end < 0 ? lines.length : end;
      push(keptAsComment(lines.slice(i + 1, last).join('\n')));
      i = last;
      continue;
    }
    if (/^\/\/(?!\/)/.test(line)) {
      if (line.slice(2).trim()) push(keptAsComment(line.slice(2)));
      continue;
    }
    const next = lines[i + 1]?.trim() ?? '';
    const attribute = attributeLine.exec(line)?.[1];
    if (anchorLine.test(line)) continue;
    if (attribute !== undefined) {
      const style = attribute.split(',')[0].trim();
      if (admonitionKind.test(style) && quoteDelimiter.test(next)) {
        quotes.push(next.trim());
        push(`> **${label(style)}**`);
        out.push(`${prefix}>`);
        i++;
        continue;
      }
      if (admonitionKind.test(style) && next) {
        push(`> **${label(style)}**`);
        out.push(`${prefix}>`);
        paragraphQuote = true;
        continue;
      }
      if (/^(source|listing)$/.test(style) && codeDelimiter.test(next)) {
        code = next.trim();
        push(`\`\`\`${attribute.split(',')[1]?.trim() ?? ''}`);
        i++;
        continue;
      }
      // A style alone is markup; `[quote, Ada Lovelace]` names who is quoted: kept as written.
      if (/^(quote|verse|example|sidebar)$/.test(attribute.trim()) && quoteDelimiter.test(next)) continue;
      if (/^(cols|options|%|format|frame|grid|width|stripes)/.test(style) && /^\|={3,}\s*$/.test(next)) continue;
    }
    // A block's title (`.Timeline` over `[cols=…]` and `|===`): the section the timeline reader looks for.
    const blockTitle = /^\.([^\s.].*)$/.exec(line)?.[1];
    if (blockTitle && (attributeLine.test(next) || codeDelimiter.test(next) || quoteDelimiter.test(next) || /^\|={3,}$/.test(next))) {
      push(`${'#'.repeat(Math.min(sectionDepth + 1, 6))} ${inline(blockTitle.trim())}`);
      out.push('');
      continue;
    }
    const delimiter = line.trim();
    if (codeDelimiter.test(delimiter)) { code = delimiter; push('```'); continue; }
    if (quoteDelimiter.test(delimiter)) {
      if (quotes[quotes.length - 1] === delimiter) quotes.pop();
      else { quotes.push(delimiter); }
      continue;
    }
    if (/^\|={3,}\s*$/.test(delimiter)) {
      const close = lines.findIndex((candidate, j) => j > i && /^\|={3,}\s*$/.test(candidate.trim()));
      if (close > i) {
        const cols = attributeLine.exec(lines[i - 1] ?? '')?.[1];
        // A table opens a block of its own: after a blank line, or Markdown reads it as the paragraph's text.
        if (out.length && out[out.length - 1].replace(/^[> ]*/, '')) out.push(prefix.trimEnd());
        for (const row of asciidocTable(lines.slice(i + 1, close), cols)) push(row);
        i = close;
        continue;
      }
    }
    const admonition = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+(\S.*)$/.exec(line);
    if (admonition && !paragraphQuote) {
      push(`> **${label(admonition[1])}**`);
      out.push(`${prefix}>`);
      out.push(`${prefix}> ${inline(admonition[2])}`);
      paragraphQuote = true;
      continue;
    }
    const heading = /^(={1,6})\s+\S/.exec(line);
    if (heading) sectionDepth = heading[1].length;
    push(blockLine(line));
  }
  return out.join('\n');
}

/** "NOTE" as "Note". */
function label(kind: string): string {
  return `${kind[0]}${kind.slice(1).toLowerCase()}`;
}

/** One line outside code: a heading, a list item or text, with its inline marks made Markdown's. */
function blockLine(line: string): string {
  const heading = /^(={1,6})\s+(\S.*)$/.exec(line);
  if (heading) return `${'#'.repeat(heading[1].length)} ${inline(heading[2])}`;
  const nested = /^(\*{2,5}|\.{2,5})\s+(\S.*)$/.exec(line);
  if (nested) return `${'  '.repeat(nested[1].length - 1)}${nested[1][0] === '.' ? '1.' : '-'} ${inline(nested[2])}`;
  const numbered = /^\.\s+(\S.*)$/.exec(line);
  if (numbered) return `1. ${inline(numbered[1])}`;
  // A line ending in " +" is a hard line break.
  return inline(line).replace(/ \+$/, '\\');
}

/**
 * Inline marks: `link:URL[words]` and `https://…[words]` as `[words](URL)` (`[]` alone, the address
 * itself), `<<id,words>>` and `xref:page.adoc[words]` as their words (another page of the author's
 * site), `*strong*` as `**strong**`. Inline code stays as written.
 */
function inline(line: string): string {
  return line.split(/(`[^`]*`)/).map((part, i) => (i % 2 ? part : part
    .replace(/\blink:([^\s[\]]+)\[([^\]]*)\]/g, (_all, url: string, words: string) => (words.trim() ? `[${words.trim().replace(/\^$/, '')}](${url})` : `<${url}>`))
    .replace(/(^|[\s(])((?:https?|ftp|mailto):[^\s[\]]+)\[([^\]]*)\]/g, (_all, before: string, url: string, words: string) => `${before}${words.trim() ? `[${words.trim().replace(/\^$/, '')}](${url})` : `<${url}>`}`)
    .replace(/\bxref:[^\s[\]]+\[([^\]]+)\]/g, '$1')
    .replace(/<<[^,>]+,\s*([^>]+)>>/g, '$1')
    .replace(/(^|[\s(["'])\*(?!\s)([^*\n]*?[^\s*])\*(?=$|[\s.,;:!?)'"\]])/g, '$1**$2**')
  )).join('');
}

/**
 * A `|===` table's lines as Markdown table rows. Cells open with `|`, a row on one line or a cell a
 * line (rows then apart by blank lines); the width is the `cols` attribute's, else the first line's
 * cells. The first row is the head (a Markdown table has one).
 */
function asciidocTable(lines: string[], attributes: string | undefined): string[] {
  const cells: string[] = [];
  let firstLineCells = 0;
  let lineNumber = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    if (!line.trimStart().startsWith('|') && cells.length) {
      cells[cells.length - 1] = `${cells[cells.length - 1]} ${line.trim()}`;
      continue;
    }
    const parts = line.split(/(?<!\\)\|/).slice(1).map((cell) => inline(cell.trim()));
    if (lineNumber++ === 0) firstLineCells = parts.length;
    cells.push(...parts);
  }
  const cols = /cols="?([^",\]]*(?:,[^",\]]*)*)"?/.exec(attributes ?? '')?.[1];
  const width = cols ? (/^(\d+)\*/.exec(cols) ? Number(/^(\d+)\*/.exec(cols)![1]) : cols.split(',').length) : Math.max(1, firstLineCells);
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += width) rows.push(cells.slice(i, i + width));
  return markdownTable(rows, 1);
}
