import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSite, projectRoot, testOutputDir } from '../support/build-site.ts';
import { writeSyntheticCorpus, type SyntheticPostmortem } from '../../scripts/lib/synthetic-postmortems.ts';
import { listPageSize } from '../../src/lib/pagination.ts';
import { publicHomeIncidentCount } from '../../src/public-site/public-years.ts';

// Enough public incidents that the home page cannot list them all and a busy year needs a second
// page (five years of incidents, about 120 public ones a year).
const count = 650;
const outDir = resolve(testOutputDir, 'public-history');
let publicIds: string[];

beforeAll(() => {
  const contentDir = mkdtempSync(join(tmpdir(), 'kb-public-history-'));
  const posts: SyntheticPostmortem[] = writeSyntheticCorpus(contentDir, count, { vocabularyDir: resolve(projectRoot, 'content'), format: 'md', seed: 11, publicShare: 0.9 });
  publicIds = posts.filter((p) => p.isPublic).map((p) => p.id);
  const build = buildSite({ contentDir, outDir, variant: 'public' });
  rmSync(contentDir, { recursive: true, force: true });
  if (build.status !== 0) throw new Error(`Building the public site failed:\n${build.output.slice(-4000)}`);
});

const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const cardLinks = (page: string) => [...page.matchAll(/<li class="pm-card[^"]*">[\s\S]*?<a href="(\/incidents\/[^"]+)\/"/g)].map((m) => m[1].slice('/incidents/'.length));
const pagerLinks = (page: string) => [...(page.match(/<nav class="pager"[\s\S]*?<\/nav>/)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

describe('the public incident history stays small', () => {
  test('the home page lists the newest incidents only, and links every year', () => {
    expect(publicIds.length).toBeGreaterThan(2 * listPageSize);
    const home = html('');
    const listed = cardLinks(home);
    // A few screens on a phone: the newest twelve (it listed a hundred, 18,000 px at 375 px for 87).
    expect(listed).toHaveLength(publicHomeIncidentCount);
    expect(home).toContain(`The ${publicHomeIncidentCount} most recent of ${publicIds.length} incidents`);
    // The newest: no incident left off the home page is newer than one listed on it.
    const oldestListed = listed.map((id) => id.slice(0, 10)).sort()[0];
    expect(publicIds.filter((id) => !listed.includes(id) && id.slice(0, 10) > oldestListed)).toEqual([]);
    const years = [...new Set(publicIds.map((id) => id.slice(0, 4)))];
    for (const year of years) expect(home).toContain(`href="/history/${year}/"`);
  });

  test('the year pages list every public incident once, paged, newest first', () => {
    const seen: string[] = [];
    let pagedYears = 0;
    for (const year of readdirSync(join(outDir, 'history'))) {
      const pages = [`/history/${year}/`];
      for (let i = 0; i < pages.length; i++) for (const link of pagerLinks(html(pages[i]))) if (!pages.includes(link)) pages.push(link);
      if (pages.length > 1) pagedYears++;
      const cards = pages.sort().flatMap((page) => cardLinks(html(page)));
      expect(cards.every((id) => id.startsWith(year))).toBe(true);
      const days = cards.map((id) => id.slice(0, 10));
      expect(days).toEqual([...days].sort().reverse());
      for (const page of pages) expect(cardLinks(html(page)).length).toBeLessThanOrEqual(listPageSize);
      seen.push(...cards);
    }
    expect(pagedYears, 'no year needed a second page').toBeGreaterThan(0);
    expect(seen.sort()).toEqual([...publicIds].sort());
  });

  test('no page of the public site is over 300 KB', () => {
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const heavy = pages.filter((f) => statSync(join(outDir, f)).size > 300 * 1024);
    expect(heavy).toEqual([]);
    expect(existsSync(join(outDir, 'pagefind'))).toBe(true);
  });
});
