import { Worker } from 'node:worker_threads';
import type { Finding } from '../lib/findings.ts';
import type { RedactionOptions } from '../lib/redaction-guard.ts';
import type { PublicationSource } from '../../scripts/lib/redaction-check.ts';
import type { ScanJob } from './scan-worker.ts';

type ScanResult = { findings: Finding[]; allowed: string[] };

/**
 * The public build's redaction scan of every public source, on two threads: the build's worker
 * scans every other postmortem and a second worker (scan-worker.ts) the rest. The scan is the
 * public build's longest part (the language model reads every sentence that may hold a name),
 * and Astro's own work ends long before it; one thread each halves what is left after Astro.
 * The results are exactly the sequential scan's, in the same order.
 */
export async function scanForPublicationOnTwoThreads(postmortems: readonly PublicationSource[], options: RedactionOptions): Promise<{ findings: Finding[]; allowed: Set<string> }> {
  const { scanOneForPublication } = await import('../../scripts/lib/redaction-check.ts');
  // Odd positions to the second worker: neighbours in file order are alike in size, so the two
  // halves take about as long.
  const theirs = postmortems.filter((_, index) => index % 2 === 1);
  const other = theirs.length ? scanOnWorker({ postmortems: theirs, options }) : Promise.resolve([]);
  other.catch(() => {});
  const ours = postmortems.filter((_, index) => index % 2 === 0).map((postmortem) => scanOneForPublication(postmortem, options));
  const theirResults = await other;
  const findings: Finding[] = [];
  const allowed = new Set<string>();
  postmortems.forEach((_, index) => {
    const result = index % 2 === 0 ? ours[index / 2] : theirResults[(index - 1) / 2];
    findings.push(...result.findings);
    result.allowed.forEach((key) => allowed.add(key));
  });
  return { findings, allowed };
}

function scanOnWorker(job: ScanJob): Promise<ScanResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { workerData: { scanJob: job } });
    worker.once('message', (message: { results?: ScanResult[]; error?: string }) => {
      if (message.results) resolve(message.results);
      else reject(new Error(`the second redaction scanner failed: ${message.error}`));
      void worker.terminate();
    });
    worker.once('error', (error) => reject(new Error(`the second redaction scanner failed: ${error.stack ?? error.message}`)));
    worker.once('exit', (code) => reject(new Error(`the second redaction scanner stopped (exit code ${code}) before it sent its results.`)));
  });
}
