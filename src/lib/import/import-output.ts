import type { Finding } from '../findings.ts';
import { batchFactsMissing, batchGuidance } from '../batch-guidance.ts';
import { formatFileReport, formatSummary, type ImportedFile, type ImportTotals } from './import-summary.ts';

/**
 * From how many files the import's text output leads with what to do first. A team importing 242
 * reports got 4,235 lines: each draft's report (what was inferred, the same four facts left to
 * fill under every one), and the counts and the next step only at the very end, after 240 screens
 * (adoption walk round 56). Below this, a batch fits in a few screens and reads in file order.
 */
export const manyReportsFrom = 20;

/**
 * The text `npm run import` prints. A small batch: each file's report, then the summary and the
 * next step. A large one: the summary first, with the one `npm run fill` command that fills the
 * facts many drafts lack (the most common first, as `npm run check` says it); then each file's
 * report, where those facts are named in one line instead of a message each; then the first line
 * of the summary again, for the screen the terminal is left on. Every finding stays: per file
 * below, and each one in `--json`.
 */
export function importOutputText(files: readonly ImportedFile[], totals: ImportTotals, options: { dryRun: boolean; next?: string }): string {
  const summary = formatSummary(totals, options.dryRun);
  const next = options.next ? [options.next] : [];
  if (files.length < manyReportsFrom) return [...files.map((file) => `${formatFileReport(file)}\n`), summary, ...next].join('\n');
  // The facts left to fill, worded as the check words them, so that the guidance is the check's.
  const findings: Finding[] = files.flatMap((file) => (file.result?.toFill ?? []).map((message) => ({ file: file.output, line: 1, column: 1, rule: 'draft/fill-before-review', severity: 'warning' as const, message: `fill before review: ${message}` })));
  const guidance = batchGuidance(findings);
  const wide = new Set(batchFactsMissing(findings));
  const first = guidance.length ? ['', ...guidance] : [];
  return [
    summary,
    ...next,
    ...first,
    '',
    `Each file's report follows (${files.length} files${wide.size ? `; under each, the facts above for the whole batch are named in one line: ${[...wide].join(', ')}` : ''}; --json lists every file with all its facts):`,
    '',
    ...files.map((file) => `${formatFileReport(file, wide)}\n`),
    `${summary.split('\n')[0]} What to do first is at the top of this output.`,
  ].join('\n');
}
