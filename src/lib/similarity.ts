import { analyze } from './text-analysis.ts';

/** What the ranking reads of a postmortem. All text must already be variant-safe. */
export interface SimilarityDocument {
  id: string;
  title: string;
  summary: string;
  /** Body prose, timeline events, contributing factors: everything else worth matching. */
  text: string;
  services: readonly string[];
  tags: readonly string[];
  trigger?: string;
  /** Author-curated links, pinned first. */
  related: readonly string[];
}

export interface SimilarLink {
  id: string;
  /** 0..~1.5; pinned links carry the score they would have had (0 when unrelated by text). */
  score: number;
  pinned: boolean;
  /** Why it is similar, in words. */
  reason: string;
}

export interface SimilarityOptions {
  /** Links per postmortem, pinned ones included. Default 5. */
  limit?: number;
  /** Minimum combined score for an unpinned link. Default 0.12. */
  minScore?: number;
}

/** Field weights: a word in the title says more about the incident than one in the body. */
const fieldWeights = { title: 3, summary: 2, text: 1 } as const;
/** BM25 term-frequency saturation and length normalisation. */
const k1 = 1.2;
const b = 0.75;
/** Terms kept per document for candidate generation and scoring (bounds work and memory). */
const termsPerDocument = 40;
const serviceWeight = 0.18;
const tagWeight = 0.07;
const triggerWeight = 0.1;
/**
 * A term in more than this share of documents (and at least `minCommonPosting` of them) is
 * skipped when accumulating scores: its idf is low, and walking its long posting list for every
 * document is what would make the work grow quadratically.
 */
const commonTermShare = 0.01;
const minCommonPosting = 100;
/** Shared services add structural candidates only while the service is this specific. */
const maxServicePosting = 150;

interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Ranks, for every document, the most similar other documents.
 *
 * Text similarity is the cosine of BM25-weighted, stemmed, stop-word-filtered term vectors
 * (title and summary weighted above the body), each pruned to its strongest terms. Shared
 * services, shared tags (weighted by rarity) and the same trigger add to it. Candidates come
 * from an inverted index over the pruned vectors and from shared services, so the work is
 * O(n · k · p) for k kept terms and p average posting length, and memory stays O(n · k):
 * no all-pairs matrix. Ties break by id, so the output is identical for any input order.
 */
export function findSimilarPostmortems(
  documents: readonly SimilarityDocument[],
  options: SimilarityOptions = {},
): Map<string, SimilarLink[]> {
  const limit = options.limit ?? 5;
  const minScore = options.minScore ?? 0.12;
  const docs = [...documents].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const n = docs.length;
  const indexOf = new Map(docs.map((doc, i) => [doc.id, i]));

  // 1. Term frequencies per document, field-weighted, with a surface word per stem.
  const termIds = new Map<string, number>();
  const surface: string[] = [];
  const documentFrequency: number[] = [];
  const frequencies: Map<number, number>[] = [];
  const lengths = new Float64Array(n);
  docs.forEach((doc, i) => {
    const tf = new Map<number, number>();
    for (const [field, weight] of Object.entries(fieldWeights) as [keyof typeof fieldWeights, number][]) {
      for (const token of analyze(doc[field])) {
        let id = termIds.get(token.stem);
        if (id === undefined) {
          id = surface.length;
          termIds.set(token.stem, id);
          surface.push(token.word);
          documentFrequency.push(0);
        }
        tf.set(id, (tf.get(id) ?? 0) + weight);
        lengths[i] += weight;
      }
    }
    for (const id of tf.keys()) documentFrequency[id]++;
    frequencies.push(tf);
  });
  const averageLength = n ? lengths.reduce((sum, value) => sum + value, 0) / n || 1 : 1;

  // 2. BM25 weights, pruned to the strongest terms, L2-normalised.
  const vectors: Vector[] = frequencies.map((tf, i) => {
    const weighted: [number, number][] = [];
    for (const [term, count] of tf) {
      const idf = Math.log(1 + (n - documentFrequency[term] + 0.5) / (documentFrequency[term] + 0.5));
      const saturation = (count * (k1 + 1)) / (count + k1 * (1 - b + (b * lengths[i]) / averageLength));
      // A term that appears in a single document cannot make two documents similar.
      if (documentFrequency[term] > 1) weighted.push([term, idf * saturation]);
    }
    weighted.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const kept = weighted.slice(0, termsPerDocument).sort((x, y) => x[0] - y[0]);
    const norm = Math.hypot(...kept.map(([, w]) => w)) || 1;
    return {
      terms: Int32Array.from(kept.map(([t]) => t)),
      weights: Float64Array.from(kept.map(([, w]) => w / norm)),
    };
  });

  // 3. Inverted indexes: term -> documents, service -> documents; tag rarity.
  // Postings carry the term's weight in each document, so scoring never searches a vector.
  const postingLists = new Map<number, { docs: number[]; weights: number[] }>();
  vectors.forEach((vector, i) => {
    for (let t = 0; t < vector.terms.length; t++) {
      let list = postingLists.get(vector.terms[t]);
      if (!list) postingLists.set(vector.terms[t], (list = { docs: [], weights: [] }));
      list.docs.push(i);
      list.weights.push(vector.weights[t]);
    }
  });
  const postings = new Map([...postingLists].map(([term, list]) => [term, { docs: Int32Array.from(list.docs), weights: Float64Array.from(list.weights) }]));
  const serviceDocs = new Map<string, number[]>();
  const tagCount = new Map<string, number>();
  docs.forEach((doc, i) => {
    for (const service of new Set(doc.services)) {
      const list = serviceDocs.get(service);
      if (list) list.push(i);
      else serviceDocs.set(service, [i]);
    }
    for (const tag of new Set(doc.tags)) tagCount.set(tag, (tagCount.get(tag) ?? 0) + 1);
  });
  const maxTagIdf = Math.log(1 + n);
  const tagRarity = (tag: string) => Math.log(1 + n / (tagCount.get(tag) ?? 1)) / maxTagIdf;

  // Reverse `related`: a link an author drew from B to A also shows on A.
  const linkedFrom = new Map<string, string[]>();
  for (const doc of docs) {
    for (const target of doc.related) {
      if (!indexOf.has(target) || target === doc.id) continue;
      const list = linkedFrom.get(target);
      if (list) list.push(doc.id);
      else linkedFrom.set(target, [doc.id]);
    }
  }

  const maxPosting = Math.max(minCommonPosting, Math.ceil(commonTermShare * n));
  const textScores = new Float64Array(n);
  const touched: number[] = [];
  const result = new Map<string, SimilarLink[]>();

  docs.forEach((doc, i) => {
    // Text cosine with every document sharing a kept term, accumulated through postings.
    const vector = vectors[i];
    for (let t = 0; t < vector.terms.length; t++) {
      const posting = postings.get(vector.terms[t])!;
      if (posting.docs.length > maxPosting) continue;
      const weight = vector.weights[t];
      for (let p = 0; p < posting.docs.length; p++) {
        const j = posting.docs[p];
        if (j === i) continue;
        if (textScores[j] === 0) touched.push(j);
        textScores[j] += weight * posting.weights[p];
      }
    }
    const candidates = new Set(touched);
    for (const service of doc.services) {
      const sharing = serviceDocs.get(service) ?? [];
      if (sharing.length <= maxServicePosting) for (const j of sharing) if (j !== i) candidates.add(j);
    }

    const scored: { j: number; score: number; text: number }[] = [];
    for (const j of candidates) {
      const other = docs[j];
      const sharedServices = doc.services.filter((s) => other.services.includes(s));
      const sharedTags = doc.tags.filter((t) => other.tags.includes(t));
      const sameTrigger = !!doc.trigger && doc.trigger === other.trigger;
      const structure =
        Math.min(sharedServices.length, 2) * serviceWeight +
        sharedTags.reduce((sum, tag) => sum + tagWeight * (0.5 + tagRarity(tag)), 0) +
        (sameTrigger ? triggerWeight : 0);
      // Structure alone (same service, nothing in common in the prose) is a weak signal.
      const text = textScores[j];
      const score = text + structure * (text > 0.02 ? 1 : 0.5);
      scored.push({ j, score, text });
    }
    for (const j of touched) textScores[j] = 0;
    touched.length = 0;

    const links: SimilarLink[] = [];
    const used = new Set<string>([doc.id]);
    const pin = (id: string, how: string) => {
      if (used.has(id) || !indexOf.has(id) || links.length >= limit) return;
      used.add(id);
      const j = indexOf.get(id)!;
      const entry = scored.find((s) => s.j === j);
      links.push({ id, score: round(entry?.score ?? 0), pinned: true, reason: [how, explain(doc, docs[j], vector, vectors[j], surface)].filter(Boolean).join('; ') });
    };
    for (const id of doc.related) pin(id, 'linked by the authors');
    for (const id of linkedFrom.get(doc.id) ?? []) pin(id, 'links here');

    scored.sort((x, y) => y.score - x.score || (docs[x.j].id < docs[y.j].id ? -1 : 1));
    for (const { j, score } of scored) {
      if (links.length >= limit || score < minScore) break;
      const other = docs[j];
      if (used.has(other.id)) continue;
      used.add(other.id);
      links.push({ id: other.id, score: round(score), pinned: false, reason: explain(doc, other, vector, vectors[j], surface) });
    }
    result.set(doc.id, links);
  });
  return result;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Weight of `term` in a sorted sparse vector (binary search), 0 when absent. */
function weightOf(vector: Vector, term: number): number {
  let low = 0;
  let high = vector.terms.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = vector.terms[mid];
    if (value === term) return vector.weights[mid];
    if (value < term) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

/** "same service checkout-api; shared tags database, migration; same trigger migration; similar wording: lock, timeout". */
function explain(doc: SimilarityDocument, other: SimilarityDocument, a: Vector, b: Vector, surface: string[]): string {
  const parts: string[] = [];
  const services = doc.services.filter((s) => other.services.includes(s));
  if (services.length) parts.push(`same service${services.length > 1 ? 's' : ''} ${services.join(', ')}`);
  const tags = doc.tags.filter((t) => other.tags.includes(t));
  if (tags.length) parts.push(`shared tag${tags.length > 1 ? 's' : ''} ${tags.join(', ')}`);
  if (doc.trigger && doc.trigger === other.trigger) parts.push(`same trigger ${doc.trigger}`);
  const shared: [number, number][] = [];
  for (let t = 0; t < a.terms.length; t++) {
    const w = weightOf(b, a.terms[t]);
    if (w > 0) shared.push([a.terms[t], a.weights[t] * w]);
  }
  shared.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  const words = shared.slice(0, 4).map(([term]) => surface[term]);
  if (words.length) parts.push(`similar wording: ${words.join(', ')}`);
  return parts.join('; ');
}
