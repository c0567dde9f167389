// The last internal build's similar links, kept in Astro's cache folder for the content folder
// (site.config.ts `contentCacheDir`) under a key of everything they are computed from
// (src/lib/similar-links-record.ts): a rebuild with the same key takes them instead of computing
// them again. The cache folder goes with the content: a cold build (no cache folder) computes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SimilarLink } from '../lib/similarity.ts';
import { formatSimilarLinksRecord, moduleGraphSources, parseSimilarLinksRecord } from '../lib/similar-links-record.ts';

/** The project's root (Astro's root: scripts/lib/astro-build.ts); the cache folder is relative to it. */
const projectRoot = resolve(import.meta.dirname, '../..');

/** The kept links' file in the content folder's Astro cache folder (`contentCacheDir`, relative to the project). */
export function keptSimilarLinksFile(cacheDir: string): string {
  return join(resolve(projectRoot, cacheDir), 'similar-links.json');
}

let codeOfLinks: string | undefined;

/**
 * What computes the links, read once per process: the source of every module similar-links.ts
 * reaches (paths relative to the project, so a copy of the project elsewhere keeps its key), the
 * installed packages (package-lock.json: the stemmer, for one) and Node's version (its
 * `Intl.Segmenter` and regular expressions' Unicode tables).
 */
export function similarLinksCode(): string {
  if (codeOfLinks !== undefined) return codeOfLinks;
  const hash = createHash('sha256').update(process.version).update('\0');
  const lock = join(projectRoot, 'package-lock.json');
  hash.update(existsSync(lock) ? readFileSync(lock) : 'no package-lock.json').update('\0');
  const sources = moduleGraphSources(join(projectRoot, 'src/lib/similar-links.ts'), (path) => readFileSync(path, 'utf8'), (from, written) => resolve(dirname(from), written));
  for (const [path, source] of sources) hash.update(relative(projectRoot, path).split(sep).join('/')).update('\0').update(source).update('\0');
  return (codeOfLinks = hash.digest('hex'));
}

/** The kept links when the file was written for `key`; undefined when there is none or it is not usable. */
export function readKeptSimilarLinks(file: string, key: string): [string, SimilarLink[]][] | undefined {
  if (!existsSync(file)) return undefined;
  return parseSimilarLinksRecord(readFileSync(file, 'utf8'), key);
}

/**
 * Keeps this build's links under `key`: written beside and renamed, so a build cut short leaves the
 * last whole file or none. A failure to write is not the build's: the next build computes again.
 */
export function keepSimilarLinks(file: string, key: string, links: Iterable<readonly [string, readonly SimilarLink[]]>): void {
  const text = formatSimilarLinksRecord(key, links);
  if (text === undefined) return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const written = `${file}.${process.pid}.tmp`;
    writeFileSync(written, text);
    renameSync(written, file);
  } catch {
    // The cache folder is an optimisation; a read-only or full disk only costs the next build the computation.
  }
}
