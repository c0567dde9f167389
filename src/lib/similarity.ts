import { TokenTable, displayWord, termsOfToken, tokenize } from './text-analysis.ts';
import { boilerplateKeys, countCapitalisation, exportGroups, findBoilerplateLines, isNameLike, isSentenceCase, joinedRegionCode, newCapitalisationCounts, prepareProse, withLinksOutAndHostsJoined, withRegionListsJoined } from './similarity-prose.ts';
import { failureModes, recogniseFailureModes } from './failure-modes.ts';
import { insertRanked } from './ranked-insert.ts';
import { ascendingIds } from './ascending-ids.ts';
import { isGermanAlsoEnglish, isNoReasonWord, sharesGermanFunctionWords } from './reason-words.ts';
import { capitalisesNouns } from './noun-capitalising-text.ts';

/** What the ranking reads of a postmortem. All text must already be variant-safe. */
export interface SimilarityDocument {
  /** Unique id; links point at it and ties break on it. */
  id: string;
  title: string;
  summary: string;
  /** Body prose, analysis, timeline events, contributing factors: everything else worth matching. */
  text: string;
  /** Service ids; a shared one is strong evidence. Empty when unknown (text alone then decides). */
  services: readonly string[];
  /** Tag ids; a shared tag counts more the rarer it is. */
  tags: readonly string[];
  /** Trigger category, when known. */
  trigger?: string;
  /** Author-curated links to other ids, pinned first; unknown ids are ignored. */
  related: readonly string[];
  /** When the incident started (ISO 8601). Not used for ranking: the same failure is as useful a year later. */
  started?: string;
  /**
   * The file the report was imported from (src/lib/similarity-input.ts `importOrigin`), when it
   * was: boilerplate is also found among the reports of one export (src/lib/similarity-prose.ts
   * `exportGroups`), so the template of one export among several in a content folder is found
   * though few reports of the whole folder hold it.
   */
  origin?: string;
}

/** One similar postmortem. */
export interface SimilarLink {
  id: string;
  /**
   * The ranking score: text cosine (0..1, against the document and its nearest neighbours, see
   * `feedbackWeight`) plus structural bonuses; pinned links carry the document-alone score they
   * would have had (0 when unrelated).
   */
  score: number;
  /** True for author-curated links (in either direction), which come first whatever their score. */
  pinned: boolean;
  /** Why it is similar, in words: "same service checkout-api; shared tags database, migration; similar wording: lock, timeout". */
  reason: string;
}

/** Tuning knobs; the defaults were measured on test/fixtures/similarity-eval. */
export interface SimilarityOptions {
  /** Links per postmortem, pinned ones included. Default 5. */
  limit?: number;
  /**
   * Minimum combined score for an unpinned link, so matches with nothing in common are not shown.
   * Both cut-offs read the score against the document alone: with its neighbours' words added,
   * a report would seem to share words with reports it has none in common with. Default 0.04.
   */
  minScore?: number;
  /**
   * An unpinned link must also score at least this share of the best unpinned link's score: the
   * tail of a clear match is usually noise. 0 turns it off. Default 0.15 (measured on real reports:
   * higher cut-offs hide good links and cost P@5; see docs/findability.md).
   */
  minRelativeScore?: number;
  /** Strongest terms kept per document for candidate generation and scoring. Default 48. */
  termsPerDocument?: number;
  /** Shared words named in a reason. Default 4. */
  reasonWords?: number;
  /** Added per shared service (at most two count). Default 0.05. */
  serviceWeight?: number;
  /** Added per shared tag, scaled by 0.5 + the tag's rarity (0..1). Default 0.07. */
  tagWeight?: number;
  /** Added for the same trigger. Default 0.05. */
  triggerWeight?: number;
  /**
   * Weight of a word that names something (capitalised mid-sentence in most of its uses, or part
   * of a service id) relative to one describing what happened. Default 0.3: services and tags are
   * compared as metadata; in prose, the same vendor or region says little about the failure.
   */
  nameWeight?: number;
  /** Extra weight of cause, trigger and resolution sentences (counted again at this weight). Default 0.6. */
  causeWeight?: number;
  /** Weight of a recognised failure mode (src/lib/failure-modes.ts) as weighted term frequency (one title word counts 2). Default 3. */
  failureModeWeight?: number;
  /** Weight of the nearest neighbours' vectors added to a document's own before the final ranking (pseudo-relevance feedback). 0 turns it off. Default 0.5. */
  feedbackWeight?: number;
  /** Nearest neighbours whose vectors are added. Default 2. */
  feedbackDocuments?: number;
  /**
   * A name-like word in the titles of at least this share of the reports (and {@link ownSystemMinReports}) is
   * counted at full weight: it names one of the knowledge base's own systems, which a status page
   * puts in every title ("Reboot of Purple server"), not a vendor. 0 turns it off. Default 0 (off):
   * at 0.02 with 10 reports it brought the model above plain TF-IDF on the status pages labelled by
   * component, on both halves, and moved no cause-labelled pool's development half; but danluu's
   * held-out P@5 fell 0.737 → 0.726 (its titles name Google and Cloudflare in 16 and 10 of 71
   * reports: vendors, not the knowledge base's own systems). docs/findability.md, round 11.
   */
  ownSystemTitleShare?: number;
  /** The fewest reports whose titles must hold such a word. Default 10. */
  ownSystemMinReports?: number;
  /**
   * Weight of the literal cosine in the ranking: the words as written (unstemmed, no concepts or
   * failure modes, names at full weight, every word two reports hold), plain TF-IDF weighted, as
   * the baseline of docs/findability.md reads them. Only the part above {@link literalThreshold}
   * counts, and not between two reports naming different failure modes. 0 turns it off. Default 0
   * (off): at 0.75 it lifted every same-component status pool (GitHub's 964 incidents: P@5 0.668 →
   * 0.701; with `ownSystemTitleShare` 0.02, 0.720) but lowered danluu's held-out P@5 0.737 → 0.726
   * and the product-names fixture's 0.760 → 0.747: a vendor or product shared in wording is
   * evidence of the same system, not of the same failure. docs/findability.md, round 12.
   */
  literalWeight?: number;
  /** The literal cosine below which two reports' shared wording adds nothing. Default 0.3. */
  literalThreshold?: number;
}

/** Field weights: a word in the title says more about the incident than one in the body. */
const fieldWeights = [
  ['title', 2],
  ['summary', 1.5],
  ['text', 1],
] as const;
/** Failure modes are recognised in the title, the summary, and this much of the cause sentences and of the body. */
const failureModeTextLength = 600;
/**
 * Body prose counted word by word, in characters (about 900 words); cause sentences are picked
 * from the whole body. Past this the words rarely change a document's 48 strongest terms, and
 * counting them is most of the time at 10,000 reports.
 */
const maxBodyCharacters = 6000;
/** A service, tag or trigger shared by more than this share of documents is not named as a reason. */
const maxReasonShare = 0.5;
/** BM25 term-frequency saturation and length normalisation. */
const k1 = 1.2;
const bm25B = 0.75;
/** Structural signals, added to a text cosine in 0..1. */
const defaultServiceWeight = 0.05;
const maxSharedServicesCounted = 2;
const defaultTagWeight = 0.07;
const defaultTriggerWeight = 0.05;
/** Below this text cosine the documents have nothing in common in prose; structure then counts half. */
const minTextForFullStructure = 0.02;
/**
 * A term in more than this share of documents (and at least `minCommonPosting` of them) is not
 * walked during candidate generation: its idf is low, and walking its long posting list for every
 * document is what would make the work grow quadratically. Final scores are still exact (see
 * `rescoreCount`), so this only affects which documents become candidates.
 */
const commonTermShare = 0.01;
const minCommonPosting = 100;
/**
 * Common terms walked for a document whose specific terms found fewer candidates than it has
 * links to show (strongest first, until it has `rescoreFactor` × limit candidates).
 */
const fallbackTerms = 3;
/** Shared services add structural candidates only while the service is this specific. */
const maxServicePosting = 300;
/**
 * Strongest terms of a document whose postings are walked to find its candidates. Candidates
 * found through them are then scored on all kept terms, so this bounds work, not accuracy of scores.
 */
const queryTerms = 24;
/** Candidates per document (times the limit) whose text score is recomputed exactly before ranking. */
const rescoreFactor = 4;

/** A pruned, L2-normalised term vector, sorted by term id. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
  /** Positions of the `queryTerms` strongest terms, used to find candidates. */
  strongest: Int32Array;
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * Ranks, for every document, the most similar other documents.
 *
 * Text similarity is the cosine of BM25-weighted, stemmed, stop-word-filtered term vectors
 * (title ×2 and summary ×1.5 over the body), each pruned to its `termsPerDocument` strongest terms.
 * Shared services, shared tags (weighted by rarity) and the same trigger add to it. The leading
 * candidates are then ranked against the document's vector plus its two nearest neighbours'
 * (pseudo-relevance feedback), while the cut-offs read the document alone. Manual
 * `related` links are pinned first in both directions: a link the authors drew from B to A also
 * shows on A (author order first, then reverse links by id), up to the limit.
 *
 * Complexity, for n documents, k kept terms per document (q ≤ k of them walked to find
 * candidates) and p the average posting length walked (capped at max(100, 1% of n) by skipping
 * common terms): time O(total tokens + n·q·p + n·c·m + n·m·k) for c candidates per document and
 * m leading candidates kept (4 × limit), the last term for the feedback ranking; memory
 * O(n·k + vocabulary), as the inverted index holds only the kept terms and scores are accumulated
 * in one reused array. There is no n×n matrix.
 * Documents are processed in id order and ties break by id, so the output is the same for any
 * input order.
 *
 * @returns for every input id, its links, best first (pinned ones at the front).
 */
export function findSimilarPostmortems(
  documents: readonly SimilarityDocument[],
  options: SimilarityOptions = {},
): Map<string, SimilarLink[]> {
  return rankSimilar(documents, options, false).links;
}

/** Similar links whose unpinned reasons are written only when asked for. */
export interface SimilarLinksReasonedLater {
  /** As {@link findSimilarPostmortems} gives them, but an unpinned link's `reason` is empty. */
  links: Map<string, SimilarLink[]>;
  /** The reason {@link findSimilarPostmortems} gives beside the link from `id` to `otherId` (both ids of the input). */
  reasonOf(id: string, otherId: string): string;
}

/**
 * {@link findSimilarPostmortems} for a caller that shows only some of the links it asks for (the
 * blend of src/lib/similarity-link-by.ts reads 20 per report and shows 5): a reason is a merge of
 * two term lists and a sort, written for a link only when it is shown. Same links and scores.
 */
export function findSimilarReasonedLater(documents: readonly SimilarityDocument[], options: SimilarityOptions = {}): SimilarLinksReasonedLater {
  return rankSimilar(documents, options, true);
}

function rankSimilar(documents: readonly SimilarityDocument[], options: SimilarityOptions, reasonsLater: boolean): SimilarLinksReasonedLater {
  const data = prepareRanking(documents, options);
  const ranker = createRanker(data);
  const result = new Map<string, SimilarLink[]>();
  for (let i = 0; i < data.ids.length; i++) result.set(data.ids[i], ranker.linksOf(i, reasonsLater));
  const indexOf = new Map(data.ids.map((id, i) => [id, i]));
  const reasonOf = (id: string, otherId: string) => {
    const i = indexOf.get(id);
    const j = indexOf.get(otherId);
    if (i === undefined || j === undefined) throw new Error(`reasonOf: "${i === undefined ? id : otherId}" is not one of the documents ranked.`);
    return ranker.reasonOf(i, j);
  };
  return { links: result, reasonOf };
}

/**
 * What ranking one report's links reads, computed once for all of them: the term vectors, the
 * inverted index, the literal vectors and the structure, as flat arrays (report i's part of a
 * flat array runs from its `…Start[i]` to `…Start[i + 1]`) and strings. Nothing in it is a
 * closure or a class, and with `shared` its large arrays live in shared memory, so it can be posted to a second
 * thread without a copy and ranked there by {@link createRanker} to the same numbers
 * (src/lib/similarity-plain-thread.ts; docs/performance.md, session 26).
 */
export interface RankingData {
  /** Report ids in id order: report i is `ids[i]`. */
  ids: string[];
  related: (readonly string[])[];
  /** What a reason names of each report. */
  services: (readonly string[])[];
  tags: (readonly string[])[];
  triggers: (string | undefined)[];
  settings: {
    limit: number;
    minScore: number;
    minRelativeScore: number;
    feedbackWeight: number;
    feedbackDocuments: number;
    serviceWeight: number;
    triggerWeight: number;
    literalWeight: number;
    literalThreshold: number;
    reasonWords: number;
    maxPosting: number;
  };
  /** The pruned, L2-normalised term vectors, sorted by term id; `strongest` holds positions in a report's own part. */
  vectorStart: Int32Array;
  vectorTerms: Int32Array;
  vectorWeights: Float64Array;
  strongestStart: Int32Array;
  strongest: Int32Array;
  /** Term → reports holding it and their weights. */
  postingStart: Int32Array;
  postingDoc: Int32Array;
  postingWeight: Float64Array;
  /** The literal vectors (`literalWeight`), sorted by word id; `literalVocabulary` words in all. */
  literalStart: Int32Array;
  literalWords: Int32Array;
  literalWeights: Float64Array;
  literalVocabulary: number;
  /** The failure modes recognised in each report (term ids). */
  modeStart: Int32Array;
  modes: Int32Array;
  /** Services and tags of each report as sorted ids, the reports of each service, tag bonuses, trigger ids (-1: none). */
  serviceStart: Int32Array;
  serviceIds: Int32Array;
  serviceDocStart: Int32Array;
  serviceDocs: Int32Array;
  tagStart: Int32Array;
  tagIds: Int32Array;
  tagBonus: Float64Array;
  triggerOf: Int32Array;
  /** Reverse `related`: the reports whose authors linked to a report, by id. */
  linkedFrom: Map<string, string[]>;
  /** What reasons are written from. */
  surface: string[];
  nameWords: Set<string>;
  modeLabels: Map<number, string>;
  commonServices: Set<string>;
  commonTags: Set<string>;
  commonTriggers: Set<string>;
}

/**
 * Int32Arrays and Float64Arrays over shared memory when the ranking is to be posted to a thread
 * (posting them then copies nothing), else over ordinary memory: ranking 1,000 reports on one
 * thread took 5-10% more CPU with shared arrays (docs/performance.md, session 26).
 */
function arrayMaker(shared: boolean) {
  return {
    int32: (length: number) => (shared ? new Int32Array(new SharedArrayBuffer(4 * length)) : new Int32Array(length)),
    float64: (length: number) => (shared ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length)),
  };
}

/** Report i's parts of many typed arrays, one after another in one array. */
function flatten<T extends Int32Array | Float64Array>(lists: readonly T[], make: (length: number) => T, makeStart: (length: number) => Int32Array): { start: Int32Array; flat: T } {
  const start = makeStart(lists.length + 1);
  lists.forEach((list, i) => (start[i + 1] = start[i] + list.length));
  const flat = make(start[lists.length]);
  lists.forEach((list, i) => flat.set(list, start[i]));
  return { start, flat };
}

/** Everything {@link createRanker} reads, from the documents and options (see {@link RankingData}). */
export function prepareRanking(documents: readonly SimilarityDocument[], options: SimilarityOptions = {}, { shared = false }: { shared?: boolean } = {}): RankingData {
  const { int32, float64 } = arrayMaker(shared);
  const flattenInt32 = (lists: readonly Int32Array[]) => flatten(lists, int32, int32);
  const flattenFloat64 = (lists: readonly Float64Array[]) => flatten(lists, float64, int32);
  const limit = Math.max(0, options.limit ?? 5);
  const minScore = options.minScore ?? 0.04;
  const minRelativeScore = options.minRelativeScore ?? 0.15;
  const nameWeight = options.nameWeight ?? 0.3;
  const causeWeight = options.causeWeight ?? 0.6;
  const failureModeWeight = options.failureModeWeight ?? 3;
  const feedbackWeight = options.feedbackWeight ?? 0.5;
  const feedbackDocuments = options.feedbackDocuments ?? 2;
  const termsPerDocument = options.termsPerDocument ?? 48;
  const reasonWords = options.reasonWords ?? 4;
  const serviceWeight = options.serviceWeight ?? defaultServiceWeight;
  const tagWeight = options.tagWeight ?? defaultTagWeight;
  const triggerWeight = options.triggerWeight ?? defaultTriggerWeight;
  const docs = [...documents].sort(byId);
  const n = docs.length;
  const indexOf = new Map(docs.map((doc, i) => [doc.id, i]));

  // 1. Field-weighted term frequencies per document, and how often each surface word occurs.
  // Tokens are analysed once per distinct token (stems and concepts cached as term ids).
  const termIds = new Map<string, number>();
  const documentFrequency: number[] = [];
  const words: { word: string; terms: Int32Array; count: number; factor: number }[] = [];
  const termLists: Int32Array[] = [];
  const countLists: Float64Array[] = [];
  const lengths = new Float64Array(n);
  let frequency = new Float64Array(1024);
  const present: number[] = [];
  // What the prose says, before counting: boilerplate out, cause sentences picked out, names known.
  const lineKeys = docs.map((doc) => boilerplateKeys(doc.text));
  const origins = exportGroups(docs.map((doc) => doc.origin));
  const boilerplate = findBoilerplateLines(docs.map((doc) => doc.text), lineKeys, origins);
  const capitalisation = newCapitalisationCounts();
  for (const doc of docs) {
    // German capitalises every noun: its capitals say nothing of names (round 25).
    if (capitalisesNouns(`${doc.summary}\n${doc.text}`)) continue;
    if (isSentenceCase(doc.title)) countCapitalisation(doc.title, capitalisation);
    countCapitalisation(doc.summary, capitalisation);
    countCapitalisation(doc.text, capitalisation);
  }
  const serviceWords = new Set(docs.flatMap((doc) => doc.services.flatMap((service) => tokenize(service))));
  // Words in the titles of many reports: the systems a knowledge base keeps writing about.
  const ownSystemTitleShare = options.ownSystemTitleShare ?? 0;
  const titleWordReports = new Map<string, number>();
  if (ownSystemTitleShare > 0) {
    for (const doc of docs) for (const word of new Set(tokenize(withLinksOutAndHostsJoined(doc.title)))) titleWordReports.set(word, (titleWordReports.get(word) ?? 0) + 1);
  }
  const ownSystemMinimum = Math.max(options.ownSystemMinReports ?? 10, ownSystemTitleShare * n);
  const isOwnSystem = (token: string) => ownSystemTitleShare > 0 && (titleWordReports.get(token) ?? 0) >= ownSystemMinimum;
  const termIdOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = documentFrequency.length;
      termIds.set(term, id);
      documentFrequency.push(0);
      if (documentFrequency.length > frequency.length) {
        const grown = new Float64Array(documentFrequency.length * 2);
        grown.set(frequency);
        frequency = grown;
      }
    }
    return id;
  };
  /** Term id → the failure-mode label it stands for. */
  const modeLabels = new Map<number, string>();
  for (const mode of failureModes) modeLabels.set(termIdOf(`@${mode.id}`), mode.label);
  const nameWords = new Set<string>();
  const table = new TokenTable();
  // Per distinct word, flat: its term ids (termStart[w]..termStart[w + 1] in wordTerms) and weight.
  let wordTerms = new Int32Array(1 << 16);
  let termStart = new Int32Array(1 << 14);
  let wordFactor = new Float64Array(1 << 14);
  let termsUsed = 0;
  const addWord = (w: number) => {
    const token = table.tokens[w];
    const terms = termsOfToken(token);
    // A word of the failure vocabulary (it maps to a concept) is never a name; a region code is one.
    const names = !terms.some((term) => term.startsWith('#')) && (serviceWords.has(token) || ((isNameLike(token, capitalisation) || joinedRegionCode.test(token)) && !isOwnSystem(token)));
    if (names) nameWords.add(token);
    words.push({ word: token, terms: Int32Array.from(terms, termIdOf), count: 0, factor: names ? nameWeight : 1 });
    if (w + 2 > termStart.length) {
      const grownStart = new Int32Array(termStart.length * 2);
      grownStart.set(termStart);
      termStart = grownStart;
      const grownFactor = new Float64Array(wordFactor.length * 2);
      grownFactor.set(wordFactor);
      wordFactor = grownFactor;
    }
    if (termsUsed + terms.length > wordTerms.length) {
      const grown = new Int32Array(wordTerms.length * 2);
      grown.set(wordTerms);
      wordTerms = grown;
    }
    wordTerms.set(words[w].terms, termsUsed);
    termsUsed += terms.length;
    termStart[w + 1] = termsUsed;
    wordFactor[w] = names ? nameWeight : 1;
  };
  const wordCounts: number[] = [];
  // Literal counts: how often each word (as written, before stemming) is in a document's title,
  // summary and counted body, for the literal cosine (`literalWeight`).
  const literalWeight = options.literalWeight ?? 0;
  const literalThreshold = options.literalThreshold ?? 0.3;
  let literalFrequency = new Float64Array(literalWeight > 0 ? 1 << 14 : 0);
  const literalPresent: number[] = [];
  const literalLists: { words: Int32Array; counts: Float64Array }[] = [];
  const literalDocumentFrequency: number[] = [];
  /** The failure modes recognised in each document (term ids). */
  const documentModes: number[][] = [];
  const count = (i: number, text: string, weight: number, literal = false) => {
    const ids = table.tokenIds(text);
    // New words first (in order, so ids are given as before): adding one may grow the arrays
    // below, which the counting loop then reads as locals.
    for (let k = 0; k < ids.length; k++) {
      if (ids[k] < 0) {
        addWord(-ids[k] - 1);
        wordCounts.push(0);
      }
    }
    const starts = termStart;
    const factors = wordFactor;
    const termsOfWords = wordTerms;
    const frequencies = frequency;
    let length = 0;
    for (let k = 0; k < ids.length; k++) {
      let w = ids[k];
      if (w < 0) w = -w - 1;
      const from = starts[w];
      const to = starts[w + 1];
      if (from === to) continue;
      wordCounts[w]++;
      if (literal) {
        if (w >= literalFrequency.length) {
          const grown = new Float64Array(Math.max(literalFrequency.length * 2, w + 1));
          grown.set(literalFrequency);
          literalFrequency = grown;
        }
        if (literalFrequency[w] === 0) literalPresent.push(w);
        literalFrequency[w]++;
      }
      const weighted = weight * factors[w];
      for (let t = from; t < to; t++) {
        const term = termsOfWords[t];
        if (frequencies[term] === 0) present.push(term);
        frequencies[term] += weighted;
        length += weighted;
      }
    }
    lengths[i] += length;
  };
  for (let i = 0; i < n; i++) {
    const doc = docs[i];
    const prose = prepareProse(doc.text, boilerplate, lineKeys[i], origins[i]);
    lineKeys[i] = []; // read once; the keys can go
    const literal = literalWeight > 0;
    count(i, withRegionListsJoined(withLinksOutAndHostsJoined(doc.title)), fieldWeights[0][1], literal);
    count(i, withRegionListsJoined(withLinksOutAndHostsJoined(doc.summary)), fieldWeights[1][1], literal);
    count(i, prose.text.length > maxBodyCharacters ? prose.text.slice(0, maxBodyCharacters) : prose.text, fieldWeights[2][1], literal);
    if (literal) {
      // A radix sort and plain loops: no callback per word (this ran for every word of every
      // report, docs/findability.md round 14; src/lib/ascending-ids.ts says why not the typed array's sort).
      const literalWords = ascendingIds(literalPresent);
      const literalCounts = new Float64Array(literalWords.length);
      for (let k = 0; k < literalWords.length; k++) literalCounts[k] = literalFrequency[literalWords[k]];
      for (const w of literalPresent) {
        literalFrequency[w] = 0;
        while (literalDocumentFrequency.length <= w) literalDocumentFrequency.push(0);
        literalDocumentFrequency[w]++;
      }
      literalPresent.length = 0;
      literalLists.push({ words: literalWords, counts: literalCounts });
    }
    if (causeWeight > 0 && prose.cause) count(i, prose.cause, causeWeight);
    const modesOfDoc: number[] = [];
    documentModes.push(modesOfDoc);
    if (failureModeWeight > 0) {
      for (const mode of recogniseFailureModes(`${doc.title}\n${doc.summary}\n${prose.cause.slice(0, failureModeTextLength)}\n${prose.text.slice(0, failureModeTextLength)}`)) {
        const term = termIdOf(`@${mode.id}`);
        modesOfDoc.push(term);
        if (frequency[term] === 0) present.push(term);
        frequency[term] += failureModeWeight;
        lengths[i] += failureModeWeight;
      }
    }
    const terms = new Int32Array(present.length);
    const counts = new Float64Array(present.length);
    present.forEach((term, t) => {
      documentFrequency[term]++;
      terms[t] = term;
      counts[t] = frequency[term];
      frequency[term] = 0;
    });
    present.length = 0;
    termLists.push(terms);
    countLists.push(counts);
  }
  const averageLength = n ? lengths.reduce((sum, value) => sum + value, 0) / n || 1 : 1;
  words.forEach((entry, w) => (entry.count = wordCounts[w]));
  const surface = pickSurfaceWords(words, documentFrequency.length);
  // Metadata most documents share says nothing about why two of them are alike.
  const commonOf = (values: (doc: SimilarityDocument) => readonly (string | undefined)[]) => {
    const counts = new Map<string, number>();
    for (const doc of docs) for (const value of new Set(values(doc))) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    return new Set(n > 3 ? [...counts].filter(([, count]) => count / (n || 1) > maxReasonShare).map(([value]) => value) : []);
  };

  // 2. BM25 weights, pruned to the strongest terms, L2-normalised.
  const topTerm = new Int32Array(termsPerDocument);
  const topWeight = new Float64Array(termsPerDocument);
  const vectors: Vector[] = termLists.map((terms, i) => {
    const counts = countLists[i];
    // The strongest terms (weight desc, then term id), by insertion into a bounded sorted array.
    let size = 0;
    for (let t = 0; t < terms.length; t++) {
      const df = documentFrequency[terms[t]];
      // A term that appears in a single document cannot make two documents similar.
      if (df < 2) continue;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const saturation = (counts[t] * (k1 + 1)) / (counts[t] + k1 * (1 - bm25B + (bm25B * lengths[i]) / averageLength));
      const weight = idf * saturation;
      size = insertRanked(topWeight, topTerm, size, termsPerDocument, weight, terms[t]);
    }
    // By term id (ids are distinct, so the order is strict); the first `queryTerms` by weight are the strongest.
    const order = new Int32Array(size);
    for (let k = 0; k < size; k++) order[k] = k;
    order.sort((x, y) => topTerm[x] - topTerm[y]);
    let norm = 0;
    for (let k = 0; k < size; k++) norm += topWeight[k] * topWeight[k];
    norm = Math.sqrt(norm) || 1;
    const vectorTerms = new Int32Array(size);
    const vectorWeights = new Float64Array(size);
    const strongest = new Int32Array(Math.min(size, queryTerms));
    let strong = 0;
    for (let position = 0; position < size; position++) {
      const k = order[position];
      vectorTerms[position] = topTerm[k];
      vectorWeights[position] = topWeight[k] / norm;
      if (k < queryTerms) strongest[strong++] = position;
    }
    return { terms: vectorTerms, weights: vectorWeights, strongest };
  });
  termLists.length = 0;
  countLists.length = 0;
  // The literal vectors: every word two documents or more hold, TF-IDF weighted (plain, smoothed
  // idf), L2-normalised, sorted by word id.
  // Each word's idf once, not once per report holding it (the same expression, so the same number).
  const literalIdf = Float64Array.from(literalDocumentFrequency, (df) => Math.log((1 + n) / (1 + df)) + 1);
  const literalVectors = literalLists.map(({ words: ids, counts }) => {
    let size = 0;
    for (let k = 0; k < ids.length; k++) if (literalDocumentFrequency[ids[k]] >= 2) size++;
    const kept = new Int32Array(size);
    const weights = new Float64Array(size);
    let norm = 0;
    for (let k = 0, at = 0; k < ids.length; k++) {
      if (literalDocumentFrequency[ids[k]] < 2) continue;
      const weight = counts[k] * literalIdf[ids[k]];
      kept[at] = ids[k];
      weights[at++] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < size; k++) weights[k] /= norm;
    return { words: kept, weights };
  });
  literalLists.length = 0;

  // 3. Inverted index over the kept terms, as flat arrays (term → documents and their weights).
  const vocabulary = documentFrequency.length;
  const postingStart = int32(vocabulary + 1);
  for (const vector of vectors) for (const term of vector.terms) postingStart[term + 1]++;
  for (let t = 0; t < vocabulary; t++) postingStart[t + 1] += postingStart[t];
  const postingDoc = int32(postingStart[vocabulary]);
  const postingWeight = float64(postingStart[vocabulary]);
  const fill = postingStart.slice(0, vocabulary);
  vectors.forEach((vector, i) => {
    for (let t = 0; t < vector.terms.length; t++) {
      const at = fill[vector.terms[t]]++;
      postingDoc[at] = i;
      postingWeight[at] = vector.weights[t];
    }
  });

  // Structured signals as small sorted id arrays: service → documents, tag rarity, trigger.
  const serviceIds = new Map<string, number>();
  const tagIds = new Map<string, number>();
  const triggerIds = new Map<string, number>();
  const idsOf = (values: readonly string[], ids: Map<string, number>) =>
    Int32Array.from(new Set(values), (value) => {
      let id = ids.get(value);
      if (id === undefined) ids.set(value, (id = ids.size));
      return id;
    }).sort();
  const servicesOf = docs.map((doc) => idsOf(doc.services, serviceIds));
  const tagsOf = docs.map((doc) => idsOf(doc.tags, tagIds));
  const triggerOf = Int32Array.from(docs, (doc) => (doc.trigger ? idsOf([doc.trigger], triggerIds)[0] : -1));
  const serviceDocs: number[][] = Array.from({ length: serviceIds.size }, () => []);
  servicesOf.forEach((ids, i) => ids.forEach((id) => serviceDocs[id].push(i)));
  const tagCount = new Int32Array(tagIds.size);
  for (const ids of tagsOf) for (const id of ids) tagCount[id]++;
  const maxTagIdf = Math.log(1 + n);
  // A shared tag counts 0.5..1.5 × tagWeight: more the rarer it is.
  const tagBonus = Float64Array.from(tagCount, (count) => tagWeight * (0.5 + Math.log(1 + n / count) / maxTagIdf));

  // Reverse `related`: a link an author drew from B to A also shows on A.
  const linkedFrom = new Map<string, string[]>();
  for (const doc of docs) {
    for (const target of new Set(doc.related)) {
      if (!indexOf.has(target) || target === doc.id) continue;
      const list = linkedFrom.get(target);
      if (list) list.push(doc.id);
      else linkedFrom.set(target, [doc.id]);
    }
  }

  const maxPosting = Math.max(minCommonPosting, Math.ceil(commonTermShare * n));
  const serviceList = flattenInt32(servicesOf);
  const serviceDocList = flattenInt32(serviceDocs.map((list) => Int32Array.from(list)));
  const tagList = flattenInt32(tagsOf);
  const vectorList = flattenInt32(vectors.map((vector) => vector.terms));
  const strongestList = flattenInt32(vectors.map((vector) => vector.strongest));
  const literalList = flattenInt32(literalVectors.map((vector) => vector.words));
  const modeList = flattenInt32(documentModes.map((list) => Int32Array.from(list)));
  return {
    ids: docs.map((doc) => doc.id),
    related: docs.map((doc) => doc.related),
    services: docs.map((doc) => doc.services),
    tags: docs.map((doc) => doc.tags),
    triggers: docs.map((doc) => doc.trigger),
    settings: { limit, minScore, minRelativeScore, feedbackWeight, feedbackDocuments, serviceWeight, triggerWeight, literalWeight, literalThreshold, reasonWords, maxPosting },
    vectorStart: vectorList.start,
    vectorTerms: vectorList.flat,
    vectorWeights: flattenFloat64(vectors.map((vector) => vector.weights)).flat,
    strongestStart: strongestList.start,
    strongest: strongestList.flat,
    postingStart,
    postingDoc,
    postingWeight,
    literalStart: literalList.start,
    literalWords: literalList.flat,
    literalWeights: flattenFloat64(literalVectors.map((vector) => vector.weights)).flat,
    literalVocabulary: words.length,
    modeStart: modeList.start,
    modes: modeList.flat,
    serviceStart: serviceList.start,
    serviceIds: serviceList.flat,
    serviceDocStart: serviceDocList.start,
    serviceDocs: serviceDocList.flat,
    tagStart: tagList.start,
    tagIds: tagList.flat,
    tagBonus,
    triggerOf,
    linkedFrom,
    surface,
    nameWords,
    modeLabels,
    commonServices: commonOf((doc) => doc.services),
    commonTags: commonOf((doc) => doc.tags),
    commonTriggers: commonOf((doc) => [doc.trigger]),
  };
}

/** One report's links and the reason between two reports, from {@link prepareRanking}'s data; report i is `data.ids[i]`. */
export interface Ranker {
  /** Report i's links, best first (pinned ones at the front); an unpinned link's reason is empty when `reasonsLater`. */
  linksOf(i: number, reasonsLater: boolean): SimilarLink[];
  /** The reason written beside the link from report i to report j. */
  reasonOf(i: number, j: number): string;
}

/**
 * The ranking of {@link findSimilarPostmortems}, one report at a time: a report's links read only
 * `data` and scratch arrays that are cleared after each report, so any thread can rank any report
 * and the links are the same as when one thread ranks them all in order.
 */
export function createRanker(data: RankingData): Ranker {
  const { ids, related, settings, postingStart, postingDoc, postingWeight, serviceStart, serviceIds, serviceDocStart, serviceDocs, tagStart, tagIds, tagBonus, triggerOf, modeStart, modes, linkedFrom } = data;
  const { limit, minScore, minRelativeScore, feedbackWeight, feedbackDocuments, serviceWeight, triggerWeight, literalWeight, literalThreshold, maxPosting } = settings;
  const n = ids.length;
  const vocabulary = postingStart.length - 1;
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const vectors: Vector[] = Array.from({ length: n }, (_, i) => ({
    terms: data.vectorTerms.subarray(data.vectorStart[i], data.vectorStart[i + 1]),
    weights: data.vectorWeights.subarray(data.vectorStart[i], data.vectorStart[i + 1]),
    strongest: data.strongest.subarray(data.strongestStart[i], data.strongestStart[i + 1]),
  }));
  const literalVectors = Array.from({ length: literalWeight > 0 ? n : 0 }, (_, i) => ({
    words: data.literalWords.subarray(data.literalStart[i], data.literalStart[i + 1]),
    weights: data.literalWeights.subarray(data.literalStart[i], data.literalStart[i + 1]),
  }));
  const modesOf = (i: number) => modes.subarray(modeStart[i], modeStart[i + 1]);
  const reports = Array.from({ length: n }, (_, i) => ({ services: data.services[i], tags: data.tags[i], trigger: data.triggers[i] }));
  const reasons: ReasonContext = {
    surface: data.surface,
    nameWords: data.nameWords,
    modeLabels: data.modeLabels,
    reasonWords: settings.reasonWords,
    commonService: (id) => data.commonServices.has(id),
    commonTag: (id) => data.commonTags.has(id),
    commonTrigger: (id) => data.commonTriggers.has(id),
  };
  const describe = (i: number, j: number) => explain(reports[i], reports[j], vectors[i], vectors[j], reasons);
  /** The current document's literal weights by word id (0: a word it lacks), as `ownWeight` below. */
  const literalOwnWeight = new Float64Array(literalWeight > 0 ? data.literalVocabulary : 0);
  const serviceMark = new Uint8Array(serviceDocStart.length - 1);
  const tagMark = new Float64Array(tagBonus.length);
  const markStructure = (i: number, on: boolean) => {
    for (let k = serviceStart[i]; k < serviceStart[i + 1]; k++) serviceMark[serviceIds[k]] = on ? 1 : 0;
    for (let k = tagStart[i]; k < tagStart[i + 1]; k++) tagMark[tagIds[k]] = on ? tagBonus[tagIds[k]] : 0;
  };
  /** Structure shared by the marked document i and j; shared tags are added in id order. */
  const structureOf = (i: number, j: number) => {
    let sharedServices = 0;
    for (let k = serviceStart[j]; k < serviceStart[j + 1]; k++) sharedServices += serviceMark[serviceIds[k]];
    let score = Math.min(sharedServices, maxSharedServicesCounted) * serviceWeight;
    for (let k = tagStart[j]; k < tagStart[j + 1]; k++) {
      const bonus = tagMark[tagIds[k]];
      if (bonus !== 0) score += bonus;
    }
    if (triggerOf[i] !== -1 && triggerOf[i] === triggerOf[j]) score += triggerWeight;
    return score;
  };
  const combine = (text: number, structure: number) => text + structure * (text > minTextForFullStructure ? 1 : 0.5);

  const textScores = new Float64Array(n);
  const isCandidate = new Uint8Array(n);
  const candidates: number[] = [];
  const leadingCount = Math.max(limit * rescoreFactor, limit + 8);
  const leadDoc = new Int32Array(leadingCount);
  const leadScore = new Float64Array(leadingCount);
  const expanded = new Float64Array(feedbackWeight > 0 ? vocabulary : 0);
  // The current document's weight of each term (0: not in its vector), so its exact cosine with a
  // candidate walks the candidate's terms only, not a merge of both lists, and adds without a
  // branch: a term it lacks adds 0 × a positive weight, which leaves the sum as it was (the same
  // number to the last bit; the branch, taken or not term by term, cost more than the sum).
  const ownWeight = new Float64Array(vocabulary);

  const linksOf = (i: number, reasonsLater: boolean): SimilarLink[] => {
    const ownId = ids[i];
    const vector = vectors[i];
    const ownServices = serviceIds.subarray(serviceStart[i], serviceStart[i + 1]);
    markStructure(i, true);
    for (let t = 0; t < vector.terms.length; t++) ownWeight[vector.terms[t]] = vector.weights[t];
    /** The dot product of this document's vector and `other` (shared terms in term order, as a merge adds them). */
    const dotWithOwn = (other: Vector) => {
      let sum = 0;
      for (let t = 0; t < other.terms.length; t++) sum += ownWeight[other.terms[t]] * other.weights[t];
      return sum;
    };
    // Partial text cosine with every document sharing one of its strongest specific terms, via postings.
    const walk = (t: number) => {
      const term = vector.terms[t];
      const weight = vector.weights[t];
      for (let p = postingStart[term], end = postingStart[term + 1]; p < end; p++) {
        const j = postingDoc[p];
        if (j === i) continue;
        if (!isCandidate[j]) {
          isCandidate[j] = 1;
          candidates.push(j);
        }
        textScores[j] += weight * postingWeight[p];
      }
    };
    let skipped: number[] | undefined;
    for (const t of vector.strongest) {
      const term = vector.terms[t];
      if (postingStart[term + 1] - postingStart[term] > maxPosting) (skipped ??= []).push(t);
      else walk(t);
    }
    // A report whose strongest terms are all common (a status update that says only "We are
    // investigating reports of degraded performance for Actions" once its template lines are out)
    // found no candidate: its strongest common terms are walked, strongest first, until it has
    // enough. Few reports need it, and each walks at most `fallbackTerms` postings, so the work
    // stays linear in the corpus for each of them.
    if (skipped && candidates.length < limit) {
      skipped.sort((x, y) => vector.weights[y] - vector.weights[x] || vector.terms[x] - vector.terms[y]);
      for (let k = 0; k < skipped.length && k < fallbackTerms && candidates.length < leadingCount; k++) walk(skipped[k]);
    }
    for (const service of ownServices) {
      if (serviceDocStart[service + 1] - serviceDocStart[service] > maxServicePosting) continue;
      for (let p = serviceDocStart[service]; p < serviceDocStart[service + 1]; p++) {
        const j = serviceDocs[p];
        if (j === i || isCandidate[j]) continue;
        isCandidate[j] = 1;
        candidates.push(j);
      }
    }

    // Keep the best `leadingCount` by approximate score (score desc, then id), no full sort.
    let size = 0;
    // The most structure could add for this document: candidates that cannot reach the leading
    // set even with it are skipped without computing their structure (same result, less work).
    let structureBound = Math.min(ownServices.length, maxSharedServicesCounted) * serviceWeight;
    for (let k = tagStart[i]; k < tagStart[i + 1]; k++) structureBound += tagBonus[tagIds[k]];
    if (triggerOf[i] !== -1) structureBound += triggerWeight;
    for (const j of candidates) {
      const text = textScores[j];
      textScores[j] = 0;
      isCandidate[j] = 0;
      if (size === leadingCount && text + structureBound < leadScore[size - 1]) continue;
      size = insertRanked(leadScore, leadDoc, size, leadingCount, combine(text, structureOf(i, j)), j);
    }
    candidates.length = 0;
    // Exact cosine for the leading candidates, so skipped common terms still count in the score.
    // `score` is what a link shows and what the cut-offs read; `rank` orders the links.
    const leading = Array.from(leadDoc.subarray(0, size), (j) => {
      const score = combine(dotWithOwn(vectors[j]), structureOf(i, j));
      return { j, score, rank: score };
    });
    leading.sort((x, y) => y.score - x.score || x.j - y.j);
    const bestScore = leading.length ? leading[0].score : 0;
    if (feedbackWeight > 0 && leading.length > 1) {
      // Pseudo-relevance feedback (Rocchio): the candidates are ranked against the document's
      // vector plus its nearest neighbours', so words of the same failure that this report does
      // not use count too. Scores shown and cut-offs stay those of the document alone.
      const touched: number[] = [];
      const add = (v: Vector, scale: number) => {
        for (let t = 0; t < v.terms.length; t++) {
          const term = v.terms[t];
          if (expanded[term] === 0) touched.push(term);
          expanded[term] += v.weights[t] * scale;
        }
      };
      add(vector, 1);
      const used = Math.min(feedbackDocuments, leading.length);
      for (let k = 0; k < used; k++) if (leading[k].score > 0) add(vectors[leading[k].j], feedbackWeight / used);
      let norm = 0;
      for (const term of touched) norm += expanded[term] * expanded[term];
      norm = Math.sqrt(norm) || 1;
      for (const entry of leading) {
        const other = vectors[entry.j];
        let sum = 0;
        for (let t = 0; t < other.terms.length; t++) sum += expanded[other.terms[t]] * other.weights[t];
        entry.rank = combine(sum / norm, structureOf(i, entry.j));
      }
      for (const term of touched) expanded[term] = 0;
      leading.sort((x, y) => y.rank - x.rank || x.j - y.j);
    }

    if (literalWeight > 0 && leading.length > 1) {
      // The words as written, names included, which the model weighs down or merges: much shared
      // wording (above the threshold) is the same system or the same template of updates. Two
      // reports naming different failure modes are kept apart: the same product or region then
      // cuts across failures (the product-names fixture's "Osaka" reports of a chiller and of a
      // full disk).
      const own = literalVectors[i];
      for (let k = 0; k < own.words.length; k++) literalOwnWeight[own.words[k]] = own.weights[k];
      const ownModes = modesOf(i);
      for (const entry of leading) {
        const otherModes = modesOf(entry.j);
        if (ownModes.length && otherModes.length && !ownModes.some((mode) => otherModes.includes(mode))) continue;
        const other = literalVectors[entry.j];
        let sum = 0;
        for (let k = 0; k < other.words.length; k++) sum += literalOwnWeight[other.words[k]] * other.weights[k];
        entry.rank = entry.rank + literalWeight * Math.max(0, sum - literalThreshold);
      }
      for (let k = 0; k < own.words.length; k++) literalOwnWeight[own.words[k]] = 0;
      leading.sort((x, y) => y.rank - x.rank || x.j - y.j);
    }

    const links: SimilarLink[] = [];
    const used = new Set<string>([ownId]);
    const pin = (id: string, how: string) => {
      const j = indexOf.get(id);
      if (j === undefined || used.has(id) || links.length >= limit) return;
      used.add(id);
      const score = combine(dotWithOwn(vectors[j]), structureOf(i, j));
      links.push({ id, score: round(score), pinned: true, reason: [how, describe(i, j)].filter(Boolean).join('; ') });
    };
    for (const id of related[i]) pin(id, 'linked by the authors');
    for (const id of linkedFrom.get(ownId) ?? []) pin(id, 'links here');

    const cutoff = Math.max(minScore, bestScore * minRelativeScore);
    for (const { j, score, rank } of leading) {
      if (links.length >= limit) break;
      if (score < cutoff) continue;
      const other = ids[j];
      if (used.has(other)) continue;
      used.add(other);
      links.push({ id: other, score: round(rank), pinned: false, reason: reasonsLater ? '' : describe(i, j) });
    }
    markStructure(i, false);
    for (let t = 0; t < vector.terms.length; t++) ownWeight[vector.terms[t]] = 0;
    return links;
  };
  return { linksOf, reasonOf: describe };
}

/** The most used surface word of each term (ties: shorter, then alphabetical), for readable reasons. */
function pickSurfaceWords(words: readonly { word: string; terms: Int32Array; count: number }[], vocabulary: number): string[] {
  const surface: string[] = new Array(vocabulary).fill('');
  const best = new Float64Array(vocabulary);
  for (const { word, terms, count } of words) {
    if (count === 0) continue;
    for (const term of terms) {
      const current = surface[term];
      if (
        count > best[term] ||
        (count === best[term] && (word.length < current.length || (word.length === current.length && word < current)))
      ) {
        surface[term] = word;
        best[term] = count;
      }
    }
  }
  return surface;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** What reasons are written from. */
interface ReasonContext {
  surface: readonly string[];
  /** Words that name things (products, vendors, places, people): never given as a reason. */
  nameWords: ReadonlySet<string>;
  /** Failure-mode term ids and their labels. */
  modeLabels: ReadonlyMap<number, string>;
  reasonWords: number;
  commonService(id: string): boolean;
  commonTag(id: string): boolean;
  commonTrigger(id: string): boolean;
}

/** What a reason names of a report besides shared words. */
type ReasonedReport = Pick<SimilarityDocument, 'services' | 'tags' | 'trigger'>;

/** The surface words of the first `count` shared terms of {@link explain}'s scratch space. */
function* sharedSurfaces(count: number, surface: readonly string[]): Generator<string> {
  for (let k = 0; k < count; k++) yield surface[sharedTerm[k]];
}

/** Scratch space for {@link explain}: shared terms, their weight products, and their order. */
let sharedTerm = new Int32Array(64);
let sharedWeight = new Float64Array(64);
let sharedOrder = new Int32Array(64);

/**
 * "both: certificate expired; same service checkout-api; shared tags database, migration; same
 * trigger migration; similar wording: lock, timeout". Services, tags and a trigger most documents
 * share are left out, and so are words that name things.
 */
function explain(doc: ReasonedReport, other: ReasonedReport, a: Vector, b: Vector, context: ReasonContext): string {
  const parts: string[] = [];
  // The shared terms (a merge of both sorted lists) and their weight products.
  const capacity = Math.min(a.terms.length, b.terms.length);
  if (sharedTerm.length < capacity) {
    sharedTerm = new Int32Array(capacity);
    sharedWeight = new Float64Array(capacity);
    sharedOrder = new Int32Array(capacity);
  }
  let count = 0;
  let x = 0;
  let y = 0;
  while (x < a.terms.length && y < b.terms.length) {
    if (a.terms[x] === b.terms[y]) {
      sharedTerm[count] = a.terms[x];
      sharedWeight[count++] = a.weights[x++] * b.weights[y++];
    } else if (a.terms[x] < b.terms[y]) x++;
    else y++;
  }
  // Strongest first (product desc, then term id; a strict order): insertion sort of a few dozen.
  for (let k = 0; k < count; k++) {
    let at = k;
    while (at > 0) {
      const previous = sharedOrder[at - 1];
      if (!(sharedWeight[k] > sharedWeight[previous] || (sharedWeight[k] === sharedWeight[previous] && sharedTerm[k] < sharedTerm[previous]))) break;
      sharedOrder[at] = previous;
      at--;
    }
    sharedOrder[at] = k;
  }
  const modes: string[] = [];
  for (let k = 0; k < count && modes.length < 2; k++) {
    const label = context.modeLabels.get(sharedTerm[sharedOrder[k]]);
    if (label !== undefined) modes.push(label);
  }
  if (modes.length) parts.push(`both: ${modes.join(', ')}`);
  const services = [...new Set(doc.services)].filter((s) => other.services.includes(s) && !context.commonService(s));
  if (services.length) parts.push(`same service${services.length > 1 ? 's' : ''} ${services.join(', ')}`);
  const tags = [...new Set(doc.tags)].filter((t) => other.tags.includes(t) && !context.commonTag(t));
  if (tags.length) parts.push(`shared tag${tags.length > 1 ? 's' : ''} ${tags.join(', ')}`);
  if (doc.trigger && doc.trigger === other.trigger && !context.commonTrigger(doc.trigger)) parts.push(`same trigger ${doc.trigger}`);
  // The first distinct words of the strongest shared terms; only as many as are named are looked at.
  const distinct = new Set<string>();
  let bothGerman: boolean | undefined;
  const wanted = context.reasonWords >= 0 ? context.reasonWords : Infinity;
  for (let k = 0; k < count && distinct.size < wanted; k++) {
    const term = sharedTerm[sharedOrder[k]];
    if (context.modeLabels.has(term)) continue;
    const word = context.surface[term];
    if (!word || context.nameWords.has(word) || isNoReasonWord(word)) continue;
    // "war" between two German reports is their "was" (asked of the shared words once, and only then).
    if (isGermanAlsoEnglish(word) && (bothGerman ??= sharesGermanFunctionWords(sharedSurfaces(count, context.surface)))) continue;
    distinct.add(displayWord(word));
  }
  const words = [...distinct].slice(0, context.reasonWords);
  if (words.length) parts.push(`similar wording: ${words.join(', ')}`);
  return parts.join('; ');
}
