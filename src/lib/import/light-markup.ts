import { stringify as stringifyYaml } from 'yaml';
import { readCsvTable } from './csv-table.ts';
import { keptAsComment } from './kept-comment.ts';
import { nikolaRstMetadata } from './nikola-metadata.ts';

/**
 * AsciiDoc (`.adoc`), Org (`.org`) and reStructuredText (`.rst`) reports made Markdown in their
 * structure only: headings, nested list markers, code blocks, Org's title, timestamps and table
 * rules, reStructuredText's links, tables, admonitions and the metadata a blog or site generator
 * writes at the top, so that the title, day, summary, timeline and follow-up sections are found.
 * Every word stays: the marks change, the text does not. What is not listed here stays as written,
 * as text of the body. AsciiDoc's converter is src/lib/import/asciidoc-markup.ts.
 */

export type LightMarkup = 'AsciiDoc' | 'Org' | 'reStructuredText';

const asciidocExtensions = /\.(adoc|asciidoc|asc)$/i;
const orgExtensions = /\.org$/i;
const restructuredTextExtensions = /\.(rst|rest)$/i;

/** The light markup a file is written in, by its extension. */
export function lightMarkupOf(name: string): LightMarkup | undefined {
  if (asciidocExtensions.test(name)) return 'AsciiDoc';
  if (orgExtensions.test(name)) return 'Org';
  if (restructuredTextExtensions.test(name)) return 'reStructuredText';
  return undefined;
}

/**
 * `#+TITLE:` as the title, `* Heading` levels, `#+BEGIN_SRC` blocks, `<2025-03-03 Mon 14:02>`
 * timestamps, table rules. What Org never exports stays out of sight as comments (keptAsComment):
 * `# …` lines, `#+BEGIN_COMMENT` blocks, and headings tagged `:noexport:` or opening with `COMMENT`,
 * down to the next heading of their level or above. Its other keywords at the top (`#+AUTHOR:`,
 * `#+DATE:`) are the report's metadata, as YAML front matter (they were text of the body, and a
 * public post made of the draft showed its author).
 */
export function orgToMarkdown(text: string): string {
  let inBlock = false;
  // With a #+TITLE line, the title is the only level-1 heading and "* Summary" is a section.
  const shift = /^#\+title:/im.test(text) ? 1 : 0;
  const lines = text.split('\n');
  const out: string[] = [];
  const keywords: [string, string][] = [];
  let hidden: string[] | undefined;
  /** The level of the unexported heading whose subtree is being hidden. */
  let hiddenLevel = 0;
  const endHidden = () => {
    if (hidden) out.push(keptAsComment(hidden.join('\n')));
    hidden = undefined;
    hiddenLevel = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*#\+end_(?:src|example)\b/i.test(line)) { inBlock = false; (hidden ?? out).push('```'); continue; }
    if (inBlock) { (hidden ?? out).push(line); continue; }
    const heading = /^(\*{1,6})\s+(\S.*)$/.exec(line);
    if (heading && hidden && heading[1].length <= hiddenLevel) endHidden();
    if (heading && !hidden && (/(?:^|\s):(?:[\w@#%]+:)*noexport:(?:[\w@#%]+:)*\s*$/.test(heading[2]) || /^COMMENT\b/.test(heading[2]))) {
      hidden = [line];
      hiddenLevel = heading[1].length;
      continue;
    }
    if (hidden) { hidden.push(line); continue; }
    if (/^\s*#\+begin_comment\b/i.test(line)) {
      const end = lines.findIndex((l, j) => j > i && /^\s*#\+end_comment\b/i.test(l));
      const last = end < 0 ? lines.length : end;
      out.push(keptAsComment(lines.slice(i + 1, last).join('\n')));
      i = last;
      continue;
    }
    // `# words` (a hash and a space, or alone): a comment line.
    if (/^\s*#(?:\s|$)/.test(line)) {
      if (line.replace(/^\s*#/, '').trim()) out.push(keptAsComment(line.replace(/^\s*#\s?/, '')));
      continue;
    }
    const begin = /^\s*#\+begin_(?:src|example)\b\s*(\S*)/i.exec(line);
    if (begin) { inBlock = true; out.push(`\`\`\`${begin[1]}`); continue; }
    const title = /^#\+title:\s*(.+)$/i.exec(line);
    if (title) { out.push(`# ${title[1]}`); continue; }
    // A keyword of the document (`#+AUTHOR: …`), not one of an element (`#+CAPTION:`, `#+NAME:`, `#+ATTR_HTML:`).
    const keyword = /^#\+([A-Za-z][\w-]*):[ \t]*(.*)$/.exec(line);
    if (keyword && !/^(?:caption|name|attr_\w+|results|header|plot|tblfm|call|include)$/i.test(keyword[1])) {
      keywords.push([keyword[1], keyword[2].trim()]);
      continue;
    }
    if (heading) { out.push(`${'#'.repeat(Math.min(heading[1].length + shift, 6))} ${heading[2]}`); continue; }
    // Org's table rule |---+---| is Markdown's |---|---|.
    if (/^\s*\|[-+]+\|?\s*$/.test(line)) { out.push(line.replace(/\+/g, '|')); continue; }
    // Active and inactive timestamps: the date and time stay, the brackets go.
    out.push(line.replace(/[<[](\d{4}-\d{2}-\d{2}(?: [A-Za-z]{2,3}\.?)?(?: \d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)?)[>\]]/g, '$1'));
  }
  endHidden();
  if (!keywords.length) return out.join('\n');
  // The keyword lines as written, kept above their YAML as comments ("Imported metadata" shows both), as AsciiDoc's attributes are.
  const yaml = [...keywords.map(([name, value]) => `# #+${name}:${value ? ` ${value}` : ''}`), ...keywords.map(([name, value]) => `${name.toLowerCase()}: ${JSON.stringify(value.replace(/^[<[](.*)[>\]]$/, '$1'))}`)].join('\n');
  return `---\n${yaml}\n---\n${out.join('\n')}`;
}

/** A line of one punctuation character repeated: a reStructuredText section adornment (`=====`, `-----`, `~~~~~`). */
const adornment = /^([=\-~^"'`#*+.:_!$%&,;<>?@\\/|])\1{2,}\s*$/;
/** The admonitions docutils and Sphinx know, shown as a quote with their name. */
const admonitions = /^(note|warning|important|tip|hint|danger|caution|attention|error|seealso|admonition|versionadded|versionchanged|deprecated|todo)$/i;
/** Directives whose body is code or a log, kept byte for byte in a fenced block. */
const codeDirectives = /^(code-block|code|sourcecode|literalinclude|highlight|parsed-literal)$/i;

/** Directives that hold the report's own text, read as the text around them: a topic or sidebar (with its title), a container. */
const containerDirectives = /^(topic|sidebar|rubric|container|compound|epigraph|highlights|pull-quote|class|only|line-block)$/i;
/** Directives of the site's machinery, with no words of the report: a table of contents, index entries, page metadata. */
const siteDirectives = /^(contents|toctree|meta|index|sectnum|section-numbering|default-role|role|title|tags|include|target-notes|header|footer|cssclass|tabularcolumns)$/i;

/** A `.. list-table::` body (`* - cell` opens a row, `  - cell` a cell; deeper lines continue it) as a Markdown table. */
function listTable(body: string[], headerRows: number): string[] {
  const rows: string[][] = [];
  for (const line of body) {
    const row = /^[*+-]\s+-\s+(.*)$/.exec(line);
    const cell = /^\s+-\s+(.*)$/.exec(line);
    if (row) rows.push([row[1].trim()]);
    else if (cell && rows.length) rows[rows.length - 1].push(cell[1].trim());
    else if (line.trim() && rows.length) {
      const last = rows[rows.length - 1];
      last[last.length - 1] = [last[last.length - 1], line.trim()].filter(Boolean).join(' ');
    }
  }
  return markdownTable(rows, headerRows);
}

/** A `.. csv-table::` body (comma-separated, or as `:delim:` says) with its `:header:` as a Markdown table. */
function csvTable(body: string[], options: [string, string][]): string[] {
  const delimiter = options.find(([key]) => key === 'delim')?.[1];
  const sep = delimiter === 'tab' ? '\t' : delimiter && delimiter.length === 1 ? delimiter : ',';
  const read = (text: string) => {
    const table = readCsvTable('table.csv', `sep=${sep}\n${text}`);
    return [table.header, ...table.rows.map((row) => row.cells.map((c) => c.trim()))].filter((row) => row.length && row.some(Boolean));
  };
  const header = options.find(([key]) => key === 'header')?.[1];
  const rows = [...(header ? read(header) : []), ...read(body.join('\n'))];
  return markdownTable(rows, header ? 1 : Number(options.find(([key]) => key === 'header-rows')?.[1] ?? 0));
}

/** Rows of cells as a Markdown table: the header rows joined into its head (the first row when there are none). */
export function markdownTable(rows: string[][], headerRows: number): string[] {
  if (!rows.length) return [];
  const width = Math.max(...rows.map((row) => row.length));
  const cells = (row: string[]) => `| ${Array.from({ length: width }, (_, i) => (row[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  const heads = Math.max(1, Math.min(headerRows, rows.length));
  const head = rows.slice(0, heads).reduce((a, b) => Array.from({ length: width }, (_, i) => [a[i], b[i]].filter(Boolean).join(' ')));
  return [cells(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.slice(heads).map(cells)];
}

/** A field list's lines (`:tags: aws, downtime`) from `start`, indented by `indent`, as [key, value]. */
function fieldList(lines: string[], start: number, indent: string): { fields: [string, string][]; end: number } {
  const fields: [string, string][] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const field = new RegExp(`^${indent}:([^:\\s][^:]*):(?:\\s+(.*))?$`).exec(lines[i]);
    if (!field) break;
    fields.push([field[1].trim(), (field[2] ?? '').trim()]);
  }
  return { fields, end: i };
}

/** Inline markup: links written `` `words <https://…>`_ ``, named references, ``literals``, roles. */
function rstInline(line: string, targets: Map<string, string>): string {
  return line
    // ``literal`` is Markdown's `literal`.
    .replace(/``([^`]+)``/g, '`$1`')
    // `words <https://…>`_ and `words <https://…>`__ are links; `<https://…>`_ alone its address.
    .replace(/`([^`<]*?)\s*<([^>`]+)>`__?/g, (_all, words: string, href: string) => (words.trim() ? `[${words.trim()}](${href})` : `<${href}>`))
    // A role (:ref:`words <target>`, :doc:`page`, :rfc:`2616`) is its words.
    .replace(/:[a-z][\w.+-]*:`([^`<]*?)(?:\s*<[^>`]+>)?`/gi, (_all, words: string) => words.trim())
    // `words`_ names a target written elsewhere (.. _words: https://…).
    .replace(/`([^`]+)`__?(?![\w`])/g, (all, words: string) => {
      const href = targets.get(words.trim().toLowerCase());
      return href ? `[${words.trim()}](${href})` : words;
    })
    .replace(/(?<![\w`])([A-Za-z][\w-]*)_(?![\w`])/g, (all, word: string) => {
      const href = targets.get(word.toLowerCase());
      return href ? `[${word}](${href})` : all;
    });
}

/** A grid table (`+----+----+` rules, `|` between cells) as a Markdown table: a cell's lines joined. */
function gridTable(lines: string[]): string[] {
  const rows: string[][] = [];
  let current: string[][] | undefined;
  let headerRows = 0;
  for (const line of lines) {
    if (/^\s*\+[-=+]+\+\s*$/.test(line)) {
      if (current) rows.push(current.reduce<string[]>((cells, part) => part.map((cell, i) => [cells[i], cell].filter(Boolean).join(' ')), []));
      if (line.includes('=')) headerRows = rows.length;
      current = [];
      continue;
    }
    current?.push(line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()));
  }
  if (!rows.length) return lines;
  const width = Math.max(...rows.map((row) => row.length));
  const cells = (row: string[]) => `| ${Array.from({ length: width }, (_, i) => (row[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  const head = headerRows > 0 ? rows.slice(0, headerRows).reduce((a, b) => a.map((cell, i) => [cell, b[i]].filter(Boolean).join(' '))) : rows[0];
  const body = headerRows > 0 ? rows.slice(headerRows) : rows.slice(1);
  return [cells(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(cells)];
}

/** A simple table (columns under `=====  =====` rules) as a Markdown table; a line that starts in the first column is a row. */
function simpleTable(lines: string[]): string[] {
  const rule = lines[0];
  const spans: [number, number][] = [];
  for (const m of rule.matchAll(/=+/g)) spans.push([m.index!, m.index! + m[0].length]);
  const cut = (line: string) => spans.map(([from], i) => line.slice(from, i + 1 < spans.length ? spans[i + 1][0] : undefined).trim());
  const rules = lines.map((line, i) => (/^\s*=+(?:\s+=+)*\s*$/.test(line) ? i : -1)).filter((i) => i >= 0);
  const hasHeader = rules.length >= 3;
  const rows: string[][] = [];
  for (let i = 1; i < lines.length; i++) {
    if (rules.includes(i) || !lines[i].trim()) continue;
    const cells = cut(lines[i]);
    // A line whose first column is empty continues the row above.
    if (rows.length && !cells[0] && !(hasHeader && i < rules[1])) rows[rows.length - 1] = rows[rows.length - 1].map((cell, j) => [cell, cells[j]].filter(Boolean).join(' '));
    else rows.push(cells);
  }
  if (!rows.length) return lines;
  const headerCount = hasHeader ? lines.slice(1, rules[1]).filter((l) => l.trim()).length : 0;
  const cells = (row: string[]) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  const head = headerCount ? rows[0] : rows[0];
  return [cells(head), `| ${spans.map(() => '---').join(' | ')} |`, ...rows.slice(1).map(cells)];
}

/**
 * reStructuredText made Markdown: section titles (underlined, or over- and underlined, in any
 * punctuation) by the order their styles first appear, `#` for the first; the metadata a blog or
 * site generator writes at the top (ABlog's `.. post:: Jan 25, 2021` with `:tags:` and `:author:`
 * under it, Pelican's and docinfo's `:date:`, `:tags:` field list) as YAML frontmatter, which the
 * import reads as any report's (the day, tags); `.. code-block::` and `::` literal blocks fenced;
 * admonitions (`.. note::`) as quotes; grid and simple tables as Markdown tables; links
 * `` `words <https://…>`_ `` and named targets as Markdown links; ``literals`` as code; a comment
 * (`.. words`) as an HTML comment (the draft keeps it, the page does not show it: nor did the site
 * it was written for). A field list in the body (`:Date: 2021-02-05`) is a list of bold labels.
 */
export function restructuredTextToMarkdown(text: string): string {
  const lines = text.split('\n');
  const targets = new Map<string, string>();
  for (const line of lines) {
    const target = /^\.\.\s+_([^:]+):\s+(\S+)\s*$/.exec(line);
    if (target && !target[1].startsWith('`')) targets.set(target[1].trim().toLowerCase(), target[2]);
    const quoted = /^\.\.\s+_`([^`]+)`:\s+(\S+)\s*$/.exec(line);
    if (quoted) targets.set(quoted[1].trim().toLowerCase(), quoted[2]);
  }
  const metadata: [string, string][] = [];
  // The metadata's lines as written, kept above its YAML as comments: the directive's words are the report's too.
  const metadataLines: string[] = [];
  const out: string[] = [];
  const levels: string[] = [];
  const level = (style: string) => {
    if (!levels.includes(style)) levels.push(style);
    return Math.min(levels.indexOf(style) + 1, 6);
  };
  const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
  /** The indented block after line `i` (blank lines inside it included), and where it ends. */
  const block = (i: number, minIndent = 1) => {
    let end = i + 1;
    while (end < lines.length && (!lines[end].trim() || indentOf(lines[end]) >= minIndent)) end++;
    while (end > i + 1 && !lines[end - 1].trim()) end--;
    const body = lines.slice(i + 1, end);
    while (body.length && !body[0].trim()) body.shift();
    const strip = Math.min(...body.filter((l) => l.trim()).map(indentOf), Infinity);
    return { body: body.map((l) => l.slice(Number.isFinite(strip) ? strip : 0)), end };
  };
  let seenText = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Metadata at the top, before or right after the title: ABlog's post directive, a field list.
    const post = /^\.\.\s+(post|blogpost)::\s*(.*)$/i.exec(line);
    if (post && metadata.length === 0) {
      if (post[2].trim()) metadata.push(['date', post[2].trim()]);
      const { fields, end } = fieldList(lines, i + 1, '\\s+');
      metadata.push(...fields);
      metadataLines.push(...lines.slice(i, end));
      i = end - 1;
      continue;
    }
    // Nikola's metadata, its first lines `.. title: …`, `.. date: …` (src/lib/import/nikola-metadata.ts).
    const nikola = !seenText && metadata.length === 0 && !out.some((l) => l.trim()) ? nikolaRstMetadata(lines, i) : undefined;
    if (nikola) {
      metadata.push(...nikola.fields.map(([name, value]): [string, string] => [name, value]));
      metadataLines.push(...lines.slice(i, nikola.end));
      i = nikola.end - 1;
      continue;
    }
    if (!seenText || (out.filter((l) => l.trim()).length <= 1 && /^#\s/.test(out.find((l) => l.trim()) ?? ''))) {
      const { fields, end } = fieldList(lines, i, '');
      if (fields.length && metadata.length === 0) {
        metadata.push(...fields);
        metadataLines.push(...lines.slice(i, end));
        i = end - 1;
        continue;
      }
    }
    // Named targets were read above: their address is in the links that name them.
    if (/^\.\.\s+_[^:]+:\s+\S+\s*$/.test(line) || /^__\s+\S+\s*$/.test(line)) continue;
    // A title with an overline: ===== / Title / =====.
    const over = adornment.exec(line);
    if (over && lines[i + 1]?.trim() && adornment.exec(lines[i + 2] ?? '')?.[1] === over[1] && !adornment.test(lines[i + 1])) {
      out.push(`${'#'.repeat(level(`over${over[1]}`))} ${rstInline(lines[i + 1].trim(), targets)}`);
      seenText = true;
      i += 2;
      continue;
    }
    const under = adornment.exec(lines[i + 1] ?? '');
    if (under && line.trim() && !/^\s/.test(line) && !adornment.test(line) && lines[i + 1].trim().length >= Math.min(line.trim().length, 3) && !/^\s*[+|]/.test(line)) {
      out.push(`${'#'.repeat(level(under[1]))} ${rstInline(line.trim(), targets)}`);
      seenText = true;
      i += 1;
      continue;
    }
    const directive = /^(\s*)\.\.\s+([\w-]+)::\s*(.*)$/.exec(line);
    if (directive) {
      const [, indent, name, argument] = directive;
      const options = fieldList(lines, i + 1, '\\s+');
      const { body, end } = block(options.end - 1, indent.length + 1);
      if (codeDirectives.test(name)) {
        out.push(`${indent}\`\`\`${argument.trim().split(/\s+/)[0] ?? ''}`, ...body.map((l) => indent + l), `${indent}\`\`\``);
      } else if (admonitions.test(name)) {
        // `.. admonition:: Title` is titled by its argument, `.. versionadded:: 2.1` names its version;
        // on any other (`.. note:: Text`, `.. todo:: Text`) the argument is the first line of its text.
        const titled = /^(admonition|versionadded|versionchanged|deprecated)$/i.test(name);
        const label = name.toLowerCase() === 'admonition' ? argument.trim() : `${name[0].toUpperCase()}${name.slice(1).toLowerCase()}${titled && argument.trim() ? ` ${argument.trim()}` : ''}`;
        const text = [...(!titled && argument.trim() ? [argument.trim()] : []), ...body];
        out.push(`${indent}> **${label}**`, `${indent}>`, ...text.map((l) => `${indent}>${l ? ` ${rstInline(l, targets)}` : ''}`));
      } else if (/^(image|figure)$/i.test(name)) {
        const alt = options.fields.find(([key]) => key === 'alt')?.[1] ?? '';
        out.push(`${indent}![${alt}](${argument.trim()})`, ...(body.length ? ['', ...body.map((l) => indent + rstInline(l, targets))] : []));
      } else if (/^(list-table|csv-table)$/i.test(name) && !options.fields.some(([key]) => /^(file|url)$/i.test(key))) {
        // A table written as a list of rows or as CSV: a Markdown table, its title in bold above it.
        const headerRows = Number(options.fields.find(([key]) => key === 'header-rows')?.[1] ?? 0);
        const table = name.toLowerCase() === 'list-table' ? listTable(body, headerRows) : csvTable(body, options.fields);
        if (argument.trim()) out.push(`${indent}**${rstInline(argument.trim(), targets)}**`, '');
        out.push(...table.map((l) => indent + rstInline(l, targets)));
      } else if (containerDirectives.test(name)) {
        // A directive that holds report text (a topic, a sidebar, a rubric, a container): its title
        // in bold and its body read as the text around it (lists, links, directives inside it), not
        // shown as code: a `.. topic:: Timeline` held the report's timeline.
        const title = /^(topic|sidebar|rubric)$/i.test(name) && argument.trim() ? [`${indent}**${argument.trim()}**`, ''] : [];
        lines.splice(i, end - i, ...title, ...body.map((l) => (l ? indent + l : l)));
        i--;
        continue;
      } else if (siteDirectives.test(name)) {
        // Machinery of the site it was written for (a table of contents, an index entry, page
        // metadata): no words of the report; kept in the draft as a comment, as a comment is.
        out.push(`${indent}${keptAsComment(lines.slice(i, end).map((l) => l.slice(indent.length)).join('\n'))}`);
      } else {
        // Another directive (raw, an extension's own): its words kept as written, fenced so that nothing of it is read as marks.
        out.push(`${indent}\`\`\`rst`, ...lines.slice(i, end).map((l) => l), `${indent}\`\`\``);
      }
      seenText = true;
      i = end - 1;
      continue;
    }
    // A comment (`.. words`, and the indented lines under it): not shown by the site it was written for.
    const comment = /^(\s*)\.\.(?:\s+(.*))?$/.exec(line);
    if (comment && !/::/.test(line)) {
      const { body, end } = block(i, comment[1].length + 1);
      const words = [comment[2] ?? '', ...body].join('\n').trim();
      if (words) out.push(`${comment[1]}${keptAsComment(words)}`);
      i = end - 1;
      continue;
    }
    // Tables.
    if (/^\s*\+[-=+]+\+\s*$/.test(line)) {
      let end = i;
      while (end < lines.length && /^\s*[+|]/.test(lines[end])) end++;
      out.push(...gridTable(lines.slice(i, end)).map((l) => rstInline(l, targets)));
      seenText = true;
      i = end - 1;
      continue;
    }
    if (/^=+(?:\s+=+)+\s*$/.test(line)) {
      let end = i + 1;
      let rules = 1;
      while (end < lines.length && rules < 3 && lines[end].trim()) {
        if (/^=+(?:\s+=+)*\s*$/.test(lines[end])) rules++;
        end++;
      }
      out.push(...simpleTable(lines.slice(i, end)).map((l) => rstInline(l, targets)));
      seenText = true;
      i = end - 1;
      continue;
    }
    // A field list in the body: bold labels.
    const field = /^(\s*):([^:\s][^:]*):(?:\s+(.*))?$/.exec(line);
    if (field) {
      out.push(`${field[1]}- **${field[2].trim()}:** ${rstInline(field[3] ?? '', targets)}`.trimEnd());
      seenText = true;
      continue;
    }
    // A paragraph ending in "::" introduces a literal block: "Output::" shows "Output:".
    if (/::\s*$/.test(line) && (lines[i + 1] === undefined || !lines[i + 1].trim())) {
      const { body, end } = block(i, indentOf(line) + 1);
      if (body.some((l) => l.trim())) {
        const words = line.replace(/\s*::\s*$/, line.trim() === '::' ? '' : ':');
        if (words.trim()) out.push(rstInline(words, targets), '');
        out.push('```', ...body, '```');
        seenText = true;
        i = end - 1;
        continue;
      }
    }
    // Enumerated lists: "#." and "1)" are Markdown's "1.".
    const enumerated = /^(\s*)(?:#|\d+)[.)]\s+(.*)$/.exec(line);
    if (enumerated && /^(\s*)#\.|^\s*\d+\)/.test(line)) {
      out.push(`${enumerated[1]}1. ${rstInline(enumerated[2], targets)}`);
      seenText = true;
      continue;
    }
    if (line.trim()) seenText = true;
    out.push(rstInline(line, targets));
  }
  const markdown = out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
  if (!metadata.length) return markdown;
  // Tags written "aws, downtime" are a list; any other field as written.
  const data = Object.fromEntries(metadata.map(([key, value]) => [key.toLowerCase(), /^(tags|category|categories|keywords)$/i.test(key) ? value.split(/\s*,\s*/).filter(Boolean) : value]));
  return `---\n${metadataLines.map((line) => `# ${line}`.trimEnd()).join('\n')}\n${stringifyYaml(data).trimEnd()}\n---\n\n${markdown}`;
}
