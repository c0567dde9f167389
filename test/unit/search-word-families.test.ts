import { beforeAll, describe, expect, test } from 'vitest';
import { builtInWordFamilies, findAliases } from '../../src/lib/search-aliases.ts';
import type { SearchEngine } from '../../src/lib/forgiving-search.ts';
import { pageWithAliases, temporarySearchIndexes, urlsFound as urlsInOrder } from '../support/alias-search-index.ts';

// Word families against pagefind's own stemmer: one page per stem of each family, holding only
// that stem's first form, indexed twice (with the alias sentence the build adds, and without),
// and every form of the family searched. With aliases every form finds every page of its family.
// Without them some form misses a page of it (the family is really split by the stemmer); not
// every form does, since pagefind also matches a query word as the prefix of a longer indexed
// word ("failing", stem "fail", also finds "failure", stem "failur", though ranked below an exact
// match: what the alias gives such a page is the exact match).
const pages = builtInWordFamilies.flatMap((family, f) => family.map((forms, s) => ({ url: `/postmortems/family-${f}-stem-${s}/`, family: f, stem: s, text: `The nightly job ${forms[0]} on the replica.` })));

const searchIndexOf = temporarySearchIndexes('word-families-');
let withFamilies: SearchEngine;
let pagefindAlone: SearchEngine;
const indexOf = (withAliases: boolean) => searchIndexOf(pages.map((page) => ({ url: page.url, html: pageWithAliases(page.text, withAliases ? findAliases(page.text) : []) })));
beforeAll(async () => {
  withFamilies = await indexOf(true);
  pagefindAlone = await indexOf(false);
}, 120_000);
const urlsFound = async (engine: SearchEngine, word: string) => (await urlsInOrder(engine, word)).sort();

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
