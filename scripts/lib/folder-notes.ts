import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { folderZoneOf, isFolderNoteFile, type FolderZone } from '../../src/lib/import/folder-zone.ts';

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
          // A large file is no note (a data export named index.json is skipped by its size).
          if (!statSync(path).isFile() || statSync(path).size > 200_000) return [];
          return [{ file: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') }];
        } catch {
          return [];
        }
      });
      notesOf.set(folder, notes);
    }
    return notes;
  };
  return (file, root) => {
    const folders: string[] = [];
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      folders.push(folder);
      if (!relative(root, folder) || relative(root, folder).startsWith('..') || dirname(folder) === folder) break;
    }
    return folderZoneOf(folders.flatMap(notesIn).filter((note) => note.file !== (relative(process.cwd(), file) || file)));
  };
}
