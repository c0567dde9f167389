import { quoteSnippet } from './quoted-snippet.ts';
/**
 * Mistakes on one frontmatter line that the YAML parser reports in its own words, at the wrong
 * line or several times over (bad input round 14): `status:published` and `status = published`
 * ("Implicit keys need to be on a single line"), a full-width colon or a no-break space after the
 * colon, an HTML comment among the fields ("Implicit map keys need to be followed by map values"),
 * a key indented under one that has a value ("Nested mappings are not allowed in compact
 * mappings", twice, at the line above), a value on the line after its key. Read only when the YAML
 * did not parse, so a valid frontmatter is never second-guessed. Pure text rules, no Astro.
 */

export interface FrontmatterLineMistake {
  /** The file line (1-based). */
  line: number;
  message: string;
  fix: string;
}

/** Top-level fields that hold one set of keys (never a list). */
const mappingFields = new Set(['times', 'impact', 'public', 'security']);

const keyLine = /^( *)(- +)?([A-Za-z_][\w-]*)( *):( +|$)/;

/** The first such mistake of `yaml` (the text between the `---` lines, starting at file line `startLine`), or undefined. */
export function findFrontmatterLineMistake(yaml: string, startLine: number): FrontmatterLineMistake | undefined {
  const lines = yaml.split('\n').map((line) => line.replace(/\r$/, ''));
  let previousKey: { indent: number; hasValue: boolean; key: string; line: number } | undefined;
  let keyBefore: typeof previousKey;
  let blockScalarIndent: number | undefined;
  let mappingParent: { key: string; line: number } | undefined;
  // What each open block holds, by indentation: keys, or list items (a compact list, `- ` at its
  // key's own indentation right under it, is both, and never a mistake).
  const blocks = new Map<number, { kind: 'keys' | 'items'; line: number; key?: string; compact?: boolean }>();
  let previousText: { indent: number; keyWithoutValue: boolean } | undefined;
  const withoutDash = firstEntriesWithoutDash(lines);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const line = startLine + i;
    if (!text.trim() || /^\s*#/.test(text)) continue;
    const entry = withoutDash.get(i);
    if (entry) {
      const shownEntry = text.trim().length > 60 ? `${text.trim().slice(0, 57)}…` : text.trim();
      const after = entry.nextItem === undefined ? `${entry.list} is a list` : `the entries after it are list items (line ${startLine + entry.nextItem})`;
      return { line, message: `line ${line} (\`${shownEntry}\`) has no "- " before it, but it starts the first entry of ${entry.list}: ${after}, and the keys under it are indented as an item's are. YAML cannot read it as an entry.`,
        fix: `write "- " before it, the keys under it as they are: \`${' '.repeat(entry.itemIndent)}- ${text.trim()}\`.` };
    }
    const indent = /^ */.exec(text)![0].length;
    // Lines of a `|` or `>` block are text, whatever they hold.
    if (blockScalarIndent !== undefined) {
      if (indent > blockScalarIndent) continue;
      blockScalarIndent = undefined;
    }
    const shown = text.trim().length > 60 ? `${text.trim().slice(0, 57)}…` : text.trim();
    // Round 42: a Markdown task list pasted as the action items (`- [ ] Validate pool sizes`): YAML
    // reads `[ ]` as an empty list and stops at the words after it ("Unexpected scalar at node end").
    const task = /^\s*- \[([ xX]?)\][ \t]+(\S.*)$/.exec(text);
    if (task) {
      return { line, message: `line ${line} (\`${shown}\`) is a line of a Markdown task list, which YAML cannot read: [${task[1]}] is a list to it, and the words after it an error.`,
        fix: `write each as an action item with its fields: "- id: AI-1", then "title: ${task[2].trim().slice(0, 60).replace(/"/g, '\\"')}", "status: ${/x/i.test(task[1]) ? 'done' : 'open'}", owner, due and the others indented under it (npm run new writes one to copy).` };
    }
    // Round 39: indented with no-break spaces (a paste from a web page or a chat) or an ideographic
    // space (a Japanese or Chinese input method) was "text at the start of a line, not a field",
    // with a fix that joined the line to the key above.
    const oddIndent = /^ *([\u00A0\u2000-\u200A\u202F\u205F\u3000])[\s\u3000]*\S/.exec(text);
    if (oddIndent) {
      const code = oddIndent[1].codePointAt(0)!;
      const name = code === 0xa0 ? 'a no-break space' : code === 0x3000 ? 'an ideographic space (a CJK input method\'s)' : 'a typographic space';
      return { line, message: `line ${line} (\`${shown}\`) is indented with ${name}, U+${code.toString(16).toUpperCase().padStart(4, '0')}, not with spaces: YAML indents with plain spaces only, so it reads the line as text, not as a field.`,
        fix: `retype the indentation of line ${line} as plain spaces, as the lines around it are (a paste from a web page, a document or a chat brings such spaces).` };
    }
    // Round 40: a title as a tracker or a chat writes it, `[SEV-1] Checkout errors` (YAML reads a
    // list, then text after it) or `*Checkout* errors` (an alias), and a Windows path in double
    // quotes (`"C:\new\pool"`, escapes) got the parser's words, "Unexpected scalar at node end" or
    // "Invalid escape sequence \p", with a general fix.
    const keyValue = /^( *)(?:- +)?([A-Za-z_][\w-]*): +(.+?)\s*$/.exec(text);
    if (keyValue) {
      const value = keyValue[3];
      // A field that takes a list (`tags: [config] deploy`) wants the list mended, not quoted.
      const takesList = /^(?:services|teams|tags|reviewers|related|contributors|mitigators|risks|include|timeline|actionItems)$/.test(keyValue[2]);
      const bracketed = takesList ? undefined : /^(\[[^\]]*\]|\{[^}]*\})\s*[^\s#,]/.exec(value);
      // `&name value` is an anchor before its value, valid YAML: only `*` is said.
      const alias = /^(\*)[^\s*]+\*?\s+\S/.exec(value);
      // Round 48: `summary: >5% of checkout failed.`, `| pipes failed`, `? checkout`, `- checkout
      // failed` got the parser's words ("Block scalar header includes extra characters").
      const mark = takesList ? undefined : /^(?:([>|])(?![-+]?\d?\s*(?:#.*)?$)|(\?|-)[ \t]+\S)/.exec(value);
      if (mark) {
        const sign = mark[1] ?? mark[2];
        const reading = sign === '>' || sign === '|'
          ? `the mark of a block of text on the lines below it (${sign === '>' ? '> folds them into one paragraph' : '| keeps their line breaks'}), so the words after it on this line do not parse`
          : sign === '?' ? 'the mark of a key written in full (? key), not text' : 'the mark of a list item, not text';
        return { line, message: `line ${line}: the value of ${keyValue[2]}, ${quoteSnippet(value, 50)}, starts with ${sign}, which YAML reads as ${reading}.`,
          fix: `put the whole value in double quotes: ${keyValue[2]}: "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}".` };
      }
      if (bracketed || alias) {
        const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
        return { line, message: `line ${line}: the value of ${keyValue[2]}, ${quoteSnippet(value, 50)}, starts with ${bracketed ? `${bracketed[1][0]}, which YAML reads as the start of a ${bracketed[1][0] === '[' ? 'list' : 'set of fields'}, so the words after ${quoteSnippet(bracketed[1], 20)} do not parse` : `${alias![1]}, which YAML reads as a reference to an anchor (an alias), not as text`}.`,
          fix: `put the whole value in double quotes: ${keyValue[2]}: ${quoted}.` };
      }
      const badEscape = /^"((?:[^"\\]|\\.)*)"$/.test(value) ? /\\([^0abtnvfre "/\\N_LPxuU\t])/.exec(value) : undefined;
      if (badEscape) {
        return { line, message: `line ${line}: in double quotes a backslash starts an escape (\\n is a line break), and \\${badEscape[1]} in ${quoteSnippet(value, 50)} is none, so the value does not parse.`,
          fix: `write the value in single quotes, which take a backslash as it is: ${keyValue[2]}: '${value.slice(1, -1).replace(/'/g, "''")}' (or each backslash twice, \\\\, in double quotes).` };
      }
    }
    const equals = /^( *)(- +)?([A-Za-z_][\w-]*) *= *(.+)$/.exec(text);
    if (equals && !text.includes(': ')) {
      return { line, message: `line ${line} is \`${shown}\`: YAML writes a field as key, colon, space, value; an = sign is read as part of one text, not as the field ${equals[3]}.`,
        fix: `write ${equals[3]}: ${equals[4].replace(/^["']|["']$/g, '')}` + '.' };
    }
    const glued = /^( *)(- +)?([A-Za-z_][\w-]*):([^\s:/][^]*)$/.exec(text);
    if (glued && !/^\d/.test(glued[4])) {
      return { line, message: `line ${line} is \`${shown}\`: there is no space after the colon, so YAML reads the line as one text, not as the field ${glued[3]}.`,
        fix: `put a space after the colon: ${glued[3]}: ${glued[4]}.` };
    }
    const oddColon = /^( *)(- +)?([A-Za-z_][\w-]*)(?:(\uFF1A)|:(\u00A0)| *(\u00A0):)/.exec(text);
    if (oddColon) {
      const what = oddColon[4] ? 'a full-width colon (U+FF1A, "：")' : 'a no-break space (U+00A0) beside the colon';
      return { line, message: `line ${line} writes the field ${oddColon[3]} with ${what}: YAML reads only ":" followed by a plain space, so the line is one text, not the field.`,
        fix: `retype the colon and the space after ${oddColon[3]} (a word processor or a chat app put the other character there).` };
    }
    // Round 48: `// TODO fill owners` (a comment as JavaScript or a JSON-with-comments file writes
    // one) was "text broken onto a line of its own", with a fix that joined it to the value above.
    const otherComment = /^\s*(\/\/|\/\*|;|--(?=\s))\s*(.*?)\s*(?:\*\/)?$/.exec(text);
    if (otherComment) {
      return { line, message: `line ${line} (\`${shown}\`) is a comment written with ${otherComment[1]}, as ${otherComment[1] === ';' ? 'an INI file' : otherComment[1] === '--' ? 'SQL' : 'JavaScript'} writes one, which YAML does not know: it reads the line as text, not as a comment.`,
        fix: `start it with # instead (${/^ */.exec(text)![0]}# ${otherComment[2]}), or delete the line.` };
    }
    if (/^\s*<!--/.test(text)) {
      return { line, message: `line ${line} is an HTML comment (\`${shown}\`), which YAML does not know: it reads it as a key with no value.`,
        fix: 'write the note as a YAML comment, starting with # (e.g. # legacy), or delete the line.' };
    }
    const key = keyLine.exec(text);
    // Round 21: `- at: …` among the keys of the same block (`first:` above it, at its indentation)
    // was three of the parser's messages ("A block sequence may not be used as an implicit map key").
    for (const deeper of [...blocks.keys()]) if (deeper > indent) blocks.delete(deeper);
    const isItem = /^ *- /.test(text) || /^ *-$/.test(text);
    const compact = isItem && previousText?.indent === indent && previousText.keyWithoutValue;
    const held = blocks.get(indent);
    if (indent > 0 && held && !held.compact && !compact && held.kind !== (isItem ? 'items' : 'keys') && (isItem || key)) {
      const parent = lines.slice(0, i).reverse().find((above) => above.trim() && !/^\s*#/.test(above) && /^ */.exec(above)![0].length < indent);
      const parentKey = parent ? keyLine.exec(parent)?.[3] : undefined;
      return isItem
        ? { line, message: `line ${line} (\`${shown}\`) is a list item, but the block it is in holds keys (${held.key}: on line ${held.line}, at the same indentation): a block holds keys or list items, not both.`,
          fix: `${parentKey ? `${parentKey} is a list: ` : ''}write every entry at this level as a list item, "- " first, with no key of its own before it; or, if it belongs to ${held.key}, indent it under that key.` }
        : { line, message: `line ${line} (\`${shown}\`) is a key, but the block it is in holds list items (line ${held.line}, at the same indentation): a block holds keys or list items, not both.`,
          fix: `write it as a list item with "- " before it, as the entries above it are, or indent it under the item it belongs to.` };
    }
    if (isItem || key) blocks.set(indent, held && (isItem ? 'items' : 'keys') === held.kind ? held : { kind: isItem ? 'items' : 'keys', line, key: isItem ? undefined : key?.[3], compact });
    if (isItem && key) blocks.set(indent + key[2]!.length, { kind: 'keys', line, key: key[3] });
    previousText = { indent, keyWithoutValue: !!key && !key[2] && !text.slice(key[0].length).trim() };
    if (indent === 0) mappingParent = key && !key[2] && !text.slice(key[0].length).trim() && mappingFields.has(key[3]) ? { key: key[3], line } : undefined;
    // Round 15: `times:` written as a list (`  - started: …`): three "All mapping items must
    // start at the same column" where a key without its "-" followed, none naming the cause.
    if (key && key[2] && indent > 0 && mappingParent) {
      return { line, message: `line ${line} (\`${shown}\`) writes ${key[3]} as a list item, with a "-" before it: ${mappingParent.key} (line ${mappingParent.line}) is one set of keys, not a list.`,
        fix: `delete the "- " before ${key[3]} and before every other key of ${mappingParent.key}, keeping them indented under it.` };
    }
    if (key) {
      const keyIndent = indent + (key[2]?.length ?? 0);
      // Round 48: `   title:` one space short between `  - id:` and `    owner:` blamed owner, whose
      // indentation is right: when the key before the one above is at this line's indentation,
      // the one above is the odd one.
      if (previousKey && previousKey.hasValue && indent > previousKey.indent && !key[2] && keyBefore && keyBefore.indent === indent && previousKey.line === keyBefore.line + 1) {
        const odd = lines[previousKey.line - startLine].trim();
        return { line: previousKey.line, message: `line ${previousKey.line} (\`${odd.length > 60 ? `${odd.slice(0, 57)}…` : odd}\`) is indented ${previousKey.indent} spaces, ${indent - previousKey.indent === 1 ? 'one' : indent - previousKey.indent} less than ${keyBefore.key} above it and ${key[3]} below it (${indent}): YAML reads ${previousKey.key} as leaving the block they are in, and stops at ${key[3]}.`,
          fix: `indent ${previousKey.key} as ${keyBefore.key} and ${key[3]} are (${indent} spaces).` };
      }
      if (previousKey && previousKey.hasValue && indent > previousKey.indent && !key[2]) {
        return { line, message: `line ${line} (\`${shown}\`) is indented ${indent - previousKey.indent === 1 ? 'one space' : `${indent - previousKey.indent} spaces`} more than ${previousKey.key} on line ${previousKey.line}, which has a value: YAML reads it as more of that value, not as a field.`,
          fix: `indent ${key[3]} as ${previousKey.key} is (${previousKey.indent === 0 ? 'at the start of the line' : `${previousKey.indent} spaces`}), or under the key it belongs to.` };
      }
      const rest = text.slice(key[0].length);
      // A value that goes on to the next lines (a quote or a bracket left open) has lines indented under it.
      keyBefore = previousKey;
      previousKey = { indent: keyIndent, hasValue: rest.trim() !== '' && !/^[|>]/.test(rest.trim()) && !continuesOnNextLine(rest.trim()), key: key[3], line };
      if (/^[|>][+-]?\d*\s*(?:#.*)?$/.test(rest.trim())) blockScalarIndent = keyIndent;
      continue;
    }
    // Text on a line of its own, at the start, after a key with no value: its value, one line down.
    if (indent === 0 && !/^[-[{"'&*!|>?]/.test(text) && previousKey && !previousKey.hasValue && previousKey.indent === 0 && i > 0 && lines[i - 1].trim() !== '' && keyLine.test(lines[i - 1])) {
      return { line, message: `line ${line} (\`${shown}\`) is text at the start of a line, not a field: if it is the value of ${previousKey.key} on line ${previousKey.line}, YAML reads it only on that line or indented under it.`,
        fix: `write it after the colon: ${previousKey.key}: ${text.trim()}${/[.!?]$/.test(text.trim()) ? "" : "."}` };
    }
    // Round 47: `summary: A push lowered a limit` over `and checkout failed.` (a value broken onto
    // a line of its own, by an editor's wrap or a paste) was "Implicit keys need to be on a single line".
    if (indent === 0 && !/^[-[{"'&*!|>?#]/.test(text) && previousKey && previousKey.hasValue && previousKey.indent === 0 && i > 0 && keyLine.test(lines[i - 1])) {
      const value = lines[i - 1].slice(lines[i - 1].indexOf(':') + 1).trim();
      return { line, message: `line ${line} (\`${shown}\`) is text at the start of a line, not a field: it reads as the rest of ${previousKey.key}'s value on line ${previousKey.line}, broken onto a line of its own, but YAML reads a value's next lines only when they are indented under its key.`,
        fix: `join it to line ${previousKey.line} (${previousKey.key}: ${quoteSnippet(`${value} ${text.trim()}`, 80)}), or indent it by two spaces under ${previousKey.key}.` };
    }
    previousKey = undefined;
  }
  return undefined;
}

/** True when a value opens a quote or a flow bracket it does not close on its line. */
function continuesOnNextLine(value: string): boolean {
  if (value.startsWith('"')) return !/^"(?:[^"\\]|\\.)*"/.test(value);
  if (value.startsWith("'")) return !/^'(?:[^']|'')*'/.test(value);
  if (/^[[{]/.test(value)) {
    let depth = 0;
    for (const character of value.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '')) {
      if (character === '[' || character === '{') depth++;
      else if (character === ']' || character === '}') depth--;
    }
    return depth > 0;
  }
  return false;
}

/**
 * The first entry of a list written without its "- " (deleted, or turned into spaces), the entries
 * after it with theirs (bad input round 24): the parser said "A block sequence may not be used as
 * an implicit map key" three times, or the check said to indent the entry's second key as its first,
 * which made another error. By the line index of the entry's first key: the list's key, and the
 * index of the item after it. Only where the entry's keys reach deeper than the items' "- " (an
 * item's keys are indented past it): a key beside list items at one indentation is round 21's.
 */
function firstEntriesWithoutDash(lines: readonly string[]): Map<number, { list: string; nextItem?: number; itemIndent: number }> {
  const found = new Map<number, { list: string; nextItem?: number; itemIndent: number }>();
  const indentOf = (text: string) => /^ */.exec(text)![0].length;
  const isContent = (text: string) => text.trim() !== '' && !/^\s*#/.test(text);
  // An entry's first key holds its value (`at: 2025-…`); a key with none opens a block of its own
  // (`first:` with keys under it, round 21's mistake).
  const hasValue = (text: string) => text.slice(keyLine.exec(text)![0].length).trim() !== '';
  for (let i = 0; i < lines.length; i++) {
    if (!/^ *-( |$)/.test(lines[i])) continue;
    const itemIndent = indentOf(lines[i]);
    const above: number[] = [];
    let parent: number | undefined;
    for (let j = i - 1; j >= 0; j--) {
      if (!isContent(lines[j])) continue;
      if (indentOf(lines[j]) < itemIndent) {
        parent = j;
        break;
      }
      above.unshift(j);
    }
    if (parent === undefined || !above.length) continue;
    const listKey = keyLine.exec(lines[parent]);
    // The list's own key, with no value on its line.
    if (!listKey || listKey[2] || lines[parent].slice(listKey[0].length).trim()) continue;
    // Keys only, none an item; the first at or past the items' indentation, the rest past it.
    if (above.some((j) => /^ *-( |$)/.test(lines[j]) || !keyLine.test(lines[j]))) continue;
    const [first, ...rest] = above;
    if (!rest.length || rest.some((j) => indentOf(lines[j]) <= itemIndent) || indentOf(lines[first]) > Math.min(...rest.map((j) => indentOf(lines[j])))) continue;
    if (indentOf(lines[first]) < itemIndent || !hasValue(lines[first])) continue;
    found.set(first, { list: listKey[3], nextItem: i, itemIndent });
  }
  // A list field's only entry without its "- ": no item follows to compare with, but the field is a list.
  for (let i = 0; i < lines.length; i++) {
    const listKey = keyLine.exec(lines[i]);
    if (!listKey || listKey[2] || indentOf(lines[i]) !== 0 || !listFields.has(listKey[3]) || lines[i].slice(listKey[0].length).trim()) continue;
    const under: number[] = [];
    for (let j = i + 1; j < lines.length && (!isContent(lines[j]) || indentOf(lines[j]) > 0); j++) if (isContent(lines[j])) under.push(j);
    if (under.length < 2 || under.some((j) => /^ *-( |$)/.test(lines[j]) || !keyLine.test(lines[j]))) continue;
    const [first, ...rest] = under;
    if (!hasValue(lines[first]) || rest.some((j) => indentOf(lines[j]) <= indentOf(lines[first]))) continue;
    if (!found.has(first)) found.set(first, { list: listKey[3], itemIndent: indentOf(lines[first]) });
  }
  return found;
}

/** Top-level fields that hold a list of entries with keys of their own. */
const listFields = new Set(['timeline', 'actionItems']);
