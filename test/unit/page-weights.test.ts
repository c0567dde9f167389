import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { largestPageOfEachKind, pageKind, pageSizes, pageWeights } from '../../scripts/lib/page-weights.ts';

describe('page kinds: every page of one list is one kind', () => {
  test.each([
    ['/', '/'],
    ['/follow-ups/', '/follow-ups/'],
    ['/follow-ups/12/', '/follow-ups/'],
    ['/follow-ups/owner/sre/', '/follow-ups/*/*/'],
    ['/follow-ups/owner/sre/3/', '/follow-ups/*/*/'],
    ['/tags/dns/2/', '/tags/*/'],
    ['/services/api/follow-ups/2/', '/services/*/*/'],
    ['/years/2024/3/', '/years/'],
    ['/404.html', '/404.html'],
  ])('%s is %s', (path, kind) => expect(pageKind(path)).toBe(kind));
});

describe('page sizes of a built site', () => {
  test('the largest page of each kind, the pages over 300 KB, biggest first', () => {
    const site = mkdtempSync(join(tmpdir(), 'kb-page-weights-'));
    const write = (path: string, KB: number) => {
      mkdirSync(join(site, path), { recursive: true });
      writeFileSync(join(site, path, 'index.html'), 'x'.repeat(KB * 1024));
    };
    write('tags/dns', 20);
    write('tags/dns/2', 310);
    write('tags/api', 40);
    write('follow-ups', 90);
    writeFileSync(join(site, 'follow-ups.json'), 'x'.repeat(900 * 1024));
    try {
      const sizes = pageSizes(site);
      expect(sizes.map((s) => s.path)).toEqual(['/tags/dns/2/', '/follow-ups/', '/tags/api/', '/tags/dns/']);
      expect(largestPageOfEachKind(sizes)).toEqual([
        { kind: '/tags/*/', pages: 3, largest: { path: '/tags/dns/2/', KB: 310 } },
        { kind: '/follow-ups/', pages: 1, largest: { path: '/follow-ups/', KB: 90 } },
      ]);
      expect(pageWeights(sizes).pagesOverLimit).toEqual([{ path: '/tags/dns/2/', KB: 310 }]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
