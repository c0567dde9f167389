/**
 * Runs of text a line must not break inside: dates, times, durations and ticket keys. A browser breaks a line
 * after a hyphen, so a long title split "Incident on 2021-" from "06-09" at 375px (imported
 * reports name their day in the title: "2018-01-11, Warning from letsencrypt…"), and at a space,
 * so "19" ended one line of a card's title and "h late" began the next. Pages wrap each run in
 * `<span class="nowrap">` (`Unbroken.astro`, or `unbrokenHtml` where HTML is built as a string);
 * the text itself is unchanged (no non-breaking characters to trip search or copy and paste).
 */
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

/** The text in runs, `keep` on each date, time or duration; joined, the runs are the text. */
export function unbreakableRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(keepTogether)) {
    // A run without a space, hyphen or slash cannot break anyway ("14:02"): left as text.
    if (!/[\s/-]/.test(match[0])) continue;
    if (match.index > at) runs.push({ text: text.slice(at, match.index), keep: false });
    runs.push({ text: match[0], keep: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), keep: false });
  return runs;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The text as HTML, escaped, each date, time or duration in `<span class="nowrap">` (or the
 * class given: the evidence pack, a page of its own, styles `ev-nowrap`).
 */
export function unbrokenHtml(text: string, className = 'nowrap'): string {
  return unbreakableRuns(text).map((run) => (run.keep ? `<span class="${className}">${escapeHtml(run.text)}</span>` : escapeHtml(run.text))).join('');
}
