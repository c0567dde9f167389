import { describe, expect, test } from 'vitest';
import { excerptMarkingWords, listedFromWords, matchedOnlyShorterWord, pagefindQuery, partialWording, queryWords, searchForgiving, titlePhraseFirst, type SearchEngine } from '../../src/lib/forgiving-search.ts';

/** A tiny engine with pagefind's contract: all words must match; words no page holds are dropped. */
function engineOver(pages: Record<string, { title: string; text: string }>): SearchEngine {
  const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const indexed = new Set(Object.values(pages).flatMap((page) => [...words(`${page.title} ${page.text}`)]));
  return {
    async search(term) {
      // pagefind's search(null) lists pages by filter (round 47's query language); none here.
      const wanted = [...words(term ?? '')].filter((word) => indexed.has(word));
      if (!wanted.length) return { results: [] };
      const results = Object.entries(pages)
        .filter(([, page]) => wanted.every((word) => words(`${page.title} ${page.text}`).has(word)))
        .map(([id, page], i) => ({ id, score: 1 / (i + 1), data: async () => ({ url: `/postmortems/${id}/`, excerpt: '', meta: { title: page.title } }) }));
      return { results };
    },
  };
}

const engine = engineOver({
  a: { title: 'Refunds stalled by a cached DNS answer', text: 'the jvm cached the processor ip' },
  b: { title: 'Checkout slow', text: 'refunds and checkout slow after a deploy' },
  c: { title: 'Disk full on search', text: 'watermark reached' },
  d: { title: 'Another cached page', text: 'cdn cached assets' },
});

describe('searchForgiving', () => {
  test('all words found: exact results only', async () => {
    const found = await searchForgiving(engine, 'refunds cached', { fewResults: 1 });
    expect(found.exact.map((hit) => hit.id)).toEqual(['a']);
    expect(found.partial).toEqual([]);
    expect(found.missing).toEqual([]);
  });

  test('stop words ("in", "some") are not asked of an exact result when two or more other words are', async () => {
    const zones = engineOver({
      subset: { title: 'Increased VM failure rates in a subset of zones', text: 'vm instances failing' },
      some: { title: 'Networking issues in some zones', text: 'some vm instances failing to connect' },
      other: { title: 'Unrelated', text: 'some disks in some zones' },
    });
    const found = await searchForgiving(zones, 'vm instances failing in some zones', { fewResults: 1 });
    // Before, only the page holding "some" was exact; the page saying "a subset" was not listed.
    expect(found.exact.map((hit) => hit.id).sort()).toEqual(['some', 'subset']);
    // A query of one other word keeps them: "some zones" asks for both words.
    expect((await searchForgiving(zones, 'some zones', { fewResults: 1 })).exact.map((hit) => hit.id).sort()).toEqual(['other', 'some']);
  });

  test('function words of a typed sentence ("because", "why", "so") neither count nor rank (round 16)', async () => {
    const sentence = engineOver({
      maintenance: { title: 'Web server migration', text: 'down because we move the web server' },
      flaky: { title: 'Instability of web applications', text: 'the apps failed: a db server was stuck' },
    });
    const found = await searchForgiving(sentence, 'web apps flaky because of a db server');
    // "because" is in one page only: counted, it was a word the migration notice held, and a rare one.
    expect(found.partial.map((hit) => [hit.id, hit.matched])).toEqual([
      ['flaky', ['web', 'apps', 'db', 'server']],
      ['maintenance', ['web', 'server']],
    ]);
    expect(found.missing).toEqual(['flaky']);
    // Nor is a function word no page holds named missing, in English or in a language queries are translated from.
    expect((await searchForgiving(sentence, 'why is the db so stuck')).missing).toEqual([]);
    // "la" stays counted: it is also a place (Los Angeles) responders type.
    expect((await searchForgiving(sentence, 'la base de données del servidor')).missing).toEqual(['la', 'base', 'données', 'servidor']);
  });

  test('a word no page holds: named, and pages with the other words listed as partial, not exact', async () => {
    const found = await searchForgiving(engine, 'refunds stuck cached jvm');
    expect(found.missing).toEqual(['stuck']);
    expect(found.exact).toEqual([]);
    // Most words: at least 2 of the 3 words some page holds; b and d hold one each.
    expect(found.partial.map((hit) => [hit.id, hit.matched])).toEqual([['a', ['refunds', 'cached', 'jvm']]]);
  });

  test('few exact results: pages with most words follow, best first, with the words they matched', async () => {
    const found = await searchForgiving(engine, 'checkout slow deploy watermark');
    expect(found.exact).toEqual([]);
    expect(found.partial.map((hit) => [hit.id, hit.matched])).toEqual([
      ['b', ['checkout', 'slow', 'deploy']],
      // The list still short, the one page holding the rarest word alone comes last (round 42).
      ['c', ['watermark']],
    ]);
  });

  test('no page holds most of a long query: pages holding one word fewer are listed, marked, rather than nothing (round 10)', async () => {
    const dns = engineOver({
      storm: { title: 'A perfect DNS storm', text: 'alpine containers: musl resolution failures' },
      third: { title: 'Containers restarted', text: 'containers restarted after deploy' },
      name: { title: 'Domain name renewal', text: 'the name lapsed' },
      search: { title: 'Search index stale', text: 'search was sluggish' },
      domains: { title: 'Parked domains', text: 'domains moved' },
    });
    // Seven words every one of which some page holds: three listed from (more than a third, round
    // 20), and no page holds more than three. The page holding three is listed, below half of the
    // words; with fewer than five listed, the page holding two is added. Since round 42 those
    // holding only one of the rarest words (here on one page each) fill the places left, last;
    // "third", holding only "containers" (on two pages), stays unlisted.
    const found = await searchForgiving(dns, 'alpine containers sluggish name resolution search domains');
    expect(found.exact).toEqual([]);
    expect(found.missing).toEqual([]);
    expect(found.partial.map((hit) => [hit.id, hit.matched, hit.fewerThanHalf])).toEqual([
      ['storm', ['alpine', 'containers', 'resolution'], true],
      ['search', ['sluggish', 'search'], true],
      ['domains', ['domains'], true],
      ['name', ['name'], true],
    ]);
    expect(partialWording(found.partial)).toBe('some');
    // Pages holding most of the words are not marked, and the list is then "most".
    const most = await searchForgiving(engine, 'refunds stuck cached jvm');
    expect(most.partial.every((hit) => hit.fewerThanHalf === undefined)).toBe(true);
    expect(partialWording(most.partial)).toBe('most');
    // Enough pages already listed: none holding fewer words is added.
    expect((await searchForgiving(dns, 'alpine containers sluggish name resolution search domains', { fewResults: 0 })).partial).toEqual([]);
  });

  test('partial matches are ranked by relevance summed over their words, not by how many words they hold', async () => {
    // pagefind's score per word and page: "queued" is rare and in the summary of "scans"; the
    // everyday words are in many pages' bodies, and "sit" only matches them as a prefix of "sites".
    const scores: Record<string, Record<string, number>> = {
      scans: { scans: 14 },
      queued: { scans: 13, deploys: 6 },
      never: { busy: 3, deploys: 2 },
      sit: { busy: 2 },
      state: { busy: 1 },
      start: { scans: 1, busy: 2, deploys: 1 },
    };
    const ranked: SearchEngine = {
      async search(term) {
        const words = term.split(' ');
        if (words.length > 1) return { results: [] };
        return {
          results: Object.entries(scores[words[0]] ?? {}).map(([id, score]) => ({
            id,
            score,
            data: async () => ({ url: `/postmortems/${id}/`, excerpt: '', meta: { title: id } }),
          })),
        };
      },
    };
    const found = await searchForgiving(ranked, 'scans sit in queued state never start');
    // "busy" holds 4 everyday words, "scans" 3 words of which two are rare and weighty: those win.
    // Since round 36 each word counts by the root of its score (partialWordScore), so the four
    // everyday words (roots summed 5.6) now rank above one rare word and two everyday ones (4.9).
    expect(found.partial.map((hit) => [hit.id, hit.matched])).toEqual([
      ['scans', ['scans', 'queued', 'start']],
      ['busy', ['sit', 'state', 'never', 'start']],
      ['deploys', ['queued', 'never', 'start']],
    ]);
  });

  test('a short notice holding the telling third of a long sentence is listed, and ranks above reviews holding its everyday words (round 20)', async () => {
    // pagefind's score per word and page: "lamp" is rare and in the notice's first line; the
    // everyday words are in the long reviews' bodies. Eight words: three listed from, four before.
    const scores: Record<string, Record<string, number>> = {
      lamp: { notice: 9 },
      server: { notice: 3, review1: 1, review2: 1 },
      dead: { notice: 2, review1: 1 },
      totally: { review1: 1, review2: 1 },
      someone: { review1: 1, review2: 1 },
      had: { review1: 1, review2: 1 },
      go: { review2: 1 },
      rack: { review1: 1 },
    };
    const ranked: SearchEngine = {
      async search(term) {
        const words = term.split(' ');
        if (words.length > 1) return { results: [] };
        return { results: Object.entries(scores[words[0]] ?? {}).map(([id, score]) => ({ id, score, data: async () => ({ url: `/postmortems/${id}/`, excerpt: '', meta: { title: id } }) })) };
      },
    };
    const found = await searchForgiving(ranked, 'lamp server totally dead, someone had to go to the rack');
    expect(found.partial.map((hit) => [hit.id, hit.matched.length, hit.fewerThanHalf])).toEqual([
      ['notice', 3, true],
      ['review1', 6, undefined],
      ['review2', 5, undefined],
    ]);
    expect(partialWording(found.partial)).toBe('some');
  });

  test.each([[1, 1], [2, 1], [3, 2], [5, 2], [6, 3], [8, 3], [9, 3], [11, 3], [12, 4]])('a page holding %i query words needs %i to be listed', (held, needed) => {
    expect(listedFromWords(held)).toBe(needed);
  });

  describe('a page holding every word, but weakly (round 9)', () => {
    // pagefind's score per word and page: a long review says every word once in its body (low
    // scores: a body word in a long page); the short report's title and summary hold three of them.
    const scoresOf = (extra: Record<string, Record<string, number>> = {}): Record<string, Record<string, number>> => ({
      ci: { review: 1, report: 6, other: 2, ...extra.ci },
      server: { review: 1, report: 6, ...extra.server },
      unresponsive: { review: 1, ...extra.unresponsive },
      load: { review: 1, report: 6, ...extra.load },
    });
    /** pagefind's contract over these scores: every word of the query, summed; titles per page. */
    const engineOf = (scores: Record<string, Record<string, number>>, titles: Record<string, string> = {}): SearchEngine => ({
      async search(term) {
        const words = term.split(' ').filter((word) => scores[word]);
        const pages = Object.keys(scores[words[0]] ?? {}).filter((id) => words.every((word) => scores[word][id] !== undefined));
        return {
          results: pages
            .map((id) => ({ id, score: words.reduce((sum, word) => sum + scores[word][id], 0), data: async () => ({ url: `/postmortems/${id}/`, excerpt: '', meta: { title: titles[id] ?? id } }) }))
            .sort((a, b) => b.score - a.score),
        };
      },
    });

    test('goes below a page holding most words far more strongly, listed with every word it holds', async () => {
      const found = await searchForgiving(engineOf(scoresOf()), 'ci server unresponsive load');
      // Before: the review was the only exact result, first; the report came after it.
      expect(found.exact).toEqual([]);
      expect(found.exactCount).toBe(0);
      expect(found.partial.map((hit) => [hit.id, hit.matched])).toEqual([
        ['report', ['ci', 'server', 'load']],
        ['review', ['ci', 'server', 'unresponsive', 'load']],
      ]);
    });

    test('stays first when its summed score reaches the best partial match divided by exactBonus', async () => {
      // The review now scores 4 × 3 = 12 over the four words: 12 × 1.5 = 18 reaches the report's 18.
      const strong = scoresOf({ ci: { review: 3 }, server: { review: 3 }, unresponsive: { review: 3 }, load: { review: 3 } });
      const found = await searchForgiving(engineOf(strong), 'ci server unresponsive load');
      expect(found.exact.map((hit) => hit.id)).toEqual(['review']);
      expect(found.exactCount).toBe(1);
      expect(found.partial.map((hit) => hit.id)).toEqual(['report']);
      // exactBonus 1 (a page holding every word counts no more than one holding most): below.
      expect((await searchForgiving(engineOf(strong), 'ci server unresponsive load', { exactBonus: 1 })).exact).toEqual([]);
    });

    test('stays first with exactBonus Infinity, when sorting by date (titleBonus off), or when its title holds the query', async () => {
      const weak = engineOf(scoresOf());
      for (const options of [{ exactBonus: Infinity }, { titleBonus: false }]) {
        const found = await searchForgiving(weak, 'ci server unresponsive load', options);
        expect(found.exact.map((hit) => hit.id)).toEqual(['review']);
        expect(found.partial.map((hit) => hit.id)).toEqual(['report']);
      }
      const titled = engineOf(scoresOf(), { review: 'CI server unresponsive load' });
      expect((await searchForgiving(titled, 'ci server unresponsive load')).exact.map((hit) => hit.id)).toEqual(['review']);
    });
  });

  describe('a word pagefind found only through a shorter word', () => {
    // pagefind's data for a page: its words, and where the query matched.
    const page = (text: string, ...matchedWords: string[]) => {
      const words = text.split(' ');
      return { url: '/postmortems/p/', excerpt: '', meta: {}, raw_content: text, weighted_locations: matchedWords.map((word) => ({ location: words.indexOf(word), balanced_score: 1 })) };
    };

    test.each([
      ['bgp', page('Step B failed twice', 'B')],
      ['p2p', page('classified P2 by the on-call', 'P2')],
      ['dos', page('what do we do now', 'do')],
      ['hammering', page('the h key', 'h')],
    ])('"%s" matched only a shorter word', (word, data) => {
      expect(matchedOnlyShorterWord(word, data)).toBe(true);
    });

    test.each([
      ['scan', page('two scans queued', 'scans')],
      ['evicted', page('pod evictions began', 'evictions')],
      ['creating', page('could not create users', 'create')],
      ['kubernets', page('the kubernetes upgrade', 'kubernetes')],
      ['nodes', page('restart the full_nodes now', 'full_nodes')],
      ['nginx', page('upgraded ingress-nginx today', 'ingress-nginx')],
      ['pihole', page('the Pi-hole blocked it', 'Pi-hole')],
      ['end', page('the SessionEnd hook', 'SessionEnd')],
      ['agg_sig_unsafe', page('uses AGG_SIG_UNSAFE here', 'AGG_SIG_UNSAFE')],
    ])('"%s" is held by the page', (word, data) => {
      expect(matchedOnlyShorterWord(word, data)).toBe(false);
    });

    test('searchForgiving names such a word missing and does not trust results matched through it', async () => {
      // Like pagefind: "bgp" is no page's word, so it matches the indexed prefix "b".
      const pages: Record<string, string> = { steps: 'step b of the route table leak check', routes: 'route leak from a partner network' };
      const fallback: SearchEngine = {
        async search(term) {
          const words = term.toLowerCase().split(' ').map((word) => (word === 'bgp' ? 'b' : word));
          const results = Object.entries(pages)
            .filter(([, text]) => words.every((word) => text.split(' ').includes(word)))
            .map(([id, text]) => ({
              id,
              score: 1,
              data: async () => ({ ...page(text, ...text.split(' ').filter((word) => words.includes(word))), url: `/postmortems/${id}/` }),
            }));
          return { results };
        },
      };
      const found = await searchForgiving(fallback, 'bgp route leak');
      expect(found.missing).toEqual(['bgp']);
      expect(found.exact).toEqual([]);
      expect(found.partial.map((hit) => [hit.id, hit.matched])).toEqual([
        ['routes', ['route', 'leak']],
        ['steps', ['route', 'leak']],
      ]);
      expect((await searchForgiving(fallback, 'bgp')).missing).toEqual(['bgp']);
    });
  });

  test('one word that nothing holds is reported missing', async () => {
    expect((await searchForgiving(engine, 'kafka')).missing).toEqual(['kafka']);
  });

  test('a title holding the query phrase comes first', () => {
    const hits = [
      { id: 'x', data: { url: '/x/', excerpt: '', meta: { title: 'Pool saturated after a deploy' } } },
      { id: 'y', data: { url: '/y/', excerpt: '', meta: { title: 'Checkout connection pool saturated' } } },
    ];
    expect(titlePhraseFirst(hits, 'connection pool').map((hit) => hit.id)).toEqual(['y', 'x']);
    expect(titlePhraseFirst(hits, 'pool').map((hit) => hit.id)).toEqual(['x', 'y']);
  });

  test('pasted text: punctuation joining words is a space for pagefind, dotted and quoted text is kept', () => {
    expect(pagefindQuery('ReadOnlyPaths=/var (exit=1), [warn] <none>|#3')).toBe('ReadOnlyPaths /var exit 1 warn none 3');
    expect(pagefindQuery('api.example.test: max_conns reached for "pool-a"')).toBe('api.example.test: max_conns reached for "pool a"');
    expect(pagefindQuery('out-of-memory on 5.15.0-91-generic')).toBe('out of memory on 5.15.0-91-generic');
    expect(pagefindQuery('délai dépassé')).toBe('délai dépassé');
  });

  test('query words are split as pagefind splits them', () => {
    expect(queryWords('x509: certificate has EXPIRED, x509')).toEqual(['x509', 'certificate', 'has', 'expired']);
  });
});

describe('the excerpt of a result holding most of the words', () => {
  // pagefind's data for a page found by the search for "database": only that word is located.
  const text = 'Checkout slowed at noon. The orders database answered late for an hour while the nightly batch ran and nobody watched the graphs. Later that day the connection pool of the payments service was exhausted and every request queued behind it.';
  const words = text.split(' ');
  const located = (word: string) => words.flatMap((w, location) => (w.toLowerCase().startsWith(word) ? [{ location, balanced_score: 1 }] : []));
  const dataFor = (word: string) => ({ url: '/postmortems/p/', excerpt: 'pagefind excerpt', meta: { title: 'p' }, raw_content: text, weighted_locations: located(word) });

  test('marks every word it was listed for, around where they stand together', () => {
    const excerpt = excerptMarkingWords(dataFor('database'), ['database', 'connection', 'pool', 'exhausted'], 12);
    expect(excerpt.match(/<mark>[^<]+<\/mark>/g)).toEqual(['<mark>connection</mark>', '<mark>pool</mark>', '<mark>exhausted</mark>']);
    expect(excerpt).not.toContain('<mark>database</mark>'); // twelve words cannot reach it: the window goes where three stand
  });

  test('a stem of a query word is marked as pagefind matches it ("queue" marks "queued"); a word that is only its start is not ("data" for "database")', () => {
    expect(excerptMarkingWords(dataFor('queue'), ['queue', 'request'], 6)).toContain('<mark>request</mark> <mark>queued</mark>');
    const data = { ...dataFor('data'), raw_content: 'The data team saw the databases fill up.' };
    expect(excerptMarkingWords(data, ['database'], 12)).toBe('The data team saw the <mark>databases</mark> fill up.');
  });

  test('searchForgiving gives partial results that excerpt; a page pagefind gave no words for keeps its excerpt', async () => {
    const single: SearchEngine = {
      async search(term) {
        if (term.includes(' ') || !['database', 'pool', 'exhausted'].includes(term)) return { results: [] };
        return { results: [{ id: 'p', score: 1, data: async () => dataFor(term) }] };
      },
    };
    const found = await searchForgiving(single, 'database pool exhausted', { excerptLength: 12 });
    expect(found.partial[0].data.excerpt.match(/<mark>[^<]+<\/mark>/g)).toEqual(['<mark>pool</mark>', '<mark>exhausted</mark>']);
    expect(excerptMarkingWords({ url: '/x/', excerpt: 'kept', meta: {} }, ['pool'])).toBe('kept');
  });
});

describe('synonyms of a word few pages hold (alternativesOf, round 12)', () => {
  // A responder types "blaze"; the report about the fire says "fire". pagefind's scores per word and page.
  const scores: Record<string, Record<string, number>> = {
    office: { fire: 2, move: 3, other: 1 },
    blaze: {},
    fire: { fire: 8, drill: 4 },
    evacuated: { fire: 3, drill: 2 },
    phones: { move: 2, other: 1 },
  };
  const engine: SearchEngine = {
    async search(term) {
      const words = term.split(' ').filter((word) => scores[word] && Object.keys(scores[word]).length);
      const pages = Object.keys(scores[words[0]] ?? {}).filter((id) => words.every((word) => scores[word][id] !== undefined));
      return {
        results: pages
          .map((id) => ({ id, score: words.reduce((sum, word) => sum + scores[word][id], 0), data: async () => ({ url: `/postmortems/${id}/`, excerpt: '', meta: { title: id } }) }))
          .sort((a, b) => b.score - a.score),
      };
    },
  };
  const synonyms: Record<string, string[]> = { blaze: ['fire'], office: ['bureau'], evacuated: ['rescued'] };
  const alternativesOf = (word: string) => synonyms[word] ?? [];

  test('a page holding the synonym counts as holding the word, named as such, and ranks by it', async () => {
    const without = await searchForgiving(engine, 'office blaze evacuated');
    expect(without.missing).toEqual(['blaze']);
    const found = await searchForgiving(engine, 'office blaze evacuated', { alternativesOf });
    // Still said missing: no page holds the word itself.
    expect(found.missing).toEqual(['blaze']);
    expect(found.partial[0].id).toBe('fire');
    expect(found.partial[0].matched).toEqual(['office', 'blaze', 'evacuated']);
    expect(found.partial[0].asSynonym).toEqual({ blaze: 'fire' });
    // Without synonyms the fire report held two of three words; now three, and it ranks higher
    // by the synonym's score (8 × 0.5 = 4 added).
    const before = without.partial.find((hit) => hit.id === 'fire')!;
    expect(before.matched).toEqual(['office', 'evacuated']);
    expect(found.partial.find((hit) => hit.id === 'drill')!.matched).toEqual(['blaze', 'evacuated']);
  });

  test('a word held by as many pages as synonymsBelow gets none of its synonyms searched', async () => {
    const searched: string[] = [];
    const counting: SearchEngine = { search: (term, options) => (searched.push(term), engine.search(term, options)) };
    await searchForgiving(counting, 'office blaze evacuated', { alternativesOf, synonymsBelow: 3 });
    // "office" is held by 3 pages, "evacuated" by 2, "blaze" by none: the synonyms of the last two only.
    expect(searched).toContain('fire');
    expect(searched).toContain('rescued');
    expect(searched).not.toContain('bureau');
  });
});
