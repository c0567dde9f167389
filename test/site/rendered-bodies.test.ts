import { beforeAll, describe, expect, test } from 'vitest';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, projectRoot, testOutputDir, type SiteBuild } from '../support/build-site.ts';
import { makeContentFromFixture } from '../support/content-fixture.ts';
import { sharedFixtureBuilds } from '../support/shared-fixture-build.ts';
import { plantRenderedBody } from '../support/rendered-bodies-file.ts';
import { contentCacheDir } from '../../site.config.ts';

/**
 * Rendered bodies live beside Astro's data store, not in it (src/integrations/rendered-bodies.ts),
 * and so does the frontmatter (`KbSession.storedData`): the store, which Astro serialises with
 * devalue before every build's pages and after every edit under `astro dev`, holds the entries
 * but neither; the pages still show both; a rebuild takes an unchanged body from the cache and
 * renders a changed one again.
 */
describe('rendered bodies beside the data store', () => {
  const id = '2025-07-08-checkout-config';
  const bodySentence = 'A configuration push lowered the pool size.';
  let contentDir: string;
  let cacheDir: string;
  let first: SiteBuild;
  const pageOf = (build: SiteBuild) => readFileSync(join(build.outDir, 'postmortems', id, 'index.html'), 'utf8');
  const bodiesFile = (variant: string) => join(cacheDir, `postmortem-bodies-${variant}.cache`);

  beforeAll(() => {
    contentDir = makeContentFromFixture('good-input');
    cacheDir = resolve(projectRoot, contentCacheDir(contentDir));
    first = buildSite({ contentDir, outDir: resolve(testOutputDir, 'rendered-bodies-1') });
  });

  test('the page shows the body and the frontmatter, which Astro\'s data store does not hold', () => {
    expect(first.status, first.output.slice(-3000)).toBe(0);
    expect(pageOf(first)).toContain(bodySentence);
    expect(pageOf(first)).toContain('Checkout errors after a config push');
    const store = readFileSync(join(cacheDir, 'data-store.json'), 'utf8');
    expect(store).toContain(id);
    expect(store).not.toContain('Checkout errors after a config push');
    expect(store).not.toContain('lowered the pool size');
    expect(readFileSync(bodiesFile('internal'), 'utf8')).toContain('lowered the pool size');
  });

  test('a rebuild reuses the cached rendering of an unchanged body, and renders a changed one', () => {
    // Proof of reuse: a rendering planted in the cache under the source's digest is what the page shows.
    plantRenderedBody(bodiesFile('internal'), id, '<p>zqxfromthecache</p>');
    // The cache of the format before (JSON) is deleted, not left in the cache folder for ever.
    const formerCache = bodiesFile('internal').replace(/\.cache$/, '.json');
    writeFileSync(formerCache, '{"format":1,"renderer":"7.3.5","bodies":{}}');
    const reused = buildSite({ contentDir, outDir: resolve(testOutputDir, 'rendered-bodies-2') });
    expect(reused.status, reused.output.slice(-3000)).toBe(0);
    expect(pageOf(reused)).toContain('zqxfromthecache');
    expect(existsSync(formerCache)).toBe(false);

    const file = join(contentDir, 'postmortems', `${id}.mdx`);
    appendFileSync(file, '\nA sentence added between builds: zqxaddedlater.\n');
    // The frontmatter, beside the warm store, is this build's too.
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Checkout errors after a config push', 'title: Checkout errors after a zqxretitled push'));
    const changed = buildSite({ contentDir, outDir: resolve(testOutputDir, 'rendered-bodies-3') });
    expect(changed.status, changed.output.slice(-3000)).toBe(0);
    expect(pageOf(changed)).toContain('zqxaddedlater');
    expect(pageOf(changed)).toContain('Checkout errors after a zqxretitled push');
    expect(pageOf(changed)).toContain(bodySentence);
    expect(pageOf(changed)).not.toContain('zqxfromthecache');
  });

  test('a public rendering is not reused once a post it links is no longer public: the link goes', () => {
    const dir = makeContentFromFixture('canary');
    const linking = join(dir, 'postmortems', '2025-05-01-public-canary.mdx');
    const twin = join(dir, 'postmortems', '2025-05-03-public-twin.mdx');
    const canary = readFileSync(linking, 'utf8');
    writeFileSync(twin, canary.replace('zqxinternaltitle checkout outage', 'zqxinternaltitle twin outage'));
    writeFileSync(linking, `${canary}\nThe same failure came back: [the twin](/postmortems/2025-05-03-public-twin/).\n`);
    const pageOfLinking = (build: SiteBuild) => readFileSync(join(build.outDir, 'incidents/2025-05-01-public-canary/index.html'), 'utf8');
    const before = buildSite({ contentDir: dir, outDir: resolve(testOutputDir, 'rendered-bodies-links-1'), variant: 'public' });
    expect(before.status, before.output.slice(-3000)).toBe(0);
    expect(pageOfLinking(before)).toContain('href="/incidents/2025-05-03-public-twin/"');
    // The linked post becomes internal; the linking post's source is unchanged.
    writeFileSync(twin, readFileSync(twin, 'utf8').replace('visibility: public', 'visibility: internal'));
    const after = buildSite({ contentDir: dir, outDir: resolve(testOutputDir, 'rendered-bodies-links-2'), variant: 'public' });
    expect(after.status, after.output.slice(-3000)).toBe(0);
    expect(existsSync(join(after.outDir, 'incidents/2025-05-03-public-twin'))).toBe(false);
    expect(pageOfLinking(after)).not.toContain('2025-05-03-public-twin');
    expect(pageOfLinking(after)).toContain('The same failure came back: the twin.');
  });

  test('the public build keeps its own renderings: the internal ones are never read for it', () => {
    // Internal first, then public, in one content folder: the builds public-canary reads too, made
    // once for both files (suite time, session 48). The internal cache is only written by the
    // internal build, so reading it after the public one still shows what that build left.
    const { contentDir: canaryDir, builds: { internal, public: published } } = sharedFixtureBuilds('canary', ['internal', 'public']);
    const canaryCache = resolve(projectRoot, contentCacheDir(canaryDir));
    expect(internal.status, internal.output.slice(-3000)).toBe(0);
    expect(readFileSync(join(canaryCache, 'postmortem-bodies-internal.cache'), 'utf8')).toContain('zqxinternalblock');
    expect(published.status, published.output.slice(-3000)).toBe(0);
    expect(existsSync(join(canaryCache, 'postmortem-bodies-public.cache'))).toBe(true);
    const publicCache = readFileSync(join(canaryCache, 'postmortem-bodies-public.cache'), 'utf8');
    expect(publicCache).toContain('zqxpublicbody');
    expect(publicCache).not.toContain('zqxinternalblock');
    expect(readFileSync(join(published.outDir, 'incidents/2025-05-01-public-canary/index.html'), 'utf8')).not.toContain('zqxinternalblock');
  });
});
