import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteBuild } from '../support/build-site.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { sharedFixtureBuilds } from '../support/shared-fixture-build.ts';

/**
 * A public post with two images beside it (test/fixtures/public-images): one in its public text,
 * one only inside <Internal>. Both sites build; the public one carries the public image only.
 */
const media = join(fixturesDir, 'public-images/postmortems/media/2025-05-01-checkout-graphs');
const filesOf = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' });

describe('images of a public post', () => {
  let publicBuild: SiteBuild;
  let internalBuild: SiteBuild;

  beforeAll(() => {
    // One pair of builds with fast-path.test.ts's posts beside this one (suite time, session 50):
    // internal first, so the public build runs with the internal image already in the folder's
    // caches, the harder case for the public site's image assertions.
    ({ internal: internalBuild, public: publicBuild } = sharedFixtureBuilds(['mdx-fallback', 'public-images'], ['internal', 'public']).builds);
  });

  test('both builds succeed', () => {
    expect(publicBuild.status, publicBuild.output.slice(-3000)).toBe(0);
    expect(internalBuild.status, internalBuild.output.slice(-3000)).toBe(0);
  });

  test('the public page shows the public image, built into the site', () => {
    const page = readFileSync(join(publicBuild.outDir, 'incidents/2025-05-01-checkout-graphs/index.html'), 'utf8');
    const src = /<img alt="Checkout error rate during the incident"[^>]*\bsrc="([^"]+)"/.exec(page)?.[1];
    expect(src, 'no <img> of the public image').toMatch(/^\/_astro\/[\w-]+\.\w+$/);
    // Named by its hash alone (canary round 42): a file's name is words no reader sees.
    expect(src).not.toContain('error-rate');
    expect(filesOf(publicBuild.outDir)).toContain(src!.slice(1));
  });

  test('an image referenced only inside <Internal> is nowhere in the public site', () => {
    const files = filesOf(publicBuild.outDir);
    expect(files.filter((file) => file.includes('internal-dashboard'))).toEqual([]);
    const original = readFileSync(join(media, 'internal-dashboard.png'));
    const texts = files.flatMap((file) => { try { return [readFileSync(join(publicBuild.outDir, file))]; } catch { return []; } });
    expect(texts.some((bytes) => bytes.equals(original))).toBe(false);
    expect(texts.some((bytes) => bytes.includes('internal-dashboard') || bytes.includes('Internal dashboard of the flag service'))).toBe(false);
  });

  test('the internal page shows both images (the fixture is alive)', () => {
    const page = readFileSync(join(internalBuild.outDir, 'postmortems/2025-05-01-checkout-graphs/index.html'), 'utf8');
    expect(page).toMatch(/<img alt="Checkout error rate during the incident"[^>]*src="\/_astro\/error-rate\./);
    expect(page).toMatch(/<img alt="Internal dashboard of the flag service"[^>]*src="\/_astro\/internal-dashboard\./);
  });
});
