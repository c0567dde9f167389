import { forEachToken } from './text-analysis.ts';
import type { SimilarLink } from './similarity.ts';
import { compareText } from './compare-text.ts';

/** One labelled report of an evaluation pool: the label is the cause a person (not us) assigned. */
export interface LabelledReport {
  id: string;
  title: string;
  text: string;
  /** Cause label; reports sharing it are the right answers for each other. */
  label: string;
}

/** Precision of a ranking: P@k counts empty slots as misses, so showing fewer links costs. */
export interface RankingScore {
  /** Share of the k slots per query holding a report with the same label, over queries that have one. */
  precisionAt5: number;
  precisionAt1: number;
  /** Links shown per query on average (out of 5). */
  shownAt5: number;
  /** Queries counted: reports whose label at least one other report shares. */
  queries: number;
}

/**
 * Which half of a pool a report's queries belong to, from a hash of its id (FNV-1a): stable
 * across runs and input order. Knobs are chosen on the "development" half's queries and reported
 * on the "held-out" half too, so a figure is not only the one that tuning maximised.
 */
export type PoolHalf = 'development' | 'held-out';
export function halfOf(id: string): PoolHalf {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % 2 === 0 ? 'development' : 'held-out';
}

/**
 * Scores rankings (id → ranked ids) against labels. Pure: same input, same figures. `isQuery`
 * limits the queries counted (e.g. to one half); every report stays a possible answer.
 */
export function scoreRankings(
  reports: readonly LabelledReport[],
  ranked: ReadonlyMap<string, readonly string[]>,
  isQuery: (id: string) => boolean = () => true,
): RankingScore {
  const labelOf = new Map(reports.map((r) => [r.id, r.label]));
  const perLabel = new Map<string, number>();
  for (const r of reports) perLabel.set(r.label, (perLabel.get(r.label) ?? 0) + 1);
  let queries = 0;
  let hits5 = 0;
  let hits1 = 0;
  let shown = 0;
  for (const report of reports) {
    if ((perLabel.get(report.label) ?? 0) < 2 || !isQuery(report.id)) continue;
    queries++;
    const top = (ranked.get(report.id) ?? []).slice(0, 5);
    shown += top.length;
    hits5 += top.filter((id) => labelOf.get(id) === report.label).length;
    if (top.length && labelOf.get(top[0]) === report.label) hits1++;
  }
  return {
    precisionAt5: queries ? hits5 / (5 * queries) : 0,
    precisionAt1: queries ? hits1 / queries : 0,
    shownAt5: queries ? shown / queries : 0,
    queries,
  };
}

/** What picking 5 other reports at random scores, in expectation (P@1 and P@5 are the same). */
export function randomBaseline(reports: readonly LabelledReport[], isQuery: (id: string) => boolean = () => true): number {
  const perLabel = new Map<string, number>();
  for (const r of reports) perLabel.set(r.label, (perLabel.get(r.label) ?? 0) + 1);
  const n = reports.length;
  let sum = 0;
  let queries = 0;
  for (const r of reports) {
    const same = perLabel.get(r.label)! - 1;
    if (same < 1 || !isQuery(r.id)) continue;
    queries++;
    sum += same / (n - 1);
  }
  return queries ? sum / queries : 0;
}

/** Our links as ranked ids. */
export function rankingOfLinks(links: ReadonlyMap<string, readonly SimilarLink[]>): Map<string, string[]> {
  return new Map([...links].map(([id, list]) => [id, list.map((link) => link.id)]));
}

/** Each report's `k` others with the highest `score(i, j)`, ties by id: the baselines' quadratic ranking. */
function nearestByScore(reports: readonly { id: string }[], k: number, score: (i: number, j: number) => number): Map<string, string[]> {
  const ranked = new Map<string, string[]>();
  reports.forEach((r, i) => {
    const scores: { id: string; score: number }[] = [];
    reports.forEach((o, j) => {
      if (i !== j) scores.push({ id: o.id, score: score(i, j) });
    });
    scores.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    ranked.set(r.id, scores.slice(0, k).map((s) => s.id));
  });
  return ranked;
}

/** A report's plain tokens (lowercased words of two letters or more) with their counts: what both baselines read. */
function plainTermCounts(report: { title: string; text: string }): Map<string, number> {
  const tf = new Map<string, number>();
  forEachToken(`${report.title}\n${report.text}`, (token) => {
    if (token.length > 1) tf.set(token, (tf.get(token) ?? 0) + 1);
  });
  return tf;
}

/**
 * The baseline: plain TF-IDF cosine over lowercased word tokens (no stemming, stop words,
 * synonyms, names or structure), 5 nearest per report, ties by id. Quadratic: for pools of
 * hundreds of reports, not for the site.
 */
export function rankByPlainTfIdf(reports: readonly { id: string; title: string; text: string }[], k = 5): Map<string, string[]> {
  const counts = reports.map(plainTermCounts);
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = reports.length;
  const vectors = counts.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of tf) {
      const w = count * (Math.log((1 + n) / (1 + df.get(term)!)) + 1);
      v.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of v) v.set(term, w / norm);
    return v;
  });
  return nearestByScore(reports, k, (i, j) => {
    let s = 0;
    const [small, large] = vectors[i].size < vectors[j].size ? [vectors[i], vectors[j]] : [vectors[j], vectors[i]];
    for (const [term, w] of small) s += w * (large.get(term) ?? 0);
    return s;
  });
}

/** Figures of rankings against judgements: which other reports a person found about the same failure. */
export interface JudgedScore {
  /** Share of the first 5 slots holding a judged-relevant report (an empty slot is a miss). */
  precisionAt5: number;
  precisionAt1: number;
  /** Mean of 1 / place of the first relevant report among the first 10 (0 when absent). */
  mrr: number;
  /** Links shown per query on average (out of 5). */
  shownAt5: number;
  queries: number;
}

/**
 * Scores rankings against judgements (report id → the ids of the reports about the same failure).
 * Unlike labels, judgements need not be classes: a report may share one failure with a second and
 * another with a third. Only judged reports with at least one relevant report are queries; every
 * report of the pool stays a possible answer. Pure.
 */
export function scoreAgainstJudgements(
  ranked: ReadonlyMap<string, readonly string[]>,
  judgements: ReadonlyMap<string, ReadonlySet<string>>,
  isQuery: (id: string) => boolean = () => true,
): JudgedScore {
  let queries = 0;
  let hits5 = 0;
  let hits1 = 0;
  let reciprocal = 0;
  let shown = 0;
  for (const [id, relevant] of judgements) {
    if (!relevant.size || !isQuery(id)) continue;
    queries++;
    const list = ranked.get(id) ?? [];
    const top = list.slice(0, 5);
    shown += top.length;
    hits5 += top.filter((other) => relevant.has(other)).length;
    if (top.length && relevant.has(top[0])) hits1++;
    const place = list.slice(0, 10).findIndex((other) => relevant.has(other));
    if (place >= 0) reciprocal += 1 / (place + 1);
  }
  return {
    precisionAt5: queries ? hits5 / (5 * queries) : 0,
    precisionAt1: queries ? hits1 / queries : 0,
    mrr: queries ? reciprocal / queries : 0,
    shownAt5: queries ? shown / queries : 0,
    queries,
  };
}

/** The judged reports whose first link is right by one ranking and wrong by the other, in id order. */
export interface FirstLinkDisagreements {
  /** Right by `ours` only. */
  oursOnly: string[];
  /** Right by `baseline` only. */
  baselineOnly: string[];
}

/**
 * Where two rankings disagree on the first link of a judged report: P@1 alone says how often each
 * is right, not whether they are right on the same reports, and a deficit against plain TF-IDF is
 * read in the reports it gets right and the site does not (rounds 43 and 44 counted them by hand;
 * docs/findability.md, round 52). Queries as {@link scoreAgainstJudgements} takes them. Pure.
 */
export function firstLinkDisagreements(
  ours: ReadonlyMap<string, readonly string[]>,
  baseline: ReadonlyMap<string, readonly string[]>,
  judgements: ReadonlyMap<string, ReadonlySet<string>>,
  isQuery: (id: string) => boolean = () => true,
): FirstLinkDisagreements {
  const oursOnly: string[] = [];
  const baselineOnly: string[] = [];
  for (const [id, relevant] of judgements) {
    if (!relevant.size || !isQuery(id)) continue;
    const oursRight = relevant.has(ours.get(id)?.[0] ?? '');
    const baselineRight = relevant.has(baseline.get(id)?.[0] ?? '');
    if (oursRight && !baselineRight) oursOnly.push(id);
    if (baselineRight && !oursRight) baselineOnly.push(id);
  }
  return { oursOnly: oursOnly.sort(compareText), baselineOnly: baselineOnly.sort(compareText) };
}

/**
 * A second baseline: BM25 (k1 1.2, b 0.75) over the same plain tokens as `rankByPlainTfIdf`, each
 * report's own words (with their counts) as the query. Quadratic, for evaluation pools only.
 */
export function rankByPlainBm25(reports: readonly { id: string; title: string; text: string }[], k = 10): Map<string, string[]> {
  const counts = reports.map(plainTermCounts);
  const lengths = counts.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
  const averageLength = lengths.reduce((a, b) => a + b, 0) / (reports.length || 1);
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = reports.length;
  const idf = (term: string) => Math.log(1 + (n - df.get(term)! + 0.5) / (df.get(term)! + 0.5));
  return nearestByScore(reports, k, (i, j) => {
    let s = 0;
    const norm = 1.2 * (1 - 0.75 + (0.75 * lengths[j]) / (averageLength || 1));
    for (const [term, queryCount] of counts[i]) {
      const f = counts[j].get(term);
      if (f) s += queryCount * idf(term) * ((f * 2.2) / (f + norm));
    }
    return s;
  });
}

/** A report of a status page with the components or services its authors tagged it with. */
export interface TaggedReport {
  id: string;
  /** Components, services or sites the notice names ("calls", "ci.jenkins.io", "tier2_leuven"); may be empty. */
  tags: readonly string[];
}

/**
 * Judgements (anchor id → ids of similar reports) from the tags a status page's authors gave
 * each notice, as `eval:similarity --judgements` reads them. Anchors are notices naming exactly
 * one tag (its failure is that component's), at most `anchorsPerTag` a tag, the first by
 * `anchorOrder` (a hash of the id, so the choice does not follow dates or names); an anchor is
 * similar to every other notice sharing its tag, notices naming several tags included. Round 52
 * left those out (78 of LiveAgent's 150 notices, "admin, calls, tickets, emails"), so a link to a
 * notice of the same failure that also named other services counted as a miss (docs/findability.md,
 * "Similar incidents, round 53"). A tag no other notice names gives no anchor.
 */
export function judgementsBySharedTags(
  reports: readonly TaggedReport[],
  anchorsPerTag: number,
  anchorOrder: (id: string) => string,
): Map<string, string[]> {
  const withTag = new Map<string, string[]>();
  for (const report of reports) for (const tag of new Set(report.tags)) withTag.set(tag, [...(withTag.get(tag) ?? []), report.id]);
  const judgements = new Map<string, string[]>();
  for (const tag of [...withTag.keys()].sort(compareText)) {
    const members = withTag.get(tag)!;
    if (members.length < 2) continue;
    const singleTagged = reports.filter((report) => new Set(report.tags).size === 1 && report.tags[0] === tag).map((report) => report.id);
    const anchors = singleTagged.sort((a, b) => compareText(anchorOrder(a), anchorOrder(b)) || compareText(a, b)).slice(0, anchorsPerTag);
    for (const anchor of anchors) judgements.set(anchor, members.filter((id) => id !== anchor).sort(compareText));
  }
  return new Map([...judgements].sort(([a], [b]) => compareText(a, b)));
}
