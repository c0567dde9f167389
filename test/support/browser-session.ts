import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, serveDirectory } from './browser.ts';

/**
 * Serves a built site and opens one chromium page on it for the tests of the enclosing `describe`
 * (the hooks are registered here). Read `page` and `url` inside tests: they exist once the
 * `beforeAll` has run. Kept apart from browser.ts, which scripts use outside vitest.
 */
export function openSiteInBrowser(siteDir: string, pageOptions: BrowserContextOptions = {}): { readonly page: Page; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await serveDirectory(siteDir);
    browser = await launchBrowser();
    page = await browser.newPage(pageOptions);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get page() { return page!; },
    get url() { return server!.url; },
  };
}
