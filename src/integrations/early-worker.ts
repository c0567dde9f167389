// A build's worker, started before Astro is loaded (scripts/lib/astro-build.ts): Node takes
// ~1.5-2 s of one core's CPU to load Astro and reach the integration's first hook, where the
// session would start it, while the other core idles. The worker validates in that time instead
// (and, in the internal build, starts pagefind, whose end the build waits for); the session
// adopts it (kb-session.ts) and hears what it said meanwhile, in order.
// Nothing here loads Astro or the worker's modules.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { KbWorkerJob } from './kb-worker.ts';
import type { KbSessionOptions } from './kb-session.ts';
import type { SearchIndexTiming } from './kb-worker.ts';
import { largestCorpusIndexedBesideAstro } from './deferred-search-index.ts';
import { snapshotImages, type ImageSnapshot } from '../lib/image-snapshot.ts';

/** The worker's module: one place, so that a worker started early runs what the session would. */
export const kbWorkerModule = new URL('./kb-worker.ts', import.meta.url);

/** The worker's job for a session: what the build script gives a worker it starts early (early-worker.ts) too. */
export function kbWorkerJob({ server, variant, contentDir, search, linkBy }: KbSessionOptions): KbWorkerJob {
  return {
    contentDir,
    variant,
    mode: server === 'other' ? 'validate' : server,
    search: server === 'build' && variant === 'internal' ? search : undefined,
    linkBy,
  };
}

/**
 * The session's options for Astro's build of `variant` into `outDir` (the integration's, and what
 * the build script starts a worker early for): the internal site's search index is written into
 * `<outDir>.search` before it moves into the site.
 */
export function buildSessionOptions({ variant, outDir, searchIndex, contentDir, linkBy }: Pick<KbSessionOptions, 'variant' | 'contentDir' | 'linkBy'> & { outDir: string; searchIndex?: SearchIndexTiming }): KbSessionOptions {
  return {
    variant,
    server: 'build',
    contentDir,
    linkBy,
    search: variant === 'internal' ? { dir: `${outDir.replace(/\/$/, '')}.search`, timing: searchIndex ?? 'auto', largestCorpusIndexedBeside: largestCorpusIndexedBesideAstro } : undefined,
  };
}

/** What a worker emitted before the session listened: replayed to it in order. */
type WorkerEvent = ['message', unknown] | ['error', Error] | ['exit', number];

interface EarlyWorker {
  job: string;
  worker: Worker;
  events: WorkerEvent[];
  /** The content folder's images before the worker's validation read them (src/lib/image-snapshot.ts). */
  images: { contentDir: string; snapshot: ImageSnapshot };
}

/** Process-wide, as the session's slot (session-handle.ts): the build script and the integration may load this module apart. */
const slotKey = Symbol.for('postmortem-kb.early-worker');
type Slot = Record<symbol, EarlyWorker | undefined>;

/** The same job whatever order its keys were written in. */
function jobKey(job: KbWorkerJob): string {
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]))
      : value;
  return JSON.stringify(sorted(job));
}

/**
 * Starts the worker for `job` now; the session that asks for the same job takes it
 * ({@link takeEarlyWorker}). It does not keep the process alive until taken: a build that fails
 * before the integration starts still ends.
 */
export function startWorkerEarly(job: KbWorkerJob, start: (job: KbWorkerJob) => Worker = (data) => new Worker(kbWorkerModule, { workerData: { kbWorkerJob: data } })): void {
  const slot = globalThis as Slot;
  if (slot[slotKey]) return;
  // What the integration does before it starts the worker itself: it cannot do them later, once
  // this worker has validated (the images) or written into the search work folder (pagefind may
  // write a small index before Astro has loaded).
  const images = { contentDir: resolve(job.contentDir), snapshot: snapshotImages(resolve(job.contentDir)) };
  if (job.search) rmSync(job.search.dir, { recursive: true, force: true });
  const worker = start(job);
  const events: WorkerEvent[] = [];
  worker.on('message', (message: unknown) => events.push(['message', message]));
  worker.on('error', (error: Error) => events.push(['error', error]));
  worker.on('exit', (code: number) => events.push(['exit', code]));
  worker.unref();
  slot[slotKey] = { job: jobKey(job), worker, events, images };
}

/**
 * The images of `contentDir` as they were before a worker started early for it (not yet taken)
 * validated them; undefined when there is none: the caller takes its own snapshot and clears the
 * search work folder then.
 */
export function imagesBeforeEarlyWorker(contentDir: string): ImageSnapshot | undefined {
  const images = (globalThis as Slot)[slotKey]?.images;
  return images?.contentDir === resolve(contentDir) ? images.snapshot : undefined;
}

/**
 * The worker started early for this very job, once (then undefined): its buffering listeners
 * removed, and `replay` to emit what it said so far to the listeners the caller has attached since.
 * A worker started for another job is stopped: the caller starts its own.
 */
export function takeEarlyWorker(job: KbWorkerJob): { worker: Worker; replay: () => void } | undefined {
  const slot = globalThis as Slot;
  const early = slot[slotKey];
  if (!early) return undefined;
  slot[slotKey] = undefined;
  const { worker, events } = early;
  worker.removeAllListeners('message');
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  if (early.job !== jobKey(job)) {
    void worker.terminate();
    return undefined;
  }
  worker.ref();
  return { worker, replay: () => { for (const [event, value] of events.splice(0)) worker.emit(event, value); } };
}
