// @ts-check
import { defineConfig } from 'astro/config';
import { createAstroConfig } from './src/integrations/astro-config.ts';

/**
 * For `astro dev`, `astro preview` and `astro check`; `npm run build` calls createAstroConfig
 * itself (scripts/build.ts). KB_VARIANT=public serves the customer-facing site; KB_OUT_DIR
 * previews another output folder (`npm run preview:public`).
 */
export default defineConfig(createAstroConfig({
  variant: process.env.KB_VARIANT === 'public' ? 'public' : 'internal',
  outDir: process.env.KB_OUT_DIR,
}));
