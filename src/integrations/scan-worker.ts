// The second scanner of the public build's redaction scan (parallel-scan.ts): scans the public
// text of the postmortems it is given, with the options it is given, and sends the results back
// in the same order. Nothing here touches Astro.
import { parentPort, workerData } from 'node:worker_threads';
import type { RedactionOptions } from '../lib/redaction-guard.ts';
import type { PublicationSource } from '../../scripts/lib/redaction-check.ts';

export interface ScanJob {
  postmortems: PublicationSource[];
  options: RedactionOptions;
}

if (parentPort && (workerData as { scanJob?: ScanJob } | undefined)?.scanJob) {
  const { postmortems, options } = (workerData as { scanJob: ScanJob }).scanJob;
  const { scanOneForPublication } = await import('../../scripts/lib/redaction-check.ts');
  try {
    parentPort.postMessage({ results: postmortems.map((postmortem) => scanOneForPublication(postmortem, options)) });
  } catch (error) {
    parentPort.postMessage({ error: (error as Error).stack ?? String(error) });
  }
}
