import { createRanker, findSimilarPostmortems, prepareRanking, type Ranker, type SimilarityDocument, type SimilarLink, type SimilarityOptions } from './similarity.ts';
import { TokenTable, displayWord, isIndexable } from './text-analysis.ts';
import { recogniseFailureModes } from './failure-modes.ts';
import { insertRanked } from './ranked-insert.ts';
import { addressPartsBetween, addressPartsOf as addressPartsOfReport, withoutAddressParts, type AddressPartsBetween } from './reason-addresses.ts';
import { ascendingIds } from './ascending-ids.ts';
import { identifiersWrittenIn, withIdentifiersWhole, type ReportIdentifiers } from './reason-identifiers.ts';
import { katakanaWordsOf, withKatakanaWordsWhole } from './reason-katakana.ts';
import { timeZoneNamePartsOf } from './reason-time-zones.ts';
import { templateAndCodeWordsOf, templatePhrasesOf, type TemplateAndCodeWords } from './reason-template-and-code.ts';
import { isGermanAlsoEnglish, isNoReasonWord, readerKey, sharesGermanFunctionWords } from './reason-words.ts';
import { startPlainSide, type PlainSide } from './similarity-plain-thread.ts';
import { oncePerKey } from './once-per-key.ts';

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
 * - `blend` (default since round 15): the same at weight 0.5. Chosen on the development halves
 *   only: of the weights tried (0.25 to 1), the one at or above plain TF-IDF on every development
 *   half that keeps most of the model's lead on the cause-labelled pools. The default because the
 *   model alone is below plain TF-IDF on a family of pools (status pages, labelled by the system
 *   hit: rounds 13 and 15) and the blend is not, on any pool's held-out half; it costs about 2.5
 *   times the model's CPU on a large knowledge base and lowers our own product-names fixture
 *   (docs/findability.md, rounds 13-15). `cause` keeps the old links and cost.
 */
export type LinkBy = 'cause' | 'blend' | 'system';

export const linkByChoices = ['cause', 'blend', 'system'] as const satisfies readonly LinkBy[];

export const defaultLinkBy: LinkBy = 'blend';

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
  /**
   * The first link goes to plain TF-IDF's nearest report when the report states no failure mode
   * (src/lib/failure-modes.ts, read in the title, summary and first 600 characters), that report is
   * among the blend's first `plainFirstWithin`, and its plain cosine is above `plainFirstRatio` times
   * the blend's first's: with no failure to match, much more shared wording is the better first
   * guess. Default 0 (off): chosen at 3 on the development halves (round 14 of
   * docs/findability.md: the fresh pools of round 13 rose to plain TF-IDF's P@1 or near it), it
   * lowered P@1 on held-out halves (graphrca 0.540 → 0.520, the product-names fixture 1.000 →
   * 0.933) and on the fresh pool of round 14 (0.458 → 0.434).
   */
  plainFirstWithin?: number;
  /** See {@link plainFirstWithin}. Default 1.5. */
  plainFirstRatio?: number;
  /**
   * Whether plain TF-IDF's side (vectors and nearest reports) runs on a thread of its own while
   * the model runs (src/lib/similarity-plain-thread.ts): the same links, in about the model's time
   * on two cores. Default: from `plainThreadFrom` (2,000) reports.
   */
  plainOnOwnThread?: boolean;
  /**
   * With the plain side on its own thread, the calling thread first waits for it, so that the
   * thread is free to rank from the first chunk (for tests: every report is then as likely to be
   * ranked on either thread). Default false: the calling thread ranks while the thread computes the plain side.
   */
  plainSideFirst?: boolean;
  /** Called with the number of reports the plain side's thread ranked and blended (for tests and the bench). */
  onThreadRanked?: (reports: number) => void;
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
 *
 * Tokens are looked up in a {@link TokenTable} (no string built for a word already seen) and
 * counted in one reused dense array: the same words, ids and weights as a per-report Map of
 * strings, at a fraction of the time (docs/findability.md, round 14).
 */
export function plainWordingVectors(documents: readonly SimilarityDocument[]): PlainVectors {
  const table = new TokenTable();
  /** Table id → word id (-1: a one-letter token, not counted), grown as the table grows. */
  let wordOf = new Int32Array(1 << 14).fill(-1);
  const words: string[] = [];
  const holderCounts: number[] = [];
  let frequency = new Int32Array(1 << 14);
  const present: number[] = [];
  const counts: { ids: Int32Array; tf: Int32Array }[] = [];
  for (const doc of documents) {
    // The body up to 6,000 characters, as the model counts it word by word (src/lib/similarity.ts).
    const body = doc.text.length > maxBodyCharacters ? doc.text.slice(0, maxBodyCharacters) : doc.text;
    const tokens = table.tokenIds(`${doc.title}\n${doc.summary}\n${body}`);
    for (let k = 0; k < tokens.length; k++) {
      let token = tokens[k];
      if (token < 0) {
        token = -token - 1;
        if (token >= wordOf.length) {
          const grown = new Int32Array(wordOf.length * 2).fill(-1);
          grown.set(wordOf);
          wordOf = grown;
        }
        if (table.tokens[token].length >= 2) {
          wordOf[token] = words.length;
          words.push(table.tokens[token]);
          holderCounts.push(0);
          if (words.length > frequency.length) {
            const grown = new Int32Array(frequency.length * 2);
            grown.set(frequency);
            frequency = grown;
          }
        }
      }
      const id = wordOf[token];
      if (id < 0) continue;
      if (frequency[id] === 0) {
        present.push(id);
        holderCounts[id]++;
      }
      frequency[id]++;
    }
    // A copy loop and a radix sort (src/lib/ascending-ids.ts says why not Int32Array.from(...).sort()).
    const ids = ascendingIds(present);
    const tf = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) tf[k] = frequency[ids[k]];
    counts.push({ ids, tf });
    for (const id of present) frequency[id] = 0;
    present.length = 0;
  }
  const n = documents.length;
  // Each word's idf once, not once per report holding it (the same expression, so the same number).
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
 * The plain cosine of one report with many: its weights are written once into a dense array by
 * word id (0 for the words it lacks), and each other report's words are looked up there, so a
 * cosine walks one word list, not a merge of two, and adds without a branch: a word the marked
 * report lacks adds 0 × its weight, which leaves the sum as it was (weights are positive, the sum
 * never -0). The shared words are added in increasing word id, as {@link plainCosine} adds them:
 * the same number to the last bit. Without the branch, whose outcome changes word by word, the
 * cosines of the blend took a third of the time (docs/performance.md, session 23).
 */
export class PlainCosineOf {
  private readonly vectors: PlainVectors;
  private readonly own: Float64Array;
  private current = -1;

  constructor(vectors: PlainVectors) {
    this.vectors = vectors;
    this.own = new Float64Array(vectors.words.length);
  }

  /** Marks report i as the one every {@link cosine} is taken with. */
  select(i: number): void {
    if (i === this.current) return;
    if (this.current >= 0) for (const id of this.vectors.terms[this.current]) this.own[id] = 0;
    const ids = this.vectors.terms[i];
    const weights = this.vectors.weights[i];
    for (let k = 0; k < ids.length; k++) this.own[ids[k]] = weights[k];
    this.current = i;
  }

  cosine(j: number): number {
    const ids = this.vectors.terms[j];
    const weights = this.vectors.weights[j];
    const own = this.own;
    let sum = 0;
    for (let k = 0; k < ids.length; k++) sum += own[ids[k]] * weights[k];
    return sum;
  }
}

/**
 * Each report's `k` nearest by plain cosine, best first, ties by position. Candidates are gathered
 * from the postings of the report's 48 strongest words among those held by at most a tenth of the
 * reports (and 50), their dot products summed: the postings of everyday words, or of every word of
 * a long report, would make this quadratic (the model gathers its candidates the same way). The 3k
 * best by that sum are then scored by their full cosine, every word included, and the k best kept.
 *
 * Postings are flat typed arrays, and the 3k best partial sums are kept by insertion into a bounded
 * sorted array rather than by sorting every report touched (which, at 5,000 reports, was half the
 * blend's time); the order words are walked in, and so every sum, is unchanged.
 */
export function plainWordingNeighbours(vectors: PlainVectors, k: number): { j: number; score: number }[][] {
  const n = vectors.terms.length;
  // A tenth of the reports up to 1,000 (the measured pools: their links are the same), then the
  // model's own cap, max(100, 1% of the reports): at 10,000 a word held by 1,000 reports made
  // gathering the candidates most of the blend's time.
  const commonAbove = Math.max(50, Math.min(n / 10, Math.max(100, n / 100)));
  const vocabulary = vectors.words.length;
  const postingStart = new Int32Array(vocabulary + 1);
  for (const ids of vectors.terms) for (const id of ids) if (vectors.holders[id] <= commonAbove) postingStart[id + 1]++;
  for (let w = 0; w < vocabulary; w++) postingStart[w + 1] += postingStart[w];
  const postingDoc = new Int32Array(postingStart[vocabulary]);
  const postingWeight = new Float64Array(postingStart[vocabulary]);
  const fill = postingStart.slice(0, vocabulary);
  vectors.terms.forEach((ids, i) => {
    for (let t = 0; t < ids.length; t++) {
      if (vectors.holders[ids[t]] > commonAbove) continue;
      const at = fill[ids[t]]++;
      postingDoc[at] = i;
      postingWeight[at] = vectors.weights[i][t];
    }
  });
  const partial = new Float64Array(n);
  const touched: number[] = [];
  const kept = 3 * k;
  const leadDoc = new Int32Array(kept);
  const leadScore = new Float64Array(kept);
  const cosineOf = new PlainCosineOf(vectors);
  const strongest: number[] = [];
  return vectors.terms.map((ids, i) => {
    const own = vectors.weights[i];
    strongest.length = 0;
    for (let t = 0; t < ids.length; t++) if (postingStart[ids[t] + 1] - postingStart[ids[t]] > 1) strongest.push(t);
    if (strongest.length > candidateWords) {
      strongest.sort((x, y) => own[y] - own[x] || ids[x] - ids[y]);
      strongest.length = candidateWords;
    }
    for (const t of strongest) {
      const w = own[t];
      for (let p = postingStart[ids[t]], end = postingStart[ids[t] + 1]; p < end; p++) {
        const j = postingDoc[p];
        if (j === i) continue;
        if (partial[j] === 0) touched.push(j);
        partial[j] += w * postingWeight[p];
      }
    }
    // The `kept` best partial sums (score desc, then position).
    let size = 0;
    for (const j of touched) {
      const score = partial[j];
      partial[j] = 0;
      size = insertRanked(leadScore, leadDoc, size, kept, score, j);
    }
    touched.length = 0;
    cosineOf.select(i);
    const found = Array.from(leadDoc.subarray(0, size), (j) => ({ j, score: cosineOf.cosine(j) }));
    found.sort((x, y) => y.score - x.score || x.j - y.j);
    return found.slice(0, k);
  });
}

/**
 * The words reports i and j share, strongest first (weight products), as a reader would name them:
 * no stop words, numbers or one-letter words, and each once (no "crate" after "crates"). Reasons on imported reports named
 * words twice ("similar wording: cdn, crates, propagated, build; same words: crates, production,
 * propagated, cdn"), 120 of 809 in UI round 24 (docs/architecture.md). A word `passedOver` says is
 * no reason between these two (an address's "https": src/lib/reason-addresses.ts) gives its
 * place to the next.
 */
export function sharedPlainWords(vectors: PlainVectors, i: number, j: number, count: number, passedOver?: (word: string) => boolean): string[] {
  const a = vectors.terms[i];
  const b = vectors.terms[j];
  let shared: { word: string; weight: number }[] = [];
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    if (a[x] === b[y]) {
      const word = vectors.words[a[x]];
      if (isIndexable(word) && /[a-z]/.test(word) && !isNoReasonWord(word) && !passedOver?.(word)) shared.push({ word, weight: vectors.weights[i][x] * vectors.weights[j][y] });
      x++;
      y++;
    } else if (a[x] < b[y]) x++;
    else y++;
  }
  // "war" between two German reports is their "was": out when they share German function words.
  if (shared.some(({ word }) => isGermanAlsoEnglish(word)) && sharesGermanFunctionWords(sharedWordsOf(a, b, vectors.words))) {
    shared = shared.filter(({ word }) => !isGermanAlsoEnglish(word));
  }
  shared.sort((p, q) => q.weight - p.weight || (p.word < q.word ? -1 : 1));
  // Each word once to a reader: no "crate" after "crates".
  const seen = new Set<string>();
  const words: string[] = [];
  for (const { word } of shared) {
    if (words.length >= count) break;
    const shown = displayWord(word);
    const key = readerKey(shown);
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(shown);
  }
  return words;
}

/** The words of two sorted term lists both hold. */
function* sharedWordsOf(a: Int32Array, b: Int32Array, words: readonly string[]): Generator<string> {
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x] === b[y]) {
      yield words[a[x]];
      x++;
      y++;
    } else if (a[x] < b[y]) x++;
    else y++;
  }
}

/**
 * A model's reason without the words named as "same words" beside it: those put the link there
 * (plain wording weighed most), so they are said once, there; "similar wording" goes when nothing
 * of it is left.
 */
export function withoutPlainWords(reason: string, plainWords: readonly string[]): string {
  const named = new Set(plainWords.map(readerKey));
  return reason.split('; ').flatMap((part) => {
    if (!part.startsWith('similar wording: ')) return [part];
    const left = part.slice('similar wording: '.length).split(', ').filter((word) => !named.has(readerKey(word)));
    return left.length ? [`similar wording: ${left.join(', ')}`] : [];
  }).join('; ');
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
  const settings: BlendSettings = {
    limit: options.limit ?? 5,
    plainWeight: options.plainWeight ?? 1,
    minRelativeScore: options.minRelativeScore ?? 0.15,
    reasonWords: options.reasonWords ?? 4,
    plainFirstWithin: options.plainFirstWithin ?? 0,
    plainFirstRatio: options.plainFirstRatio ?? 1.5,
  };
  const candidates = options.candidates ?? 20;
  // In id order, so that ties (broken by position while the nearest are gathered) do not depend on the order given.
  const docs = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = docs.length;
  // The plain side runs on a thread of its own (from 2,000 reports) while this one runs the model.
  const side = startPlainSide(docs, candidates, options.plainOnOwnThread);
  try {
    // The model's reasons are written for the links shown only (5 of its 20 candidates).
    const data = prepareRanking(docs, { ...model, limit: candidates, minScore: 0, minRelativeScore: 0 }, { shared: side.threaded });
    const ranker = createRanker(data);
    // Once its plain side is done, the thread ranks and blends reports too, a chunk at a time,
    // taken from the same counter as this thread's: each report's links read only its own
    // ranking, so which thread did a report changes nothing in them.
    side.share(data, settings);
    const fieldsOf = (i: number): ReportFields => [docs[i].title, docs[i].summary, docs[i].text];
    let context: BlendContext | undefined;
    const blendContext = (plain: PlainSide): BlendContext => blendContextOf(data.ids, plain, ranker, fieldsOf, settings);
    const lists: (SimilarLink[] | undefined)[] = new Array(n);
    // Ranked before the plain side was here: blended once it is.
    const waiting: { i: number; own: SimilarLink[] }[] = [];
    if (options.plainSideFirst) context = blendContext(side.take());
    // A chunk is ranked, then blended: one working set at a time. On one thread every report is
    // ranked before the plain side is computed, as before the thread could rank.
    const ranked: { i: number; own: SimilarLink[] }[] = [];
    for (let start = side.nextChunk(); start < n; start = side.nextChunk()) {
      for (let i = start; i < Math.min(n, start + blendChunk); i++) ranked.push({ i, own: ranker.linksOf(i, true) });
      if (!context && side.threaded && side.ready()) context = blendContext(side.take());
      if (context) for (const { i, own } of ranked) lists[i] = blendLinksOf(i, own, context);
      else waiting.push(...ranked);
      ranked.length = 0;
    }
    context ??= blendContext(side.take());
    for (const { i, own } of waiting) lists[i] = blendLinksOf(i, own, context);
    let byThread = 0;
    for (const { start, links } of side.collect()) {
      links.forEach((list, k) => (lists[start + k] = list));
      byThread += links.length;
    }
    options.onThreadRanked?.(byThread);
    // A chunk the thread took but did not give back (it failed) is done here.
    return new Map(data.ids.map((id, i) => [id, lists[i] ?? blendLinksOf(i, ranker.linksOf(i, true), context)]));
  } finally {
    side.close();
  }
}

/** Reports ranked and blended at a time by one thread (src/lib/similarity-plain-thread.ts takes chunks of this size). */
export const blendChunk = 32;

/** {@link PlainWordingOptions} as the blending of one report reads them. */
export interface BlendSettings {
  limit: number;
  plainWeight: number;
  minRelativeScore: number;
  reasonWords: number;
  plainFirstWithin: number;
  plainFirstRatio: number;
}

/** What blending one report's links reads: the plain side of every report, the model's reasons, and the reports' ids in id order. */
export interface BlendContext {
  ids: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  plain: PlainSide;
  cosineOf: PlainCosineOf;
  /** The model's reason beside its link from report i to report j. */
  reasonOf(i: number, j: number): string;
  /** Report i's title, summary and start of body, read for its failure modes (only with `plainFirstWithin`). */
  leadOf(i: number): string;
  /** Report i's text and the identifiers it writes, read once, for the reasons of its links and of links to it. */
  identifiersOf(i: number): ReportIdentifiers;
  /**
   * The words no reason between reports i and j names: those either writes only as an address's
   * scheme, "www" or ending (src/lib/reason-addresses.ts) or in a time zone's name, and with
   * `templateAndCode` those either writes only in its collection's template and those both write
   * only in code (src/lib/reason-template-and-code.ts).
   */
  partsBetween(i: number, j: number, templateAndCode: boolean): AddressPartsBetween;
  /** `reason` between reports i and j with the pieces of a Katakana word both write shown as that word (src/lib/reason-katakana.ts). */
  wholeWords(reason: string, i: number, j: number): string;
  settings: BlendSettings;
}

/** A report's title, summary and body, as both threads hold them. */
export type ReportFields = readonly [title: string, summary: string, text: string];

export function blendContextOf(ids: readonly string[], plain: PlainSide, ranker: Pick<Ranker, 'reasonOf'>, fieldsOf: (i: number) => ReportFields, settings: BlendSettings): BlendContext {
  const textOf = (i: number) => fieldsOf(i).join('\n');
  const { identifiersOf, partsBetween, wholeWords } = reasonReadingOf(textOf, () => templatePhrasesOf(ids.map((_, i) => textOf(i))));
  const leadOf = (i: number) => {
    const [title, summary, text] = fieldsOf(i);
    return `${title}\n${summary}\n${text.slice(0, failureModeLead)}`;
  };
  return { ids, indexOf: new Map(ids.map((id, i) => [id, i])), plain, cosineOf: new PlainCosineOf(plain.vectors), reasonOf: ranker.reasonOf, leadOf, identifiersOf, partsBetween, wholeWords, settings };
}

/**
 * Report i's links: the model's (`own`, its 20 candidates with cut-offs off, pinned ones first) and
 * plain TF-IDF's nearest, each score divided by the best of its ranking, summed with
 * `plainWeight` on the plain side (see {@link findSimilarByPlainAndModel}).
 */
export function blendLinksOf(i: number, own: readonly SimilarLink[], context: BlendContext): SimilarLink[] {
  const { ids, indexOf, cosineOf, settings } = context;
  const { vectors, neighbours } = context.plain;
  const { limit, plainWeight, minRelativeScore, reasonWords, plainFirstWithin, plainFirstRatio } = settings;
  const id = ids[i];
  cosineOf.select(i);
  const pinned = own.filter((link) => link.pinned).slice(0, limit);
  const fromModel = own.filter((link) => !link.pinned && link.score > 0);
  const fromPlain = neighbours[i].filter((entry) => entry.score > 0);
  const modelBest = fromModel.reduce((best, link) => Math.max(best, link.score), 0) || 1;
  const plainBest = fromPlain[0]?.score || 1;
  const blended = new Map<string, { model: number; plain: number; link?: SimilarLink }>();
  for (const link of fromModel) blended.set(link.id, { model: link.score / modelBest, plain: 0, link });
  for (const { j, score } of fromPlain) {
    const other = ids[j];
    const entry = blended.get(other) ?? { model: 0, plain: 0 };
    entry.plain = (plainWeight * score) / plainBest;
    blended.set(other, entry);
  }
  // A model candidate the plain ranking did not list still shares words: its cosine counts too.
  for (const [other, entry] of blended) {
    if (entry.plain === 0) entry.plain = (plainWeight * cosineOf.cosine(indexOf.get(other)!)) / plainBest;
  }
  const pinnedIds = new Set(pinned.map((link) => link.id));
  const ranked = [...blended].filter(([other]) => !pinnedIds.has(other) && other !== id)
    .map(([other, entry]) => ({ id: other, ...entry, score: entry.model + entry.plain }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const best = ranked[0]?.score ?? 0;
  const promoted = plainFirstWithin > 0 && fromPlain.length ? plainFirst(ranked, ids[fromPlain[0].j], fromPlain[0].score, plainFirstWithin, plainFirstRatio, (other) => cosineOf.cosine(indexOf.get(other)!), () => recogniseFailureModes(context.leadOf(i)).length === 0) : undefined;
  const links: SimilarLink[] = [...pinned];
  for (const entry of ranked) {
    if (links.length >= limit) break;
    if (entry.score < best * minRelativeScore) break;
    // The plain words are named when they weighed most, or when the model named nothing; a
    // candidate with nothing to name (it shares only stop words and numbers) is no link.
    const j = indexOf.get(entry.id)!;
    // An address's "https" or ".io" is named by neither side: the plain side's next word takes its place.
    const namedWithout = (addressParts: AddressPartsBetween): string => {
      const modelReason = entry.link ? withoutAddressParts(context.reasonOf(i, j), addressParts) : '';
      const words = entry.plain >= entry.model || !modelReason || entry.id === promoted
        ? sharedPlainWords(vectors, i, j, reasonWords, (word) => addressParts.has(word))
        : [];
      return [withoutPlainWords(modelReason, words), words.length ? `same words: ${words.join(', ')}` : ''].filter(Boolean).join('; ');
    };
    // Two reports that share only their template's words are still linked as before, and say so:
    // what is left out of a reason never decides whether there is a link.
    const named = namedWithout(context.partsBetween(i, j, true)) || namedWithout(context.partsBetween(i, j, false));
    if (!named) continue;
    const reason = context.wholeWords(withIdentifiersWhole(named, context.identifiersOf(i), context.identifiersOf(j)), i, j);
    links.push({ id: entry.id, score: Math.round(entry.score * 1000) / 1000, pinned: false, reason });
  }
  return links;
}

/** Characters of a report's body read for its failure modes when choosing its first link ({@link PlainWordingOptions.plainFirstWithin}). */
export const failureModeLead = 600;

/**
 * Moves plain TF-IDF's nearest report (`plainTopId`, cosine `plainTopCosine`) to the front of
 * `ranked` when it is among the first `within` but not first, its cosine is above `ratio` times
 * the first's (`cosineOf`), and `statesNoFailureMode()` (asked last: it reads the text). Returns
 * the id moved, or undefined when nothing moved.
 */
export function plainFirst<T extends { id: string }>(
  ranked: T[],
  plainTopId: string,
  plainTopCosine: number,
  within: number,
  ratio: number,
  cosineOf: (id: string) => number,
  statesNoFailureMode: () => boolean,
): string | undefined {
  const at = ranked.findIndex((entry) => entry.id === plainTopId);
  if (at <= 0 || at >= within) return undefined;
  if (!(plainTopCosine > ratio * cosineOf(ranked[0].id))) return undefined;
  if (!statesNoFailureMode()) return undefined;
  ranked.unshift(...ranked.splice(at, 1));
  return plainTopId;
}

/** Similar links as a knowledge base set to `linkBy` gets them. */
export function findSimilarLinkedBy(documents: readonly SimilarityDocument[], linkBy: LinkBy = defaultLinkBy, blendLimit?: number): Map<string, SimilarLink[]> {
  if (linkBy === 'cause') return withModelReasonsAsShown(documents, findSimilarPostmortems(documents));
  // `blendLimit` (default 5, the links a page shows) is deeper only where rankings are measured
  // (eval-similarity.ts --condensed): the blend's first five are the same at any limit, both sides
  // gathering their 20 candidates whatever it is. Not the model's (`cause`): its cut-offs read the limit.
  return findSimilarByPlainAndModel(documents, systemModelOptions, { plainWeight: plainWeightOf[linkBy], ...(blendLimit === undefined ? {} : { limit: blendLimit }) });
}

/**
 * The model's links (`linkBy: 'cause'`) with their reasons read as the blend's are: an identifier
 * both reports write shown whole ("similar wording: key, srpm_build_deps", not "key, deps, srpm")
 * and an address's scheme or ending left out ("https", the "io" of `ci.jenkins.io`). Round 56 did
 * this where the blend writes its reasons only, and the model's links kept the split names
 * (docs/findability.md, round 57). The links and scores are the model's: a reason with nothing
 * left to name keeps its words, as the model gave them (none on the judgement sets' pools).
 */
export function withModelReasonsAsShown(documents: readonly SimilarityDocument[], links: Map<string, SimilarLink[]>): Map<string, SimilarLink[]> {
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const textOf = (doc: SimilarityDocument) => `${doc.title}\n${doc.summary}\n${doc.text}`;
  const { identifiersOf, partsBetween, wholeWords } = reasonReadingOf((id: string) => textOf(byId.get(id)!), () => templatePhrasesOf(documents.map(textOf)));
  return new Map([...links].map(([id, list]) => [id, list.map((link) => {
    if (!link.reason || !byId.has(link.id)) return link;
    const left = withoutAddressParts(link.reason, partsBetween(id, link.id, true)) || withoutAddressParts(link.reason, partsBetween(id, link.id, false));
    const reason = wholeWords(withIdentifiersWhole(left || link.reason, identifiersOf(id), identifiersOf(link.id)), id, link.id);
    return reason === link.reason ? link : { ...link, reason };
  })]));
}

/**
 * What a reason reads of each report, once a report however many links name it: the identifiers
 * it writes (its text joined only when a word must be looked for), its address parts, and its
 * Katakana words (read only for a reason that names Katakana).
 */
function reasonReadingOf<K>(textOf: (report: K) => string, templateOfCollection: () => ReadonlySet<string>): {
  identifiersOf(report: K): ReportIdentifiers;
  partsBetween(from: K, to: K, templateAndCode: boolean): AddressPartsBetween;
  wholeWords(reason: string, from: K, to: K): string;
} {
  const identifiersOf = oncePerKey((report: K): ReportIdentifiers => {
    const text = () => textOf(report);
    return { identifiers: identifiersWrittenIn(text()), text };
  });
  const katakanaOf = oncePerKey((report: K): readonly string[] => katakanaWordsOf(identifiersOf(report).text()));
  const wholeWords = (reason: string, from: K, to: K) => withKatakanaWordsWhole(reason, () => katakanaOf(from), () => katakanaOf(to));
  const addressPartsOf = oncePerKey((report: K): ReadonlySet<string> => {
    // A time zone's name says when, as an address's scheme says how it is reached: neither is a reason.
    const address = addressPartsOfReport(identifiersOf(report));
    const zone = timeZoneNamePartsOf(identifiersOf(report).text());
    return zone.size === 0 ? address : new Set([...address, ...zone]);
  });
  // The collection's template, read once, when a first reason needs a report's template words.
  let template: ReadonlySet<string> | undefined;
  const templateAndCodeOf = oncePerKey((report: K): TemplateAndCodeWords => {
    template ??= templateOfCollection();
    return templateAndCodeWordsOf(identifiersOf(report).text(), template);
  });
  // A report's address parts with the words it writes only in its collection's template: the same
  // for every link of the report, so made once, not for each pair.
  const partsWithTemplateOf = oncePerKey((report: K): ReadonlySet<string> => {
    const own = templateAndCodeOf(report).template;
    return own.size ? new Set([...addressPartsOf(report), ...own]) : addressPartsOf(report);
  });
  const partsBetween = (from: K, to: K, withTemplateAndCode: boolean): AddressPartsBetween => {
    if (!withTemplateAndCode) return addressPartsBetween(identifiersOf(from), addressPartsOf(from), identifiersOf(to), addressPartsOf(to));
    // A template's word either writes only there goes, as an address part does; a code word only
    // when both write it only in code: one report's story ("else" of a missing else branch, a
    // server the other names only in its logs) makes it a reason.
    const a = templateAndCodeOf(from).code;
    const b = templateAndCodeOf(to).code;
    const codeOfBoth = a.size && b.size ? [...a].filter((word) => b.has(word)) : [];
    const fromParts = codeOfBoth.length ? new Set([...partsWithTemplateOf(from), ...codeOfBoth]) : partsWithTemplateOf(from);
    return addressPartsBetween(identifiersOf(from), fromParts, identifiersOf(to), partsWithTemplateOf(to));
  };
  return { identifiersOf, partsBetween, wholeWords };
}
