import { beforeAll, describe, expect, test } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, projectRoot, testOutputDir, type SiteBuild } from '../support/build-site.ts';
import { fixturesDir, makeContentFromFixture } from '../support/content-fixture.ts';
import { plantRenderedBody } from '../support/rendered-bodies-file.ts';
import { contentCacheDir } from '../../site.config.ts';

/**
 * Each content folder has its own Astro cache (data store, rendered bodies), but Astro writes the
 * modules it generates from the store (`.astro/content-assets.mjs`: the entries' images;
 * `.astro/content-modules.mjs`: the entries compiled as MDX) once per project. A warm rebuild of
 * one content folder after a build of another must bundle its own, not the other folder's
 * (src/integrations/content-caches.ts `claimGeneratedContentModules`), and still reuse its caches.
 */
describe('switching content folders', () => {
  const imageId = '2025-05-01-checkout-graphs';
  const mdxId = '2025-05-01-expression';
  const plainId = '2025-07-08-checkout-config';
  /** Images (kept in Astro's data store), an MDX expression (compiled by @astrojs/mdx) and a plain body (rendered beside the store). */
  const contentWithEverything = () => {
    const dir = makeContentFromFixture('public-images');
    for (const fixture of ['mdx-fallback', 'good-input']) {
      cpSync(join(fixturesDir, fixture, 'postmortems'), join(dir, 'postmortems'), { recursive: true });
    }
    return dir;
  };
  // The same output folder for every build of `mine`: Astro clears its data store when the
  // configuration (the output folder included) changes, and only a warm store shows the bug.
  const outDir = resolve(testOutputDir, 'content-folder-switch');
  const pageOf = (build: SiteBuild, id: string) => readFileSync(join(build.outDir, 'postmortems', id, 'index.html'), 'utf8');
  let mine: string;
  let rebuilt: SiteBuild;

  beforeAll(() => {
    mine = contentWithEverything();
    const first = buildSite({ contentDir: mine, outDir });
    if (first.status !== 0) throw new Error(`The first build failed:\n${first.output.slice(-3000)}`);
    // Another content folder with images and MDX of its own (a test fixture, say), built and deleted.
    const other = contentWithEverything();
    const between = buildSite({ contentDir: other, outDir: resolve(testOutputDir, 'content-folder-switch-other') });
    if (between.status !== 0) throw new Error(`The other folder's build failed:\n${between.output.slice(-3000)}`);
    rmSync(other, { recursive: true, force: true });
    // Proof that the rebuild reuses this folder's caches: renderings planted in its data store
    // (a body with images) and beside it (a plain body) are what the pages show.
    const cacheDir = resolve(projectRoot, contentCacheDir(mine));
    const storeFile = join(cacheDir, 'data-store.json');
    const store = readFileSync(storeFile, 'utf8');
    expect(store).toContain('Checkout recovered after the setting was turned off.');
    writeFileSync(storeFile, store.replace('Checkout recovered after the setting was turned off.', 'zqxfromthestore'));
    plantRenderedBody(join(cacheDir, 'postmortem-bodies-internal.cache'), plainId, '<p>zqxfromthebodies</p>');
    rebuilt = buildSite({ contentDir: mine, outDir });
  });

  test('a warm rebuild after another folder\'s build bundles its own images and MDX entries', () => {
    expect(rebuilt.status, rebuilt.output.slice(-3000)).toBe(0);
    const imagePage = pageOf(rebuilt, imageId);
    expect(imagePage).toMatch(/<img alt="Checkout error rate during the incident"[^>]*src="\/_astro\/error-rate\./);
    expect(imagePage).not.toContain('__ASTRO_IMAGE_');
    expect(pageOf(rebuilt, mdxId)).toContain('checkout for 42 minutes');
  });

  test('and still reuses its data store and rendered bodies', () => {
    expect(pageOf(rebuilt, imageId)).toContain('zqxfromthestore');
    expect(pageOf(rebuilt, plainId)).toContain('zqxfromthebodies');
  });
});
