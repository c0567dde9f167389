import jsYaml from 'js-yaml';

/**
 * A fast path for frontmatter YAML: js-yaml parses about ten times faster than the `yaml` package's
 * `parseDocument().toJS()`, but the two differ on scalars and on what they accept. This module
 * makes js-yaml resolve scalars exactly as `yaml`'s YAML 1.2 core schema does, and declines (returns
 * `undefined`) every input where the two could still disagree, so the caller parses those with
 * `yaml` and gets its data and its error messages. test/unit/fast-yaml.test.ts compares both
 * parsers on every content and fixture file and on a table of tricky snippets.
 */

// The scalar tests of node_modules/yaml/dist/schema/core (and common/null.js), in the order `yaml`
// tries them. js-yaml's own CORE_SCHEMA differs: it reads `0b1`, `+0x1` and `-0x1` as numbers,
// `-0` as 0 and `+.5` as a string; its default schema would also turn dates into Date objects,
// where `yaml`'s core schema keeps them as strings.
const nullTest = /^(?:~|[Nn]ull|NULL)?$/;
const boolTest = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const intOctTest = /^0o[0-7]+$/;
const intTest = /^[-+]?[0-9]+$/;
const intHexTest = /^0x[0-9a-fA-F]+$/;
const floatNaNTest = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const floatExpTest = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const floatTest = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

type CoreScalar = 'null' | 'bool' | 'int' | 'float' | 'str';

// Only these can start a plain scalar that is not a string (or the empty scalar, null).
const nonStringStart = /^(?:[-+.0-9~nNtTfF]|$)/;

function classify(data: string | null): CoreScalar {
  if (data === null) return 'null';
  if (!nonStringStart.test(data)) return 'str';
  if (nullTest.test(data)) return 'null';
  if (boolTest.test(data)) return 'bool';
  if (intOctTest.test(data) || intTest.test(data) || intHexTest.test(data)) return 'int';
  if (floatNaNTest.test(data) || floatExpTest.test(data) || floatTest.test(data)) return 'float';
  return 'str';
}

// js-yaml asks each type in turn about the same plain scalar: classify it once.
let lastData: string | null | undefined;
let lastClass: CoreScalar = 'str';
function classOf(data: string | null): CoreScalar {
  if (data !== lastData) {
    lastData = data;
    lastClass = classify(data);
  }
  return lastClass;
}

const nullType = new jsYaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => classOf(data) === 'null',
  construct: () => null,
});

const boolType = new jsYaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => classOf(data) === 'bool',
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
});

// js-yaml keeps one type per tag, so the three integer forms share one type (resolved as `yaml`
// does: parseInt of the digits after the prefix).
const intType = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => classOf(data) === 'int',
  construct: (data: string) =>
    intOctTest.test(data) ? parseInt(data.substring(2), 8)
    : intHexTest.test(data) ? parseInt(data.substring(2), 16)
    : parseInt(data, 10),
});

const floatType = new jsYaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) => classOf(data) === 'float',
  construct: (data: string) =>
    floatNaNTest.test(data)
      ? data.slice(-3).toLowerCase() === 'nan' ? NaN
        : data[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
      : parseFloat(data),
});

/** Strings, sequences and maps (failsafe) plus the core schema's null, bool, int and float; no timestamps, no merge keys. */
const yamlCoreSchema = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/**
 * Text the fast path leaves to `yaml`, because js-yaml would read it differently, accept what
 * `yaml` rejects, or because proving the two agree is not worth it for frontmatter:
 * - tabs, carriage returns other than before a newline, control and non-printable characters,
 *   the byte-order mark and Unicode line separators (the parsers disagree on where they are allowed);
 * - tags (`!!str 1`, `!foo`) and anchors (`&a`; an alias needs one, or js-yaml throws): `yaml`
 *   resolves unknown tags to strings with a warning and limits aliases, js-yaml does neither;
 * - directives (`%YAML 1.1` switches `yaml` to another schema) and document markers;
 * - explicit keys (`? key`): `yaml` stringifies collection keys as YAML, js-yaml as JavaScript does;
 * - block scalars with an explicit indentation (`|2`), which the parsers count from different
 *   columns, that keep trailing lines (`|+`), or that start with a blank line: the parsers treat
 *   whitespace-only lines there differently;
 * - a backslash at the end of a line (an escaped line break in a double-quoted string), followed
 *   by blank lines the parsers fold differently;
 * - `#` right after a quoted string or a flow collection: `yaml` rejects such a comment;
 * - empty sequence entries (`-` alone on its line): js-yaml 4.3 then takes a less indented `- x`
 *   line into the same sequence, where `yaml` reports an error.
 * Each pattern may also match harmless text (an `&` in a title): such files only take the slow path.
 * Each alternative begins with the character it is about (what comes before goes in a lookbehind),
 * so the regular expression engine can skip quickly to candidates.
 */
const deferredText = new RegExp(
  [
    /\r(?!\n)/,
    /[\t\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/,
    /(?<=^|[\s[{,:])(?:!|&\S)/,
    /(?<=^)(?:%|---|\.\.\.)/,
    /(?<=^|[\s[{,])\?(?=\s|$)/,
    /(?<=^|\s)-[ ]*(?:#.*)?\r?$/,
    /(?<=^|\s)[|>](?:[-+]?[0-9]|\+|-?[ ]*(?:#.*)?\r?\n[ ]*(?:\r?\n|$))/,
    /\\\r?$/,
    /(?<=["'\]}])#/,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
  'm',
);

const isSpace = (code: number) => code === 32 || code === 10 || code === 13;

/** Position of the first character at or after `from` that is not a space, line break or comment. */
function skipSeparation(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (isSpace(code)) at++;
    // `#` starts a comment only after white space (else it is part of the text).
    else if (code === 35 && (at === 0 || isSpace(text.charCodeAt(at - 1)))) {
      const lineEnd = text.indexOf('\n', at);
      at = lineEnd === -1 ? text.length : lineEnd;
    } else break;
  }
  return at;
}

/** Column where a line's content starts: after its indentation and any `- `, `? `, `: ` indicators. */
function contentColumn(text: string, lineStart: number): number {
  let at = lineStart;
  for (;;) {
    while (text.charCodeAt(at) === 32) at++;
    const code = text.charCodeAt(at);
    const isIndicator = code === 45 || code === 63 || code === 58; // - ? :
    if (!isIndicator || text.charCodeAt(at + 1) !== 32) return at - lineStart;
    at++;
  }
}

/**
 * Whether the node at [start, end), if a scalar or a flow collection, is one `yaml` might read differently:
 * - it spans lines and a following line is not indented past the content column of its first line
 *   (`key: "a⏎b"`: js-yaml accepts, `yaml` requires the continuation to be indented; this is
 *   stricter than `yaml`, which sometimes allows less);
 * - it is a key (a `:` follows) and spans lines, is a flow collection (`[a]: b`, which js-yaml
 *   turns into the key "a" and `yaml` into "[ a ]"), or is longer than `yaml`'s 1024-character
 *   limit for implicit keys.
 */
function differsFromYaml(text: string, kind: string, start: number, end: number): boolean {
  // Most nodes are scalars on one line, not keys longer than 1000 characters.
  if (kind === 'scalar' && end - start <= 1000) {
    const lineEnd = text.indexOf('\n', start);
    if (lineEnd === -1 || lineEnd >= end) return false;
  }
  start = skipSeparation(text, start);
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start >= end) return false;
  const first = text[start];
  const isFlow = first === '[' || first === '{';
  if (kind !== 'scalar' && !isFlow) return false;
  const firstLineEnd = text.indexOf('\n', start);
  const multiLine = firstLineEnd !== -1 && firstLineEnd < end;
  if (!multiLine && !isFlow && end - start <= 1000) return false;
  if (text[skipSeparation(text, end)] === ':') return true;
  if (!multiLine) return false;
  const minIndent = contentColumn(text, text.lastIndexOf('\n', start - 1) + 1) + 1;
  for (let lineStart = firstLineEnd + 1; lineStart < end; lineStart = text.indexOf('\n', lineStart) + 1 || end) {
    let indent = 0;
    while (text.charCodeAt(lineStart + indent) === 32) indent++;
    const next = text.charCodeAt(lineStart + indent);
    if (next !== 10 && next !== 13 && indent < minIndent) return true;
  }
  return false;
}

/** True when a parsed value has a key js-yaml made from a null key (`~:`, `null:`, `: x`): `yaml` names that key ''. */
function hasNullKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasNullKey);
  if (value === null || typeof value !== 'object') return false;
  for (const key of Object.keys(value)) {
    if (key === 'null' || hasNullKey((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/**
 * Parses YAML as `parseDocument(text, { uniqueKeys: true }).toJS()` of the `yaml` package would,
 * when that is certain; `undefined` means "ask `yaml`" (the text has an error, or a construct the
 * fast path leaves alone).
 */
export function loadYamlFast(text: string): { data: unknown } | undefined {
  if (deferredText.test(text)) return undefined;
  let data: unknown;
  const starts: number[] = [];
  let differs = false;
  // js-yaml reports where each node opens and closes; blocks are checked through their contents.
  const listener = (event: 'open' | 'close', state: { position: number; kind: string | null }) => {
    if (event === 'open') starts.push(state.position);
    else {
      const start = starts.pop()!;
      if (!differs && state.kind !== null) differs = differsFromYaml(text, state.kind, start, state.position);
    }
  };
  try {
    data = jsYaml.load(text, { schema: yamlCoreSchema, listener });
  } catch {
    return undefined;
  }
  if (differs) return undefined;
  // Frontmatter is a mapping. Anything else (an empty document, for which js-yaml gives undefined
  // and `yaml` null; a block scalar at the root, where the two treat unindented lines differently)
  // is left to `yaml`.
  if (data === null || typeof data !== 'object' || Array.isArray(data) || hasNullKey(data)) return undefined;
  return { data };
}
