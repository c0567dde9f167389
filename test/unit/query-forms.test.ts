import { describe, expect, test } from 'vitest';
import { compoundCandidates, withCompoundForm } from '../../src/lib/query-forms.ts';
import { searchForgiving } from '../../src/lib/forgiving-search.ts';
import { searchTypedWordsFirst } from '../../src/lib/typed-words-first.ts';
import { searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { spellingVariantsOf } from '../../src/lib/spelling-variants.ts';
import { temporarySearchIndexes } from '../support/alias-search-index.ts';

// Round 22 of docs/findability.md: a compound or a spelling typed in another form than the report
// writes it ("web-hook" / "Webhooks", "failover" / "failed over", "e-mail" / "emails", "fibre" / "fiber").
const searchIndex = temporarySearchIndexes('kb-query-forms-');
const page = (id: string, title: string, text: string) => ({
  url: `/postmortems/${id}/`,
  html: `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><p>${text}</p></main></body></html>`,
});
const pages = [
  page('webhooks', 'Deploys not triggered', 'Webhooks from the code host were not delivered, so no deploy started.'),
  page('scattered', 'Web console hook scripts', 'The web console ran a pre-start hook that was slow on the new release.'),
  page('failed-over', 'Database switched region', 'The primary database failed over to the standby at noon, and writes paused.'),
  page('failover', 'Failover drill', 'The quarterly failover drill ran as planned.'),
  page('emails', 'Outbound queue stuck', 'Outbound emails were held in the queue during the outage.'),
  page('fiber', 'Link down in the east', 'A fiber cut took the east link down for two hours.'),
  page('fibre', 'Storage slow', 'The fibre channel switch dropped frames on the storage network for an hour.'),
  page('other', 'Certificate expired', 'The certificate of the status page expired overnight.'),
];
const urls = (found: { exact: { data: { url: string } }[]; partial: { data: { url: string } }[] }) => [...found.exact, ...found.partial].map((hit) => hit.data.url.replace(/^\/postmortems\/|\/$/g, ''));

describe('the candidates the index is asked about', () => {
  const stop = (word: string) => ['in', 'to', 'the', 'a', 'into'].includes(word);
  test('adjacent words of letters are joined; a word of five or more letters is split at every cut leaving 3 + 2 letters', () => {
    const candidates = compoundCandidates(['time', 'out', 'on', 'db1'], stop);
    expect(candidates.filter((c) => c.length === 2).map((c) => [c.held, c.phrase])).toEqual([['timeout', '"time out"'], ['outon', '"out on"']]);
    expect(compoundCandidates(['login'], stop).map((c) => c.phrase)).toEqual(['"log in"']);
    expect(compoundCandidates(['failover'], stop).map((c) => c.phrase)).toEqual(['"fai lover"', '"fail over"', '"failo ver"', '"failov er"']);
  });

  test('no pair opening with a stop word, none joining into one, none shorter than five letters, none with digits', () => {
    expect(compoundCandidates(['in', 'to'], stop)).toEqual([]);
    expect(compoundCandidates(['to', 'night'], stop).filter((c) => c.length === 2)).toEqual([]);
    expect(compoundCandidates(['a', 'b'], stop)).toEqual([]);
    expect(compoundCandidates(['db', 'io1'], stop)).toEqual([]);
    expect(compoundCandidates(['log', 'in'], stop).map((c) => c.held)).toEqual(['login']);
  });

  test('a typed word is cut in two only in a query of one or two words besides stop words (round 24)', () => {
    const cuts = (tokens: string[]) => compoundCandidates(tokens, stop).filter((c) => c.length === 1).map((c) => c.phrase);
    expect(cuts(['failover', 'to', 'the', 'standby'])).toContain('"fail over"');
    expect(cuts(['database', 'failover'])).toContain('"fail over"');
    // A sentence: its other words carry the page; the pairs are still asked about.
    expect(cuts(['database', 'failover', 'paused', 'writes'])).toEqual([]);
    expect(compoundCandidates(['payments', 'web', 'hook', 'timing', 'out'], stop).map((c) => c.held)).toEqual(['paymentsweb', 'webhook', 'hooktiming', 'timingout']);
  });

  test('each other spelling of a word is a candidate of its own', () => {
    expect(compoundCandidates(['fibre'], stop, spellingVariantsOf).filter((c) => c.phrase === undefined)).toEqual([{ start: 0, length: 1, held: 'fiber' }]);
    expect(withCompoundForm(['cut', 'web', 'hook', 'x'], { start: 1, length: 2 }, 'webhook')).toEqual(['cut', 'webhook', 'x']);
  });
});

describe('searching the other forms, through pagefind\'s own index', () => {
  test('"web-hook" finds the page saying "Webhooks", first, above a page holding "web" and "hook" apart', async () => {
    const engine = await searchIndex(pages);
    // Before: "web" and "hook" anywhere first; "Webhooks" only below, for holding "web".
    expect(urls(await searchForgiving(engine, 'web-hook', { ...searchAlternatives, compounds: false }))[0]).toBe('scattered');
    expect(urls(await searchForgiving(engine, 'web-hook', searchAlternatives))[0]).toBe('webhooks');
  });

  test('"failover" finds the page saying "failed over" as an exact result; "e-mail outage" the one saying "emails" and "outage"', async () => {
    const engine = await searchIndex(pages);
    expect(urls(await searchForgiving(engine, 'failover', { ...searchAlternatives, compounds: false }))).toEqual(['failover']);
    const failover = await searchForgiving(engine, 'failover', searchAlternatives);
    expect(failover.exact.map((hit) => hit.id).length).toBe(2);
    expect(urls(failover).sort()).toEqual(['failed-over', 'failover']);
    expect((await searchForgiving(engine, 'e-mail outage', { ...searchAlternatives, compounds: false })).exact).toEqual([]);
    expect(urls(await searchForgiving(engine, 'e-mail outage', searchAlternatives))).toEqual(['emails']);
  });

  test('"fibre cut" finds the page saying "fiber cut" though a page holds "fibre" (before: only a word no page holds had its other spelling searched)', async () => {
    const engine = await searchIndex(pages);
    expect(urls(await searchForgiving(engine, 'fibre cut', { ...searchAlternatives, compounds: false }))[0]).not.toBe('fiber');
    expect(urls(await searchForgiving(engine, 'fibre cut', searchAlternatives))[0]).toBe('fiber');
  });

  test('a query with no answer stays without an exact result', async () => {
    const engine = await searchIndex(pages);
    expect((await searchForgiving(engine, 'stripe web-hook signature', searchAlternatives)).exact).toEqual([]);
    expect((await searchForgiving(engine, 'e-mail to sms gateway', searchAlternatives)).exact).toEqual([]);
  });
});

describe('asking the index about the other forms (round 22 in the browser)', () => {
  test('the typed words and every candidate are searched at once, with the same results as one after another', async () => {
    const index = await searchIndex(pages);
    // Each search waits a tick before reaching the index, as a browser waits for an index chunk.
    let inFlight = 0;
    let mostInFlight = 0;
    const slow: typeof index = {
      async search(term, options) {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        await new Promise((done) => setTimeout(done, 1));
        inFlight--;
        return index.search(term, options);
      },
    };
    const query = 'payments web hook timing out after fail over';
    const found = await searchForgiving(slow, query, searchAlternatives);
    // One after another, never more than one search waited at a time; the sentence has a dozen candidates.
    expect(mostInFlight).toBeGreaterThan(5);
    // The same results, in the same order, as when the index answers one search after another.
    let queue: Promise<unknown> = Promise.resolve();
    const oneAtATime: typeof index = {
      search(term, options) {
        const answer = queue.then(() => index.search(term, options));
        queue = answer.catch(() => undefined);
        return answer;
      },
    };
    const sequential = await searchForgiving(oneAtATime, query, searchAlternatives);
    expect(urls(found)).toEqual(urls(sequential));
    expect(found.partial.map((hit) => hit.matched)).toEqual(sequential.partial.map((hit) => hit.matched));
  });
});

describe('the typed words\' results first, the other forms\' after (round 24)', () => {
  test('a query with other forms: the typed words\' results are handed over first, then those with the forms', async () => {
    const engine = await searchIndex(pages);
    const first: string[][] = [];
    const found = await searchTypedWordsFirst(engine, 'web-hook', searchAlternatives, (typed) => first.push(urls(typed)));
    expect(first).toEqual([urls(await searchForgiving(engine, 'web-hook', { ...searchAlternatives, compounds: false }))]);
    expect(first[0][0]).toBe('scattered');
    expect(urls(found!)).toEqual(urls(await searchForgiving(engine, 'web-hook', searchAlternatives)));
    expect(urls(found!)[0]).toBe('webhooks');
  });

  test('the second step asks the index only what the first did not, and finds the same as searching afresh (round 25)', async () => {
    const index = await searchIndex(pages);
    for (const query of ['web-hook', 'failover to the standby', 'fibre link down']) {
      const asked: string[] = [];
      const counting: typeof index = { search: (term, options) => (asked.push(JSON.stringify([term, options ?? null])), index.search(term, options)) };
      const found = await searchTypedWordsFirst(counting, query, searchAlternatives, () => {});
      expect(new Set(asked).size, query).toBe(asked.length);
      expect(urls(found!), query).toEqual(urls(await searchForgiving(index, query, searchAlternatives)));
      const twoSteps = asked.length;
      asked.length = 0;
      await searchForgiving(counting, query, { ...searchAlternatives, compounds: false });
      await searchForgiving(counting, query, searchAlternatives);
      // Each step searched afresh: the typed words' searches run twice.
      expect(twoSteps, query).toBeLessThan(asked.length);
    }
  });

  test('a query with no other form is searched once; a query replaced by a newer one searches no forms', async () => {
    const index = await searchIndex(pages);
    const asked: string[] = [];
    const counting: typeof index = { search: (term, options) => (asked.push(term), index.search(term, options)) };
    let firstCalls = 0;
    const found = await searchTypedWordsFirst(counting, 'dns', searchAlternatives, () => firstCalls++);
    expect(firstCalls).toBe(0);
    expect(found).toEqual(await searchForgiving(index, 'dns', searchAlternatives));
    expect(asked).toEqual(['dns']);
    // A newer query arrives while the typed words are searched: their results are not shown, no form is asked.
    asked.length = 0;
    let newer = false;
    const replacing: typeof index = { search: (term, options) => ((newer = true), counting.search(term, options)) };
    const replaced = await searchTypedWordsFirst(replacing, 'failover', searchAlternatives, () => firstCalls++, () => !newer);
    expect(replaced).toBeUndefined();
    expect(firstCalls).toBe(0);
    expect(asked.some((term) => term.includes('"'))).toBe(false);
  });
});
