import { findSimilarPostmortems, type SimilarityDocument, type SimilarLink, type SimilarityOptions } from './similarity.ts';
import { displayWord, forEachToken, isIndexable } from './text-analysis.ts';

/**
 * What a knowledge base wants its similar-incident links to join (site.config.ts
 * `similarity.linkBy`; measured in docs/findability.md, round 13):
 *
 * - `cause` (default): the same failure, whatever system it hit (an expired certificate on the wiki and one on
 *   the package server): the model of src/lib/similarity.ts alone. Best on pools labelled by cause
 *   and on our fixtures, where products cut across failures; below plain TF-IDF where the label is
 *   the system hit (status pages) and on the Kubernetes stories' development P@5.
 * - `system`: the same system hit, whatever failed (a status page, where a reader of "mapserv slow"
 *   wants mapserv's other updates): the model with the knowledge base's own systems at full weight
 *   and literal wording on (`ownSystemTitleShare` 0.02, `literalWeight` 0.75, rounds 11-12), blended
 *   with the plain TF-IDF cosine of the words as written at weight 1.
 * - `blend`: the same at weight 0.5. Chosen on the development halves only: of the weights tried
 *   (0.25 to 1), the one at or above plain TF-IDF on every development half that keeps most of the
 *   model's lead on the cause-labelled pools. Not the default: it costs 3-5 times the model's CPU on
 *   a large knowledge base and lowers the cause-labelled pools (docs/findability.md, round 13).
 */
export type LinkBy = 'cause' | 'blend' | 'system';

export const linkByChoices = ['cause', 'blend', 'system'] as const satisfies readonly LinkBy[];

export const defaultLinkBy: LinkBy = 'cause';

/** The weight of the plain cosine for each choice that blends it in. */
export const plainWeightOf: Readonly<Record<Exclude<LinkBy, 'cause'>, number>> = { blend: 0.5, system: 1 };

/** The model options when plain wording is blended in (measured in rounds 11 and 12). */
export const systemModelOptions: SimilarityOptions = { ownSystemTitleShare: 0.02, literalWeight: 0.75 };

const maxBodyCharacters = 6000;
/** A report's strongest words whose postings gather its candidates. */
const candidateWords = 48;

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

/**
 * Plain TF-IDF vectors of a set of reports: each report's words as written (lowercased), as ids
 * into `words` in increasing order, and their weights (unit length).
 */
export interface PlainVectors {
  words: string[];
  /** How many reports hold each word. */
  holders: Int32Array;
  terms: Int32Array[];
  weights: Float64Array[];
}

/**
 * Plain TF-IDF vectors (lowercased words of two letters or more, no stemming, stop words, names or
 * structure; smoothed idf), the baseline docs/findability.md measures every model against
 * (src/lib/similarity-evaluation.ts `rankByPlainTfIdf` reads the same words).
 */
export function plainWordingVectors(documents: readonly SimilarityDocument[]): PlainVectors {
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const holderCounts: number[] = [];
  const counts = documents.map((doc) => {
    const tf = new Map<number, number>();
    // The body up to 6,000 characters, as the model counts it word by word (src/lib/similarity.ts).
    const body = doc.text.length > maxBodyCharacters ? doc.text.slice(0, maxBodyCharacters) : doc.text;
    forEachToken(`${doc.title}\n${doc.summary}\n${body}`, (token) => {
      if (token.length < 2) return;
      let id = idOf.get(token);
      if (id === undefined) {
        idOf.set(token, (id = words.length));
        words.push(token);
        holderCounts.push(0);
      }
      const count = tf.get(id);
      if (count === undefined) holderCounts[id]++;
      tf.set(id, (count ?? 0) + 1);
    });
    return tf;
  });
  const n = documents.length;
  const terms: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const tf of counts) {
    const ids = Int32Array.from(tf.keys()).sort();
    const w = Float64Array.from(ids, (id) => tf.get(id)! * (Math.log((1 + n) / (1 + holderCounts[id])) + 1));
    const norm = Math.sqrt(w.reduce((sum, x) => sum + x * x, 0)) || 1;
    for (let k = 0; k < w.length; k++) w[k] /= norm;
    terms.push(ids);
    weights.push(w);
  }
  return { words, holders: Int32Array.from(holderCounts), terms, weights };
}

/** The plain cosine of reports i and j (a merge of their sorted word ids). */
export function plainCosine(vectors: PlainVectors, i: number, j: number): number {
  const a = vectors.terms[i];
  const b = vectors.terms[j];
  const wa = vectors.weights[i];
  const wb = vectors.weights[j];
  let sum = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    if (a[x] === b[y]) sum += wa[x++] * wb[y++];
    else if (a[x] < b[y]) x++;
    else y++;
  }
  return sum;
}

/**
 * Each report's `k` nearest by plain cosine, best first, ties by position. Candidates are gathered
 * from the postings of the report's 48 strongest words among those held by at most a tenth of the
 * reports (and 50), their dot products summed: the postings of everyday words, or of every word of
 * a long report, would make this quadratic (the model gathers its candidates the same way). The 3k
 * best by that sum are then scored by their full cosine, every word included, and the k best kept.
 */
export function plainWordingNeighbours(vectors: PlainVectors, k: number): { j: number; score: number }[][] {
  const n = vectors.terms.length;
  // A tenth of the reports up to 1,000 (the measured pools: their links are the same), then the
  // model's own cap, max(100, 1% of the reports): at 10,000 a word held by 1,000 reports made
  // gathering the candidates most of the blend's time.
  const commonAbove = Math.max(50, Math.min(n / 10, Math.max(100, n / 100)));
  const postingDocs: number[][] = vectors.words.map(() => []);
  const postingWeights: number[][] = vectors.words.map(() => []);
  vectors.terms.forEach((ids, i) => {
    for (let t = 0; t < ids.length; t++) {
      if (vectors.holders[ids[t]] > commonAbove) continue;
      postingDocs[ids[t]].push(i);
      postingWeights[ids[t]].push(vectors.weights[i][t]);
    }
  });
  const partial = new Float64Array(n);
  const touched: number[] = [];
  return vectors.terms.map((ids, i) => {
    const own = vectors.weights[i];
    const strongest: number[] = [];
    for (let t = 0; t < ids.length; t++) if (postingDocs[ids[t]].length > 1) strongest.push(t);
    if (strongest.length > candidateWords) {
      strongest.sort((x, y) => own[y] - own[x] || ids[x] - ids[y]);
      strongest.length = candidateWords;
    }
    for (const t of strongest) {
      const docs = postingDocs[ids[t]];
      const ws = postingWeights[ids[t]];
      const w = own[t];
      for (let p = 0; p < docs.length; p++) {
        const j = docs[p];
        if (j === i) continue;
        if (partial[j] === 0) touched.push(j);
        partial[j] += w * ws[p];
      }
    }
    const byPartial = touched.map((j) => ({ j, score: partial[j] }));
    for (const j of touched) partial[j] = 0;
    touched.length = 0;
    byPartial.sort((x, y) => y.score - x.score || x.j - y.j);
    const found = byPartial.slice(0, 3 * k).map(({ j }) => ({ j, score: plainCosine(vectors, i, j) }));
    found.sort((x, y) => y.score - x.score || x.j - y.j);
    return found.slice(0, k);
  });
}

/** The words reports i and j share, strongest first (weight products), as a reader would name them: no stop words, numbers or one-letter words. */
export function sharedPlainWords(vectors: PlainVectors, i: number, j: number, count: number): string[] {
  const a = vectors.terms[i];
  const b = vectors.terms[j];
  const shared: { word: string; weight: number }[] = [];
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    if (a[x] === b[y]) {
      const word = vectors.words[a[x]];
      if (isIndexable(word) && /[a-z]/.test(word)) shared.push({ word, weight: vectors.weights[i][x] * vectors.weights[j][y] });
      x++;
      y++;
    } else if (a[x] < b[y]) x++;
    else y++;
  }
  shared.sort((p, q) => q.weight - p.weight || (p.word < q.word ? -1 : 1));
  return shared.slice(0, count).map((entry) => displayWord(entry.word));
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
  // In id order, so that ties (broken by position while the nearest are gathered) do not depend on the order given.
  documents = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const modelLinks = findSimilarPostmortems(documents, { ...model, limit: candidates, minScore: 0, minRelativeScore: 0 });
  const vectors = plainWordingVectors(documents);
  const neighbours = plainWordingNeighbours(vectors, candidates);
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
      if (entry.plain === 0) entry.plain = (plainWeight * plainCosine(vectors, i, indexOf.get(id)!)) / plainBest;
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
      const words = entry.plain >= entry.model || !modelReason ? sharedPlainWords(vectors, i, indexOf.get(entry.id)!, reasonWords) : [];
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
