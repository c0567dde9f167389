import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInWordFamilies, findAliases } from '../../src/lib/search-aliases.ts';
import { aliasSentenceLead } from '../../src/lib/search-excerpt.ts';
import { indexDocumentsForSearch } from '../../scripts/lib/search-index.ts';
import { openSearchIndex } from '../../scripts/lib/search-node.ts';
import type { SearchEngine } from '../../src/lib/forgiving-search.ts';

// Word families against pagefind's own stemmer: one page per stem of each family, holding only
// that stem's first form, indexed twice (with the alias sentence the build adds, and without),
// and every form of the family searched. With aliases every form finds every page of its family.
// Without them some form misses a page of it (the family is really split by the stemmer); not
// every form does, since pagefind also matches a query word as the prefix of a longer indexed
// word ("failing", stem "fail", also finds "failure", stem "failur", though ranked below an exact
// match: what the alias gives such a page is the exact match).
const pages = builtInWordFamilies.flatMap((family, f) => family.map((forms, s) => ({ url: `/postmortems/family-${f}-stem-${s}/`, family: f, stem: s, text: `The nightly job ${forms[0]} on the replica.` })));
const html = (text: string, aliases: string[]) =>
  `<!doctype html><html lang="en"><head><title>x</title></head><body><main data-pagefind-body><p>${text}</p>${aliases.length ? `<p data-pagefind-weight="2">${aliasSentenceLead} ${aliases.join(', ')}.</p>` : ''}</main></body></html>`;

const dirs: string[] = [];
let withFamilies: SearchEngine;
let pagefindAlone: SearchEngine;
async function indexOf(withAliases: boolean): Promise<SearchEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'word-families-'));
  dirs.push(dir);
  await indexDocumentsForSearch(pages.map((page) => ({ url: page.url, html: html(page.text, withAliases ? findAliases(page.text) : []) })), dir);
  return openSearchIndex(dir);
}
beforeAll(async () => {
  withFamilies = await indexOf(true);
  pagefindAlone = await indexOf(false);
}, 120_000);
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function urlsFound(engine: SearchEngine, word: string): Promise<string[]> {
  const results = (await engine.search(word))?.results ?? [];
  return (await Promise.all(results.map(async (result) => (await result.data()).url))).sort();
}

describe('word families that pagefind stems apart', () => {
  test.each(builtInWordFamilies.map((family, f) => ({ family, f, forms: family.flat().join(', ') })))('$forms: every form finds every page of the family; pagefind alone misses some', async ({ family, f }) => {
    const familyPages = pages.filter((page) => page.family === f).map((page) => page.url).sort();
    let missedAlone = 0;
    for (const [s, forms] of family.entries()) {
      for (const form of forms) {
        expect(await urlsFound(withFamilies, form), form).toEqual(familyPages);
        const alone = await urlsFound(pagefindAlone, form);
        // A form always finds the page of its own stem.
        expect(alone, form).toContain(`/postmortems/family-${f}-stem-${s}/`);
        if (alone.length < familyPages.length) missedAlone++;
      }
    }
    expect(missedAlone).toBeGreaterThan(0);
  });

  test('a report adds one form of each stem it lacks, nothing of a stem it uses', () => {
    expect(findAliases('Increased VM failure rates in a subset of zones')).toContain('fail');
    expect(findAliases('Increased VM failure rates in a subset of zones')).not.toContain('failed');
    expect(findAliases('The backup job failed twice.')).toContain('failure');
    expect(findAliases('The backup job failed twice; the failures were retried.')).not.toEqual(expect.arrayContaining(['fail']));
    expect(findAliases('The backup job failed twice; the failures were retried.')).not.toContain('failure');
    expect(findAliases('The nightly build broke the deploy.')).toEqual(expect.arrayContaining(['break', 'broken']));
    // "lost" and "loss" stay apart: "packet loss" is no "lost power" (docs/findability.md).
    expect(findAliases('We lost two hours of writes.')).toEqual([]);
    expect(findAliases('Emails were not sent.')).toContain('send');
  });

  test('irregular verbs: the past brings the present and the present the past', () => {
    expect(findAliases('The upgrade began at 10:00 and took two hours.')).toEqual(expect.arrayContaining(['begin', 'begun', 'take', 'taken']));
    expect(findAliases('The failover will take an hour.')).toEqual(expect.arrayContaining(['took', 'taken']));
    expect(findAliases('Credentials were stolen from the runner.')).toEqual(expect.arrayContaining(['steal', 'stole']));
    // A report that uses every stem of a family gets nothing of it.
    expect(findAliases('It froze, was frozen and will freeze again.')).not.toEqual(expect.arrayContaining(['freeze']));
    expect(findAliases('It froze, was frozen and will freeze again.')).not.toContain('froze');
    // Left out: nouns of the same spelling ("writes", "build") and run/ran bring no other tense.
    expect(findAliases('The build queued behind the writes.')).toEqual([]);
    expect(findAliases('The proxy had run out of memory.')).not.toContain('ran');
  });

  test('whole words only: no family in "failsafe", "lossy" or "sentinel"', () => {
    expect(findAliases('A failsafe, a lossy codec and a sentinel.')).toEqual([]);
  });
});

describe('the alias sentence', () => {
  // Its lead is indexed on every page that has one: with "Also searched as:", "search" in a
  // query matched every report (stem "search"), and weighed nothing in the report about search.
  test('adds no word a responder types: no page here says "search"', async () => {
    for (const word of ['search', 'searched', 'searching']) expect(await urlsFound(withFamilies, word), word).toEqual([]);
  });
});
