import type { AstroUserConfig } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig, resolveContentDir, contentCacheDir } from '../../site.config.ts';
import type { Variant } from '../lib/postmortem-text.ts';
import { knowledgeBase } from './kb-integration.ts';
import { publicVariant } from './public-variant.ts';
import { validatedSourceGuard } from './validated-source-guard.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { taskListLabelsPlugin } from '../lib/task-list-labels.ts';
import { focusableTablesPlugin } from '../lib/focusable-tables.ts';
import { emptyTableHeadersPlugin } from '../lib/empty-table-headers.ts';
import { cjkLineBreaksPlugin } from '../lib/cjk-line-breaks.ts';
import type { SearchIndexTiming } from './kb-worker.ts';
import { devWatcherIgnores } from '../lib/dev-watch-ignores.ts';
import { fileURLToPath } from 'node:url';

export interface KbAstroOptions {
  /** The site to build: the internal knowledge base, or the customer-facing one from src/public-site/. */
  variant: Variant;
  /** Output folder; default dist/ (internal) or dist-public/ (public). */
  outDir?: string;
  /** Internal build: when the search index is built (scripts/build.ts `--search-index`). */
  searchIndex?: SearchIndexTiming;
}

/**
 * The Astro configuration of either site, from the validated `KbConfig` (site.config.ts) and
 * these options. astro.config.mjs (for `astro dev`, `astro preview`, `astro check`) and
 * scripts/build.ts (which runs Astro in its own process) both call this, so they cannot differ.
 */
export function createAstroConfig(options: KbAstroOptions): AstroUserConfig {
  const isPublic = options.variant === 'public';
  // Bodies compiled as MDX label their task-list checkboxes and make their tables focusable in
  // @astrojs/mdx's processor (Astro's default, Sätteri, plus our plugins); the fast path does it
  // in the loader. Not in
  // `markdown.processor`: a plugin there sends every body to Astro's slower renderer
  // (markdown-renderer.ts).
  const mdxIntegration = mdx({ processor: satteri({ hastPlugins: [taskListLabelsPlugin, emptyTableHeadersPlugin, focusableTablesPlugin, cjkLineBreaksPlugin] }) });
  return {
    site: isPublic ? siteConfig.publicSiteUrl : siteConfig.siteUrl,
    srcDir: isPublic ? './src/public-site' : './src',
    outDir: options.outDir || (isPublic ? './dist-public' : './dist'),
    cacheDir: contentCacheDir(resolveContentDir()),
    trailingSlash: 'always',
    integrations: [
      // Their transforms must run before @astrojs/mdx's: the guard sees the file's text as read.
      validatedSourceGuard(),
      ...(isPublic ? [publicVariant(), mdxIntegration, sitemap()] : [mdxIntegration]),
      // Last, so that its end-of-build work (the leak scan of every built file, the search
      // index) sees what the others wrote, the sitemap included.
      knowledgeBase({ variant: options.variant, searchIndex: options.searchIndex }),
    ],
    devToolbar: { enabled: false },
    // Two pages at a time: Astro writes each page with several round trips to libuv's thread
    // pool (mkdir, open, write, close), and one at a time its thread waited on them for 0.6-1.2 s
    // of the 1,000's rendering. Two are enough for one page to render while the other is written.
    // Component styles as files, never inlined: inlined, the postmortem page's (SecurityDetails,
    // 1.2 KB) was in each of the 1,000 pages of a knowledge base of 1,000 (1.2 MB that Astro
    // rendered, encoded and wrote, and a browser fetched again with every page); as a file it is
    // fetched once and cached (deploy/: `/_astro/` is immutable).
    build: { concurrency: 2, inlineStylesheets: 'never' },
    markdown: {
      shikiConfig: {
        transformers: [
          {
            // Shiki stops tokenising a line after 500 ms and colours the rest as one token: on a
            // busy machine the same code block then renders differently from one build to the
            // next. No time limit keeps builds byte-identical.
            name: 'postmortem-kb:deterministic-highlighting',
            preprocess(code, options) {
              options.tokenizeTimeLimit = 0;
              return code;
            },
          },
        ],
      },
    },
    vite: {
      // `astro dev` watches the project root; what the bench and the tests write under it is not
      // the knowledge base being served (src/lib/dev-watch-ignores.ts).
      server: { watch: { ignored: [devWatcherIgnores(fileURLToPath(new URL('../..', import.meta.url)), resolveContentDir())] } },
      build: {
        rolldownOptions: {
          onwarn(warning, warn) {
            // Every compiled .mdx module starts with a directive Rolldown reports as ignorable.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
          // Canary round 42: the public site names each file it emits by its hash alone. An
          // image's file name (`ask-the-dba-before-restart.png`) is words no reader of the post
          // sees, and Astro kept it (`/_astro/<name>.<hash>.webp`) in the page and the search index.
          ...(isPublic ? { output: { assetFileNames: '_astro/[hash][extname]' } } : {}),
        },
      },
    },
  };
}
