/**
 * Options written twice in `site.config.ts`'s settings (bad input round 33). JavaScript keeps the
 * last of two keys of one object literal and drops the first without a word, and Node runs the
 * file with its types stripped, not checked: a second `internalNames: []` pasted under the list of
 * names emptied it, and every name was published; a second `organisation:` renamed the site.
 * `tsc` says so (TS1117), but no command runs it.
 *
 * A light reading of the source, not a parser: from `const settings … = {` to its closing brace,
 * it follows brackets, strings, template literals and comments, and takes as a key a name or a
 * quoted name after `{` or `,` inside an object and before `:` (or a shorthand `name,`).
 * Computed keys (`[name]: …`) and spreads (`...base`) are passed over.
 */
export interface DuplicateSetting {
  /** The option's path, as messages name it (`redaction.internalNames`). */
  path: string;
  /** Line of the second key, which JavaScript keeps. */
  line: number;
  /** Line of the first key, which is dropped. */
  firstLine: number;
}

interface Frame {
  kind: '{' | '[' | '(';
  path: string;
  keys: Map<string, number>;
  expectKey: boolean;
  lastKey?: string;
}

export function duplicateSettings(text: string): DuplicateSetting[] {
  const start = /\bconst\s+settings\b[^=;]*=\s*\{/.exec(text);
  if (!start) return [];
  const found: DuplicateSetting[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const stack: Frame[] = [];
  let i = start.index + start[0].length - 1;
  const childPath = (frame: Frame | undefined, kind: Frame['kind']) => {
    if (!frame) return '';
    const key = frame.kind === '{' ? frame.lastKey : undefined;
    const base = key ? (frame.path ? `${frame.path}.${key}` : key) : frame.path;
    return frame.kind === '[' && kind === '{' ? `${base}[]` : base;
  };
  while (i < text.length) {
    const c = text[i];
    const top = stack.at(-1);
    if (/\s/.test(c)) { i++; continue; }
    if (c === '/' && text[i + 1] === '/') { const end = text.indexOf('\n', i); i = end === -1 ? text.length : end; continue; }
    if (c === '/' && text[i + 1] === '*') { const end = text.indexOf('*/', i + 2); i = end === -1 ? text.length : end + 2; continue; }
    if (c === '{' || c === '[' || c === '(') {
      // A `[` where a key is expected opens a computed key: not one to compare.
      if (top?.kind === '{' && top.expectKey) top.expectKey = false;
      stack.push({ kind: c, path: childPath(top, c), keys: new Map(), expectKey: c === '{' });
      i++;
      continue;
    }
    if (c === '}' || c === ']' || c === ')') {
      stack.pop();
      i++;
      if (!stack.length) break;
      continue;
    }
    if (c === ',') { if (top?.kind === '{') top.expectKey = true; i++; continue; }
    if (c === '\'' || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      const token = text.slice(i + 1, j);
      i = j + 1;
      if (top?.kind === '{' && top.expectKey && c !== '`') takeKey(top, token, i);
      continue;
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 200));
    if (word) {
      i += word[0].length;
      if (top?.kind === '{' && top.expectKey) takeKey(top, word[0], i);
      continue;
    }
    if (top?.kind === '{' && top.expectKey && c === '.') top.expectKey = false; // a spread
    i++;
  }
  return found;

  function takeKey(frame: Frame, key: string, after: number) {
    const next = /^\s*(.)/.exec(text.slice(after, after + 200))?.[1];
    frame.expectKey = false;
    if (next !== ':' && next !== ',' && next !== '}') return;
    const line = lineAt(after - 1);
    const first = frame.keys.get(key);
    const path = !/^[A-Za-z_$][\w$]*$/.test(key) ? `${frame.path}[${JSON.stringify(key)}]` : frame.path ? `${frame.path}.${key}` : key;
    if (first !== undefined) found.push({ path, line, firstLine: first });
    else frame.keys.set(key, line);
    frame.lastKey = key;
  }
}

/** The message for one option written twice, naming both lines. */
export function duplicateSettingProblem(duplicate: DuplicateSetting, source = 'site.config.ts'): string {
  return `${duplicate.path} is written twice in ${source} (lines ${duplicate.firstLine} and ${duplicate.line}): JavaScript keeps the second and drops the first without a word, so what line ${duplicate.firstLine} sets is not used. Keep one ${duplicate.path}, with the values of both if both are meant.`;
}
