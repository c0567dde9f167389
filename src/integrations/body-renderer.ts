import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroConfig } from 'astro';
import { deterministicHighlighting } from './deterministic-highlighting.ts';

/**
 * The parts of Astro's resolved configuration its Markdown renderer reads, as they cross to a
 * worker thread (functions cannot: the one transformer the knowledge base sets is added back).
 */
export interface MarkdownSettings {
  syntaxHighlight: AstroConfig['markdown']['syntaxHighlight'];
  shikiConfig: Omit<AstroConfig['markdown']['shikiConfig'], 'transformers'>;
  gfm: AstroConfig['markdown']['gfm'];
  smartypants: AstroConfig['markdown']['smartypants'];
  image: { domains: AstroConfig['image']['domains']; remotePatterns: AstroConfig['image']['remotePatterns'] };
  /** The satteri processor's feature switches (`satteri({ features })`). */
  features: Record<string, unknown>;
}

export interface RenderedMarkdown {
  html: string;
  metadata: Record<string, unknown> & { imagePaths: string[] };
}

/**
 * What the render worker needs to render as Astro does, or why it cannot: Markdown plugins,
 * another processor or Shiki transformers of someone else's are functions a worker does not get,
 * so the loader then renders every body itself.
 */
export function markdownSettingsOf(config: AstroConfig): MarkdownSettings | { unsupported: string } {
  const { markdown, image } = config;
  const processor = markdown.processor as { name?: string; options?: { mdastPlugins?: unknown[]; hastPlugins?: unknown[]; features?: Record<string, unknown> } } | undefined;
  if (processor?.name !== 'satteri') return { unsupported: `the Markdown processor is ${processor?.name ?? 'not satteri'}` };
  if (processor.options?.mdastPlugins?.length || processor.options?.hastPlugins?.length) return { unsupported: 'the Markdown processor has plugins' };
  if (markdown.remarkPlugins.length || markdown.rehypePlugins.length) return { unsupported: 'remark or rehype plugins are configured' };
  const { transformers = [], ...shikiConfig } = markdown.shikiConfig;
  if (transformers.length !== 1 || transformers[0] !== deterministicHighlighting) return { unsupported: 'other Shiki transformers are configured' };
  const settings: MarkdownSettings = {
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
    image: { domains: image.domains, remotePatterns: image.remotePatterns },
    features: { ...processor.options?.features },
  };
  try {
    structuredClone(settings);
  } catch {
    return { unsupported: 'the Markdown settings hold values a worker thread cannot receive' };
  }
  return settings;
}

/**
 * A Markdown renderer that gives what the content loader's `renderMarkdown` gives (Astro's
 * content layer: the same processor, options, front-matter handling and image paths), for the
 * render worker. test/site/render-worker.test.ts compares the two.
 */
export async function createBodyRenderer(settings: MarkdownSettings): Promise<(markdown: string, fileURL: URL) => Promise<RenderedMarkdown>> {
  const renderer = await satteri({ features: settings.features }).createRenderer({
    image: settings.image,
    syntaxHighlight: settings.syntaxHighlight,
    shikiConfig: { ...settings.shikiConfig, transformers: [deterministicHighlighting] },
    gfm: settings.gfm,
    smartypants: settings.smartypants,
  } as Parameters<ReturnType<typeof satteri>['createRenderer']>[0]);
  return async (markdown, fileURL) => {
    const { frontmatter, content } = parseFrontmatter(markdown);
    const { code, metadata } = await renderer.render(content, { frontmatter, fileURL });
    const paths = metadata as { localImagePaths?: string[]; remoteImagePaths?: string[] };
    return { html: code, metadata: { ...metadata, imagePaths: (paths.localImagePaths ?? []).concat(paths.remoteImagePaths ?? []) } };
  };
}
