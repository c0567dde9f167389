import { describe, expect, test } from 'vitest';
import { pagesByOneRareWord, type TalliedPage } from '../../src/lib/rare-word-pages.ts';
import { searchForgiving } from '../../src/lib/forgiving-search.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { inventedNoticesIndex } from '../support/invented-notices.ts';

// Round 42 of docs/findability.md: a page holding only one rare word of a query was never listed
// (the partial matches need more than a third of the held words, and the short-list fallback
// never goes below two), while plain BM25 ranks it. When the list is still short, the pages
// holding only the query's rarest word (on no more pages than a short list has places) are listed
// below everything else. The notices below are invented.

const page = (id: string, ...words: number[]): TalliedPage & { rank: number } => ({ result: { id }, words: new Set(words), rank: 0 });
const byRank = (a: { rank: number; result: { id: string } }, b: typeof a) => b.rank - a.rank || (a.result.id < b.result.id ? -1 : 1);

describe('round 42: pages by one rare word', () => {
  test('only pages holding the rarest word alone, best first, in the places left', () => {
    const pages = [
      { ...page('vault-a', 2), rank: 1 },
      { ...page('vault-b', 2), rank: 3 },
      page('queue-only', 0),
      page('queue-and-vault', 0, 2),
      { ...page('vault-c', 2), rank: 2 },
    ];
    // word 0 on 4 pages, word 1 on none, word 2 (the rarest) on 3
    expect(pagesByOneRareWord(pages, [4, 0, 3], new Set(), 5, 5, byRank).map((p) => p.result.id)).toEqual(['vault-b', 'vault-c', 'vault-a']);
    expect(pagesByOneRareWord(pages, [4, 0, 3], new Set(), 2, 5, byRank).map((p) => p.result.id)).toEqual(['vault-b', 'vault-c']);
    expect(pagesByOneRareWord(pages, [4, 0, 3], new Set(['vault-b']), 5, 5, byRank).map((p) => p.result.id)).toEqual(['vault-c', 'vault-a']);
  });

  test('none when the rarest word is on more pages than the list has places, or no place is left', () => {
    const pages = [page('vault-a', 1), page('queue-a', 0)];
    expect(pagesByOneRareWord(pages, [9, 6], new Set(), 5, 5, byRank)).toEqual([]);
    expect(pagesByOneRareWord(pages, [9, 2], new Set(), 0, 5, byRank)).toEqual([]);
    expect(pagesByOneRareWord(pages, [0, 0], new Set(), 5, 5, byRank)).toEqual([]);
  });

  test('a word fewer pages hold than the telling one decides, not any word on few pages', () => {
    const pages = [page('despite-page', 1), page('token-page', 2)];
    // word 1 ("despite") on 4 pages, word 2 ("amp") on 1: only the page of word 2 may be listed
    expect(pagesByOneRareWord(pages, [7, 4, 1], new Set(), 5, 5, byRank).map((p) => p.result.id)).toEqual(['token-page']);
  });
});

describe("round 42: in pagefind's own index", () => {
  const notices = [
    { id: 'signer-hsm', title: 'Token signing stopped', summary: 'The HSM in the east rack refused every request after its firmware update.', body: 'Signing resumed after a rollback of the firmware.' },
    { id: 'checkout-a', title: 'Checkout errors', summary: 'Checkout failed for some shoppers for ten minutes.', body: 'A bad config was reverted.' },
    { id: 'checkout-b', title: 'Slow checkout', summary: 'Checkout took twenty seconds during the sale.', body: 'More workers were added.' },
    { id: 'ledger-a', title: 'Ledger backlog', summary: 'The ledger fell an hour behind after a deploy.', body: 'It caught up overnight.' },
    { id: 'ledger-b', title: 'Ledger export late', summary: 'The nightly ledger export ran four hours late.', body: 'A lock was held too long.' },
    { id: 'ledger-checkout', title: 'Checkout blocked by ledger', summary: 'Checkout waited on the ledger for five minutes.', body: 'The ledger was restarted.' },
  ];
  const engine = inventedNoticesIndex('findability-round42-', notices);
  const listed = async (query: string) => {
    const found = await searchForgiving(engine(), query, searchAlternatives);
    return [...found.exact, ...found.partial].map((hit) => hit.data.url.replace(/^\/postmortems\/|\/$/g, ''));
  };

  test('a page holding only the rare word is listed when the list is short', async () => {
    // "hsm" is on one page, "checkout" and "ledger" on three each, "wedged" on none: only the
    // page holding both "checkout" and "ledger" holds two of the three held words, so it alone
    // was listed before round 42.
    expect(await listed('hsm wedged checkout ledger')).toContain('signer-hsm');
  });

  test('below every page listed before it, which keep their places', async () => {
    const found = await listed('hsm wedged checkout ledger restarted');
    expect(found[0]).toBe('ledger-checkout');
    expect(found.at(-1)).toBe('signer-hsm');
  });

  test('pages holding only an everyday word of the query stay unlisted', async () => {
    const found = await listed('hsm wedged checkout ledger');
    expect(found.filter((id) => id.startsWith('checkout-') || id.startsWith('ledger-') && id !== 'ledger-checkout')).toEqual([]);
  });
});
