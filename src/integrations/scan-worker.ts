// The second scanner of the public site's redaction scan of its sources under `astro dev`
// (parallel-scan.ts; a build's second scanner is Astro's own thread). It loads the scan's modules
// and word lists, then scans the postmortems the shared counter gives it and sends back each
// result with its index. Nothing here touches Astro.
import { parentPort, workerData } from 'node:worker_threads';
import type { RedactionOptions } from '../lib/redaction-guard.ts';
import type { PublicationScanResult, PublicationSource } from '../../scripts/lib/redaction-check.ts';

export interface ScanJob {
  postmortems: PublicationSource[];
  options: RedactionOptions;
  /** The scan's shared state (parallel-scan.ts): the index of the next postmortem to scan, shared by every thread of the scan. */
  next: Int32Array;
}

export type ScanReply = { results: [number, PublicationScanResult][] } | { error: string };

if (parentPort && (workerData as { secondScanner?: boolean } | undefined)?.secondScanner) {
  const port = parentPort;
  const { scanOneForPublication } = await import('../../scripts/lib/redaction-check.ts');
  const { isEnglishWord } = await import('../lib/publication/people.ts');
  const { scanFromCounter } = await import('./parallel-scan.ts');
  // The word list is read on first use; read it now, not on the first postmortem.
  isEnglishWord('warm');
  port.on('message', ({ postmortems, options, next }: ScanJob) => {
    try {
      port.postMessage({ results: scanFromCounter(scanOneForPublication, postmortems, options, next) } satisfies ScanReply);
    } catch (error) {
      port.postMessage({ error: (error as Error).stack ?? String(error) } satisfies ScanReply);
    }
  });
}
