// The internal build's search index built once Astro's process has ended (scripts/build.ts): the
// Astro process writes the search documents into the search work folder and ends; the process
// that started it indexes them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPostmortemFiles } from '../lib/content-files.ts';
import type { SearchDocument } from '../lib/search-document.ts';
import { searchWordsFileName } from '../lib/search-words.ts';

/**
 * pagefind's memory peaks while it writes the index: 2.1 GB for 5,000 synthetic postmortems of
 * 12 KB of text each. Beside Astro, or after Astro in the same process, that peak adds to the
 * 1.7-1.9 GB the build's process holds until it exits, about a bare Astro build's own peak. Above
 * this many postmortem files `scripts/build.ts` therefore indexes once Astro's process has ended:
 * the peak is then the larger of the two, and the index's time (about 30 s at 5,000) no longer
 * overlaps Astro's. Up to it, where the peaks are small, the index is built beside Astro, which is
 * faster (docs/performance.md, session 21).
 */
export const largestCorpusIndexedBesideAstro = 2000;

/**
 * Whether scripts/build.ts indexes after Astro's process has ended: `--search-index after`, or
 * `auto` with more postmortem files than {@link largestCorpusIndexedBesideAstro} (files, known
 * before validation: at least as many as the documents).
 */
export function indexesAfterAstroProcess(timing: 'auto' | 'beside' | 'after', contentDir: string): boolean {
  if (timing !== 'auto') return timing === 'after';
  try {
    return listPostmortemFiles(join(contentDir, 'postmortems')).length > largestCorpusIndexedBesideAstro;
  } catch {
    return false; // Validation reports the missing folder.
  }
}

/** The documents' file in the search work folder. */
const deferredDocumentsFileName = 'search-documents.json';

/** Writes the documents and the spelling-suggestion words for the index built after this process ends. */
export function writeDeferredSearchDocuments(searchDir: string, documents: readonly SearchDocument[], words: string): void {
  mkdirSync(searchDir, { recursive: true });
  writeFileSync(join(searchDir, deferredDocumentsFileName), JSON.stringify(documents));
  writeFileSync(join(searchDir, searchWordsFileName), words);
}

/**
 * Indexes the documents an Astro build left in `searchDir` into `indexDir` (pagefind on a thread
 * of its own, which reads them and fails rather than hangs if pagefind's process dies), then
 * writes the words file beside the index (pagefind writes its folder afresh). Resolves with the
 * number of pages.
 */
export async function indexDeferredSearchDocuments(searchDir: string, indexDir: string): Promise<number> {
  const words = readFileSync(join(searchDir, searchWordsFileName), 'utf8');
  const { indexDocumentFileOnOwnThread } = await import('./search-index-thread.ts');
  const pages = await indexDocumentFileOnOwnThread(join(searchDir, deferredDocumentsFileName), indexDir);
  writeFileSync(join(indexDir, searchWordsFileName), words);
  return pages;
}
