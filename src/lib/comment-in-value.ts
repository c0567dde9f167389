/**
 * Text values of the frontmatter that YAML cuts short at a `#` (bad input round 16). In a value
 * without quotes, a space then `#` starts a comment: `summary: A push (ticket #4521) lowered a
 * limit.` is read as "A push (ticket", and `title: Checkout errors after push #4521 to prod` as
 * "Checkout errors after push": published cut, with no error, since what is left is valid text.
 * A comment the author meant is written `# note`, with a space after the `#`; a `#` joined to
 * what follows (a ticket number, a channel, a hashtag) belongs to the text. Pure text rules.
 */

export interface ValueCutByComment {
  /** The file line (1-based) and column of the value. */
  line: number;
  column: number;
  key: string;
  /** The value YAML reads, and the text it leaves out. */
  read: string;
  cut: string;
}

/** Keys whose values are prose, even when one word is all that is left before the `#`. */
export const proseKeys = new Set(['title', 'summary', 'description', 'event', 'verification', 'commander', 'slo', 'lateNotificationReason']);

// key, then a plain value (not quoted, not a list, block or alias), then " #" and a character that is not a space.
const valueThenHash = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):[ \t]+([^\s"'[\]{}|>&*!#%@`][^#\n]*?)[ \t]+(#\S.*)$/;

/** Each such value of `yaml` (the text between the `---` lines, starting at file line `startLine`). */
export function findValuesCutByComment(yaml: string, startLine: number): ValueCutByComment[] {
  // Every value cut has " #" and a character that is not a space after it: most frontmatters have
  // none, and are settled without reading them line by line (session 41).
  if (!/[ \t]#\S/.test(yaml)) return [];
  const found: ValueCutByComment[] = [];
  let blockIndent: number | undefined;
  yaml.split('\n').forEach((raw, index) => {
    const text = raw.replace(/\r$/, '');
    const indent = /^ */.exec(text)![0].length;
    // The lines of a `|` or `>` block are text, `#` included.
    if (blockIndent !== undefined && (!text.trim() || indent > blockIndent)) return;
    blockIndent = /:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(text) ? indent : undefined;
    const match = valueThenHash.exec(text);
    if (!match) return;
    const [, lead, key, read, cut] = match;
    if (!proseKeys.has(key) && !/\s/.test(read.trim())) return;
    found.push({ line: startLine + index, column: text.indexOf(read, lead.length + key.length + 1) + 1, key, read: read.trim(), cut });
  });
  return found;
}

/** The message and fix for one value cut short. */
export function describeValueCutByComment({ key, read, cut }: ValueCutByComment): { message: string; fix: string } {
  const whole = `${read} ${cut}`.trimEnd();
  return {
    message: `${key} is read as ${JSON.stringify(read)}: the " #" after it starts a YAML comment, so the rest of the line (${JSON.stringify(cut.length > 50 ? `${cut.slice(0, 47)}…` : cut)}) is not part of the value and would not be published.`,
    fix: `put the whole value in double quotes: ${key}: ${JSON.stringify(whole)} (a note meant as a comment is written with a space after the #).`,
  };
}
