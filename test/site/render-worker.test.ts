import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, testOutputDir, type SiteBuild } from '../support/build-site.ts';
import { makeContentFromFixture } from '../support/content-fixture.ts';
import { readSiteFiles } from '../support/site-files.ts';

/**
 * The internal build renders bodies on Astro's thread and on a worker thread at once
 * (src/integrations/render-worker.ts), with its own instance of Astro's Markdown renderer. The
 * worker always renders the first file, here a body with most of what Markdown and our components
 * offer (duplicate headings, a table, two highlighted code blocks, a task list, a footnote,
 * smart punctuation, <Internal>, <PublicOnly>, a public preview): the site must be byte for byte
 * the one built with the worker off.
 */
describe('the render worker', () => {
  let withWorker: SiteBuild;
  let withoutWorker: SiteBuild;

  beforeAll(() => {
    // Two copies of the content: each build starts without cached renderings.
    withoutWorker = buildSite({ contentDir: makeContentFromFixture('render-worker'), outDir: resolve(testOutputDir, 'render-worker-off'), args: ['--render-worker', 'off'] });
    withWorker = buildSite({ contentDir: makeContentFromFixture('render-worker'), outDir: resolve(testOutputDir, 'render-worker-on') });
  });

  test('renders at least the first body when on, and none when off', () => {
    expect(withWorker.status, withWorker.output.slice(-3000)).toBe(0);
    expect(withoutWorker.status, withoutWorker.output.slice(-3000)).toBe(0);
    const onWorker = /Rendered (\d+) bodies in [\d.]+ s, (\d+) of them on the render worker/.exec(withWorker.output);
    expect(onWorker, withWorker.output.slice(-3000)).not.toBeNull();
    expect(Number(onWorker![2])).toBeGreaterThanOrEqual(1);
    expect(withoutWorker.output).toMatch(/Rendered 3 bodies in [\d.]+ s, 0 of them on the render worker/);
  });

  test('gives the same site as Astro\'s own renderer, byte for byte', () => {
    const on = readSiteFiles(withWorker.outDir).filter((file) => !file.file.startsWith('pagefind/'));
    const off = readSiteFiles(withoutWorker.outDir).filter((file) => !file.file.startsWith('pagefind/'));
    expect(on.map((file) => file.file)).toEqual(off.map((file) => file.file));
    for (let index = 0; index < on.length; index++) expect(on[index].text, on[index].file).toBe(off[index].text);
  });

  test('the first body is rendered in full: highlighted code, table, footnote, internal note and public preview', () => {
    const page = readFileSync(join(withWorker.outDir, 'postmortems/2020-01-01-rich-body/index.html'), 'utf8');
    expect(page).toMatch(/<pre class="astro-code[^"]*"[^>]*data-language="yaml"/);
    expect(page).toContain('<table>');
    expect(page).toMatch(/id="what-happened-1"/);
    expect(page).toMatch(/class="internal-note"/);
    expect(page).toContain('data-footnotes');
    // The preview of the public post: the public-only paragraph, not the internal note.
    const preview = page.slice(page.indexOf('id="public-preview"'));
    expect(preview).toContain('We are sorry for the trouble this caused.');
    expect(preview).not.toContain('Inline internal detail.');
  });
});
