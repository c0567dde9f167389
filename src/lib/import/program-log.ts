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

/** A line of Prometheus' text format: `# HELP name …`, `# TYPE name gauge`, `name{label="v"} 1.5 [timestamp]`. */
const metricsLine = /^(?:#\s+(?:HELP|TYPE|EOF|UNIT)\b.*|[A-Za-z_:][\w:]*(?:\{.*\})?\s+(?:[-+]?(?:\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|Inf|NaN))(?:\s+-?\d+(?:\.\d+)?)?(?:\s+#\s+\{.*\}\s+\S+(?:\s+\S+)?)?)$/;

/**
 * How many lines a program's metrics hold, scraped and saved as text (Prometheus' exposition
 * format: `# HELP`, `# TYPE` and `name{labels} value` lines), when every line (5 or more) is one;
 * otherwise 0. An OpenTelemetry post-mortem set keeps a 410 KiB `metrics.txt` beside its reports,
 * listed as a failed import of a "pasted log" (import round 49): evidence, not a report.
 */
export function metricsExpositionLines(text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim());
  return lines.length >= 5 && lines.some((line) => /^#\s+TYPE\b/.test(line)) && lines.every((line) => metricsLine.test(line.trim())) ? lines.length : 0;
}
