import { describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanBuiltSite } from '../../scripts/lib/redaction-check.ts';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';

// The public build scans its pages while the scan of the sources (which says what the sources'
// markers allow) still runs: `scanBuiltSite` reads every page at once, `leaks` applies the markers.
describe('scanBuiltSite', () => {
  const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: ['checkout-api'], people: ['Jane Doe'] };

  const tempDir = temporaryFolders('kb-built-scan-');

  function site(pages: Record<string, string>): string {
    const dir = tempDir();
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), html);
    }
    return dir;
  }

  test('finds names, internal hosts and links into the internal site in every page, in file order', () => {
    const dir = site({
      'b/index.html': '<main><p>Ask Jane Doe about it.</p></main>',
      'a/index.html': '<main><p>See <a href="/postmortems/x/">the report</a> on db1.corp.</p></main>',
      'clean/index.html': '<main><p>Nothing to see here.</p></main>',
    });
    const leaks = scanBuiltSite(dir, options).leaks(new Set());
    expect(leaks.map((f) => [f.file.replace(/^.*kb-built-scan-[^/]+\//, ''), f.rule])).toEqual([
      ['a/index.html', 'redact/internal-link'],
      ['a/index.html', 'redact/internal-host'],
      ['b/index.html', 'redact/person'],
    ]);
  });

  test('what the sources allow is not a leak; a link into the internal site always is', () => {
    const dir = site({ 'index.html': '<main><p>Ask Jane Doe, or see <a href="/postmortems/x/">the report</a>.</p></main>' });
    const scan = scanBuiltSite(dir, options);
    const allowed = new Set(['redact/person\u0000Jane Doe', 'redact/internal-link\u0000/postmortems/x/']);
    expect(scan.leaks(allowed).map((f) => f.rule)).toEqual(['redact/internal-link']);
    expect(scan.leaks(new Set()).map((f) => f.rule).sort()).toEqual(['redact/internal-link', 'redact/person']);
  });

  test('reads the SVG images a post shows, which are copied into the site as they are', () => {
    const dir = site({ '_astro/diagram.Ab12.svg': '<svg><!-- drawn by Jane Doe --><title>db1.corp</title><text>ok</text></svg>', 'favicon.svg': '<svg><rect width="32" height="32"/></svg>', 'chart.svg': '<svg><text x="1">Ja<tspan>ne</tspan> was here</text></svg>' });
    expect(scanBuiltSite(dir, options).leaks(new Set()).map((f) => [f.file.replace(/^.*kb-built-scan-[^/]+\//, ''), f.rule])).toEqual([
      ['_astro/diagram.Ab12.svg', 'redact/person'],
      ['_astro/diagram.Ab12.svg', 'redact/internal-host'],
      ['chart.svg', 'redact/person'],
    ]);
  });

  test('reads the pages when called: a page changed afterwards does not change the result', () => {
    const dir = site({ 'index.html': '<main><p>Ask Jane Doe.</p></main>' });
    const scan = scanBuiltSite(dir, options);
    writeFileSync(join(dir, 'index.html'), '<main><p>Nothing here.</p></main>');
    writeFileSync(join(dir, 'late.html'), '<main><p>Ask Jane Doe.</p></main>');
    expect(scan.leaks(new Set()).map((f) => f.file.replace(/^.*\//, ''))).toEqual(['index.html']);
  });
});
