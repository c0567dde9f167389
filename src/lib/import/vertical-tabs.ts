/**
 * Google Docs' "Download > Markdown" writes a line break inside a paragraph or a table cell as a
 * vertical tab (U+000B: Mozilla's incident template, import round 39), which no reader sees and
 * `npm run check` refuses (file/encoding): every draft of that export was held back. It is a
 * space here, so the words on either side stay apart and a table's row stays one row; the count
 * is said in the draft's notes.
 */
export function withoutVerticalTabs(markdown: string): { markdown: string; replaced: number } {
  let replaced = 0;
  const text = markdown.replace(/[ \t]*\u000B[ \t]*/g, () => { replaced++; return ' '; });
  return { markdown: text, replaced };
}
