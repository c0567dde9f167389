/**
 * Other written forms of a query's words (round 22, docs/findability.md), searched besides the
 * typed words, so that a page writing the word another way is found as one writing it as typed.
 *
 * Compounds a responder types in another form than the report writes them (round 22,
 * docs/findability.md): "web-hook", "e-mail", "time out", "roll back", "fail over" where reports
 * write "Webhooks", "emails", "timeout", "rollback", "failover", and the other way round
 * ("failover" typed, "failed over" written). pagefind finds neither: it gets "web-hook" as "web"
 * and "hook" (two words anywhere in the page, src/lib/forgiving-search.ts `pagefindQuery`), "e"
 * of "e-mail" as the start of every word, and "failover" only as one word.
 *
 * No word list: the index decides. Two adjacent words of letters are a compound when some page
 * holds them joined as one word ("time out" → "timeout"); a word is a compound when some page
 * writes it as a phrase of two words ("failover" → "fail over", which pagefind's phrase search
 * matches on word stems, so "failed over" too). Each compound's other forms are searched besides
 * the typed words: its joined word and its parts as a phrase (the adjacent words, not the two words
 * anywhere in a page).
 *
 * Spellings: a word's other English spelling ("fibre" typed, "fiber" written; the rules of
 * src/lib/spelling-variants.ts), when some page holds it. Before round 22 the other spelling was
 * searched only for a word no page holds, as a synonym at half its score: "fiber cut" found the
 * notices saying "fiber" and none of those saying "fibre".
 */

/** Query tokens as pagefind gets them; a compound is found among those made of letters only. */
const lettersOnly = /^\p{L}+$/u;

/** Another form of the query's words: the tokens it stands for and the forms searched for them besides them. */
export interface QueryCompound {
  /** Index of its first token in the query's tokens. */
  start: number;
  /** Tokens it spans: 2 for two typed words, 1 for one typed word. */
  length: 1 | 2;
  /** Its other forms, as given to pagefind: a joined word, a quoted phrase, another spelling. */
  forms: string[];
}

/**
 * The candidate compounds of a query's tokens, before the index is asked: adjacent word pairs
 * (joined at least 5 letters: "e mail" but not "a b"; the first no stop word, which starts no
 * compound a responder means, "could not" joined as a typo's "couldnot" reordered round 18's
 * held-out results; none joining into a stop word), single words of at least 5 letters split into a first part of at least 3
 * letters and a second of at least 2 ("fail|over", "log|in"; each cut is one more search), in a
 * query of at most `maxWordsForCuts` words besides stop words, and
 * each other spelling of a word (`otherSpellings`). Each candidate lists what to ask the index:
 * `held` (a word some page must hold: the joined word, the other spelling) and `phrase` (a
 * phrase some page must write).
 */
export function compoundCandidates(
  tokens: readonly string[],
  isStopWord: (word: string) => boolean,
  otherSpellings: (word: string) => readonly string[] = () => [],
): FormCandidate[] {
  const words = tokens.map((token) => token.toLowerCase());
  const candidates: FormCandidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    if (!lettersOnly.test(a) || !lettersOnly.test(b) || a.length + b.length < 5) continue;
    if (isStopWord(a) || isStopWord(a + b)) continue;
    candidates.push({ start: i, length: 2, held: a + b, phrase: `"${a} ${b}"` });
  }
  // A typed word is cut only in a short query, where the compound is the query ("failover" typed,
  // "failed over" written): in a sentence its other words carry the page through the partial
  // matches (no query of the sets' sentences moved with the cuts), and each cut is one more search
  // whose two parts' index chunks the browser fetches (round 24, docs/findability.md).
  const cutsWanted = words.filter((word) => !isStopWord(word)).length <= maxWordsForCuts;
  words.forEach((word, i) => {
    if (!cutsWanted || !lettersOnly.test(word) || word.length < 5 || isStopWord(word)) return;
    for (let cut = 3; cut <= word.length - 2; cut++) candidates.push({ start: i, length: 1, phrase: `"${word.slice(0, cut)} ${word.slice(cut)}"` });
  });
  words.forEach((word, i) => {
    if (!lettersOnly.test(word)) return;
    for (const spelling of otherSpellings(word)) candidates.push({ start: i, length: 1, held: spelling });
  });
  return candidates;
}

/** The most words (stop words left out) a query may have for one of its typed words to be cut in two. */
export const maxWordsForCuts = 2;

/** What to ask the index of one candidate form: a word some page must hold, a phrase some page must write (or both). */
export interface FormCandidate {
  start: number;
  length: 1 | 2;
  held?: string;
  phrase?: string;
}

/** The tokens with one compound replaced by one of its forms. */
export function withCompoundForm(tokens: readonly string[], compound: Pick<QueryCompound, 'start' | 'length'>, form: string): string[] {
  return [...tokens.slice(0, compound.start), form, ...tokens.slice(compound.start + compound.length)];
}
