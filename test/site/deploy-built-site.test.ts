import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyBuiltPath, internalCacheControl, publicCacheControl } from '../../src/lib/cache-policy.ts';
import { findNginxServer, headersCacheControl, nginxCacheControl, parseHeadersFile, parseNginxConfig } from '../support/config-parsers.ts';
import { projectRoot } from '../support/build-site.ts';
import { exampleSite } from '../support/example-site.ts';

/** Every file of a built site, as a site path (`/pagefind/pagefind.js`). */
function builtPaths(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(site, file)).isFile())
    .map((file) => `/${file.split('\\').join('/')}`)
    .sort();
}

const publicSite = builtPaths(exampleSite('public'));
const internalSite = builtPaths(exampleSite('internal'));
const headersRules = parseHeadersFile(readFileSync(resolve(projectRoot, 'deploy/_headers'), 'utf8'));
const nginx = parseNginxConfig(readFileSync(resolve(projectRoot, 'deploy/nginx.conf'), 'utf8'));

describe('the example deployment files against the built example sites', () => {
  test('the builds emit the files the cache policy is about', () => {
    for (const site of [publicSite, internalSite]) {
      expect(site).toEqual(expect.arrayContaining(['/index.html', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']));
      expect(site.some((path) => /^\/pagefind\/fragment\/.+\.pf_fragment$/.test(path))).toBe(true);
      expect(site.some((path) => /^\/pagefind\/pagefind\..+\.pf_meta$/.test(path))).toBe(true);
    }
  });

  test("every file the policy keeps for a year has a content hash in its name", () => {
    for (const path of [...publicSite, ...internalSite].filter((p) => classifyBuiltPath(p) === 'immutable')) {
      // Astro: name.<8+ chars>.ext (the public build: the hash alone, <8+ chars>.ext, since canary
      // round 42: a name could carry an internal word); pagefind: <lang>_<7+ hex>.
      expect(path, path).toMatch(/\.[A-Za-z0-9_-]{8,}\.[a-z0-9]+$|^\/_astro\/[A-Za-z0-9_-]{8,}\.[a-z0-9]+$|[a-z]+_[0-9a-f]{7,}\.pf_[a-z]+$/);
    }
  });

  test('deploy/_headers gives every public file its policy, with no two rules on one file', () => {
    for (const path of publicSite) {
      const { matches, value } = headersCacheControl(headersRules, path);
      expect(matches, path).toBeLessThanOrEqual(1);
      const expected = publicCacheControl[classifyBuiltPath(path)];
      // Without a rule the host revalidates, which is the policy for unhashed files.
      expect([path, value ?? publicCacheControl.revalidate]).toEqual([path, expected]);
    }
  });

  test('deploy/nginx.conf sends the policy of every file of both sites', () => {
    const publicServer = findNginxServer(nginx, 'status.acme.example')!;
    const internalServer = findNginxServer(nginx, 'incidents.acme.example')!;
    for (const path of publicSite) expect([path, nginxCacheControl(publicServer, path)]).toEqual([path, publicCacheControl[classifyBuiltPath(path)]]);
    for (const path of internalSite) expect([path, nginxCacheControl(internalServer, path)]).toEqual([path, internalCacheControl[classifyBuiltPath(path)]]);
  });
});
