import { beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { browserAvailable } from '../support/browser.ts';
import { openSiteInBrowser } from '../support/browser-session.ts';
import { buildSite, projectRoot, testOutputDir } from '../support/build-site.ts';
import { writeSyntheticCorpus } from '../../scripts/lib/synthetic-postmortems.ts';
import { listPageSize } from '../../src/lib/pagination.ts';
import { pagerHtml } from '../../src/lib/follow-up-page/pager-html.ts';
import { axeViolations, describeViolation } from '../support/axe.ts';

// Enough synthetic postmortems (1-5 action items each) for the tracker and its "open" filter to
// need more than one page each.
const count = 250;
const outDir = resolve(testOutputDir, 'follow-up-pages');

interface ExportedItem { postmortemId: string; id: string; status: string }

describe.runIf(browserAvailable())('the follow-up tracker, paged, in the browser', () => {
  beforeAll(() => {
    const contentDir = mkdtempSync(join(tmpdir(), 'kb-follow-up-pages-'));
    writeSyntheticCorpus(contentDir, count, { vocabularyDir: resolve(projectRoot, 'content'), format: 'md', seed: 11 });
    const build = buildSite({ contentDir, outDir });
    rmSync(contentDir, { recursive: true, force: true });
    if (build.status !== 0) throw new Error(`Building the tracker fixture failed:\n${build.output.slice(-4000)}`);
  });
  const session = openSiteInBrowser(outDir, { viewport: { width: 1280, height: 900 } });
  /**
   * The tracker's page 2 in a new window `width` px wide, its upper pager replaced by the markup
   * function's for page `current` of `last`: a knowledge base of 30,000 postmortems is too big to
   * build here.
   */
  const pageWithPager = async (current: number, last: number, width: number) => {
    const page = await session.page.context().browser()!.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${session.url}/follow-ups/2/`);
    const markup = pagerHtml({ currentPage: current, lastPage: last, firstPageUrl: '/follow-ups/', label: 'Pages of follow-ups' }, 'above');
    await page.locator('nav.pager[data-placement="above"]').evaluate((nav, html) => { nav.outerHTML = html; }, markup);
    return page;
  };

  /** The items of the table on screen, each as `postmortem#AI-n` (its link to the postmortem's action item). */
  const rowsOnScreen = (page: Page) =>
    page.locator('.follow-up-table tbody tr td:nth-child(8) a[href^="/postmortems/"]').evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')!.replace(/^\/postmortems\/(.+)\/#action-(.+)$/, '$1#$2')));

  /** Follows "Older →" of the pager above the rows from the page shown to the last page, pressing Enter on it as a keyboard user; the rows of every page, and the URLs. */
  async function walkPages(page: Page): Promise<{ rows: string[][]; urls: string[] }> {
    const rows = [await rowsOnScreen(page)];
    const urls = [new URL(page.url()).pathname];
    for (;;) {
      const next = page.locator('nav.pager[data-placement="above"] a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.focus();
      await Promise.all([page.waitForURL((url) => url.pathname !== urls.at(-1)), page.keyboard.press('Enter')]);
      rows.push(await rowsOnScreen(page));
      urls.push(new URL(page.url()).pathname);
    }
    return { rows, urls };
  }

  test('every listed item is on exactly one page; every open item of the JSON export is listed; page 2 has a stable URL', async () => {
    const { page, url } = session;
    await page.goto(`${url}/follow-ups/`);
    const listed = Number((await page.locator('main p.muted').filter({ hasText: 'listed, by due day, as of' }).textContent())!.match(/^([\d,]+) listed/)![1].replaceAll(',', ''));
    const { rows, urls } = await walkPages(page);
    expect(urls.length, `${listed} listed follow-ups fit one page: the fixture no longer tests paging`).toBeGreaterThan(1);
    expect(urls.slice(0, 3)).toEqual(['/follow-ups/', '/follow-ups/2/', '/follow-ups/3/'].slice(0, Math.min(3, urls.length)));
    for (const pageRows of rows.slice(0, -1)) expect(pageRows).toHaveLength(listPageSize);
    const all = rows.flat();
    expect(new Set(all).size, 'an item is listed on two pages').toBe(all.length);
    expect(all.length).toBe(listed);

    // The export keeps every item, listed or not: the open ones are all on the pages.
    const { items, summary } = JSON.parse(readFileSync(join(outDir, 'follow-ups.json'), 'utf8')) as { items: ExportedItem[]; summary: { total: number } };
    expect(items).toHaveLength(summary.total);
    expect(items.length).toBeGreaterThanOrEqual(listed);
    const open = items.filter((item) => item.status === 'open' || item.status === 'in-progress').map((item) => `${item.postmortemId}#${item.id}`);
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((id) => !all.includes(id)), 'open items missing from the pages').toEqual([]);
    const csvRows = readFileSync(join(outDir, 'follow-ups.csv'), 'utf8').trim().split('\n').length - 1;
    expect(csvRows, 'the CSV has a row per exported item').toBe(items.length);
  });

  test('a filter stays on through its pages: each page is marked with it, holds only its items, and together they hold all of them', async () => {
    const { page, url } = session;
    await page.goto(`${url}/follow-ups/`);
    const { rows: everyRow } = await walkPages(page);
    await page.goto(`${url}/follow-ups/`);
    await Promise.all([page.waitForURL('**/follow-ups/status/open/'), page.locator('.follow-up-filters a[href="/follow-ups/status/open/"]').click()]);
    const { rows, urls } = await walkPages(page);
    expect(urls.length, 'the "open" filter fits one page: the fixture no longer tests paging a filter').toBeGreaterThan(1);
    expect(urls[1]).toBe('/follow-ups/status/open/2/');
    // Back on page 2 by its URL: the filter is still the current one, and every row is open. The
    // filters are folded there, under a summary naming the one in force, and open with a key.
    await page.goto(`${url}/follow-ups/status/open/2/`);
    const fold = page.locator('details.follow-up-filters-fold');
    expect(await fold.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await fold.locator('summary').textContent()).toMatch(/showing status open/);
    await fold.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.follow-up-filters a[href="/follow-ups/status/overdue/"]').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.follow-up-filters [aria-current="page"]').allTextContents()).toEqual([expect.stringMatching(/^open \(\d+\)$/)]);
    expect(new Set(await page.locator('.follow-up-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status'))))).toEqual(new Set(['open']));
    const filtered = rows.flat();
    expect(new Set(filtered).size).toBe(filtered.length);
    const total = Number((await page.locator('.follow-up-filters a[aria-current="page"] .count').textContent())!.replace(/\D/g, ''));
    expect(filtered.length).toBe(total);
    // The same items as the unfiltered pages' open rows, in the same order (by due day).
    const openRows = new Set(filtered);
    expect(everyRow.flat().filter((id) => openRows.has(id))).toEqual(filtered);
  });

  test('the open filters: each group\'s box ends below its own last value, not stretched to the tallest group', async () => {
    // Look round 39: at 1280 px the four groups shared the owner teams' height, the others two thirds empty.
    const { page, url } = session;
    await page.goto(`${url}/follow-ups/`);
    await page.locator('details.follow-up-filters-fold').evaluate((details) => { (details as HTMLDetailsElement).open = true; });
    const gaps = await page.locator('.follow-up-filters .filter-group').evaluateAll((groups) =>
      groups.map((group) => group.getBoundingClientRect().bottom - group.lastElementChild!.getBoundingClientRect().bottom));
    expect(gaps.length).toBeGreaterThan(1);
    // Below the last line: the group's bottom padding (0.6rem) and border, no more.
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(16);
  });

  test.each([320, 390])('a middle page\'s pager at %ipx: no link alone on a line (the two directions share one, the numbers the next)', async (width) => {
    // Look round 39: "← Newer 1 2 3 Older →" was wider than a small phone's column: "Older →"
    // wrapped alone onto a second line (at 390 px too from four pages on).
    const page = await session.page.context().browser()!.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${session.url}/follow-ups/2/`);
    const lines = await page.locator('nav.pager[data-placement="above"] li').evaluateAll((items) => {
      const byTop = new Map<number, string[]>();
      for (const item of items) {
        const top = Math.round(item.getBoundingClientRect().top);
        byTop.set(top, [...(byTop.get(top) ?? []), item.textContent!.trim()]);
      }
      return [...byTop.entries()].sort(([a], [b]) => a - b).map(([, texts]) => texts);
    });
    await page.close();
    expect(lines.flat(), 'page 2 needs a link each way').toEqual(expect.arrayContaining(['← Newer', 'Older →', '3']));
    for (const line of lines) expect(line.length, JSON.stringify(lines)).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toEqual(['← Newer', 'Older →']);
  });

  test.each([
    [150, 300, 390],
    [150, 300, 320],
    // Look round 41: at 320 px "300" wrapped alone onto a third line on page 297, and on page 5
    // of 9 (every number shown, no "…" to stand in for one) "9".
    [297, 300, 320],
    [5, 9, 320],
    // Look round 42: page 296 of 300 ("1 … 295 296 297 298 299 300": six three-digit numbers, none
    // of which can go without a "…" in its place) left "300" alone on a third line at 320 px.
    [296, 300, 320],
    [296, 300, 360],
    // Look round 43: page 9,996 of 9,999 ("1 … 9995 9996 9997 9998 9999", four-digit numbers) left
    // "9999" alone on a third line at 320 px.
    [9996, 9999, 320],
    // Look round 44: page 9,995 of 9,999 ("1 … 9994 9995 9996 9997 9998 9999": none of the six
    // could go without a "…" in its place) still left "9999" alone at 320 px. A phone's pager now
    // shows one page either side, with a "…" of its own for 9997 and 9998.
    [9995, 9999, 320],
    [9995, 9999, 390],
  ])('page %i of %i at %ipx: the numbers fit one line, and every page left out has a "…" in its place', async (current, last, width) => {
    // Look round 40: "1 … 148 149 150 151 152 … 300" was wider than a 390 px phone's column and
    // "300" wrapped alone onto a third line.
    const page = await pageWithPager(current, last, width);
    const lines = await page.locator('nav.pager[data-placement="above"] li').evaluateAll((items) => {
      // Items share a line when their vertical middles are within a few pixels ("…" is shorter than a link).
      const byLine = new Map<number, string[]>();
      for (const item of items) {
        const box = item.getBoundingClientRect();
        if (!box.height) continue;
        const middle = Math.round((box.top + box.bottom) / 20);
        byLine.set(middle, [...(byLine.get(middle) ?? []), item.textContent!.trim()]);
      }
      return [...byLine.entries()].sort(([a], [b]) => a - b).map(([, texts]) => texts);
    });
    await page.close();
    expect(lines, JSON.stringify(lines)).toHaveLength(2);
    expect(lines[0]).toEqual(['← Newer', 'Older →']);
    // First, current and last page shown; between two numbers shown either the next number or "…".
    const numbers = lines[1];
    expect(numbers).toEqual(expect.arrayContaining([1, current - 1, current, current + 1, last].map(String)));
    numbers.forEach((entry, i) => {
      const next = numbers[i + 1];
      if (entry !== '…' && next && next !== '…') expect(Number(next), JSON.stringify(numbers)).toBe(Number(entry) + 1);
    });
  });

  test.each([
    [5, 9, 390],
    [9995, 9999, 390],
    [150, 300, 390],
    [2, 3, 640],
    [5, 9, 320],
    [9995, 9999, 320],
    [297, 300, 320],
  ])('page %i of %i at %ipx: every link of the pager is a target of 44 by 44 px or more (40 by 44 at 360 px and less)', async (current, last, width) => {
    // Look round 44: on a phone the pager's links were 28 to 35 px wide and 33 px tall, under
    // WCAG's enhanced target size (2.5.5, 44 px); a thumb pressing "5" could take "4". At 320 px
    // six 44 px numbers ("1 … 296 297 298 299 300") do not fit one line: 40 px wide there.
    const page = await pageWithPager(current, last, width);
    const targets = await page.locator('nav.pager[data-placement="above"] :is(a, [aria-current="page"])').evaluateAll((links) =>
      links.map((link) => link.getBoundingClientRect()).filter((box) => box.height > 0).map((box) => ({ width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 })));
    await page.close();
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const target of targets) {
      expect(target.width, JSON.stringify(targets)).toBeGreaterThanOrEqual(width <= 360 ? 40 : 44);
      expect(target.height, JSON.stringify(targets)).toBeGreaterThanOrEqual(44);
    }
  });

  test('the range a page shows ("showing 101–200") never breaks across two lines, at any column width', async () => {
    // Look round 41: a line may break after an en dash, and on a phone the line ended in
    // "showing 1–" with "100." on the next. The paragraph is narrowed pixel by pixel so that some
    // width puts the line's end at the dash, wherever the text around the range falls.
    const page = await session.page.context().browser()!.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${session.url}/follow-ups/2/`);
    const broken = await page.locator('main p.muted').filter({ hasText: 'showing' }).evaluate((paragraph) => {
      const textNode = [...paragraph.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('showing'))!;
      const start = textNode.textContent!.indexOf('showing ') + 'showing '.length;
      const range = document.createRange();
      range.setStart(textNode, start);
      range.setEnd(textNode, textNode.textContent!.length - 1);
      const widths: number[] = [];
      for (let width = 120; width <= 390; width++) {
        paragraph.style.width = `${width}px`;
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (tops.size > 1) widths.push(width);
      }
      return { text: range.toString(), widths };
    });
    await page.close();
    expect(broken.text).toMatch(/^101–\u2060?200$/);
    expect(broken.widths, `"${broken.text}" drawn on two lines at these paragraph widths`).toEqual([]);
  });

  test.each(['/follow-ups/2/', '/follow-ups/status/open/2/'])('%s, light and dark, on a phone and a laptop: no axe violation of any impact', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        const page = await session.page.context().browser()!.newPage({ colorScheme, viewport: { width, height: 800 } });
        await page.goto(session.url + path);
        const violations = (await axeViolations(page)).map(describeViolation);
        await page.close();
        expect(violations, `${colorScheme} ${width}px`).toEqual([]);
      }
    }
  });
});
