import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserAvailable } from '../support/browser.ts';
import { openSiteInBrowser } from '../support/browser-session.ts';
import { testOutputDir, projectRoot } from '../support/build-site.ts';

const site = resolve(testOutputDir, 'example-public');
const source = readFileSync(resolve(projectRoot, 'content/postmortems/2024-06-12-email-provider-rate-limit.mdx'), 'utf8');

describe.runIf(browserAvailable())('search on the public site', () => {
  const session = openSiteInBrowser(site);

  const search = async (query: string) => {
    await session.page.goto(`${session.url}/search/?q=${encodeURIComponent(query)}`);
    await session.page.waitForFunction(() => !/Loading/.test(document.querySelector('#search-status')?.textContent ?? 'Loading'));
    return session.page.locator('.search-result__title').allTextContents();
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
    expect(await session.page.locator('#search-status').textContent()).toMatch(/^No incident matches/);
  });

  test('offers no spelling and asks for no word list: the public site has none', async () => {
    const asked: string[] = [];
    const onRequest = (request: { url(): string }) => asked.push(request.url());
    session.page.on('request', onRequest);
    try {
      // "confirmaton" is found through the start of "confirmation"; "newslettr" is found nowhere.
      await search('confirmaton newslettr');
      expect(await session.page.locator('#search-suggestion').count()).toBe(0);
    } finally {
      session.page.off('request', onRequest);
    }
    expect(asked.some((url) => url.includes('/pagefind/pagefind'))).toBe(true);
    expect(asked.filter((url) => url.includes('kb-words'))).toEqual([]);
  });

  test('the public site has no link into the internal site', async () => {
    await session.page.goto(`${session.url}/`);
    const hrefs = await session.page.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).not.toMatch(/^\/(postmortems|insights|follow-ups|tags|services|triggers|severity)\b/);
    expect(hrefs).toContain('/feed.xml');
  });
});
