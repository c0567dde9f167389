import { describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserAvailable } from '../support/browser.ts';
import { openSiteInBrowser } from '../support/browser-session.ts';
import { testOutputDir } from '../support/build-site.ts';
import { exampleSite } from '../support/example-site.ts';

const site = exampleSite('internal');

describe.runIf(browserAvailable())('search in the browser (internal site)', () => {
  const session = openSiteInBrowser(site, { viewport: { width: 1280, height: 1000 } });

  const resultTitles = () => session.page.locator('.search-result__title').allTextContents();

  test('a responder query from the header finds the incident, filters narrow it, and links lead on', async () => {
    await session.page.goto(`${session.url}/`);
    await session.page.fill('#header-search-input', 'connection pool timeout');
    await session.page.press('#header-search-input', 'Enter');
    await session.page.waitForURL(/\/search\/\?q=/);
    await session.page.waitForSelector('.search-results:not([aria-busy]) .search-result');
    const titles = await resultTitles();
    expect(titles.slice(0, 3)).toContain('Checkout connection pool limit lowered by a config push, causing timeouts at peak');

    const severitiesBefore = new Set(await session.page.locator('.search-result .severity-badge').allTextContents());
    expect(severitiesBefore.size).toBeGreaterThan(1);

    // Filter by severity: every remaining result is SEV-2, the incident stays, and the URL keeps the filter.
    await session.page.check('input[data-filter="severity"][value="SEV-2"]');
    await session.page.waitForFunction(() => [...document.querySelectorAll('.search-result .severity-badge')].every((b) => b.textContent === 'SEV-2'));
    const filtered = await session.page.locator('.search-result .severity-badge').allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    expect(new Set(filtered)).toEqual(new Set(['SEV-2']));
    expect(await resultTitles()).toContain('Checkout connection pool limit lowered by a config push, causing timeouts at peak');
    expect(session.page.url()).toContain('severity=SEV-2');
    mkdirSync(resolve(testOutputDir, 'screenshots'), { recursive: true });
    await session.page.screenshot({ path: resolve(testOutputDir, 'screenshots/search.png') });

    // Open the first result, follow a similar incident, then one of its tags.
    const first = session.page.locator('.search-result__title').first();
    const firstTitle = await first.textContent();
    await first.click();
    await session.page.waitForSelector('h1');
    expect(await session.page.locator('h1').textContent()).toBe(firstTitle);
    const similar = session.page.locator('#similar-title ~ ol a[href^="/postmortems/"]').first();
    const similarHref = await similar.getAttribute('href');
    await similar.click();
    await session.page.waitForURL(`**${similarHref}`);
    const tag = session.page.locator('.key-facts a[href^="/tags/"]').first();
    const tagName = await tag.textContent();
    await tag.click();
    await session.page.waitForURL(`**/tags/${tagName}/`);
    expect(await session.page.locator('h1').textContent()).toBe(`Tag: ${tagName}`);
  });

  test('sorting by date puts the newest first', async () => {
    await session.page.goto(`${session.url}/search/?q=database&sort=desc`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) .search-result');
    const dates = await session.page.locator('.search-result time').allTextContents();
    const parsed = dates.map((d) => Date.parse(d));
    expect(parsed).toEqual([...parsed].sort((a, b) => b - a));
  });

  test.each([
    ['a word in most reports', '/search/?q=customers'],
    ['every postmortem, newest first', '/search/?sort=desc'],
  ])('more than a page of results (%s): "Show more" adds the next page below the ones read, and the focus moves to the first added', async (_name, path) => {
    await session.page.goto(`${session.url}${path}`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-results .search-result');
    const status = await session.page.locator('#search-status').textContent();
    const total = Number(/^(\d+) postmortems found, showing the first 20\./.exec(status ?? '')?.[1]);
    expect(total, status ?? '').toBeGreaterThan(20);
    const firstPage = await resultTitles();
    expect(firstPage).toHaveLength(20);
    const more = session.page.locator('#search-more');
    expect(await more.textContent()).toBe(`Show ${Math.min(20, total - 20)} more of ${total}`);

    await more.click();
    await session.page.waitForFunction(() => document.querySelectorAll('#search-results .search-result').length > 20);
    const twoPages = await resultTitles();
    expect(twoPages).toHaveLength(Math.min(40, total));
    expect(twoPages.slice(0, 20)).toEqual(firstPage);
    expect(new Set(twoPages).size).toBe(twoPages.length);
    expect(await session.page.evaluate(() => document.activeElement?.textContent)).toBe(twoPages[20]);

    // To the end: every result once, then no button.
    while (await more.isVisible()) {
      const before = (await resultTitles()).length;
      await more.click();
      await session.page.waitForFunction((n) => document.querySelectorAll('#search-results .search-result').length > n, before);
    }
    const all = await resultTitles();
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
    expect(await session.page.locator('#search-status').textContent()).toBe(`${total} postmortems found.`);

    // A new query starts again at one page.
    await session.page.fill('#search-input', 'database');
    await session.page.waitForFunction(() => document.querySelectorAll('#search-results .search-result').length <= 20);
  });

  test('a filter group that cannot narrow the results is not offered: one value on every page (a history without near-misses)', async () => {
    // The example has near-misses, so the index is served through a module that reports what an
    // imported history did: every page "Near-miss: no". Everything else is the real index.
    const realIndex = '/pagefind/pagefind.js?unchanged';
    const reporting = `import * as index from '${realIndex}';
      export const { createInstance, debouncedSearch, destroy, init, mergeIndex, options, preload, search } = index;
      export async function filters() {
        const real = await index.filters();
        const pages = Object.values(real.severity).reduce((sum, n) => sum + n, 0);
        return { ...real, 'near-miss': { no: pages } };
      }`;
    await session.page.route((url) => url.pathname === '/pagefind/pagefind.js' && url.search === '', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: reporting }));
    try {
      await session.page.goto(`${session.url}/search/?q=database`);
      await session.page.waitForSelector('.search-results:not([aria-busy]) #search-results .search-result');
      const offered = await session.page.locator('#search-filters fieldset').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-filter-group')));
      expect(offered).not.toContain('near-miss');
      // Groups with values to choose between stay, in the page's order.
      expect(offered).toEqual(['severity', 'service', 'tag', 'trigger', 'year']);
    } finally {
      await session.page.unrouteAll();
    }
    // The real index (near-misses and others): the group is offered.
    await session.page.goto(`${session.url}/search/?q=database`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-results .search-result');
    expect(await session.page.locator('#search-filters fieldset[data-filter-group="near-miss"] input').count()).toBe(2);
  });

  test('a filter list longer than its box shows that it scrolls: a shadow at the edge with more', async () => {
    // Seventeen years of an imported history showed eight and ended on a whole line: nothing said
    // nine more were below. The shadow is drawn by the list's own background (scroll shadows).
    await session.page.goto(`${session.url}/search/?q=database`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-results .search-result');
    const lists = await session.page.locator('#search-filters fieldset ul').evaluateAll((uls) => uls.map((ul) => {
      const style = getComputedStyle(ul);
      return { overflows: ul.scrollHeight > ul.clientHeight + 1, image: style.backgroundImage, attachment: style.backgroundAttachment };
    }));
    const overflowing = lists.filter((list) => list.overflows);
    expect(overflowing.length, 'no filter list of the example is longer than its box').toBeGreaterThan(0);
    for (const list of overflowing) {
      expect(list.image.match(/radial-gradient/g)).toHaveLength(2);
      // The covers move with the content (local), the shadows stay with the box (scroll).
      expect(list.attachment.split(', ')).toEqual(['local', 'local', 'scroll', 'scroll']);
    }
  });

  test('a filter value that wraps continues under its own first letter, not under the checkbox', async () => {
    await session.page.goto(`${session.url}/search/?q=database`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-results .search-result');
    // Squeezed, as the 1280 column squeezed "kubernetes-platform (34)" onto two lines.
    const result = await session.page.evaluate(() => {
      const group = document.querySelector<HTMLElement>('#search-filters fieldset[data-filter-group="service"]')!;
      group.style.width = '9rem';
      const lineCount = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      };
      const label = [...group.querySelectorAll('label')].find((l) => lineCount(l) > 1);
      if (!label) return undefined;
      const range = document.createRange();
      range.selectNodeContents(label);
      const lefts = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.left);
      const box = label.previousElementSibling!.getBoundingClientRect();
      return { textLeft: Math.min(...lefts), checkboxRight: box.right };
    });
    expect(result, 'no service label wraps at 9rem').toBeDefined();
    expect(result!.textLeft).toBeGreaterThanOrEqual(result!.checkboxRight);
  });

  test('only postmortem pages are indexed', async () => {
    await session.page.goto(`${session.url}/search/?q=tags`);
    await session.page.waitForSelector('#search-status:not(:text("Loading"))');
    const hrefs = await session.page.locator('.search-result__title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^\/postmortems\/[a-z0-9-]+\/$/);
  });

  test('when no postmortem holds every word, those holding most are listed below, labelled, and missing words named', async () => {
    await session.page.goto(`${session.url}/search/?q=${encodeURIComponent('refunds stuck java cached old ip')}`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-partial:not([hidden]) .search-result');
    expect(await session.page.locator('#search-results .search-result').count()).toBe(0);
    const first = session.page.locator('#search-partial .search-result').first();
    expect(await first.locator('.search-result__title').textContent()).toMatch(/^Refunds stalled for 19 hours/);
    expect(await first.locator('.search-result__matched').textContent()).toMatch(/^matches: refunds stuck java cached old/);

    await session.page.goto(`${session.url}/search/?q=${encodeURIComponent('elevator firmware bricked')}`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-missing:not([hidden])');
    expect(await session.page.locator('#search-missing').textContent()).toMatch(/No postmortem contains .*firmware/);
    expect(await session.page.locator('#search-results .search-result').count()).toBe(0);
  });

  test('a one-word query found only in its spelling is said as one word, not as "most of your words" (session 45)', async () => {
    await session.page.goto(`${session.url}/search/?q=${encodeURIComponent('maintanance')}`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-partial:not([hidden]) .search-result');
    expect(await session.page.locator('#search-status').textContent()).toMatch(/^No postmortem holds your word as written; (?:this one holds|these hold) a word like it\.$/);
    expect(await session.page.locator('#search-partial-title').textContent()).toBe('Holding a word like yours');
    expect(await session.page.locator('#search-missing').textContent()).toMatch(/Did you mean maintenance\?/);
  });

  test('a page holding every word only in passing goes below the report about the query (round 9)', async () => {
    // The SMS outage report holds "confirmation", "emails", "arrive" and "empty" somewhere; the
    // blank e-mail report says "empty body" and "confirmation e-mails" in its title, not "arrive".
    await session.page.goto(`${session.url}/search/?q=${encodeURIComponent('confirmation emails arrive empty')}`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-partial:not([hidden]) .search-result');
    expect(await session.page.locator('#search-status').textContent()).toBe('No postmortem is mainly about all of your words; these hold most of them.');
    expect(await session.page.locator('#search-results .search-result').count()).toBe(0);
    const titles = await session.page.locator('#search-partial .search-result__title').allTextContents();
    expect(titles[0]).toMatch(/^German order-confirmation e-mails sent with an empty body/);
    // Listed below it, with every word as matched: it does hold them all.
    const sms = session.page.locator('#search-partial .search-result', { hasText: 'SMS provider outage tied up shared notification workers' });
    expect(await sms.locator('.search-result__matched').textContent()).toMatch(/^matches: confirmation emails arrive empty/);
  });

  test('a misspelt word is offered the spelling the reports use, and the suggestion searches at once', async () => {
    await session.page.goto(`${session.url}/search/?q=${encodeURIComponent('expired certficate')}`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-suggestion');
    expect(await session.page.locator('#search-missing').textContent()).toMatch(/No postmortem contains .*certficate.*Did you mean expired certificate\?/);
    expect(await session.page.locator('#search-suggestion').getAttribute('href')).toBe('?q=expired+certificate');
    await session.page.locator('#search-suggestion').click();
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-results .search-result');
    expect(await session.page.inputValue('#search-input')).toBe('expired certificate');
    expect(await session.page.locator('#search-missing').isHidden()).toBe(true);
    const titles = await session.page.locator('#search-results .search-result__title').allTextContents();
    expect(titles.some((title) => /cert/i.test(title)), titles.join(' | ')).toBe(true);

    // pagefind finds "certifcate" through the start of "certificate", so it is not missing: the
    // results are there, and the misspelling is still named and corrected.
    await session.page.goto(`${session.url}/search/?q=${encodeURIComponent('certifcate')}`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-suggestion');
    expect(await session.page.locator('#search-results .search-result').count()).toBeGreaterThan(0);
    expect(await session.page.locator('#search-missing').textContent()).toMatch(/No postmortem has the word .*certifcate.*Did you mean certificate\?/);
    mkdirSync(resolve(testOutputDir, 'screenshots'), { recursive: true });
    await session.page.screenshot({ path: resolve(testOutputDir, 'screenshots/search-suggestion.png') });
    // A word of the reports gets none, though its results are the same pages.
    await session.page.goto(`${session.url}/search/?q=${encodeURIComponent('certificate')}`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-results .search-result');
    expect(await session.page.locator('#search-missing').isHidden()).toBe(true);

    // A word far from every word of the index gets no suggestion.
    await session.page.goto(`${session.url}/search/?q=${encodeURIComponent('elevator firmware bricked')}`);
    await session.page.waitForSelector('.search-results:not([aria-busy]) #search-missing:not([hidden])');
    expect(await session.page.locator('#search-suggestion').count()).toBe(0);
  });

  test('the typed words\' results are shown while the other forms of the words are still searched, and the final ones replace them (round 24)', async () => {
    // pagefind as the page loads it, but every phrase search (the other forms: "data base" for
    // "database") waits until the test releases it: the forms' searches never finish before.
    const wrapper = `import * as pagefind from '/pagefind/pagefind.js?original';
      export const { createInstance, debouncedSearch, destroy, filters, init, mergeIndex, options, preload } = pagefind;
      const released = new Promise((done) => { window.releasePhrases = done; });
      window.phrasesAsked = 0;
      export async function search(term, searchOptions) {
        if (typeof term === 'string' && term.includes('"')) { window.phrasesAsked++; await released; }
        return pagefind.search(term, searchOptions);
      }`;
    const pagefindModule = (url: URL) => url.pathname === '/pagefind/pagefind.js' && url.search === '';
    await session.page.route(pagefindModule, (route) => route.fulfill({ contentType: 'text/javascript', body: wrapper }));
    try {
      await session.page.goto(`${session.url}/search/?q=database`);
      // Shown with the phrases held: the typed word's results, the list marked busy.
      // Held until released below: waiting longer (the page's default, browserWaitTimeout) changes nothing but a loaded machine's verdict.
      await session.page.waitForSelector('.search-results[aria-busy="true"] #search-results .search-result');
      expect(await session.page.evaluate(() => (window as unknown as { phrasesAsked: number }).phrasesAsked)).toBeGreaterThan(0);
      expect(await session.page.locator('#search-status').textContent()).toMatch(/^\d+ postmortems? found/);
      const count = async () => Number(/^(\d+)/.exec((await session.page.locator('#search-status').textContent()) ?? '')?.[1]);
      const typed = await count();
      expect(typed).toBeGreaterThan(0);
      await session.page.evaluate(() => (window as unknown as { releasePhrases: () => void }).releasePhrases());
      await session.page.waitForSelector('.search-results:not([aria-busy]) #search-results .search-result');
      // Every page holding the typed word is still found; the forms may add pages, never drop one.
      expect(await count()).toBeGreaterThanOrEqual(typed);
    } finally {
      await session.page.unroute(pagefindModule);
    }
  });
});
