import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSite, projectRoot, testOutputDir } from '../support/build-site.ts';
import { writeSyntheticCorpus, type SyntheticPostmortem } from '../../scripts/lib/synthetic-postmortems.ts';
import { listPageSize } from '../../src/lib/pagination.ts';

// A knowledge base big enough that its busiest groups need several pages of cards.
const count = 400;
const outDir = resolve(testOutputDir, 'pagination-internal');
let posts: SyntheticPostmortem[];

beforeAll(() => {
  const contentDir = mkdtempSync(join(tmpdir(), 'kb-pagination-'));
  posts = writeSyntheticCorpus(contentDir, count, { vocabularyDir: resolve(projectRoot, 'content'), format: 'md', seed: 7 });
  const build = buildSite({ contentDir, outDir});
  rmSync(contentDir, { recursive: true, force: true });
  if (build.status !== 0) throw new Error(`Building the paged fixture failed:\n${build.output.slice(-4000)}`);
});

const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const cardLinks = (page: string) => [...page.matchAll(/<li class="pm-card[^"]*">[\s\S]*?<a href="(\/postmortems\/[^"]+)"/g)].map((m) => m[1]);
const pagerLinks = (page: string) => {
  const nav = page.match(/<nav class="pager"[\s\S]*?<\/nav>/)?.[0] ?? '';
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
};

/** Every page of a paged list, following the pager from its first page. */
function collectPages(firstPageUrl: string): string[] {
  const seen = new Set([firstPageUrl]);
  const queue = [firstPageUrl];
  while (queue.length) for (const link of pagerLinks(html(queue.shift()!))) if (!seen.has(link)) { seen.add(link); queue.push(link); }
  return [...seen].sort((a, b) => a.length - b.length || a.localeCompare(b));
}

describe('paged browse lists', () => {
  test('every group larger than one page is split, every postmortem listed once, in order', () => {
    const groups = ['severity', 'tags', 'services', 'triggers', 'years'].flatMap((kind) =>
      readdirSync(join(outDir, kind), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/${kind}/${d.name}/`));
    const paged = groups.filter((g) => existsSync(join(outDir, g, '2', 'index.html')));
    expect(paged.filter((g) => g.startsWith('/severity/')).length, `no severity reached a second page with ${count} postmortems`).toBeGreaterThan(0);
    for (const group of paged) {
      const pages = collectPages(group);
      const perPage = pages.map((p) => cardLinks(html(p)));
      for (const cards of perPage.slice(0, -1)) expect(cards).toHaveLength(listPageSize);
      const all = perPage.flat();
      expect(new Set(all).size, `${group}: a postmortem is listed twice`).toBe(all.length);
      // Page 1 is the group's old URL and says how many there are in all.
      const total = Number(html(group).match(new RegExp(`(\\d+) postmortems, newest first; showing 1–\u2060${listPageSize}\\.`))?.[1]);
      expect(all.length).toBe(total);
      // Pages follow each other newest first: the dates on the cards never go up.
      const dates = pages.flatMap((p) => [...html(p).matchAll(/<li class="pm-card[\s\S]*?<time datetime="([^"]+)"/g)].map((m) => m[1]));
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  test('the pager marks the current page and links only to pages that exist', () => {
    const severity = readdirSync(join(outDir, 'severity')).map((s) => `/severity/${s}/`).find((g) => existsSync(join(outDir, g, '2', 'index.html')))!;
    const second = html(`${severity}2/`);
    expect(second).toMatch(/<span aria-current="page">2<\/span>/);
    expect(second).toMatch(new RegExp(`<a rel="prev" href="${severity}">`));
    for (const link of collectPages(severity).flatMap((p) => pagerLinks(html(p)))) {
      expect(existsSync(join(outDir, link, 'index.html')), link).toBe(true);
    }
    // The same pager above the cards and below them, each named for where it is.
    const pagers = [...second.matchAll(/<nav class="pager" data-placement="(\w+)" aria-label="([^"]+)">([\s\S]*?)<\/nav>/g)];
    expect(pagers.map((m) => m[1])).toEqual(['above', 'below']);
    expect(pagers[0][2]).not.toBe(pagers[1][2]);
    expect(pagers[0][3]).toBe(pagers[1][3]);
    expect(second.indexOf('<nav class="pager" data-placement="above"')).toBeLessThan(second.indexOf('<li class="pm-card'));
    expect(second.indexOf('<nav class="pager" data-placement="below"')).toBeGreaterThan(second.lastIndexOf('<li class="pm-card'));
  });

  test('/postmortems/ lists the newest postmortems up to one page and links the rest of their year', () => {
    const index = html('/postmortems/');
    const cards = cardLinks(index);
    expect(cards).toHaveLength(listPageSize);
    const newest = [...index.matchAll(/<li class="pm-card[\s\S]*?<time datetime="([^"]+)"/g)].map((m) => m[1]);
    expect(newest).toEqual([...newest].sort().reverse());
    const cutYear = index.match(/<a href="\/years\/(\d{4})\/">All (\d+) postmortems of \1 →<\/a>/);
    expect(cutYear, 'the year cut short links to its own pages').not.toBeNull();
  });

  test('every postmortem of the corpus that is published is reachable from its year pages', () => {
    const years = readdirSync(join(outDir, 'years'));
    const listed = new Set(years.flatMap((y) => collectPages(`/years/${y}/`).flatMap((p) => cardLinks(html(p)))));
    const published = readdirSync(join(outDir, 'postmortems'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/postmortems/${d.name}/`);
    expect(posts.length).toBe(count);
    for (const id of published) expect(listed.has(id), id).toBe(true);
  });
});
