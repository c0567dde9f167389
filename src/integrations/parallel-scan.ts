import { Worker } from 'node:worker_threads';
import type { Finding } from '../lib/findings.ts';
import type { RedactionOptions } from '../lib/redaction-guard.ts';
import type { PublicationScanResult, PublicationSource } from '../../scripts/lib/redaction-check.ts';
import type { ScanJob, ScanReply } from './scan-worker.ts';

/**
 * The second thread of the public build's redaction scan (scan-worker.ts). Started before the
 * scan is known (the build's worker starts it before it validates), so that its modules and word
 * lists are loaded by the time there is something to scan.
 */
export class SecondScanner {
  private readonly worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { workerData: { secondScanner: true } });
  private failure?: Error;
  private pending?: { resolve: (results: [number, PublicationScanResult][]) => void; reject: (error: Error) => void };

  constructor() {
    this.worker.on('message', (reply: ScanReply) => {
      if ('results' in reply) this.pending?.resolve(reply.results);
      else this.fail(new Error(`the second redaction scanner failed: ${reply.error}`));
    });
    this.worker.on('error', (error) => this.fail(new Error(`the second redaction scanner failed: ${error.stack ?? error.message}`)));
    this.worker.on('exit', (code) => this.fail(new Error(`the second redaction scanner stopped (exit code ${code}) before it sent its results.`)));
  }

  /** Scans postmortems of `job` until the shared counter passes the last; resolves with what this thread scanned, by index. */
  scan(job: ScanJob): Promise<[number, PublicationScanResult][]> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.pending = { resolve, reject };
      this.worker.postMessage(job);
    });
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.pending?.reject(this.failure);
  }
}

/**
 * The public build's redaction scan of every public source, on two threads: this one and the
 * second scanner. The scan is the public build's longest part (the language model reads every
 * sentence that may hold a name). Each thread takes the next postmortem from a shared counter,
 * so a thread that starts late (the second loads its modules first) or meets longer posts takes
 * fewer. The results are exactly the sequential scan's, in the same order.
 * `scanHere: false` leaves every postmortem to the second scanner (tests of that thread).
 */
export async function scanForPublicationOnTwoThreads(
  postmortems: readonly PublicationSource[],
  options: RedactionOptions,
  { scanner, scanHere = true }: { scanner?: SecondScanner; scanHere?: boolean } = {},
): Promise<{ findings: Finding[]; allowed: Set<string> }> {
  const { scanOneForPublication, combinePublicationScans } = await import('../../scripts/lib/redaction-check.ts');
  const second = scanner ?? new SecondScanner();
  try {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const theirs = second.scan({ postmortems: [...postmortems], options, next });
    theirs.catch(() => {});
    const results: PublicationScanResult[] = new Array(postmortems.length);
    if (scanHere) {
      for (let index = Atomics.add(next, 0, 1); index < postmortems.length; index = Atomics.add(next, 0, 1)) {
        results[index] = scanOneForPublication(postmortems[index], options);
      }
    }
    for (const [index, result] of await theirs) results[index] = result;
    return combinePublicationScans(results, postmortems, options);
  } finally {
    if (!scanner) await second.stop();
  }
}
