/**
 * Runs of text a line must not break inside: dates, times, durations and ticket keys. A browser breaks a line
 * after a hyphen, so a long title split "Incident on 2021-" from "06-09" at 375px (imported
 * reports name their day in the title: "2018-01-11, Warning from letsencrypt…"), and at a space,
 * so "19" ended one line of a card's title and "h late" began the next. Pages wrap each run in
 * `<span class="nowrap">` (`Unbroken.astro`, or `unbrokenHtml` where HTML is built as a string);
 * the text itself is unchanged (no non-breaking characters to trip search or copy and paste).
 */
import { boundedMemo } from './bounded-memo.ts';

export interface TextRun { text: string; keep: boolean }

const month = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const unit = '(?:ms|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?|s|secs?|seconds?)';
const amount = `\\d+(?:[.,]\\d+)?\\s?${unit}(?![\\w-])`;
const patterns = [
  // 2024-03-05 (2024-03-05T14:02:11Z whole; a time after a space is a run of its own); 2024-Q1; 2024-03.
  '\\d{4}-\\d{2}-\\d{2}(?:T\\d{1,2}:\\d{2}(?::\\d{2})?Z?)?',
  '\\d{4}-Q[1-4]\\b',
  '\\d{4}-\\d{2}(?![\\d-])',
  // 05/07/2013, 5.7.2013
  '\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b',
  // 4 Jan 2018, 4th January 2018, Jan 4, 2018, January 2018
  `\\d{1,2}(?:st|nd|rd|th)?\\s${month}\\s\\d{4}\\b`,
  `${month}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}\\b`,
  // 13:34 UTC, 4:23PM PST, 10:18 AM
  '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s(?:UTC|GMT|[A-Z]{2,4}T))?(?![\\w:])',
  // 19 h, 2 h 10 min, 45 minutes
  `${amount}(?:\\s${amount})*`,
  // OPS-4521, SEV-1, CVE-2024-1234: a ticket key or id broke after its hyphen ("OPS-" / "4521").
  '[A-Z][A-Z0-9_]*-\\d+(?:-\\d+)*(?![\\w-])',
];
const keepTogether = new RegExp(`(?<![\\w.-])(?:${patterns.join('|')})`, 'g');
/** The pattern of the runs, for tests that check the split against a plain `matchAll`. */
export const keepTogetherSource = keepTogether.source;

/**
 * The runs of each text already split, by text. A build renders the same few thousand texts tens
 * of thousands of times: a title and a summary on every list page its postmortem appears on
 * (59,868 calls for 8,758 texts in a build of 1,000 postmortems; docs/performance.md, session 19).
 * Emptied when it grows past `runsCacheLimit`, so a long `astro dev` session does not keep every
 * text it ever saw.
 */
export const runsCacheLimit = 50_000;
let textsSplit = 0;

/** How many texts have been split (a remembered text is not split again): for tests. */
export function unbreakableRunsSplitCount(): number {
  return textsSplit;
}

/**
 * The text in runs, `keep` on each date, time or duration; joined, the runs are the text. The
 * same array is returned for the same text: read it, do not change it.
 */
export const unbreakableRuns: (text: string) => readonly TextRun[] = boundedMemo((text) => splitRuns(text), runsCacheLimit);

function splitRuns(text: string): TextRun[] {
  textsSplit += 1;
  const runs: TextRun[] = [];
  let at = 0;
  // `exec` from a set `lastIndex`, not `matchAll`, which copies the expression on every call
  // (src/lib/regexp.ts). No alternative of the pattern matches an empty string.
  keepTogether.lastIndex = 0;
  for (let match = keepTogether.exec(text); match; match = keepTogether.exec(text)) {
    // A run without a space, hyphen or slash cannot break anyway ("14:02"): left as text.
    if (!/[\s/-]/.test(match[0])) continue;
    if (match.index > at) runs.push({ text: text.slice(at, match.index), keep: false });
    runs.push({ text: match[0], keep: true });
    at = match.index + match[0].length;
  }
  keepTogether.lastIndex = 0;
  if (at < text.length) runs.push({ text: text.slice(at), keep: false });
  return runs;
}

/** Text escaped for HTML, as the runs are. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The text as HTML, escaped, each date, time or duration in `<span class="nowrap">` (or the
 * class given: the evidence pack, a page of its own, styles `ev-nowrap`).
 */
export function unbrokenHtml(text: string, className = 'nowrap'): string {
  return className === 'nowrap' ? nowrapHtml(text) : runsAsHtml(text, className);
}

const runsAsHtml = (text: string, className: string) =>
  unbreakableRuns(text).map((run) => (run.keep ? `<span class="${className}">${escapeHtml(run.text)}</span>` : escapeHtml(run.text))).join('');
/** The pages' HTML of each text (class `nowrap`), remembered as its runs are. */
const nowrapHtml = boundedMemo((text) => runsAsHtml(text, 'nowrap'), runsCacheLimit);
