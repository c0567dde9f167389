/**
 * A blog built with Next.js (`@next/mdx`) keeps a post's metadata in the page itself, as an object
 * the page exports, not as frontmatter:
 *
 * ```mdx
 * import { BlogPostLayout } from '@/components/BlogPostLayout'
 *
 * export const post = {
 *   author: 'Ops team',
 *   date: '2024-11-19',
 *   title: 'Relay outage: A post-mortem',
 *   description: 'Post mortem of our first outage',
 * }
 *
 * export const metadata = {
 *   title: post.title,
 * }
 * ```
 *
 * Read line by line as MDX's `import`/`export` lines (one line each), the statement's first line
 * became a comment and the object's fields text of the draft: the title was "'Relay outage: A
 * post-mortem',", the summary the fields' lines, the body showed them with an escaped `\}` (n0's
 * relay outage post, import round 29). Here every `export` statement at the top level of an MDX
 * page is taken whole, up to the brace or bracket that closes it, and kept as one comment (the
 * site's machinery, no sentence of the report); the first exported object whose fields include a
 * `title` or `date` written as literals is the report's metadata, read as frontmatter is (title,
 * date, description, author, tags), and kept as written under "Imported metadata" only (its place
 * in the body a one-line comment saying so). A field whose value is code (`post.title`) is not read.
 */

export interface ExportedMetadata {
  /** The page with each `export` statement made one HTML comment, which the draft keeps as an MDX comment. */
  markdown: string;
  /** The fields written as literals of the exported metadata object, as frontmatter would give them. */
  data: Record<string, unknown>;
  /** The export statement the fields come from, as written (kept under "Imported metadata"). */
  statement: string;
}

const exportOpening = /^export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*/;
const anyExport = /^export\s+(?:const|let|var|function|default|async\s+function)\b/;

/** The index of the quote that closes the string literal opening at `open` (a backslash escapes the next character); the text's length when it is never closed. */
function stringLiteralEnd(text: string, open: number): number {
  let i = open + 1;
  for (; i < text.length && text[i] !== text[open]; i++) if (text[i] === '\\') i++;
  return i;
}

/**
 * The indices of the characters of JavaScript `text` from `start` that are code: string literals
 * and comments passed over (a line comment's newline is code: it ends a statement). Ends at a
 * comment that is never closed. One walk for the two questions below, which each walked the text
 * their own way until session 54's review (the statement's walk did not know block comments).
 */
function* codeIndices(text: string, start: number): Generator<number> {
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      i = stringLiteralEnd(text, i);
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) return;
      yield i;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      if (i < 0) return;
      i++;
      continue;
    }
    yield i;
  }
}

/** The index just past the bracket that closes the one at `open`, strings and comments passed over; -1 when it is never closed. */
function closingIndex(text: string, open: number): number {
  let depth = 0;
  for (const i of codeIndices(text, open)) {
    const c = text[i];
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Where a statement opening at `start` ends: the end of the first line after which every bracket it opened is closed. */
function statementEnd(text: string, start: number): number {
  let depth = 0;
  for (const i of codeIndices(text, start)) {
    const c = text[i];
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth = Math.max(0, depth - 1);
    else if (c === '\n' && depth === 0) return i;
  }
  return text.length;
}

/** A literal as JavaScript writes it (`'text'`, `"text"`, `` `text` `` without `${`, a number, `true`); undefined for code. */
function literal(written: string): unknown {
  const value = written.trim();
  const quoted = /^(['"])((?:[^\\]|\\.)*?)\1$/.exec(value) ?? /^(`)((?:[^\\`$]|\\.|\$(?!\{))*)`$/.exec(value);
  if (quoted) return quoted[2].replace(/\\(.)/g, (_all, ch: string) => (ch === 'n' ? '\n' : ch));
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\[[\s\S]*\]$/.test(value)) {
    const items = value.slice(1, -1).split(',').map((item) => item.trim()).filter(Boolean).map(literal);
    return items.every((item) => typeof item === 'string') ? items : undefined;
  }
  return undefined;
}

/** The fields of an object literal's body split at its top-level commas; values that are code are left out. */
function objectFields(body: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i <= body.length; i++) {
    const c = body[i];
    if (c === '"' || c === "'" || c === '`') { i = stringLiteralEnd(body, i); continue; }
    if (c === '{' || c === '[' || c === '(') { const end = closingIndex(body, i); if (end < 0) break; i = end - 1; continue; }
    if (c === ',' || i === body.length) { parts.push(body.slice(start, i)); start = i + 1; }
  }
  for (const part of parts) {
    const pair = /^\s*(?:\/\/[^\n]*\n\s*)*(?:([A-Za-z_$][\w$]*)|(['"])([^'"]+)\2)\s*:\s*([\s\S]+?)\s*$/.exec(part);
    if (!pair) continue;
    const value = literal(pair[4]);
    if (value !== undefined) fields[pair[1] ?? pair[3]] = value;
  }
  return fields;
}

/**
 * The metadata an MDX page exports, and the page with its `export` statements made comments;
 * undefined when the page has no `export` statement over more than one line and none that is its
 * metadata (a one-line `export` is left to the import's reading of MDX lines).
 */
export function mdxExportedMetadata(text: string): ExportedMetadata | undefined {
  const out: string[] = [];
  let data: Record<string, unknown> | undefined;
  let statement: string | undefined;
  let changed = false;
  let fence: string | undefined;
  let i = 0;
  while (i < text.length) {
    const lineEnd = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    const line = text.slice(i, lineEnd);
    const fenceMark = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence || fenceMark) {
      if (fence && fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      else if (!fence && fenceMark) fence = fenceMark;
      out.push(line);
      i = lineEnd + 1;
      continue;
    }
    if (anyExport.test(line)) {
      const opening = exportOpening.exec(line);
      const ends = statementEnd(text, i);
      const written = text.slice(i, ends).replace(/\s+$/, '');
      if (written.includes('\n')) {
        changed = true;
        const objectAt = opening ? i + opening[0].length : -1;
        const end = text[objectAt] === '{' ? closingIndex(text, objectAt) : -1;
        if (!data && opening && end > objectAt) {
          const fields = objectFields(text.slice(objectAt + 1, end - 1));
          if (typeof fields.title === 'string' || typeof fields.date === 'string') {
            data = fields;
            statement = written;
            // Kept whole under "Imported metadata", inside <Internal>: a second copy in the body, as a
            // comment, held a public post back for the author's name in it (`author: 'Arqu'`, the
            // redaction guard reads comments too; import round 36), and `npm run redact` cannot rewrite a comment.
            out.push(`<!-- export const ${opening[1]}: the page's metadata, kept under "Imported metadata" -->`);
            i = ends + 1;
            continue;
          }
        }
        // One comment for the whole statement: `--` cannot stand inside an HTML comment.
        out.push(`<!-- ${written.replace(/--/g, '- -')} -->`);
        i = ends + 1;
        continue;
      }
    }
    out.push(line);
    i = lineEnd + 1;
  }
  if (!changed) return undefined;
  const markdown = out.join('\n') + (text.endsWith('\n') ? '\n' : '');
  return { markdown: markdown.replace(/\n{3,}/g, '\n\n'), data: data ?? {}, statement: statement ?? '' };
}
