import type { Loader, LoaderContext } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { listPostmortemFiles, postmortemIdFromPath, postmortemExtensions } from '../lib/content-files.ts';
import { MarkdownSyntaxError, toFastMarkdown } from '../lib/fast-markdown.ts';
import type { Variant } from '../lib/postmortem-text.ts';
import { isMarkedPublic, isPubliclyVisible } from '../lib/predicates.ts';
import type { Postmortem } from '../lib/postmortem-schema.ts';

/** Bumped whenever the rendering below changes, so cached entries of older code are redone. */
const renderVersion = 1;

export interface PostmortemLoaderOptions {
  /** The `postmortems/` folder of the content in effect. */
  postmortemsDir: string;
  /** Which site this build renders; entries are rendered for it alone. */
  variant: Variant;
  /** For the public site: where a link to an internal page goes (see public-variant.ts). */
  rewriteLink?: (url: string) => string | null | undefined;
}

/**
 * The postmortems collection, loaded the fast way: each source is turned into plain Markdown for
 * this build's site ({@link toFastMarkdown}) and rendered by Astro's built-in renderer, instead
 * of being compiled as an MDX module. A source that needs MDX proper (an expression, say) is
 * left to `@astrojs/mdx`, as the glob loader would.
 *
 * For a public postmortem the internal build also renders the public text, so its page can
 * preview exactly what customers will read (`rendered.metadata.publicHtml`).
 *
 * Entries are cached in Astro's data store by a digest of the source, the site and this code:
 * a rebuild where one postmortem changed renders that one only. In `astro dev` the folder is
 * watched: an edited postmortem is rendered again on save.
 */
export function postmortemLoader(options: PostmortemLoaderOptions): Loader {
  const postmortemsDir = resolve(options.postmortemsDir);
  return {
    name: 'postmortem-kb:postmortems',
    load: async (context) => {
      const files = listPostmortemFiles(postmortemsDir);
      const seen = new Set<string>();
      for (const file of files) {
        const id = await syncFile(context, file);
        if (id) seen.add(id);
      }
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);

      const watcher = context.watcher;
      if (!watcher) return;
      watcher.add(postmortemsDir);
      const isPostmortem = (path: string) =>
        path.startsWith(postmortemsDir) && (postmortemExtensions as readonly string[]).some((ext) => path.endsWith(ext));
      const onChange = async (path: string) => {
        if (!isPostmortem(path)) return;
        try {
          await syncFile(context, relative(postmortemsDir, path));
        } catch (error) {
          context.logger.error(`${relative(process.cwd(), path)}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        if (isPostmortem(path)) context.store.delete(postmortemIdFromPath(path));
      });
    },
  };

  /** Stores one postmortem; returns its id, or undefined when this site does not show it. */
  async function syncFile(context: LoaderContext, file: string): Promise<string | undefined> {
    const filePath = join(postmortemsDir, file);
    const id = postmortemIdFromPath(file);
    const source = await readFile(filePath, 'utf8');
    const renderDigest = context.generateDigest(`${renderVersion}\0${options.variant}\0${source}`);
    const existing = context.store.get(id);
    const storedPath = relative(fileURLToPath(context.config.root), filePath);
    const isMdx = file.endsWith('.mdx');
    // The data is validated on every sync, never taken from the cache: the schema and the
    // vocabularies it checks against can change while a source does not. Only the rendering,
    // which depends on the source alone, is reused.
    const raw = (parseYaml(splitFrontmatter(source).yaml) ?? {}) as Record<string, unknown>;
    const data = await context.parseData({ id, data: raw, filePath });
    if (options.variant === 'public' && !isPubliclyVisible(data as unknown as Postmortem)) {
      // The public build holds nothing of a postmortem customers do not see, not even its data.
      context.store.delete(id);
      return undefined;
    }
    const body = options.variant === 'public' ? undefined : splitFrontmatter(source).body;
    // The entry's digest covers the validated data too, so Astro's store takes a changed schema's
    // output; the rendering is keyed by the source alone.
    const digest = context.generateDigest(`${renderDigest}\0${JSON.stringify(data)}`);
    if (existing && existing.filePath === storedPath && existing.rendered?.metadata?.renderDigest === renderDigest) {
      if (existing.digest !== digest) context.store.set({ ...existing, data, body, digest });
      return id;
    }
    const fast = withSourcePosition(filePath, () =>
      toFastMarkdown(source, { variant: options.variant, isMdx, file: filePath, rewriteLink: options.rewriteLink }));
    if ('needsMdx' in fast) {
      context.logger.info(`${file}: compiled as MDX because ${fast.needsMdx}`);
      context.store.set({ id, data, body, filePath: storedPath, digest, deferredRender: true });
      return id;
    }
    const fileURL = pathToFileURL(filePath);
    const rendered = await context.renderMarkdown(fast.markdown, { fileURL });
    if (options.variant === 'internal' && isMarkedPublic(data as unknown as Postmortem)) {
      const publicText = withSourcePosition(filePath, () => toFastMarkdown(source, { variant: 'public', isMdx, file: filePath, purpose: 'preview' }));
      if ('markdown' in publicText) {
        const publicRendered = await context.renderMarkdown(publicText.markdown, { fileURL });
        rendered.metadata = { ...rendered.metadata, publicHtml: publicRendered.html };
      }
    }
    rendered.metadata = { ...rendered.metadata, renderDigest };
    context.store.set({ id, data, body, filePath: storedPath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
    return id;
  }
}

/**
 * Runs `parse`; a body that does not parse stops the sync with the file, line and column, as
 * `npm run check` reports them.
 */
function withSourcePosition<T>(filePath: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof MarkdownSyntaxError)) throw error;
    const fromCwd = relative(process.cwd(), filePath);
    const file = fromCwd.startsWith('..') ? filePath : fromCwd;
    throw new Error(`${file}:${error.line}:${error.column}: the MDX body does not parse: ${error.reason}. Run \`npm run check\` for every problem and its fix.`, { cause: error });
  }
}
