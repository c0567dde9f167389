import { LineCounter, isMap, isScalar, isSeq, visit, type Document, type Node as YamlNode } from 'yaml';
import { withCjkFoldsJoined } from './cjk-folded-scalars.ts';
import { loadYamlFast } from './fast-yaml.ts';
import { unsupportedTags } from './yaml-tags.ts';
import { cascadeNote, describeQuoteMistake, describeToJsError, describeYamlError, duplicateKeyOffsets, firstAliasOffset, parseDocumentOrTooDeep, tooDeepYaml, tooDeepYamlOffset, withoutStreamCascade } from './yaml-errors.ts';
import type { FrontmatterSplit } from './frontmatter-split.ts';

/** Position in a source file, 1-based, as editors and compilers report it. */
export interface SourcePosition {
  line: number;
  column: number;
}

export { splitFrontmatter, type FrontmatterSplit } from './frontmatter-split.ts';

export interface ParsedFrontmatter {
  data: unknown;
  /** Syntax errors with their position in the file, and the fix when it is not the usual one (indentation, colons, quoting). */
  errors: { message: string; position: SourcePosition; fix?: string; lineMistakeFirst?: boolean }[];
  /** Position in the file of the value at `path`, or of its nearest existing parent. */
  positionOf(path: readonly PropertyKey[]): SourcePosition;
  /** The text of the plain value at `path` as written in the file (`1e3`, `0x10`, `~`), when it is a plain scalar. */
  writtenAt?(path: readonly PropertyKey[]): string | undefined;
}

/**
 * Parses frontmatter YAML with the YAML 1.2 core schema: timestamps stay strings, so the schema
 * sees exactly what the author typed (and can insist on UTC).
 *
 * The data comes from js-yaml when src/lib/fast-yaml.ts is sure it equals what the `yaml` package
 * gives (about ten times faster); otherwise, and for every error, from `yaml`. The `yaml` document
 * behind `positionOf` is only built when a position is asked for.
 */
export function parseFrontmatter(split: FrontmatterSplit): ParsedFrontmatter {
  let parsed: ParsedFrontmatter | undefined;
  const withPositions = () => (parsed ??= parseWithPositions(split));
  // Refused from the text, so check and the build say the same whatever stack each parser has left.
  const deep = tooDeepYamlOffset(split.yaml);
  if (deep !== undefined) {
    const position = { line: split.yaml.slice(0, deep).split('\n').length + split.yamlStartLine - 1, column: 1 };
    return { data: undefined, errors: [{ ...tooDeepYaml, position }], positionOf: () => position };
  }
  const fast = loadYamlFast(split.yaml);
  // Chinese and Japanese folded text joined where a line was broken (round 57, src/lib/cjk-folded-scalars.ts).
  if (fast) return { data: withCjkFoldsJoined(split.yaml, fast.data), errors: [], positionOf: (path) => withPositions().positionOf(path), writtenAt: (path) => withPositions().writtenAt?.(path) };
  return withPositions();
}

/** Parses with the `yaml` package, which knows where every node and every error is. */
function parseWithPositions(split: FrontmatterSplit): ParsedFrontmatter {
  const lineCounter = new LineCounter();
  // Keys given twice are found in one pass below (duplicateKeyOffsets): yaml's own check is quadratic.
  const parsed = parseDocumentOrTooDeep(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const toFile = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + split.yamlStartLine - 1, column: col };
  };
  if (parsed.tooDeep) {
    // The line counter holds the lines the parser read before it gave up: count them all.
    const at = split.yaml.slice(0, parsed.tooDeep.offset).split('\n');
    const position = { line: at.length + split.yamlStartLine - 1, column: 1 };
    return { data: undefined, errors: [{ message: parsed.tooDeep.message, fix: parsed.tooDeep.fix, position }], positionOf: () => position };
  }
  const document: Document = parsed.document;
  const errors: ParsedFrontmatter['errors'] = [];
  // A tab used as indentation makes the parser misread the lines after it: five more errors
  // ("Nested mappings are not allowed in compact mappings", ...) that the tab alone explains.
  const tabbed = document.errors.filter((error) => error.code === 'TAB_AS_INDENT');
  // Round 62: a tab after spaces (` \tmitigated:`) or indenting a block scalar's text was not read as a tab by the
  // parser, which gave "All mapping items must start at the same column" or "Block scalars with more-indented leading
  // empty lines…" (up to five errors) and no word of the tab: the first line indented with one, before the first error, is said alone.
  const firstError = document.errors[0]?.pos[0];
  const hiddenTab = !tabbed.length && firstError !== undefined ? /^[ ]*\t[ \t]*\S/m.exec(split.yaml) : null;
  const tabFirst = hiddenTab !== null && hiddenTab.index <= firstError!;
  if (tabFirst) errors.push({ message: 'a tab indents this line; YAML indents with spaces only.', fix: 'replace the tab with spaces (two for each level), as on the lines around it.', position: toFile(hiddenTab!.index) });
  // Once the parser has left the document ("Unexpected scalar token in YAML stream"), it gives an
  // error for every token after it: a first line of `{title: …}` gave 114, one per word of the
  // fields below. The first says where to look; the rest are counted in it.
  const cascade = withoutStreamCascade(document.errors);
  for (const error of tabFirst ? [] : tabbed.length ? tabbed : cascade.errors) {
    const quoted = describeQuoteMistake(split.yaml, error.code, error.message, error.pos[0]);
    if (quoted) {
      errors.push({ message: quoted.message, fix: quoted.fix, position: toFile(quoted.offset) });
      continue;
    }
    const described = describeYamlError(error.code, error.message.split('\n')[0], split.yaml.slice(error.pos[0]).split('\n')[0]);
    if (error === cascade.first) described.message = cascadeNote(described.message, cascade.dropped);
    // A value nested thousands of levels deep gives one error per level: the first says it all.
    if (/call stack/i.test(error.message) && errors.some((e) => e.message === described.message)) continue;
    // Two of the parser's errors that one cause explains (a "-deploy" item) are said once.
    if (/has no space after its "-"/.test(described.message) && errors.some((e) => e.message === described.message && e.position.line === toFile(error.pos[0]).line)) continue;
    errors.push({ ...described, position: toFile(error.pos[0]) });
  }
  if (!tabbed.length && !tabFirst) {
    for (const { key, offset } of duplicateKeyOffsets(document)) errors.push({ ...describeYamlError('DUPLICATE_KEY', '', `${JSON.stringify(key)}:`), position: toFile(offset) });
    errors.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  }
  if (!errors.length) errors.push(...unsupportedTags(document).map(({ tag, offset }) => ({
    message: `the YAML tag ${tag} is not allowed in frontmatter (it would be read as something other than what is written).`,
    position: toFile(offset),
    fix: `remove ${tag} and write the value itself: text, a number, true or false, a list or keys.`,
  })));
  let data: unknown;
  if (!errors.length) {
    try {
      data = withCjkFoldsJoined(split.yaml, document.toJS());
    } catch (error) {
      // `yaml` finds an alias to an anchor never set (`b: *x`), and aliases that expand
      // exponentially, only here, and throws.
      errors.push({ ...describeToJsError(error), position: toFile(unresolvedAliasOffset(document) ?? firstAliasOffset(document)) });
    }
  }
  return {
    data,
    errors,
    positionOf(path) {
      let node: unknown = document.contents;
      let best: SourcePosition = { line: split.yamlStartLine, column: 1 };
      const rangeOf = (candidate: unknown) => (candidate as YamlNode | undefined)?.range;
      const start = rangeOf(node);
      if (start) best = toFile(start[0]);
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
          if (!pair) break;
          const keyRange = rangeOf(pair.key);
          if (keyRange) best = toFile(keyRange[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key];
          const range = rangeOf(node);
          if (!range) break;
          best = toFile(range[0]);
        } else {
          break;
        }
      }
      return best;
    },
    writtenAt(path) {
      let node: unknown = document.contents;
      for (const key of path) {
        if (isMap(node)) node = node.items.find((item) => (item.key as { value?: unknown })?.value === key)?.value;
        else if (isSeq(node) && typeof key === 'number') node = node.items[key];
        else return undefined;
      }
      if (!isScalar(node) || node.type !== 'PLAIN' || !node.range) return undefined;
      return split.yaml.slice(node.range[0], node.range[1]).trim();
    },
  };
}

/** Where the first alias to an anchor that is not set before it starts, if any. */
function unresolvedAliasOffset(document: Document): number | undefined {
  const anchors = new Set<string>();
  let offset: number | undefined;
  visit(document, {
    Node(_key, node) {
      if (node.anchor) anchors.add(node.anchor);
    },
    Alias(_key, node) {
      if (anchors.has(node.source)) return;
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
