import * as pagefind from 'pagefind';
import type { SearchDocument } from '../../src/lib/search-document.ts';
import { withPagefindAllocatorSettings } from '../../src/lib/pagefind-allocator.ts';

/** Starts pagefind with one index (offline: the binary ships in @pagefind/linux-x64). */
async function openIndex(): Promise<pagefind.PagefindIndex> {
  // pagefind's process is spawned inside `createIndex`, synchronously, with this process's environment.
  const { index, errors } = await withPagefindAllocatorSettings(process.env, () => pagefind.createIndex({}));
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Runs one pagefind index and closes it. */
async function withIndex<T>(build: (index: pagefind.PagefindIndex) => Promise<T>): Promise<T> {
  const index = await openIndex();
  try {
    return await build(index);
  } finally {
    await pagefind.close();
  }
}

async function writeIndex(index: pagefind.PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
}

/**
 * Indexes a built site with pagefind and writes the index into `<siteDir>/pagefind/`. Only
 * elements marked `data-pagefind-body` are indexed, so navigation and list pages stay out of the
 * results. The public site uses this: its index holds exactly what its built pages (which the
 * redaction guard has scanned) say.
 */
export async function indexSiteForSearch(siteDir: string): Promise<number> {
  return withIndex(async (index) => {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    await writeIndex(index, `${siteDir}/pagefind`);
    return added.page_count;
  });
}

/** A pagefind index that takes documents as they are made, and writes itself when told. */
export interface SearchIndexWriter {
  /** Sends the documents to pagefind now; they are indexed in the order they are added. */
  add(documents: readonly SearchDocument[]): void;
  /** Waits for every document, writes the index into the output folder, closes pagefind; resolves with the number of pages. */
  finish(): Promise<number>;
  /** Closes pagefind without writing an index (the build reuses the last one). */
  close(): Promise<void>;
}

/**
 * Starts pagefind for an index of search documents built from the sources (see
 * src/lib/search-document.ts), written into `outputPath` at `finish`. The internal build starts
 * it while its worker validates, and adds the documents as they are made.
 */
export async function startSearchIndex(outputPath: string): Promise<SearchIndexWriter> {
  const index = await openIndex();
  // pagefind works through its queue in its own process; sending every document before waiting
  // keeps it busy instead of paying a round trip per page.
  const added: Promise<{ errors: string[] }>[] = [];
  return {
    add(documents) {
      for (const document of documents) {
        const result = index.addHTMLFile({ url: document.url, content: document.html });
        result.catch(() => {}); // Reported by finish.
        added.push(result);
      }
    },
    async finish() {
      try {
        const failed = (await Promise.all(added)).flatMap((result) => result.errors);
        if (failed.length) throw new Error(failed.join('; '));
        await writeIndex(index, outputPath);
        return added.length;
      } finally {
        await pagefind.close();
      }
    },
    async close() {
      await Promise.allSettled(added);
      await pagefind.close();
    },
  };
}

/**
 * Indexes search documents built from the sources and writes the index into `outputPath`, on the
 * calling thread. If pagefind's process dies, this never settles: the pagefind client does not
 * watch its process. The build and `npm run eval:search` call `indexDocumentsOnOwnThread`
 * (src/integrations/search-index-thread.ts) instead, which fails then; the tests use this one as
 * the reference index.
 */
export async function indexDocumentsForSearch(documents: readonly SearchDocument[], outputPath: string): Promise<number> {
  const writer = await startSearchIndex(outputPath);
  writer.add(documents);
  return writer.finish();
}
