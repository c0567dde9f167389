import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SiteBuild } from '../support/build-site.ts';
import { readSiteFiles } from '../support/site-files.ts';
import { sharedFixtureBuilds } from '../support/shared-fixture-build.ts';

/**
 * The canary corpus (test/fixtures/canary) puts a unique marker in every place that must stay
 * internal, and in every place the public post shows. The public build must contain none of the
 * first kind, in any file (pagefind's index is gzip-compressed: decompressed here), and all of
 * the second.
 */
const internalMarkers = [
  'zqxinternaltitle', 'zqxinternalsummary', 'zqxcommanderrole', 'zqxreviewerrole', 'zqxinternaltimeline',
  'zqxinternalmitigation', 'zqxcontributorfactor', 'zqxmitigatorfactor', 'zqxriskfactor', 'zqxverificationnote',
  'zqxticketlink', 'zqxinternalaction', 'zqxverificationtwo', 'zqxinternalblock', 'zqxinlineinternal',
  'zqxinternalonlypost', 'zqxinternalonlysummary', 'zqxinternalonlyimpact', 'zqxinternalonlybody',
  'zqxdraftpost', 'zqxdraftsummary', 'zqxdraftimpact', 'zqxdraftpublictitle', 'zqxdraftpublicsummary', 'zqxdraftbody',
];
const publicMarkers = [
  'zqxpublictitle', 'zqxpublicsummary', 'zqxpublicimpact', 'zqxpublictimeline', 'zqxpublicaction',
  'zqxpublicbody', 'zqxpublicsecond', 'zqxpubliconly', 'zqxpubliclearning',
];
/** Internal names that must not appear either: team ids and names, a service id, a service without a public name. */
const internalNames = ['checkout-api', 'orders-db', 'Orders database', 'Site Reliability', '@acme/', 'Internal only'];

describe('public build of the canary corpus', () => {
  let publicBuild: SiteBuild;
  let internalBuild: SiteBuild;
  let publicFiles: { file: string; text: string }[];

  beforeAll(() => {
    // The same builds as rendered-bodies' (internal, then public in the same folder, with the
    // internal renderings in its cache): made once for both files (suite time, session 48).
    ({ internal: internalBuild, public: publicBuild } = sharedFixtureBuilds('canary', ['internal', 'public']).builds);
    publicFiles = readSiteFiles(publicBuild.outDir);
  });

  test('both builds succeed', () => {
    expect(publicBuild.status, publicBuild.output.slice(-3000)).toBe(0);
    expect(internalBuild.status, internalBuild.output.slice(-3000)).toBe(0);
    expect(publicFiles.some((f) => f.file.startsWith('pagefind/fragment/'))).toBe(true);
  });

  test('no internal marker appears in any file of the public site', () => {
    const leaks = publicFiles.flatMap(({ file, text }) =>
      internalMarkers.filter((marker) => text.toLowerCase().includes(marker.slice(0, -2))).map((marker) => `${marker} in ${file}`),
    );
    expect(leaks).toEqual([]);
  });

  test('no internal name appears in any file of the public site', () => {
    const leaks = publicFiles.flatMap(({ file, text }) => internalNames.filter((name) => text.includes(name)).map((name) => `${name} in ${file}`));
    expect(leaks).toEqual([]);
  });

  test('every public marker appears in the public page, and in the search index', () => {
    const page = readFileSync(join(publicBuild.outDir, 'incidents/2025-05-01-public-canary/index.html'), 'utf8');
    for (const marker of publicMarkers) expect(page, marker).toContain(marker);
    const index = publicFiles.filter((f) => f.file.startsWith('pagefind/')).map((f) => f.text.toLowerCase()).join('\n');
    expect(index).toContain('zqxpublicbody');
    expect(index).toContain('zqxpublictitle');
  });

  test('the internal build does show the internal markers (the canary is alive)', () => {
    const page = readFileSync(join(internalBuild.outDir, 'postmortems/2025-05-01-public-canary/index.html'), 'utf8');
    for (const marker of ['zqxinternaltitle', 'zqxinternalblock', 'zqxinlineinternal', 'zqxverificationnote', 'zqxcontributorfactor']) {
      expect(page, marker).toContain(marker);
    }
    // ...and its preview of the public post shows the public text without the Internal blocks.
    const preview = page.slice(page.indexOf('id="public-preview"'), page.indexOf('</details>', page.indexOf('id="public-preview"')));
    expect(preview).toContain('zqxpubliconly');
    expect(preview).toContain('zqxpublicbody');
    expect(preview).not.toContain('zqxinternalblock');
    expect(preview).not.toContain('zqxinlineinternal');
    expect(preview).not.toContain('zqxverificationnote');
  });

  test('the feed and the sitemap list only the public post', () => {
    const feed = readFileSync(join(publicBuild.outDir, 'feed.xml'), 'utf8');
    expect(feed).toContain('zqxpublictitle');
    expect((feed.match(/<item>/g) ?? []).length).toBe(1);
    const sitemap = readFileSync(join(publicBuild.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/incidents/2025-05-01-public-canary/');
    expect(sitemap).not.toContain('internal-only-canary');
    expect(sitemap).not.toContain('draft-canary');
  });
});
