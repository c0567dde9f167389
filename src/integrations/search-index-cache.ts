// The copy of the last internal build's search index kept in Astro's cache folder for the content
// folder (site.config.ts `contentCacheDir`), and its record (src/lib/search-index-reuse.ts): a
// rebuild whose search documents are the last index's copies the index back instead of running
// pagefind (3-4 s of CPU at 1,000 postmortems, beside Astro's pages on a 2-core machine).
// Every file is checked against the sha256 noted when it was kept: a damaged copy is not used.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSearchIndexRecord, type SearchIndexRecord } from '../lib/search-index-reuse.ts';

/** The record's file in the kept folder: written last, so a copy cut short has none. */
const recordFile = 'record.json';
/** The index's files, beside the record. */
const filesFolder = 'index';

/**
 * What writes the index: the installed pagefind's version (its package's) and the module that
 * starts it with its options (scripts/lib/search-index.ts). A record is only good for the writer
 * that wrote it: another pagefind, or other options given to it, write other bytes from the same
 * documents.
 */
export function installedPagefindVersion(): string {
  const packageFile = resolve(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  const version = (JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string }).version;
  const writer = readFileSync(fileURLToPath(new URL('../../scripts/lib/search-index.ts', import.meta.url)));
  return `pagefind ${version}, search-index.ts ${sha256(writer).slice(0, 16)}`;
}

/** Where the last index is kept for the content folder whose Astro cache folder is `cacheDir`. */
export function keptSearchIndexDir(cacheDir: string): string {
  return join(cacheDir, 'search-index');
}

/** The record of the kept index, or undefined when there is none this pagefind can use. */
export function readKeptSearchIndex(keptDir: string, pagefindVersion: string): SearchIndexRecord | undefined {
  const file = join(keptDir, recordFile);
  if (!existsSync(file)) return undefined;
  return parseSearchIndexRecord(readFileSync(file, 'utf8'), pagefindVersion);
}

function filesOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * A second name for the file pagefind wrote (no bytes copied: keeping 1,136 files of 8 MB at 1,000
 * postmortems by copying took 0.7-1.2 s of wall on a loaded host), or a copy where the cache
 * folder is on another file system. Safe because a build never changes a file in place (pagefind
 * writes new files into a new folder, and the site's folder is replaced whole); a file changed
 * in place by someone else no longer matches its recorded sha256 and is not used.
 */
function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Keeps the index pagefind has just written into `indexDir` (each file linked, or copied), with
 * the fingerprints of the documents it was given. The old copy goes first, and the record is
 * written last.
 */
export function keepSearchIndex(indexDir: string, keptDir: string, documents: readonly string[], pagefindVersion: string): void {
  rmSync(keptDir, { recursive: true, force: true });
  const files: Record<string, string> = {};
  for (const path of filesOf(indexDir)) {
    const source = join(indexDir, path);
    const target = join(keptDir, filesFolder, path);
    mkdirSync(dirname(target), { recursive: true });
    linkOrCopy(source, target);
    files[path] = sha256(readFileSync(target));
  }
  const record: SearchIndexRecord = { pagefind: pagefindVersion, documents: [...documents], files };
  writeFileSync(join(keptDir, `${recordFile}.partial`), JSON.stringify(record));
  renameSync(join(keptDir, `${recordFile}.partial`), join(keptDir, recordFile));
}

/**
 * Writes the kept index into `indexDir` (which must not exist yet, or be empty). Returns false,
 * having written nothing, when a kept file is missing or not the one recorded.
 */
export function restoreKeptSearchIndex(keptDir: string, record: SearchIndexRecord, indexDir: string): boolean {
  const kept = join(keptDir, filesFolder);
  // Every file read and checked before any is written: a damaged copy leaves nothing behind.
  const files: [string, Buffer][] = [];
  for (const [path, digest] of Object.entries(record.files)) {
    const source = join(kept, path);
    const bytes = existsSync(source) ? readFileSync(source) : undefined;
    if (!bytes || sha256(bytes) !== digest) return false;
    files.push([path, bytes]);
  }
  for (const [path, bytes] of files) {
    const target = join(indexDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return true;
}
