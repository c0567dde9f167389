/**
 * A command's output saved as text beside the reports: a table a command prints (`kubectl get
 * events`: "LAST SEEN   TYPE      REASON        OBJECT" over a row a line, columns aligned by
 * spaces) or a record `kubectl describe` prints ("Name:             payment-7f9c", "Status:",
 * "Containers:", "Events:" over "Type  Reason  Message"). An RCA tool keeps 14 such files as its
 * test data (`mock/kubectl/events/oom-killed.txt`), and each became a draft titled "LAST SEEN
 * TYPE REASON OBJECT" or "Status: Pending" (import round 55). It is the evidence a report quotes,
 * not a report, as a program's log is (program-log.ts). Pure.
 */

/** Columns of a command's table header: words in capitals, apart by two spaces or more ("LAST SEEN", "CHANGE-CAUSE", "%CPU"). */
const headerColumn = /^[A-Z%][A-Z0-9%()/_-]*(?: [A-Z][A-Z0-9%()/_-]*)?$/;

/** The columns of a command's table when `line` is its header (three columns or more), else undefined. */
function tableHeader(line: string): string[] | undefined {
  const columns = line.trim().split(/\s{2,}/);
  return columns.length >= 3 && columns.every((column) => headerColumn.test(column)) ? columns : undefined;
}

/** A `kubectl describe` record's line at its left edge: a label and its value apart by spaces, or a label over an indented block ("Containers:"). */
const describeLabel = /^[A-Z][A-Za-z ./-]{0,30}:(?:\s{2,}\S.*|\s*)$/;
/** The header of a `kubectl describe` record's events ("Type    Reason   Age   From   Message"). */
const describeEventsHeader = /^\s+Type\s{2,}Reason\s{2,}(?:Age\s{2,})?(?:From\s{2,})?Message\s*$/;

/**
 * What the text is, when it is a command's output: "a command's table (columns LAST SEEN, TYPE,
 * REASON, OBJECT)" when its first line is a header of three columns or more in capitals and each
 * of its two or more rows holds as many cells, less one (a cell may be empty; a row's message
 * may go on, indented, under it); "`kubectl
 * describe`'s record" when every line at its left edge is a label (two or more), one of them
 * "Events:" over its header. Else undefined: a report's prose never reads so.
 */
/** A rule a program prints around its banner or under a section's name ("=====", "-----"): twenty marks or more. */
const ruleLine = /^\s*([=\-*#~])\1{19,}\s*$/;
/** A program's stamp of when it wrote its output ("Generated: 2026-03-23 16:33:28", "Report generated at 2026-…"). */
const generatedStamp = /^\s*(?:report\s+)?(?:generated|produced|created|run)(?:\s+(?:at|on))?\s*:?\s*(?:19|20)\d\d-\d\d-\d\d[ T]\d\d:\d\d/i;
/** A report's section named in capitals, which a program's report of its own run does not have. */
const reportSectionName = /(?:^|[^A-Z])(?:TIMELINE|ROOT CAUSES?|WHAT HAPPENED|IMPACT|RESOLUTION|CHRONOLOGY|LESSONS LEARNED|ACTION ITEMS|POST-?MORTEM)(?![A-Z])/;
/** A section's name as a program prints it: capitals only ("BASELINE MODE RESULTS", "EVALUATION METRICS"). */
const shoutedName = /^\s*[A-Z][A-Z0-9 &/()-]{2,60}\s*$/;

/**
 * A program's own report printed as text (round 61: an RCA tool's `evaluation_report.txt`, its
 * banner "SRE-AI EVALUATION REPORT" and "Generated: 2026-03-23 16:33:28" between rules of "=",
 * then "BASELINE MODE RESULTS", "RAG RETRIEVED INCIDENTS", "EVALUATION METRICS" each over a rule
 * of "-", was a draft titled by its first line of results). Known by a stamp of when it was
 * generated among its first lines beside a rule, and two sections or more named in capitals over a
 * rule, none of them a report's (TIMELINE, ROOT CAUSE, IMPACT: an incident platform's export of a
 * report is read). Its banner's name, or undefined: a report written by hand stamps no such line.
 */
function generatedOutputBanner(lines: string[]): string | undefined {
  const opening = lines.slice(0, 6);
  if (!opening.some((line) => generatedStamp.test(line)) || !opening.some((line) => ruleLine.test(line))) return undefined;
  const sections = lines.filter((line, i) => shoutedName.test(line) && ruleLine.test(lines[i + 1] ?? '') && !ruleLine.test(line));
  // An incident platform's text export is a report: its sections name one's (TIMELINE, ROOT CAUSE, IMPACT).
  if (sections.length < 2 || sections.some((line) => reportSectionName.test(line))) return undefined;
  return opening.find((line) => shoutedName.test(line) && !ruleLine.test(line))?.trim() ?? sections[0].trim();
}

export function commandOutputKind(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim());
  const banner = generatedOutputBanner(lines);
  if (banner) return `a program's own report of its run (its banner "${banner}" and a "Generated:" stamp over sections named in capitals)`;
  const columns = lines.length >= 3 ? tableHeader(lines[0]) : undefined;
  // A row's message may go on, indented, on the lines under it ("  Failed to pull image …").
  const rows = lines.slice(1).filter((line) => !/^\s/.test(line));
  if (columns && rows.length >= 2 && rows.every((line) => line.trim().split(/\s{2,}/).length >= columns.length - 1)) {
    return `a command's table (columns ${columns.slice(0, 4).join(', ')}${columns.length > 4 ? ' …' : ''})`;
  }
  const leftEdge = lines.filter((line) => !/^\s/.test(line));
  const events = lines.findIndex((line) => /^Events:\s*$/.test(line));
  if (leftEdge.length >= 2 && leftEdge.every((line) => describeLabel.test(line)) && events >= 0 && describeEventsHeader.test(lines[events + 1] ?? '')) {
    return "`kubectl describe`'s record (labels such as " + leftEdge.filter((line) => !/^Events:/.test(line)).slice(0, 3).map((line) => `"${line.split(':')[0]}:"`).join(', ') + ' over its "Events:")';
  }
  return undefined;
}
