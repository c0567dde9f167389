import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, serveDirectory } from './browser.ts';

/**
 * One chromium for the `describe` blocks of a test file (suite time, session 47): layout.browser
 * started eight, one per block, each start a second or more of CPU. Each block still gets a page of
 * its own in a context of its own (`browser.newPage` makes both), so no cookie, storage or cache
 * passes from one block to the next. vitest loads each site file in a fresh module context, so no two
 * files share it.
 *
 * It is closed after the last block that registered: blocks register while the file is collected,
 * before any hook runs, so the count is complete when the first block ends. A block whose tests are
 * all filtered out (`-t`, `.only`) runs no hook; chromium then ends with the worker's process
 * (playwright kills the browsers it started when its process exits).
 */
let sharedBrowser: Promise<Browser> | undefined;
let blocksRegistered = 0;
let blocksEnded = 0;

async function closeAfterLastBlock(): Promise<void> {
  blocksEnded += 1;
  if (blocksEnded < blocksRegistered || !sharedBrowser) return;
  const browser = sharedBrowser;
  sharedBrowser = undefined;
  await (await browser).close();
}

/**
 * Serves a built site and opens one chromium page on it for the tests of the enclosing `describe`
 * (the hooks are registered here). Read `page` and `url` inside tests: they exist once the
 * `beforeAll` has run. Kept apart from browser.ts, which scripts use outside vitest.
 */
export function openSiteInBrowser(siteDir: string, pageOptions: BrowserContextOptions = {}): { readonly page: Page; readonly url: string } {
  blocksRegistered += 1;
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await serveDirectory(siteDir);
    sharedBrowser ??= launchBrowser();
    page = await (await sharedBrowser).newPage(pageOptions);
  });
  afterAll(async () => {
    await page?.context().close();
    await closeAfterLastBlock();
    await server?.close();
  });
  return {
    get page() { return page!; },
    get url() { return server!.url; },
  };
}
