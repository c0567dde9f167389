// The internal build's search index built once Astro's process has ended (scripts/build.ts): the
// Astro process writes the search documents into the search work folder and ends; the process
// that started it indexes them.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPostmortemFiles } from '../lib/content-files.ts';
import type { SearchDocument } from '../lib/search-document.ts';
import { searchWordsFileName } from '../lib/search-words.ts';

/**
 * pagefind's memory peaks while it writes the index: 2.1 GB for 5,000 synthetic postmortems of
 * 12 KB of text each. Beside Astro, or after Astro in the same process, that peak adds to the
 * 1.7-1.9 GB the build's process holds until it exits, about a bare Astro build's own peak. Above
 * this many postmortem files `scripts/build.ts` therefore writes the index once Astro's process has
 * ended (pagefind reads the documents while Astro renders; only the writing, its peak, waits), at
 * the cost of that writing's time (about 20 s at 5,000). Up to it, where the peaks are small, the
 * index is built beside Astro, which is faster (docs/performance.md, session 21).
 */
export const largestCorpusIndexedBesideAstro = 2000;

/**
 * Whether `auto` indexes beside Astro: at most `largest` postmortem files (files, known before
 * validation: at least as many as the documents; a missing folder has none). Undefined when a
 * folder in it cannot be listed: validation then reports it, and neither way of indexing is started.
 */
export function autoIndexesBesideAstro(contentDir: string, largest = largestCorpusIndexedBesideAstro): boolean | undefined {
  try {
    return listPostmortemFiles(join(contentDir, 'postmortems')).length <= largest;
  } catch {
    return undefined;
  }
}

/**
 * Whether scripts/build.ts indexes after Astro's process has ended: `--search-index after`, or
 * `auto` with more postmortem files than {@link largestCorpusIndexedBesideAstro}.
 */
export function indexesAfterAstroProcess(timing: 'auto' | 'beside' | 'after', contentDir: string): boolean {
  return timing === 'auto' ? autoIndexesBesideAstro(contentDir) === false : timing === 'after';
}

/** The documents' file in the search work folder. */
const deferredDocumentsFileName = 'search-documents.json';

/**
 * Writes the spelling-suggestion words and the documents for the index built by the process that
 * started this build. The documents' file appears whole (written aside, then renamed): that
 * process starts indexing it as soon as it is there, while Astro still renders.
 */
export function writeDeferredSearchDocuments(searchDir: string, documents: readonly SearchDocument[], words: string): void {
  mkdirSync(searchDir, { recursive: true });
  writeFileSync(join(searchDir, searchWordsFileName), words);
  const documentsFile = join(searchDir, deferredDocumentsFileName);
  writeFileSync(`${documentsFile}.partial`, JSON.stringify(documents));
  renameSync(`${documentsFile}.partial`, documentsFile);
}

/** A search index waiting for the documents an Astro build in another process writes. */
export interface DeferredSearchIndex {
  /** Once the Astro process has ended well: indexes the documents if not yet sent, writes the index and the words file into the index folder; resolves with the number of pages. */
  finish(): Promise<number>;
}

/**
 * Starts pagefind (on a thread of its own, which fails rather than hangs if pagefind's process
 * dies) before the Astro build, and sends it the documents file as soon as the Astro process has
 * written it (looked for every 250 ms): pagefind reads its documents while Astro renders its
 * last pages, and only its peak, which comes when it writes the index, waits for Astro's process
 * to end. The words file is written beside the index at the end (pagefind writes its folder
 * afresh).
 */
export async function startDeferredSearchIndex(searchDir: string, indexDir: string): Promise<DeferredSearchIndex> {
  const { startSearchIndexThread } = await import('./search-index-thread.ts');
  const thread = startSearchIndexThread(indexDir);
  const documentsFile = join(searchDir, deferredDocumentsFileName);
  let sent = false;
  const sendWhenWritten = () => {
    if (sent || !existsSync(documentsFile)) return;
    sent = true;
    thread.addFile(documentsFile);
  };
  const looking = setInterval(sendWhenWritten, 250);
  looking.unref();
  return {
    async finish() {
      clearInterval(looking);
      sendWhenWritten();
      if (!sent) throw new Error(`the Astro build wrote no search documents into ${searchDir}.`);
      const pages = await thread.finish();
      writeFileSync(join(indexDir, searchWordsFileName), readFileSync(join(searchDir, searchWordsFileName), 'utf8'));
      return pages;
    },
  };
}
