import { Worker } from 'node:worker_threads';
import type { Finding } from '../lib/findings.ts';
import type { RedactionOptions } from '../lib/redaction-guard.ts';
import type { PublicationScanResult, PublicationSource } from '../../scripts/lib/redaction-check.ts';
import type { ScanJob, ScanReply } from './scan-worker.ts';

/**
 * A second thread for the redaction scan of the public sources (scan-worker.ts), under `astro
 * dev`. A build has none since session 29: its Astro thread joins the scan once its pages are
 * written ({@link AstroThreadHelp}), and a thread of its own loaded the scan's modules again
 * (~2 s of CPU) while Astro's pages needed the cores. It can be started before the scan is known
 * and serve several scans.
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
 * The shared state of one scan, in a SharedArrayBuffer that every thread of the scan holds:
 * `[next]` is the index of the next postmortem to scan (taken with `Atomics.add`), `[door]`
 * whether Astro's thread may still join ({@link AstroThreadHelp}).
 */
const next = 0;
const door = 1;
const open = 0;
/** Set by the scan's own thread once it has taken its last postmortem: Astro's thread scans none. */
const closed = 1;
/** Set by Astro's thread: it takes postmortems too, and the scan waits for what it scanned. */
const joined = 2;

/** What a thread that helps with one scan is sent: the postmortems and the shared state above. */
export interface ScanShare {
  postmortems: PublicationSource[];
  shared: Int32Array;
}

/**
 * Astro's thread, as a helper of the scan that runs on the build's worker: it has nothing to do
 * once its pages are written but wait for this scan, so it takes postmortems from the same
 * counter ({@link scanAsAstroThread}). `offer` sends it the share (it joins at `astro:build:done`);
 * `results` is what it scanned, asked for only if it joined.
 */
export interface AstroThreadHelp {
  offer(share: ScanShare): void;
  results(): Promise<[number, PublicationScanResult][]>;
}

/**
 * Scans the postmortems of a share until its counter passes the last, or `most` of them; what
 * this thread scanned, by index.
 */
export function scanFromCounter(
  scanOne: (postmortem: PublicationSource, options: RedactionOptions) => PublicationScanResult,
  postmortems: readonly PublicationSource[],
  options: RedactionOptions,
  shared: Int32Array,
  most = Infinity,
): [number, PublicationScanResult][] {
  const results: [number, PublicationScanResult][] = [];
  while (results.length < most) {
    const index = Atomics.add(shared, next, 1);
    if (index >= postmortems.length) break;
    results.push([index, scanOne(postmortems[index], options)]);
  }
  return results;
}

/**
 * Astro's thread joins a scan offered to it (kb-session.ts, at `astro:build:done`): unless the
 * scan's own thread has taken every postmortem already (then `undefined`: nothing to send back),
 * it scans postmortems from the shared counter, and its reply must be sent to the scan.
 */
export async function scanAsAstroThread({ postmortems, shared }: ScanShare, options: RedactionOptions): Promise<ScanReply | undefined> {
  if (Atomics.compareExchange(shared, door, open, joined) !== open) return undefined;
  try {
    const { scanOneForPublication } = await import('../../scripts/lib/redaction-check.ts');
    const results: [number, PublicationScanResult][] = [];
    for (let taken = scanFromCounter(scanOneForPublication, postmortems, options, shared, 1); taken.length; taken = scanFromCounter(scanOneForPublication, postmortems, options, shared, 1)) {
      results.push(...taken);
      // One postmortem at a time: pagefind indexes the built pages meanwhile, in its own process,
      // but goes on to its next step only when this thread's event loop reads its reply.
      await new Promise((go) => setImmediate(go));
    }
    return { results };
  } catch (error) {
    return { error: (error as Error).stack ?? String(error) };
  }
}

/**
 * The public build's redaction scan of every public source, on this thread and up to two helpers
 * that take postmortems from the same counter: a second scanner thread and Astro's thread once
 * its pages are written. The scan is the public build's longest part (the language model reads
 * every sentence that may hold a name). A thread that starts late (the second loads its modules
 * first, Astro's writes its pages) or meets longer posts takes fewer. The results are exactly the
 * sequential scan's, in the same order.
 * `scanHere: false` leaves every postmortem to the helpers (tests of those threads);
 * `scanner: null` starts no second scanner.
 */
export async function scanForPublicationOnTwoThreads(
  postmortems: readonly PublicationSource[],
  options: RedactionOptions,
  { scanner, scanHere = true, astroThread }: { scanner?: SecondScanner | null; scanHere?: boolean; astroThread?: AstroThreadHelp } = {},
): Promise<{ findings: Finding[]; allowed: Set<string> }> {
  const { scanOneForPublication, combinePublicationScans } = await import('../../scripts/lib/redaction-check.ts');
  const second = scanner === null ? undefined : (scanner ?? new SecondScanner());
  try {
    const shared = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const theirs = second?.scan({ postmortems: [...postmortems], options, next: shared });
    theirs?.catch(() => {});
    astroThread?.offer({ postmortems: [...postmortems], shared });
    const results: PublicationScanResult[] = new Array(postmortems.length);
    if (scanHere) for (const [index, result] of scanFromCounter(scanOneForPublication, postmortems, options, shared)) results[index] = result;
    for (const [index, result] of (await theirs) ?? []) results[index] = result;
    // Every postmortem is taken: Astro's thread joins no more, or has joined and sends what it scanned.
    if (astroThread && Atomics.compareExchange(shared, door, open, closed) === joined) {
      for (const [index, result] of await astroThread.results()) results[index] = result;
    }
    return combinePublicationScans(results, postmortems, options);
  } finally {
    if (scanner === undefined) await second?.stop();
  }
}
