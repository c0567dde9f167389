import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { browserAvailable } from '../support/browser.ts';
import { openSiteInBrowser } from '../support/browser-session.ts';
import { testOutputDir } from '../support/build-site.ts';

/**
 * How pages lay out in chromium, at a phone's width and a laptop's: what screenshots of sites
 * built from imported real reports showed broken (docs/architecture.md, "Checked on real reports").
 */
const site = resolve(testOutputDir, 'example-internal');
/** An internal postmortem whose body names a runbook inside a sentence and pastes a command inside <Internal>. */
const withInternalNotes = '/postmortems/2023-04-18-search-disk-full/';

for (const width of [390, 1280]) {
  describe.runIf(browserAvailable())(`layout at ${width}px`, () => {
    const session = openSiteInBrowser(site, { viewport: { width, height: 900 } });

    test('an internal note inside a sentence stays within its line: it covers no text above or below', async () => {
      await session.page.goto(`${session.url}${withInternalNotes}`);
      const boxes = await session.page.evaluate(() =>
        [...document.querySelectorAll('.internal-note--inline')].map((note) => {
          const lineHeight = parseFloat(getComputedStyle(note.closest('p, li, h1, h2, h3, h4, td') ?? note).lineHeight);
          return { lineHeight, heights: [...note.getClientRects()].map((r) => r.height) };
        }),
      );
      expect(boxes.length).toBeGreaterThan(0);
      for (const { lineHeight, heights } of boxes) {
        // The marking was a padded box taller than the line (44px on a 26px line), drawn over the neighbouring lines.
        for (const height of heights) expect(height).toBeLessThanOrEqual(lineHeight);
      }
    });

    test('a command pasted inside an internal note keeps its code block colours (no light band behind light text)', async () => {
      await session.page.goto(`${session.url}${withInternalNotes}`);
      const code = await session.page.evaluate(() =>
        [...document.querySelectorAll('.internal-note pre code')].map((element) => ({
          code: getComputedStyle(element).backgroundColor,
        })),
      );
      expect(code.length).toBeGreaterThan(0);
      // Transparent: the dark <pre> shows through, as in a code block outside a note.
      for (const { code: background } of code) expect(background).toBe('rgba(0, 0, 0, 0)');
    });

    test.each(['/', withInternalNotes, '/postmortems/2025-03-14-orders-migration-lock/', '/insights/', '/follow-ups/', '/services/', '/tags/'])(
      '%s is no wider than the window',
      async (path) => {
        await session.page.goto(`${session.url}${path}`);
        const widths = await session.page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
        expect(widths.page).toBeLessThanOrEqual(widths.window);
      },
    );

    test('chart labels on the insights page are drawn at 9px or more, and the figures beside them one per line at most twice', async () => {
      await session.page.goto(`${session.url}/insights/`);
      const charts = await session.page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('.chart svg')].map((svg) => ({
          id: svg.closest('figure')?.id,
          // An SVG text of font-size 11 (chart units) as drawn on screen.
          labelPx: (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * 11,
        })),
      );
      expect(charts.length).toBeGreaterThan(3);
      for (const chart of charts) expect(chart.labelPx, chart.id).toBeGreaterThanOrEqual(9);
      // "median time to resolve" took four lines in a fifth of a phone's width.
      const labelLines = await session.page.evaluate(() =>
        [...document.querySelectorAll('.stat-grid .stat')].map((stat) => {
          const range = document.createRange();
          range.selectNodeContents(stat);
          const label = [...stat.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) ?? stat.querySelector('a');
          if (!label) return 0;
          range.selectNodeContents(label);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
      );
      expect(labelLines.length).toBeGreaterThan(3);
      for (const lines of labelLines) expect(lines).toBeLessThanOrEqual(2);
    });

    test('the follow-up tracker fits its table in the page: an action that quotes a long address wraps', async () => {
      // Imported action items quote issue links; each widened the Action column to the link's length,
      // and the column naming the postmortem was pushed out of sight on a laptop screen.
      await session.page.goto(`${session.url}/follow-ups/`);
      expect(await session.page.locator('.follow-up-table td').filter({ hasText: 'https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/' }).count()).toBe(1);
      const box = await session.page.evaluate(() => {
        const scroller = document.querySelector('.follow-up-table')!.closest('.table-scroll')!;
        const due = document.querySelector('.follow-up-table tbody td time')!;
        return { table: scroller.scrollWidth, room: scroller.clientWidth, dueLines: due.getClientRects().length };
      });
      if (width >= 1280) expect(box.table).toBeLessThanOrEqual(box.room);
      expect(box.dueLines, 'a due day on one line').toBe(1);
    });

    test('a postmortem list shows at most three lines of each summary', async () => {
      await session.page.goto(`${session.url}/severity/sev-2/`);
      const summaries = await session.page.evaluate(() =>
        [...document.querySelectorAll('.pm-card__summary')].map((summary) => ({
          height: summary.getBoundingClientRect().height,
          lineHeight: parseFloat(getComputedStyle(summary).lineHeight),
          text: summary.textContent!.length,
        })),
      );
      expect(summaries.length).toBeGreaterThan(3);
      // Text hidden from sight only: every summary is in the page whole.
      expect(Math.max(...summaries.map((s) => s.text))).toBeGreaterThan(150);
      for (const { height, lineHeight } of summaries) expect(height).toBeLessThanOrEqual(3 * lineHeight + 1);
    });

    test('search results whose excerpt holds a long address are no wider than the window', async () => {
      // The excerpt quotes an 80-character link: its min-content width widened the results column past a phone's screen.
      await session.page.goto(`${session.url}/search/?q=owasp`);
      await session.page.waitForSelector('#search-results .search-result');
      expect(await session.page.locator('.search-result__excerpt').first().textContent()).toMatch(/https:\/\/cheatsheetseries\.owasp\.org\/\S{30,}/);
      const widths = await session.page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.window);
    });
  });
}
