import { parse as parseYaml } from 'yaml';

/**
 * A report's own YAML frontmatter as the site generator that published it reads it. Jekyll (Ruby's
 * Psych) and Hugo accept two things the `yaml` package refuses: a key written twice (the last one
 * holds: a post with `status: Resolved` and, below, `status: investigating`), and a quoted value
 * continued on lines no deeper than its key (an update's `content: '…` wrapped at the list item's
 * indentation). The report was published with them, so they are no reason to read its metadata
 * as body text (where `npm run check` then finds a second frontmatter). Strict YAML is tried first;
 * what still fails after these two is refused (the error is thrown).
 */
export function parseWrittenYaml(text: string): ReturnType<typeof parseYaml> {
  try {
    return parseYaml(text);
  } catch (error) {
    const lenient = indentQuotedContinuations(text);
    try {
      return parseYaml(lenient, { uniqueKeys: false });
    } catch {
      throw error;
    }
  }
}

/** Where a quoted value opened on this line is still open at its end (`'` doubled, `\"` escaped inside). */
function openQuote(value: string): '"' | "'" | undefined {
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return undefined;
  const rest = value.slice(1);
  const closed = quote === "'" ? /^(?:[^']|'')*'/.test(rest) : /^(?:[^"\\]|\\.)*"/.test(rest);
  return closed ? undefined : quote;
}

/**
 * The lines of a quoted value that go on at or left of its key's column, indented two spaces past
 * that column, as YAML asks. Lines of a value whose quote is closed, and lines deep enough, stay.
 */
function indentQuotedContinuations(text: string): string {
  const lines = text.split('\n');
  let open: { quote: '"' | "'"; column: number } | undefined;
  return lines.map((line) => {
    if (open) {
      const indent = /^ */.exec(line)![0].length;
      const body = line.slice(indent);
      const closes = open.quote === "'" ? /^(?:[^']|'')*'(?!')/.test(body) : /^(?:[^"\\]|\\.)*"/.test(body);
      const shifted = indent <= open.column && body ? `${' '.repeat(open.column + 2)}${body}` : line;
      if (closes) open = undefined;
      return shifted;
    }
    const pair = /^((?: *- )* *)[^\s#'"][^:]*:\s+(.*)$/.exec(line);
    const quote = pair ? openQuote(pair[2]) : undefined;
    if (pair && quote) open = { quote, column: pair[1].length };
    return line;
  }).join('\n');
}

/**
 * A YAML file's data, its byte-order mark dropped, or undefined when it does not parse: the
 * importers that try a file as one shape of records read it as another kind of file then. As the
 * report's own generator reads it (`parseWrittenYaml`) when `asWritten`, else strict YAML.
 */
export function yamlDataOrUndefined(text: string, { asWritten }: { asWritten: boolean }): unknown {
  const withoutMark = text.replace(/^\uFEFF/, '');
  try {
    return asWritten ? parseWrittenYaml(withoutMark) : parseYaml(withoutMark);
  } catch {
    return undefined;
  }
}
