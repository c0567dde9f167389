import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, test } from 'vitest';
import * as pagefind from 'pagefind';
import { classifyBuiltPath, internalCacheControl, publicCacheControl, type CacheClass } from '../../src/lib/cache-policy.ts';
import { parseNginxConfig, selectNginxLocation, parseHeadersFile, headersPathMatches, parseSimpleToml, nginxCacheControl, findNginxServer, type NginxDirective } from '../support/config-parsers.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

/** The files pagefind writes for one small page, as site paths (`/pagefind/...`). */
async function pagefindOutput(text: string, year: number): Promise<string[]> {
  const out = join(mkdtempSync(join(tmpdir(), 'kb-pagefind-')), 'pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  try {
    await index.addHTMLFile({ url: '/incidents/x/', content: `<html lang="en"><body data-pagefind-body><h1>${text}</h1><p>${text} <span data-pagefind-filter="year:${year}"></span></p></body></html>` });
    await index.writeFiles({ outputPath: out });
  } finally {
    await pagefind.close();
  }
  return readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.')).map((f) => `/pagefind/${f.split('\\').join('/')}`).sort();
}

// What pagefind really emits: a file whose name changes when the indexed text and filters change is
// content-hashed; one that keeps its name is not and must be revalidated.
let hashed: string[] = [];
let fixedNames: string[] = [];
beforeAll(async () => {
  const first = await pagefindOutput('Checkout unavailable', 2025);
  const second = await pagefindOutput('Search results delayed', 2024);
  hashed = first.filter((f) => !second.includes(f));
  fixedNames = first.filter((f) => second.includes(f));
});

/** A sample of every kind of file the builds emit besides pagefind's. */
const otherPaths: [string, CacheClass][] = [
  ['/_astro/index.B2x9kQ1c.css', 'immutable'],
  ['/index.html', 'revalidate'],
  ['/incidents/2025-05-01-checkout/index.html', 'revalidate'],
  ['/feed.xml', 'revalidate'],
  ['/sitemap-index.xml', 'revalidate'],
  ['/favicon.svg', 'revalidate'],
  ['/404.html', 'revalidate'],
];
const builtPaths = (): [string, CacheClass][] => [
  ...hashed.map((p): [string, CacheClass] => [p, 'immutable']),
  ...fixedNames.map((p): [string, CacheClass] => [p, 'revalidate']),
  ...otherPaths,
];

describe('cache policy', () => {
  test("agrees with pagefind's file names: hashed chunks for a year, entry points revalidated", () => {
    expect(fixedNames).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']));
    expect(hashed.some((p) => p.startsWith('/pagefind/fragment/'))).toBe(true);
    expect(hashed.some((p) => p.endsWith('.pf_meta'))).toBe(true);
    for (const [path, expected] of builtPaths()) expect([path, classifyBuiltPath(path)]).toEqual([path, expected]);
  });
});

describe('deploy/_headers (Netlify, Cloudflare Pages)', () => {
  const rules = parseHeadersFile(read('deploy/_headers'));
  test('every built file matches at most one rule, and gets the policy of its kind', () => {
    for (const [path, kind] of builtPaths()) {
      const matching = rules.filter((r) => headersPathMatches(r.path, path));
      expect(matching.length, `${path} matches ${matching.map((r) => r.path).join(', ')}`).toBeLessThanOrEqual(1);
      // No rule: the host's default, which revalidates; so only content-hashed files need one.
      const value = matching[0]?.headers['Cache-Control'];
      if (kind === 'immutable') expect([path, value]).toEqual([path, publicCacheControl.immutable]);
      else expect([path, value ?? publicCacheControl.revalidate]).toEqual([path, publicCacheControl.revalidate]);
    }
  });
  test('every rule matches something the build emits', () => {
    for (const rule of rules) expect(builtPaths().some(([path]) => headersPathMatches(rule.path, path)), rule.path).toBe(true);
  });
});

describe('deploy/nginx.conf', () => {
  const servers = parseNginxConfig(read('deploy/nginx.conf')).filter((d) => d.name === 'server');
  const publicServer = findNginxServer(servers, 'status.acme.example')!;
  const internalServer = findNginxServer(servers, 'incidents.acme.example')!;
  const directive = (block: NginxDirective | undefined, name: string) => block?.block?.filter((d) => d.name === name) ?? [];

  test('parses into a public and an internal server', () => {
    expect(servers).toHaveLength(2);
    expect(publicServer).toBeDefined();
    expect(internalServer).toBeDefined();
  });

  test.each([['public', publicCacheControl], ['internal', internalCacheControl]] as const)('the %s site sends the Cache-Control of each kind of file', (site, policy) => {
    const server = site === 'public' ? publicServer : internalServer;
    for (const [path, kind] of builtPaths()) expect([path, nginxCacheControl(server, path)]).toEqual([path, policy[kind]]);
  });

  test('the internal site needs a signed-in session for every file; only oauth2-proxy paths are exempt', () => {
    expect(directive(internalServer, 'auth_request').map((d) => d.args)).toEqual([['/oauth2/auth']]);
    const exempt = internalServer.block!.filter((d) => d.name === 'location' && directive(d, 'auth_request').some((a) => a.args[0] === 'off'));
    expect(exempt.map((d) => d.args.join(' '))).toEqual(['@oauth2_sign_in', '/oauth2/', '= /oauth2/auth']);
    for (const [path] of builtPaths()) expect(selectNginxLocation(internalServer, path)?.args.join(' ')).not.toMatch(/oauth2/);
    expect(directive(publicServer, 'auth_request')).toEqual([]);
  });

  test('oauth2-proxy listens where nginx sends the auth subrequests', () => {
    const config = parseSimpleToml(read('deploy/oauth2-proxy.cfg'));
    const auth = selectNginxLocation(internalServer, '/oauth2/auth')!;
    expect(directive(auth, 'proxy_pass')[0].args[0]).toBe(`http://${config.http_address}`);
    expect(new URL(String(config.redirect_url)).host).toBe('incidents.acme.example');
  });
});

describe('deploy/oauth2-proxy.cfg', () => {
  const config = parseSimpleToml(read('deploy/oauth2-proxy.cfg'));
  test('answers auth subrequests behind nginx with secure cookies', () => {
    expect(config).toMatchObject({ reverse_proxy: true, upstreams: ['static://202'], set_xauthrequest: true, cookie_secure: true, cookie_httponly: true });
    expect(String(config.redirect_url)).toMatch(/^https:\/\/.+\/oauth2\/callback$/);
    expect((config.email_domains as string[]).length).toBeGreaterThan(0);
  });
  test('keeps its secrets out of the file', () => {
    expect(Object.keys(config).filter((k) => /secret/.test(k))).toEqual([]);
  });
});
