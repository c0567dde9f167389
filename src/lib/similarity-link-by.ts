import { findSimilarPostmortems, type SimilarityDocument, type SimilarLink, type SimilarityOptions } from './similarity.ts';
import { displayWord, forEachToken, isIndexable } from './text-analysis.ts';

/**
 * What a knowledge base wants its similar-incident links to join (site.config.ts
 * `similarity.linkBy`; measured in docs/findability.md, round 13):
 *
 * - `cause`: the same failure, whatever system it hit (an expired certificate on the wiki and one on
 *   the package server): the model of src/lib/similarity.ts alone. Best on pools labelled by cause
 *   and on our fixtures, where products cut across failures; below plain TF-IDF where the label is
 *   the system hit (status pages) and on the Kubernetes stories' development P@5.
 * - `system`: the same system hit, whatever failed (a status page, where a reader of "mapserv slow"
 *   wants mapserv's other updates): the model with the knowledge base's own systems at full weight
 *   and literal wording on (`ownSystemTitleShare` 0.02, `literalWeight` 0.75, rounds 11-12), blended
 *   with the plain TF-IDF cosine of the words as written at weight 1.
 * - `blend` (default): the same at weight 0.5. Chosen on the development halves only: of the
 *   weights tried (0.25 to 1), the one at or above plain TF-IDF on every development half that keeps
 *   most of the model's lead on the cause-labelled pools.
 */
export type LinkBy = 'cause' | 'blend' | 'system';

export const linkByChoices = ['cause', 'blend', 'system'] as const satisfies readonly LinkBy[];

export const defaultLinkBy: LinkBy = 'blend';

/** The weight of the plain cosine for each choice that blends it in. */
export const plainWeightOf: Readonly<Record<Exclude<LinkBy, 'cause'>, number>> = { blend: 0.5, system: 1 };

/** The model options when plain wording is blended in (measured in rounds 11 and 12). */
export const systemModelOptions: SimilarityOptions = { ownSystemTitleShare: 0.02, literalWeight: 0.75 };

export interface PlainWordingOptions {
  /** Weight of the plain cosine (normalised by the report's best) against the model's (normalised the same way). Default 1. */
  plainWeight?: number;
  /** Links per report. Default 5. */
  limit?: number;
  /** Candidates read from each ranking. Default 20. */
  candidates?: number;
  /**
   * A link's blended score must reach this share of the report's best, as the model's own
   * `minRelativeScore`: the tail of a clear match is noise. Default 0.15.
   */
  minRelativeScore?: number;
  /** Shared words named in a reason. Default 4. */
  reasonWords?: number;
}

/** One report's plain TF-IDF vector: words as written (lowercased), unit length. */
interface PlainVector {
  weights: Map<string, number>;
}

/**
 * Plain TF-IDF vectors (lowercased words of two letters or more, no stemming, stop words, names or
 * structure; smoothed idf), the baseline docs/findability.md measures every model against
 * (src/lib/similarity-evaluation.ts `rankByPlainTfIdf` reads the same words).
 */
export function plainWordingVectors(documents: readonly SimilarityDocument[]): PlainVector[] {
  const counts = documents.map((doc) => {
    const tf = new Map<string, number>();
    forEachToken(`${doc.title}\n${doc.summary}\n${doc.text}`, (token) => {
      if (token.length > 1) tf.set(token, (tf.get(token) ?? 0) + 1);
    });
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  return counts.map((tf) => {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of tf) {
      const w = count * (Math.log((1 + n) / (1 + df.get(term)!)) + 1);
      weights.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of weights) weights.set(term, w / norm);
    return { weights };
  });
}

function cosine(a: PlainVector, b: PlainVector): number {
  const [small, large] = a.weights.size < b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let sum = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

/**
 * Each report's `k` nearest by plain cosine, best first, ties by id. Candidates come from the
 * postings of the report's words held by at most a tenth of the reports (and 50): a report sharing
 * only everyday words scores low in any case, and their postings would make this quadratic.
 */
export function plainWordingNeighbours(documents: readonly SimilarityDocument[], vectors: readonly PlainVector[], k: number): { j: number; score: number }[][] {
  const n = documents.length;
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const term of v.weights.keys()) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(i);
    }
  });
  const commonAbove = Math.max(50, n / 10);
  const seen = new Int32Array(n).fill(-1);
  return vectors.map((v, i) => {
    const found: { j: number; score: number }[] = [];
    for (const term of v.weights.keys()) {
      const list = postings.get(term)!;
      if (list.length > commonAbove) continue;
      for (const j of list) {
        if (j === i || seen[j] === i) continue;
        seen[j] = i;
        found.push({ j, score: cosine(v, vectors[j]) });
      }
    }
    found.sort((x, y) => y.score - x.score || (documents[x.j].id < documents[y.j].id ? -1 : 1));
    return found.slice(0, k);
  });
}

/** The words two reports share, strongest first (weight products), as a reader would name them: no stop words, numbers or one-letter words. */
export function sharedPlainWords(a: PlainVector, b: PlainVector, count: number): string[] {
  const shared: { term: string; weight: number }[] = [];
  for (const [term, w] of a.weights) {
    const other = b.weights.get(term);
    if (other !== undefined && isIndexable(term) && /[a-z]/.test(term)) shared.push({ term, weight: w * other });
  }
  shared.sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : 1));
  return shared.slice(0, count).map((s) => displayWord(s.term));
}

/**
 * Similar links blended with plain wording (`linkBy: 'blend'` or `'system'`): the model's leading candidates (options of
 * `model`, cut-offs off) and plain TF-IDF's, each score divided by the best of its ranking for that
 * report, summed with `plainWeight` on the plain side; the best `limit` whose sum reaches
 * `minRelativeScore` of the best are kept. Author-curated (pinned) links stay first. The reason is
 * the model's when it found the link, and the words both reports use ("same words: mapserv,
 * geocoding") when the plain cosine weighs more than the model in its score, alone found it, or
 * the model named nothing, so what is shown beside a link is what put it there. A candidate with
 * no reason to give (it shares only stop words and numbers) is not linked.
 */
export function findSimilarByPlainAndModel(
  documents: readonly SimilarityDocument[],
  model: SimilarityOptions = systemModelOptions,
  options: PlainWordingOptions = {},
): Map<string, SimilarLink[]> {
  const limit = options.limit ?? 5;
  const candidates = options.candidates ?? 20;
  const plainWeight = options.plainWeight ?? 1;
  const minRelativeScore = options.minRelativeScore ?? 0.15;
  const reasonWords = options.reasonWords ?? 4;
  const modelLinks = findSimilarPostmortems(documents, { ...model, limit: candidates, minScore: 0, minRelativeScore: 0 });
  const vectors = plainWordingVectors(documents);
  const neighbours = plainWordingNeighbours(documents, vectors, candidates);
  const indexOf = new Map(documents.map((doc, i) => [doc.id, i]));
  const result = new Map<string, SimilarLink[]>();
  documents.forEach((doc, i) => {
    const own = modelLinks.get(doc.id) ?? [];
    const pinned = own.filter((link) => link.pinned).slice(0, limit);
    const fromModel = own.filter((link) => !link.pinned && link.score > 0);
    const fromPlain = neighbours[i].filter((entry) => entry.score > 0);
    const modelBest = fromModel.reduce((best, link) => Math.max(best, link.score), 0) || 1;
    const plainBest = fromPlain[0]?.score || 1;
    const blended = new Map<string, { model: number; plain: number; link?: SimilarLink }>();
    for (const link of fromModel) blended.set(link.id, { model: link.score / modelBest, plain: 0, link });
    for (const { j, score } of fromPlain) {
      const id = documents[j].id;
      const entry = blended.get(id) ?? { model: 0, plain: 0 };
      entry.plain = (plainWeight * score) / plainBest;
      blended.set(id, entry);
    }
    // A model candidate the plain ranking did not list still shares words: its cosine counts too.
    for (const [id, entry] of blended) {
      if (entry.plain === 0) entry.plain = (plainWeight * cosine(vectors[i], vectors[indexOf.get(id)!])) / plainBest;
    }
    const pinnedIds = new Set(pinned.map((link) => link.id));
    const ranked = [...blended].filter(([id]) => !pinnedIds.has(id) && id !== doc.id)
      .map(([id, entry]) => ({ id, ...entry, score: entry.model + entry.plain }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const best = ranked[0]?.score ?? 0;
    const links: SimilarLink[] = [...pinned];
    for (const entry of ranked) {
      if (links.length >= limit) break;
      if (entry.score < best * minRelativeScore) break;
      // The plain words are named when they weighed most, or when the model named nothing; a
      // candidate with nothing to name (it shares only stop words and numbers) is no link.
      const modelReason = entry.link?.reason ?? '';
      const words = entry.plain >= entry.model || !modelReason ? sharedPlainWords(vectors[i], vectors[indexOf.get(entry.id)!], reasonWords) : [];
      const reason = [modelReason, words.length ? `same words: ${words.join(', ')}` : ''].filter(Boolean).join('; ');
      if (!reason) continue;
      links.push({ id: entry.id, score: Math.round(entry.score * 1000) / 1000, pinned: false, reason });
    }
    result.set(doc.id, links);
  });
  return result;
}

/** Similar links as a knowledge base set to `linkBy` gets them. */
export function findSimilarLinkedBy(documents: readonly SimilarityDocument[], linkBy: LinkBy = defaultLinkBy): Map<string, SimilarLink[]> {
  if (linkBy === 'cause') return findSimilarPostmortems(documents);
  return findSimilarByPlainAndModel(documents, systemModelOptions, { plainWeight: plainWeightOf[linkBy] });
}
