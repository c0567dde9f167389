import { afterEach, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePagesAfterTemplate, type PageWithoutAstro } from '../../src/data/pages-without-astro.ts';
import { pageFrameHtml } from '../../src/lib/post-page/page-frame-html.ts';
import { siteConfig } from '../../site.config.ts';

/**
 * The build's own check of the pages it writes without Astro's renderer (post and follow-up
 * pages): the template page Astro built gives the head's stylesheet links, ours must equal it
 * byte for byte, else nothing more is written and the error names the first differing character.
 */
describe('pages written after their template', () => {
  let site = '';
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  const headTail = '<link rel="stylesheet" href="/_astro/Base.X1.css">';
  const page = (path: string, body: string): PageWithoutAstro => ({ path, html: (frame) => pageFrameHtml(path, 'Follow-ups', undefined, body, frame) });
  const builtByAstro = (path: string, body: string) => {
    const file = join(site, ...path.split('/').filter(Boolean), 'index.html');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, pageFrameHtml(path, 'Follow-ups', undefined, body, { siteTitle: siteConfig.title, organisation: siteConfig.organisation, headTail }));
  };

  test('a template equal to Astro\'s page: the other pages are written in its frame, under their paths', async () => {
    site = mkdtempSync(join(tmpdir(), 'kb-pages-'));
    builtByAstro('/follow-ups/', '<h1>One</h1>');
    const written = await writePagesAfterTemplate(site, page('/follow-ups/', '<h1>One</h1>'), [page('/follow-ups/2/', '<h1>Two</h1>'), page('/follow-ups/owner/sre/', '<h1>Three</h1>')], 'fix it');
    expect(written).toBe(2);
    const second = readFileSync(join(site, 'follow-ups/2/index.html'), 'utf8');
    expect(second).toContain(`${headTail}</head>`);
    expect(second).toContain('<main id="main" tabindex="-1"><h1>Two</h1></main>');
    expect(readFileSync(join(site, 'follow-ups/owner/sre/index.html'), 'utf8')).toContain('<h1>Three</h1>');
  });

  test('a template that differs from Astro\'s page stops before writing anything, naming where', async () => {
    site = mkdtempSync(join(tmpdir(), 'kb-pages-'));
    builtByAstro('/follow-ups/', '<h1>One</h1>');
    await expect(writePagesAfterTemplate(site, page('/follow-ups/', '<h1>Ones</h1>'), [page('/follow-ups/2/', '<h1>Two</h1>')], 'Change src/lib/follow-up-page/.'))
      .rejects.toThrow(/follow-ups\/index\.html: the page written without Astro differs from the one Astro built at character \d+: Astro's "<\/h1>.*", ours "s<\/h1>.*"\. Change src\/lib\/follow-up-page\/\./);
    expect(existsSync(join(site, 'follow-ups/2/index.html'))).toBe(false);
  });
});
