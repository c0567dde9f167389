import type { ImportResult } from './import-report.ts';

export interface ImportedFile {
  source: string;
  /** Where the draft was (or, with --dry-run, would be) written. */
  output: string;
  result?: ImportResult;
  /** Why the file could not be imported. */
  error?: string;
  /** Errors `npm run check` reports on the draft (0 for a valid draft). */
  checkErrors: number;
  checkWarnings: number;
}

/** The per-file report: what was inferred, what is left to fill, rows that could not be read. */
export function formatFileReport(file: ImportedFile): string {
  if (!file.result) return `${file.source}\n  not imported: ${file.error}`;
  const r = file.result;
  const lines = [`${file.source} -> ${file.output}  (${r.format}; ${r.timelineRows} timeline rows${r.dateOnlyRows ? ` (${r.dateOnlyRows} date only)` : ''}, ${r.actionItems} action items; check: ${file.checkErrors} errors, ${file.checkWarnings} warnings)`];
  const block = (heading: string, items: string[]) => {
    if (!items.length) return;
    lines.push(`  ${heading}:`);
    for (const item of items) lines.push(`    - ${item}`);
  };
  block('inferred (check these)', r.inferred);
  block('left to fill before review', r.toFill);
  block('rows not placed in the timeline (kept in the body)', r.unread.map((u) => `"${u.row}": ${u.reason}`));
  block('notes', r.notes);
  return lines.join('\n');
}

export interface ImportTotals {
  files: number;
  imported: number;
  failed: number;
  validDrafts: number;
  timelineRows: number;
  /** Timeline rows placed by their day alone, among timelineRows. */
  dateOnlyRows: number;
  unreadRows: number;
  actionItems: number;
  /** How many drafts still lack each review fact (by field). */
  missing: Record<string, number>;
}

export function summarise(files: ImportedFile[]): ImportTotals {
  const totals: ImportTotals = { files: files.length, imported: 0, failed: 0, validDrafts: 0, timelineRows: 0, dateOnlyRows: 0, unreadRows: 0, actionItems: 0, missing: {} };
  for (const file of files) {
    if (!file.result) { totals.failed++; continue; }
    totals.imported++;
    if (file.checkErrors === 0) totals.validDrafts++;
    totals.timelineRows += file.result.timelineRows;
    totals.dateOnlyRows += file.result.dateOnlyRows;
    totals.unreadRows += file.result.unread.length;
    totals.actionItems += file.result.actionItems;
    for (const message of file.result.toFill) {
      const field = /^(actionItems)\[\d+\]/.exec(message)?.[1] ?? message.split(' ')[0];
      totals.missing[field] = (totals.missing[field] ?? 0) + 1;
    }
  }
  return totals;
}

export function formatSummary(totals: ImportTotals, dryRun: boolean): string {
  const missing = Object.entries(totals.missing).sort((a, b) => b[1] - a[1]).map(([field, count]) => `${field} ${count}`).join(', ');
  return [
    `${totals.files} files: ${totals.imported} imported${dryRun ? ' (dry run: nothing written)' : ''}, ${totals.failed} not imported; ${totals.validDrafts} valid drafts (0 errors from npm run check).`,
    `${totals.timelineRows} timeline rows${totals.dateOnlyRows ? ` (${totals.dateOnlyRows} with a date only)` : ''} and ${totals.actionItems} action items extracted; ${totals.unreadRows} timeline rows could not be placed in time (kept in the body).`,
    missing ? `Left to fill before review (drafts missing each): ${missing}.` : 'Nothing left to fill.',
  ].join('\n');
}
