// The benchmark's baseline: a bare Astro site over the same postmortem files, with MDX and a
// plain layout and none of our features (no validation, similarity, charts, search, vocabularies).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.KB_OUT_DIR || './dist',
  cacheDir: './.astro/cache',
  integrations: [mdx()],
  vite: { build: { rolldownOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } } } },
});
