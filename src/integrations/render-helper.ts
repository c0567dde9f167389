import { Worker } from 'node:worker_threads';
import type { MarkdownSettings, RenderedMarkdown } from './body-renderer.ts';
import type { RenderRequest, RenderWorkerMessage } from './render-worker.ts';

export type HelperRendering = { source: string; body: { rendered: RenderedMarkdown } | { needsMdx: string }; preview?: { html: string } | { needsMdx: string } };

/** The files the loader shares with the render worker: whoever takes an index next from `next` renders that file (the worker renders file 0 first). */
export interface SharedRendering {
  next: Int32Array;
  /** The worker's renderings by index, when it has taken its last file (a file it could not render is absent). */
  done: Promise<Map<number, HelperRendering>>;
}

/**
 * The internal build's second renderer of bodies (render-worker.ts), started when Astro's
 * configuration is resolved so that its renderer is ready by the time content sync begins.
 */
export class RenderHelper {
  private readonly worker: Worker;
  private failure?: Error;

  constructor(settings: MarkdownSettings) {
    this.worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { markdownSettings: settings } });
    this.worker.unref();
    this.worker.on('error', (error) => (this.failure = error));
  }

  /** Starts sharing `files` (absolute paths); undefined when the worker has already failed (the loader then renders them all). */
  share(files: readonly string[]): SharedRendering | undefined {
    if (this.failure) return undefined;
    const next = new Int32Array(new SharedArrayBuffer(4));
    // File 0 is the worker's first (render-worker.ts); the loader starts at 1.
    next[0] = 1;
    const done = new Promise<Map<number, HelperRendering>>((resolve, reject) => {
      const renderings = new Map<number, HelperRendering>();
      const settle = (error?: Error) => {
        this.worker.off('message', onMessage);
        this.worker.off('error', settle);
        this.worker.off('exit', onExit);
        if (error) reject(error);
        else resolve(renderings);
      };
      const onExit = (code: number) => settle(new Error(`the render worker stopped (exit code ${code}).`));
      const onMessage = (message: RenderWorkerMessage) => {
        if (message.type === 'rendered') renderings.set(message.index, { source: message.source, body: message.body, preview: message.preview });
        else if (message.type === 'done') settle();
        else if (message.type === 'failed') settle(new Error(message.message));
      };
      this.worker.on('message', onMessage);
      this.worker.on('error', settle);
      this.worker.on('exit', onExit);
    });
    this.worker.postMessage({ files: [...files], next: next.buffer as SharedArrayBuffer } satisfies RenderRequest);
    return { next, done };
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
