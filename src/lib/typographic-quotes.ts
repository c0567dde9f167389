/**
 * A value of the frontmatter wrapped in typographic quotes (`“SEV-2”`, `“2025-07-08”`, `‘done’`),
 * which an editor or a chat app typed for straight ones: YAML reads only `"` and `'` as quotes, so
 * they are part of the value. The quotes, the text inside them and the words that say so, shared
 * by the fields of fixed values (round 46) and the dates and times (round 48), which said the
 * format first and the quotes last, or not at all.
 */
export function typographicallyQuoted(value: string): { open: string; close: string; inner: string; words: string } | undefined {
  const quoted = /^\s*([“”„‟‘’‚‛«»‹›「『])(.+?)([“”„‟‘’‚‛«»‹›」』])\s*$/s.exec(value);
  if (!quoted) return undefined;
  return {
    open: quoted[1], close: quoted[3], inner: quoted[2].trim(),
    words: `is in typographic quotes (${quoted[1]} ${quoted[3]}), which an editor or a chat app typed for straight ones: YAML reads only " and ' as quotes, so these are part of the value`,
  };
}
