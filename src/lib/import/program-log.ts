/**
 * A program's log saved as text beside a report: every line a stamp and a level ("2025-04-02
 * 09:14:07 [WARNING] queue-worker: retry budget exhausted", "2025-04-02T09:14:07Z ERROR …").
 * An incident set keeps one `logs.txt` beside each `postmortem.md` (import round 46: 200 of them
 * were each imported as a draft titled by the first log line, "INFO cluster-manager: Starting …").
 * It is the evidence a report quotes, not a report: its name (`.txt`) does not say so as `.log`
 * does (src/lib/import/report-files.ts), its lines do.
 */

const stamp = String.raw`\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2}|\s?UTC)?\]?`;
const levels = String.raw`(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|CRIT|CRITICAL|FATAL|ALERT|EMERG)`;
// "[INFO] worker: …", "[INFO]worker: …" (no space after the bracket), "INFO worker …", "ERROR: …".
const logLine = new RegExp(`^\\s*${stamp}\\s+(?:\\[\\s*${levels}\\s*\\]|${levels}[\\s:])`);

/** How many lines the log holds when every line of the text (5 or more) is a stamped line with a level; otherwise 0. */
export function programLogLines(text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim());
  return lines.length >= 5 && lines.every((line) => logLine.test(line)) ? lines.length : 0;
}
