import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { findSimilarPostmortems, type SimilarLink } from './similarity.ts';
import { toSimilarityDocumentFromBody } from './similarity-input.ts';
import { sortNewestFirst } from './browse.ts';
import type { Postmortem } from './postmortem-schema.ts';

/**
 * Similar incidents computed by the build script, beside the Astro build, and handed to it in a
 * file. Ranking reads every body; done inside Astro it took 2-3 s of the renderer's time and
 * memory at 1,000 postmortems. `astro dev` (no build script) computes the same links in process.
 */
export interface SimilarLinksFile {
  /** Every postmortem the links were computed over (newest first), with its links. */
  links: Record<string, SimilarLink[]>;
}

/** What the site computes similarity over: one published postmortem with its body. */
export interface SimilarityRecord {
  id: string;
  data: Postmortem;
  body: string;
}

/** Similar links over `records`, in the order the site lists them (newest first), as the site computes them. */
export function computeSimilarLinks(records: readonly SimilarityRecord[]): Map<string, SimilarLink[]> {
  const ordered = sortNewestFirst(records);
  return findSimilarPostmortems(ordered.map((record) => toSimilarityDocumentFromBody(record.id, record.data, record.body)));
}

/** Writes the links atomically (a reader never sees half a file). */
export function writeSimilarLinksFile(path: string, records: readonly SimilarityRecord[]): void {
  const file: SimilarLinksFile = { links: Object.fromEntries(computeSimilarLinks(records)) };
  writeFileSync(`${path}.partial`, JSON.stringify(file));
  renameSync(`${path}.partial`, path);
}

/**
 * Reads the links the build script writes, waiting for the file (the build script computes them
 * while Astro bundles, usually long before they are needed). Fails when they were computed over
 * other postmortems than `expectedIds`, rather than showing links to the wrong incidents.
 */
export async function readSimilarLinksFile(path: string, expectedIds: readonly string[], timeoutMs = 10 * 60_000): Promise<Map<string, SimilarLink[]>> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`similar incidents: ${path} was not written within ${timeoutMs / 1000} s (it comes from scripts/build.ts).`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const file = JSON.parse(readFileSync(path, 'utf8')) as SimilarLinksFile;
  const expected = [...expectedIds].sort();
  const computed = Object.keys(file.links).sort();
  if (expected.length !== computed.length || expected.some((id, i) => id !== computed[i])) {
    throw new Error(`similar incidents: ${path} covers ${computed.length} postmortems, but the site has ${expected.length} (a different set). Rebuild with npm run build.`);
  }
  return new Map(Object.entries(file.links));
}
