import { createRequire } from 'node:module';
import type nlpType from 'compromise';

// compromise's lexicon, read without loading compromise until a word is first looked up. The
// build's worker validates every postmortem's front matter only, through modules that also hold
// the body checks (body-follow-ups.ts asks whether a word is a first name): importing
// compromise-nlp.ts there loaded compromise and the person rules (~0.5 s of the worker's CPU in
// every internal build) for checks the build never runs (docs/performance.md, session 54).
// This is the one place that requires compromise, for both modules: one copy, one lexicon.
const require = createRequire(import.meta.url);

/** compromise's one-file build (compromise-nlp.ts says why that one), loaded on the first call; `require` keeps the one copy. */
export function loadCompromise(): typeof nlpType {
  return require('compromise');
}

let lexicon: Record<string, string | string[]> | undefined;

/** compromise's lexicon: a word as it lists it (lower case) -> its tag or tags; compromise is loaded on the first call. */
export function compromiseLexicon(): Readonly<Record<string, string | string[]>> {
  lexicon ??= (loadCompromise().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return lexicon;
}

/** The tags compromise's lexicon gives `word` as written (its entries are lower case); none for a word it lacks. */
export function lexiconTags(word: string): readonly string[] {
  const tags = compromiseLexicon()[word];
  return Array.isArray(tags) ? tags : tags ? [tags] : [];
}

/** The lexicon's tags of a person's name. */
export const nameTags: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

/** Names of people in compromise's lexicon ("Grant", "Mark"): such words are names in some sentences. */
export function isKnownFirstName(word: string): boolean {
  return lexiconTags(word.toLowerCase()).some((tag) => nameTags.has(tag));
}
