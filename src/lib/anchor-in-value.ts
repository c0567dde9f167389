import { proseKeys } from './comment-in-value.ts';

/**
 * Text values of the frontmatter whose first word YAML takes for an anchor (bad input round 48):
 * in a value without quotes, `&` starts an anchor's name, a mark for an alias (`*name`) to repeat
 * the value. `summary: &amp; checkout failed` is read as "checkout failed", and `title: &rollback
 * pool errors` as "pool errors": published cut, with no error, since what is left is valid text.
 * An anchor no alias uses is no anchor meant; one an alias uses is valid YAML, left alone (the
 * merge and alias rules say what they need). Pure text rules.
 */

export interface ValueCutByAnchor {
  /** The file line (1-based) and column of the value. */
  line: number;
  column: number;
  key: string;
  /** The anchor as written (`&amp;`) and the text YAML reads as the value. */
  anchor: string;
  read: string;
}

// key (or a list item's key), then `&name`, then text that is not a list, a set of keys or a block.
const anchorThenText = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):[ \t]+&(\S+)[ \t]+([^\s[{|>#][^\n]*?)\s*$/;

/** Each such value of `yaml` (the text between the `---` lines, starting at file line `startLine`). */
export function findValuesCutByAnchor(yaml: string, startLine: number): ValueCutByAnchor[] {
  if (!/:[ \t]+&\S/.test(yaml)) return [];
  const found: ValueCutByAnchor[] = [];
  yaml.split('\n').forEach((raw, index) => {
    const match = anchorThenText.exec(raw.replace(/\r$/, ''));
    if (!match) return;
    const [, lead, key, name, read] = match;
    // An alias repeating it: the anchor is meant. A one-word value of another field
    // (`resolved: &end 2025-…`) keeps every character meant: the anchor is a mark, not lost text.
    if (yaml.includes(`*${name}`) || (!proseKeys.has(key) && !/\s/.test(read))) return;
    found.push({ line: startLine + index, column: lead.length + key.length + 2 + /^[ \t]*/.exec(raw.slice(lead.length + key.length + 1))![0].length, key, anchor: `&${name}`, read });
  });
  return found;
}

/** The message and fix for one value cut by an anchor. */
export function describeValueCutByAnchor({ key, anchor, read }: ValueCutByAnchor): { message: string; fix: string } {
  const entity = ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" } as Record<string, string>)[anchor.toLowerCase()];
  return {
    message: `${key} is read as ${JSON.stringify(read.replace(/^["']|["']$/g, ''))}: a value starting with & begins with a YAML anchor (${anchor} names the value, for an alias *${anchor.slice(1)} to repeat it), not with text, so ${anchor} is not part of the value and would not be published.`,
    // `&amp;` is an HTML entity pasted from a web page: a field shows it as typed, so the character goes in its place.
    fix: entity
      ? `write the character it stands for, in double quotes: ${key}: ${JSON.stringify(`${entity} ${read}`)} (a field shows an HTML entity as typed).`
      : `put the whole value in double quotes: ${key}: ${JSON.stringify(`${anchor} ${read}`)}.`,
  };
}
