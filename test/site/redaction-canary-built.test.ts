import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, testOutputDir, type SiteBuild } from '../support/build-site.ts';
import { makeContentFromFixture } from '../support/content-fixture.ts';

/**
 * A leak only the built public site holds: the public name of a service comes from services.yaml,
 * not from the post, and the public page prints it. The scan of the sources does not read it; the
 * scan of the built pages (kb-integration.ts, page by page since session 30) must find it and stop
 * the build, with nothing written.
 */
describe('a leak only in the built public site', () => {
  let build: SiteBuild;
  const outDir = resolve(testOutputDir, 'built-leak-public');

  beforeAll(() => {
    const contentDir = makeContentFromFixture('canary');
    const services = join(contentDir, 'services.yaml');
    writeFileSync(services, readFileSync(services, 'utf8').replace('publicName: Checkout\n', 'publicName: Checkout on web7.acme.internal\n'));
    rmSync(outDir, { recursive: true, force: true });
    build = buildSite({ contentDir, outDir, variant: 'public' });
  });

  test('the build stops on the pages that print it, and writes nothing', () => {
    expect(build.status, build.output.slice(-3000)).not.toBe(0);
    // The home page's list of incidents names the affected services.
    expect(build.output).toMatch(/built-leak-public\.staging\/index\.html:\d+:\d+\s+error\s+redact\/internal-host .*web7\.acme\.internal/);
    expect(build.output).toContain('problem(s) in the built public site');
    // Not found in the sources: the post does not say it.
    expect(build.output).not.toMatch(/2025-05-01-public-canary\.mdx:\d+:\d+\s+error\s+redact\/internal-host/);
    expect(existsSync(outDir)).toBe(false);
  });
});
