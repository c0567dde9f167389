import { describe, expect, test } from 'vitest';
import { minWordStartLength, sharesWordStart, wordStartOnlyPages, wordStartShare } from '../../src/lib/word-start-share.ts';
import { searchForgiving } from '../../src/lib/forgiving-search.ts';
import { firstFound, inventedNoticesIndex } from '../support/invented-notices.ts';

// Findability round 55 (docs/findability.md): a page holding a query word only as the start of a
// longer word ("graph" in "graphql") counts at a share of its score when other pages write the
// word itself. Invented notices and names. Written "graphql": pagefind indexes "GraphQL" as
// "graphql", "graph" and "ql" (a part at each lower-to-upper change), so that page writes "graph".

describe('round 55: a word held only as the start of a longer word', () => {
  test('the share applies to one token of five letters or more', () => {
    expect(minWordStartLength).toBe(5);
    expect(wordStartShare).toBeLessThan(1);
    expect(sharesWordStart('graph')).toBe(true);
    expect(sharesWordStart('postgres')).toBe(true);
    expect(sharesWordStart('cert')).toBe(false);
    expect(sharesWordStart('kube')).toBe(false);
    expect(sharesWordStart('eu-west')).toBe(false);
  });

  test('the pages not writing the word itself, and none when no page writes it', () => {
    const found = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect([...wordStartOnlyPages(found, new Set(['b']))]).toEqual(['a', 'c']);
    expect([...wordStartOnlyPages(found, new Set())]).toEqual([]);
    expect([...wordStartOnlyPages(found, undefined)]).toEqual([]);
  });
});

describe("round 55: in pagefind's own index", () => {
  const notices = [
    {
      id: 'graphql-responses-stale',
      title: 'Stale graphql responses from the content API',
      summary: 'The graphql endpoint returned cached content for an hour after a status change.',
      body: 'Editors saw old records on the page until the cache was purged.',
    },
    {
      id: 'graphql-requests-slow',
      title: 'Slow graphql requests in one region',
      summary: 'graphql requests took several seconds; the status page said all was well.',
      body: 'A database replica lagged; the page loaded slowly for editors.',
    },
    {
      id: 'uptime-figures-off',
      title: 'Monitoring figures off for a day',
      summary: 'A timezone change in the exporter shifted the collected samples.',
      body: 'The response time graph on the public status page showed wrong values until the exporter was fixed.',
    },
    ...Array.from({ length: 40 }, (_, i) => ({
      id: `routine-window-${i}`,
      title: `Routine storage maintenance window ${i}`,
      summary: 'Planned work on the storage shelves; the status page announced it.',
      body: 'The shelves were patched and checked.',
    })),
  ];
  const engine = inventedNoticesIndex('findability-round55-', notices);

  test('"response time graph on status page wrong" finds the notice writing "graph" above the graphql titles', async () => {
    expect(await firstFound(engine(), 'response time graph on status page wrong')).toBe('/postmortems/uptime-figures-off/');
  });

  test('"graphql requests slow" still finds a graphql notice first', async () => {
    const found = await searchForgiving(engine(), 'graphql requests slow');
    expect((found.exact[0] ?? found.partial[0])?.data.url).toBe('/postmortems/graphql-requests-slow/');
  });

  test('"stale graph" counts the graphql notice as holding "graph", at a share', async () => {
    const found = await searchForgiving(engine(), 'stale graph');
    expect(found.missing).toEqual([]);
    expect([...found.exact, ...found.partial].map((hit) => hit.data.url)).toContain('/postmortems/graphql-responses-stale/');
  });
});
