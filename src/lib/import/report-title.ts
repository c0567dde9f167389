/**
 * Titles of reports written from a template. Templates open with a label where the title goes
 * ("# Title: ", "**Title**: Queue outage", "# Metadata", "# ISSUE NAME"): the label is not the
 * title. The value written after the label is; an empty label heading is followed by the title as
 * the next heading ("# Title:" then "### Buildkite builds failing").
 */

/** Words templates put where a title goes, and section names that open a report. */
const templateLabel = /^(?:title|(?:incident|issue|report|event)(?: title| name)?|name|summary|overview|metadata|details|description|post-?mortem(?: report| title)?|incident report|untitled|tbd|todo)$/i;

/** Labels whose value is the title: "Title: …", "Incident name: …". */
const titleLabel = /^(?:title|(?:incident|issue|report|event)(?: title| name)|name of (?:the )?incident)$/i;

/** The text without Markdown emphasis marks, heading marks and surrounding space. */
function stripMarks(text: string): string {
  return text.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/(\*\*|__)/g, '').replace(/^[*_]+|[*_]+$/g, '').trim();
}

/** A value a template leaves in place of text: `<Title>`, `[title]`, `TBD`, `…`. */
function isPlaceholder(value: string): boolean {
  return !value || /^(?:<[^>]*>|\[[^\]]*\]|\{[^}]*\}|tbd|todo|n\/?a|-+|…|\.{3})$/i.test(value.trim());
}

/**
 * True for a heading that is a template's label rather than a title: empty, a bare label with or
 * without a colon ("Title:", "Summary", "Incident report"), or a placeholder ("<Incident name>").
 */
export function isTemplateLabel(heading: string): boolean {
  const text = stripMarks(heading).replace(/\s*:\s*$/, '').trim();
  return isPlaceholder(text) || templateLabel.test(text);
}

/**
 * The title a template's label gives: the value after "Title:" on a heading or a line of its own
 * ("# Title: Queue outage", "**Title**: Queue outage", "Title: Queue outage"), or, after a label
 * heading with no value, the next heading that is not a label itself. Only the first 30 lines are
 * read. Undefined when the report has no such label.
 */
export function findLabelledTitle(markdown: string): string | undefined {
  // Labels are metadata at the top of a report; a "Title:" deep in the body is about something else.
  const lines = markdown.split('\n').slice(0, 30);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const isHeading = /^\s{0,3}#{1,6}\s/.test(line);
    const labelled = /^([^:]{1,40}):(.*)$/.exec(stripMarks(line));
    if (!labelled || !titleLabel.test(stripMarks(labelled[1]))) continue;
    const value = stripMarks(labelled[2]);
    if (!isPlaceholder(value)) return value;
    if (!isHeading) continue;
    for (const next of lines.slice(i + 1)) {
      if (!/^\s{0,3}#{1,6}\s/.test(next)) {
        if (next.trim()) break;
        continue;
      }
      const text = stripMarks(next);
      if (!isTemplateLabel(text) && !/^[^:]{1,40}:/.test(text)) return text;
      break;
    }
  }
  return undefined;
}

/**
 * True for a file name (without extension) that says nothing about the incident: a UUID
 * (`04f5afd8-09fc-4314-9c60-7f942faca125`), a hash (`9f86d08`, seven or more hex digits), a number
 * or a date alone (`0042`, `2024-03-02`), or a generic export name (`index`, `export`, `untitled-3`).
 */
export function isFileNameWithoutWords(baseName: string): boolean {
  const name = baseName.trim();
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(name)
    || (/^[0-9a-f]{7,}$/i.test(name) && /\d/.test(name))
    || /^[\d\s._-]+$/.test(name)
    || /^(?:index|export|document|untitled|page)(?:[-_ ]?\d+)?$/i.test(name);
}

/** About how long a title made from a sentence may be. */
const sentenceTitleLength = 80;

/**
 * A title made from the first sentence of `paragraph` (its plain text): cut at a word boundary
 * to at most about 80 characters, without trailing punctuation. Undefined for an empty paragraph.
 * A sentence ends at `.`, `!` or `?` followed by a space, so `crates.io` does not end one.
 */
export function titleFromFirstSentence(paragraph: string): string | undefined {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  let title = sentence;
  if (title.length > sentenceTitleLength) {
    const cut = title.slice(0, sentenceTitleLength + 1);
    title = cut.includes(' ') ? cut.slice(0, cut.lastIndexOf(' ')) : cut.slice(0, sentenceTitleLength);
  }
  title = title.replace(/[\s.,;:!?…–—(\[-]+$/u, '');
  return title || undefined;
}
