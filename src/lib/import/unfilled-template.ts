/**
 * A report template committed among the reports and never filled in: AlexMussell's
 * callouts-and-postmortems keeps `postmortem-2020-01-01.md` files whose whole text is
 * "## `<Summary>` - POSTMORTEM - `<DATE>`", "Incident number (if applicable): `<inc number>`" and
 * "...". Named like a report, it was imported as a draft titled by its placeholders (import round
 * 31). A template is known by its text, not its name: its title holds a placeholder, and once
 * placeholders, headings, field labels and comments are taken away, next to nothing is left and
 * no day is written. A report titled "Outage on <DATE>" whose text tells the incident is kept.
 */
import { htmlElementNames } from '../html-element-names.ts';

/**
 * A placeholder of a template: `<DATE>`, `<Summary>`, `<inc number>` (not an HTML tag: no
 * attribute, a capital or several words), `[Insert date]`, `{{ date }}`, `YYYY-MM-DD`,
 * `DD MMM YYYY`, `HH:MM`, `TBD`, `XXX`, and a line of only `...`.
 */

const placeholder = new RegExp([
  // Case matters here (`<DATE>`, not `<h1>`): the flag `i` would take every HTML tag for one.
  // Words of any script (`<Längere Beschreibung / auch für Updates>`).
  String.raw`<(?:\p{Lu}[\p{L}\p{N}_-]*(?: [\p{L}\p{N}_/-]+)*|\p{Ll}[\p{Ll}\p{N}_-]* [\p{Ll}\p{N} _-]+)>`,
  // One lower-case word that names no HTML element: `<jahr>`, `<kurzbeschreibung>`.
  String.raw`<\p{Ll}[\p{Ll}\p{N}_]*>`,
  String.raw`\[(?:[Ii]nsert|[Aa]dd|[Ee]nter|[Dd]escribe|[Yy]our|DATE|[Dd]ate|TIME|[Tt]ime|[Nn]ame|[Ll]ink|TODO|TBD|[Ss]ummary|[Tt]itle)\b[^\]\n]*\](?!\()`,
  String.raw`\{\{[^}\n]*\}\}`,
  String.raw`\b(?:YYYY[-/.]MM[-/.]DD|DD[-/.]MM[-/.]YYYY|MM[-/.]DD[-/.]YYYY|DD MMM YYYY|HH:MM(?::SS)?|hh:mm)\b`,
  String.raw`\b(?:TBD|XXX+)\b`,
  String.raw`^[ \t]*(?:\.\.\.|…)[ \t]*$`,
].join('|'), 'gmu');

/** The placeholders of `text`, without the lower-case words in brackets that are HTML elements. */
function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholder)].map((match) => match[0].trim()).filter((found) => !htmlElementNames.has(found.slice(1, -1)));
}

/** A day written out: a filled-in report dates its incident. */
const writtenDay = /\b(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** A title that says the page is a template: "Postmortem template", "Incident report (template)". */
const templateTitle = /\btemplate\b/i;

/**
 * The verbs a template's instructions open with, telling the writer what to put there ("Describe
 * the impact on users.", "List every action with its owner.", "Explain the root cause").
 */
const instructionVerb = /^(?:describe|explain|list|add|write|include|summari[sz]e|provide|note|use|fill(?: in)?|enter|insert|replace|link|state|give|record|document|identify|outline|mention|keep|remove|delete|copy|answer|ask|attach|paste|specify|detail|indicate|who|what|when|where|why|how)\b/i;

/**
 * `text` without a template's instructions, which tell the writer what to write and say nothing
 * of an incident: sentences opening with an instruction's verb ("Describe the impact on users:
 * how many, for how long.") or asking what to write ("What went wrong?"), words in italics or
 * in brackets of three words or more, and a table's header row (`_One paragraph on what happened._`, "(all times UTC)").
 * A template whose every section carries one had more than 12 words left and was imported as a
 * report (import round 45); a filled-in report keeps its own sentences, which these are not.
 */
function withoutInstructions(text: string): string {
  return text
    // A table's header row names its columns ("| Time | Event |"), as a label names its field.
    .replace(/^[ \t]*\|.*\|[ \t]*\n(?=[ \t]*\|?[ \t]*:?-{3,})/gm, '')
    // Matched without nested repetition (each span read once), then counted: an unclosed `*` before
    // a long line must not make the reading exponential.
    .replace(/(?<![\p{L}\d])([*_])(?=\S)([^*_\n]*)\1(?![\p{L}\d])/gu, (span, _mark, words: string) => (words.trim().split(/\s+/).length >= 3 ? ' ' : span))
    .replace(/\(([^()\n]*)\)/g, (span, words: string) => (words.trim().split(/\s+/).length >= 3 ? ' ' : span))
    .split('\n')
    .map((line) => line.split(/(?<=[.!?:])\s+/)
      .filter((sentence) => !instructionVerb.test(sentence.replace(/^[\s>*_|#-]*(?:\d+[.)]\s*)?/, '')) && !/\?\s*$/.test(sentence.trim())).join(' '))
    .join('\n');
}

/** At most this many words left besides the placeholders, headings and labels: a template's instructions, not a report. */
const mostWordsLeft = 12;

/** The title line: the frontmatter's `title:` or the first non-empty line of the body. */
function titleLine(body: string, frontmatter: string): string {
  const fromFrontmatter = /^title:[ \t]*(.+)$/m.exec(frontmatter)?.[1];
  return (fromFrontmatter ?? body.split('\n').find((line) => line.trim()) ?? '').trim();
}

/**
 * The title and placeholders of a template never filled in, or undefined for a report: its title
 * holds a placeholder, it holds two or more, no day is written, and at most 12 words are left
 * once placeholders, headings, the labels before a colon, comments and markup are taken away.
 */
export function unfilledTemplate(text: string): { title: string; placeholders: string[] } | undefined {
  const unmarked = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const frontmatter = /^(?:---|\+\+\+)\n([\s\S]*?)\n(?:---|\+\+\+)[ \t]*(?:\n|$)/.exec(unmarked);
  const body = (frontmatter ? unmarked.slice(frontmatter[0].length) : unmarked).replace(/<!--[\s\S]*?-->/g, '');
  const title = titleLine(body, frontmatter?.[1] ?? '');
  // "# Postmortem template" over `<date>` and `YYYY-MM-DD` fields names itself (import round 45).
  if (!placeholdersIn(title).length && !templateTitle.test(title)) return undefined;
  const placeholders = placeholdersIn((frontmatter?.[1] ?? '').concat('\n', body));
  if (placeholders.length < 2) return undefined;
  const withoutPlaceholders = body.replace(placeholder, (found) => (htmlElementNames.has(found.slice(1, -1)) ? found : ' '));
  if (writtenDay.test(withoutPlaceholders)) return undefined;
  const wordsLeft = withoutInstructions(withoutPlaceholders).split('\n')
    .filter((line) => !/^\s{0,3}#{1,6}\s/.test(line) && line !== title)
    // A field's label ("Incident number (if applicable):") names what to fill, it tells nothing.
    .map((line) => line.replace(/^[^:\n]{0,60}:/, ' '))
    .join(' ')
    .replace(/[`*_>|[\](){}#-]/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word));
  if (wordsLeft.length > mostWordsLeft) return undefined;
  return { title: title.replace(/^#{1,6}\s+/, ''), placeholders: [...new Set(placeholders)] };
}

/**
 * A date's or time's mask in the languages the import reads: Spanish and Portuguese `AAAA-MM-DD`,
 * German and Dutch `JJJJ-MM-TT`, French `AAAA-MM-JJ`, and `HH:MM` (a Spanish team's
 * "Documento de Análisis Post-Mortem" wrote "Inicio: AAAA-MM-DD HH:MM (UTC)", import round 54).
 */
const dateMask = /\b(?:YYYY|AAAA|JJJJ)[-/.]MM[-/.](?:DD|TT|JJ)\b|\b(?:DD|TT|JJ)[-/.]MM[-/.](?:YYYY|AAAA|JJJJ)\b|\b(?:HH|hh):(?:MM|mm)(?::(?:SS|ss))?\b/g;
/** A value written in brackets alone, as a template's blank is (`[Hora]`, `[Evento 1]`, `[TODO]`), not a link's text. */
const bracketBlank = /\[[^\]\n]{1,40}\](?![(:[])/g;
/** A template engine's variable (`{{ meta-handbook.owner }}`), which nobody writing by hand leaves in a report. */
const engineVariable = /\{\{[^}\n]*\}\}/g;

/** A field of a page: a label and what follows it on its line (`**Owner:** {{ meta-handbook.owner }}`, `- Severity: TBD`). */
const labelledField = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*([^*\n]{1,50}?)\*\*[ \t]*:?|([\p{L}][\p{L}\p{N} /&.-]{0,40}):)[ \t]*(.*)$/gmu;

/**
 * True when a field's value holds nothing of its own: a placeholder (`{{ … }}`, `<DATE>`, `TBD`),
 * a date's mask, a blank in brackets, an instruction in italics or brackets ("*(por ejemplo,
 * Crítico, Alto)*"), or blanks to write on (`_____`).
 */
function isBlankValue(value: string): boolean {
  const left = value
    .replace(engineVariable, ' ')
    .replace(dateMask, ' ')
    .replace(placeholder, (found) => (htmlElementNames.has(found.slice(1, -1)) ? found : ' '))
    .replace(bracketBlank, ' ')
    .replace(/\([^()\n]*\)/g, ' ')
    .replace(/_{3,}|[*_`~]/g, ' ');
  return !/[\p{L}\p{N}]/u.test(left);
}

/** The fields of `lines` that have a value on their line, each with whether that value is blank. */
function fieldsOf(lines: string): { label: string; blank: boolean }[] {
  return [...lines.matchAll(labelledField)]
    .map((match) => ({ label: (match[1] ?? match[2]).replace(/:\s*$/, '').trim(), value: match[3].replace(/^:\s*/, '').trim() }))
    .filter((field) => field.value)
    .map((field) => ({ label: field.label, blank: isBlankValue(field.value) }));
}

/**
 * A template whose fields are left to fill, though its title names no placeholder and its sections
 * hold prose: a handbook generator's chapters open with "**Owner:** {{ meta-handbook.owner }}",
 * "**Status:** {{ meta-handbook.status }}", "**Revision:** [TODO]" and explain a process at length
 * (29 German chapters of an IT operations handbook, "Problem Management und Postmortems" among
 * them, were drafts); a Spanish team's "Documento de Análisis Post-Mortem" asks "**Inicio:**
 * AAAA-MM-DD HH:MM (UTC)", "**Duración:** *(Tiempo total del incidente)*" (import rounds 53-54).
 * Known by its fields: those at its head (before its first section) or those of the whole page,
 * three and four at least, three in four or two in three of them blank; and either no day is
 * written, or three of its blanks are a template engine's variables, which a report written by
 * hand never keeps (a handbook's FAQ may give an example's day).
 */
export function blankFieldsTemplate(text: string): { title: string; blank: string[]; fields: number } | undefined {
  const unmarked = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const frontmatter = /^(?:---|\+\+\+)\n([\s\S]*?)\n(?:---|\+\+\+)[ \t]*(?:\n|$)/.exec(unmarked);
  const body = (frontmatter ? unmarked.slice(frontmatter[0].length) : unmarked).replace(/<!--[\s\S]*?-->/g, '').replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  const headings = [...body.matchAll(/^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)];
  const head = headings.length > 1 ? body.slice(0, headings[1].index) : body.split('\n').slice(0, 25).join('\n');
  const blankShare = (fields: { blank: boolean }[], least: number, share: number) => fields.filter((field) => field.blank).length >= least && fields.filter((field) => field.blank).length >= share * fields.length;
  const headFields = fieldsOf(head);
  const allFields = fieldsOf(body);
  const fields = blankShare(headFields, 3, 0.75) ? headFields : blankShare(allFields, 4, 2 / 3) ? allFields : undefined;
  if (!fields) return undefined;
  const variables = (body.match(engineVariable) ?? []).length;
  const withoutBlanks = body.replace(engineVariable, ' ').replace(dateMask, ' ').replace(placeholder, ' ');
  if (writtenDay.test(withoutBlanks) && variables < 3) return undefined;
  const title = (/^title:[ \t]*["']?(.+?)["']?[ \t]*$/m.exec(frontmatter?.[1] ?? '')?.[1] ?? headings[0]?.[1] ?? '').replace(/[*_`]/g, '').trim();
  return { title, blank: fields.filter((field) => field.blank).map((field) => field.label), fields: fields.length };
}

/**
 * A report template whose sections still hold only their instructions, one of them filled in: a
 * Jekyll theme's sample post titled "Incident Postmortem - API Outage" writes one sentence under
 * "## Incident Summary" and, under "## Lead-Up", "## Fault", "## Impact", "## Detection",
 * "## Resolution" and "## Lessons Learned", only what to write there ("Describe the events leading
 * up to the incident.", "How was the issue detected?"): a draft of it was one sentence (import
 * round 54). Known when four sections or more hold text, and in three of four of them that text is
 * instructions alone (round 45's reading: sentences opening with an instruction's verb, or asking
 * what to write).
 */
export function instructionSectionsTemplate(text: string): { title: string; sections: string[]; filled: number } | undefined {
  const unmarked = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const frontmatter = /^(?:---|\+\+\+)\n([\s\S]*?)\n(?:---|\+\+\+)[ \t]*(?:\n|$)/.exec(unmarked);
  const body = (frontmatter ? unmarked.slice(frontmatter[0].length) : unmarked).replace(/<!--[\s\S]*?-->/g, '');
  const parts = body.split(/^\s{0,3}#{2,6}\s+(.+?)\s*#*\s*$/m);
  const sections: { heading: string; text: string }[] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) if (/\p{L}/u.test(parts[i + 1])) sections.push({ heading: parts[i], text: parts[i + 1] });
  if (sections.length < 4) return undefined;
  // Instructions, not a remark an export writes in an empty section ("_No comments added_": a PagerDuty export, round 53).
  const instructs = (section: string) => section.split('\n').flatMap((line) => line.replace(/[*_`>]/g, ' ').split(/(?<=[.!?])\s+/))
    .some((sentence) => instructionVerb.test(sentence.replace(/^[\s|#-]*(?:\d+[.)]\s*)?/, '')) || /\?\s*$/.test(sentence.trim()));
  const instructionsOnly = sections.filter((section) => instructs(section.text) && !/\p{L}/u.test(withoutInstructions(section.text).replace(/^[^:\n]{0,60}:/gm, ' ')));
  if (instructionsOnly.length < 0.75 * sections.length) return undefined;
  const title = (/^title:[ \t]*["']?(.+?)["']?[ \t]*$/m.exec(frontmatter?.[1] ?? '')?.[1] ?? /^\s{0,3}#\s+(.+?)\s*$/m.exec(body)?.[1] ?? '').trim();
  return { title, sections: instructionsOnly.map((section) => section.heading), filled: sections.length - instructionsOnly.length };
}

/** A line that is a section's guidance in a page template: quoted (`> …`), an unchecked task (`- [ ] …`), a rule (`---`) or blank. */
const guidanceLine = /^[ \t]*(?:>.*|[-*+][ \t]+\[[ \t]\].*|(?:[-*_][ \t]*){3,})?$/;
const uncheckedTask = /^[ \t]*[-*+][ \t]+\[[ \t]\]/;

/**
 * A page template whose sections hold only guidance set apart from the text to write: an incident
 * bot's Notion page template (import round 62) heads "# 🧠 What Happened", "# 🎯 Why It Matters",
 * "# 🧰 Resolution Plan", "# 🧾 Postmortem" and "# 🔗 Related", each over blockquoted lines ("> A
 * short, factual summary of what occurred …", "> What was the real underlying cause?") or a list
 * of unchecked steps ("- [ ] **Assign an Owner** – designate who is responsible"). Its sections are
 * level-one headings, which the rule above (level two and below) does not read, and its quoted
 * sentences do not all open with an instruction's verb. Known when four sections or more (headings
 * of any level) each hold text and every line of every one is quoted, an unchecked task, a rule or
 * blank, at least one quoted line asks a question or opens with an instruction's verb, and no day
 * is written: a report keeps its own sentences outside quotes. The sections' headings, or undefined.
 */
export function quotedGuidanceTemplate(text: string): { title: string; sections: string[] } | undefined {
  if (!text.includes('>')) return undefined;
  const unmarked = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const frontmatter = /^(?:---|\+\+\+)\n([\s\S]*?)\n(?:---|\+\+\+)[ \t]*(?:\n|$)/.exec(unmarked);
  const body = (frontmatter ? unmarked.slice(frontmatter[0].length) : unmarked).replace(/<!--[\s\S]*?-->/g, '');
  if (writtenDay.test(body)) return undefined;
  const parts = body.split(/^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/m);
  // Text before the first heading is the page's own (an introduction): a template of this shape has none.
  if (/\p{L}/u.test(parts[0])) return undefined;
  const sections: { heading: string; lines: string[] }[] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) sections.push({ heading: parts[i], lines: parts[i + 1].split('\n') });
  if (sections.length < 4 || sections.some((section) => !section.lines.some((line) => /\p{L}/u.test(line)))) return undefined;
  // A task's line wrapped in its source ("… and ensures" then "closure" on the next line) is still the task's.
  const allGuidance = (lines: string[]) => {
    let inTask = false;
    for (const line of lines) {
      if (uncheckedTask.test(line)) inTask = true;
      else if (guidanceLine.test(line)) inTask = false;
      else if (!inTask || !/^[ \t]*\p{L}/u.test(line)) return false;
    }
    return true;
  };
  if (!sections.every((section) => allGuidance(section.lines))) return undefined;
  const quoted = sections.flatMap((section) => section.lines.filter((line) => /^[ \t]*>/.test(line)).map((line) => line.replace(/^[ \t]*>[ \t]*/, '').replace(/[*_`]/g, '').trim()));
  if (!quoted.some((line) => /\?$/.test(line) || instructionVerb.test(line))) return undefined;
  const title = (/^title:[ \t]*["']?(.+?)["']?[ \t]*$/m.exec(frontmatter?.[1] ?? '')?.[1] ?? '').trim();
  return { title, sections: sections.map((section) => section.heading) };
}

/**
 * A blank left in a sentence to write on: underscores (`___`, and `\__\_` as an editor's export
 * escapes them), a choice to make (`[downward/upward]`, `\[minimum/maximum\]`) or a date's range
 * to fill (`[Month Day, 202x to Month Day, 202x]`).
 */
const proseBlank = /\\?_(?:\\?_){2,}|\\?\[[\p{L} ]{2,20}(?:\/[\p{L} ]{2,20})+\\?\]|\\?\[[^\]\n]*\b\d{2,3}x\b[^\]\n]*\\?\]/gu;

/**
 * A report template written as sentences with blanks in them: an incident tool's "Incident Report"
 * notebook, exported to Markdown, says "A total of \__\_ incidents were declared in this reporting
 * period dating \[Month Day, 202x to Month Day, 202x\]" and "has trended \[downward/upward\]"
 * (import round 56: a draft titled "Incident Report (cloned)"). No label and no heading names a
 * placeholder, so the rules above miss it. Known by five blanks or more in its paragraphs, in two
 * of them or more, and no day written once the blanks are taken out. The blanks found, or undefined.
 */
export function blanksInProseTemplate(text: string): { title: string; blanks: string[]; count: number } | undefined {
  const unmarked = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const frontmatter = /^(?:---|\+\+\+)\n([\s\S]*?)\n(?:---|\+\+\+)[ \t]*(?:\n|$)/.exec(unmarked);
  const body = (frontmatter ? unmarked.slice(frontmatter[0].length) : unmarked).replace(/<!--[\s\S]*?-->/g, '').replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  const paragraphs = body.split(/\n\s*\n/).filter((paragraph) => !/^\s{0,3}#/.test(paragraph) && /\p{L}{2,}(?:\s+\p{L}{2,}){3}/u.test(paragraph));
  const withBlanks = paragraphs.map((paragraph) => paragraph.match(proseBlank) ?? []).filter((blanks) => blanks.length);
  const blanks = withBlanks.flat();
  if (blanks.length < 5 || withBlanks.length < 2) return undefined;
  if (writtenDay.test(body.replace(proseBlank, ' '))) return undefined;
  const title = (/^title:[ \t]*["']?(.+?)["']?[ \t]*$/m.exec(frontmatter?.[1] ?? '')?.[1] ?? /^\s{0,3}#\s+(.+?)\s*$/m.exec(body)?.[1] ?? '').trim();
  return { title, blanks: [...new Set(blanks)], count: blanks.length };
}
