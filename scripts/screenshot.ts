#!/usr/bin/env node
// node scripts/screenshot.ts <site-dir> <out-dir> <path>... : screenshots pages of a built site,
// light and dark, desktop and mobile, so a person can look at what we serve.
import { existsSync, mkdirSync } from 'node:fs';
import { launchBrowser, serveDirectory } from '../test/support/browser.ts';

const usage = `Usage: node scripts/screenshot.ts <site-dir> <out-dir> <path>...

Serves a built site (e.g. dist/internal) and writes a PNG of each page path (e.g. / /insights/),
light and dark, 1280 px wide (the whole page) and 390 px wide (the first screen), into <out-dir>.
Needs Debian's chromium at /usr/bin/chromium.`;
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
const [siteDir, outDir, ...paths] = args;
if (!siteDir || !outDir || !paths.length) {
  console.error(usage);
  process.exit(2);
}
if (!existsSync(siteDir)) {
  console.error(`${siteDir}: no such folder. Build the site first (npm run build) and give its output folder, e.g. dist/internal.`);
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
