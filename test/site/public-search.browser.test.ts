import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, serveDirectory } from '../support/browser.ts';
import { testOutputDir, projectRoot } from '../support/build-site.ts';

const site = resolve(testOutputDir, 'example-public');
const source = readFileSync(resolve(projectRoot, 'content/postmortems/2024-06-12-email-provider-rate-limit.mdx'), 'utf8');

describe.runIf(browserAvailable())('search on the public site', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveDirectory(site);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const search = async (query: string) => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => !/Loading/.test(document.querySelector('#search-status')?.textContent ?? 'Loading'));
    return page.locator('.search-result__title').allTextContents();
  };

  test('finds a public incident by its public wording', async () => {
    expect(await search('newsletters confirmation')).toContain('Order confirmation e-mails delayed by up to 5 hours');
  });

  test('finds nothing for a word that appears only in an Internal block', async () => {
    // "Frankfurt" and "lifecycle" appear in the example content only inside <Internal> blocks.
    const internalBlock = source.slice(source.indexOf('<Internal>'), source.indexOf('</Internal>'));
    expect(internalBlock).toContain('lifecycle');
    expect(source.replace(internalBlock, '')).not.toContain('lifecycle');
    expect(await search('lifecycle')).toEqual([]);
    expect(await search('Frankfurt')).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toMatch(/No postmortem matches/);
  });

  test('the public site has no link into the internal site', async () => {
    await page.goto(`${server.url}/`);
    const hrefs = await page.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).not.toMatch(/^\/(postmortems|insights|follow-ups|tags|services|triggers|severity)\b/);
    expect(hrefs).toContain('/feed.xml');
  });
});
