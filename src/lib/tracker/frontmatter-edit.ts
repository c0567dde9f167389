import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode, type YAMLMap } from 'yaml';

/**
 * Sets values inside a file's YAML frontmatter by splicing the source text: every byte outside
 * the edited values stays as it was (comments, quoting, key order, the body). yaml's Document API
 * gives each node's source range; re-serialising the whole document would refold and requote
 * what nobody changed.
 */
export interface FrontmatterEdit {
  /** Path to a scalar, e.g. ['actionItems', 2, 'status']. Its parent must be a block mapping. */
  path: (string | number)[];
  value: string;
}

const openingFence = /^\uFEFF?---[ \t]*\r?\n/;

/** A scalar in the style of the one it replaces, or plain when plain reads back the same. */
function renderScalar(value: string, style: string | undefined): string {
  if (style === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  const plainSafe = /^[A-Za-z0-9][A-Za-z0-9._/:?&=%~+-]*$/.test(value) && !/:\s|\s#/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value);
  const roundTrips = plainSafe && parseDocument(`v: ${value}`).toJS().v === value;
  return roundTrips ? value : JSON.stringify(value);
}

export function editFrontmatter(source: string, edits: readonly FrontmatterEdit[], file = 'the file'): string {
  const fence = openingFence.exec(source);
  if (!fence) throw new Error(`${file} has no frontmatter to edit.`);
  const start = fence[0].length;
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(source.slice(start - 1));
  if (!close) throw new Error(`${file}: the frontmatter has no closing ---.`);
  // The YAML runs to the end of the line before the closing fence, its line break included.
  const yamlEnd = start - 1 + close.index + (close[0].startsWith('\r') ? 2 : 1);
  const yamlText = source.slice(start, yamlEnd);
  const document = parseDocument(yamlText);
  if (document.errors.length) throw new Error(`${file}: the frontmatter does not parse (${document.errors[0].message.split('\n')[0]}); fix it before syncing.`);
  const newline = source.includes('\r\n') ? '\r\n' : '\n';

  // Splices are applied from the end of the text backwards, so earlier offsets stay valid.
  const splices: { at: number; remove: number; insert: string }[] = [];
  for (const edit of edits) {
    const parentPath = edit.path.slice(0, -1);
    const key = edit.path[edit.path.length - 1];
    const parent = document.getIn(parentPath, true) as YamlNode | undefined;
    if (!isMap(parent) || parent.flow) {
      throw new Error(`${file}: ${parentPath.join('.')} is not a block mapping, so ${edit.path.join('.')} cannot be edited in place; edit it by hand.`);
    }
    const pair = (parent as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.value) && pair.value.range) {
      const [from, to] = pair.value.range;
      splices.push({ at: from, remove: to - from, insert: renderScalar(edit.value, pair.value.type) });
    } else if (pair) {
      throw new Error(`${file}: ${edit.path.join('.')} is not a single value; edit it by hand.`);
    } else {
      const first = parent.items[0]?.key as YamlNode | undefined;
      const last = parent.items[parent.items.length - 1];
      const lastEnd = (last?.value as YamlNode | undefined)?.range?.[1] ?? (last?.key as YamlNode | undefined)?.range?.[1];
      if (!first?.range || lastEnd === undefined) throw new Error(`${file}: ${parentPath.join('.')} is empty; add ${String(key)} by hand.`);
      const indent = first.range[0] - (yamlText.lastIndexOf('\n', first.range[0] - 1) + 1);
      // After the last line of the mapping's last value (a comment on that line stays on it).
      const lineEnd = yamlText.indexOf('\n', Math.max(0, lastEnd - 1));
      const at = lineEnd === -1 ? yamlText.length : lineEnd + 1;
      const line = `${' '.repeat(indent)}${String(key)}: ${renderScalar(edit.value, undefined)}${newline}`;
      splices.push({ at: lineEnd === -1 ? at : at, remove: 0, insert: lineEnd === -1 ? `${newline}${line.slice(0, -newline.length)}` : line });
    }
  }
  let edited = yamlText;
  for (const s of splices.sort((a, b) => b.at - a.at)) edited = edited.slice(0, s.at) + s.insert + edited.slice(s.at + s.remove);
  const result = source.slice(0, start) + edited + source.slice(start + yamlText.length);
  // Read it back: every edited path must now hold its new value.
  const check = parseDocument(edited);
  for (const edit of edits) {
    if (String(check.getIn(edit.path)) !== edit.value) throw new Error(`${file}: editing ${edit.path.join('.')} did not read back as "${edit.value}"; nothing was written.`);
  }
  return result;
}

/** Index of each action item id in a frontmatter's `actionItems` list. */
export function actionItemIndexes(source: string): Map<string, number> {
  const fence = openingFence.exec(source);
  const indexes = new Map<string, number>();
  if (!fence) return indexes;
  const end = source.indexOf('\n---', fence[0].length - 1);
  const document = parseDocument(source.slice(fence[0].length, end === -1 ? undefined : end + 1));
  const list = document.get('actionItems', true);
  if (!isSeq(list)) return indexes;
  list.items.forEach((item, index) => {
    if (isMap(item)) {
      const id = item.get('id');
      if (id !== undefined) indexes.set(String(id), index);
    }
  });
  return indexes;
}
