import type { ImportResult } from './import-report.ts';
import type { ImageReference } from './report-images.ts';
import { batchFields, describeBatchFact, type BatchFacts } from './batch-facts.ts';
import { emailAddressesIn } from './draft-email-addresses.ts';
import { batchFactLabel } from '../batch-guidance.ts';

/** What became of the images a report shows. */
export interface ImportedImages {
  /** Copied from the report's folder to the media folder beside the drafts (paths for the reader). */
  copied: { from: string; to: string }[];
  /** Not found: kept in the draft as text with their description and path. */
  missing: ImageReference[];
  /** Remote images, left as links to where they are. */
  remote: number;
}

export interface ImportedFile {
  source: string;
  /** Where the draft was (or, with --dry-run, would be) written. */
  output: string;
  result?: ImportResult;
  images?: ImportedImages;
  /** Why the file could not be imported. */
  error?: string;
  /** Errors `npm run check` reports on the draft (0 for a valid draft). */
  checkErrors: number;
  checkWarnings: number;
  /**
   * Warnings on the draft that are errors once it is published (`schema/too-long`: a draft is let
   * off a field's length, `fill --publish` is not): a draft with any is not counted valid.
   */
  tooLongToPublish?: string[];
}

/**
 * The per-file report: what was inferred, what is left to fill, rows that could not be read.
 * `batchWide` names the facts left to fill that the output says once for the whole batch (a large
 * import, src/lib/import/import-output.ts): a file lacking them names them in one line instead of
 * repeating each message.
 */
export function formatFileReport(file: ImportedFile, batchWide: ReadonlySet<string> = new Set()): string {
  if (!file.result) return `${file.source}\n  not imported: ${file.error}`;
  const r = file.result;
  const lines = [`${file.source} -> ${file.output}  (${r.format}; ${r.timelineRows} timeline rows${r.dateOnlyRows || r.relativeRows ? ` (${[r.dateOnlyRows ? `${r.dateOnlyRows} date only` : '', r.relativeRows ? `${r.relativeRows} from relative times` : ''].filter(Boolean).join(', ')})` : ''}, ${r.actionItems} action items; check: ${file.checkErrors} errors, ${file.checkWarnings} warnings)`];
  const block = (heading: string, items: string[]) => {
    if (!items.length) return;
    lines.push(`  ${heading}:`);
    for (const item of items) lines.push(`    - ${item}`);
  };
  const images = file.images;
  block('inferred (check these)', r.inferred);
  block('images copied beside the draft', (images?.copied ?? []).map(({ from, to }) => `${from} -> ${to}`));
  const wide = [...batchWide].filter((label) => r.toFill.some((message) => batchFactLabel(message) === label));
  if (wide.length) lines.push(`  left to fill, said for the whole batch at the top: ${wide.join(', ')}`);
  block('left to fill before review', [
    ...r.toFill.filter((message) => !batchWide.has(batchFactLabel(message) ?? '')),
    ...(file.tooLongToPublish ?? []).map((message) => `${message} (a warning on a draft, an error once published: shorten it)`),
    ...(images?.missing ?? []).map((image) => `image "${image.url}"${image.alt ? ` (${image.alt})` : ''} was not found: line ${image.line} of the draft shows its description and path in a note inside <Internal> (the internal page shows it, the public page leaves it out); add the image beside the draft and restore the reference, or delete the note`),
  ]);
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
  /** Rows with a relative time ("T+15m", "Day 2") placed from the report's start, among timelineRows. */
  relativeRows: number;
  unreadRows: number;
  /** Rows with a relative time kept as written (among unreadRows): the report states no start to count from. */
  relativeKept: number;
  actionItems: number;
  imagesCopied: number;
  imagesMissing: number;
  /** How many drafts still lack each review fact (by field). */
  missing: Record<string, number>;
  /** Each `--set` option and how many drafts it filled (the others gave their own value). */
  setFromBatch: { option: string; drafts: number }[];
  /** Drafts whose report says it is planned work, not an incident (src/lib/import/planned-work.ts): where each was written. */
  plannedWork: string[];
  /** Teams the import set from the reports' words (not from `--set`): each draft, team and what named it. */
  teamsSet: { draft: string; id: string; from: string }[];
  /** Drafts whose times were read as UTC, their report stating no zone: where each was written. */
  timesReadAsUtc: string[];
  /** Drafts whose dates written with dashes were read day first, nothing in their report settling it: where each was written, and its first such date. */
  dashedDatesUnsettled: { draft: string; date: string }[];
  slashedDatesUnsettled: { draft: string; date: string }[];
  /** Drafts holding e-mail addresses from their source: where each was written, how many addresses and the first. */
  emailAddresses: { draft: string; count: number; first: string }[];
}

export function summarise(files: ImportedFile[], batchFacts: BatchFacts = {}): ImportTotals {
  const setFields = batchFields.filter((field) => batchFacts[field] !== undefined);
  const totals: ImportTotals = {
    setFromBatch: setFields.map((field) => ({ option: describeBatchFact(field, batchFacts), drafts: files.filter((file) => file.result?.setFromBatch.includes(field)).length })), files: files.length, imported: 0, failed: 0, validDrafts: 0, timelineRows: 0, dateOnlyRows: 0, relativeRows: 0, unreadRows: 0, relativeKept: 0, actionItems: 0, imagesCopied: 0, imagesMissing: 0, missing: {}, plannedWork: [], teamsSet: [], timesReadAsUtc: [], dashedDatesUnsettled: [], slashedDatesUnsettled: [], emailAddresses: [] };
  for (const file of files) {
    if (!file.result) { totals.failed++; continue; }
    totals.imported++;
    if (file.checkErrors === 0 && !file.tooLongToPublish?.length) totals.validDrafts++;
    if (file.tooLongToPublish?.length) totals.missing['too long to publish'] = (totals.missing['too long to publish'] ?? 0) + 1;
    totals.timelineRows += file.result.timelineRows;
    totals.dateOnlyRows += file.result.dateOnlyRows;
    totals.unreadRows += file.result.unread.length;
    totals.relativeRows += file.result.relativeRows;
    totals.relativeKept += file.result.unread.filter((row) => row.relative).length;
    totals.actionItems += file.result.actionItems;
    if (file.result.plannedWork) totals.plannedWork.push(file.output);
    if (file.result.timesReadAsUtc) totals.timesReadAsUtc.push(file.output);
    if (file.result.dashedDateUnsettled) totals.dashedDatesUnsettled.push({ draft: file.output, date: file.result.dashedDateUnsettled });
    if (file.result.slashedDateUnsettled) totals.slashedDatesUnsettled.push({ draft: file.output, date: file.result.slashedDateUnsettled });
    for (const team of file.result.teamsSet ?? []) totals.teamsSet.push({ draft: file.output, ...team });
    const addresses = emailAddressesIn(file.result.draft);
    if (addresses.length) totals.emailAddresses.push({ draft: file.output, count: addresses.length, first: addresses[0] });
    totals.imagesCopied += file.images?.copied.length ?? 0;
    totals.imagesMissing += file.images?.missing.length ?? 0;
    if (file.images?.missing.length) totals.missing.images = (totals.missing.images ?? 0) + 1;
    // Drafts, not messages: a draft lists one message per action item missing a field.
    const fields = new Set(file.result.toFill.map((message) => /^(actionItems)\[\d+\]/.exec(message)?.[1] ?? message.split(' ')[0]));
    for (const field of fields) totals.missing[field] = (totals.missing[field] ?? 0) + 1;
  }
  return totals;
}

export function formatSummary(totals: ImportTotals, dryRun: boolean): string {
  const missing = Object.entries(totals.missing).sort((a, b) => b[1] - a[1]).map(([field, count]) => `${field} ${count}`).join(', ');
  return [
    `${totals.files} files: ${totals.imported} imported${dryRun ? ' (dry run: nothing written)' : ''}, ${totals.failed} not imported; ${totals.validDrafts} valid drafts (0 errors from npm run check, none too long to publish).`,
    `${totals.timelineRows} timeline rows${totals.dateOnlyRows ? ` (${totals.dateOnlyRows} with a date only)` : ''} and ${totals.actionItems} action items extracted; ${totals.unreadRows} timeline rows could not be placed in time (kept in the body).`,
    ...(totals.relativeRows || totals.relativeKept
      ? [`Relative times ("T+15m", "Day 2"): ${totals.relativeRows} row(s) placed from the start or day the report states${totals.relativeKept ? `; ${totals.relativeKept} kept as written in the body: their report states no start time or day to count from (add a "Start:" or "Date:" line and import again, or place them by hand)` : ''}.`]
      : []),
    ...(totals.imagesCopied || totals.imagesMissing ? [`${totals.imagesCopied} image(s) copied${dryRun ? ' (not yet: dry run)' : ''} to the media folder beside the drafts; ${totals.imagesMissing} image(s) not found (kept as text, listed above).`] : []),
    ...(totals.setFromBatch.length
      ? [`Set for the batch (drafts whose report gave none; each is listed above): ${totals.setFromBatch.map(({ option, drafts }) => `${option} ${drafts} of ${totals.imported}`).join(', ')}.`]
      : []),
    missing ? `Left to fill before review (drafts missing each): ${missing}.` : 'Nothing left to fill.',
    // A team is the owner every list and the tracker show: one set from a word of the text
    // ("Applications" in a review of the cluster) is easy to miss among a draft's inferred facts.
    ...(totals.teamsSet.length
      ? [`Teams set from the reports' own words (${totals.teamsSet.length}; check each: a team's name may be a word of the text in another sense):`, ...[...totals.teamsSet].sort((a, b) => a.draft.localeCompare(b.draft, 'en') || a.id.localeCompare(b.id, 'en')).map(({ draft, id, from }) => `  ${draft}: team ${id}, from ${from}`)]
      : []),
    // A report that states no zone had its times read as UTC, a guess each draft notes among many
    // (konyks' homelab report, "~14:30" a row: import round 42). Asked once for the batch: a team's
    // reports are written in its own zone, which one --timezone gives them all.
    ...(totals.timesReadAsUtc.length
      ? [`Times read as UTC in ${totals.timesReadAsUtc.length} draft(s) whose report states no time zone: if they were written in local time, import again with --timezone ZONE (an IANA name, Europe/Berlin, or an offset, UTC+2), or correct them in each draft:`, ...[...totals.timesReadAsUtc].sort().map((path) => `  ${path}`)]
      : []),
    // "03-04-2024" is the 3rd of April in Europe and the 4th of March in the US: a report that
    // states neither a zone nor a day to tell them apart was read day first without a word (import
    // round 44). Asked once for the batch, as the zone is: a team writes its dates one way.
    ...(totals.dashedDatesUnsettled.length
      ? [`Dates written with dashes read day first (dd-mm-yyyy) in ${totals.dashedDatesUnsettled.length} draft(s) whose report does not settle the order: if the team writes them month first (mm-dd-yyyy, as the US does), correct them in each draft, or state the reports' zone (--timezone America/New_York) and import again:`, ...[...totals.dashedDatesUnsettled].sort((a, b) => a.draft.localeCompare(b.draft, 'en')).map(({ draft, date }) => `  ${draft} ("${date}")`)]
      : []),
    // "03/04/2024" read month first, as the US writes it, in a report that settles nothing (import round 45).
    ...(totals.slashedDatesUnsettled.length
      ? [`Dates written with slashes read month first (mm/dd/yyyy) in ${totals.slashedDatesUnsettled.length} draft(s) whose report does not settle the order: if the team writes them day first (dd/mm/yyyy, as Europe does), correct them in each draft, or state the reports' zone (--timezone Europe/London) and import again:`, ...[...totals.slashedDatesUnsettled].sort((a, b) => a.draft.localeCompare(b.draft, 'en')).map(({ draft, date }) => `  ${draft} ("${date}")`)]
      : []),
    // People's addresses (and the names written with them) carried from the source: the drafts are
    // internal, where they may stay; said so that making one public is not a surprise (round 54).
    ...(totals.emailAddresses.length
      ? [`E-mail addresses carried from the source in ${totals.emailAddresses.length} draft(s) (people's addresses, and the names written beside them, as the source had them): the drafts are internal, which may keep them; before making one public remove them or replace them with a role, or npm run check stops it (redact/email) and npm run redact -- FILE proposes the fixes:`, ...[...totals.emailAddresses].sort((a, b) => a.draft.localeCompare(b.draft, 'en')).map(({ draft, count, first }) => `  ${draft} (${count}: ${first}${count > 1 ? ', …' : ''})`)]
      : []),
    // Listed whole, one a line, so that they can be reviewed or deleted in one go (xargs rm).
    ...(totals.plannedWork.length
      ? [`${totals.plannedWork.length} draft(s) are planned maintenances, not incidents (their report's metadata says so: planned: yes, severity: under-maintenance): kept as records; delete those the knowledge base should not hold:`, ...[...totals.plannedWork].sort().map((path) => `  ${path}`)]
      : []),
  ].join('\n');
}
