import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, projectRoot, testOutputDir, type SiteBuild } from '../support/build-site.ts';

/**
 * A build writes most post pages with a plain function of the post's data
 * (src/lib/post-page/post-page-html.ts), not with Astro's route (src/data/post-pages.ts). Those
 * pages must be the ones Astro's route writes, byte for byte: the example knowledge base (public
 * posts with their preview, security blocks, recurrences, signals, historical records, bodies
 * compiled as MDX) is built both ways and every file of the two sites compared.
 */
describe('post pages written without Astro\'s renderer', () => {
  let plain: SiteBuild;
  let byAstro: SiteBuild;
  const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();

  beforeAll(() => {
    const contentDir = resolve(projectRoot, 'content');
    plain = buildSite({ contentDir, outDir: resolve(testOutputDir, 'post-pages-plain') });
    byAstro = buildSite({ contentDir, outDir: resolve(testOutputDir, 'post-pages-by-astro'), env: { KB_POST_PAGES_BY_ASTRO: '1' } });
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

  test('every file of the site is byte for byte the one Astro\'s route writes', () => {
    const ours = files(plain.outDir);
    expect(ours).toEqual(files(byAstro.outDir));
    const differing = ours.filter((f) => !readFileSync(join(plain.outDir, f)).equals(readFileSync(join(byAstro.outDir, f))));
    expect(differing).toEqual([]);
  });
});
