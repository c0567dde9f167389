// The similar links a build computed, kept for the next build of the same content folder (session 63,
// docs/performance.md). Similar links are a function of the similarity input of every shown
// postmortem (ranking reads corpus-wide statistics, so one edited body may move any post's links),
// of `similarity.linkBy` and of the code that computes them. A rebuild whose key is the last
// build's (a rebuild with nothing changed, or after a change to a template, the style, a field
// similarity does not read) takes the kept links instead of computing them again: 3-4 s of the
// build worker's CPU at 1,000 postmortems, at the end of the worker's chain that Astro's post pages
// wait for. Any other rebuild computes them, as a cold build does.
//
// Pure: the caller reads and writes the file (src/integrations/similar-links-cache.ts).
import { createHash } from 'node:crypto';
import type { SimilarLink } from './similarity.ts';
import { compareText } from './compare-text.ts';
import { parsedJsonObject } from './parsed-json-object.ts';

/** The record's format: a record of another format is not read. */
const recordFormat = 'similar-links 1';

/** What the key is made of; each part is a string the caller reads once per build. */
export interface SimilarLinksKeyParts {
  /** The similarity input of each record, by id, in the records' order (`digestSimilarityInput`). */
  inputDigests: ReadonlyMap<string, string>;
  /** site.config.ts `similarity.linkBy`. */
  linkBy: string;
  /** What computes the links: the sources of similar-links.ts's module graph, the installed packages, Node's version. */
  code: string;
}

/** The key of a build's similar links: equal keys give equal links. */
export function similarLinksKey(parts: SimilarLinksKeyParts): string {
  const hash = createHash('sha256').update(recordFormat).update('\0').update(parts.code).update('\0').update(parts.linkBy).update('\0');
  for (const [id, digest] of parts.inputDigests) hash.update(id).update('\0').update(digest).update('\n');
  return hash.digest('hex');
}

/** The record's text, or undefined when a link cannot be written as JSON and read back the same (a score that is not a finite number). */
export function formatSimilarLinksRecord(key: string, links: Iterable<readonly [string, readonly SimilarLink[]]>): string | undefined {
  const entries = [...links];
  if (!entries.every(([, list]) => list.every((link) => Number.isFinite(link.score) && !Object.is(link.score, -0)))) return undefined;
  return JSON.stringify({ format: recordFormat, key, links: entries });
}

/**
 * The links of a kept record when it was written for `key`; undefined when it is not a record, is
 * of another format or key, or any link is not a link (a damaged file is computed again, not used).
 */
export function parseSimilarLinksRecord(text: string, key: string): [string, SimilarLink[]][] | undefined {
  const record = parsedJsonObject(text);
  if (!record || record.format !== recordFormat || record.key !== key || !Array.isArray(record.links)) return undefined;
  const links = record.links as unknown[];
  return links.every(isLinksEntry) ? (links as [string, SimilarLink[]][]) : undefined;
}

function isLinksEntry(entry: unknown): boolean {
  return Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && Array.isArray(entry[1]) && (entry[1] as unknown[]).every(isLink);
}

function isLink(link: unknown): boolean {
  if (!link || typeof link !== 'object') return false;
  const { id, score, pinned, reason, ...rest } = link as Record<string, unknown>;
  return typeof id === 'string' && typeof score === 'number' && Number.isFinite(score) && typeof pinned === 'boolean' && typeof reason === 'string' && Object.keys(rest).length === 0;
}

/**
 * The relative modules a TypeScript module's source imports (static `import`/`export ... from` and
 * `import('...')` with a literal path), as written. Read from our own sources only, to know which
 * files compute the links; a module reached otherwise (a path built at run time) is not followed.
 */
export function relativeImportsOf(source: string): string[] {
  const found: string[] = [];
  // Anchored at the keyword; one quoted path without line breaks: linear on any text.
  for (const match of source.matchAll(/\b(?:from|import)\s*\(?\s*(['"])(\.{1,2}\/[^'"\n]+)\1/g)) found.push(match[2]);
  return found;
}

/**
 * Every module reachable from `entry` through relative imports ({@link relativeImportsOf}), with
 * its source, sorted by path: `read` gives a module's source, `resolveFrom` a written import's path
 * from the importing module's path.
 */
export function moduleGraphSources(entry: string, read: (path: string) => string, resolveFrom: (from: string, written: string) => string): [string, string][] {
  const sources = new Map<string, string>();
  const queue = [entry];
  while (queue.length) {
    const path = queue.pop()!;
    if (sources.has(path)) continue;
    const source = read(path);
    sources.set(path, source);
    for (const written of relativeImportsOf(source)) queue.push(resolveFrom(path, written));
  }
  // By code unit, not by locale: the key must be the same on every machine.
  return [...sources].sort(([a], [b]) => compareText(a, b));
}
