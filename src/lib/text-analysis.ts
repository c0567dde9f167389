import { stemmer } from 'stemmer';

/**
 * Words that carry no signal for telling incidents apart: English function words plus the
 * vocabulary every postmortem shares ("incident", "customer", "minutes").
 */
export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves us via per within without across around among onto upon
  yet still however thus therefore etc eg ie may might must shall let lets got get gets getting
  one two three four five first second third new next last later earlier
  incident incidents outage customer customers user users minute minutes hour hours time times
  team teams issue issues problem problems impact impacted affected affecting started start began
  utc am pm today yesterday approximately around roughly min mins week weeks day days month
  months year years result results note notes turned meant general lesson lessons valid green low
  reach restored expected number numbers file files thread went wrong well lucky learning learnings
  happened happen happens took take takes make makes made used use uses using need needs needed
  instead rather much many less least every whole part way ways`.split(/\s+/).filter(Boolean),
);

/** Lowercased word tokens; keeps alphanumerics together ("x509", "5xx", "http2"). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').match(/[a-z0-9]+/g) ?? [];
}

/** Whether a token is worth indexing: not a stop word, not a bare number, not one letter. */
export function isIndexable(token: string): boolean {
  return token.length > 1 && !stopWords.has(token) && !/^\d+$/.test(token);
}

const stemCache = new Map<string, string>();

/** Porter stem of a lowercased token. Memoised: prose repeats its words, stemming is the hot path. */
export function stem(token: string): string {
  let stemmed = stemCache.get(token);
  if (stemmed === undefined) {
    stemmed = /^[a-z]+$/.test(token) ? stemmer(token) : token;
    if (stemCache.size < 500_000) stemCache.set(token, stemmed);
  }
  return stemmed;
}

/** Stems of the indexable tokens of `text`, in order, with the surface word each came from. */
export function analyze(text: string): { stem: string; word: string }[] {
  return tokenize(text)
    .filter(isIndexable)
    .map((word) => ({ stem: stem(word), word }));
}
