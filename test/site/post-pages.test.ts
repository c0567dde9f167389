import { beforeAll, describe, expect, test } from 'vitest';
import { cpSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, projectRoot, testOutputDir, type SiteBuild } from '../support/build-site.ts';
import { fixturesDir, makeContentFromFixture } from '../support/content-fixture.ts';
import { exampleSiteBuild } from '../support/example-site.ts';

/**
 * A build writes most post pages with a plain function of the post's data
 * (src/lib/post-page/post-page-html.ts), not with Astro's route (src/data/post-pages.ts), and so
 * the follow-up pages but each route's first (src/lib/follow-up-page/, src/data/follow-up-pages.ts), and
 * the tag, year and trigger pages (src/lib/list-page/, src/data/browse-list-pages.ts).
 * Those pages must be the ones Astro's routes write, byte for byte: the example knowledge base
 * (public posts with their preview, security blocks, recurrences, signals, historical records,
 * bodies compiled as MDX; follow-ups of every filter, items without owner, ticket or due day) is
 * built both ways and every file of the two sites compared.
 */
describe('post pages written without Astro\'s renderer', () => {
  let plain: SiteBuild;
  let byAstro: SiteBuild;
  const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();

  beforeAll(() => {
    // The example site the other site files read is this very build (content/, internal, the
    // tests' as-of date): read, not made a second time (suite time, session 48).
    plain = exampleSiteBuild('internal');
    byAstro = buildSite({ contentDir: resolve(projectRoot, 'content'), outDir: resolve(testOutputDir, 'post-pages-by-astro'), env: { KB_POST_PAGES_BY_ASTRO: '1' } });
  });

  test('the build wrote most post pages without Astro, and said how many', () => {
    expect(plain.status, plain.output.slice(-3000)).toBe(0);
    const written = Number(plain.output.match(/Post pages: (\d+) written without Astro's renderer/)?.[1]);
    const posts = files(plain.outDir).filter((f) => /^postmortems\/.+\/index\.html$/.test(f)).length;
    // Astro's route kept the template, the bodies it compiles itself and the security blocks.
    expect(written).toBeGreaterThan(posts / 2);
    expect(byAstro.status, byAstro.output.slice(-3000)).toBe(0);
    expect(byAstro.output).not.toMatch(/written without Astro's renderer/);
  });

  test('the build wrote the follow-up filter pages but the first without Astro, and said how many', () => {
    const written = Number(plain.output.match(/Follow-up filter pages: (\d+) written without Astro's renderer/)?.[1]);
    const filterPages = files(plain.outDir).filter((f) => /^follow-ups\/[^/]+\/[^/]+\/(?:\d+\/)?index\.html$/.test(f)).length;
    // Astro's route kept one page, the template.
    expect(written).toBe(filterPages - 1);
    expect(filterPages).toBeGreaterThan(10);
  });

  test.each([
    ['Tag pages', /^tags\/[^/]+\/(?:\d+\/)?index\.html$/],
    ['Year pages', /^years\/[^/]+\/(?:\d+\/)?index\.html$/],
    ['Trigger pages', /^triggers\/[^/]+\/(?:\d+\/)?index\.html$/],
  ])('the build wrote the %s but the first without Astro, and said how many', (family, route) => {
    const written = Number(plain.output.match(new RegExp(`${family}: (\\d+) written without Astro's renderer`))?.[1]);
    const pages = files(plain.outDir).filter((f) => route.test(f)).length;
    // Astro's route kept one page, the template.
    expect(written).toBe(pages - 1);
    expect(pages).toBeGreaterThan(2);
  });

  test('every file of the site is byte for byte the one Astro\'s route writes', () => {
    const ours = files(plain.outDir);
    expect(ours).toEqual(files(byAstro.outDir));
    const differing = ours.filter((f) => !readFileSync(join(plain.outDir, f)).equals(readFileSync(join(byAstro.outDir, f))));
    expect(differing).toEqual([]);
  });
});

/**
 * The follow-up pages' rarer markup, which the example knowledge base does not show: items of
 * historical records (no owner: the "no owner recorded" filter, its page's note and the first
 * page's count) and a ticket label broken with `<wbr>` (tracker fixture). Built both ways, every
 * file compared.
 */
describe('follow-up pages of historical records and tracked tickets, written without Astro\'s renderer', () => {
  let plain: SiteBuild;
  let byAstro: SiteBuild;
  const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();

  beforeAll(() => {
    const contentDir = makeContentFromFixture('good-input');
    cpSync(join(fixturesDir, 'historical/postmortems'), join(contentDir, 'postmortems'), { recursive: true });
    cpSync(join(fixturesDir, 'tracker/content/postmortems'), join(contentDir, 'postmortems'), { recursive: true });
    plain = buildSite({ contentDir, outDir: resolve(testOutputDir, 'follow-up-pages-plain') });
    byAstro = buildSite({ contentDir, outDir: resolve(testOutputDir, 'follow-up-pages-by-astro'), env: { KB_POST_PAGES_BY_ASTRO: '1' } });
  });

  test('the pages hold that markup, and the build wrote them without Astro', () => {
    expect(plain.status, plain.output.slice(-3000)).toBe(0);
    expect(byAstro.status, byAstro.output.slice(-3000)).toBe(0);
    expect(Number(plain.output.match(/Follow-up filter pages: (\d+) written without Astro's renderer/)?.[1])).toBeGreaterThan(5);
    const ours = files(plain.outDir);
    const unrecordedOwner = ours.find((f) => f === 'follow-ups/owner/_not-recorded/index.html');
    expect(unrecordedOwner).toBeDefined();
    expect(readFileSync(join(plain.outDir, unrecordedOwner!), 'utf8')).toContain('These follow-ups come from historical records');
    expect(ours.some((f) => f.startsWith('follow-ups/') && f !== 'follow-ups/index.html' && readFileSync(join(plain.outDir, f), 'utf8').includes('<wbr>'))).toBe(true);
  });

  test('every file of the site is byte for byte the one Astro\'s routes write', () => {
    const ours = files(plain.outDir);
    expect(ours).toEqual(files(byAstro.outDir));
    expect(ours.filter((f) => !readFileSync(join(plain.outDir, f)).equals(readFileSync(join(byAstro.outDir, f))))).toEqual([]);
  });
});
