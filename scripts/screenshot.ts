#!/usr/bin/env node
// node scripts/screenshot.ts <site-dir> <out-dir> <path>... : screenshots pages of a built site,
// light and dark, desktop and mobile, so a person can look at what we serve.
import { mkdirSync } from 'node:fs';
import { launchBrowser, serveDirectory } from '../test/support/browser.ts';

const [siteDir, outDir, ...paths] = process.argv.slice(2);
if (!siteDir || !outDir || !paths.length) {
  console.error('Usage: node scripts/screenshot.ts <site-dir> <out-dir> <path>...');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const server = await serveDirectory(siteDir);
const browser = await launchBrowser();
try {
  for (const path of paths) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [label, width] of [['desktop', 1280], ['mobile', 390]] as const) {
        const page = await browser.newPage({ colorScheme, viewport: { width, height: 900 } });
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${colorScheme}-${label}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: label === 'desktop' });
        await page.close();
        console.log(`${outDir}/${name}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
