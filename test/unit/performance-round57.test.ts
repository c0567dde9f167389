import { describe, expect, test } from 'vitest';
import { ascendingIds, sortAscending } from '../../src/lib/ascending-ids.ts';
import { plainWordingVectors } from '../../src/lib/similarity-link-by.ts';
import type { SimilarityDocument } from '../../src/lib/similarity.ts';
import { TokenTable } from '../../src/lib/text-analysis.ts';

// Session 57 (docs/performance.md): similar incidents sort each report's word ids by a copy loop
// and a radix sort (src/lib/ascending-ids.ts), not Int32Array.from(...).sort(): the same arrays,
// to the element, and so the same plain vectors.

/** A seeded generator, so a failure can be run again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` distinct ids below `below`, in a shuffled order. */
function distinctIds(count: number, below: number, random: () => number): number[] {
  const ids = new Set<number>();
  while (ids.size < count) ids.add(Math.floor(random() * below));
  return [...ids];
}

describe('ascendingIds and sortAscending (session 57)', () => {
  const random = seeded(57);
  const cases: [string, number[]][] = [
    ['no id', []],
    ['one id', [7]],
    ['a short list (the typed array sort)', distinctIds(40, 1000, random)],
    ['just at the radix sort', distinctIds(64, 100, random)],
    ['ids below 256 (one pass)', distinctIds(200, 256, random)],
    ['a report-sized list below 60,000 (two passes)', distinctIds(700, 60_000, random)],
    ['ids above 2^16 (three passes)', distinctIds(900, 5_000_000, random)],
    ['ids above 2^24 (four passes)', distinctIds(300, 2 ** 31 - 1, random)],
    ['already in order', Array.from({ length: 500 }, (_, k) => k * 3)],
    ['in reverse order', Array.from({ length: 500 }, (_, k) => 10_000 - k * 7)],
    ['zero among them', [0, ...distinctIds(99, 70_000, random).filter((id) => id !== 0)]],
  ];
  test.each(cases)('%s: the same array as Int32Array.from(ids).sort()', (_, ids) => {
    const expected = Int32Array.from(ids).sort();
    expect(ascendingIds(ids)).toEqual(expected);
    expect(sortAscending(Int32Array.from(ids))).toEqual(expected);
  });

  test('the list given is left as it was, and a view is sorted in place without touching its neighbours', () => {
    const ids = distinctIds(300, 40_000, random);
    const copy = [...ids];
    ascendingIds(ids);
    expect(ids).toEqual(copy);
    const whole = Int32Array.from([-5, ...ids, -9]);
    const view = sortAscending(whole.subarray(1, 1 + ids.length));
    expect(view).toEqual(Int32Array.from(ids).sort());
    expect([whole[0], whole[whole.length - 1]]).toEqual([-5, -9]);
  });

  test('many lists in turn (the scratch array reused and grown) each come out sorted', () => {
    for (const length of [70, 5000, 80, 3000, 65]) {
      const ids = distinctIds(length, 1_000_000, random);
      expect(ascendingIds(ids)).toEqual(Int32Array.from(ids).sort());
    }
  });
});

/**
 * The plain vectors as written before session 57, by a Map a report and the typed array's sort,
 * weighted and normalised in the same expressions.
 */
function plainVectorsAsBefore(documents: readonly SimilarityDocument[]) {
  const table = new TokenTable();
  const wordOf = new Map<number, number>();
  const words: string[] = [];
  const holderCounts: number[] = [];
  const counts: { ids: Int32Array; tf: Int32Array }[] = [];
  for (const doc of documents) {
    const body = doc.text.length > 6000 ? doc.text.slice(0, 6000) : doc.text;
    const frequency = new Map<number, number>();
    for (const raw of table.tokenIds(`${doc.title}\n${doc.summary}\n${body}`)) {
      const token = raw < 0 ? -raw - 1 : raw;
      if (raw < 0 && table.tokens[token].length >= 2) {
        wordOf.set(token, words.length);
        words.push(table.tokens[token]);
        holderCounts.push(0);
      }
      const id = wordOf.get(token);
      if (id === undefined) continue;
      if (!frequency.has(id)) holderCounts[id]++;
      frequency.set(id, (frequency.get(id) ?? 0) + 1);
    }
    const ids = Int32Array.from(frequency.keys()).sort();
    counts.push({ ids, tf: Int32Array.from(ids, (id) => frequency.get(id)!) });
  }
  const n = documents.length;
  const idf = Float64Array.from(holderCounts, (holders) => Math.log((1 + n) / (1 + holders)) + 1);
  const terms: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const { ids, tf } of counts) {
    const w = new Float64Array(ids.length);
    let squares = 0;
    for (let k = 0; k < ids.length; k++) {
      w[k] = tf[k] * idf[ids[k]];
      squares += w[k] * w[k];
    }
    const norm = Math.sqrt(squares) || 1;
    for (let k = 0; k < w.length; k++) w[k] /= norm;
    terms.push(ids);
    weights.push(w);
  }
  return { words, holders: Int32Array.from(holderCounts), terms, weights };
}

describe('plainWordingVectors with the radix sort (session 57)', () => {
  // 150 reports of ~900 distinct words each (two radix passes), among them a report with no word
  // and one of one-letter words only.
  const random = seeded(7);
  const vocabulary = Array.from({ length: 30_000 }, (_, k) => `w${k.toString(36)}x`);
  const word = () => vocabulary[Math.floor(Math.exp(random() * Math.log(vocabulary.length))) - 1];
  const text = (length: number) => Array.from({ length }, word).join(' ');
  const documents: SimilarityDocument[] = Array.from({ length: 150 }, (_, i) => ({
    id: `r-${i}`,
    title: i === 20 || i === 21 ? '' : text(9),
    summary: i === 20 ? '' : i === 21 ? 'a b c d' : text(40),
    text: i === 20 ? '' : i === 21 ? 'x y z' : `${text(1200)} Checkout's on-call paged`,
    services: [],
    tags: [],
    related: [],
  }));

  test('the same words, holders, ids and weights as before, bit for bit', () => {
    const vectors = plainWordingVectors(documents);
    const before = plainVectorsAsBefore(documents);
    expect(vectors.words).toEqual(before.words);
    expect(vectors.holders).toEqual(before.holders);
    expect(vectors.terms).toHaveLength(documents.length);
    vectors.terms.forEach((ids, i) => {
      expect(ids, `report ${i}'s ids`).toEqual(before.terms[i]);
      // Bit for bit: toEqual compares numbers with Object.is.
      expect(Array.from(vectors.weights[i]), `report ${i}'s weights`).toEqual(Array.from(before.weights[i]));
    });
    expect(vectors.terms[20]).toHaveLength(0);
    expect(vectors.terms[21]).toHaveLength(0);
  });
});
