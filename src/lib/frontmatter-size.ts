/**
 * The longest frontmatter read, in bytes. The largest of content/ is 7 KiB and the largest draft
 * the import wrote from /work/corpora 17 KiB; a timeline of 50,000 entries (4 MiB) took the check
 * 10 s of CPU and a minute on a busy machine, and its page grew with the square of its rows
 * (src/lib/body-timeline.ts compared each row with the whole body), for an account no reader
 * reads: refused from its length, before any YAML parser reads it, as the body is past
 * `maxBodyBytes` (bad input round 21).
 */
export const maxFrontmatterBytes = 256 * 1024;

/** The frontmatter's top-level field that takes the most room: its name, lines and list entries. */
export interface LargestField {
  key: string;
  bytes: number;
  /** 1-based lines in the file, first and last. */
  firstLine: number;
  lastLine: number;
  /** Entries of the list the field holds (`- ` items at its first level), 0 for other values. */
  entries: number;
}

/**
 * Why a frontmatter of `yaml` (starting on file line `yamlStartLine`) is too long to read, naming
 * the field that takes most of it; undefined when it is within {@link maxFrontmatterBytes}.
 */
export function oversizeFrontmatter(yaml: string, yamlStartLine: number): { message: string; fix: string } | undefined {
  const bytes = Buffer.byteLength(yaml);
  if (bytes <= maxFrontmatterBytes) return undefined;
  const largest = largestTopLevelField(yaml, yamlStartLine);
  const kib = (n: number) => `${Math.round(n / 1024).toLocaleString('en-US')} KiB`;
  const share = largest
    ? ` Most of it is ${largest.key}${largest.entries ? ` (${largest.entries.toLocaleString('en-US')} entries` : ` (${kib(largest.bytes)}`}, lines ${largest.firstLine.toLocaleString('en-US')} to ${largest.lastLine.toLocaleString('en-US')}).`
    : '';
  return {
    message: `the frontmatter is ${kib(bytes)}; at most ${kib(maxFrontmatterBytes)} is read (the longest real postmortems hold under 20 KiB, and reading, checking and showing a frontmatter of megabytes takes minutes).${share}`,
    fix: largest?.key === 'timeline'
      ? 'keep in timeline the events a reader needs (first signal, detection, decisions, mitigation, resolution); move a long log of events to a linked file or ticket.'
      : 'keep the facts a reader needs; move long lists and logs to a linked file or ticket.',
  };
}

/** One pass over the lines: each top-level key's span, the largest kept. */
function largestTopLevelField(yaml: string, yamlStartLine: number): LargestField | undefined {
  let largest: LargestField | undefined;
  let current: (LargestField & { itemIndent?: number }) | undefined;
  const close = () => {
    if (current && (!largest || current.bytes > largest.bytes)) largest = { key: current.key, bytes: current.bytes, firstLine: current.firstLine, lastLine: current.lastLine, entries: current.entries };
  };
  let start = 0;
  let line = yamlStartLine;
  while (start <= yaml.length) {
    const end = yaml.indexOf('\n', start);
    const text = yaml.slice(start, end < 0 ? yaml.length : end);
    const key = /^([^\s#:'"-][^:]*?)\s*:(?:\s|$)/.exec(text)?.[1];
    if (key !== undefined) {
      close();
      current = { key, bytes: 0, firstLine: line, lastLine: line, entries: 0 };
    }
    if (current) {
      current.bytes += text.length + 1;
      if (text.trim()) current.lastLine = line;
      const item = /^(\s*)- /.exec(text);
      if (item && key === undefined) {
        current.itemIndent ??= item[1].length;
        if (item[1].length === current.itemIndent) current.entries++;
      }
    }
    if (end < 0) break;
    start = end + 1;
    line++;
  }
  close();
  return largest;
}
