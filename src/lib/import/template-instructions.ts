/**
 * A line of a filled-in template as its labels and values, without the template's own words
 * (import round 39). Google Docs' "Download > Markdown" export of Mozilla's incident template
 * keeps, beside each label, the instruction the template gives in italics and the format it asks
 * for: `| **Time of first Impact** *This is the time the impact first started.* YYYY-MM-DD hh:mm |
 * 2026-03-12 02:00 |`, `| Incident Severity | *Consider the business impact …* S3 \- Medium |`, and
 * writes a label with a link in it (`**Incident [Severity](https://…)**: S2 \- High`) and its
 * punctuation escaped (`\-`, `\#`). Read as written, no label of these lines is next to its value.
 *
 * Only for reading labels and values: the draft's body keeps the line as written.
 */

/** An italic span (one `*` or `_`, not bold) of three words or more: an instruction, not a value. */
const italicInstruction = /(?<![*\w])\*(?!\*)(?=\S)[^*\n]*?\s[^*\n]*?\s[^*\n]*?(?<=\S)\*(?![*\w])|(?<![_\w])_(?!_)(?=\S)[^_\n]*?\s[^_\n]*?\s[^_\n]*?(?<=\S)_(?![_\w])/g;
/** The format a template asks for (`YYYY-MM-DD hh:mm`, `YYYY-MM-DD`, `HH:MM`). */
const formatPlaceholder = /\b(?:YYYY-MM-DD(?:[ T]hh?:mm)?|hh?:mm)\b/gi;
/** A Markdown link, `[words](address)`. */
const link = /\[([^\]\n]*)\]\([^)\s]*\)/g;
/** Markdown's backslash escapes of punctuation (`\-`, `\#`, `\<`, `\[`). */
const escaped = /\\([!-/:-@[-`{-~])/g;

/** `line` with its template instructions, format placeholders and link addresses left out, its escapes undone. */
export function withoutTemplateInstructions(line: string): string {
  return line.replace(escaped, '$1').replace(link, '$1').replace(italicInstruction, ' ').replace(formatPlaceholder, ' ').replace(/[ \t]{2,}/g, ' ');
}
