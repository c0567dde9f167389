import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteBuild } from '../support/build-site.ts';
import { sharedFixtureBuilds } from '../support/shared-fixture-build.ts';

/**
 * Postmortems render through Astro's Markdown renderer (the fast path, postmortem-loader.ts);
 * one that needs MDX proper (here an expression, `{6 * 7}`) is compiled by @astrojs/mdx as
 * before, on both sites, with <Internal> still cut from the public one.
 */
describe('a postmortem that needs MDX proper', () => {
  let internalBuild: SiteBuild;
  let publicBuild: SiteBuild;
  const id = '2025-05-01-expression';

  beforeAll(() => {
    // One pair of builds with public-images.test.ts's post beside these (suite time, session 50).
    ({ internal: internalBuild, public: publicBuild } = sharedFixtureBuilds(['mdx-fallback', 'public-images'], ['internal', 'public']).builds);
  });

  test('is compiled as MDX, and says so in the build log', () => {
    expect(internalBuild.status, internalBuild.output.slice(-3000)).toBe(0);
    expect(internalBuild.output).toMatch(/2025-05-01-expression\.mdx: compiled as MDX because it has the expression \{6 \* 7\}/);
    const page = readFileSync(join(internalBuild.outDir, 'postmortems', id, 'index.html'), 'utf8');
    expect(page).toContain('checkout for 42 minutes');
    expect(page).toContain('fbkinternalblock');
    expect(page).toMatch(/class="internal-note"/);
    // Task-list checkboxes get their label from the MDX integration's rehype plugin here.
    expect(page).toMatch(/<input[^>]*type="checkbox"[^>]*aria-label="done"[^>]*\/?> ?fbktaskdone/);
    expect(page).toMatch(/<input[^>]*type="checkbox"[^>]*aria-label="not done"[^>]*\/?> ?fbktaskopen/);
  });

  test('its internal page\'s public preview has ids of its own: none twice on the page', () => {
    // The preview of a post Astro compiles as MDX was rendered without the `preview-` prefix the
    // loader-rendered ones get (session 20): "what-happened" twice, the body's and the preview's.
    const page = readFileSync(join(internalBuild.outDir, 'postmortems', id, 'index.html'), 'utf8');
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.filter((name, i) => ids.indexOf(name) !== i)).toEqual([]);
    expect(ids).toContain('what-happened');
    expect(ids).toContain('preview-what-happened');
    const preview = page.slice(page.indexOf('id="public-preview"'));
    expect(preview).toContain('checkout for 42 minutes');
    expect(preview).not.toContain('fbkinternalblock');
  });

  test('an imported status incident compiled as MDX shows its updates once: its own "Timeline", not the page\'s too', () => {
    // The page decided from the loader's HTML only; a body Astro compiles as MDX left it none,
    // so the updates stood under two headings named "Timeline" (the body's, then the page's).
    const page = readFileSync(join(internalBuild.outDir, 'postmortems', '2025-05-02-status-updates', 'index.html'), 'utf8');
    expect(page).toContain('posted 4 times in all');
    expect([...page.matchAll(/<h2[^>]*>Timeline<\/h2>/g)]).toHaveLength(1);
    expect(page).not.toContain('id="timeline-title"');
    for (const words of ['We are looking into slow sign-in for some customers.', 'Sign-in times are back to normal.']) expect(page).toContain(words);
  });

  test('its public page has the expression evaluated and no internal text', () => {
    expect(publicBuild.status, publicBuild.output.slice(-3000)).toBe(0);
    const page = readFileSync(join(publicBuild.outDir, 'incidents', id, 'index.html'), 'utf8');
    expect(page).toContain('checkout for 42 minutes');
    for (const marker of ['fbkinternalblock', 'fbkinlineinternal', 'deploy repository']) expect(page).not.toContain(marker);
    expect(page).toMatch(/<input[^>]*type="checkbox"[^>]*aria-label="done"[^>]*\/?> ?fbktaskdone/);
  });
});
