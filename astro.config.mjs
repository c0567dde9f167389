// @ts-check
import { defineConfig } from 'astro/config';
import { createAstroConfig } from './src/integrations/astro-config.ts';
import { variantFromEnvironment } from './src/lib/kb-config.ts';

/**
 * For `astro dev`, `astro preview` and `astro check`; `npm run build` calls createAstroConfig
 * itself (scripts/build.ts). KB_VARIANT=public serves the customer-facing site (another value
 * than public or internal is refused); KB_OUT_DIR
 * previews another output folder (`npm run preview:public`).
 */
export default defineConfig(createAstroConfig({
  // Any other value than public or internal is refused (it served the internal site).
  variant: variantFromEnvironment(process.env),
  outDir: process.env.KB_OUT_DIR,
}));
