// A second renderer of postmortem bodies for the internal build, on a worker thread: the content
// loader and this thread take files from one shared counter, so each renders about half while
// the other core would otherwise wait (postmortem-loader.ts `renderWhileValidating`). It renders
// exactly as the loader does (the same cut, Astro's renderer with Astro's settings:
// body-renderer.ts); nothing here touches Astro.
import { parentPort, workerData } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { looksMarkedPublic, nameImagesInPreview, toFastMarkdown } from '../lib/fast-markdown.ts';
import { createBodyRenderer, type MarkdownSettings, type RenderedMarkdown } from './body-renderer.ts';

/** Sent once, when the loader knows which files need rendering. */
export interface RenderRequest {
  files: string[];
  /** One Int32: the index of the next file to take, shared with the loader; starts at 1 (file 0 is the worker's). */
  next: SharedArrayBuffer;
}

export type RenderWorkerMessage =
  | { type: 'rendered'; index: number; source: string; body: { rendered: RenderedMarkdown } | { needsMdx: string }; preview?: { html: string } | { needsMdx: string } }
  | { type: 'skipped'; index: number }
  | { type: 'done' }
  | { type: 'failed'; message: string };

async function run(settings: MarkdownSettings): Promise<void> {
  const render = await createBodyRenderer(settings);
  parentPort!.once('message', async ({ files, next }: RenderRequest) => {
    try {
      const counter = new Int32Array(next);
      // The first file is always this thread's (the counter starts at 1): a build's log, and the
      // test that compares this renderer with Astro's, can rely on it having rendered one.
      for (let index = 0; index < files.length; index = Atomics.add(counter, 0, 1)) {
        const file = files[index];
        const source = await readFile(file, 'utf8');
        try {
          const isMdx = file.endsWith('.mdx');
          const fileURL = pathToFileURL(file);
          const fast = toFastMarkdown(source, { variant: 'internal', isMdx, file });
          const body = 'needsMdx' in fast ? { needsMdx: fast.needsMdx } : { rendered: await render(fast.markdown, fileURL) };
          let preview: { html: string } | { needsMdx: string } | undefined;
          if ('rendered' in body && looksMarkedPublic(source)) {
            const publicText = toFastMarkdown(source, { variant: 'public', isMdx, file, purpose: 'preview' });
            preview = 'needsMdx' in publicText ? publicText : { html: nameImagesInPreview((await render(publicText.markdown, fileURL)).html) };
          }
          parentPort!.postMessage({ type: 'rendered', index, source, body, preview } satisfies RenderWorkerMessage);
        } catch {
          // The loader renders it again after validation, which reports it with its position.
          parentPort!.postMessage({ type: 'skipped', index } satisfies RenderWorkerMessage);
        }
      }
      parentPort!.postMessage({ type: 'done' } satisfies RenderWorkerMessage);
    } catch (error) {
      parentPort!.postMessage({ type: 'failed', message: (error as Error).stack ?? String(error) } satisfies RenderWorkerMessage);
    }
  });
}

if (parentPort && (workerData as { markdownSettings?: MarkdownSettings } | undefined)?.markdownSettings) {
  await run((workerData as { markdownSettings: MarkdownSettings }).markdownSettings);
}
