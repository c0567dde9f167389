// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteConfig } from './site.config.ts';

/**
 * KB_OUT_DIR lets scripts (the public build, fixture tests, the benchmark) build into another
 * folder; KB_CONTENT_DIR (read in src/content.config.ts) points at another content folder.
 */
export default defineConfig({
  site: siteConfig.siteUrl,
  outDir: process.env.KB_OUT_DIR || './dist',
  trailingSlash: 'always',
  integrations: [mdx()],
  devToolbar: { enabled: false },
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
