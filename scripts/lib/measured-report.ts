import { basename } from 'node:path';
import { mayBeReportFile } from '../../src/lib/import/report-files.ts';
import { isMarkdownFileName, reportFrontmatter } from '../../src/lib/import/source-text.ts';

/**
 * What `npm run measure:redaction` reads of a folder of reports: the files the import takes as
 * Markdown or plain text (`.md`, `.markdown`, `.mdx`, …, `.txt`, and a file without an extension,
 * which the import reads by its content), without the repository's own README, LICENSE and
 * template files (the import's rule, src/lib/import/report-files.ts).
 */
export function isMeasuredReport(name: string): boolean {
  const extension = isMarkdownFileName(name) || /\.txt$/i.test(name) || !basename(name).includes('.');
  return extension && mayBeReportFile(name);
}

/** A frontmatter key whose value a published report shows: its title and summary. */
const shownKey = /^(title|summary):[ \t]*/;

/**
 * The text of a report as the measurement scans it, line for line the file's lines, so that a
 * finding's line and column are the file's own: the body as it is, and of a frontmatter only the
 * values of `title` and `summary` (a folded or block value with its continuation lines), each at
 * its place; the keys, the fences and every other line are blanked. Measured before on a text
 * built from those values and the body, whose lines were off by one without a frontmatter and
 * counted from the built text with one. A frontmatter is what the import reads as one
 * ({@link reportFrontmatter}).
 */
export function measuredText(source: string): string {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // The import's reading: a report opening with a rule and holding another is text, not frontmatter.
  const frontmatter = reportFrontmatter(text);
  if (!frontmatter) return text;
  const lines = text.split('\n');
  const close = frontmatter.yaml.split('\n').length + 1;
  let shown = false;
  for (let i = 0; i <= close; i++) {
    const line = lines[i];
    const key = i > 0 && i < close ? shownKey.exec(line) : null;
    if (key) {
      shown = true;
      // The key and a block indicator (`>-`, `|`) are not text; the value keeps its columns.
      // So are the quotes of a quoted value.
      const value = line.slice(key[0].length).replace(/^[>|][+-]?\d*[ \t]*$/, '').replace(/^(["'])(.*)\1[ \t]*$/, ' $2 ');
      lines[i] = ' '.repeat(line.length - value.length) + value;
    } else if (shown && i < close && /^[ \t]+\S/.test(line)) {
      lines[i] = line;
    } else {
      shown = false;
      lines[i] = '';
    }
  }
  return lines.join('\n');
}
