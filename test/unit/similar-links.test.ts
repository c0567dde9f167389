import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { isShownOnInternalSite } from '../../src/lib/internal-site-scope.ts';
import {
  carryOverLinks,
  computeSimilarLinks,
  digestSimilarityInput,
  LiveSimilarLinks,
  sameSimilarityInput,
  type SimilarityRecord,
  type SimilarLinks,
} from '../../src/lib/similar-links.ts';

const example = validateCorpus(resolve(import.meta.dirname, '../../content'), { frontmatterOnly: true });
const records: SimilarityRecord[] = example.postmortems.flatMap((p) =>
  p.entryData && isShownOnInternalSite(p.entryData, 'build') ? [{ id: p.id, data: p.entryData, body: splitFrontmatter(p.source).body }] : []);

const plain = (links: SimilarLinks) => Object.fromEntries(links);
/** The records with one post's summary rewritten, as an author's save would. */
const withEdit = (id: string, summary: string) => records.map((r) => (r.id === id ? { ...r, data: { ...r.data, summary } } : r));

/** A compute function that runs only when told to, so a test sees what pages get meanwhile. */
function controlledCompute() {
  const calls: { records: readonly SimilarityRecord[]; finish: () => void }[] = [];
  const compute = (input: readonly SimilarityRecord[]) =>
    new Promise<SimilarLinks>((done) => calls.push({ records: input, finish: () => done(computeSimilarLinks(input)) }));
  return { calls, compute };
}

describe('similar links over the corpus', () => {
  test('the example corpus has links, and they do not depend on the order the files were read in', () => {
    const links = computeSimilarLinks(records);
    expect(records.length).toBeGreaterThan(5);
    expect([...links.values()].some((list) => list.length > 0)).toBe(true);
    expect(plain(computeSimilarLinks([...records].reverse()))).toEqual(plain(links));
  });

  test('digests change with what similarity reads, and only with that', () => {
    const before = digestSimilarityInput(records);
    const target = records[0];
    const statusOnly = records.map((r) => (r === target ? { ...r, data: { ...r.data, actionItems: [] } } : r));
    expect(sameSimilarityInput(before, digestSimilarityInput(statusOnly))).toBe(true);
    const edited = digestSimilarityInput(withEdit(target.id, 'A different summary about certificates.'));
    expect(sameSimilarityInput(before, edited)).toBe(false);
    expect([...edited].filter(([id, digest]) => before.get(id) !== digest).map(([id]) => id)).toEqual([target.id]);
    expect(sameSimilarityInput(before, digestSimilarityInput(records.slice(1)))).toBe(false);
  });

  test('a record given a new body or new data after its links were computed is read again, not remembered', () => {
    const copies = records.map((r) => ({ ...r }));
    const before = digestSimilarityInput(copies);
    computeSimilarLinks(copies);
    const [first, second] = copies;
    first.body = `${first.body}\n\nThe connection pool was exhausted by a retry storm.`;
    second.data = { ...second.data, title: 'A different title about DNS' };
    const after = digestSimilarityInput(copies);
    expect([...after].filter(([id, digest]) => before.get(id) !== digest).map(([id]) => id)).toEqual([first.id, second.id]);
    expect(sameSimilarityInput(after, digestSimilarityInput(copies.map((r) => ({ ...r }))))).toBe(true);
  });

  test('carried-over links keep each post its links, minus links to posts that are gone', () => {
    const links = computeSimilarLinks(records);
    const [gone, ...kept] = records.map((r) => r.id);
    const carried = carryOverLinks(links, [...kept, 'a-new-post']);
    expect(carried.has(gone)).toBe(false);
    expect(carried.get('a-new-post')).toEqual([]);
    for (const id of kept) expect(carried.get(id)).toEqual(links.get(id)!.filter((link) => link.id !== gone));
  });
});

describe('LiveSimilarLinks (astro dev)', () => {
  test('after an edit, pages get the earlier links at once; once settled, exactly a full recompute of the edited corpus', async () => {
    const { calls, compute } = controlledCompute();
    let updates = 0;
    const live = new LiveSimilarLinks(compute, { onUpdate: () => updates++ });
    live.seed({ links: computeSimilarLinks(records), digests: digestSimilarityInput(records) });

    const unchanged = await live.linksFor(records);
    expect(unchanged.current).toBe(true);
    expect(calls).toHaveLength(0);

    const edited = withEdit(records[0].id, 'Expired TLS certificate on the load balancer took checkout down.');
    const during = await live.linksFor(edited);
    expect(during.current).toBe(false);
    expect(plain(during.links)).toEqual(plain(carryOverLinks(computeSimilarLinks(records), edited.map((r) => r.id))));
    expect(calls).toHaveLength(1);

    calls[0].finish();
    await live.settled();
    expect(updates).toBe(1);
    const after = await live.linksFor(edited);
    expect(after.current).toBe(true);
    expect(plain(after.links)).toEqual(plain(computeSimilarLinks(edited)));
  });

  test('saves that come while a recompute runs are folded into one more, for the latest version', async () => {
    const { calls, compute } = controlledCompute();
    const live = new LiveSimilarLinks(compute);
    live.seed({ links: computeSimilarLinks(records), digests: digestSimilarityInput(records) });
    await live.linksFor(withEdit(records[0].id, 'First save.'));
    await live.linksFor(withEdit(records[0].id, 'Second save.'));
    const latest = withEdit(records[0].id, 'Third save: a database failover during a migration.');
    await live.linksFor(latest);
    expect(calls).toHaveLength(1);
    calls[0].finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toHaveLength(2);
    expect(calls[1].records).toBe(latest);
    calls[1].finish();
    await live.settled();
    expect(calls).toHaveLength(2);
    expect(plain((await live.linksFor(latest)).links)).toEqual(plain(computeSimilarLinks(latest)));
  });

  test('without earlier links, the first request waits for them; a failed recompute keeps the previous links and is reported', async () => {
    const errors: string[] = [];
    let fail = false;
    const live = new LiveSimilarLinks(async (input) => {
      if (fail) throw new Error('worker gone');
      return computeSimilarLinks(input);
    }, { onError: (error) => errors.push(error.message) });
    const first = await live.linksFor(records);
    expect(first.current).toBe(true);
    expect(plain(first.links)).toEqual(plain(computeSimilarLinks(records)));

    fail = true;
    const edited = withEdit(records[1].id, 'Edited while the worker is gone.');
    expect((await live.linksFor(edited)).current).toBe(false);
    await live.settled();
    expect(errors).toEqual(['worker gone']);
    expect(plain((await live.linksFor(edited)).links)).toEqual(plain(carryOverLinks(first.links, edited.map((r) => r.id))));
  });
});
