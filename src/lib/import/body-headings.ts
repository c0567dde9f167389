import type { Heading, Paragraph, PhrasingContent, Root } from 'mdast';
import { bodyHeadings, comparableTitle, headingText } from '../lint/headings.ts';
import { wordsOf } from './kept-text.ts';
import { summaryRowMark } from '../body-timeline.ts';

/**
 * The body of an imported draft under the title the site shows. Most Markdown reports open with
 * `# <Title>`: the importer takes it as `title`, and the page shows the title as its one level-1
 * heading, so the same heading in the body would show it twice (lint `body/title-heading`). A
 * report whose sections are `#` headings would likewise give the page several titles.
 */
export interface BodyUnderTitle {
  markdown: string;
  /** The heading removed because it is the title (as written), if any. */
  removedTitleHeading?: string;
  /** How many headings were made one level deeper. */
  shifted: number;
  /** The heading (as written) of the summary section whose first paragraph is the summary, left out of the body, if any. */
  removedSummaryHeading?: string;
  /** The body opened, before any heading, with a paragraph that is the summary: left out of the body. */
  removedSummaryParagraph?: boolean;
  /** The summary's sentences, cut from the paragraph that opens the body (or its summary section), left out of it: how many. */
  removedSummarySentences?: number;
}

/**
 * The draft's `summary` and the names of a summary section ("Summary", "TL;DR", …); `cut`: the
 * summary is that many first sentences of a longer paragraph.
 */
export interface LeadSummary { text: string; sectionName: RegExp; cut?: number }

interface Edit { start: number; end: number; text: string }

/** The edit that writes a heading one level deeper, or undefined when it cannot be (at `######` already). */
function deeper(markdown: string, heading: Heading): Edit | undefined {
  const start = heading.position?.start.offset;
  const end = heading.position?.end.offset;
  if (start === undefined || end === undefined || heading.depth >= 6) return undefined;
  const source = markdown.slice(start, end);
  const hashes = /^[ \t]*#/.exec(source);
  // ATX (`## Timeline`): one more `#`.
  if (hashes) return { start: start + hashes[0].length - 1, end: start + hashes[0].length - 1, text: '#' };
  // Setext (`Timeline` over `====` or `----`): `====` becomes `----` (level 2); a level-2 one is
  // written as `### Timeline`, which setext cannot express. Only one-line ones: a heading over
  // several lines inside a quote or list would need each line's container marks.
  const lines = source.split('\n');
  if (lines.length !== 2) return undefined;
  if (heading.depth === 1) {
    const underline = /=+/.exec(lines[1]);
    if (!underline) return undefined;
    const at = start + lines[0].length + 1 + underline.index;
    return { start: at, end: at + underline[0].length, text: '-'.repeat(underline[0].length) };
  }
  return { start, end, text: `${'#'.repeat(heading.depth + 1)} ${lines[0].trim()}` };
}

/**
 * Removes the report's first `#` heading when it is the title (the text is not lost: it is the
 * `title` field), then, when the body still has a `#` heading, writes every heading one level
 * deeper (`#` → `##` … `######` stays), so the sections start at `##`. Headings are found in the
 * parsed tree, so a `# comment` inside a code block is left alone. `tree` is `markdown` parsed;
 * `draftTitle` is the draft's title when the import changed the report's (`title`); `titleHeading`
 * the heading the title was read from, when it is another than the first `#` one.
 */
export function placeBodyUnderTitle(markdown: string, tree: Root, title: string, lead?: LeadSummary, draftTitle = title, titleHeading?: Heading): BodyUnderTitle {
  // `titleHeading`: the heading the title was read from when it is not the first `#` one (a header
  // line "# Cumulo · Technical Incident Report" over "## <title>"): removed the same way.
  const first = titleHeading ?? tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const isTitle = !!first && (!!titleHeading || (comparableTitle(headingText(first)) === comparableTitle(title) && comparableTitle(title) !== ''));
  const summarySection = lead && repeatedSummarySection(markdown, tree, isTitle ? first : undefined, lead);
  const headings = bodyHeadings(tree).filter((heading) => !(isTitle && heading === first) && heading !== summarySection?.heading);
  const edits: Edit[] = [];
  if (summarySection) edits.push(summarySection.edit);
  if (isTitle && first.position?.start.offset !== undefined && first.position.end.offset !== undefined) {
    // The whole lines of the heading, and the line break after them.
    const lineStart = markdown.lastIndexOf('\n', first.position.start.offset - 1) + 1;
    const lineEnd = markdown.indexOf('\n', first.position.end.offset);
    // A title made publishable (without its "[Postmortem]" mark, or in place of "Incident on
    // <day>") is not the heading's words: a comment keeps them for whoever edits the draft.
    // So is a heading that says more than the title ("## Incident Report for <title>", import round 38).
    const kept = comparableTitle(draftTitle) === comparableTitle(headingText(first)) ? '' : `<!-- The report's title heading was "${headingText(first).replace(/--+/g, '–').replace(/\s+/g, ' ').trim()}"; the page shows the draft's title above the body. -->\n\n`;
    edits.push({ start: lineStart, end: lineEnd === -1 ? markdown.length : lineEnd + 1, text: kept });
  }
  let shifted = 0;
  if (headings.some((heading) => heading.depth === 1)) {
    for (const heading of headings) {
      const edit = deeper(markdown, heading);
      if (edit) {
        edits.push(edit);
        shifted++;
      }
    }
  }
  let result = markdown;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return {
    markdown: result,
    removedTitleHeading: isTitle ? markdown.slice(first.position!.start.offset, first.position!.end.offset) : undefined,
    shifted,
    ...(summarySection?.heading ? { removedSummaryHeading: headingText(summarySection.heading) } : {}),
    ...(summarySection && !summarySection.heading && !summarySection.cutOpening ? { removedSummaryParagraph: true } : {}),
    ...(summarySection?.cutOpening ? { removedSummarySentences: lead!.cut } : {}),
  };
}

function onlyWords(nodes: PhrasingContent[]): boolean {
  // A hard break (two spaces at a line's end) is a line break, which the one-line lead has no need of.
  return nodes.every((node) => node.type === 'text' || node.type === 'break' || ((node.type === 'emphasis' || node.type === 'strong') && onlyWords(node.children)));
}

/**
 * A paragraph whose words are the summary's, word for word, and that is only words: a link, an
 * image or code in it would lose its address or its marks in the lead, which is plain text.
 */
function repeatsSummary(markdown: string, paragraph: Paragraph, lead: LeadSummary): boolean {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined || !onlyWords(paragraph.children)) return false;
  const words = wordsOf(lead.text);
  return !!words && wordsOf(markdown.slice(start, end)) === words;
}

/**
 * The page shows the draft's `summary` as its lead, above the body. A body with its own
 * "Summary" section (wherever it stands) whose first paragraph is that summary showed
 * the same text twice, one under the other. The heading and that paragraph are left out (an MDX
 * comment names the section, for whoever edits the draft), and what else the section says stays
 * where it was, under the lead. Only when the paragraph {@link repeatsSummary}: a summary cut
 * short ("… It was decided that:"), taken from elsewhere, or with a link leaves the section whole.
 */
function repeatedSummarySection(markdown: string, tree: Root, titleHeading: Heading | undefined, lead: LeadSummary): { heading?: Heading; edit: Edit; cutOpening?: boolean } | undefined {
  // A comment before it is no text of the page (an MDX file's `import Update from '…'` line, made a
  // comment by the import): the paragraph after it still opens the body.
  const isComment = (node: Root['children'][number]) => node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim());
  const leadingComments = tree.children.findIndex((node) => node !== titleHeading && !isComment(node));
  const [opening, next] = tree.children.slice(Math.max(leadingComments, 0)).filter((node) => node !== titleHeading);
  // Most reports without a summary section open with their summary in a paragraph of its own, and
  // the importer took the summary from there: the same text twice, without a heading between.
  // Not when it is the whole body: the draft would be left with no text of its own.
  if (opening?.type === 'paragraph') {
    const folded = next ? openingSummaryParagraph(markdown, opening, lead) : undefined;
    if (folded) return folded;
  }
  // The report's own summary section, wherever it stands: under its metadata ("**Date:** 2026-02-22",
  // "## Date" over "2025-03-26"), or after sections of prose ("### Authors", "### Status" over
  // "### Summary", as availproject writes them: import round 26). The lead shows its paragraph
  // above the body all the same, so the body repeated it.
  const nodes = tree.children.filter((node) => node !== titleHeading);
  const at = nodes.findIndex((node) => node.type === 'heading' && lead.sectionName.test(headingText(node).trim()));
  if (at < 0) return undefined;
  const [heading, paragraph] = [nodes[at], nodes[at + 1]];
  if (heading?.type !== 'heading' || paragraph?.type !== 'paragraph' || !lead.sectionName.test(headingText(heading).trim())) return undefined;
  const start = heading.position?.start.offset;
  // A heading indented by up to three spaces is one all the same ("  ### **ISSUE SUMMARY:** 😪", a
  // student's report indented throughout: import round 57); the comment takes its place after them.
  if (start === undefined || heading.position!.start.column > 4) return undefined;
  if (!repeatsSummary(markdown, paragraph, lead)) {
    // The section's paragraph goes on after the summary's sentences: the heading and the rest stay.
    const cut = paragraph.position?.start.column === 1 ? summarisedOpening(markdown, paragraph, lead) : undefined;
    if (cut === undefined || /[\\[<&]/.test(markdown.slice(paragraph.position!.start.offset!, cut))) return undefined;
    return { edit: { start: paragraph.position!.start.offset!, end: cut, text: `<!-- This paragraph's first ${lead.cut === 1 ? 'sentence is' : `${lead.cut} sentences are`} the summary, which the page shows above the body: not repeated here. -->\n\n` }, cutOpening: true };
  }
  const name = headingText(heading).replace(/--+/g, '–').replace(/\s+/g, ' ').trim();
  return { heading, edit: { start, end: paragraph.position!.end.offset!, text: `<!-- The "${name}" section's first paragraph is the summary, which the page shows above the body: not repeated here. -->` } };
}

/** The body's opening paragraph, before any heading, when it {@link repeatsSummary} or opens with a summary cut from it. */
function openingSummaryParagraph(markdown: string, paragraph: Paragraph, lead: LeadSummary): { edit: Edit; cutOpening?: boolean } | undefined {
  if (paragraph.position?.start.column !== 1) return undefined;
  const start = paragraph.position.start.offset!;
  const end = paragraph.position.end.offset!;
  // An escape, a bracket, a tag or an entity is written otherwise in the plain-text lead: kept as the author wrote it.
  if (/[\\[<&]/.test(markdown.slice(start, end))) return undefined;
  if (repeatsSummary(markdown, paragraph, lead)) return { edit: { start, end, text: '<!-- The opening paragraph is the summary, which the page shows above the body: not repeated here. -->' } };
  const cut = summarisedOpening(markdown, paragraph, lead);
  return cut === undefined ? undefined : { edit: { start, end: cut, text: `<!-- The opening paragraph's first ${lead.cut === 1 ? 'sentence is' : `${lead.cut} sentences are`} the summary, which the page shows above the body: not repeated here. -->\n\n` }, cutOpening: true };
}

/**
 * Where the rest of a paragraph starts when its first sentences are the summary, word for word
 * (a paragraph too long for a summary, cut after them: src/lib/import/summary-length.ts), and
 * it is only words. Undefined when the summary was not cut from it.
 */
function summarisedOpening(markdown: string, paragraph: Paragraph, lead: LeadSummary): number | undefined {
  if (!lead.cut || !onlyWords(paragraph.children)) return undefined;
  const start = paragraph.position!.start.offset!;
  const text = markdown.slice(start, paragraph.position!.end.offset!);
  const words = wordsOf(lead.text);
  const end = words ? summaryOpeningEnd(text, words) : undefined;
  return end === undefined ? undefined : start + end;
}

/**
 * A status page's incident (src/lib/import/status-exports.ts) takes its summary from its first
 * update, which is also the first row of the body's "Timeline": the page showed those words as
 * the lead and again as the first line under it. That row keeps its time and its state (the
 * detection, and where the structured timeline's first row comes from) and says its words are the
 * summary above it, when they are the summary word for word (the summary is the update's first
 * paragraph: a second paragraph of it stays under the row); a row holding a link, code or a tag,
 * which the plain-text lead would lose, is kept as written. `markdown` is the body as the draft will hold it.
 */
export function firstUpdateAsSummary(markdown: string, summary: string): { markdown: string; replaced: boolean } {
  const words = wordsOf(summary);
  if (!words) return { markdown, replaced: false };
  const lines = markdown.split('\n');
  const heading = lines.findIndex((line) => /^#{2,3} Timeline\s*$/.test(line));
  if (heading < 0) return { markdown, replaced: false };
  const first = lines.findIndex((line, i) => i > heading && line.trim() !== '');
  const row = first >= 0 ? /^(- \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC (?:\*[^*\n]+\* - )?)(.+)$/.exec(lines[first]) : null;
  if (!row) return { markdown, replaced: false };
  // The item's continuation lines, up to the next item or the end of the list.
  let end = first + 1;
  while (end < lines.length && /^ {2}\S/.test(lines[end])) end++;
  return summaryInPlaceOf(lines, first, end, row, words, summary, '  ');
}

/**
 * The same for a status page's updates made labelled paragraphs (src/lib/import/update-blocks.ts:
 * `**Investigating, 2021-08-13 12:20+02:00:** We are investigating …`, LiveAgent's updates kept in
 * its posts' frontmatter, Statusfy's blocks): the summary is the first update's words, stripped of
 * its label, and the body opened with the same words under it (import round 22: 76 of
 * liveagent-status' drafts). The body's first paragraph, when it is that update, keeps its label
 * and time and says its words are the summary.
 */
export function firstUpdateParagraphAsSummary(markdown: string, summary: string): { markdown: string; replaced: boolean } {
  const words = wordsOf(summary);
  if (!words) return { markdown, replaced: false };
  const lines = markdown.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const row = first >= 0 ? /^(\*\*[^*\n]{1,60}, \d{4}-\d{2}-\d{2}[^*\n]{0,40}:\*\* )(.+)$/.exec(lines[first]) : null;
  if (!row) return { markdown, replaced: false };
  // The paragraph's other lines, up to the blank line that ends it.
  let end = first + 1;
  while (end < lines.length && lines[end].trim() !== '') end++;
  return summaryInPlaceOf(lines, first, end, row, words, summary);
}

/**
 * Lines `first` to `end` (opening with `row`: its label, then its words) say their words are the
 * summary, when they are it word for word; when the summary is only their first sentences (a
 * first update too long for a summary, cut by src/lib/import/summary-length.ts: import round 23,
 * 37 of liveagent-status' drafts with round 22's code), those say so and the rest stays as written,
 * on lines indented by `indent` as the row's were.
 */
function summaryInPlaceOf(lines: string[], first: number, end: number, row: RegExpExecArray, words: string, summary: string, indent = ''): { markdown: string; replaced: boolean } {
  const itemText = [row[2], ...lines.slice(first + 1, end).map((line) => line.trim())].join('\n');
  const kept = { markdown: lines.join('\n'), replaced: false };
  const cut = wordsOf(itemText) === words ? itemText.length : summaryOpeningEnd(itemText, words);
  if (cut === undefined || !plainAsSummary(itemText.slice(0, cut), summary)) return kept;
  const rest = itemText.slice(cut).trimStart();
  if (!rest) {
    lines.splice(first, end - first, `${row[1]}${summaryRowMark}`);
    return { markdown: lines.join('\n'), replaced: true };
  }
  const many = /[.!?][*_]*\s+\S/.test(itemText.slice(0, cut).trimEnd());
  const said = `${row[1]}(its opening ${many ? 'sentences are' : 'sentence is'} the summary, above)`;
  // The rest opens its own line when it did (a status row's "(Components: …)" line).
  const restLines = rest.split('\n').map((line) => `${indent}${line}`);
  const ownLine = itemText.slice(0, cut).slice(itemText.slice(0, cut).trimEnd().length).includes('\n');
  lines.splice(first, end - first, ...(ownLine ? [said, ...restLines] : [`${said} ${restLines[0].slice(indent.length)}`, ...restLines.slice(1)]));
  return { markdown: lines.join('\n'), replaced: true };
}

/** Where the rest of `text` starts when its first sentences are `words` (the summary's, as words); undefined when they are not. */
function summaryOpeningEnd(text: string, words: string): number | undefined {
  // A sentence ends at . ! or ? (after emphasis marks closing it) and the space after it.
  for (const boundary of text.matchAll(/(?<=[.!?][*_]*)\s+(?=\S)/g)) {
    const opening = wordsOf(text.slice(0, boundary.index));
    if (opening === words) return boundary.index! + boundary[0].length;
    if (opening.length > words.length) break;
  }
  return undefined;
}

/**
 * Words the plain-text summary shows as the row does: a link, code, an escape, a tag or an entity
 * would lose its address or marks there (as for a summary paragraph, round 12) and is kept as
 * written; a bare address is kept when the summary writes it too.
 */
function plainAsSummary(text: string, summary: string): boolean {
  // A lone "&" is the same in both; an entity ("&amp;") is not.
  if (/[[\]`<>\\]|&(?:#\d+|#x[\da-f]+|\w+);/i.test(text)) return false;
  return [...text.matchAll(/\bhttps?:\/\/\S+/g)].every(([address]) => summary.includes(address.replace(/[.,;:!?)]+$/, '')));
}
