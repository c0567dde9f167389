// @ts-check
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig, resolveContentDir, contentCacheDir } from './site.config.ts';
import { publicVariant } from './src/integrations/public-variant.ts';

/**
 * One config, two sites. KB_VARIANT=public builds the customer-facing site from
 * src/public-site/ (its own pages, no internal ones exist there); anything else builds the
 * internal site from src/. KB_OUT_DIR and KB_CONTENT_DIR let scripts and tests build elsewhere
 * or from other content (src/content.config.ts reads KB_CONTENT_DIR).
 */
const isPublic = process.env.KB_VARIANT === 'public';
const postmortemsDir = resolve(resolveContentDir(), 'postmortems');

export default defineConfig({
  site: isPublic ? siteConfig.publicSiteUrl : siteConfig.siteUrl,
  srcDir: isPublic ? './src/public-site' : './src',
  outDir: process.env.KB_OUT_DIR || (isPublic ? './dist-public' : './dist'),
  cacheDir: contentCacheDir(resolveContentDir()),
  trailingSlash: 'always',
  integrations: isPublic ? [publicVariant(postmortemsDir), mdx(), sitemap()] : [mdx()],
  devToolbar: { enabled: false },
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
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every compiled .mdx module starts with a directive Rolldown reports as ignorable.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
