/**
 * AsciiDoc (`.adoc`) and Org (`.org`) reports made Markdown in their structure only: headings,
 * nested list markers, code blocks and Org's title, timestamps and table rules, so that the
 * summary, timeline and follow-up sections are found. Every word stays: the marks change, the
 * text does not. What is not listed here (AsciiDoc tables, attributes, inline markup) stays as
 * written, as text of the body.
 */

export type LightMarkup = 'AsciiDoc' | 'Org';

const asciidocExtensions = /\.(adoc|asciidoc|asc)$/i;
const orgExtensions = /\.org$/i;

/** The light markup a file is written in, by its extension. */
export function lightMarkupOf(name: string): LightMarkup | undefined {
  if (asciidocExtensions.test(name)) return 'AsciiDoc';
  if (orgExtensions.test(name)) return 'Org';
  return undefined;
}

/** `= Title`, `== Section`; `----` and `....` blocks as code; `** item` nested; `. step` numbered. */
export function asciidocToMarkdown(text: string): string {
  let block: string | undefined;
  return text
    .split('\n')
    .map((line) => {
      const delimiter = /^(-{4,}|\.{4,})\s*$/.exec(line)?.[1];
      if (block) {
        if (delimiter === block) { block = undefined; return '```'; }
        return line;
      }
      if (delimiter) { block = delimiter; return '```'; }
      const heading = /^(={1,6})\s+(\S.*)$/.exec(line);
      if (heading) return `${'#'.repeat(heading[1].length)} ${heading[2]}`;
      const nested = /^(\*{2,5}|\.{2,5})\s+(\S.*)$/.exec(line);
      if (nested) return `${'  '.repeat(nested[1].length - 1)}${nested[1][0] === '.' ? '1.' : '-'} ${nested[2]}`;
      const numbered = /^\.\s+(\S.*)$/.exec(line);
      if (numbered) return `1. ${numbered[1]}`;
      return line;
    })
    .join('\n');
}

/** `#+TITLE:` as the title, `* Heading` levels, `#+BEGIN_SRC` blocks, `<2025-03-03 Mon 14:02>` timestamps, table rules. */
export function orgToMarkdown(text: string): string {
  let inBlock = false;
  // With a #+TITLE line, the title is the only level-1 heading and "* Summary" is a section.
  const shift = /^#\+title:/im.test(text) ? 1 : 0;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*#\+end_(?:src|example)\b/i.test(line)) { inBlock = false; return '```'; }
      if (inBlock) return line;
      const begin = /^\s*#\+begin_(?:src|example)\b\s*(\S*)/i.exec(line);
      if (begin) { inBlock = true; return `\`\`\`${begin[1]}`; }
      const title = /^#\+title:\s*(.+)$/i.exec(line);
      if (title) return `# ${title[1]}`;
      const heading = /^(\*{1,6})\s+(\S.*)$/.exec(line);
      if (heading) return `${'#'.repeat(Math.min(heading[1].length + shift, 6))} ${heading[2]}`;
      // Org's table rule |---+---| is Markdown's |---|---|.
      if (/^\s*\|[-+]+\|?\s*$/.test(line)) return line.replace(/\+/g, '|');
      // Active and inactive timestamps: the date and time stay, the brackets go.
      return line.replace(/[<[](\d{4}-\d{2}-\d{2}(?: [A-Za-z]{2,3}\.?)?(?: \d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)?)[>\]]/g, '$1');
    })
    .join('\n');
}
