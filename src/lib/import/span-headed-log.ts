/**
 * A page that logs several outages, each under a heading of its span ("#### 2025-09-05 14:37 ~
 * 15:58 (GMT+9)", "### 2024-03-02 09:10 – 2024-03-02 11:40 UTC") with its labels beneath ("- 지속:
 * 1시간 21분", "- 내용: Edge Function Invocation > 503 Service Unavailable", "- 원인: …"). A Korean
 * web app keeps its five outages so in one `TIMELINE.md` under "# 기록" (records); imported whole it
 * was one draft titled "기록", its first outage's labels the summary of all five (import round 56's
 * leftover). Each heading is an incident: one draft a heading.
 *
 * Read only when two headings or more of one level each open with a day and a time and go on to a
 * second time (a span: a timeline's entry is one instant, "### 2025-09-05 14:37"), no heading of that
 * level is otherwise, and none stands under a timeline's heading (a report's own timeline may head
 * its stages by their spans).
 */

import { codeBlockLines } from './prose-lines.ts';

export interface SpanHeadedReport { label: string; text: string; source: string }

/** "2025-09-05 14:37 ~ 15:58", "2025-09-02 01:00 ~ 2025-09-05 19:59 (GMT+9)", "2024-03-02 09:10 – 11:40 UTC". */
const spanHeading = /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2})?\s*(?:~|–|—|-|to|bis|부터|から)\s*(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}/i;
/** A heading naming a report's timeline, in the languages the importer reads ("Timeline", "타임라인", "タイムライン", "Chronologie"). */
const timelineWords = /timeline|chronolog|zeitleiste|zeitablauf|cronolog|linha do tempo|타임라인|タイムライン|时间线|時間線|хронолог/i;
/** "- 내용: …", "- What: …", "* Summary - …": a label and its value in a list item. */
const labelledItem = /^\s{0,3}[-*+]\s+(?:\*\*)?([^:：*\n]{1,30}?)(?:\*\*)?\s*[:：]\s*(.+)$/;

/** The reports of a page of outages each under its span's heading, or undefined when the page is not one. */
export function readSpanHeadedLog(text: string): { reports: SpanHeadedReport[]; notes: string[] } | undefined {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const headings: { level: number; text: string; index: number }[] = [];
  const inCode = codeBlockLines();
  for (const [index, line] of lines.entries()) {
    if (inCode(line)) continue;
    const heading = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) headings.push({ level: heading[1].length, text: heading[2].replace(/[*_`]/g, '').trim(), index });
  }
  const spans = headings.filter((heading) => spanHeading.test(heading.text));
  if (spans.length < 2) return undefined;
  const level = spans[0].level;
  if (spans.some((heading) => heading.level !== level)) return undefined;
  const first = spans[0].index;
  const last = spans[spans.length - 1].index;
  // Another heading of that level among them, or one above them naming a timeline: not a log of outages.
  if (headings.some((heading) => heading.level === level && heading.index > first && heading.index < last && !spans.includes(heading))) return undefined;
  if (headings.some((heading) => heading.level < level && heading.index < first && timelineWords.test(heading.text))) return undefined;
  const reports = spans.map((span, i) => {
    // An entry ends at the next span, or at a heading above its level.
    const stop = spans[i + 1]?.index ?? headings.find((heading) => heading.index > span.index && heading.level < level)?.index ?? lines.length;
    const body = lines.slice(span.index + 1, stop).join('\n').trim();
    const title = entryTitle(body) ?? span.text;
    const day = spanHeading.exec(span.text)![1];
    return {
      label: `#${day}-${i + 1}`,
      // The span is the entry's "Date" line: the importer reads its day, start and end there.
      text: `# ${title}\n\n**Date:** ${span.text}\n\n${body}\n`,
      source: lines.slice(span.index, stop).join('\n').trim(),
    };
  });
  const above = lines.slice(0, first).filter((line) => !/^\s*(?:#{1,6}\s.*)?$/.test(line)).length;
  return {
    reports,
    notes: [`read as a log of ${spans.length} outages, each under a heading of its span ("${spans[0].text}"): one draft per outage, titled by its first label that names what happened${above ? `; the ${above} line(s) above the first outage are about all of them and are in no draft` : ''}`],
  };
}

/** The value of the entry's first label that says what happened ("내용: Edge Function Invocation > 503 …"): not a duration or a time ("지속: 1시간 21분"). */
function entryTitle(body: string): string | undefined {
  for (const line of body.split('\n')) {
    const item = labelledItem.exec(line);
    if (!item) continue;
    const value = item[2].replace(/\*\*|`/g, '').trim();
    // A duration or a time ("1시간 21분", "15:31") says no more than the heading; an error's text ("[PostgresError]: …") does.
    if (!/^\d/.test(value) && /\p{L}{2,}/u.test(value) && value.length <= 120) return value;
  }
  return undefined;
}
