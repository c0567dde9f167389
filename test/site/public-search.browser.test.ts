import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserAvailable } from '../support/browser.ts';
import { openSiteInBrowser } from '../support/browser-session.ts';
import { projectRoot } from '../support/build-site.ts';
import { exampleSite } from '../support/example-site.ts';

const site = exampleSite('public');
const source = readFileSync(resolve(projectRoot, 'content/postmortems/2024-06-12-email-provider-rate-limit.mdx'), 'utf8');

describe.runIf(browserAvailable())('search on the public site', () => {
  const session = openSiteInBrowser(site);

  const search = async (query: string) => {
    await session.page.goto(`${session.url}/search/?q=${encodeURIComponent(query)}`);
    // The final results: the typed words' come first while the other forms are searched (round 24).
    await session.page.waitForFunction(() => !/Loading/.test(document.querySelector('#search-status')?.textContent ?? 'Loading') && !document.querySelector('.search-results')?.hasAttribute('aria-busy'));
    return session.page.locator('.search-result__title').allTextContents();
  };

  test('finds a public incident by its public wording', async () => {
    expect(await search('newsletters confirmation')).toContain('Order confirmation e-mails delayed by up to 5 hours');
  });

  test('excerpts keep a space between a fact and its value, and results give the day as cards do', async () => {
    // The facts under a post's title were indexed glued: "Impact windownot recorded. AffectedCheckout."
    expect((await search('affected impact window')).length).toBeGreaterThan(0);
    const excerpts = await session.page.locator('.search-result__excerpt').allTextContents();
    const withFacts = excerpts.filter((text) => /Affected|Impact window|Duration/.test(text));
    expect(withFacts.length, excerpts.join(' | ')).toBeGreaterThan(0);
    for (const text of withFacts) expect(text).not.toMatch(/(?:Affected|Impact window|Duration)(?=[A-Za-z0-9])/);
    // "28 Sep 2020", not "2020-09-28".
    const days = await session.page.locator('.search-result time').allTextContents();
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect(day).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
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

  test.each([320, 360, 390])('the header\'s search field shows its whole placeholder at %ipx', async (width) => {
    // Look round 42: at 320 px "Search past incidents…" was cut at the field's edge ("Search past
    // incident"). The placeholder is not in the DOM, so its drawn extent is read from a picture of
    // the field: the columns darker than the field's background, against the text's width.
    const page = await session.page.context().browser()!.newPage({ viewport: { width, height: 640 } });
    await page.goto(`${session.url}/`);
    const field = page.locator('#header-search-input');
    const picture = (await field.screenshot()).toString('base64');
    const drawn = await field.evaluate(async (input: HTMLInputElement, png) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const inked: number[] = [];
      // Inside the border (3 px), columns holding a pixel darker than the light scheme's background.
      for (let x = 3; x < image.width - 3; x++) {
        for (let y = 3; y < image.height - 3; y++) {
          const at = (y * image.width + x) * 4;
          if (data[at] + data[at + 1] + data[at + 2] < 600) { inked.push(x); break; }
        }
      }
      // The placeholder's own font: at 360 px and less it is set smaller than the words typed (look round 43).
      const style = getComputedStyle(input, '::placeholder');
      const measure = document.createElement('canvas').getContext('2d')!;
      measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return { placeholder: input.placeholder, ink: inked.length ? inked.at(-1)! - inked[0] + 1 : 0, text: measure.measureText(input.placeholder).width };
    }, picture);
    await page.close();
    expect(drawn.placeholder).toMatch(/\S/);
    // The glyphs' ink is a few pixels narrower than their advance (side bearings); a cut placeholder lost 20.
    expect(drawn.ink, `"${drawn.placeholder}" drawn ${drawn.ink} px wide of ${drawn.text} px`).toBeGreaterThanOrEqual(drawn.text - 8);
  });
});
