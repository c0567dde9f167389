// The internal build's search index on a thread of its own, started by the build's worker
// (kb-worker.ts). pagefind reads its documents from a pipe at its own pace (about 3 s for 1,000).
// Fed from the build's worker, it got about 64 KB and then waited while that thread computed
// similar incidents without returning to its event loop (1.5-2 s), so it ended after Astro's last
// page; here the event loop has nothing else to do.
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { SearchDocument } from '../lib/search-document.ts';

interface SearchIndexJob {
  documents: readonly SearchDocument[];
  outputPath: string;
}

type SearchIndexReply = { pages: number } | { error: string };

/** Indexes `documents` with pagefind on a new thread and writes the index into `outputPath`; resolves with the number of pages. */
export function indexDocumentsOnOwnThread(documents: readonly SearchDocument[], outputPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { searchIndexJob: { documents, outputPath } satisfies SearchIndexJob } });
    worker.once('message', (reply: SearchIndexReply) => {
      if ('pages' in reply) resolve(reply.pages);
      else reject(new Error(reply.error));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index thread stopped (exit code ${code}) before pagefind finished; pagefind's own message, if any, is printed above.`)));
  });
}

const job = (workerData as { searchIndexJob?: SearchIndexJob } | undefined)?.searchIndexJob;
if (parentPort && job) {
  const { indexDocumentsForSearch } = await import('../../scripts/lib/search-index.ts');
  try {
    parentPort.postMessage({ pages: await indexDocumentsForSearch(job.documents, job.outputPath) } satisfies SearchIndexReply);
  } catch (error) {
    parentPort.postMessage({ error: (error as Error).stack ?? String(error) } satisfies SearchIndexReply);
  }
}
