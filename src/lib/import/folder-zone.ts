import { findStatedZone } from './timeline-rows.ts';
import type { Zone } from './time-zones.ts';
import { mayBeReportFile } from './report-files.ts';

/**
 * A time zone that a folder of reports states for all of them, in a file beside them that is
 * not one report: its README, its index page or its template. Teams write it once there ("Datestamps:
 * please use `YYYY-MM-DD HH:MM` … for the London timezone", the Ministry of Justice's incident
 * log; "## Timeline (all times UTC)" in a template) and not again in each report.
 */
export interface FolderZone {
  zone: Zone;
  /** The file that states it, as given to the import. */
  file: string;
  /** The line that states it, shortened, for the draft and the import report. */
  statement: string;
  /** True when no note states it but other records of the folder show it for their own times (`siblingMetadataZone`). */
  shownByRecords?: boolean;
}

/** README, index and contributing files: the folder's own notes on its reports (`_index.md` is Hugo's list page). */
const noteFile = /^(?:readme|_?index|contributing)(?:[-_.][\w.-]*)?$/i;

/** A note of the folder, or a template the import does not read as a report (`template-engine-outage.md` is a report). */
export function isFolderNoteFile(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return noteFile.test(base) || (/template/i.test(base) && !mayBeReportFile(base));
}

/**
 * The zone the first note states, read as a report's own statement is read (`findStatedZone`:
 * "All times are UTC", "Timeline (times PST)", "for the London timezone"), line by line so the
 * statement can be quoted. Notes nearest the reports come first; code blocks are skipped (a
 * config example's `TZ=UTC` states nothing of the reports).
 */
export function folderZoneOf(notes: readonly { file: string; text: string }[]): FolderZone | undefined {
  for (const { file, text } of notes) {
    let inCode = false;
    for (const line of text.split('\n')) {
      if (/^\s*(?:```|~~~)/.test(line)) inCode = !inCode;
      if (inCode) continue;
      const zone = findStatedZone(line.replace(/`[^`]*`/g, (code) => code.replace(/[A-Za-z]/g, 'x')));
      if (zone) return { zone, file, statement: shorten(line.replace(/^[\s#>*_-]+/, '').trim()) };
    }
  }
  return undefined;
}

const shorten = (line: string) => (line.length > 100 ? `…${line.slice(line.length - 99)}` : line);
