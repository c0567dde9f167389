import { openingPictographs } from './opening-pictographs.ts';
import { findMarkdownInTitle, findTitleProblem, titleStatusMarkWords } from '../plain-text-fields.ts';
import { readWrittenTime } from './written-time.ts';
import { isDaysHeading } from './day-heading-title.ts';

/**
 * Marks a report's title carries that say what the document is or where it stood, not what broke:
 * a status tool's `[RESOLVED]`, a wiki's `[Postmortem]` or `[Incident]`, a label `Post-mortem:`.
 * A postmortem under review refuses a status mark (src/lib/plain-text-fields.ts, findTitleProblem)
 * and every page shows the others: the draft's status and kind say it already. The title keeps
 * what follows the marks; the body keeps the report's heading or metadata as written.
 */

/**
 * Words a mark in brackets is made of: every status mark the schema refuses in a title
 * (`titleStatusMarkWords`, one list for both) and the import's own, a document's kinds and states
 * a review lets pass but no page needs ("[Incident]", "[Final]").
 */
const bracketWords = [...titleStatusMarkWords, 'final', 'post-?incident review', 'root cause analysis', 'incident', 'incident report', 'outage', 'security', 'maintenance', 'retro', 'retrospective'].join('|');
const leadingBracket = new RegExp(String.raw`^\s*[\[(](?:${bracketWords})[\])]\s*(?:[:|–—-]\s*)?`, 'i');
const trailingBracket = new RegExp(String.raw`\s*(?:[:|–—-]\s*)?[\[(](?:resolved|closed|completed|final|updated?|post-?mortem|rca)[\])]\s*$`, 'i');
/**
 * The same labels in Japanese, Korean and Chinese, before a colon, ASCII or full-width
 * ("ポストモーテム: recap パイプライン連鎖 OOM", "障害報告書：…", "포스트모템: …"). Without them 34 of
 * the 55 titles of a Japanese team's reports opened with the word "postmortem" (adoption round 57).
 */
const cjkLabels = ['ポストモーテム(?:報告書?)?', 'ポスト・モーテム', '障害報告書?', 'インシデント(?:報告書?|レポート)', '포스트모템', '사후\\s*분석', '장애\\s*보고서', '事故报告', '故障报告', '复盘(?:报告)?', '事后分析'].join('|');
/** A label saying the document is a postmortem ("Post-mortem: …", "Incident report - …", "RCA: …"; "Post mortem | …", a Jira team's, round 51). */
const leadingLabel = new RegExp(String.raw`^\s*(?:post[- ]?mortem(?:\s+report)?|incident(?:\s+(?:report|review|post-?mortem))?|outage(?:\s+report)?|post-?incident\s+review|rca|root\s+cause\s+analysis|(?:${cjkLabels})\s*(?=[:：]))\s*(?:[:：]|\s[|–—-])\s*`, 'iu');

export interface TitleWithoutMarks {
  title: string;
  /** The marks taken off, as written ("[Postmortem]", "Post-mortem:"). */
  marks: string[];
}

/**
 * The title without its marks, for as long as words remain after them ("[RESOLVED] Post-mortem:
 * Queue stalled" is "Queue stalled"; "[Postmortem]" alone stays as it is, for the caller's
 * placeholder rule).
 */
export function withoutTitleMarks(title: string): TitleWithoutMarks {
  let rest = title.trim();
  const marks: string[] = [];
  for (;;) {
    const match = leadingBracket.exec(rest) ?? leadingLabel.exec(rest) ?? trailingBracket.exec(rest);
    if (!match) break;
    const after = `${rest.slice(0, match.index)}${rest.slice(match.index + match[0].length)}`.trim();
    // Two words at least: "Incident: Outage" keeps its mark rather than become "Outage".
    // A Japanese or Chinese title writes its words without spaces: four of their letters are words.
    if (!/\p{L}{2,}\S*\s+\S*\p{L}/u.test(after) && !/(?:[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]\S*){4}/u.test(after)) break;
    marks.push(match[0].trim().replace(/\s*[:|–—-]$/, (sign) => (sign.trim() === ':' ? ':' : '')));
    rest = after;
  }
  return { title: rest, marks };
}

/** A text a title may be made of, and where it comes from ("its summary", "its first heading"). */
export interface TitleCandidate { text: string | undefined; from: string }

export type PublishableTitle =
  | { title: string; changes: string[] }
  | { title?: undefined; problem: string };

/**
 * A title a postmortem under review takes (src/lib/plain-text-fields.ts: what `npm run new` and
 * the check refuse), made of the report's: without its marks, its Markdown, its quotes; and, when
 * it names nothing but a day or is a placeholder ("Incident on 2011-07-28 03:06:00 UTC",
 * "Untitled", "Outage"), the first of `candidates` that names something. Each change is said as
 * it is made. `problem` when no candidate does: the report gives nothing to title it by.
 */
export function publishableTitle(title: string, candidates: TitleCandidate[], incidentDay?: string): PublishableTitle {
  const changes: string[] = [];
  let text = title.trim();
  // "2021-08-13 - Blank Screen because of …" (a Docusaurus docs folder's `title:`, import round 40b):
  // the draft has the day in its own field, and its file name and every list show it beside the title.
  const dayOpening = incidentDay ? openingDayOf(text, incidentDay) : undefined;
  if (dayOpening) {
    changes.push(`title without the day opening it (${JSON.stringify(dayOpening.trim())}): the draft states the incident's day, ${incidentDay}, in its own field`);
    text = text.slice(dayOpening.length);
  }
  const unmarked = withoutTitleMarks(text);
  if (unmarked.marks.length) {
    changes.push(`title without ${unmarked.marks.map((mark) => JSON.stringify(mark)).join(' and ')}, which says what the document is or where it stood, not what broke (the draft's status says where its review stands)`);
    text = unmarked.title;
  }
  for (let markdown = findMarkdownInTitle(text); markdown && markdown.plain.trim(); markdown = findMarkdownInTitle(text)) {
    changes.push(`title without the Markdown ${markdown.markup.trim()} (a title is plain text on every page)`);
    text = markdown.plain.trim();
  }
  // "🛠 Web Application Outage Incident Postmortem" (import round 38): a pictograph opening the title
  // decorates the report's page, as its emoji headings do; it names nothing that broke.
  const decoration = openingPictographs.exec(text)?.[0];
  if (decoration) {
    changes.push(`title without the pictograph ${JSON.stringify(decoration.trim())} opening it (it decorates the report's page, and names nothing that broke)`);
    text = text.slice(decoration.length);
  }
  // "Langsame Anfragen via SaxSVS aufgrund eines Problems in Schullogin:" (de-schullogin, round 37):
  // a colon that introduced the text under the title ends no title.
  if (/[^:\s]\s*:$/.test(text)) {
    changes.push('title without its trailing colon (it introduced the text under the title)');
    text = text.replace(/\s*:$/, '');
  }
  const problem = findTitleProblem(text);
  if (problem?.kind === 'quoted') {
    changes.push(`title without the quotes around it (${text[0]}…${text.at(-1)})`);
    text = text.slice(1, -1).trim();
  }
  if (!namesNothing(text)) return { title: text, changes };
  for (const candidate of candidates) {
    const made = candidate.text && publishableTitle(candidate.text, []);
    if (!made || made.title === undefined || namesNothing(made.title) || !saysWhatHappened(made.title)) continue;
    changes.push(`title made from ${candidate.from}: the report's title ${JSON.stringify(title.trim())} names ${namesOnlyADay(text) ? 'only its day' : 'nothing that broke'} (shorten or reword it)`);
    return { title: made.title, changes: [...changes, ...made.changes] };
  }
  // "Incident: 2026-04-08 11-34-00" over a report whose every section is a code block (a course's
  // template, adoption round 58): read as naming its day from round 58 on, it was imported before
  // under that title, and is kept so rather than refused.
  if (/^\W*(?:incident|outage)\s*:/i.test(text) && titleNamesOnlyItsDay(text)) {
    changes.push(`title ${JSON.stringify(text)} kept, though it names only its day: the report gives nothing else to title it by (reword it to say what broke)`);
    return { title: text, changes };
  }
  return { problem: `its title ${JSON.stringify(title.trim())} names ${namesOnlyADay(text) ? 'only its day' : 'nothing that broke'}, and the report gives nothing else to title it by (no summary, no sentence of prose, no heading naming what broke, no affected service)` };
}

/**
 * The day a title opens with and the mark that sets it apart from the words after it ("2021-08-13 -
 * ", "March 3, 2024: ", "13/08/2021 | "), when it is `incidentDay` and two words at least follow.
 * Undefined otherwise: a title naming another day (a disclosure's "2019-03-02 leak found in 2021")
 * or a day run into its words ("2024-03-02 outage") keeps it.
 */
function openingDayOf(title: string, incidentDay: string): string | undefined {
  const written = readWrittenTime(title, { year: Number(incidentDay.slice(0, 4)) });
  if (!written.consumed || written.date !== incidentDay || written.time || written.placeholder) return undefined;
  const mark = /^\s*(?:[-–—:|]|\/\/)\s+/.exec(title.slice(written.consumed));
  if (!mark) return undefined;
  const opening = title.slice(0, written.consumed + mark[0].length);
  return /\p{L}{2,}\S*\s+\S*\p{L}/u.test(title.slice(opening.length)) ? opening : undefined;
}

/**
 * A text that may say what happened: two words at least, not a table's row written as a sentence
 * ("Time (UTC): 09:12; Event: 500", how a table opening a report is read as its summary) nor a
 * timeline's row ("09:12 UTC: writes time out 09:40 UTC: …", a list of rows read as one).
 */
function saysWhatHappened(text: string): boolean {
  return (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2 && !/^[^:;]{1,40}: [^;]*; [^:;]{1,40}: /.test(text) && !/^\W*\d{1,4}[:/.-]\d/.test(text);
}

/**
 * A title that says nothing of what broke: a placeholder, a day alone, "Incident on <day>". A day
 * or a span of days as it is written in words ("March 2, 2025", "September 7-8, 2026": a report's
 * only heading over its prose) had stayed the title (import round 26).
 */
function namesNothing(title: string): boolean {
  return !/[\p{L}\p{N}]/u.test(title) || findTitleProblem(title)?.kind === 'placeholder' || findTitleProblem(withoutProjectCode(title))?.kind === 'placeholder' || namesOnlyADay(title);
}

/**
 * The title without a course's or a list's number opening it: "0x19. Postmortem", "0x19-postmortem"
 * (Holberton's and ALX's project folder, each student's report a `0x19-postmortem/README.md`), "3)
 * Incident report". With it the placeholder was the title of three of eight students' reports, and
 * their file names `0x19-postmortem`, `-2`, `-3` (adoption round 56).
 */
function withoutProjectCode(title: string): string {
  return title.replace(/^\s*(?:0x[0-9a-f]{1,4}|\d{1,3})(?:[.):_-]\s*|\s+)/i, '');
}

/** "Incident on 2020-02-12", or a day or a span of days alone. */
function namesOnlyADay(title: string): boolean {
  return titleNamesOnlyItsDay(title) || isDaysHeading(title);
}

/**
 * "Incident on 2010-02-07 06:00:00 UTC", "Incident on 2020-02-12", "Incident: 2025-12-05 10-20-00":
 * a title that says the incident of a day and nothing more. The last is a course's template
 * ("# Incident: YYYY-MM-DD HH-mm-ss", adoption round 58), at times left with its time's
 * placeholder ("Incident: 2026-04-02 HH-mm-ss", which the public title kept as "HH-mm-ss").
 */
export function titleNamesOnlyItsDay(title: string): boolean {
  const opening = /^\W*(?:incident|outage)(?:\s+on|\s+date\s*:|\s*:)\s*/i.exec(title);
  if (!opening) return false;
  const titleDate = readWrittenTime(title.slice(opening[0].length), { year: 2000 });
  const rest = title.slice(opening[0].length + titleDate.consumed).replace(/\b(?:UTC|GMT|[A-Z]{2,4}T)\b/g, '').replace(timePlaceholder, '');
  return !!titleDate.date && !/[a-z]{2,}/i.test(rest);
}

/** A time of day a template left unfilled: "HH-mm-ss", "hh:mm", "HH:MM:SS". */
const timePlaceholder = /\bhh([-:])mm(?:\1ss)?\b/gi;

/**
 * The services a report names as affected, joined for a title ("API and Dashboard"): its
 * metadata's list (cState's `affected`, an export's `components`) or its "Affected components:"
 * line (written by src/lib/import/status-exports.ts). Undefined when it names none.
 */
export function affectedServicesOf(metadata: Record<string, unknown> | undefined, markdown: string): string | undefined {
  const listed = ['affected', 'affected_components', 'components', 'affected_services', 'services', 'systems'].map((key) => metadata?.[key]).find((value) => Array.isArray(value) && value.length);
  const names = (listed as unknown[] | undefined)?.map((value) => (typeof value === 'string' ? value : typeof value === 'object' && value && 'name' in value ? String(value.name) : '')).map((name) => name.trim()).filter(Boolean)
    ?? /^Affected (?:components|services|systems): (.+?)\.?$/im.exec(markdown)?.[1].split(/[,;]\s*/).map((name) => name.trim()).filter(Boolean)
    ?? [];
  if (!names.length) return undefined;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
