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
