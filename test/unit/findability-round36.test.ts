import { describe, expect, test } from 'vitest';
import { partialWordScore, searchForgiving, type SearchEngine } from '../../src/lib/forgiving-search.ts';

/**
 * An engine with pagefind's contract (a page is found when it holds every asked word; a word no
 * page holds is dropped) and pagefind's kind of scores: each page gives each word it holds a
 * score, high for a word in its title, low for one in its body. A search's score is the sum.
 * The reports are invented, modelled on round 36's misses (docs/findability.md).
 */
function scoredEngine(pages: Record<string, { title: string; scores: Record<string, number> }>): SearchEngine {
  const indexed = new Set(Object.values(pages).flatMap((page) => Object.keys(page.scores)));
  return {
    async search(term) {
      const wanted = (term.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => indexed.has(word));
      if (!wanted.length) return { results: [] };
      const results = Object.entries(pages)
        .filter(([, page]) => wanted.every((word) => word in page.scores))
        .map(([id, page]) => ({
          id,
          score: wanted.reduce((sum, word) => sum + page.scores[word], 0),
          data: async () => ({ url: `/postmortems/${id}/`, excerpt: '', meta: { title: page.title } }),
        }))
        .sort((a, b) => b.score - a.score);
      return { results };
    },
  };
}

// "feed importers broke when the tls cert lapsed": the report meant holds four of the query's
// words in its body; three other reports each hold one everyday query word in their title
// ("feed", "broke") and two common ones in their body.
const importers = scoredEngine({
  'cert-lapsed': { title: 'Catalogue sync failing after the storefront certificate ran out', scores: { importers: 3.3, tls: 0.5, cert: 1.8, lapsed: 6.5 } },
  'feed-update': { title: 'Feed update crashed the pricing workers', scores: { feed: 20.1, tls: 0.4, cert: 0.9 } },
  'release-broke': { title: 'A release broke the mobile checkout', scores: { broke: 18.6, tls: 0.5, cert: 1.7 } },
  'apt-broke': { title: 'An apt upgrade broke pinned packages', scores: { broke: 18.2, tls: 0.4, cert: 0.9, lapsed: 0.2 } },
});

describe('partial matches: each word counts by the root of its score (round 36)', () => {
  test('the report holding four of the words ranks above titles holding one everyday word', async () => {
    const found = await searchForgiving(importers, 'feed importers broke when the tls cert lapsed');
    expect(found.exact).toEqual([]);
    expect(found.partial[0].id).toBe('cert-lapsed');
    expect(found.partial[0].matched).toEqual(['importers', 'tls', 'cert', 'lapsed']);
  });

  test("with pagefind's scores summed as they are, a title's one word won (as before round 36)", async () => {
    const found = await searchForgiving(importers, 'feed importers broke when the tls cert lapsed', { wordScore: (score) => score });
    expect(found.partial.map((hit) => hit.id)).toEqual(['feed-update', 'release-broke', 'apt-broke', 'cert-lapsed']);
  });

  test('one word keeps its order: a title above a body, a rare word above a common one', () => {
    expect(partialWordScore(20)).toBeGreaterThan(partialWordScore(3));
    expect(partialWordScore(3)).toBeGreaterThan(partialWordScore(0.5));
    // The root narrows the gap: one title word no longer counts as seven body words.
    expect(partialWordScore(20) / partialWordScore(3)).toBeLessThan(3);
  });

  test('a page holding every word weakly is ranked among the partial matches without a bonus', async () => {
    // "invoice emails arrive blank": a notice holds every word, "blank" only weakly; the report
    // meant holds "blank" in its title and two more words, not "arrive".
    const emails = scoredEngine({
      'pdf-blank': { title: 'Invoice emails sent blank after a template change', scores: { invoice: 7, emails: 10.2, blank: 13.3 } },
      'sms-vendor': { title: 'SMS vendor outage delayed notifications', scores: { invoice: 2, emails: 10.4, arrive: 4.3, blank: 0.3 } },
      'rate-limit': { title: 'Mail provider rate limit', scores: { invoice: 7.2, emails: 10.4, arrive: 1.2 } },
    });
    const found = await searchForgiving(emails, 'invoice emails arrive blank');
    expect(found.exact).toEqual([]);
    expect(found.partial.map((hit) => hit.id)).toEqual(['pdf-blank', 'sms-vendor', 'rate-limit']);
    // The weak exact page is still labelled with every word.
    expect(found.partial[1].matched).toEqual(['invoice', 'emails', 'arrive', 'blank']);
  });

  test('a page holding every word strongly stays an exact result', async () => {
    const strong = scoredEngine({
      both: { title: 'Disk full on the search cluster', scores: { disk: 20, full: 18, search: 15 } },
      disk: { title: 'Disk latency', scores: { disk: 22, full: 0.5 } },
    });
    const found = await searchForgiving(strong, 'disk full search');
    expect(found.exact.map((hit) => hit.id)).toEqual(['both']);
    expect(found.partial.map((hit) => hit.id)).toEqual(['disk']);
  });
});
