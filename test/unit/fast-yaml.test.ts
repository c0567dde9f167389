import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument, visit } from 'yaml';
import { loadYamlFast } from '../../src/lib/fast-yaml.ts';
import { parseFrontmatter, splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { describeToJsError } from '../../src/lib/yaml-errors.ts';

/**
 * What frontmatter parsing gave before the fast path: the `yaml` package alone. (Its toJS throws
 * on an alias to an anchor that was never set, without an error in `errors`; parseFrontmatter
 * reports that as an error.)
 */
function parseWithYaml(text: string): { data?: unknown; errors: string[]; thrown?: string } {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const errors = document.errors.map((error) => error.message.split('\n')[0]);
  if (errors.length) return { errors };
  try {
    return { data: document.toJS(), errors };
  } catch (error) {
    return { errors, thrown: (error as Error).message };
  }
}

/**
 * The fast path must give exactly what `yaml` gives (-0 is not 0, 1 is not "1") or decline; and
 * parseFrontmatter, whichever parser it used, must give `yaml`'s data and errors.
 */
function expectSameAsYaml(text: string) {
  const expected = parseWithYaml(text);
  const fast = loadYamlFast(text);
  if (fast) {
    expect(expected.errors, 'the fast path accepted YAML that `yaml` rejects').toEqual([]);
    expect(expected.thrown).toBeUndefined();
    expect(fast.data).toStrictEqual(expected.data);
    expect(isDeepStrictEqual(fast.data, expected.data), 'strictly equal, -0 and NaN included').toBe(true);
  }
  const split = { yaml: text, body: '', yamlStartLine: 2, bodyStartLine: 1, present: true };
  if (expected.thrown) {
    // What `yaml` threw is reported as an error of the frontmatter instead, in the author's words.
    expect(fast).toBeUndefined();
    const parsed = parseFrontmatter(split);
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors.map((error) => error.message)).toEqual([describeToJsError(new Error(expected.thrown)).message]);
    return fast;
  }
  const parsed = parseFrontmatter(split);
  if (expected.errors.length) {
    // The same errors at the same places; a message may be reworded for the author (a duplicate key names the key).
    expect(parsed.errors.map((error) => error.position)).toHaveLength(expected.errors.length);
    expect(parsed.data).toBeUndefined();
  } else if (explicitTags(text).some((tag) => !coreTags.includes(tag))) {
    // A tag `yaml` drops with a warning (`!foo`) or reads as bytes or a set (`!!binary`) is an error instead.
    expect(fast).toBeUndefined();
    expect(parsed.errors.map((error) => error.message).join('\n')).toMatch(/the YAML tag \S+ is not allowed in frontmatter/);
  } else {
    expect(parsed.errors).toEqual([]);
    expect(isDeepStrictEqual(parsed.data, expected.data)).toBe(true);
  }
  return fast;
}

/** The explicit tags of a YAML text, as `yaml` resolves them. */
function explicitTags(text: string): string[] {
  const tags: string[] = [];
  visit(parseDocument(text), { Node: (_key, node) => void (node.tag && tags.push(node.tag)) });
  return tags;
}
const coreTags = ['!', ...['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => `tag:yaml.org,2002:${name}`)];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx?$/.test(path) && !path.split(/[\\/]/).includes('node_modules'))
    .map((path) => join(dir, path))
    .sort();
}

describe('the fast path gives what `yaml` gives on every content and fixture file', () => {
  const files = [...markdownFiles('content'), ...markdownFiles('test/fixtures')];
  test('there are files to compare', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  test.each(files)('%s', (file) => {
    expectSameAsYaml(splitFrontmatter(readFileSync(file, 'utf8')).yaml);
  });
  test('and takes the fast path for the postmortems of content/', () => {
    const postmortems = markdownFiles('content/postmortems');
    const declined = postmortems.filter((file) => !loadYamlFast(splitFrontmatter(readFileSync(file, 'utf8')).yaml));
    expect(declined).toEqual([]);
  });
});

// Plain scalars the fast path must resolve itself, exactly as YAML 1.2's core schema in `yaml`
// (js-yaml's CORE_SCHEMA reads several of them differently: 1_000, 0b1, +0x1, 017, .5e3 ...).
const scalars = [
  '1', '-1', '+1', '0', '-0', '+0', '007', '-007', '1_000', '1_000.5', '0b1', '0b101', '0o17', '0o8', '017', '08',
  '0x1F', '0X1F', '0x1f', '+0x1', '-0x1', '0xG', '1.', '.5', '+.5', '-.5', '1.50', '0.1', '1e3', '1E+3', '1e-3',
  '.5e3', '1.5e-3', '1e', 'e3', '1.2.3', '.inf', '-.Inf', '+.INF', '.Inf', 'inf', '-inf', '.nan', '.NaN', '.NAN',
  '-.nan', 'nan', 'NaN', '12345678901234567890', '9007199254740993', '-9007199254740993', '1:20', '1:20:30', '-1:20',
  '~', 'null', 'Null', 'NULL', 'nUll', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', 'yes', 'no',
  'on', 'off', 'y', 'n', '2021-07-18', '2021-07-18T13:29:00Z', '2021-07-18 13:29:00', '2001-12-14t21:59:43.10-05:00',
  '"1"', "'1_000'", '"true"', "'~'", '"-0"', 'SEV-0', 'P1', 'a b', 'é', '😀', 'http://example.com/a?b=c#d', "it's",
];

describe('plain scalars resolve as in `yaml`, on the fast path', () => {
  test.each(scalars)('value: %s', (scalar) => {
    expect(expectSameAsYaml(`value: ${scalar}\nlist: [${scalar}]\n`), 'taken by the fast path').toBeDefined();
  });
  test.each(scalars.filter((scalar) => !scalar.startsWith('"') && !scalar.startsWith("'")))('%s: as a key', (scalar) => {
    expectSameAsYaml(`${scalar}: value\n`);
  });
});

// Text where js-yaml would accept what `yaml` rejects, or read it differently: each must come out
// as `yaml` has it (the fast path declines the doubtful ones).
const snippets: Record<string, string> = {
  'tab as indentation': 'a:\n\tb: 1\n',
  'tab after a key': 'a:\t1\n',
  'tab in a quoted string': 'a: "x\ty"\n',
  'quoted key over two lines': '"a\n b": c\n',
  'plain key over two lines': 'a\n b: c\n',
  'flow key over two lines': '[a,\n b]: c\n',
  'key longer than 1024 characters': `${'k'.repeat(1100)}: v\n`,
  'quoted string continued without indentation': 'a: "x\ny"\nb: 1\n',
  'quoted string continued with indentation': 'a: "x\n  y"\nb: 1\n',
  'single-quoted string continued without indentation': "a: 'x\ny'\n",
  'quoted string in a sequence continued less indented': 'a:\n  - "x\n y"\n',
  'quoted string with an empty line': 'a: "x\n\n  y"\n',
  'escaped line break then blank lines': 'a: "x\\\n\n  \\\"  "\n',
  'quoted string looking like a key on its second line': 'a: "x\nb: y"\n',
  'plain string continued': 'a: x\n  y\nb: 1\n',
  'plain string continued without indentation': 'a: x\ny\n',
  'anchor and alias': 'a: &x 1\nb: *x\n',
  'alias without anchor': 'b: *x\n',
  'anchor on a map': 'a: &x\n  b: 1\nc: *x\n',
  'merge key': 'a: &x {b: 1}\nc:\n  <<: *x\n',
  'bare merge key': '<<: {b: 1}\n',
  'explicit string tag': 'a: !!str 1\n',
  'explicit int tag on a string': 'a: !!int "1"\n',
  'explicit int tag on 1_000': 'a: !!int 1_000\n',
  'unknown tag': 'a: !foo x\n',
  'non-specific tag': 'a: ! 1\n',
  'timestamp tag': 'a: !!timestamp 2021-07-18\n',
  'literal block': 'a: |\n  x\n  y\nb: 1\n',
  'folded block': 'a: >\n  x\n  y\n\n  z\nb: 1\n',
  'stripped literal block': 'a: |-\n  x\n\n',
  'kept literal block': 'a: |+\n  x\n\n',
  'kept block ending in spaces': 'a:\n  b: >+\n    ',
  'block with indentation indicator': 'a: |2\n   x\n',
  'block with a leading blank line': 'a: |\n\n  x\n',
  'block with a more indented leading blank line': 'a: >\n      \n   # c\n',
  'block at the end of the text': 'a: |',
  'block with a comment line': 'a: |\n  x\n# c\nb: 1\n',
  'more indented lines in a folded block': 'a: >\n  x\n    y\n  z\n',
  'root block scalar': '|\n# comment\n',
  'quoted keys': '"a": 1\n\'b c\': 2\n',
  'duplicate key': 'a: 1\na: 2\n',
  'duplicate key, one quoted': 'a: 1\n"a": 2\n',
  'number and string keys with the same text': '1: a\n"1": b\n',
  'null keys': '~: 1\n',
  'null key spelled out': 'null: 1\n',
  'empty key': ': 1\n',
  'quoted null key': '"null": 1\n',
  'proto key': '__proto__: 1\n',
  'proto key with a map': '__proto__:\n  polluted: 1\n',
  'empty values': 'a:\nb: \'\'\nc: ""\nd: []\ne: {}\nf: ~\n',
  'nested flows': 'a: [b, [c, d], {e: f}]\ng: {h: [i]}\n',
  'flow pair in a sequence': 'a: [b: c]\n',
  'flow sequence as a key': '[a]: b\n',
  'flow sequence as a key with a space': '[a, b] : c\n',
  'flow map as a key': '{a: 1}: b\n',
  'flow key inside a flow map': 'a: {[b]: c}\n',
  'flow sequence over lines': 'a: [b,\n  c]\n',
  'flow sequence over lines without indentation': 'a: [b,\nc]\n',
  'flow sequence closed at the key column': 'a: [\n  b\n]\n',
  'nested flow closed at the key column': 'a: [[b,\n]]\n',
  'flow with a trailing comma': 'a: [b, c,]\n',
  'flow with a missing comma': 'a: [b c]\n',
  'explicit key': '? a\n: b\n',
  'explicit collection key': '? [a]\n: b\n',
  'compact nested mapping': 'a: b: c\n',
  'sequence after a key on the same line': 'a: - b\n',
  'empty sequence entry then a less indented entry': 'a:\n  -\n - b\n',
  'indented root with an empty entry': '  a:\n  -\n - b\n',
  'empty sequence entry': 'a:\n  -\n  - b\n',
  'comment after a value': 'a: b # c\n',
  'hash without a space': 'a: b#c\n',
  'comment right after a quoted string': 'a: "b"#c\n',
  'comment right after a flow collection': 'a: [b]#c\n',
  'text after a quoted string': 'a: "b" c\n',
  'only comments': '# a\n# b\n',
  'empty document': '',
  'byte-order mark': '\uFEFFa: 1\n',
  'byte-order mark in a value': 'a: x\uFEFFy\n',
  'CRLF line ends': 'a: 1\r\nb: |\r\n  x\r\n  y\r\nc: "d\r\n  e"\r\n',
  'lone carriage return': 'a: 1\rb: 2\n',
  'next-line character': 'a: x\u0085y\n',
  'line separator': 'a: x\u2028y\n',
  'control character': 'a: x\u0007y\n',
  'YAML 1.1 directive': '%YAML 1.1\n---\na: yes\n',
  'document end marker': 'a: 1\n...\n',
  'document start marker': 'a: 1\n---\nb: 2\n',
  'invalid escape': 'a: "\\q"\n',
  'escapes': 'a: "\\x41\\u00e9\\U0001F600\\ud83d\\ude00\\N\\_\\L\\P\\/\\0"\n',
  'unclosed quote': 'a: "b\n',
  'bad indentation': 'a: 1\n b: 2\n',
  'less indented second key': '  a: 1\n b: 2\n',
  'sequence at the key column': 'a:\n- b\n- c\n',
  'scalar at the root': 'just text\n',
  'sequence at the root': '- a\n- b\n',
  'deep nesting': `${Array.from({ length: 120 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n')}\n`,
  'JSON-like flow': 'a: {"b":1, "c":[2, "d"]}\n',
  'flow map without values': 'a: {b, c}\n',
  'flow sequence with an empty entry': 'a: [b, , c]\n',
  'flow sequence with a comment': 'a: [b, # c\n  d]\n',
  'quotes inside plain text': 'a: 5" screen\nb: it\'s\nc: x "y" z\n',
  'hash inside quotes': 'a: "x # y"\nb: \'#z\'\n',
  'keys with dashes, dots and colons': 'foo-bar: 1\nfoo.bar: 2\n"a:b": 3\na:b: c\n',
  'no-break space': 'a: x\u00a0y\n',
  'value longer than 1024 characters': `a: ${'v'.repeat(1100)}\n`,
  'a title with an ampersand and a question mark': 'title: "Auth & billing: what happened?"\n',
  'an ampersand anchor lookalike in plain text': 'title: Auth &billing\n',
};

describe('doubtful YAML comes out as `yaml` has it', () => {
  test.each(Object.entries(snippets))('%s', (_name, text) => {
    expectSameAsYaml(text);
  });
});

describe('the frontmatter interface', () => {
  test('positions are still found when the fast path parsed the data', () => {
    const source = '---\ntitle: "A"\ntimes:\n  started: 2025-01-01T00:00:00Z\nlist:\n  - a\n  - b\n---\nBody\n';
    const split = splitFrontmatter(source);
    expect(loadYamlFast(split.yaml)).toBeDefined();
    const parsed = parseFrontmatter(split);
    expect(parsed.errors).toEqual([]);
    expect(parsed.positionOf(['times', 'started'])).toEqual({ line: 4, column: 3 });
    expect(parsed.positionOf(['list', 1])).toEqual({ line: 7, column: 5 });
    expect(parsed.positionOf(['missing', 'deeper'])).toEqual({ line: 2, column: 1 });
  });

  test('errors keep the position `yaml` gives, in words that name what to change', () => {
    const parsed = parseFrontmatter(splitFrontmatter('---\ntitle: a\ntitle: b\n---\n'));
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toEqual([{
      message: 'the key "title" appears twice in the same block (the second one is here).',
      position: { line: 3, column: 1 },
      fix: 'keep one "title:" and delete the other.',
    }]);
  });
});

/**
 * Seeded combinations of lines (keys, sequence entries, quoted, plain and block scalars, flows,
 * comments, odd indentation), deterministic so a failure names a reproducible text.
 */
function* generatedSnippets(count: number): Generator<string> {
  let seed = 20260101;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const values = ['', 'x', '1', '-0', '1_000', '0x1F', '.inf', '~', 'true', '"q"', "'s'", '|', '>-', '[a]', '{}',
    '[a, [b]]', '{a: 1}', 'y z', '# c', 'x # c', '"m\n l"', 'p\n q', '"a\n\n  b"', 'x: y', '- a', '[a,', ']'];
  let keyNumber = 0;
  const key = () => (random() < 0.8 ? `k${keyNumber++}` : pick(['a b', '"q"', '1', 'null', '[a]', '']));
  let depth = 0;
  const line = () => {
    depth = Math.max(0, depth + pick([0, 0, 0, 2, 2, -2, -4, 1, -1]));
    const indent = ' '.repeat(depth);
    const kind = random();
    if (kind < 0.4) return `${indent}${key()}:${pick([' ', ' ', ''])}${pick(values)}`;
    if (kind < 0.65) return `${indent}-${pick([' ', ''])}${pick(values)}`;
    if (kind < 0.75) return `${indent}- ${key()}: ${pick(values)}`;
    if (kind < 0.95) return `${indent}${pick(['text', 'more text', '"q"', '# c', '', "'", '"'])}`;
    return `${indent}${key()}: - ${pick(values)}`;
  };
  for (let index = 0; index < count; index++) {
    depth = 0;
    // Frontmatter is a mapping (the fast path leaves any other root to `yaml`).
    const lines = [`k${keyNumber++}: ${pick(values)}`, ...Array.from({ length: Math.floor(random() * 6) }, line)];
    yield lines.join(random() < 0.1 ? '\r\n' : '\n') + (random() < 0.5 ? '\n' : '');
  }
}

test('generated YAML comes out as `yaml` has it', () => {
  let taken = 0;
  for (const text of generatedSnippets(3000)) {
    const fast = loadYamlFast(text);
    if (!fast) continue;
    taken++;
    const expected = parseWithYaml(text);
    expect({ text, errors: expected.errors }).toEqual({ text, errors: [] });
    expect(isDeepStrictEqual(fast.data, expected.data), JSON.stringify(text)).toBe(true);
  }
  // Enough of them reach the fast path for the comparison to mean something.
  expect(taken).toBeGreaterThan(400);
});

test('an alias to an anchor never set is an error at the alias, not a crash', () => {
  const split = { yaml: 'title: Checkout\nsummary: *missing\n', body: '', yamlStartLine: 2, bodyStartLine: 1, present: true };
  const parsed = parseFrontmatter(split);
  expect(parsed.data).toBeUndefined();
  expect(parsed.errors).toHaveLength(1);
  expect(parsed.errors[0].message).toMatch(/alias/i);
  expect(parsed.errors[0].position).toEqual({ line: 3, column: 10 });
});
