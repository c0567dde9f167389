import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * A stand-in for Astro's content layer as the postmortem loader sees it: a Markdown processor of
 * the site's own (every body goes to `renderMarkdown`, which `onRender` sees), a data store that
 * is a Map, and what `extra` adds (a logger, a file watcher). Shared by the loader's tests
 * (postmortem-loader.test.ts, dev-findings-round53.test.ts).
 */
export function loaderContext(cacheDir: string, onRender: (markdown: string, fileURL: URL) => void, extra: Record<string, unknown> = {}) {
  const stored = new Map<string, { id: string; rendered?: { metadata?: Record<string, unknown> } }>();
  const context = {
    config: { markdown: { processor: { name: 'own' } }, root: pathToFileURL(`${projectRoot}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
    renderMarkdown: async (markdown: string, options: { fileURL: URL }) => {
      onRender(markdown, options.fileURL);
      return { html: `<p>${markdown.length}</p>`, metadata: { headings: [], imagePaths: [], localImagePaths: [], remoteImagePaths: [], frontmatter: {} } };
    },
    store: {
      get: (id: string) => stored.get(id),
      set: (entry: { id: string }) => stored.set(entry.id, entry),
      delete: (id: string) => stored.delete(id),
      keys: () => [...stored.keys()],
    },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    logger: { info() {}, warn() {}, error() {} },
    ...extra,
  } as unknown as LoaderContext;
  return { context, stored };
}
