// The second scanner of the public build's redaction scan (parallel-scan.ts). It is started
// before there is anything to scan: it loads the scan's modules and word lists while the build's
// worker validates, then scans the postmortems the shared counter
// gives it and sends back each result with its index. Nothing here touches Astro.
import { parentPort, workerData } from 'node:worker_threads';
import type { RedactionOptions } from '../lib/redaction-guard.ts';
import type { PublicationScanResult, PublicationSource } from '../../scripts/lib/redaction-check.ts';

export interface ScanJob {
  postmortems: PublicationSource[];
  options: RedactionOptions;
  /** The index of the next postmortem to scan, shared by both threads (taken with `Atomics.add`). */
  next: Int32Array;
}

export type ScanReply = { results: [number, PublicationScanResult][] } | { error: string };

if (parentPort && (workerData as { secondScanner?: boolean } | undefined)?.secondScanner) {
  const port = parentPort;
  const { scanOneForPublication } = await import('../../scripts/lib/redaction-check.ts');
  const { isEnglishWord } = await import('../lib/publication/people.ts');
  // The word list is read on first use; read it now, not on the first postmortem.
  isEnglishWord('warm');
  port.on('message', ({ postmortems, options, next }: ScanJob) => {
    try {
      const results: [number, PublicationScanResult][] = [];
      for (let index = Atomics.add(next, 0, 1); index < postmortems.length; index = Atomics.add(next, 0, 1)) {
        results.push([index, scanOneForPublication(postmortems[index], options)]);
      }
      port.postMessage({ results } satisfies ScanReply);
    } catch (error) {
      port.postMessage({ error: (error as Error).stack ?? String(error) } satisfies ScanReply);
    }
  });
}
