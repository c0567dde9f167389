import { parseDocument, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { quotedSnippet } from './quoted-snippet.ts';

// The YAML parser's errors in an author's terms, for frontmatter and the vocabulary files alike.

const tooDeep = { message: 'values are nested too deeply to read (lists or keys inside one another thousands of times).', fix: 'write the value flat: postmortem fields nest a few levels at most.' };

/**
 * The message of a YAML error in the author's terms, and its fix when it is not the usual one.
 * `text` is the source from the error to the end of its line (a duplicate key and its value).
 */
export function describeYamlError(code: string, message: string, text: string): { message: string; fix?: string; lineMistakeFirst?: boolean } {
  if (code === 'DUPLICATE_KEY') {
    const key = /^(["']?)(.*?)\1\s*:(?:\s|$)/.exec(text.trim())?.[2] ?? text.trim();
    return { message: `the key "${key}" appears twice in the same block (the second one is here).`, fix: `keep one "${key}:" and delete the other.` };
  }
  if (code === 'MULTIPLE_DOCS') {
    // The library's words were "Source contains multiple documents; please use YAML.parseAllDocuments()".
    return { message: 'a second YAML document starts at this `---` line: the file is one document, and what follows the line would not be read as the rest of it.', fix: 'delete the `---` line (and any `...` line before it), so that the entries after it join the ones above.' };
  }
  if (/directives-end/i.test(message)) {
    return { message: 'a YAML directive (a line starting with %, such as %YAML 1.1) is not read here.', fix: 'delete the line: under %YAML 1.1, yes, no, on and off would be read as true and false, and 010 as 8, not as written.' };
  }
  if (code === 'TAB_AS_INDENT') {
    return { message: 'a tab indents this line; YAML indents with spaces only.', fix: 'replace the tab with spaces (two for each level), as on the lines around it.' };
  }
  // The parser reports a stack overflow under its own code or, where the stack ran out in
  // another of its functions (how deep it gets depends on what the thread ran before), as the
  // engine's "Maximum call stack size exceeded" under another code: one cause either way.
  if (/call stack/i.test(message)) return tooDeep;
  // `title: Checkout: errors` was "Nested mappings are not allowed in compact mappings", with the
  // generic advice: the value's own ": " is what the reader took for another key.
  if (/nested mappings are not allowed in compact mappings/i.test(message) && /:\s/.test(text)) {
    const value = text.replace(/\s+#.*$/, '').trim();
    return { message: `the value ${JSON.stringify(value)} holds ": ", which YAML reads as the start of another key.`, fix: `put the whole value in double quotes: ${JSON.stringify(value)} (a " inside it written as \\").` };
  }
  // Round 46: the three below are said only when no line's mistake of frontmatter-line-mistakes.ts
  // (a task list, `[SEV-1] title`, an alias) explains the line better (`lineMistakeFirst`).
  // `title: Checkout errors after a config push:` (a value ending with a colon) got the
  // parser's words: the colon at its end is read as making the value a key.
  if (/nested mappings are not allowed in compact mappings/i.test(message) && /:\s*$/.test(text.replace(/\s+#.*$/, ''))) {
    const value = text.replace(/\s+#.*$/, '').trim();
    return { message: `the value ${JSON.stringify(value)} ends with ":", which YAML reads as making it a key of its own, not as text.`, fix: `put the whole value in double quotes: ${JSON.stringify(value)}, or drop the colon at its end.`, lineMistakeFirst: true };
  }
  // Round 46: `summary: "Pool" limit lowered by a push.`: the quotes close the value at once, and
  // the words after them were "Unexpected scalar at node end".
  if (/unexpected scalar at node end/i.test(message) && text.trim() !== '' && !/^[#,\]}]/.test(text.trim())) {
    const rest = text.replace(/\s+#.*$/, '').trim();
    return { message: `the value opens with a part in quotes (or brackets) that closes before its end: YAML reads that part as the whole value, and the words after it ("${rest.slice(0, 40)}${rest.length > 40 ? '…' : ''}") as a mistake.`, fix: `put the whole value in quotes of the other kind: single quotes around a value holding double ones ('"word" and the rest'), or double quotes with each inner " written as \\".`, lineMistakeFirst: true };
  }
  // Round 46: `services: [checkout-api` (a flow list never closed) was said at the next line, in the parser's words.
  if (/flow (?:sequence|mapping) in block collection must be sufficiently indented and end with a ([\]}])/i.test(message)) {
    const bracket = /end with a ([\]}])/i.exec(message)![1];
    return { message: `a ${bracket === ']' ? 'list' : 'map'} opened with ${bracket === ']' ? '[' : '{'} on a line above is never closed with ${bracket}, so YAML reads this line as part of it.`, fix: `close it with ${bracket} at the end of the line it opens on (key: ${bracket === ']' ? '[a, b]' : '{a: 1}'}), or write one "- item" per line below the key.`, lineMistakeFirst: true };
  }
  // Bad input round 13: `tags: [#config]` and a list item written `-deploy` were said in the
  // parser's words ("Comments must be separated from other tokens by white space characters",
  // "Implicit keys need to be on a single line"), with the generic advice.
  if (/comments must be separated from other tokens/i.test(message)) {
    const word = /#[^\s,\]}]*/.exec(text)?.[0] ?? '#';
    return { message: `the "#" of ${word} starts a YAML comment, and a comment must have a space before it: here it is joined to the text before it.`, fix: `write the value without the "#" (an id or tag is written without one), or in double quotes ("${word}") if the "#" belongs to it.` };
  }
  if (/implicit keys need to be on a single line|all mapping items must start at the same column|implicit map keys need to be followed by map values/i.test(message) && /^-[^\s-]/.test(text.trim())) {
    const item = text.trim();
    return { message: `the line "${item}" has no space after its "-", so YAML reads it as text continuing the value above, not as an item of the list.`, fix: `write "- ${item.slice(1)}" (a space after the dash).` };
  }
  // `handle: @acme/sre` was "Plain value cannot start with reserved character @", without a fix.
  // `title: %5 of checkouts failed` (round 16): the same with the directive indicator.
  const reserved = /plain value cannot start with (?:reserved|directive indicator) character (\S)/i.exec(message);
  if (reserved) {
    const value = /^[^,\]}\s#]+/.exec(text.trim())?.[0] ?? text.trim();
    return { message: `the value ${value} starts with "${reserved[1]}", which YAML reserves: such a value is written in quotes.`, fix: `write it in double quotes: "${value}".` };
  }
  if (code === 'RESOURCE_EXHAUSTION' && /alias/i.test(message)) {
    return { message: 'aliases (*name) repeat an anchor (&name) so often that the data would not fit in memory.', fix: 'write the values out instead of repeating them through aliases.' };
  }
  return { message };
}

/**
 * The error `yaml` throws while turning a parsed document into data (`toJS`), in the author's
 * terms. Aliases that repeat an anchor exponentially (`b: [*a, *a, ...]`, each level nine times the
 * one before) are found only then, as a ReferenceError "Excessive alias count indicates a resource
 * exhaustion attack": a vocabulary file holding one stopped every command with a stack trace.
 */
export function describeToJsError(error: unknown): { message: string; fix: string } {
  const text = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (error instanceof RangeError && /call stack/i.test(text)) return tooDeep;
  if (/excessive alias count/i.test(text)) {
    return { message: 'aliases (*name) repeat an anchor (&name) so often that the data would not fit in memory.', fix: 'write the values out instead of repeating them through aliases.' };
  }
  const unresolved = /unresolved alias[^:]*:\s*(\S+)/i.exec(text);
  if (unresolved) {
    return { message: `the alias ${unresolved[1].startsWith('*') ? unresolved[1] : `*${unresolved[1]}`} names no anchor set before it.`, fix: 'write the value itself, or set the anchor (&name) on a value above the alias.' };
  }
  return { message: text.replace(/\.$/, '') + '.', fix: 'check indentation, colons and quoting there.' };
}

/**
 * Keys given twice in one block, found in one pass over the document: `yaml`'s own check
 * (`uniqueKeys: true`) compares each key with every key before it, so a vocabulary of 40,000 ids
 * took two minutes to read (20,000: 12 s). Parse with `uniqueKeys: false` and call this instead.
 * Keys are compared as `yaml` compares scalars: by their value (`1` and `"1"` differ).
 */
export function duplicateKeyOffsets(document: { contents: unknown }): { key: string; offset: number }[] {
  const found: { key: string; offset: number }[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 200) return;
    const items = (node as { items?: unknown[] }).items;
    if (!Array.isArray(items)) return;
    const seen = new Set<unknown>();
    for (const item of items) {
      const pair = item as { key?: { value?: unknown; range?: number[] } | null; value?: unknown };
      if (pair && typeof pair === 'object' && 'key' in pair) {
        const key = pair.key && typeof pair.key === 'object' && 'value' in pair.key ? pair.key.value : undefined;
        if (key !== undefined && (typeof key !== 'object' || key === null)) {
          const identity = typeof key === 'string' ? `s:${key}` : key;
          if (seen.has(identity)) found.push({ key: String(key), offset: pair.key?.range?.[0] ?? 0 });
          else seen.add(identity);
        }
        walk(pair.value, depth + 1);
      } else {
        walk(item, depth + 1);
      }
    }
  };
  walk(document.contents, 0);
  return found;
}

/** Where the first alias (*name) of a document starts: the place of an error `toJS` finds in aliases. */
export function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * `parseDocument`, or the place where the text nests too deeply for it. The parser reports a flow
 * value nested thousands deep (`[[[…]]]`) as an error, but a block list so nested (each `-` on a
 * line indented two more spaces) overflows the stack of its recursive steps and throws: `npm run
 * check` stopped with "Maximum call stack size exceeded" and a stack trace of the parser.
 */
export function parseDocumentOrTooDeep(text: string, options: ParseOptions & DocumentOptions & SchemaOptions): { document: Document; tooDeep?: undefined } | { document?: undefined; tooDeep: { message: string; fix: string; offset: number } } {
  try {
    return { document: parseDocument(text, options) };
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    // The first line indented 200 columns or more (spaces and compact `- ` markers): no field nests so.
    const deep = /^[ \t-]{200}/m.exec(text);
    return { tooDeep: { ...tooDeep, offset: deep?.index ?? 0 } };
  }
}

/** Flow brackets (`[`, `{`) open deeper than this are refused. */
const maxFlowDepth = 100;

/** Whether `text` holds more than `limit` of the characters `a` and `b` together. */
function hasMoreThan(text: string, a: string, b: string, limit: number): boolean {
  let count = 0;
  for (const char of [a, b]) {
    for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) if (++count > limit) return true;
  }
  return false;
}

/**
 * Where YAML text nests deeper than any frontmatter does, found from the text before any parser
 * reads it: a line indented 200 columns (spaces and the `-` of compact lists), or flow brackets
 * (`[`, `{`) open 100 deep. Each parser gives out at a depth that depends on the stack left to it:
 * a block list 3,000 deep threw in `npm run check` and was read by js-yaml in the build, where the
 * schema then quoted 3,000 brackets. The offset of the line, or undefined.
 */
export function tooDeepYamlOffset(text: string): number | undefined {
  const indented = /^[ \t-]{200}/m.exec(text);
  // Brackets open 100 deep need over 100 of them: most frontmatters hold a few, counted without
  // the walk below (a character at a time: 30-40 ms for 1,000 frontmatters, session 18).
  if (!hasMoreThan(text, '[', '{', maxFlowDepth)) return indented?.index;
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\n') quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > maxFlowDepth) {
        const flow = text.lastIndexOf('\n', i) + 1;
        return indented && indented.index < flow ? indented.index : flow;
      }
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '\n' && !/^[ \t]/.test(text.slice(i + 1, i + 2)) && text[i + 1] !== '-') depth = 0;
  }
  return indented?.index;
}

/** The message and fix for YAML nested too deeply to read. */
export const tooDeepYaml = tooDeep;

/**
 * A YAML directive at the start of a line (`%YAML 1.1`, `%TAG ! tag:x,2000:`), with its offset.
 * The `yaml` package honours it: under `%YAML 1.1` a vocabulary's `name: no` is false and `010` is
 * 8, so values would be read otherwise than written, without a word.
 */
export function findYamlDirective(source: string): { offset: number; text: string } | undefined {
  const found = /^%[A-Za-z]\S*.*$/m.exec(source);
  return found ? { offset: found.index, text: found[0].trim() } : undefined;
}

/**
 * The parser's errors without the cascade that follows its leaving the document: after "Unexpected
 * scalar token in YAML stream" it gives an error for every token after it (a first line of
 * `{title: …}` gave 114, one per word of the fields below). The first such error stays, with the
 * number of the others, to be said in it; three or fewer are kept as they are.
 */
export function withoutStreamCascade<T extends { message: string }>(errors: readonly T[]): { errors: T[]; first?: T; dropped: number } {
  const inStream = errors.filter((error) => / in YAML stream/.test(error.message));
  if (inStream.length <= 3) return { errors: [...errors], dropped: 0 };
  const cascade = new Set(inStream.slice(1));
  return { errors: errors.filter((error) => !cascade.has(error)), first: inStream[0], dropped: cascade.size };
}

/** The note added to the first error of a cascade (withoutStreamCascade). */
export function cascadeNote(message: string, dropped: number): string {
  return `${message.replace(/\.$/, '')} (the reader stopped at this line: the ${dropped} errors it gave for the tokens after it follow from this one, so what follows was not read).`;
}

/**
 * A quoted value that ends where the author did not mean it to (bad input round 16), said at the
 * line that opens it: `title: 'Checkout's errors'` and `summary: "A "safe" push"` were "Unexpected
 * scalar at node end", and `title: "Checkout errors` with no closing quote was "Missing closing
 * "quote" at the last line of the frontmatter, where the parser ran out of text. `offset` is the
 * parser's place of the error in `yaml`; the returned offset is the line to name.
 */
export function describeQuoteMistake(yaml: string, code: string, message: string, offset: number): { message: string; fix: string; offset: number } | undefined {
  const opening = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):\s+(["'])/;
  if (code === 'UNEXPECTED_TOKEN' && /unexpected scalar at node end/i.test(message)) {
    const start = yaml.lastIndexOf('\n', offset - 1) + 1;
    const end = yaml.indexOf('\n', offset);
    const line = yaml.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
    const field = opening.exec(line);
    if (!field || yaml[offset - 1] !== field[3] || offset - 1 === start + field[0].length - 1) return undefined;
    const quote = field[3];
    const written = line.slice(field[0].length - 1).replace(/\s+#.*$/, '').trimEnd();
    const inner = written.endsWith(quote) ? written.slice(1, -1) : written.slice(1);
    const rewritten = quote === "'" ? `'${inner.replace(/'/g, "''")}'` : inner.includes("'") ? JSON.stringify(inner) : `'${inner}'`;
    const what = quote === "'" ? "an apostrophe (') inside single quotes" : 'a double quote (") inside double quotes';
    return {
      message: `the value of ${field[2]} holds ${what}, which ends the value there: YAML cannot read the text after it (${quotedSnippet(yaml.slice(offset, end < 0 ? undefined : end).trim(), 40)}).`,
      fix: quote === "'" ? `write the apostrophe twice inside single quotes, or use double quotes: ${field[2]}: ${rewritten}` : `write it as \\" inside double quotes, or use single quotes around the value: ${field[2]}: ${rewritten}`,
      offset: start,
    };
  }
  if (code === 'MISSING_CHAR' && /missing closing ["']?quote/i.test(message)) {
    let start = 0;
    for (const line of yaml.split('\n')) {
      const field = opening.exec(line);
      if (field) {
        const rest = line.slice(field[0].length).replace(/\r$/, '');
        const closed = field[3] === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
        if (!closed) {
          const value = line.slice(field[0].length - 1).replace(/\r$/, '').trimEnd();
          return {
            message: `the value of ${field[2]} opens a ${field[3] === '"' ? 'double' : 'single'} quote (${field[3]}) that this line does not close: YAML read every line after it, to the end of the frontmatter, as part of the value.`,
            fix: `close the quote at the end of the value: ${field[2]}: ${value}${field[3]}`,
            offset: start,
          };
        }
      }
      start += line.length + 1;
    }
  }
  return undefined;
}
