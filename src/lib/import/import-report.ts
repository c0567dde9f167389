import { isWeekdayName, weekdayBeforeDayPattern } from './weekday-before-day.ts';
import { keyTimesInOrder } from './key-time-order.ts';
import { withoutTemplateInstructions } from './template-instructions.ts';
import { wordCount } from './word-count.ts';
import { detectionLeftAtStartNote, namesDetection } from './detection-at-start.ts';
import { cjkKeyTimes } from './cjk-key-times.ts';
import { namedSummaryHeading, summaryHeadingElsewhere } from './summary-section-names.ts';
import { cjkDateLine } from './cjk-date-line.ts';
import { isIsoDay } from '../as-of.ts';
import { draftFileSlug } from './non-latin-title-slug.ts';
import { timelineHeading } from '../body-timeline.ts';
import { customerFacingSentence } from './customer-impact.ts';
import { stringify as stringifyYaml } from 'yaml';
import { maxBodyBytes } from '../validate-postmortem.ts';
import type { List, RootContent, Table } from 'mdast';
import { findCrossFieldIssues, findMissingReviewFacts, draftPostmortemObjectSchema, summaryMaxLength, type DraftPostmortem } from '../postmortem-schema.ts';
import type { Vocabulary } from '../vocabulary.ts';
import { slugFromTitle } from '../slug.ts';
import { readSource, type SourceFormat } from './source-text.ts';
import { parseMarkdown, splitSections, labelSections, findSections, plainText, type ReportSection } from './report-structure.ts';
import { firstWrittenDay } from './written-day.ts';
import { firstUpdateIn, isFirstUpdate, latestUpdateOfOldestFirst, withoutUpdateLabel } from './latest-update.ts';
import { textLanguage } from './text-language.ts';
import { readWrittenTime } from './written-time.ts';
import { openingInstant } from './opening-instant.ts';
import { proseKeyTimes } from './prose-key-times.ts';
import { openingSentenceDay } from './opening-sentence-day.ts';
import { updateTimesOffset } from './update-times-offset.ts';
import { metadataZoneEvidence } from './metadata-time-zone.ts';
import { assignedTeam } from './servicenow-columns.ts';
import { withinFieldLimit } from './within-field-limit.ts';
import { fewSentenceSummary, summaryMaxCharacters, summaryMaxSentences, summarySentences } from './summary-length.ts';
import { datelineDay, isSelfLinkText, openingDatelineDay, withoutTrailingSelfLink } from './report-dateline.ts';
import { findStatedZone, readTimeline, rowDay, type UnreadRow } from './timeline-rows.ts';
import { applyStatedDurations } from './stated-durations.ts';
import { statedLengths } from './clock-offset-rows.ts';
import { isDetectionByItsOpeningOnly } from './timeline-kind.ts';
import { statusUpdatesSection } from './status-updates.ts';
import { updateHeadingRows } from './update-headings.ts';
import { parseZone, toUtcIso, wallClockFoldNote, zonePattern, type WallClockFold } from './time-zones.ts';
import { readActionItems } from './action-item-rows.ts';
import { suggestClassification } from './suggest-classification.ts';
import { readReportOwner } from './report-owner.ts';
import { escapeRegExp } from '../regexp.ts';
import { isMidnightUtc } from '../day-only-span.ts';
import { makeMdxSafe, withoutInternalBlocks, type MalformedVariantTag, type MdxParseStop } from './mdx-safe.ts';
import { readableTrackShortcodes, trackShortcode } from './track-shortcodes.ts';
import { escapeTableCodePipes } from './table-code-pipes.ts';
import { fenceScriptBlocks } from './script-blocks.ts';
import { compactFileNameDay } from './compact-file-name-day.ts';
import { openingPictographs } from './opening-pictographs.ts';
import { namingFileName, spelledAsTheReport } from './file-name-title.ts';
import { wordsOutsideCode } from './words-outside-code.ts';
import { summaryWithoutMarkup } from './summary-markup.ts';
import { withoutMeaninglessCharacters } from './meaningless-characters.ts';
import { withoutVerticalTabs } from './vertical-tabs.ts';
import { withoutEmptyHeadings } from './empty-headings.ts';
import { escapeUnpairedFootnotes } from './footnote-marks.ts';
import { escapeUndefinedReferences } from './undefined-reference-marks.ts';
import { isDaysHeading, titleUnderDayHeading } from './day-heading-title.ts';
import { titleUnderDocumentHeader } from './document-kind.ts';
import { metadataIncidentDay } from './metadata-incident-day.ts';
import { backgroundDays, rowsLongBeforeDay } from './background-rows.ts';
import { dashedDatesMonthFirst, slashDatesDayFirst, unsettledDashedDate, unsettledSlashDate, writtenDayFirst } from './slash-dates.ts';
import { leadingNormalRows } from './normal-operation-rows.ts';
import { findLabelledTitle, isFileNameWithoutWords, isIdentifierTheReportWrites, isTemplateLabel, titleFromFirstSentence } from './report-title.ts';
import { firstUpdateAsSummary, firstUpdateParagraphAsSummary, placeBodyUnderTitle } from './body-headings.ts';
import { writtenInstantUtc } from './update-blocks.ts';
import { affectedServicesOf, publishableTitle, titleNamesOnlyItsDay } from './publishable-title.ts';
import { batchFields, describeBatchFact, type BatchFacts, type BatchField } from './batch-facts.ts';
import { readWrittenSeverity, describeWrittenSeverity } from './written-severity.ts';
import { PlannedWorkError, plannedWorkOf, plannedWorkRefusal } from './planned-work.ts';
import { AnnouncementError, announcementRefusal, noticeKindOf } from './status-notices.ts';
import type { Zone } from './time-zones.ts';
import { isStatusPageIssue, metadataTimes } from './metadata-times.ts';
import type { FolderZone } from './folder-zone.ts';
import { isBareWebAddress } from './title-line.ts';

export interface ImportOptions {
  vocabulary: Vocabulary;
  /** For reports that state no zone (`--timezone`). */
  zone?: Zone;
  /** The zone the folder's README, index or template states for its reports, when neither the report nor `--timezone` gives one. */
  folderZone?: FolderZone;
  /** The import day, YYYY-MM-DD (recorded in `imported.on`). */
  today: string;
  /** Facts of the whole batch (`--set`), filled in where the report gives nothing. */
  batchFacts?: BatchFacts;
  /** The report is one incident of a status page's export (src/lib/import/status-exports.ts), which wrote its frontmatter. */
  exportKind?: string;
  /** Import a report its metadata marks as planned work (`severity: under-maintenance`) as a draft, rather than refuse it (`--maintenances`). */
  keepPlannedWork?: boolean;
  /**
   * The report states its key times apart from its timeline (a spreadsheet's Start column, Jira's
   * Created, written as labelled lines by src/lib/import/incident-sheets.ts): a start before the
   * first timeline row is when it began, not a line the timeline overrides.
   */
  startStatedApart?: boolean;
  /**
   * The report is a status page's record of one incident (a YAML record: `start_date`, `end_date`,
   * written as its "Start:" and "End:" lines): those are the incident's start and end, whatever
   * times its updates were posted at.
   */
  recordTimes?: boolean;
  /**
   * The report is a status page's incident whose export states when it began in a field of its own
   * (Google Cloud's `begin`, written as the report's `started_at`): that is the start, before the
   * first update was posted, and before a time an update quotes ("**Incident Start:** 29 June 2022
   * 13:54" of Google's mini incident report, in Pacific time). The draft says where it came from.
   */
  exportStartField?: string;
  /**
   * The title a documentation site's navigation gives the report's page (MkDocs' `nav`:
   * src/lib/import/site-nav-titles.ts), and the configuration that names it: taken when the
   * report states no title of its own, before its file name.
   */
  siteNavTitle?: { title: string; config: string };
}

/** What the importer did with one report: the draft, and what it inferred, left open or could not read. */
export interface ImportResult {
  /** File name of the draft, without folder: `<incident day>-<slug of the title>.mdx`. */
  fileName: string;
  draft: string;
  format: SourceFormat;
  title: string;
  inferred: string[];
  toFill: string[];
  unread: UnreadRow[];
  notes: string[];
  timelineRows: number;
  /** Timeline rows placed by their day alone (no time of day written), among `timelineRows`. */
  dateOnlyRows: number;
  /** Rows with a relative time ("T+15m", "Day 2") placed from the report's start, among `timelineRows`. */
  relativeRows: number;
  actionItems: number;
  /** Fields filled from `--set` because the report gave nothing for them. */
  setFromBatch: BatchField[];
  /** What in the report's metadata says it is planned work, not an incident (`planned: yes`): listed in the summary. */
  plannedWork?: string;
  /** Teams the import set from the report (not from `--set`), each with what named it: listed in the summary for review. */
  teamsSet: { id: string; from: string }[];
  /** Its times were read as UTC though the report states no zone, and nothing else gave one: listed in the summary, to confirm. */
  timesReadAsUtc?: true;
  /** A date written with dashes (`03-04-2024`) read day first though nothing in the report settles the order: listed in the summary, to confirm. */
  dashedDateUnsettled?: string;
  /** A date written with slashes (`03/04/2024`) read month first though nothing in the report settles the order: listed in the summary, to confirm. */
  slashedDateUnsettled?: string;
}

const headings = {
  // And as reports in other languages name it ("## サマリー", "## 1. 한 줄 요약", "## Resumo (TL;DR)": summary-section-names.ts).
  summary: new RegExp(String.raw`^(?:\d+[.)]?\s*)?(?:executive |incident |issue )?(summary|overview|tl;?dr|description|what happened|background|introduction|details)\b|${summaryHeadingElsewhere.source}`, 'iu'),
  // Also as The Guardian's reports head it: "Effect on end users", "User-facing consequences";
  // and as Taskcluster's retrospectives do: "Fallout" ("All trees were closed for 17 hours.").
  impact: /^(?:\d+[.)]?\s*)?(?:(?:customer|user|business)[- ](?:facing )?)?(?:impact|consequences|fallout)\b|^(?:\d+[.)]?\s*)?effects? on (?:the )?(?:end[- ]?)?(?:users|customers)\b|^(?:\d+[.)]?\s*)?(?:(?:故障|事故|障害)?(?:影响|影響)(?:范围|範囲)?|(?:장애\s*)?영향(?:\s*범위)?)$/i,
  timeline: timelineHeading,
  // "## Actions" alone (or ending a heading: "Lessons to be learned/ Actions."), not "Actions taken" during the incident.
  actions: /(?:^|[/&]\s*|\band\s+)actions\s*[:.]?\s*$|\b(action items?|review actions|follow[- ]?ups?|next steps|corrective|prevent(?:ative|ive|ion)|remediation|to-?dos?|^tasks:?$|improvements|what (?:we are|we're|is being) (?:doing|done|changing))\b/i,
};

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A section named as the report's summary, not its narrative ("What happened", "Background"): the page's lead stands in for it. */
const summaryNamed = new RegExp(String.raw`^(?:\d+[.)]?\s*)?(?:executive |incident |issue )?(?:summary|overview|tl;?dr)\b|${namedSummaryHeading.source}`, 'iu');

/** An advisory's dateline ("Project curl Security Advisory, March 3 2009 Permalink") or a link to the page itself: no summary. */
const isDatelineOrSelfLink = (text: string) => isSelfLinkText(text) || datelineDay(text, 2000) !== undefined;

/** The day of the dateline under the report's title, as a reading of its day (not for one incident of an export, whose page has none). */
function openingDateline(markdown: string, year: number, partOfExport: boolean): { date: string; from: string } | undefined {
  const date = partOfExport ? undefined : openingDatelineDay(markdown, year);
  return date ? { date, from: 'its dateline' } : undefined;
}

function firstParagraph(section: ReportSection | undefined, minLength = 1): string | undefined {
  const nodes = section?.nodes ?? [];
  let heading: string | undefined;
  for (const [index, node] of nodes.entries()) {
    if (node.type === 'heading') {
      heading = collapse(plainText(node));
      continue;
    }
    if (node.type === 'paragraph' || node.type === 'blockquote') {
      // "Date: …", "Severity: …", "Authors: …" lines are metadata, not a summary.
      const isMetadata = plainText(node).split('\n').every((line) => /^\W*[\w ]{1,30}\W*:\s*.{0,60}$/.test(line.trim()));
      const text = collapse(plainText(node));
      // "This report summarises two closely related incidents:" over a list (import round 38, COG-UK's
      // DIPI reports): a paragraph of that one sentence announces the list, which says what happened;
      // alone it was the summary. After sentences of its own, it is left out of the summary (below).
      const listAfter = /:$/.test(text) && !/[.!?]\s/.test(text) && text.length >= minLength && !isMetadata ? nodes[index + 1] : undefined;
      if (listAfter?.type === 'list') return `${text} ${listItemsAsSentences(listAfter as List)}`;
      // A rule drawn in text (`*\-----*` between a status page's updates) is no paragraph: with no
      // letter or digit it was the summary, and the draft was held (adoption round 42, IFCA).
      if (text.length >= minLength && !isMetadata && !isDatelineOrSelfLink(text) && /[\p{L}\p{N}]/u.test(text)) return text;
    }
    if (node.type === 'table') {
      // An impact table ("Customers impacted | Duration") reads as "header: value" pairs.
      const [header, ...rows] = node.children;
      const names = header.children.map((cell) => collapse(plainText(cell as unknown as RootContent)));
      // A timeline's table ("Event | Time", under "## Timeline") is no summary: read as one, a
      // generated report's summary was "Event: Failure detected; Time: 2026-04-27 18:56:27 UTC. …"
      // (import round 48); its rows are the timeline's.
      if ((heading && timelineHeading.test(heading)) || names.some((name) => /^(?:time|date|timestamp|when)\b/i.test(name))) continue;
      const text = rows.map((row) => row.children.map((cell, i) => `${names[i] ?? ''}: ${collapse(plainText(cell as unknown as RootContent))}`).join('; ')).join('. ');
      if (text.length >= minLength) return text;
    }
    if (node.type === 'list') {
      const text = listItemsAsSentences(node as List);
      if (text.length >= minLength) return text;
    }
  }
  return undefined;
}

/**
 * A section named as a summary that is none (import round 38, the Rust blog's posts): "## Background"
 * written after sections of the report's own (crates.io's squatting post: Root Cause, Action Taken,
 * Timeline, then Background, the policy's history), and a template's part described, not filled
 * ("**What happened:** a summary that provides context for the event …", the Cargo team's post that
 * presents its template before linking its postmortem). The opening then says what happened.
 */
function isNoSummarySection(section: ReportSection, sections: readonly ReportSection[]): boolean {
  const backgroundAfterOthers = /^\W*(?:\d+[.)]?\s*)?background\b/i.test(section.heading ?? '') && sections.indexOf(section) >= 2;
  const describedPart = /^(?:a|an)\s+(?:short |brief |one-paragraph |detailed )?(?:summary|description|timeline|list|overview|account|explanation)\s+(?:that|which|of (?:the|what|how)|describing|explaining)\b/i.test(firstParagraph(section) ?? '');
  return backgroundAfterOthers || describedPart;
}

/**
 * A list's items joined as one sentence each: "13+ hours of downtime; ~1,300 items pending", not run
 * together ("New scans were unable to start Provisioning of …" ran two items into one; import29, ui32).
 */
function listItemsAsSentences(list: List): string {
  // "- **🕒 Duration:** …", "- **⚠️ Impact:** …" (a course's postmortem, import round 38b): the
  // pictograph opening an item decorates its label, and a summary read as sentences has none.
  const items = list.children.map((item) => collapse(plainText(item as unknown as RootContent)).replace(openingPictographs, '')).filter(Boolean);
  return items.map((item, i) => (i < items.length - 1 && !/[.;:!?…。！？]["'”’)]*$/u.test(item) ? `${item};` : item)).join(' ');
}

/**
 * The value of a "Date" line written without a colon ("Date 1st July 2013 from 13:16 -> 14:10") or
 * as a heading over its value ("## Date" then "11th July 2013 from 12:00 -> 14:30"), in the first 40 lines.
 */
function dateLineValue(markdown: string): string | undefined {
  const lines = markdown.split('\n').slice(0, 40);
  for (let i = 0; i < lines.length; i++) {
    const bare = /^[\s>*_-]*date\s+(\d.*)$/i.exec(lines[i]);
    if (bare) return bare[1];
    if (/^#{1,6}\s*(?:date|when)\s*[:.]?\s*$/i.test(lines[i])) return lines.slice(i + 1).find((next) => next.trim())?.trim();
  }
  return undefined;
}

// With its seconds ("Mon, 04 Mar 2024 09:08:02 GMT", a Notion page's "Date and Time": import round 57, no time read).
const timeExpression = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?`;
/**
 * Key times a report's "date" or "duration" line gives (The Guardian's "- date: Starting 3.40pm
 * 2013-01-10", "- duration: 1:45pm to 4:45pm", "Date 1st July 2013 from 13:16 -> 14:10", "- date:
 * 8 May 2013 about 14:35 -> 16:45", "- duration: Finished approx 11pm 2012-12-17"): a range is the
 * start and the end; a time alone is the start, or the end after "finished", "fixed", "until", or
 * when it was noticed after "first reported". Only in the first 40 lines; a time needs a day, its
 * own or the incident day.
 */
function dateLineTimes(markdown: string, context: { year: number; incidentDate?: string }): { field: keyof StatedTimes; day: string; time: string; zone?: Zone; label: string; span?: boolean; reading?: string }[] {
  const found: { field: keyof StatedTimes; day: string; time: string; zone?: Zone; label: string; span?: boolean; reading?: string }[] = [];
  const lines = markdown.split('\n').slice(0, 40);
  const values: { label: string; value: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const labelled = /^[\s>*_|-]*(date(?:\s*(?:\/|&|and)\s*time| of (?:the )?(?:incident|outage))?|when|duration|time(?: ?frame| window| range)?|(?:outage |incident |impact )?window|period)[*_]*\s*(?:[:|]\s*|\s+(?=\d))[*_]*\s*(.+)$/i.exec(lines[i]);
    if (labelled) values.push({ label: labelled[1].toLowerCase().replace(/\s+/g, ' '), value: labelled[2].replace(/\s*\|\s*$/, '') });
    else if (/^#{1,6}\s*(?:date|when)\s*[:.]?\s*$/i.test(lines[i])) {
      const next = lines.slice(i + 1).find((line) => line.trim());
      if (next) values.push({ label: 'date', value: next.trim() });
    }
  }
  for (const { label, value } of values) {
    const day = firstWrittenDay(value, context.year)?.date ?? context.incidentDate;
    if (!day) continue;
    // "May 28 2025, 11:30 AM UTC - May 29 2025, ~17:30 PM UTC": each end a day and a time of its own
    // (cheqd's RCAs; only the start was read, import round 41). An end before the start is no end
    // ("July 2 2025, 9:30 AM UTC - July 2 2025, 12:30 AM UTC": which end was meant is not written):
    // the key times leave it out and say so, as for any stated time before the start.
    const dated = datedSpan(value, context.year);
    if (dated) {
      found.push({ field: 'started', day: dated.from.date, time: dated.from.time, zone: dated.from.zone, label, span: true });
      found.push({ field: 'resolved', day: dated.to.date, time: dated.to.time, zone: dated.to.zone, label, ...(dated.to.reading ? { reading: dated.to.reading } : {}) });
      continue;
    }
    // "between 12.39UTC (Block #8647535) and 17.17UTC": a span written with its zone (no space before it) and a note at each end.
    const between = new RegExp(`\\bbetween\\s+(${timeExpression})\\s*(UTC|GMT|${zonePattern})?(?:\\s*\\([^)]*\\))?\\s+and\\s+(${timeExpression})(?:\\s*(UTC|GMT|${zonePattern}))?`, 'i').exec(value);
    const range = between ? Object.assign([between[0], between[1], between[3], between[4] ?? between[2]], { index: between.index }) : new RegExp(`(${timeExpression})\\s*(?:->|→|–|-|~|〜|to|until|till)\\s*(${timeExpression})(?:\\s*\\(?(${zonePattern}))?`, 'i').exec(value);
    if (range) {
      const from = readWrittenTime(range[1], { year: context.year });
      const to = readWrittenTime(range[2], { year: context.year });
      const zone = range[3] ? parseZone(range[3]) : undefined;
      if (from.time && to.time) {
        const field = /first reported|reported|noticed/i.test(value.slice(0, range.index)) ? 'detected' : 'started';
        found.push({ field, day, time: from.time, zone, label, ...(field === 'started' ? { span: true } : {}) });
        // An end earlier in the day than the start is on the next day.
        const endDay = to.time < from.time ? new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : day;
        found.push({ field: 'resolved', day: endDay, time: to.time, zone, label });
        continue;
      }
    }
    // "Time: 15:30 UTC" alone may be when it began or when it was seen: only a range says both.
    if (label === 'time') continue;
    const single = new RegExp(`(?:^|[^\\w.:])(${timeExpression})(?![\\w:])`, 'i').exec(value);
    if (!single) continue;
    const written = readWrittenTime(value.slice(single.index + single[0].indexOf(single[1])), { year: context.year });
    if (!written.time) continue;
    const before = value.slice(0, single.index);
    const field: keyof StatedTimes = /\b(?:finish(?:ed)?|fixed|until|ended|resolved|recovered)\b/i.test(before) ? 'resolved' : /\b(?:first reported|reported|noticed|detected)\b/i.test(before) ? 'detected' : label === 'duration' ? 'resolved' : 'started';
    found.push({ field, day: written.date ?? day, time: written.time, zone: written.zone, label });
  }
  return found;
}

type DatedTime = { date: string; time: string; zone?: Zone; reading?: string };
/**
 * A span whose two ends each write their day and time ("May 28 2025, 11:30 AM UTC - May 29 2025,
 * ~17:30 PM UTC"), Markdown's escapes (`\~`) aside: its start and its end (an end not after the
 * start is left out by the key times, which say so); undefined when the value is no such span.
 */
function datedSpan(value: string, year: number): { from: DatedTime; to: DatedTime } | undefined {
  const plain = value.replace(/\\([~*_])/g, '$1');
  // "2025-09-02 01:00 ~ 2025-09-05 19:59 (GMT+9)": a tilde between its ends, as Korean and Japanese logs write a span (import round 57).
  for (const gap of plain.matchAll(/\s+(?:[-–—~〜]|to|until|till)\s+/gi)) {
    const from = readWrittenTime(plain.slice(0, gap.index).trim(), { year });
    const to = readWrittenTime(plain.slice(gap.index + gap[0].length), { year });
    if (!from.date || !from.time || !to.date || !to.time || plain.slice(0, gap.index).trim().length > from.consumed + 1) continue;
    // "July 2 2025, 9:30 AM UTC - July 2 2025, 12:30 AM UTC" (cheqd's retrial): the end writes the
    // start's own day, so it is no next day's 00:30; the only 12:30 of that day after the start is
    // noon. Twelve o'clock's "AM" is the slip (import round 43); the import report says so.
    const twelveAm = /\b12[:.]\d{2}(?::\d{2})?\s*a\.?m\.?(?![a-z])/i.exec(plain.slice(gap.index + gap[0].length));
    if (twelveAm && to.date === from.date && to.time < from.time) {
      const noon = `12${to.time.slice(2)}`;
      if (noon > from.time) return { from: { date: from.date, time: from.time, zone: from.zone }, to: { date: to.date, time: noon, zone: to.zone ?? from.zone, reading: `"${twelveAm[0].trim()}" read as ${noon}: it writes the start's own day, ${to.date}, and 12 AM (${to.time}) is before the start, ${from.time}` } };
    }
    return { from: { date: from.date, time: from.time, zone: from.zone }, to: { date: to.date, time: to.time, zone: to.zone ?? from.zone } };
  }
  return undefined;
}

/**
 * The words of a title the draft's file name is made of, after the day it opens with: the file
 * name starts with the day already. A title that starts with the day ("24-10-2024 - Outage"), or
 * says it is the incident of that day ("Incident on 2020-08-14 - Ingress-controllers
 * crashlooping", MoJ's; "incident date: 2019-02-20, kubectl logs unavailable", mybinder.org's),
 * gives the words after it; "Incident on 2020-02-12" alone gives "Incident". The title itself
 * is unchanged.
 */
export function titleForFileName(title: string, year: number): string {
  const opening = /^\W*incident(?:\s+on|\s+date\s*:)\s*/i.exec(title);
  const from = opening ? opening[0].length : 0;
  const titleDate = readWrittenTime(title.slice(from), { year });
  if (!titleDate.date) return title;
  const rest = title.slice(from + titleDate.consumed).replace(/^[\s:,–-]+/, '');
  return rest || (opening ? 'Incident' : title);
}

/** "on", "on the evening of", "since", "starting on", "between" before a day written with its month's name ("Friday, February 12th", "June 28, 2024") or in ISO form ("On 2024-11-21, …"). */
const dayInOpening = new RegExp(String.raw`\b(?:(?:on|in)\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+of|on|since|starting(?:\s+on)?|beginning(?:\s+on)?|between)\s+(?=${weekdayBeforeDayPattern}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}(?!\d)|\d{4}-\d{2}-\d{2}(?!\d))`, 'gi');

/**
 * The day a post's opening names (its description or excerpt, then its first paragraphs, headings
 * and quotes aside) when it is not the day it was published (more than a day apart, at most 45
 * days): the incident's, or the announced downtime's. `published` is the post's `date` (YYYY-MM-DD).
 */
function openingStatedDay(markdown: string, metadata: Record<string, unknown>, published: string, { publishedAsInstant = false } = {}): { date: string; words: string } | undefined {
  const described = ['description', 'excerpt', 'summary'].map((key) => metadata[key]).filter((value): value is string => typeof value === 'string');
  const body = markdown.replace(/^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n/, '')
    .split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph && !/^(?:#|>|<!--|```|\||!\[)/.test(paragraph)).slice(0, 3);
  const postYear = Number(published.slice(0, 4));
  for (const text of [...described, ...body]) {
    for (const match of text.matchAll(dayInOpening)) {
      const after = text.slice(match.index! + match[0].length);
      const written = readWrittenTime(after, { year: postYear });
      if (!written.date) continue;
      const apart = Math.abs(Date.parse(written.date) - Date.parse(published));
      // A day apart from an instant may be its zone's (a post's `date: 2024-06-29T01:10:00Z` of a report
      // "On June 28"); from a day alone it is the day before the post (DataHub's "On the evening of
      // Feb 23" posted with `date: 2017-02-24`: its rows, 21:10 PST, were placed a day late, import round 47).
      if (apart === 0 || (apart <= 86_400_000 && publishedAsInstant) || apart > 45 * 86_400_000) continue;
      return { date: written.date, words: `${match[0]}${after.slice(0, written.consumed)}`.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim() };
    }
  }
  return undefined;
}

/** A metadata value that is a day without a time (`2017-02-24`, or YAML's Date of it, at midnight UTC). */
function isDayAlone(value: unknown): boolean {
  if (value instanceof Date) return isMidnightUtc(value.toISOString());
  return typeof value === 'string' && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(value);
}

/** The first three paragraphs of prose of a report's body (not a heading, quote, comment, code, table or image). */
function openingParagraphs(markdown: string): string[] {
  return markdown.replace(/^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n/, '')
    .split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph && !/^(?:#|>|<!--|```|\||!\[)/.test(paragraph)).slice(0, 3)
    .map((paragraph) => paragraph.replace(/\s+/g, ' '));
}

/**
 * A blog's post named by the day it was published: `YYYY-MM-DD-slug` in a folder of posts (`_posts`,
 * `blog`, `posts`, `news`, `articles`), as Jekyll, Docusaurus and many site generators name them
 * (import round 36: conda-forge's Docusaurus incident posts, a project's AsciiDoc blog). A report
 * folder's `2022-10-22-outage.md` is named by the incident's day and is not one.
 */
function isPostFileName(path: string): boolean {
  const parts = path.split(/[\\/]/);
  return /^\d{4}-\d{2}-\d{2}-/.test(parts[parts.length - 1] ?? '') && parts.slice(0, -1).some((part) => /^(?:_posts|blog|posts|news|articles)$/i.test(part));
}

const folderDayFrom = 'its folders (YYYY/MM/DD/)';
/** The day a page's folders name, as a site generator's permalinks keep pages (`2025/07/11/post-mortem.md`). */
function folderDay(path: string | undefined): { date: string; from: string } | undefined {
  const match = path && /(?:^|\/)((?:19|20)\d{2})\/(\d{2})\/(\d{2})\/[^/]+$/.exec(path);
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDay(date) ? { date, from: folderDayFrom } : undefined;
}

/**
 * The day a file named by its day and month alone names, its year the folder's (`2026/23 June.md`,
 * `2024/march-12.md`, `2025/06-23.md`): a team keeping its posts a folder a year. Such a post had no
 * day at all (import round 45: a download service's monthly post-mortems). The whole name must be
 * the day: `2026/june-outage.md` names none.
 */
function yearFolderDay(path: string | undefined): { date: string; from: string } | undefined {
  const match = path && /(?:^|\/)((?:19|20)\d{2})\/([^/]+?)\.[A-Za-z]\w*$/.exec(path);
  if (!match) return undefined;
  const [, year, stem] = match;
  const named = /^(?:\d{1,2}(?:st|nd|rd|th)?[ _-]+\p{L}{3,9}|\p{L}{3,9}[ _-]+\d{1,2}(?:st|nd|rd|th)?)$/u.test(stem);
  const numbered = /^(\d{2})-(\d{2})$/.exec(stem);
  const date = numbered ? `${year}-${numbered[1]}-${numbered[2]}` : named ? readWrittenTime(`${stem.replace(/[_-]/g, ' ')} ${year}`, { year: Number(year) }).date : undefined;
  return date && isIsoDay(date) ? { date, from: `its file name ("${stem}") in its year's folder (${year}/)` } : undefined;
}

/**
 * The day a page's own address names, as its frontmatter gives it (Zola's `path =
 * "2025/09/12/crates-io-phishing-campaign"`, a `url:` or `permalink:` such as
 * `https://engineering.example/2021/10/05/outage/`): the day it was published, as a site's folders
 * name it. rust-blog-incidents' 32 posts name their day only there, and their drafts had none
 * (import round 26).
 */
function addressDay(metadata: Record<string, unknown> | undefined): { date: string; from: string } | undefined {
  for (const key of ['path', 'permalink', 'url']) {
    const value = metadata?.[key];
    const match = typeof value === 'string' ? /(?:^|\/)((?:19|20)\d{2})\/(\d{2})\/(\d{2})\/[^/\s]/.exec(value) : null;
    if (!match) continue;
    const date = `${match[1]}-${match[2]}-${match[3]}`;
    if (isIsoDay(date)) return { date, from: `its address (the metadata's ${key}), the day it was published` };
  }
  return undefined;
}

/** The incident day the report states: its metadata, a "Date:" line, its title, its file name, its folders, or its address. */
function statedIncidentDate(markdown: string, title: string, sourceName: string, year: number, metadata?: Record<string, unknown>, partOfExport = false): { date?: string; from?: string; conflicts?: { date: string; from: string }[] } {
  // One incident of a file holding many (a status page's export or feed, a sheet: `history-2022-12-04.atom#…`):
  // a day in the file's name is when the file was saved, not the incident's day.
  const fileName = partOfExport ? undefined : namingFileName(sourceName);
  const tryRead = (text: string | undefined, from: string) => {
    const written = text ? firstWrittenDay(text, year, { within: 200, accept: (w) => !w.notes.some((n) => n.startsWith('year of')) }) : undefined;
    return written?.date ? { date: written.date, from } : undefined;
  };
  // "03/10/2021" is read month first (US order), but European teams write the day first: when
  // the title or file name dates the report on the day-first reading (2021-10-03-network-down.md),
  // that is the day meant.
  const dayFirstByName = (text: string | undefined) => {
    const slash = text && /^[*_\s]*(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/.exec(text);
    if (!slash || Number(slash[1]) > 12 || slash[1] === slash[2]) return undefined;
    const dayFirst = `${slash[3]}-${slash[2].padStart(2, '0')}-${slash[1].padStart(2, '0')}`;
    const named = tryRead(title, 'its title') ?? tryRead(fileName, 'its file name');
    return named?.date === dayFirst ? { date: dayFirst, from: `its "Date" line, day first as ${named.from} dates it` } : undefined;
  };
  // A start the metadata states beats a post's `date`, the day it was published (src/lib/import/metadata-incident-day.ts).
  const metaDate = metadataIncidentDay(metadata)?.value;
  // A "Date:" line, or a "| Incident date | … |" row of a key/value table (Confluence page
  // properties); incident platforms write "Reported at:", "Declared at:", "Started at:".
  // "## Date: February 06, 2023" (a heading), "**Date of incident**: 6th November, 2022".
  // A template's "Time of first Impact: 2025-03-15 22:26 UTC" (Mozilla's, import round 39).
  const labelled = /^[\s>*_|#-]*((?:incident |event )?(?:date(?:\s*\/\s*time)?|day|when|occurred|started|reported|declared|(?:time of )?first impact|start of impact)(?: at| on| of (?:the )?(?:incident|outage))?(?: \(utc\))?)[*_]*\s*[:|]\s*[*_]*\s*(.+)$/im.exec(markdown);
  const line = labelled?.[2]
    // "## Date" over "11th July 2013 from 12:00 -> 14:30", and "Date 1st July 2013 from …" without a colon.
    ?? dateLineValue(markdown);
  // Import round 39b: a key time's label ("Time of first Impact", "Started at") is named as written;
  // the import report said the day came from a "Date" line the report does not have.
  const lineFrom = labelled && !/^(?:incident |event )?(?:date|day|when)\b/i.test(labelled[1]) ? `its "${labelled[1].trim()}" line` : 'its "Date" line';
  // "Frontend incident report - 05/07/2013" in 2013-07-05.md: a UK team's title, day first, as the
  // file name dates it (read month first, the draft was named 2013-05-07).
  const titleDayFirst = (() => {
    const slash = /(?:^|[^\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/.exec(title);
    if (!slash || Number(slash[1]) > 12 || Number(slash[2]) > 12 || slash[1] === slash[2]) return undefined;
    const year4 = slash[3].length === 2 ? `20${slash[3]}` : slash[3];
    const dayFirst = `${year4}-${slash[2].padStart(2, '0')}-${slash[1].padStart(2, '0')}`;
    return tryRead(fileName, 'its file name')?.date === dayFirst ? { date: dayFirst, from: 'its title, day first as its file name dates it' } : undefined;
  })();
  const dateLineReading = dayFirstByName(line) ?? tryRead(line, lineFrom);
  const readings = [
    tryRead(metaDate instanceof Date ? metaDate.toISOString().slice(0, 10) : metaDate !== undefined ? String(metaDate) : undefined, 'the report\'s metadata'),
    dateLineReading,
    // "**日期**: 2026-04-03", "日付：2021年11月25日", "| 날짜 | 2024-05-02 |" (src/lib/import/cjk-date-line.ts).
    (() => { const cjk = cjkDateLine(markdown); return cjk ? { date: cjk.date, from: `its "Date" line (${cjk.label})` } : undefined; })(),
    openingDateline(markdown, year, partOfExport),
    titleDayFirst ?? tryRead(title, 'its title'),
    tryRead(fileName, 'its file name') ?? (() => { const day = compactFileNameDay(fileName); return day ? { date: day, from: 'its file name (written without dashes)' } : undefined; })(),
    folderDay(partOfExport ? undefined : sourceName),
    partOfExport ? undefined : addressDay(metadata),
  ].filter((reading): reading is { date: string; from: string } => reading !== undefined);
  let chosen = readings[0];
  if (!chosen) {
    // Nothing else dates it: "In the morning of Sept. 18th, 2017, …" (src/lib/import/opening-sentence-day.ts).
    const opening = partOfExport ? undefined : openingSentenceDay(markdown);
    return opening ? { date: opening.date, from: `its opening sentence ("${opening.words}")` } : {};
  }
  // A page kept under its day's folders (a Jekyll site's `2025/07/11/security-notice.md`), or whose
  // address names its day, was published that day: a day its opening names ("On 7 July 2025, …") is the incident's.
  if (chosen.from === folderDayFrom || chosen.from.startsWith('its address')) {
    const opening = openingStatedDay(markdown, metadata ?? {}, chosen.date);
    if (opening) return { date: opening.date, from: `its opening ("${opening.words}"), not the day ${chosen.from === folderDayFrom ? 'of the folders it is published under' : 'its address names'} (${chosen.date})` };
  }
  // A blog's post named by its day (Jekyll's `_posts/2021-09-24-x.md`, Docusaurus's `blog/…`) was
  // published that day, as a post's `date` is: a day its opening names is the incident's.
  if (chosen.from === 'its file name' && isPostFileName(sourceName)) {
    const opening = openingStatedDay(markdown, metadata ?? {}, chosen.date);
    if (opening) return { date: opening.date, from: `its opening ("${opening.words}"), not the day the post was published (its file name, ${chosen.date})` };
  }
  // A post's `date` (Jekyll, Hugo, ABlog) is the day it was published; a title that names another
  // day ("Build queue outage on March 12", "Maintenance Window - February 5") names the incident's.
  // The title may leave out the year ("on March 12"): the post's.
  const titleReading = readings.find((reading) => reading.from === 'its title' || reading.from.startsWith('its title,'))
    ?? (() => {
      const date = firstWrittenDay(title, Number(chosen.date.slice(0, 4)), { within: 200 })?.date;
      return date ? { date, from: 'its title' } : undefined;
    })();
  // (An export's `date` is the incident's own start, not a post's: src/lib/import/status-exports.ts.)
  if (!partOfExport && chosen.from === 'the report\'s metadata' && metadata?.date !== undefined && metaDate === metadata.date && titleReading && Math.abs(Date.parse(titleReading.date) - Date.parse(chosen.date)) > 86_400_000) {
    chosen = { date: titleReading.date, from: `${titleReading.from}, not the day the post was published (the metadata's date, ${chosen.date})` };
    return { ...chosen };
  }
  // A post that names no other day in its title may name it in its opening: an announcement of
  // downtime "on Friday, February 12th at 1pm PST", posted a week before; an incident report
  // "On June 28, 2024, …", posted ten days after.
  if (!partOfExport && chosen.from === 'the report\'s metadata' && metadata?.date !== undefined && metaDate === metadata.date && !isStatusPageIssue(metadata)) {
    // A "Date:" line in the post ("**Date: 2023-11-22**" over its timeline) is the incident's.
    const dateLine = readings.find((reading) => reading === dateLineReading || reading.from.startsWith('its "Date" line'));
    if (dateLine && Math.abs(Date.parse(dateLine.date) - Date.parse(chosen.date)) > 86_400_000) {
      return { date: dateLine.date, from: `${dateLine.from}, not the day the post was published (the metadata's date, ${chosen.date})` };
    }
    const opening = openingStatedDay(markdown, metadata, chosen.date, { publishedAsInstant: !isDayAlone(metaDate) });
    if (opening) return { date: opening.date, from: `its opening ("${opening.words}"), not the day the post was published (the metadata's date, ${chosen.date})` };
  }
  // A typo in one of them ("# 2012-06-08 …" in 2023-06-08-….md) is for the author to settle; a day
  // apart is a zone (a metadata instant in UTC, a file named by the local day), not a conflict.
  const conflicts = readings.filter((reading) => Math.abs(Date.parse(reading.date) - Date.parse(chosen.date)) > 86_400_000);
  return { ...chosen, ...(conflicts.length ? { conflicts } : {}) };
}

/**
 * When the incident started, with a time of day, as the report labels it ("Start: 2025-03-03 14:02
 * UTC", "| Start time (UTC) | 2025-03-03 14:02 |", or a "Date:" line that gives a time): the instant
 * rows written as "T+15m" count from. Undefined when no label gives a time.
 */
function statedStart(markdown: string, context: { year: number; incidentDate?: string; zone?: Zone; folds: WallClockFold[] }): { at: string; assumedUtc: boolean; ownZone: boolean } | undefined {
  const label = /^[\s>*_|-]*(?:incident |impact |outage )?(start(?:ed)?(?: time| at)?|began|T\s*\+?\s*0|date(?:\s*(?:and|&|\/)\s*time)?)(?:\s*\(([^)]{1,20})\))?[*_]*\s*[:|]\s*[*_]*\s*(.+)$/gim;
  const found: { at: string; assumedUtc: boolean; ownZone: boolean; isDate: boolean }[] = [];
  for (const match of markdown.matchAll(label)) {
    const written = readWrittenTime(match[3].replace(/^[~≈]\s*/, ''), { year: context.year });
    if (!written.time || written.placeholder) continue;
    const day = written.date ?? context.incidentDate;
    if (!day) continue;
    const ownZone = written.zone ?? (match[2] ? findStatedZone(`(${match[2]})`) : undefined) ?? findStatedZone(match[3]);
    const zone = ownZone ?? context.zone;
    found.push({ at: toUtcIso(day, written.time, zone ?? { kind: 'offset', minutes: 0, label: 'UTC' }, context.folds), assumedUtc: !zone, ownZone: !!ownZone, isDate: /^date\b/i.test(match[1]) });
  }
  const start = found.find((f) => !f.isDate) ?? found[0];
  return start && { at: start.at, assumedUtc: start.assumedUtc, ownZone: start.ownZone };
}

/**
 * A paragraph that is a line pasted from a chat or a log, not a summary: it opens with a time of day
 * ("17.11 Updown alert down", "~02.00 900k messages", "16:04 catalogue-api-gateway-5xx-alarm"), a
 * day and then its entry ("18 May 2021 JG noticed …"), a chat channel ("#platform-alerts: …"), or
 * only points to the chat ("See https://…").
 */
function isLoggedLine(paragraph: string): boolean {
  const text = paragraph.trim();
  return /^[~≈]?\s*\d{1,2}[.:h]\d{2}(?![\d.:])/.test(text)
    || /^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d(?:\s+|(?=[A-Z]))(?![,.])/i.test(text)
    || /^#[\w-]+:\s/.test(text)
    || /^see\s+<?https?:\/\/\S+(?:\s+\S+){0,8}\s*$/i.test(text);
}

/**
 * The span a report's opening states for the whole incident, with a day and a time at each end:
 * "was unavailable from 2022-06-11 20:18 (UTC) until the 2022-06-12 03:45 (UTC)", "degraded
 * service from 2022-07-18T07:30:00Z to 2022-07-18T10:00:00Z", "From 21:33 UTC on 25 June 2025
 * until 13:22 UTC on 26 June 2025". Since import round 45 also "between … and …" with the day after
 * its end ("Between 14:02 and 14:40 UTC on 3 March 2024, …"), an end or start given as approximate
 * ("from around 20:20 to 20:46 UTC"), and two times without a day in a sentence that says the
 * service was harmed ("The outage lasted from around 20:20 to 20:46 UTC"), on `context.day`, the
 * incident day the report states (`dayFromReport`). Undefined when no such span gives both ends.
 */
export function openingSpan(text: string, context: { year: number; zone?: Zone; folds?: WallClockFold[]; day?: string }): { started: string; resolved: string; words: string; day: string; zoneKnown: boolean; writtenZone?: Zone; dayFromReport?: boolean } | undefined {
  // "21:33 UTC on 25 June 2025" is read as "25 June 2025 21:33 UTC".
  const dayFirst = (part: string) => part.replace(/^\s*(?:the\s+)?(?:(?:approximately|approx\.|around|about|roughly|circa|~)\s*)?/i, '').replace(/^(\d{1,2}:\d{2}(?::\d{2})?)\s*([A-Z]{2,5}\s+)?on\s+(?:\w+day,?\s+)?(.+)$/i, (_all, time: string, zone: string | undefined, rest: string) => `${rest.replace(/^(\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\w+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[A-Za-z]{3}\d{2}(?:\d{2})?(?![\w]))([\s\S]*)$/, `$1 ${time}${zone ? ` ${zone.trim()}` : ''}$2`)}`);
  for (const match of text.matchAll(/\b(?:from\s+(.{4,60}?)\s+(?:until|till|to|through)|between\s+(.{4,60}?)\s+and)\s+(.{4,80})/gi)) {
    // "from 0233 to 0239 on 15Sep94": both ends 24-hour times written without their colon, as
    // military style writes them (import round 46); read as 02:33 and 02:39. Both ends must be so:
    // "from 2019 to 2021" holds years.
    const military = /^([01]\d|2[0-3])([0-5]\d)(?=\s*$|\s+on\s|\s*[A-Z]{1,4}\b|\s*\()/;
    // "between the hours of 1900 and 2100 UTC" (Optimism's post-mortem, import round 47): the words
    // before the first end say its two ends are times.
    const firstEnd = (match[1] ?? match[2]).replace(/^(?:the\s+)?hours\s+of\s+/i, '');
    const colonless = military.test(firstEnd) && military.test(match[3]);
    const [fromWritten, toWritten] = [firstEnd, match[3]].map((part) => colonless ? part.replace(military, '$1:$2') : part);
    const from = readWrittenTime(dayFirst(fromWritten), { year: context.year });
    const to = readWrittenTime(dayFirst(toWritten), { year: context.year });
    // "On Wednesday, February 28, 2018 the site was unavailable from 17:21 to 17:26 UTC" (session
    // 30): two times of one day, the day written earlier in the same sentence.
    const sentenceStart = Math.max(0, text.lastIndexOf('. ', match.index!) + 1);
    const sentence = text.slice(sentenceStart, match.index!);
    const sameDay = !from.date && !to.date && from.time && to.time ? firstWrittenDay(sentence, context.year)?.date : undefined;
    // "Between 14:02 and 14:40 UTC on 3 March 2024": the day written after the end is the start's too.
    const endsDay = !from.date && to.date && from.time ? to.date : undefined;
    // Two times alone, in a sentence that says what was harmed: on the day the report states.
    const whole = text.slice(sentenceStart, match.index! + match[0].length);
    // Only in a zone written or known: "between 10:00 AM and 10:40 AM" of a team abroad is no UTC span.
    const reportDay = !sameDay && !from.date && !to.date && context.day && (from.zone ?? to.zone ?? context.zone) && harmWords.test(whole) ? context.day : undefined;
    const [fromDate, toDate] = [from.date ?? sameDay ?? endsDay ?? reportDay, to.date ?? sameDay ?? reportDay];
    if (!fromDate || !from.time || !toDate || !to.time || from.placeholder || to.placeholder) continue;
    const utc: Zone = { kind: 'offset', minutes: 0, label: 'UTC' };
    const started = toUtcIso(fromDate, from.time, from.zone ?? to.zone ?? context.zone ?? utc, context.folds);
    const resolved = toUtcIso(toDate, to.time, to.zone ?? from.zone ?? context.zone ?? utc, context.folds);
    if (resolved <= started) continue;
    // `day`: its first day as written (in UTC, `started` may be of the day before or after).
    const writtenZone = from.zone ?? to.zone;
    return { started, resolved, words: match[0].replace(/\s+/g, ' ').slice(0, 120), day: fromDate, zoneKnown: !!(writtenZone ?? context.zone), ...(writtenZone ? { writtenZone } : {}), ...(reportDay ? { dayFromReport: true } : {}) };
  }
  return undefined;
}
/**
 * The zone an opening writes with the incident's span or start ("07/09/2023 From 05:15 PM to 02:00
 * AM WAT …", "On June 9th, 2024 from 10:05 AM to 10:15 AM WAT, the site was down"), and its words:
 * the first of `texts` whose span or opening instant is written with a zone of its own.
 */
function openingWrittenZone(texts: readonly string[], context: { year: number; folds: WallClockFold[]; day?: string }): { zone: Zone; words: string } | undefined {
  for (const text of texts) {
    const span = openingSpan(text, context);
    if (span?.writtenZone) return { zone: span.writtenZone, words: span.words };
    const instant = openingInstant(text, context);
    if (instant?.writtenZone) return { zone: instant.writtenZone, words: instant.words };
  }
  return undefined;
}

/** Words of a sentence that tells the incident's span, not a schedule ("the outage lasted from 20:20 to 20:46"). */
// "high latency, resulting in HTTP 504 timeouts" (a cloud team's summary, import round 49) says so too.
const harmWords = /\b(?:outage|incident|down(?:time)?|unavailable|unreachable|unresponsive|degraded|disrupted|disruption|errors?|failed|failing|lasted|impact(?:ed)?|affected|broken|offline|latency|time-?outs?|timed out)\b/i;

/** Which key time a milestone label of an incident platform states (Rootly, FireHydrant, incident.io, PagerDuty). */
// Round 39: a template may write each label as "Time …" ("Time of first Impact", "Time Detected",
// "Time Mitigated (Repaired)", "Time Resolved", "Start of Impact", "Time of Discovery", "Time of
// Repair": Mozilla's incident template).
const milestoneLabels: [keyof StatedTimes, RegExp][] = [
  ['started', /^(?:impact |incident |outage )?(?:started|start(?: time)?|began)(?: at| on)?$|^(?:time of )?(?:first impact|start of impact)$/i],
  ['detected', /^(?:time )?(?:first |incident )?(?:detected|reported|declared|triggered|alerted)(?: at| on)?$|^time of discovery$/i],
  ['mitigated', /^(?:time )?(?:mitigated|fixed|repaired)(?: at| on)?$|^time of repair$/i],
  ['resolved', /^(?:time )?(?:resolved|recovered|(?:incident |outage |impact )?end(?:ed| time)?)(?: at| on)?$/i],
];
type StatedTimes = { started?: string; detected?: string; mitigated?: string; resolved?: string };

/**
 * Key times an incident platform's export states as labelled lines at the top (`Started at:
 * 2024-03-12 08:58 UTC`, `**Detected:** Mar 12, 2024 9:05 AM`, `| Resolved at | … |`): each with
 * a time of day and where it was read. A label whose value gives no time of day states no time.
 */
function statedMilestones(markdown: string, context: { year: number; incidentDate?: string; zone?: Zone; folds: WallClockFold[] }): Partial<Record<keyof StatedTimes, { at: string; label: string; ownZone: boolean; span?: boolean; labelled?: boolean; reading?: string }>> {
  const found: Partial<Record<keyof StatedTimes, { at: string; label: string; ownZone: boolean; span?: boolean; labelled?: boolean; reading?: string }>> = {};
  const line = /^[\s>*_|-]*([A-Za-z][A-Za-z ]{2,24}?)(?:\s*\(([^)]{1,20})\))?[*_]*\s*[:|]\s*[*_]*\s*(.+)$/;
  // A list of key events may write the label straight before the instant, with no colon
  // ("- First detected 2020-08-14 10:43", "- Resolved 2020-08-14 11:38"): read only when a full
  // date and time follow, so a sentence ("Resolved the ticket on Monday") is not a milestone.
  const bare = /^[\s>*_-]*([A-Za-z][A-Za-z ]{2,24}?)\s+(?:\(([^)]{1,20})\)\s+)?(\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}.*)$/;
  // A status page's incident page writes them as sentences of their own, the instant in words
  // ("Started 20 Aug 2026, 12:28 UTC.", "Recovered after 59 min, at 20 Aug 2026, 13:27 UTC.": Orvay's,
  // import round 40b): read when the sentence is the label, a duration at most, and a full date and
  // time of day, and nothing after them.
  const sentence = /^[\s>*_-]*([A-Za-z][A-Za-z ]{2,24}?)\s+(?:\(([^)]{1,20})\)\s+)?(?:after\s+[^,.]{1,30},?\s+)?(?:at\s+|on\s+)?(\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}.*|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}.*)$/;
  // A template's instructions beside a label are no part of its value (src/lib/import/template-instructions.ts).
  for (const text of markdown.split('\n').slice(0, 40).map(withoutTemplateInstructions)) {
    const labelled = line.exec(text) ?? bare.exec(text);
    const inWords = labelled ? undefined : sentence.exec(text);
    const match = labelled ?? inWords;
    const field = match && milestoneLabels.find(([, pattern]) => pattern.test(match[1].trim()))?.[0];
    if (!match || !field || found[field]) continue;
    const value = match[3].replace(/[*_|]+\s*$/, '').replace(/^[~≈]\s*/, '');
    const written = readWrittenTime(value, { year: context.year });
    if (!written.time || written.placeholder) continue;
    if (inWords && (!written.date || !/^[\s.]*$/.test(value.slice(written.consumed)))) continue;
    const day = written.date ?? context.incidentDate;
    if (!day) continue;
    const ownZone = written.zone ?? (match[2] ? findStatedZone(`(${match[2]})`) : undefined);
    const zone = ownZone ?? context.zone;
    found[field] = { at: toUtcIso(day, written.time, zone ?? { kind: 'offset', minutes: 0, label: 'UTC' }, context.folds), label: match[1].trim(), ownZone: !!ownZone, labelled: true };
  }
  // Japanese and Chinese reports' labels (発生日時, 復旧日時) and dates (2021年11月25日午後3時).
  for (const [field, stated] of Object.entries(cjkKeyTimes(markdown)) as [keyof StatedTimes, { date: string; time: string; label: string }][]) {
    if (found[field]) continue;
    found[field] = { at: toUtcIso(stated.date, stated.time, context.zone ?? { kind: 'offset', minutes: 0, label: 'UTC' }, context.folds), label: stated.label, ownZone: false, labelled: true };
  }
  // What labelled lines leave open, a "date" or "duration" line may give.
  for (const stated of dateLineTimes(markdown, context)) {
    if (found[stated.field]) continue;
    const zone = stated.zone ?? context.zone;
    found[stated.field] = { at: toUtcIso(stated.day, stated.time, zone ?? { kind: 'offset', minutes: 0, label: 'UTC' }, context.folds), label: stated.label, ownZone: !!stated.zone, ...(stated.span ? { span: true } : {}), ...(stated.reading ? { reading: stated.reading } : {}) };
  }
  return found;
}

const leadupHeading = /^(?:\W|:[a-z_+-]+:)*\s*lead[- ]?up\b/i;

/**
 * The first list of a report (with no timeline section) of 3 or more items that each open with a
 * full date and a time of day ("- 30 March 2013 12:28 - …", "* Dec 13 2012 04:37AM GMT: …"): a
 * timeline under another name. Lists of dates alone, or of times alone, are not: they may be
 * anything (releases, a schedule).
 */
function datedListSection(sections: ReportSection[], year: number): ReportSection | undefined {
  for (const section of sections) {
    for (const node of section.nodes) {
      if (node.type !== 'list' || node.children.length < 3) continue;
      // A section holds its sub-sections' blocks too: name the list by the deepest one holding it.
      const own = sections.filter((other) => other.nodes.includes(node)).sort((a, b) => b.depth - a.depth)[0] ?? section;
      // Under "Leadup", the template's "sequence of events that led to the incident", a list of
      // times alone is the timeline ("- **00:27 UTC:** Django starts …", a team's MkDocs posts of
      // that template: import round 44, no row was read), on the report's day.
      const timesAlone = leadupHeading.test(own.heading ?? '');
      const dated = node.children.every((item) => {
        const first = item.children[0];
        const written = first ? readWrittenTime(plainText(first).trim(), { year }) : undefined;
        return (!!written?.date || timesAlone) && !!written?.time && written.consumed > 0;
      });
      if (!dated) continue;
      return { heading: own.heading, depth: own.depth, nodes: [node] };
    }
  }
  return undefined;
}

/**
 * The timeline sections, and the sections after each that are headed by a day only ("## May 12"
 * after "## Timeline"): reports often give each day of a timeline its own heading.
 */
function timelineSections(sections: ReportSection[]): ReportSection[] {
  const found = findSections(sections, headings.timeline);
  const days: ReportSection[] = [];
  for (const timeline of found) {
    for (let i = sections.indexOf(timeline) + 1; i < sections.length; i++) {
      const section = sections[i];
      if (section.depth < timeline.depth) break;
      if (section.depth > timeline.depth) continue;
      // "## May 12", and "## Feb 21, 13:00" (a day headed by its first moment).
      const written = readWrittenTime(section.heading ?? '', { year: 2000 });
      if (!written.date || written.consumed < (section.heading ?? '').replace(/[\s*_:.,]+$/, '').length) break;
      days.push(section);
    }
  }
  return [...found, ...days.filter((day) => !found.includes(day))];
}

/** True when a heading is a day and nothing else ("Sunday, March 31st, 2024", "2025-07-26 Saturday"). */
function isDayHeading(heading: string | undefined): boolean {
  const text = (heading ?? '').replace(/[\s*_:.,]+$/, '');
  const written = readWrittenTime(text, { year: 2000 });
  if (!written.date || written.time) return false;
  const rest = text.slice(written.consumed).replace(/^[\s,(]+|[\s)]+$/g, '');
  return rest === '' || isWeekdayName(rest);
}

/**
 * A narrative that tells the incident day by day (the PyPI blog's "## What Happened" over "###
 * Sunday, March 31st, 2024", then paragraphs between `* 06:20: …` items) has no section named a
 * timeline: its day sections are one, when each holds a list whose items open with a time of day.
 * Sibling sections only, two rows at least, so that a dated changelog entry is not taken for one.
 */
function dayHeadedSections(sections: ReportSection[], year: number): ReportSection[] {
  for (let i = 0; i < sections.length; i++) {
    if (!isDayHeading(sections[i].heading)) continue;
    const depth = sections[i].depth;
    const run: ReportSection[] = [];
    for (let j = i; j < sections.length && sections[j].depth >= depth; j++) {
      if (sections[j].depth > depth) continue;
      if (!isDayHeading(sections[j].heading)) break;
      run.push(sections[j]);
    }
    const timedItems = (section: ReportSection) => section.nodes.filter((node): node is List => node.type === 'list')
      .flatMap((list) => list.children)
      .filter((item) => {
        const first = item.children[0];
        const written = first ? readWrittenTime(plainText(first).trim(), { year }) : undefined;
        return !!written?.time && !written.date && written.consumed > 0;
      }).length;
    const counts = run.map(timedItems);
    if (counts.every((count) => count > 0) && counts.reduce((a, b) => a + b, 0) >= 2) return run;
    i += run.length - 1;
  }
  return [];
}

/** A paragraph longer than this (64 KiB; no real report's whole text is 72 KB) is a pasted log. */
const maxParagraphCharacters = 64 * 1024;

/** The longest run of lines without a blank one, outside fenced code: its length and first line (1-based). */
function longestParagraph(markdown: string): { length: number; line: number } {
  let longest = { length: 0, line: 1 };
  let start = -1;
  let length = 0;
  let fence: string | undefined;
  const lines = markdown.split('\n');
  lines.forEach((text, i) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !text.trim().slice(marker.length).trim()) fence = undefined;
      return;
    }
    if (marker) fence = marker;
    if (marker || !text.trim()) {
      start = -1;
      length = 0;
      return;
    }
    if (start < 0) start = i;
    length += text.length + 1;
    if (length > longest.length) longest = { length, line: start + 1 };
  });
  return longest;
}

/** Why a report too large for a postmortem body is not imported, and what to do. */
function reportTooLarge(size: string): string {
  return `is too large to import: ${size}, and a postmortem body holds at most ${maxBodyBytes / 1024} KiB (npm run check refuses more; the longest of 1,325 real reports is 72 KB). A pasted log or data dump? Import the account alone: cut the logs out to a file or ticket the draft links to, then import it again.`;
}

/** Turns one report (Markdown, HTML or plain text) into a draft postmortem and an account of it. */
/**
 * A report's local times that the clocks skipped or went over twice (daylight saving) are read as
 * one instant each, which may not be the one meant: each is said among the notes and, in the draft,
 * above its times, where the reviewer checks them (bad input round 20; before, 02:30 on the day
 * summer time began was 03:30 without a word).
 */
export function importReport(sourceName: string, content: string, options: ImportOptions): ImportResult {
  const folds: WallClockFold[] = [];
  const result = readReport(sourceName, content, options, folds);
  if (!folds.length) return result;
  const notes = folds.map(wallClockFoldNote);
  const comments = notes.map((note) => `# ${note.replace(/^the report's/, 'The report\'s')}.\n`).join('');
  // Within the frontmatter only: a body line may start with "timeline:" too.
  const end = result.draft.indexOf('\n---\n', 4);
  const draft = result.draft.slice(0, end).replace(/^(?=(?:# Times without a zone[^\n]*\n)?(?:times|timeline):)/m, comments) + result.draft.slice(end);
  return { ...result, draft, notes: [...result.notes, ...notes] };
}

/** `folds`: where each time read in a daylight-saving fold is added (toUtcIso), for importReport to say. */
function readReport(sourceName: string, content: string, options: ImportOptions, folds: WallClockFold[]): ImportResult {
  // A log of 16 MB saved as a report ran for hours (1 MB: 78 s), for a draft npm run check
  // refuses anyway (body/too-large): refused from its length, before it is read.
  const rawLimit = 16 * maxBodyBytes;
  if (content.length > rawLimit) throw new Error(reportTooLarge(`the file holds ${Math.round(content.length / 1024).toLocaleString('en-US')} KiB of text`));
  const source = readSource(sourceName, content);
  // A pipe inside a table cell's code split the row (src/lib/import/table-code-pipes.ts): escaped
  // before the report is read, so that the timeline's row and the body's cell both keep it.
  const tablePipes = escapeTableCodePipes(source.markdown);
  source.markdown = tablePipes.markdown;
  // A heading mark alone (`##` as a divider) has no words for a page to show as a heading.
  const emptyHeadings = withoutEmptyHeadings(source.markdown);
  source.markdown = emptyHeadings.markdown;
  // A script or style element would run in readers' browsers: shown as code instead.
  const scripts = fenceScriptBlocks(source.markdown);
  source.markdown = scripts.markdown;
  // A private-use character is an empty box to every reader: left out, and said.
  const meaningless = withoutMeaninglessCharacters(source.markdown);
  const verticalTabs = withoutVerticalTabs(meaningless.markdown);
  source.markdown = verticalTabs.markdown;
  const markdownBytes = Buffer.byteLength(source.markdown);
  if (markdownBytes > maxBodyBytes) throw new Error(reportTooLarge(`its text is ${Math.round(markdownBytes / 1024).toLocaleString('en-US')} KiB as Markdown`));
  const paragraph = longestParagraph(source.markdown);
  if (paragraph.length > maxParagraphCharacters) {
    throw new Error(`has a paragraph of ${Math.round(paragraph.length / 1024).toLocaleString('en-US')} KiB without a blank line, from line ${paragraph.line} (a pasted log?): the Markdown reader's time grows with the square of a paragraph's length (500 KiB: over two minutes). Put the log in a fenced code block (a line of \`\`\` before and after it), or cut it out to a file the report links to, then import it again.`);
  }
  // The report's own <Internal> blocks (an .mdx from a team that used our components) are not read
  // for the draft's fields, which a public post shows: kept in the body only (src/lib/import/mdx-safe.ts).
  const bodyMarkdown = source.markdown;
  const internalBlocks = withoutInternalBlocks(source.markdown);
  source.markdown = internalBlocks.markdown;
  const tree = parseMarkdown(source.markdown);
  const sections = splitSections(tree);
  // Sections written as bold-label list items come after the headings': a heading's wins.
  const labelled = labelSections(tree, (label) => Object.values(headings).some((heading) => heading.test(label)));
  const sectionsAndLabels = [...sections, ...labelled];
  const inferred: string[] = [];
  const notes: string[] = [];
  if (scripts.fenced.length) notes.push(`${scripts.fenced.length} <${[...new Set(scripts.fenced)].join('>, <')}> element(s) put in a fenced code block (\`\`\`html), as written: the site would run them in readers' browsers, and npm run check refuses them (body/active-content)`);
  if (verticalTabs.replaced) notes.push(`${verticalTabs.replaced} vertical tab(s) (U+000B, a line break inside a paragraph or table cell as Google Docs exports it) written as spaces: no reader sees one, and npm run check refuses it (file/encoding)`);
  if (meaningless.removed.length) notes.push(`left out ${meaningless.removed.map(({ code, line }) => `${code} (line ${line})`).join(', ')}: a private-use character or noncharacter, which stands for nothing outside the font or program that wrote it (every reader sees an empty box; npm run check refuses it, file/encoding); put back the character or words meant, if any`);
  if (emptyHeadings.removed) notes.push(`${emptyHeadings.removed} heading mark(s) with no words (\`##\` alone on a line) left out: a page would show an empty heading`);
  if (source.convertedFrom) inferred.push(`read as ${source.convertedFrom}: its headings, lists and code blocks written as Markdown, the text unchanged`);
  if (source.wordDocument) inferred.push('read as a Word document (.docx): its headings, emphasis, lists, tables, links and images as HTML, the text unchanged; the draft\'s imported.format is html');
  const metadata = source.foreignData;

  // A template's label ("# Title:", "# Metadata", "# ISSUE NAME") is not a title, nor is a
  // section a report without a title heading opens with ("## Issue Summary").
  // A section's name alone too ("## Detection" under "## Incident: 2026-04-07 12:00 UTC", a course's
  // report titled "Detection" until adoption round 58), but not a title opening with the word
  // ("Response times degraded").
  const isSectionName = (text: string) => Object.values(headings).some((pattern) => pattern.test(text)) || /^(root causes?|resolution|impact)\b/i.test(text) || /^(?:\d+[.)]?\s*)?(?:detection|response|recovery|mitigation|trigger|prevention)\s*:?$/i.test(text);
  const h1 = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  const h1Title = h1 && collapse(plainText(h1));
  const anyHeading = tree.children.find((node) => {
    if (node.type !== 'heading') return false;
    const text = collapse(plainText(node));
    return !isSectionName(text) && !isTemplateLabel(text) && !/^[^:]{1,40}:/.test(text);
  });
  // The first paragraph of prose (not "Date: …" lines), in whichever section it is.
  const firstSentenceTitle = ({ notAnnouncingAList = false } = {}) => {
    const paragraph = sections.map((section) => firstParagraph({ ...section, nodes: section.nodes.filter((node) => node.type === 'paragraph') })).find(Boolean);
    if (!paragraph || !(notAnnouncingAList && /:$/.test(paragraph))) return paragraph ? titleFromFirstSentence(paragraph) : undefined;
    // An opening that only announces a list ("This report summarises two closely related
    // incidents:") says what happened in the list's first item, the incident the others followed
    // (import round 39): its sentence, without the identifier it opens with ("`20220105_badfasta` -- …").
    const announced = sections.map((section) => firstParagraph(section)).find((text) => text?.startsWith(paragraph) && text.length > paragraph.length);
    const firstItem = announced?.slice(paragraph.length).trim().replace(/^[\w.-]+\s*(?:--|[-–—:])\s+/, '');
    return firstItem ? titleFromFirstSentence(firstItem) : undefined;
  };
  // A report without a `#` heading that opens with a lower one ("## INCIDENT REPORT: cSwap reward
  // distribution failure", "## Incident Report for Failure of …") is titled by it, without the
  // words that say it is a report; a section's name ("## Summary") or a label ("## Date: …") is not a title.
  const openingHeading = (() => {
    const first = tree.children[0];
    if (h1 || first?.type !== 'heading') return undefined;
    const text = collapse(plainText(first)).replace(/^(?:incident|post-?mortem|outage)\s+report\s*(?::|\bfor\b|\bon\b|[-–—])\s*/i, '').replace(/[\s.:]+$/, '');
    return text && !isSectionName(text) && !isTemplateLabel(text) && !/^[^:]{1,40}:/.test(text) ? text : undefined;
  })();
  // A status page's incident headed by its day with the title one level below ("### November 16,
  // 2023-ongoing" over "#### Sporadic job failure"): the heading below is the title, the day dates it.
  // A heading of nine words or more is no section's name even when a word of one is in it
  // ("Incident on … resulting in two offline events", import round 33).
  const underDay = titleUnderDayHeading(tree.children, (text) => (text.split(/\s+/).length > 8 || !isSectionName(text)) && !isTemplateLabel(text) && !/^[^:]{1,40}:/.test(text));
  // A header line naming the organisation and the kind of document ("# 🛰️ Cumulo . Technical
  // Incident Report") over the report's own title one level below: that title (src/lib/import/document-kind.ts).
  const underHeader = titleUnderDocumentHeader(tree.children, (node) => collapse(plainText(node)), (text) => !isSectionName(text) && !isTemplateLabel(text) && !/^[^:]{1,40}:/.test(text));
  const baseName = namingFileName(sourceName);
  const titleSources: [string | undefined, string][] = [
    [typeof metadata?.title === 'string' ? metadata.title : undefined, 'the report\'s metadata'],
    [source.pageTitle, 'the page title of the export'],
    [findLabelledTitle(source.markdown), 'its "Title" label'],
    [underDay?.title, `the heading under its day heading ("${underDay?.day}")`],
    [underHeader?.title, `the heading under its header line ("${underHeader?.header}")`],
    [h1Title && !isTemplateLabel(h1Title) ? h1Title : undefined, 'its first heading'],
    [openingHeading, 'the heading it opens with'],
    [source.htmlTitle, source.wordDocument ? 'the document\'s title property' : 'the HTML <title>'],
    [options.siteNavTitle?.title, `the site's navigation (${options.siteNavTitle?.config}), which names the page so`],
    // A file name that says something beats a sub-heading; a hash or "export" does not.
    [/[a-z]{4,}/i.test(baseName.replace(/[0-9a-f]{8,}|[0-9a-f-]{36}|^(index|export|document|untitled|page)$/gi, '')) && !isFileNameWithoutWords(baseName) ? undefined : anyHeading && collapse(plainText(anyHeading)), 'its first heading'],
    // A file name that says nothing ("04f5afd8-….md") is no title either: the report's first sentence is a better one.
    [isFileNameWithoutWords(baseName) ? firstSentenceTitle() : undefined, 'its first sentence'],
    // A file name the report writes as code is its identifier, not a title (COG-UK's DIPI reports:
    // `20220105_unpublish` as the `Event` of a table, titled "20220105 unpublish" until import round
    // 38b): the opening sentence says what happened, unless it only announces a list.
    [isIdentifierTheReportWrites(baseName, source.markdown) ? firstSentenceTitle({ notAnnouncingAList: true }) : undefined, `its first sentence: the file name "${baseName}" is the identifier the report writes as code, not a title (shorten or reword it)`],
    // A sequence number ("002-cloudflare-migration") is not part of the title; a leading day is.
    [collapse(baseName.replace(/^(?:(\d{4}-\d{2}-\d{2})|\d{1,3}(?=[-_ ][A-Za-z]))?[-_ ]*/, (_all, day: string | undefined) => (day ? `${day} ` : '')).replace(/(?<=\D)[-_]+|[-_]+(?=\D)/g, ' ')), 'its file name'],
  ];
  // A web address alone is no title wherever it stands (a metadata title, a heading, a first sentence).
  let [statedTitle, titleFrom] = titleSources.find(([value]) => value && !isBareWebAddress(value)) as [string, string];
  // "Incident on 2010-02-07 06:00:00 UTC" names its day and nothing else (GitHub's 970 incidents
  // before 2018): the first sentence of its summary, or of the report, says what happened.
  const onlyItsDay = titleNamesOnlyItsDay(statedTitle) ? titleFromFirstSentence(typeof metadata?.summary === 'string' ? metadata.summary.replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1') : '') ?? firstSentenceTitle() : undefined;
  // The title as written still dates the report: its day is all it said.
  const titleAsWritten = statedTitle;
  if (onlyItsDay) {
    inferred.push(`title made from its first sentence: "${statedTitle}" (from ${titleFrom}) names only its day (shorten or reword it)`);
    [statedTitle, titleFrom] = [onlyItsDay, 'its first sentence, in place of a title that names only its day'];
  }
  // A title of several lines or paragraphs' length (Google Cloud's incident descriptions run to 367
  // characters) is refused by the schema (200 at most, one line): its first line, cut at a clause as
  // a first sentence is. The report keeps it whole (its heading stays in the body, metadata in "Imported metadata").
  const titleTooLong = statedTitle.includes('\n') || statedTitle.length > 150;
  let title = titleTooLong ? titleFromFirstSentence(statedTitle.split('\n').find((line) => line.trim()) ?? statedTitle) ?? statedTitle.slice(0, 150) : statedTitle;
  // The report's words without its code blocks (a command's output, a configuration): where a
  // file name's words are spelled (a trigger's and tags' keywords: wordsOutsideCode).
  const prose = collapse(plainText({ ...tree, children: tree.children.filter((node) => node.type !== 'code') }));
  // A file name's words in the report's spelling ("mtu" → "MTU").
  if (titleFrom === 'its file name') {
    const respelled = spelledAsTheReport(title, prose);
    if (respelled !== title) inferred.push(`title's words spelled as the report writes them: "${title}" → "${respelled}"`);
    title = respelled;
  }
  if (!onlyItsDay) inferred.push(titleFrom === 'its first sentence'
    ? `title made from its first sentence: the file name "${baseName}" is not a title and the report states none (shorten or reword it)`
    : titleTooLong ? `title from ${titleFrom}, shortened from ${statedTitle.length} characters${statedTitle.includes('\n') ? ' on several lines' : ''} (reword it; the body keeps it whole)` : `title from ${titleFrom}`);

  const plain = collapse(plainText(tree));
  const anyYear = /\b(19[9]\d|20\d\d)\b/.exec(`${sourceName} ${plain}`)?.[1];
  const provisionalYear = Number(anyYear ?? options.today.slice(0, 4));
  const stated = statedIncidentDate(source.markdown, onlyItsDay ? titleAsWritten : underDay && titleFrom.startsWith('the heading under') ? underDay.day : title, sourceName, provisionalYear, metadata, options.exportKind !== undefined);
  const year = stated.date ? Number(stated.date.slice(0, 4)) : provisionalYear;
  if (stated.date) inferred.push(`incident day ${stated.date} from ${stated.from}`);
  if (stated.conflicts) notes.push(`the incident day ${stated.date} (from ${stated.from}) disagrees with ${stated.conflicts.map((c) => `${c.from} (${c.date})`).join(' and ')}: check which is right (the draft's file name uses ${stated.date})`);
  // Round 61: a homelab's post of one error and its fix ("## 无法正常连接smb并启动容器", a log line, "解决: …")
  // writes no day at all; "states no year" alone left the reader thinking a day had been read.
  if (!anyYear && !stated.date) notes.push(`the report states no year and no day of its incident: times.started is left to fill, no day or time is made up (ask its authors, or date it by the commit that added it); a date without its year, if any, was read as ${year}`);

  const summarySection = [findSections(sectionsAndLabels, headings.summary)[0]].find((section) => section && !isNoSummarySection(section, sections));
  // Jekyll and Hugo posts state it as `description` or `excerpt`.
  // One that repeats the title says nothing more (a status page's `description: "Slow queue
  // processing"` under the same title; status-history round 37): the report's own words are the summary.
  const sameWords = (a: string, b: string) => a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const metadataSummaries = [metadata?.summary, metadata?.description, metadata?.excerpt].filter((value): value is string => typeof value === 'string' && !!value.trim());
  const metadataSummary = metadataSummaries.find((value) => !title || !sameWords(value, title));
  if (metadataSummaries.length && !metadataSummary) notes.push(`the metadata's summary ("${collapse(metadataSummaries[0])}") repeats the title: the summary is taken from the report's text instead`);
  // A list of bold labels ("- **Key events**", "- **Impact**: …") is the report's structure, not
  // its opening paragraph: the first labelled section that says something in prose is.
  const withoutLabelLists = (section: ReportSection | undefined) => section && { ...section, nodes: section.nodes.filter((node) => !labelled.lists.has(node)) };
  // A measure ("Time to resolve: 5h 09m (during support hours …)") is no sentence: prose opens with a word.
  const isLabelledProse = (s: ReportSection) => !s.plainLabel && !headings.timeline.test(s.heading!) && !headings.actions.test(s.heading!) && /^\p{L}/u.test(firstParagraph(s, 40) ?? '');
  const firstSectionParagraph = firstParagraph(withoutLabelLists(sections.find((s) => s.heading && !headings.timeline.test(s.heading) && !(s.depth > 1 && isDaysHeading(s.heading)))), 40);
  // A label naming the impact ("**影响**: `scheduled_tasks.ps1` 从未能执行 → …", a Chinese report's
  // header, import round 56) is the draft's impact description, not its summary: the two said the
  // same words. Taken as the summary only when no section of the report says what happened.
  // A paragraph of labels ("Date de l'incident : 2026-03-07 Durée : ~3h …") says no more than they do.
  const sectionSaysWhatHappened = !!firstSectionParagraph && !/^[\p{L}\p{N} '’()/-]{1,40}?\s*[:：]\s/u.test(firstSectionParagraph);
  const labelledProse = labelled.find((s) => isLabelledProse(s) && !headings.impact.test(s.heading!.trim())) ?? (sectionSaysWhatHappened ? undefined : labelled.find(isLabelledProse));
  // A status page's issue written oldest first opens with its first update, however short ("Identified - A power break."):
  // passing it over made the next update, often the last, the summary (import round 26, IFCA).
  const openingUpdate = metadata && isStatusPageIssue(metadata) ? firstParagraph(withoutLabelLists(sections[0])) : undefined;
  const opening = openingUpdate && isFirstUpdate(openingUpdate) ? openingUpdate : firstParagraph(withoutLabelLists(sections[0]), 40);
  // A retro without a summary opens with what was pasted from its chat ("17.11 Updown alert down: …",
  // "See https://…slack.com/archives/…"), or its first section is a day of its timeline (a day heading below the title's level): no summary
  // (import round 45: 37 of a team's 44 retros had a chat line as theirs). Left to fill, and said.
  const openingProse = opening && !isLoggedLine(opening) ? opening : undefined;
  const fromLabel = !openingProse && labelledProse ? firstParagraph(labelledProse, 40) : undefined;
  const summarySource = summarySection ?? (fromLabel ? labelledProse : undefined);
  const fallbackSummary = [opening, firstSectionParagraph].find((paragraph) => paragraph && isLoggedLine(paragraph));
  let summary = (metadataSummary && collapse(metadataSummary)) || firstParagraph(summarySection) || openingProse || fromLabel
    || (firstSectionParagraph && !isLoggedLine(firstSectionParagraph) ? firstSectionParagraph : undefined);
  if (!summary && fallbackSummary) notes.push(`no summary: the report has no summary section, and its first paragraph ("${fallbackSummary.slice(0, 80)}${fallbackSummary.length > 80 ? '…' : ''}") is a line of its chat or log, not a summary; write what happened in a sentence or two`);
  const summaryIsOpening = !!summary && summary === opening && !metadataSummary && !summarySection;
  // "**Summary:** The chain halted …" under "## Summary": the label is the section's name, not its text.
  if (summary) summary = summary.replace(/^(?:summary|overview|tl;?dr|description)\s*:\s*(?=\S)/i, '');
  // An update block made a paragraph (`**Investigating, 2021-07-06 15:35:** Agents can't …`): its
  // label and instant are the timeline's, not the summary's words.
  for (const update of source.updates ?? []) {
    if (summary) summary = summary.replace(new RegExp(`^[^,:]{1,40}, ${update.at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\s+(?=\\S)`), '');
  }
  // A status page's update opens with its label in brackets ("[Final Message]⏎Operation
  // completed…", "[RESOLVED] The queue drained"): the label is the update's, not the incident's
  // summary. The body keeps it.
  if (summary) summary = summary.replace(/^\[(?:final|initial|update|updated|resolved|monitoring|identified|investigating|scheduled|in progress|completed|postmortem|post-mortem)(?: message| update)?\]\s*(?=\S)/i, '');
  // A status page kept in git (cState and its kin) ends an update with the moment it was posted,
  // {{< track "2020-11-15 10:15:00" >}}, and writes a line holding only "\\" (a hard break) between
  // updates, as a blank line: the summary is the first update's words, not the shortcode nor the
  // updates after it (the body and the timeline keep them).
  if (summary) summary = summary.replace(new RegExp(String.raw`\s*${trackShortcode().source}[\s\S]*$`), '').replace(/(?<=\S)\s+\\(?:\s[\s\S]*)?$/, '').trim() || summary;
  // A status page's issue whose updates are appended below the first (oldest first): its latest
  // update, where the incident ended, is in the summary, as the first paragraph is of a file
  // written newest first; after the first update's first sentence, which says what broke ("The
  // queue has been processed" alone does not). The body keeps every update where it was.
  const latestFound = summaryIsOpening && metadata && isStatusPageIssue(metadata) ? latestUpdateOfOldestFirst(source.markdown) : undefined;
  // A short first paragraph with no label ("A power break.") is passed over: the opening may be the latest update itself.
  const latestUpdate = latestFound && collapse(withoutUpdateLabel(summary!)) !== collapse(latestFound.text.replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1')) ? latestFound : undefined;
  if (latestUpdate) {
    const latest = latestUpdate.text.replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1');
    let opening = withoutUpdateLabel(summarySentences(summary!)[0]);
    // A page written in two languages: the first update's sentence in the latest update's language,
    // not one sentence of each (IFCA's Spanish "Nota: …" before an English update, import round 20).
    const [openingLanguage, latestLanguage] = [textLanguage(opening), textLanguage(latest)];
    if (openingLanguage && latestLanguage && openingLanguage !== latestLanguage) {
      const counterpart = firstUpdateIn(source.markdown, latestLanguage, latestUpdate.text);
      if (counterpart) opening = summarySentences(counterpart)[0];
      notes.push(counterpart
        ? `the first update is written in ${openingLanguage} and ${latestLanguage}: the summary takes its ${latestLanguage} words, the language of the latest update (the body keeps both)`
        : `the summary's first sentence is in ${openingLanguage} and the latest update in ${latestLanguage}, which the report gives in no other language: both kept, each as written`);
    }
    summary = `${opening} ${latest}`;
  }
  // A paragraph of plain labels is the opening the summary is read from (import round 46); its
  // "Impact: …" line is the draft's impact description, which the page shows beside the summary:
  // not said twice (an incident set's "Root Cause: … Impact: …"). The body keeps the paragraph whole.
  if (summary && !metadataSummary && !summarySection) {
    for (const section of labelled.filter((s) => s.plainLabel && headings.impact.test(s.heading!))) {
      const line = firstParagraph(section);
      const current: string = summary ?? '';
      const without: string = line ? current.replace(new RegExp(String.raw`\s*(?<![\p{L}\p{N}])${escapeRegExp(section.heading!)}:\s*${escapeRegExp(line)}`, 'u'), '').trim() : '';
      if (without && without !== current) {
        summary = without;
        notes.push(`the summary leaves out its opening's "${section.heading}:" line, the impact description's words (the body keeps the line)`);
      }
    }
  }
  // "… preventing autoscaling. Timeline:": the label of the list after the paragraph is not the summary's.
  const trailingLabel = summary && /\s+([A-Z][A-Za-z ]{2,30}):$/.exec(summary);
  if (trailingLabel && isSectionName(trailingLabel[1])) summary = summary!.slice(0, trailingLabel.index);
  // "… launches weren't working. It was decided that:": a last sentence that opens the list after
  // the paragraph says nothing without it; the summary ends with the sentence before (the body keeps both).
  const listOpening = summary && /(?<=[.!?])\s+[^.!?]*:$/.exec(summary);
  if (listOpening) summary = summary!.slice(0, listOpening.index);
  // "… March 3 2009 Permalink": a heading anchor's words are no sentence of the summary.
  if (summary) summary = withoutTrailingSelfLink(summary);
  // Raw HTML among the paragraph's words (`<br /><span class="timestamp">…</span>`): the summary is plain text.
  if (summary) summary = summaryWithoutMarkup(summary, tree);
  // A whole paragraph of 900 characters is no summary: its first sentences are, and the body keeps
  // the paragraph whole (another tool's `summary:` and a status export's first update are left as written).
  const shortened = summary && !metadataSummary && !options.exportKind ? fewSentenceSummary(summary) : undefined;
  const summaryCut = shortened ? { sentences: summarySentences(shortened).length, of: summary!.length } : undefined;
  if (shortened) summary = shortened;
  // A postmortem under review refuses a status mark, Markdown or a day alone as its title: the
  // draft is given one it takes, from the report's summary, prose or headings when its own says nothing.
  const servicesNamed = affectedServicesOf(metadata, source.markdown);
  const fixedTitle = publishableTitle(title, [
    // A summary that is the latest update ("Migration is completed.") says how it ended; the first says what broke.
    ...(latestUpdate ? [{ text: firstSentenceTitle(), from: 'its first sentence' }] : []),
    { text: summary && titleFromFirstSentence(summary), from: 'its summary\'s first sentence' },
    { text: firstSentenceTitle(), from: 'its first sentence' },
    // A report opening with a state and a number ("6" over "*50x errors*") says what happened a paragraph on.
    ...tree.children.filter((node) => node.type === 'paragraph').slice(0, 6).map((node) => ({ text: titleFromFirstSentence(collapse(plainText(node))), from: 'the first sentence of its prose' })),
    ...tree.children.filter((node) => node.type === 'heading').map((node) => collapse(plainText(node)))
      .filter((text) => !isSectionName(text) && !isTemplateLabel(text) && !/^[^:]{1,40}:/.test(text))
      .map((text) => ({ text, from: 'its first heading that names what happened' })),
    { text: servicesNamed && `Incident affecting ${servicesNamed}`, from: 'the services it names as affected' },
  ], stated.date);
  if (fixedTitle.title === undefined) throw new Error(`${fixedTitle.problem}. Give it a title that says what broke and where: a first line "# <what broke>" (or \`title:\` in its frontmatter), then import it again.`);
  // The report's own `# <title>` is still its title heading, which the page shows as the draft's.
  const reportTitle = title;
  title = fixedTitle.title;
  inferred.push(...fixedTitle.changes);
  if (summary) inferred.push(`summary from ${metadataSummary ? 'the report\'s metadata' : summarySource ? `the "${summarySource.heading}" section` : latestUpdate ? `the first update's first sentence and the latest update (the file lists its updates oldest first, as ${latestUpdate.by} show)` : 'the first paragraph'}`);

  const severity = readWrittenSeverity(source.markdown, metadata);
  const severityRead = describeWrittenSeverity(severity);
  if (severityRead) inferred.push(severityRead);
  if (severity.note) notes.push(severity.note);
  // Planned work kept beside the incidents, in the same shape: refused, said (src/lib/import/planned-work.ts);
  // with --maintenances imported, said, and listed in the summary.
  // A status page's notice that says it is planned work or the team's absence (status-notices.ts).
  const notice = noticeKindOf(metadata, reportTitle, source.markdown);
  if (notice?.kind === 'announcement') throw new AnnouncementError(announcementRefusal(notice.why, reportTitle));
  const plannedWork = plannedWorkOf(metadata) ?? (notice?.kind === 'planned-work' ? notice.why : undefined);
  if (plannedWork && !options.keepPlannedWork) throw new PlannedWorkError(plannedWorkRefusal(plannedWork, title));
  if (plannedWork) notes.push(`planned maintenance, not an incident (its metadata says \`${plannedWork}\`): imported as a draft so that it can be kept as a record (--maintenances), and listed at the end of the import; delete the draft if the knowledge base keeps incidents only`);

  const impactSection = findSections(sectionsAndLabels, headings.impact)[0];
  // Another tool's metadata may state it as a sentence (`customer_impact`, or `impact` in words:
  // `impact: major` is a severity word, not a description).
  const metadataImpact = [metadata?.customer_impact, metadata?.user_impact, metadata?.impact, metadata?.impact_description, metadata?.customerImpact, metadata?.userImpact].find((value): value is string => typeof value === 'string' && wordCount(value) >= 4);
  const sectionImpact = firstParagraph(impactSection);
  // Another tool's one-line `summary:` (icco/postmortems: "Outage during a scheduled maintenance
  // window …") says what users saw when it names a symptom or the people hit: the impact, when the
  // report states none in a section or a key of its own. An export's summary is written by the
  // importer from the first update (src/lib/import/status-exports.ts), which says when it is the impact.
  const summaryImpact = !options.exportKind && !sectionImpact && !metadataImpact && typeof metadata?.summary === 'string' ? customerFacingSentence(metadata.summary, { firstSentenceOnly: true }) : undefined;
  const impactRead = sectionImpact ?? (metadataImpact ? collapse(metadataImpact) : summaryImpact);
  const impactFrom = sectionImpact ? `the "${impactSection!.heading}" section` : summaryImpact ? 'the report\'s metadata `summary` (its sentence on what users saw)' : 'the report\'s metadata';
  // Publishing refuses a description over its limit (a draft only warns): cut to whole sentences,
  // the whole text staying in the body (src/lib/import/within-field-limit.ts).
  const impactCut = impactRead ? withinFieldLimit(impactRead, summaryMaxLength) : undefined;
  const impact = impactCut?.text;
  if (impactRead && impactCut?.kept !== impactCut?.of) inferred.push(`impact description from ${impactFrom}: its first ${impactCut!.kept} of ${impactCut!.of} sentences, since a description is at most ${summaryMaxLength.toLocaleString('en-US')} characters (it has ${[...impactRead].length.toLocaleString('en-US')}); the whole text stays in the body`);
  else if (impact) inferred.push(`impact description from ${impactFrom}`);
  else if (impactRead) notes.push(`impact description not filled from ${impactFrom}: its first sentence alone is longer than the ${summaryMaxLength.toLocaleString('en-US')} characters a description may have (publishing refuses it); the text stays in the body: write the impact in 2-3 sentences`);
  // "About 1,800 users could not sign in": a count the impact section states.
  const usersWritten = impact && /(\d{1,3}(?:[,\s]\d{3})+|\d+)\s+(?:users|customers|accounts|merchants|tenants)\b/i.exec(impact);
  const usersAffected = usersWritten ? Number(usersWritten[1].replace(/[,\s]/g, '')) : undefined;
  if (usersAffected !== undefined) inferred.push(`impact.usersAffected ${usersAffected} from "${usersWritten![0]}"`);

  const documentZone = findStatedZone(plain);
  // A status page's issue that states its end in UTC and its updates' times in local time, no zone written.
  // "Problem started … around 13:20 CET" beside `start_date: … 13:20:00`: the record's own words
  // give the zone of its metadata's times (src/lib/import/metadata-time-zone.ts).
  const ownEvidence = !documentZone && !options.zone ? metadataZoneEvidence(content) : undefined;
  const metadataZone = ownEvidence && ownEvidence !== 'UTC' ? ownEvidence : undefined;
  const updatesOffset = !documentZone && !options.zone && !metadataZone && !options.folderZone && metadata && isStatusPageIssue(metadata) ? updateTimesOffset(source.markdown, metadata) : undefined;
  // The opening states the incident's span ("was unavailable from … until …"); see its key times below.
  // A post whose summary is its metadata's description states the span in its body's opening
  // paragraphs ("On Wednesday, February 28, 2018 GitHub.com was unavailable from 17:21 to 17:26
  // UTC", after a line naming where it was first posted; session 30).
  const spanTexts = [summary, ...(metadataSummary ? openingParagraphs(source.markdown) : [])].filter((text): text is string => !!text);
  // A day only the file's name gives is often when the report was posted, not the incident's (a blog
  // post of the next morning, adoption walk round 30): two times alone are no span on it.
  const spanDay = /^its file name/.test(stated.from ?? '') ? undefined : stated.date;
  // "07/09/2023 From 05:15 PM to 02:00 AM WAT …" over rows "- 5:15 PM : Updates push" (an ALX
  // student's issue summary, import round 58): a zone written once, in the opening that states the
  // incident's span or start, is the zone of the times the report writes without one. Their rows
  // were read as UTC, an hour after the start the opening gave.
  const openingZone = documentZone || options.zone || metadataZone || options.folderZone || updatesOffset || options.exportKind ? undefined : openingWrittenZone(spanTexts, { year, folds: [], day: spanDay });
  const zone = documentZone ?? options.zone ?? metadataZone?.zone ?? options.folderZone?.zone ?? updatesOffset?.zone ?? openingZone?.zone;
  // Where the zone of times without one came from, said in the draft beside them: a reader of the
  // draft alone must know whether "14:02" was the report's UTC or a guess.
  let zoneSource = '';
  if (documentZone) {
    inferred.push(`time zone ${documentZone.label} as the report states it`);
  } else if (options.zone) {
    zoneSource = `read in ${options.zone.label} from --timezone: the report states no time zone`;
    inferred.push(`time zone ${options.zone.label} from --timezone (the report states none)`);
  } else if (metadataZone) {
    zoneSource = `read in ${metadataZone.zone.label}, as the report writes ${metadataZone.words} (if not, import again with --timezone ZONE, or correct them)`;
    inferred.push(`time zone ${metadataZone.zone.label} of its metadata's times: the report writes ${metadataZone.words}`);
  } else if (options.folderZone?.shownByRecords) {
    zoneSource = `read in ${options.folderZone.zone.label}, as other records of its folder write their times: ${options.folderZone.file} writes ${options.folderZone.statement}; this report states no time zone (if not, import again with --timezone ZONE, or correct them)`;
    inferred.push(`time zone ${options.folderZone.zone.label} shown by other records of its folder (${options.folderZone.file} writes ${options.folderZone.statement}): the report states none`);
  } else if (options.folderZone) {
    zoneSource = `read in ${options.folderZone.zone.label}, as ${options.folderZone.file} states for the reports of its folder ("${options.folderZone.statement}"): the report itself states no time zone`;
    inferred.push(`time zone ${options.folderZone.zone.label} from ${options.folderZone.file} ("${options.folderZone.statement}"): the report states none`);
  } else if (updatesOffset) {
    zoneSource = `read at ${updatesOffset.zone.label}: ${updatesOffset.words} (if not, import again with --timezone ZONE, or correct them)`;
    inferred.push(`time zone ${updatesOffset.zone.label} of its updates: ${updatesOffset.words}`);
  } else if (openingZone) {
    zoneSource = `read in ${openingZone.zone.label}, the zone its opening writes ("${openingZone.words}"): the report states none for the rest (if not, import again with --timezone ZONE, or correct them)`;
    inferred.push(`time zone ${openingZone.zone.label} of its opening ("${openingZone.words}") for the times written without one: the report states none for the rest`);
  } else {
    zoneSource = 'read as UTC: the report states no time zone (if they were local, import again with --timezone ZONE, or correct them)';
  }
  let span = options.exportKind ? undefined : spanTexts.map((text) => openingSpan(text, { year, zone, folds, day: spanDay })).find((found) => found !== undefined);
  // A report whose only day is its opening span's ("Duration: The outage occurred from 2024-08-10
  // 14:30 UTC to 2024-08-10 15:45 UTC", over rows "14:30 UTC: …", import round 38) dates its rows
  // by it: they were kept out of the timeline, "the report states no incident day".
  const rowsDay = stated.date ?? span?.day;
  if (!stated.date && span) inferred.push(`timeline rows without a date read on ${span.day}, the first day of the span its opening states ("${span.words}")`);
  const start = statedStart(source.markdown, { year, incidentDate: rowsDay, zone, folds });
  // A status page's issue (cState) has no timeline section: its dated updates are its timeline.
  const timelineFound = timelineSections(sectionsAndLabels);
  if (source.mdxCodeLines) notes.push(`${source.mdxCodeLines} MDX import or export line(s) of the source's own site (\`import Update from '…'\`) kept as comments: they are its code, not the report's words, and the draft's components are this site's; their tags' text is kept`);
  if (source.siteClasses) notes.push(`the source site's HTML classes ${source.siteClasses.map((name) => `"${name}"`).join(', ')} taken off its elements (their words kept): they name that site's style sheet, which this one does not have, and a public post may not use them (src/lib/public-classes.ts)`);
  if (source.titleLine) inferred.push(`its first line "${source.titleLine}" read as its title heading: the report is written without heading marks, and the line stands alone`);
  if (source.liquidTagLines) notes.push(`${source.liquidTagLines} line(s) of the source site's Liquid tags (\`{% include … %}\`) kept as comments: they are its page code, not the report's words`);
  const headingUpdates = timelineFound.length ? [] : updateHeadingRows(source.markdown, year);
  const statusUpdates = timelineFound.length ? undefined : statusUpdatesSection(source.markdown, source.updates, headingUpdates);
  // A report without a timeline section may still keep one as a list whose every item opens with a
  // date and a time (The Guardian's "## Resolution" over "- 30 March 2013 12:28 - … mailed …").
  const dayHeaded = timelineFound.length || statusUpdates ? [] : dayHeadedSections(sectionsAndLabels, year);
  const datedList = timelineFound.length || statusUpdates || dayHeaded.length ? undefined : datedListSection(sectionsAndLabels, year);
  const dayFirst = slashDatesDayFirst(source.markdown, stated.date, backgroundDays, zone);
  if (dayFirst) inferred.push(`dates written with slashes read day first (dd/mm/yyyy): ${dayFirst.from}`);
  const slashesUnsettled = dayFirst ? undefined : unsettledSlashDate(source.markdown, stated.date, zone, backgroundDays);
  if (slashesUnsettled) inferred.push(`dates written with slashes read month first (mm/dd/yyyy), as the US writes them: nothing in the report settles the order ("${slashesUnsettled}" is ${writtenDayFirst(slashesUnsettled, true)}; day first it would be ${writtenDayFirst(slashesUnsettled)}): check them`);
  const dashesMonthFirst = dashedDatesMonthFirst(source.markdown, stated.date, zone, backgroundDays);
  if (dashesMonthFirst) inferred.push(`dates written with dashes read month first (mm-dd-yyyy): ${dashesMonthFirst.from}`);
  const dashesUnsettled = dashesMonthFirst ? undefined : unsettledDashedDate(source.markdown, stated.date, backgroundDays);
  if (dashesUnsettled) inferred.push(`dates written with dashes read day first (dd-mm-yyyy), as Europe writes them: nothing in the report settles the order ("${dashesUnsettled}" is ${writtenDayFirst(dashesUnsettled)}; month first it would be ${writtenDayFirst(dashesUnsettled, true)}): check them`);
  // A detection stated with a time of day anchors offsets when no start is stated (round 51).
  const statedDetection = start || !rowsDay ? undefined : statedMilestones(source.markdown, { year, incidentDate: rowsDay, zone, folds }).detected;
  const timeline = readTimeline(statusUpdates ? [statusUpdates] : datedList ? [datedList] : dayHeaded.length ? dayHeaded : timelineFound, { incidentDate: rowsDay, year, zone, zoneStated: !!documentZone, start: start?.at, folds, statedLengths: statedLengths(source.markdown), ...(statedDetection ? { statedDetection: { at: statedDetection.at, label: statedDetection.label } } : {}), ...(dayFirst ? { dayFirst: true } : {}), ...(dashesMonthFirst ? { dashesMonthFirst: true } : {}) });
  if (statusUpdates && timeline.entries.length) inferred.push(`timeline from its ${timeline.entries.length} status updates, each at the time ${source.updates?.length ? 'its update block states (`::: update State | instant`, `<Update date="…">`)' : headingUpdates.length ? 'its heading states (`## Update 29.08.2024 15:30`)' : 'its {{< track >}} states'}`);
  if (dayHeaded.length && timeline.entries.length) inferred.push(`timeline from the rows of its ${dayHeaded.length} day section(s) ("${dayHeaded[0].heading}" …), each a list of times of day (the report has no timeline section)`);
  // A Leadup list is the template's timeline (its first row the start): key times come from it.
  const leadupList = !!datedList && leadupHeading.test(datedList.heading ?? '');
  if (datedList && timeline.entries.length) inferred.push(leadupList
    ? `timeline from the list under "${datedList.heading}", the sequence of events its template asks for there, each item opening with a time (the report has no timeline section)`
    : `timeline from the list under "${datedList.heading ?? 'its opening'}", whose every item opens with a date and a time (the report has no timeline section; key times are not taken from it)`);
  if (start && timeline.relativePlaced) inferred.push(`start ${start.at} from the report's start label${start.assumedUtc ? ' (no zone stated: read as UTC)' : ''}: rows written "T+…" count from it`);
  notes.push(...timeline.notes);
  // A span written without a zone ("from 0233 to 0239 on 15Sep94") over rows that each write the
  // same one ("02:33 CST"): the span is in the rows' zone, not in UTC (import round 46: the start
  // was six hours before the rows).
  const spanInRowsZone = span && !span.zoneKnown && timeline.writtenZone ? spanTexts.map((text) => openingSpan(text, { year, zone: timeline.writtenZone, folds, day: spanDay })).find((found) => found !== undefined) : undefined;
  if (spanInRowsZone) {
    span = spanInRowsZone;
    inferred.push(`the span its opening states ("${span.words}") read in ${timeline.writtenZone!.label}, the zone its timeline's rows write`);
  }
  // A title copied from another report keeps that report's day ("2022-01-27, pod limit" over a
  // timeline of 2022-06-02): the reader must choose.
  // A date-only row's day is the one written: its day's start east of UTC is an instant of the day before.
  // Nor is a leading row that says all was normal ("1.13.0-17 Version released - No issues", three
  // weeks before passbolt's Android app was unlisted: import round 38) the incident's day.
  const normalBefore = leadingNormalRows(timeline.entries.filter((entry) => !timeline.slippedDays.has(entry)));
  const firstEntry = timeline.entries.find((entry) => !timeline.slippedDays.has(entry) && !normalBefore.includes(entry));
  const firstDay = firstEntry && rowDay(timeline, firstEntry);
  if (timeline.slippedDays.size) {
    const slipped = [...timeline.slippedDays];
    const days = [...new Set(slipped.map((entry) => rowDay(timeline, entry)))];
    notes.push(`${slipped.length} timeline row(s) dated ${days.join(', ')} (UTC), days before ${stated.date && days.every((day) => day < stated.date!) ? `the incident day the report states (${stated.date}, from ${stated.from})` : 'a row written above them'}, are written after rows of a later day ("${slipped[0].event.slice(0, 60)}${slipped[0].event.length > 60 ? '…' : ''}"): kept as dated, but no key time is taken from them; if their day is a slip, correct it`);
  }
  // A post is published after the incident it reports: when the draft's day is the post's (its
  // metadata's `date`) and the report's own timeline starts before it, at most 45 days before, the
  // incident began then (the PyPI blog's phishing report, posted 2025-07-31 over a timeline from
  // 2025-07-26). A status page's issue states its start as `date` and keeps it; an export's
  // incidents state their own days.
  let incidentDay = stated.date;
  // A post's address names the day it was published too (round 26: a Zola post's `path`).
  const publishedBy = options.exportKind ? undefined
    : stated.from === 'the report\'s metadata' && metadata?.date !== undefined && !isStatusPageIssue(metadata) ? 'the metadata\'s date'
      : stated.from?.startsWith('its address') ? 'the day its address names'
        : stated.from === 'its file name' && isPostFileName(sourceName) ? 'its file name, in a folder of posts' : undefined;
  if (publishedBy && stated.date && firstDay && firstDay < stated.date && Date.parse(stated.date) - Date.parse(firstDay) <= backgroundDays * 86_400_000) {
    incidentDay = firstDay;
    inferred.push(`incident day ${firstDay} from its timeline's first row${normalBefore.length ? ` after ${normalBefore.length} saying all was normal ("${normalBefore[0].event.slice(0, 60)}")` : ''}, not the day the post was published (${publishedBy}, ${stated.date})`);
  } else if (stated.date && firstDay && Math.abs(Date.parse(firstDay) - Date.parse(stated.date)) > 2 * 86_400_000) {
    notes.push(`the incident day ${stated.date} (from ${stated.from}) is not the day its timeline starts, ${firstDay}: check which is right (the draft's file name uses ${stated.date})`);
  }
  if (timeline.entries.length) {
    inferred.push(`${timeline.entries.length} timeline rows, kinds from their wording${timeline.dateOnly.size ? ` (${timeline.dateOnly.size} with a date only, placed at the start of their day)` : ''}`);
  }

  const teams = { ids: [...options.vocabulary.teams.keys()], names: new Map([...options.vocabulary.teams.values()].map((t) => [t.id, t.name])) };
  // A table headed "Action item" is the report's action items wherever it stands (under an empty
  // heading, after the summary's labels), when no section is named for them.
  const actionSections = findSections(sectionsAndLabels, headings.actions);
  const actionTables = actionSections.length ? [] : tree.children.filter((node): node is Table => node.type === 'table' && /^\W*(?:action items?|actions?|follow[- ]?ups?)\W*$/i.test(collapse(plainText(node.children[0]?.children[0] as unknown as RootContent ?? { type: 'text', value: '' }))));
  if (actionTables.length) inferred.push(`action items from ${actionTables.length === 1 ? 'a table' : `${actionTables.length} tables`} headed "${collapse(plainText(actionTables[0].children[0].children[0] as unknown as RootContent))}" (no section is named for them)`);
  const actions = readActionItems(actionTables.length ? [{ heading: 'Action items', depth: 7, nodes: actionTables }] : actionSections, year, teams);
  notes.push(...actions.notes);
  if (actions.items.length) inferred.push(`${actions.items.length} action items`);

  const classification = suggestClassification(plain, options.vocabulary, metadata, source.markdown, title, wordsOutsideCode(tree));
  inferred.push(...classification.reasons.map((reason) => `suggested ${reason}`));
  // The report's own owner or author: a team the knowledge base knows is the draft's team; a person
  // goes in no field (the schema keeps roles and teams, never personal names), and the note says
  // so without repeating the name (src/lib/import/report-owner.ts).
  const owner = readReportOwner(metadata, source.markdown, options.vocabulary.teams);
  const teamsFrom = [...classification.teamsFrom];
  if (owner?.team && !classification.teams.includes(owner.team)) {
    classification.teams.push(owner.team);
    inferred.push(`suggested team ${owner.team}: the report's \`${owner.label}\` names it`);
    teamsFrom.push({ id: owner.team, from: `the report's \`${owner.label}\`` });
  } else if (owner && !owner.team) {
    const who = /author|written/i.test(owner.label) ? 'author' : /report/i.test(owner.label) ? 'reporter' : 'owner';
    // Frontmatter is kept in "Imported metadata", inside <Internal>; a line of the body is public
    // text once the post is (docs/redaction.md: the guard flags an owner line with a name).
    notes.push(`the report names its ${who} (\`${owner.label}\`), not a team of teams.yaml: the schema has no field for a person (reviewers and commander are roles, teams are teams.yaml ids), so it is copied into none; ${owner.fromMetadata ? 'it stays in "Imported metadata", inside <Internal>, which no public post shows' : 'the line stays in the body, which a public post shows: remove it or wrap it in <Internal> before publishing (for a public post, npm run check flags a name there: docs/redaction.md)'}`);
  }

  // The group a ticket was assigned to (ServiceNow's `assignment_group`, a sheet's "Team"): the
  // team, when it names one of teams.yaml by id, name, handle or alias.
  const groupTeam = assignedTeam(metadata, options.vocabulary.teams.values());
  if (groupTeam && !classification.teams.includes(groupTeam.id)) {
    classification.teams.push(groupTeam.id);
    classification.teams.sort();
    inferred.push(`suggested team ${groupTeam.id}: the report's assignment group "${groupTeam.group}"`);
    teamsFrom.push({ id: groupTeam.id, from: `the report's assignment group "${groupTeam.group}"` });
  }

  // Facts of the whole batch fill only what the report neither states nor suggests.
  const batch = options.batchFacts ?? {};
  const given: Record<BatchField, unknown> = {
    severity: severity.severity, services: classification.services.length ? classification.services : undefined,
    teams: classification.teams.length ? classification.teams : undefined, tags: classification.tags.length ? classification.tags : undefined,
    trigger: classification.trigger, drafted: undefined,
  };
  const setFromBatch = batchFields.filter((field) => batch[field] !== undefined && given[field] === undefined);
  for (const field of setFromBatch) inferred.push(`${field} from ${describeBatchFact(field, batch)} (the report gives none)`);
  const fromBatch = (field: BatchField) => (setFromBatch.includes(field) ? batch[field] : given[field]);

  const times: Record<string, string> = {};
  /** The start when it is the timeline's first row and that row is the detection (an alert): a start the opening states before it is when it began. */
  let startIsFirstAlert: string | undefined;
  let detectionAtStartRow: { at: string; event: string } | undefined;
  // A row written twice (same moment, same words: Google Cloud repeats updates) is one event;
  // the schema refuses the repeat. The body keeps both.
  const seenRows = new Set<string>();
  const entries = timeline.entries.filter((entry) => {
    const key = `${entry.at} ${entry.event}`;
    if (seenRows.has(key)) return false;
    seenRows.add(key);
    return true;
  });
  if (entries.length < timeline.entries.length) notes.push(`${timeline.entries.length - entries.length} timeline row(s) written twice (same time, same words) kept once in the timeline; the body keeps each`);
  // Key times come from rows with a time of day: a date-only row's midnight is not when it happened.
  const timedRows = entries.filter((entry) => !timeline.dateOnly.has(entry) && !timeline.slippedDays.has(entry));
  // Rows of the system's history, dated long before the stated day, give no key time (background-rows.ts).
  const background = rowsLongBeforeDay(timedRows, stated.date);
  if (background.length) notes.push(`${background.length} timeline row(s) dated more than ${backgroundDays} days before the incident day ${stated.date} (from ${stated.from}), from ${background[0].at.slice(0, 10)} ("${background[0].event.slice(0, 60)}${background[0].event.length > 60 ? '…' : ''}"), are kept in the timeline as history but give no key time: the start is the first row after them`);
  // Rows that open the timeline with the system still working normally set the scene: no start (normal-operation-rows.ts).
  const beforeTrouble = leadingNormalRows(timedRows.filter((entry) => !background.includes(entry)));
  if (beforeTrouble.length) notes.push(`${beforeTrouble.length} timeline row(s) at the start say only that all was normal ("${beforeTrouble[0].event.slice(0, 60)}${beforeTrouble[0].event.length > 60 ? '…' : ''}"): kept in the timeline, but the incident's start is the first row after them`);
  const timed = timedRows.filter((entry) => !background.includes(entry) && !beforeTrouble.includes(entry));
  // A dated list found outside a timeline section ("## Resolution") may be the response alone: its
  // first row is not when the incident began. Its rows are kept; the key times come from what the
  // report labels (date lines, milestones, metadata).
  if (timed.length && (!datedList || leadupList)) {
    times.started = timed[0].at;
    const first = (kind: string) => timed.find((e) => e.kind === kind)?.at;
    // An update opening "We're investigating …" after a mitigation is about another problem, not
    // when this one was noticed (a day into GitHub's search outage of 2013-01-24, "we are looking
    // into issues accessing some GitHub Pages"); the rows keep their kind.
    const firstMitigation = timed.find((e) => e.kind === 'mitigation')?.at;
    const detected = timed.find((e) => e.kind === 'detection' && !(firstMitigation && firstMitigation < e.at && isDetectionByItsOpeningOnly(e.event)))?.at;
    const resolved = [...timed].reverse().find((e) => e.kind === 'resolution')?.at;
    // Mitigation before anyone noticed is a row of the build-up ("blocked a setting"), not the
    // response; one after the incident was resolved, once it had been noticed, is of a later return
    // of it (DatoCMS's follow-up "This has been fixed again" a week on), and took the resolution out
    // of the draft. A "resolution" before any detection bounds nothing: it is another incident's
    // (pgmac's "PGM-195 resolved" opening a timeline) or a label the export gave a first message.
    const resolvedAfterDetection = resolved && detected && resolved >= detected ? resolved : undefined;
    const mitigated = timed.find((e) => e.kind === 'mitigation' && (!detected || e.at >= detected) && (!resolvedAfterDetection || e.at <= resolvedAfterDetection))?.at;
    // A "detection" read from the very row that gives the start ("Investigating - We are looking
    // into …", a status page's first update) is when the incident was first told, not a time the
    // report states it was noticed: the draft's time to detect read "under 1 min" (session 31).
    // Left to fill and said, unless the row's words name the detection ("an alert fired", "was detected").
    if (detected === timed[0].at && timed[0].kind === 'detection' && !namesDetection(timed[0].event)) detectionAtStartRow = timed[0];
    if (detected) times.detected = detected;
    if (mitigated) times.mitigated = mitigated;
    if (resolved) times.resolved = resolved;
    inferred.push(`times (${Object.keys(times).join(', ')}) from the timeline: started is its first row with a time of day`);
    if (detected === timed[0].at) startIsFirstAlert = timed[0].at;
  }
  // Incident platforms state the key times as labelled lines; they fill what the timeline leaves open.
  const milestones = statedMilestones(source.markdown, { year, incidentDate: stated.date ?? firstDay, zone, folds });
  // Labels that overrule a row's key time go first, so a label filling a gap is checked against them
  // (service alpha's "Time Mitigated" 01:32 is in order with its "Time Resolved" 02:07, not with the row's end, 01:30).
  const rowsFirst = Object.entries(milestones).sort(([a], [b]) => Number(!times[a]) - Number(!times[b]));
  for (const [field, milestone] of rowsFirst) {
    // A sheet's row states when the incident began (its "Start" column, Jira's "Created") apart
    // from its timeline or comments: a start before the first of them is when it began.
    if (field === 'started' && options.startStatedApart && times.started && milestone.at < times.started) {
      inferred.push(`times.started ${milestone.at} from its "${milestone.label}" line, before its first timeline row (${times.started})`);
      times.started = milestone.at;
      continue;
    }
    // A date line stating the incident's span ("Date of incident: 6 May 2024 between 09.12UTC and
    // 11.40UTC") says when it began, as the opening's span does: its first row may come after
    // (the first action taken, three minutes in: persistence's V4 halt, import round 23).
    if (field === 'started' && milestone.span && times.started && milestone.at < times.started) {
      inferred.push(`times.started ${milestone.at} from the span its "${milestone.label}" line states, before its first timeline row (${times.started})`);
      times.started = milestone.at;
      continue;
    }
    // A status record states its start and end in fields of its own (written as its "Start:" and
    // "End:" lines by src/lib/import/incident-records.ts): they bound the incident, where its
    // updates were posted during it (VSC's "[11:30] We are aware of …" on an incident begun at 10:45)
    // or before it (notices of a maintenance).
    if (options.recordTimes && (field === 'started' || field === 'resolved') && times[field] && times[field] !== milestone.at) {
      inferred.push(`times.${field} ${milestone.at} from its "${milestone.label}" line (the record's own ${field === 'started' ? 'start' : 'end'}), not its ${field === 'started' ? 'first' : 'last'} timeline row (${times[field]})`);
      times[field] = milestone.at;
      continue;
    }
    // A key time the report labels ("Time of first Impact", "Time Detected") states it; the rows'
    // is a guess from their wording and order (Mozilla's epsilon report: its first row, 18:00, is
    // the lead-up, its stated first impact 22:26). The label wins when it keeps the key times in
    // order; either way the disagreement is said (import round 39b). A "date" or "duration" line's
    // time, read from prose, does not overrule the rows.
    // An incident is declared after it was noticed: a "declared" label bounds the detection a row
    // states from after, and does not overrule it (MOJ's "Incident declared" 13:39 over its 12:45 alert).
    // Only in a report as its author wrote it: an export's or a sheet's lines are written by the
    // import from its fields (their own rules are above), or quote an update's words.
    const authored = options.exportKind === undefined && !options.startStatedApart && !options.recordTimes;
    const fromRows = times[field];
    if (authored && fromRows && milestone.labelled && !/declared/i.test(milestone.label) && fromRows !== milestone.at) {
      if (keyTimesInOrder({ ...times, [field]: milestone.at })) {
        times[field] = milestone.at;
        inferred.push(`times.${field} ${milestone.at} from its "${milestone.label}" line, not the timeline's ${fromRows}: the report states it, the row was only read as one`);
      } else if (field !== 'started' && times.started && milestone.at < times.started) {
        notes.push(`times.${field} ${fromRows} from the timeline, not its "${milestone.label}" line: ${milestone.at} is before the start, ${times.started} (check the day it writes)`);
      } else {
        notes.push(`times.${field} ${fromRows} from the timeline, not its "${milestone.label}" line (${milestone.at}), which would put the key times out of order: check which is right`);
      }
      continue;
    }
    if (times[field]) continue;
    // A later key time written before the start (Mozilla's "Time Mitigated: 2025-03-15 00:20" under
    // "Time of first Impact: 2025-03-15 22:26": the day after, written as the same day) is the
    // author's slip: not taken, said, so the draft does not end before it began.
    const start = times.started ?? milestones.started?.at;
    if (field !== 'started' && start && milestone.at < start) {
      // "12:30 AM" is 00:30: twelve hours on (noon) it would be after the start (cheqd's retrial, "~3 hours").
      const noon = /T00:/.test(milestone.at) && Date.parse(milestone.at) + 12 * 3_600_000 > Date.parse(start) ? new Date(Date.parse(milestone.at) + 12 * 3_600_000).toISOString().replace('.000Z', 'Z') : undefined;
      inferred.push(`times.${field} not taken from its "${milestone.label}" line: ${milestone.at} is before the start, ${start} (check the day it writes${noon ? `; a time of 12 AM is midnight: if noon was meant, set times.${field}: ${noon}` : ''})`);
      continue;
    }
    // Nor a mitigation after the end its timeline states, or an end before its mitigation: the rows
    // were written as it happened, the labels after (Mozilla's "Time Mitigated" 01:32 over the row "01:30 … resolved").
    const outOfOrder = (field === 'mitigated' && times.resolved && milestone.at > times.resolved) || (field === 'resolved' && times.mitigated && milestone.at < times.mitigated);
    if (outOfOrder) {
      inferred.push(`times.${field} not taken from its "${milestone.label}" line: ${milestone.at} is ${field === 'mitigated' ? `after the end, ${times.resolved}` : `before the mitigation, ${times.mitigated}`}`);
      continue;
    }
    times[field] = milestone.at;
    inferred.push(`times.${field} ${milestone.at} from its "${milestone.label}" line${milestone.reading ? ` (${milestone.reading})` : ''}`);
  }
  // The opening's span (read above): its start is when the incident began, whatever rows come before
  // it (an upgrade a week before, notices of a maintenance a month before: what led to it); its end
  // fills an end left open.
  // A span of two times alone, dated by the report's day, is weaker than a row or the metadata's
  // instants (an Elastic-like retelling: start_time and end_time, then "between 02:50 and 09:28 UTC"
  // for one part of the outage): it only fills a start nothing else states.
  // So is a span of no zone, read as UTC, beside the metadata's instants ("between 10:00 AM and
  // 10:40 AM" of a team in India, its start_time 04:30Z).
  const metadataStatesTimes = Object.keys(metadataTimes(metadata, { zoneless: () => '' })).length > 0;
  // A span that holds every row and ends with the last ("Between 14:00 and 15:15 UTC" over rows from
  // 14:05, the alert, to 15:15, "Service returned to baseline": import round 49) tells the whole
  // incident: its start is when it began, before the first row.
  const spanHoldsRows = !!span && !!times.started && span.started <= times.started && times.resolved === span.resolved;
  const spanWeak = !!span && ((span.dayFromReport && ((!!times.started && !spanHoldsRows) || metadataStatesTimes)) || (!span.zoneKnown && metadataStatesTimes));
  if (span && !spanWeak && Object.entries(times).every(([field, at]) => field === 'started' || at >= span.started)) {
    if (span.started !== times.started) inferred.push(`times.started ${span.started} from the span its opening states ("${span.words}")${span.dayFromReport ? ` on the incident day ${span.day}` : ''}${times.started ? `, not its first timeline row (${times.started})` : ''}`);
    times.started = span.started;
    // Its end fills one the rows leave open, also when its start is the first row's ("from 14:30 UTC
    // to 15:45 UTC" over rows from 14:30 whose last says "System restored": import round 38).
    if (!times.resolved && Object.values(times).every((at) => at <= span.resolved)) {
      times.resolved = span.resolved;
      inferred.push(`times.resolved ${span.resolved} from the span its opening states`);
    }
  }
  // Another tool's frontmatter states them as instants (start_time, end_time).
  let startFromExport: { field: string; firstRow: string } | undefined;
  const statedInMetadata = metadataTimes(metadata, { zoneless: (day, time) => toUtcIso(day, time, zone ?? { kind: 'offset', minutes: 0, label: 'UTC' }, folds) });
  for (const [field, stated] of Object.entries(statedInMetadata)) {
    // A start the report states outright, before its first row, is when it began: a status page's
    // incident begins before its first update is posted (Google Cloud: begin 13:37, first update 14:04).
    if (field === 'started' && times.started && !stated.refused && stated.at < times.started && (!milestones.started || (options.exportStartField && stated.key === 'started_at'))) {
      inferred.push(`times.started ${stated.at} from the report's metadata (${stated.key}), before its first timeline row (${times.started})`);
      if (options.exportStartField && stated.key === 'started_at') startFromExport = { field: options.exportStartField, firstRow: times.started };
      times.started = stated.at;
      continue;
    }
    // The export's own end (Google Cloud's `end`, Statuspage's `resolved_at`) is when the incident
    // ended, as its own start is when it began: its last row marked resolved may be a post made
    // after (Google's analysis "We apologize for the inconvenience …", a day later; an update
    // saying it was "resolved … as of 19:02 US/Pacific", posted two hours after). 138 of 157
    // Google Cloud drafts of gcp-status ended at such a post (import round 20). An end at the
    // start says nothing of it: GitHub's incidents of before 2018, moved to Statuspage as one
    // update listing the old messages, were "resolved" the minute that update was posted.
    if (field === 'resolved' && options.exportStartField && times.resolved && !stated.refused && Math.abs(Date.parse(stated.at) - Date.parse(times.resolved)) >= 60_000 && (!times.started || Date.parse(stated.at) - Date.parse(times.started) >= 60_000)
      // An end before a milestone its rows give ("Mitigation underway", posted after it) would be
      // left out by the schema's order of times: the row's end stays, as before.
      && Object.entries(times).every(([key, at]) => key === 'resolved' || at <= stated.at)) {
      inferred.push(`times.resolved ${stated.at} from the export's own end (${stated.key}), not its last timeline row marked resolved (${times.resolved}), posted ${stated.at < times.resolved ? 'after the incident ended' : 'before the export marked it ended'}`);
      times.resolved = stated.at;
      continue;
    }
    if (times[field]) continue;
    if (stated.refused) {
      notes.push(`times.${field} left out: the report's metadata says ${stated.key} ${stated.at}, and ${stated.refused}`);
      continue;
    }
    times[field] = stated.at;
    inferred.push(`times.${field} ${stated.at} from the report's metadata (${stated.key})`);
  }
  // A post of status updates kept in its frontmatter opens at the incident's first moment, its
  // `date`, and posts the first update later (LiveAgent: "date: 2022-10-05 05:45 GTM", first update
  // "06:30 GTM"): that `date`, up to two days before the first update's row, is the start.
  const posted = source.postedAt ? writtenInstantUtc(source.postedAt, zone ?? { kind: 'offset', minutes: 0, label: 'UTC' }, folds) : undefined;
  if (posted && times.started && !milestones.started && posted < times.started && Date.parse(times.started) - Date.parse(posted) <= 2 * 86_400_000) {
    inferred.push(`times.started ${posted} from the post's \`date\`, before its first update (${times.started})`);
    times.started = posted;
  }
  // Nothing else states the start, and the opening sentence does, in prose, with its own zone or
  // the report's ("On January 7th, 2023 at approximately 22:26 UTC the site experienced …"): it is
  // when the incident began, unless a time already read comes before it.
  // So does one before the first row when that row is the alert that noticed it ("At 09:30 UTC, the
  // inventory-service began returning HTTP 500 errors" over "09:35 UTC: PagerDuty alert triggered":
  // a cloud team's reports, import round 49), stated in the report's own words of harm.
  if ((!times.started || (times.started === startIsFirstAlert && !milestones.started && !metadataStatesTimes)) && !options.exportKind) {
    // A post whose metadata gives its summary opens under its `# Title` heading, not before it:
    // that heading's first paragraph is its opening ("At 03:01 UTC on Tuesday 12th January we
    // experienced …", a team's MkDocs blog post; import round 44: no start was read).
    const openingProse = opening ?? (!sections[0]?.nodes.length && sections[1]?.depth === 1 ? firstParagraph(withoutLabelLists(sections[1]), 40) : undefined);
    const instant = [openingProse, firstParagraph(summarySection)].map((paragraph) => paragraph && openingInstant(paragraph, { year, zone, folds, day: stated.date })).find(Boolean);
    const beforeAlert = !!times.started && !!instant && times.started !== instant.at && Date.parse(times.started) - Date.parse(instant.at) <= 6 * 3_600_000 && [openingProse, firstParagraph(summarySection)].some((paragraph) => paragraph && harmWords.test(paragraph));
    if (instant && (instant.ownZone || zone) && (!times.started || beforeAlert) && Object.values(times).every((at) => at >= instant.at)) {
      if (beforeAlert) inferred.push(`times.started ${instant.at} from its opening sentence ("${instant.words}"), before its first timeline row, the alert that noticed it (${times.started})`);
      else inferred.push(`times.started ${instant.at} from its opening sentence ("${instant.words}")${instant.dayFromReport ? ` on the incident day ${stated.date}` : ''}${instant.approximate ? ', a time it gives as approximate' : ''}`);
      times.started = instant.at;
      // A report without a timeline goes on in prose ("At 15:23 UTC we received a report …").
      const paragraph = [openingProse, firstParagraph(summarySection)].find((candidate) => candidate && openingInstant(candidate, { year, zone, day: stated.date }));
      if (!entries.length && paragraph) {
        for (const time of proseKeyTimes(paragraph, { startedAt: instant.at, ...(instant.ownZone ? {} : { zone }), folds })) {
          if (times[time.field]) continue;
          times[time.field] = time.at;
          inferred.push(`times.${time.field} ${time.at} from its opening paragraph ("${time.words}"), which has no timeline`);
        }
      }
    }
  }
  // A timeline table's "Time to recovery | 27s" states a key time counted from the start (stated-durations.ts).
  const durations = applyStatedDurations(timeline.durations, times);
  Object.assign(times, durations.filled);
  inferred.push(...durations.inferred);
  notes.push(...durations.notes);
  // Once the start is known (a post's date or a stated start may come before the first row), a
  // detection that is still the start's own row, naming none, is left to fill (see above).
  if (detectionAtStartRow && times.detected === detectionAtStartRow.at && times.started === times.detected) {
    delete times.detected;
    notes.push(detectionLeftAtStartNote(detectionAtStartRow.event));
  }
  for (const field of ['started', 'detected', 'mitigated', 'resolved']) {
    if (!(field in times)) continue;
    const at = times[field];
    delete times[field];
    times[field] = at;
  }

  const data: Record<string, unknown> = {
    title,
    ...(summary ? { summary } : {}),
    ...(fromBatch('severity') ? { severity: fromBatch('severity') } : {}),
    status: 'draft',
    visibility: 'internal',
    historical: true,
    ...(fromBatch('drafted') ? { drafted: fromBatch('drafted') } : {}),
    ...(fromBatch('services') ? { services: fromBatch('services') } : {}),
    ...(fromBatch('teams') ? { teams: fromBatch('teams') } : {}),
    ...(fromBatch('tags') ? { tags: fromBatch('tags') } : {}),
    ...(fromBatch('trigger') ? { trigger: fromBatch('trigger') } : {}),
    ...(Object.keys(times).length ? { times } : {}),
    ...(impact ? { impact: { description: impact, ...(usersAffected !== undefined ? { usersAffected } : {}) } } : {}),
    ...(entries.length ? { timeline: entries } : {}),
    ...(actions.items.length ? { actionItems: actions.items } : {}),
    imported: { source: sourceName, format: source.format, on: options.today },
  };
  // Times the timeline gives in an order the schema refuses are left for the author.
  const parsed = draftPostmortemObjectSchema.safeParse(data);
  if (parsed.success) {
    for (const issue of findCrossFieldIssues(parsed.data)) {
      if (issue.path[0] === 'times' && typeof issue.path[1] === 'string' && times[issue.path[1]]) {
        notes.push(`times.${issue.path[1]} left out: ${issue.message}`);
        delete times[issue.path[1]];
      }
    }
  }
  const final = draftPostmortemObjectSchema.safeParse(data);
  const toFill = final.success ? findMissingReviewFacts(final.data as DraftPostmortem).map((issue) => issue.message) : [];
  if (!final.success) notes.push(`the draft does not match the schema: ${final.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);

  // The page shows the title as its heading: the report's own `# <Title>` would show it twice.
  // A title read from the heading under a header line is that heading's: it goes as a `# <title>` does.
  // So is one read from the heading under its day heading (the day heading stays).
  // A title read from the `##` heading the report opens with ("## Incident Report for Failure of …",
  // comdex) was shown twice, the page's title over that heading made `###` (import round 38).
  const titleHeading = underHeader && titleAsWritten === underHeader.title && tree.children[1]?.type === 'heading' ? tree.children[1]
    : underDay && titleAsWritten === underDay.title ? underDay.heading
      : openingHeading && titleAsWritten === openingHeading && tree.children[0]?.type === 'heading' ? tree.children[0] : undefined;
  const underTitle = placeBodyUnderTitle(bodyMarkdown, tree, reportTitle, summary ? { text: summary, sectionName: summaryNamed, cut: summaryCut?.sentences } : undefined, title, titleHeading);
  if (summaryCut) {
    const sentences = summaryCut.sentences === 1 ? 'sentence' : `${summaryCut.sentences} sentences`;
    notes.push(`the summary is the first ${sentences} of a paragraph of ${summaryCut.of} characters (a summary is at most ${summaryMaxSentences} sentences and ${summaryMaxCharacters} characters): ${underTitle.removedSummarySentences ? `the body keeps the rest of the paragraph, where it was (the page shows the ${sentences} above the body)` : 'the paragraph stays whole in the body'}`);
  }
  if (underTitle.removedSummaryParagraph) notes.push('the body opens with the summary: that paragraph is left out of the body, since the page shows the summary above it');
  if (underTitle.removedSummaryHeading) notes.push(`the "${underTitle.removedSummaryHeading}" section opens with the summary: its heading and that paragraph are left out of the body, since the page shows the summary above it`);
  if (underTitle.removedTitleHeading) notes.push(`the heading "${underTitle.removedTitleHeading.split('\n')[0]}" is the title${reportTitle !== title ? ` (the draft's is "${title}")` : ''}: removed from the body, since the page shows the title above it`);
  if (underTitle.shifted) notes.push(`${underTitle.shifted} heading(s) made one level deeper (# → ##): the body's sections start at ##, under the title`);
  // A status page's incident: its first update is the summary, shown as the lead above the body.
  // So is a post's first update made a labelled paragraph (`**Investigating, 2021-08-13 12:20+02:00:** …`).
  const firstUpdate = !summary ? undefined : options.exportKind ? firstUpdateAsSummary(underTitle.markdown, summary) : source.updates?.length ? firstUpdateParagraphAsSummary(underTitle.markdown, summary) : undefined;
  if (firstUpdate?.replaced) notes.push(`the first update is the summary: its ${options.exportKind ? 'row' : 'paragraph'} in the body keeps its time and state and says so, since the page shows the summary above it (the timeline keeps its words)`);
  if (tablePipes.rows) notes.push(`${tablePipes.rows} table row(s) hold a pipe inside code (\`a | b\`), which split the row into more cells than its header: escaped (\\|) so that the cell shows it`);
  const tracked = readableTrackShortcodes(firstUpdate?.markdown ?? underTitle.markdown);
  if (tracked.replaced) notes.push(`${tracked.replaced} update time(s) written as a status site's shortcode ({{< track "…" >}}) kept in words, "(posted …)": the site would show the shortcode as text`);
  const safe = makeMdxSafe(tracked.markdown);
  // Every draft the import writes parses: one that would not is a fault of the import, said with the
  // report's name and where, not a draft the check and the site would stop on. makeMdxSafe's own
  // last parse says so; what is added to its text below (footnote marks escaped, the imported
  // metadata fenced inside <Internal>) cannot stop MDX, so the body is not parsed again.
  if (safe.unparsed) throw unparsedDraftError(sourceName, { ...safe.unparsed, line: safe.unparsed.line - leadingBlankLines(safe.mdx) });
  if (safe.escapedAtError) notes.push(`${safe.escapedAtError} place(s) in the body escaped so that MDX parses them as text`);
  if (safe.tagsShownAsText || safe.paragraphsKeptAsCode) notes.push('the body\'s HTML tags are shown as text: MDX could not parse them');
  if (safe.paragraphsKeptAsCode) notes.push(`${safe.paragraphsKeptAsCode.length} paragraph(s) of the body kept as written in a code block (the one opening on line ${safe.paragraphsKeptAsCode.join(', ')} of the body), since MDX could not parse them even with every tag shown as text: nothing is lost, but the page shows them as code; write them as text in the draft`);
  if (safe.variantElementsKept) notes.push(`${safe.variantElementsKept} <Internal>/<PublicOnly> element(s) the report wrote kept as the component (the public post leaves out <Internal>, the internal page <PublicOnly>)${internalBlocks.blocks ? `; the text of its ${internalBlocks.blocks} <Internal> block(s) is not read for the draft's fields (title, summary, timeline, times), which a public post shows` : ''}`);
  if (safe.malformedVariantTags.length) notes.push(malformedVariantTagsNote(sourceName, content, safe.malformedVariantTags));
  const footnotes = escapeUnpairedFootnotes(safe.mdx.trim());
  if (footnotes.escaped) notes.push(`${footnotes.escaped} footnote mark(s) without a note, or note(s) no mark refers to, kept as text ("\\[^…]"): the site would show the mark as text or leave the note out`);
  const references = escapeUndefinedReferences(footnotes.body);
  if (references.escaped) notes.push(`${references.escaped} reference link(s) whose label no "[label]: <address>" line defines kept as text ("\\[text][label]"), as the report showed them: npm run check refuses one in a published post`);
  let body = references.body;
  if (source.foreignFrontmatter) {
    // A record of where the draft came from (a site generator's `weight: 27`, a sheet's cells, an
    // export's ids), not text for customers: inside <Internal>, the internal page shows it and the
    // public page, and so the redaction guard, never sees it (it was published with the post).
    body += `\n\n<Internal>\n\n## Imported metadata\n\n${options.exportKind ? `The fields of the ${options.exportKind} for this incident, as the import read them:` : source.foreignFrontmatterLanguage === 'js' ? 'The metadata the original page exports, kept as written:' : 'The original report\'s own frontmatter, kept as written:'}\n\n\`\`\`${source.foreignFrontmatterLanguage ?? 'yaml'}\n${source.foreignFrontmatter.replace(/```/g, '` ` `')}\n\`\`\`\n\n</Internal>`;
  }
  // Zero-width characters pasted with a text (U+200B in a status page's title) make a value another
  // than the one it looks like, which npm run check refuses in frontmatter: left out there, kept in the body.
  let invisible = 0;
  const visible = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/[\u200B-\u200D\u2060\uFEFF]/g, () => { invisible++; return ''; });
    if (Array.isArray(value)) return value.map(visible);
    if (value && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visible(v)]));
    return value;
  };
  const shown = visible(data) as Record<string, unknown>;
  if (invisible) notes.push(`${invisible} zero-width character(s) (U+200B and the like) left out of the frontmatter's values; the body keeps the text as written`);
  let frontmatter = stringifyYaml(shown, { lineWidth: 0 }).trimEnd();
  // Times without a zone of their own were read in an assumed one: say which, above them.
  const milestonesInContextZone = Object.entries(milestones).some(([field, milestone]) => times[field] === milestone.at && !milestone.ownZone);
  const startInContextZone = !!start && timeline.relativePlaced > 0 && !start.ownZone;
  // A status page's issue writes its `date` and end without a zone: placed in the assumed one too.
  const metadataInContextZone = Object.entries(statedInMetadata).some(([field, stated]) => stated.zoneless && times[field] === stated.at);
  if (!documentZone && metadataInContextZone && !timeline.inContextZone && !zone) notes.push('the report states no time zone: times read as UTC (run again with --timezone ZONE if they were local)');
  const timesInContextZone = !documentZone && (timeline.inContextZone > 0 || milestonesInContextZone || startInContextZone || metadataInContextZone) && /^(?:times|timeline):/m.test(frontmatter);
  if (timesInContextZone) {
    frontmatter = frontmatter.replace(/^(?=(?:times|timeline):)/m, `# Times without a zone of their own were ${zoneSource}.\n`);
    // One instant written with its zone ("Resolved at 2020-04-15 15:09 UTC") in a zone other
    // than the one assumed for the rest: the report may use that zone throughout.
    const assumed = zone ?? { kind: 'offset' as const, minutes: 0, label: 'UTC' };
    for (const match of source.markdown.matchAll(new RegExp(String.raw`\b(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(?::\d{2})?\s*(${zonePattern})`, 'g'))) {
      const own = parseZone(match[3].replace(/\s+/g, ''));
      if (!own || toUtcIso(match[1], match[2], own, folds) === toUtcIso(match[1], match[2], assumed, folds)) continue;
      notes.push(`the report writes "${match[0]}" with its zone, but its times without one were read in ${assumed.label}: check which zone the report uses (--timezone ZONE reads them in another)`);
      break;
    }
  }
  // A status page's incident began before its first update: say whose field the start is, above it.
  if (startFromExport && times.started) {
    frontmatter = frontmatter.replace(/^times:\n(?=  started:)/m, `times:\n  # started: the incident's own start, the ${options.exportKind ?? 'export'}'s \`${startFromExport.field}\` (its first update was posted at ${startFromExport.firstRow})\n`);
  }
  // A report that states its day and no time of day (Homebrew's disclosures: "On 18th April 2021, a
  // security researcher identified …") leaves the start to fill: the draft says the day is known
  // and the time is not, so its reviewer looks for the time rather than for the day.
  if (!times.started && stated.date) {
    const dayOnly = `the report states the incident's day, ${stated.date} (from ${stated.from}), but no time of day: times.started is left to fill (add the time it began, ${stated.date}T…Z, if a log or the team knows it)`;
    notes.push(dayOnly);
    frontmatter += `\n# ${dayOnly.replace(/^the report/, 'The report')}.`;
  }
  // A start read from the opening sentence alone ("On Feb 21, 2022 at around 11pm UTC") dates the
  // draft too: the file was named without its day (secret-network's secpk-verifications-bloat.mdx).
  const firstRow = entries.find((entry) => !normalBefore.includes(entry)) ?? entries[0];
  // Nothing in the report dates it, but its file is named by the day it was posted, in its year's folder (`2026/23 June.md`).
  const postedDay = incidentDay ?? (firstRow && rowDay(timeline, firstRow)) ?? times.started?.slice(0, 10) ? undefined : yearFolderDay(options.exportKind ? undefined : sourceName);
  if (postedDay) inferred.push(`draft dated ${postedDay.date} from ${postedDay.from}, the day it was posted: the report states no day of its own`);
  const day = incidentDay ?? (firstRow && rowDay(timeline, firstRow)) ?? times.started?.slice(0, 10) ?? postedDay?.date;
  const fileSlug = draftFileSlug(titleForFileName(title, year), sourceName);
  if (fileSlug.note) notes.push(fileSlug.note);
  const fileName = `${day ? `${day}-` : ''}${fileSlug.slug}.mdx`;
  return {
    fileName,
    draft: `---\n${frontmatter}\n---\n\n${body}\n`,
    format: source.format,
    title,
    inferred,
    toFill,
    unread: timeline.unread,
    notes,
    timelineRows: entries.length,
    dateOnlyRows: timeline.dateOnly.size,
    relativeRows: timeline.relativePlaced,
    actionItems: actions.items.length,
    setFromBatch,
    ...(plannedWork ? { plannedWork } : {}),
    teamsSet: setFromBatch.includes('teams') ? [] : teamsFrom.sort((a, b) => a.id.localeCompare(b.id, 'en')),
    ...(timesInContextZone && !zone ? { timesReadAsUtc: true as const } : {}),
    ...(dashesUnsettled ? { dashedDateUnsettled: dashesUnsettled } : {}),
    ...(slashesUnsettled ? { slashedDateUnsettled: slashesUnsettled } : {}),
  };
}


/** The error for a report whose draft would not parse as MDX (`stop`: where, in the draft's body). */
export function unparsedDraftError(sourceName: string, stop: MdxParseStop): Error {
  return new Error(`the draft made from it does not parse as MDX (line ${stop.line} of its body: ${stop.reason}): nothing was written for it. Copy this report by hand (npm run new) and report ${sourceName} as a bug of the import`);
}

/** Lines the draft's body leaves out above the text (it is trimmed): a line of the text less these is the body's. */
function leadingBlankLines(text: string): number {
  return text.slice(0, text.length - text.trimStart().length).split('\n').length - 1;
}

/**
 * The report's own `<Internal>`/`<PublicOnly>` tags shown as text: what they marked for one site is
 * shown on both, so the note says where (the line in the file as given) and what to do.
 */
function malformedVariantTagsNote(sourceName: string, content: string, tags: MalformedVariantTag[]): string {
  const fileLines = content.split('\n');
  const lineInFile = (tag: MalformedVariantTag): number => {
    let seen = 0;
    for (const [index, line] of fileLines.entries()) {
      for (let at = line.indexOf(tag.tag); at >= 0; at = line.indexOf(tag.tag, at + 1)) {
        if (line[at - 1] === '\\') continue;
        if (seen++ === tag.occurrence) return index + 1;
      }
    }
    return tag.line;
  };
  const places = tags.map((tag) => `line ${lineInFile(tag)} \`${tag.tag}\` (${tag.problem})`).join('; ');
  return `${tags.length} <Internal>/<PublicOnly> tag(s) of ${sourceName} shown as text (\\<Internal>), not as the component: ${places}. The text they mark is not kept from the other site: a public post would show what <Internal> marked. Put each opening and closing tag alone on a line (or both on one line), without attributes, one component not inside the other, then import again, or mark that text with <Internal> in the draft`;
}
