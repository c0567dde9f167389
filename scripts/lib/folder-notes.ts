import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { folderZoneOf, isFolderNoteFile, type FolderZone } from '../../src/lib/import/folder-zone.ts';
import { metadataZoneEvidence, siblingMetadataZone, type MetadataZoneEvidence } from '../../src/lib/import/metadata-time-zone.ts';
import { mayBeIncidentExportFile, mayBeReportFile } from '../../src/lib/import/report-files.ts';
import { shownFromWorkingFolder } from '../../src/lib/shown-path.ts';

/**
 * The zone the README, index or template files beside a report (in its folder, or a folder above
 * it up to the folder given to the import) state for the reports; nearest first. Read once a folder.
 */
export function folderZoneReader(): (file: string, root: string) => FolderZone | undefined {
  const notesOf = new Map<string, { file: string; text: string }[]>();
  const notesIn = (folder: string) => {
    let notes = notesOf.get(folder);
    if (!notes) {
      notes = readdirSync(folder).filter(isFolderNoteFile).sort().flatMap((name) => {
        const path = join(folder, name);
        try {
          // A large file is no note (a data export named index.json is skipped by its size). An empty
          // one holds none; a file of /proc says 0 and may be endless (/proc/self/pagemap: round 31).
          if (!statSync(path).isFile() || statSync(path).size > 200_000 || statSync(path).size === 0) return [];
          // Shown as the draft's source is (whole when outside the working folder): a draft names the
          // same note wherever the import runs (round 62: `../../corpora/…` against `../../../work/corpora/…`).
          return [{ file: shownFromWorkingFolder(path), text: readFileSync(path, 'utf8') }];
        } catch {
          return [];
        }
      });
      notesOf.set(folder, notes);
    }
    return notes;
  };
  // Other records of the same folder that show the zone of their own metadata times (VSC's
  // "started … around 13:20 CET" beside `start_date: … 13:20:00`): a signal for the records that
  // state none, when no note states a zone. Read once a folder.
  const evidenceOf = new Map<string, { file: string; path: string; evidence: MetadataZoneEvidence | 'UTC' | undefined }[]>();
  const evidenceIn = (folder: string) => {
    let evidence = evidenceOf.get(folder);
    if (!evidence) {
      evidence = readdirSync(folder).filter((name) => !isFolderNoteFile(name) && (mayBeReportFile(name) || mayBeIncidentExportFile(name))).sort().flatMap((name) => {
        const path = join(folder, name);
        try {
          if (!statSync(path).isFile() || statSync(path).size > 200_000 || statSync(path).size === 0) return [];
          return [{ file: name, path, evidence: metadataZoneEvidence(readFileSync(path, 'utf8')) }];
        } catch {
          return [];
        }
      });
      evidenceOf.set(folder, evidence);
    }
    return evidence;
  };
  return (file, root) => {
    const folders: string[] = [];
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      folders.push(folder);
      if (!relative(root, folder) || relative(root, folder).startsWith('..') || dirname(folder) === folder) break;
    }
    const self = shownFromWorkingFolder(file);
    return folderZoneOf(folders.flatMap(notesIn).filter((note) => note.file !== self)) ?? siblingMetadataZone(evidenceIn(dirname(file)).filter((sibling) => sibling.path !== join(file)));
  };
}
