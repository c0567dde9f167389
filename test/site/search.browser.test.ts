import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, serveDirectory } from '../support/browser.ts';
import { testOutputDir } from '../support/build-site.ts';

const site = resolve(testOutputDir, 'example-internal');

describe.runIf(browserAvailable())('search in the browser (internal site)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveDirectory(site);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const resultTitles = () => page.locator('.search-result__title').allTextContents();

  test('a responder query from the header finds the incident, filters narrow it, and links lead on', async () => {
    await page.goto(`${server.url}/`);
    await page.fill('#header-search-input', 'connection pool timeout');
    await page.press('#header-search-input', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('.search-result');
    const titles = await resultTitles();
    expect(titles.slice(0, 3)).toContain('Checkout connection pool limit lowered by a config push, causing timeouts at peak');

    const severitiesBefore = new Set(await page.locator('.search-result .severity-badge').allTextContents());
    expect(severitiesBefore.size).toBeGreaterThan(1);

    // Filter by severity: every remaining result is SEV-2, the incident stays, and the URL keeps the filter.
    await page.check('input[data-filter="severity"][value="SEV-2"]');
    await page.waitForFunction(() => [...document.querySelectorAll('.search-result .severity-badge')].every((b) => b.textContent === 'SEV-2'));
    const filtered = await page.locator('.search-result .severity-badge').allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    expect(new Set(filtered)).toEqual(new Set(['SEV-2']));
    expect(await resultTitles()).toContain('Checkout connection pool limit lowered by a config push, causing timeouts at peak');
    expect(page.url()).toContain('severity=SEV-2');
    mkdirSync(resolve(testOutputDir, 'screenshots'), { recursive: true });
    await page.screenshot({ path: resolve(testOutputDir, 'screenshots/search.png') });

    // Open the first result, follow a similar incident, then one of its tags.
    const first = page.locator('.search-result__title').first();
    const firstTitle = await first.textContent();
    await first.click();
    await page.waitForSelector('h1');
    expect(await page.locator('h1').textContent()).toBe(firstTitle);
    const similar = page.locator('#similar-title ~ ol a[href^="/postmortems/"]').first();
    const similarHref = await similar.getAttribute('href');
    await similar.click();
    await page.waitForURL(`**${similarHref}`);
    const tag = page.locator('.key-facts a[href^="/tags/"]').first();
    const tagName = await tag.textContent();
    await tag.click();
    await page.waitForURL(`**/tags/${tagName}/`);
    expect(await page.locator('h1').textContent()).toBe(`Tag: ${tagName}`);
  });

  test('sorting by date puts the newest first', async () => {
    await page.goto(`${server.url}/search/?q=database&sort=desc`);
    await page.waitForSelector('.search-result');
    const dates = await page.locator('.search-result time').allTextContents();
    const parsed = dates.map((d) => Date.parse(d));
    expect(parsed).toEqual([...parsed].sort((a, b) => b - a));
  });

  test('only postmortem pages are indexed', async () => {
    await page.goto(`${server.url}/search/?q=tags`);
    await page.waitForSelector('#search-status:not(:text("Loading"))');
    const hrefs = await page.locator('.search-result__title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^\/postmortems\/[a-z0-9-]+\/$/);
  });
});
