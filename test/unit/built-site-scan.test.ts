import { describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite, scanBuiltPages, scanBuiltSite } from '../../scripts/lib/redaction-check.ts';
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

  // The build reads the pages at once (pagefind writes its index into the same folder later) and
  // scans them one at a time, letting its event loop run between two (kb-integration.ts).
  describe('scanBuiltPages, page by page', () => {
    const pages = {
      'b/index.html': '<main><p>Ask Jane Doe about it.</p></main>',
      'a/index.html': '<main><p>See <a href="/postmortems/x/">the report</a> on db1.corp.</p></main>',
      'c/index.html': '<main><p>Or checkout-api, in a <a href="/services/checkout-api/">service</a> page.</p></main>',
      'clean/index.html': '<main><p>Nothing to see here.</p></main>',
      '_astro/diagram.Ab12.svg': '<svg><!-- drawn by Jane Doe --><title>db1.corp</title></svg>',
    };
    const findings = (leaks: { file: string; rule: string; line: number; column: number; message: string }[]) =>
      leaks.map((f) => [f.file.replace(/^.*kb-built-scan-[^/]+\//, ''), f.rule, f.line, f.column, f.message]);

    test('finds what scanBuiltSite finds, in the same order, with and without what the sources allow', async () => {
      const dir = site(pages);
      const allowed = new Set(['redact/person\u0000Jane Doe']);
      const whole = scanBuiltSite(dir, options);
      const paged = await scanBuiltPages(readBuiltSite(dir), options, async () => {});
      expect(findings(paged.leaks(new Set()))).toEqual(findings(whole.leaks(new Set())));
      expect(findings(paged.leaks(allowed))).toEqual(findings(whole.leaks(allowed)));
      expect(findings(paged.leaks(new Set())).map(([file, rule]) => `${file} ${rule}`)).toEqual([
        '_astro/diagram.Ab12.svg redact/person', '_astro/diagram.Ab12.svg redact/internal-host',
        'a/index.html redact/internal-link', 'a/index.html redact/internal-host',
        'b/index.html redact/person',
        // The service id in the text and in the link's address, which ships in the page too.
        'c/index.html redact/internal-link', 'c/index.html redact/service-id', 'c/index.html redact/service-id',
      ]);
    });

    test('pauses after each page, and scans the pages as read: what is written into the site meanwhile is not read', async () => {
      const dir = site(pages);
      const read = readBuiltSite(dir);
      let pauses = 0;
      const scan = await scanBuiltPages(read, options, async () => {
        pauses++;
        writeFileSync(join(dir, 'clean/index.html'), '<main><p>Ask Jane Doe.</p></main>');
        writeFileSync(join(dir, 'pagefind.json'), '{"by": "Jane Doe"}');
      });
      expect(pauses).toBe(Object.keys(pages).length);
      expect(scan.leaks(new Set()).map((f) => f.file.replace(/^.*kb-built-scan-[^/]+\//, ''))).not.toContain('clean/index.html');
      expect(scan.leaks(new Set()).map((f) => f.file.replace(/^.*kb-built-scan-[^/]+\//, ''))).not.toContain('pagefind.json');
    });

    test('a leak in the metadata of an image copied as it is stops the build whatever the sources allow', async () => {
      const dir = site({ 'index.html': '<main><p>Fine.</p></main>' });
      // A PNG with a tEXt chunk naming its author (what findImageMetadata reads).
      const chunk = (type: string, data: Buffer) => {
        const length = Buffer.alloc(4);
        length.writeUInt32BE(data.length);
        return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
      };
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', Buffer.alloc(13)), chunk('tEXt', Buffer.from('Author\0Jane Doe', 'latin1')), chunk('IEND', Buffer.alloc(0))]);
      writeFileSync(join(dir, 'photo.png'), png);
      const scan = await scanBuiltPages(readBuiltSite(dir), options, async () => {});
      expect(scan.leaks(new Set(['redact/hidden-text\u0000Jane Doe', 'redact/person\u0000Jane Doe'])).map((f) => [f.file.replace(/^.*\//, ''), f.rule])).toEqual([['photo.png', 'redact/hidden-text']]);
    });
  });
});
