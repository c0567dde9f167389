/**
 * Query-side synonyms: a responder types the everyday word ("blaze", "landline", "swamped"), the
 * report says another ("fire", "phone", "overwhelmed"). Unlike the alias groups and concepts
 * (src/lib/search-aliases.ts, src/lib/search-concepts.ts), written by hand from the reports and
 * queries we had read, such a table can come from a general English word embedding (GloVe,
 * trained on news and encyclopaedia text): for each common English word, the words of incident
 * reports nearest to it (scripts/build-responder-synonyms.ts), none of it fitted to a query set.
 *
 * The evaluation keeps the synonyms a knowledge base's search documents hold (by stem) and
 * searches them for a query word few pages hold (src/lib/forgiving-search.ts `alternativesOf`,
 * `npm run eval:search -- --synonyms <file>`). Measured in round 12 (docs/findability.md), no
 * setting raised the paraphrase development set and most lowered it, so the search page uses none.
 * Plain logic, no file access.
 */
import { stemmer } from 'stemmer';

/**
 * For each source word, its nearest target words by cosine (at least `minCosine`, at most
 * `perWord`, nearest first, ties by word), leaving out the word itself and its own inflections
 * (same stem). Vectors need not be normalised. Sources × targets work: for an offline build.
 */
export function nearestWords(
  sources: readonly (readonly [string, readonly number[]])[],
  targets: readonly (readonly [string, readonly number[]])[],
  options: { perWord?: number; minCosine?: number } = {},
): Map<string, string[]> {
  const perWord = options.perWord ?? 3;
  const minCosine = options.minCosine ?? 0.6;
  const unit = (vector: readonly number[]) => {
    const norm = Math.hypot(...vector) || 1;
    return Float32Array.from(vector, (value) => value / norm);
  };
  const targetVectors = targets.map(([, vector]) => unit(vector));
  const targetStems = targets.map(([word]) => stemmer(word));
  const table = new Map<string, string[]>();
  for (const [word, vector] of sources) {
    const own = unit(vector);
    const ownStem = stemmer(word);
    const best: { word: string; cosine: number }[] = [];
    for (let t = 0; t < targets.length; t++) {
      const other = targetVectors[t];
      let cosine = 0;
      for (let d = 0; d < own.length; d++) cosine += own[d] * other[d];
      if (cosine < minCosine || targetStems[t] === ownStem) continue;
      best.push({ word: targets[t][0], cosine });
    }
    best.sort((x, y) => y.cosine - x.cosine || (x.word < y.word ? -1 : 1));
    if (best.length) table.set(word, best.slice(0, perWord).map((entry) => entry.word));
  }
  return table;
}

/**
 * The table's synonyms a knowledge base holds: a synonym is kept when one of `heldWords` has its
 * stem (the page then finds it, pagefind stemming alike), a word with none left is dropped.
 */
export function synonymsHeld(table: ReadonlyMap<string, readonly string[]>, heldWords: Iterable<string>, commonWords: Iterable<string> = []): Map<string, string[]> {
  const heldStems = new Set<string>();
  for (const word of heldWords) heldStems.add(stemmer(word.toLowerCase()));
  // A synonym most reports hold ("day", "site") finds every page: it says nothing of the query.
  const commonStems = new Set<string>();
  for (const word of commonWords) commonStems.add(stemmer(word.toLowerCase()));
  const held = new Map<string, string[]>();
  for (const [word, synonyms] of table) {
    const kept = synonyms.filter((synonym) => heldStems.has(stemmer(synonym)) && !commonStems.has(stemmer(synonym)));
    if (kept.length) held.set(word, kept);
  }
  return held;
}

/**
 * The forms a typed word may be an inflection of, itself first: "swamped" → swamp, swampe;
 * "batteries" → battery; "stopped" → stop. Rules, not a dictionary: a form that is no word finds
 * nothing in the table.
 */
export function baseForms(word: string): string[] {
  const forms = new Set([word]);
  const rules: [string, string][] = [
    ['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'],
    ['es', 'e'], ['es', ''], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''],
  ];
  for (const [suffix, ending] of rules) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    const base = word.slice(0, -suffix.length) + ending;
    forms.add(base);
    // "stopped", "running": the doubled consonant goes too.
    if (!ending && /([b-df-hj-np-tv-z])\1$/.test(base)) forms.add(base.slice(0, -1));
  }
  return [...forms];
}

/** The synonyms of a typed word: those of the first of its forms the table holds. */
export function synonymsOf(table: ReadonlyMap<string, readonly string[]>, word: string): readonly string[] {
  for (const form of baseForms(word.toLowerCase())) {
    const found = table.get(form);
    if (found) return found;
  }
  return [];
}

/** One line a word: "blaze fire fires smoke". Sorted, so the file is the same for the same table. */
export const formatSynonyms = (table: ReadonlyMap<string, readonly string[]>): string =>
  [...table].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([word, synonyms]) => `${word} ${synonyms.join(' ')}\n`).join('');

export function parseSynonyms(text: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [word, ...synonyms] = line.trim().split(/\s+/);
    if (word && synonyms.length) table.set(word, synonyms);
  }
  return table;
}
