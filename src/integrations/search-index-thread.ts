// The internal build's search index on a thread of its own, started by the build's worker
// (kb-worker.ts). pagefind reads its documents from a pipe at its own pace (about 3 s for 1,000).
// Fed from the build's worker, it got about 64 KB and then waited while that thread computed
// similar incidents without returning to its event loop (1.5-2 s), so it ended after Astro's last
// page; here the event loop has nothing else to do.
import { readFileSync } from 'node:fs';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { SearchDocument } from '../lib/search-document.ts';
import type { SearchIndexWriter } from '../../scripts/lib/search-index.ts';

interface SearchIndexJob {
  outputPath: string;
}

type SearchIndexRequest = { type: 'add'; documents: readonly SearchDocument[] } | { type: 'add-file'; path: string } | { type: 'finish' } | { type: 'close' };
type SearchIndexReply = { pages: number } | { error: string };

/** A search index being built on a thread of its own: documents go in as they are made. */
export interface SearchIndexThread {
  /** Hands documents to the thread, which sends them on to pagefind in this order. */
  add(documents: readonly SearchDocument[]): void;
  /** Has the thread read documents from a JSON file (an array of documents) and send them on, in this order. */
  addFile(path: string): void;
  /** Asks for the index to be written; resolves with the number of pages. */
  finish(): Promise<number>;
  /** Closes pagefind without writing an index (the build reuses the last one); resolves with 0 pages. */
  close(): Promise<number>;
}

/**
 * Starts the thread, which loads pagefind and starts its process at once, before any document:
 * the build's worker does this before it validates, so pagefind is ready when the first
 * documents are. The thread does not keep the process alive until `finish` is called (a build
 * that stops on invalid postmortems never calls it).
 */
export function startSearchIndexThread(outputPath: string): SearchIndexThread {
  const worker = new Worker(new URL(import.meta.url), { workerData: { searchIndexJob: { outputPath } satisfies SearchIndexJob } });
  const written = new Promise<number>((resolve, reject) => {
    worker.once('message', (reply: SearchIndexReply) => {
      if ('pages' in reply) resolve(reply.pages);
      else reject(new Error(reply.error));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index thread stopped (exit code ${code}) before pagefind finished; pagefind's own message, if any, is printed above.`)));
  });
  // After the listeners: adding a 'message' listener holds the process again.
  worker.unref();
  written.catch(() => {}); // Reported by finish.
  return {
    add(documents) {
      worker.postMessage({ type: 'add', documents } satisfies SearchIndexRequest);
    },
    addFile(path) {
      worker.postMessage({ type: 'add-file', path } satisfies SearchIndexRequest);
    },
    finish() {
      worker.ref();
      worker.postMessage({ type: 'finish' } satisfies SearchIndexRequest);
      return written;
    },
    close() {
      worker.ref();
      worker.postMessage({ type: 'close' } satisfies SearchIndexRequest);
      return written;
    },
  };
}

/** Indexes `documents` with pagefind on a new thread and writes the index into `outputPath`; resolves with the number of pages. */
export function indexDocumentsOnOwnThread(documents: readonly SearchDocument[], outputPath: string): Promise<number> {
  const thread = startSearchIndexThread(outputPath);
  thread.add(documents);
  return thread.finish();
}

const job = (workerData as { searchIndexJob?: SearchIndexJob } | undefined)?.searchIndexJob;
if (parentPort && job) {
  const port = parentPort;
  const fail = (error: unknown) => port.postMessage({ error: (error as Error).stack ?? String(error) } satisfies SearchIndexReply);
  // Requests are handled one after the other, in the order they came.
  let queue: Promise<SearchIndexWriter | undefined> = import('../../scripts/lib/search-index.ts').then(({ startSearchIndex }) => startSearchIndex(job.outputPath));
  queue.catch(() => {});
  port.on('message', (request: SearchIndexRequest) => {
    queue = queue.then(async (writer) => {
      if (!writer) return undefined;
      if (request.type === 'add') {
        writer.add(request.documents);
        return writer;
      }
      if (request.type === 'add-file') {
        writer.add(JSON.parse(readFileSync(request.path, 'utf8')) as SearchDocument[]);
        return writer;
      }
      if (request.type === 'close') {
        port.unref();
        await writer.close();
        port.postMessage({ pages: 0 } satisfies SearchIndexReply);
        return undefined;
      }
      // From here only pagefind keeps this thread alive: if its process dies (it panics on an
      // unwritable output folder, say), the thread ends and the build hears of it.
      port.unref();
      port.postMessage({ pages: await writer.finish() } satisfies SearchIndexReply);
      return undefined;
    }).catch((error: unknown) => {
      fail(error);
      return undefined;
    });
  });
}
