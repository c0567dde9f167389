import { findClosestMatch } from './closest-match.ts';

/** One query of `npm run eval:search`'s file. */
export interface EvaluationQuery {
  query: string;
  expect?: string[];
}

/**
 * Why the queries file cannot be scored against these postmortems, or undefined. An expected id
 * that no published postmortem has (a typo, a draft) can never be found: it was counted as a miss,
 * and the score measured the file's mistake instead of the search.
 */
export function expectedIdProblem(queries: readonly EvaluationQuery[], publishedIds: ReadonlySet<string>, allIds: ReadonlySet<string>): string | undefined {
  for (const [index, q] of queries.entries()) {
    for (const id of q.expect ?? []) {
      if (publishedIds.has(id)) continue;
      const why = allIds.has(id) ? 'a postmortem that is not published (the search index holds published ones only)' : 'no postmortem';
      const suggestion = allIds.has(id) ? undefined : findClosestMatch(id, [...publishedIds]);
      return `query ${index + 1} ("${q.query}") expects "${id}", which is ${why}, so it could never be found.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Fix the id, or give --content the folder it is in.`;
    }
  }
  return undefined;
}

/**
 * Reciprocal rank of the first expected id in a ranking (1 for first, 1/2 for second, ..., 0 when
 * absent): averaged over queries it is the MRR that docs/findability.md reports beside top-1/top-3,
 * so a report moving from fifth to second counts although neither is first.
 */
export function reciprocalRank(ranked: readonly string[], expected: ReadonlySet<string>): number {
  const at = ranked.findIndex((id) => expected.has(id));
  return at < 0 ? 0 : 1 / (at + 1);
}

/** Lowercased runs of letters and digits: no stemming, stop words, synonyms or field weights. */
function plainWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The baseline search is measured against: plain TF-IDF cosine between the query and each
 * document's whole text (title, summary and body as one), the documents holding at least one
 * query word ranked by it, ties by id. What a search box without this project's aliases, word
 * families or pagefind's field weights would return.
 */
export function plainTfIdfSearch(documents: readonly { id: string; text: string }[]): (query: string) => string[] {
  const counts = documents.map((document) => {
    const tf = new Map<string, number>();
    for (const word of plainWords(document.text)) tf.set(word, (tf.get(word) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const idf = (word: string) => Math.log((1 + documents.length) / (1 + (df.get(word) ?? 0))) + 1;
  const norms = counts.map((tf) => Math.sqrt([...tf].reduce((sum, [word, n]) => sum + (n * idf(word)) ** 2, 0)) || 1);
  return (query) => {
    const wanted = new Map<string, number>();
    for (const word of plainWords(query)) wanted.set(word, (wanted.get(word) ?? 0) + 1);
    const scored: { id: string; score: number }[] = [];
    documents.forEach((document, i) => {
      let score = 0;
      for (const [word, n] of wanted) {
        const inDocument = counts[i].get(word);
        if (inDocument) score += n * idf(word) * inDocument * idf(word);
      }
      if (score > 0) scored.push({ id: document.id, score: score / norms[i] });
    });
    return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).map((hit) => hit.id);
  };
}

/**
 * The second baseline (round 31): plain BM25 (k1 1.2, b 0.75, as `rankByPlainBm25` of
 * src/lib/similarity-evaluation.ts) between the query's words and each document's whole text,
 * the same words as {@link plainTfIdfSearch}; the documents holding at least one query word,
 * ranked by it, ties by id.
 */
export function plainBm25Search(documents: readonly { id: string; text: string }[]): (query: string) => string[] {
  const counts = documents.map((document) => {
    const tf = new Map<string, number>();
    for (const word of plainWords(document.text)) tf.set(word, (tf.get(word) ?? 0) + 1);
    return tf;
  });
  const lengths = counts.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
  const averageLength = lengths.reduce((a, b) => a + b, 0) / (documents.length || 1);
  const df = new Map<string, number>();
  for (const tf of counts) for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const idf = (word: string) => Math.log(1 + (documents.length - df.get(word)! + 0.5) / (df.get(word)! + 0.5));
  return (query) => {
    const wanted = new Map<string, number>();
    for (const word of plainWords(query)) wanted.set(word, (wanted.get(word) ?? 0) + 1);
    const scored: { id: string; score: number }[] = [];
    documents.forEach((document, i) => {
      const norm = 1.2 * (1 - 0.75 + (0.75 * lengths[i]) / (averageLength || 1));
      let score = 0;
      for (const [word, n] of wanted) {
        const f = counts[i].get(word);
        if (f) score += n * idf(word) * ((f * 2.2) / (f + norm));
      }
      if (score > 0) scored.push({ id: document.id, score });
    });
    return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).map((hit) => hit.id);
  };
}
