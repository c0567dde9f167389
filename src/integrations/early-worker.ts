// The public build's worker, started before Astro is loaded (scripts/lib/astro-build.ts): Node
// takes ~2 s of one core's CPU at 1,000 postmortems to load Astro and reach the integration's first
// hook, where the session would start it, while the other core idles. The worker validates in that
// time instead; the session adopts it (kb-session.ts) and hears what it said meanwhile, in order.
// Nothing here loads Astro or the worker's modules.
import { Worker } from 'node:worker_threads';
import type { KbWorkerJob } from './kb-worker.ts';
import type { KbSessionOptions } from './kb-session.ts';

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

/** What a worker emitted before the session listened: replayed to it in order. */
type WorkerEvent = ['message', unknown] | ['error', Error] | ['exit', number];

interface EarlyWorker {
  job: string;
  worker: Worker;
  events: WorkerEvent[];
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
  const worker = start(job);
  const events: WorkerEvent[] = [];
  worker.on('message', (message: unknown) => events.push(['message', message]));
  worker.on('error', (error: Error) => events.push(['error', error]));
  worker.on('exit', (code: number) => events.push(['exit', code]));
  worker.unref();
  slot[slotKey] = { job: jobKey(job), worker, events };
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
