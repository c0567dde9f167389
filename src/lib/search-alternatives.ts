import { spellingVariantsOf } from './spelling-variants.ts';
import { japaneseKanjiStem } from './cjk-words.ts';
import { cjkIncidentWords } from './cjk-incident-words.ts';
import { acronymOfVerbed } from './verbed-acronyms.ts';
import { compoundPartsOf, foldAccents, phraseWordTranslations, sameMeaningWordsOf, translationsOf } from './search-translations.ts';
import { lettersKeptCorrectionOf, spellingCorrectionOf } from './spelling-correction.ts';
import type { KnownWords } from './spelling-suggestion.ts';
import { holdsLongerWord } from './word-start-share.ts';

/**
 * The other words searched for a query word no postmortem holds (round 16, docs/findability.md):
 * its other English spelling ("fibre" → "fiber", src/lib/spelling-variants.ts) and its
 * translations ("Stromausfall" → "power", "outage", src/lib/search-translations.ts). What the
 * search page and `npm run eval:search` pass to `searchForgiving` (src/lib/forgiving-search.ts):
 * with `synonymsBelow` 1 a word some page holds is searched as typed and nothing else, so a query
 * in the reports' own words ranks as before. A page holding an alternative counts as holding the
 * word at half its score for the alternative, and is labelled with it. Since round 25 also a word
 * of another language's other words of the same meaning ("kaputtem" → "defekt", "fehlerhaft"): a
 * German query on German notices found nothing through the English words alone. Since round 44
 * also the two German words of a compound of the table ("Datenbankausfall" → "datenbank",
 * "ausfall"), which a German notice writes apart.
 */
export function alternativesOf(word: string): string[] {
  return [...new Set([...otherFormsOf(word), ...translationsOf(word), ...sameMeaningWordsOf(word), ...compoundPartsOf(word)])];
}

/**
 * A word's other forms a page may write instead: its other English spelling, and since round 40
 * the bare acronym of a verbed one ("ddosed" → "ddos", src/lib/verbed-acronyms.ts), and since round
 * 46 the Kanji stem of a Japanese word with a Hiragana ending ("含む" → "含", src/lib/cjk-words.ts).
 * Since round 60 the English words of a Chinese, Japanese or Korean incident word ("障害", "장애" →
 * "outage"; src/lib/cjk-incident-words.ts, the table round 59 read on the reports' side only): a
 * responder typing in their own language on English reports found nothing, or only the reports
 * written in that language (which also index those English words since round 59).
 */
export function otherFormsOf(word: string): string[] {
  return [...spellingVariantsOf(word), ...acronymOfVerbed(word), ...japaneseKanjiStem(word), ...cjkIncidentWords(word)];
}

/**
 * What the page passes to `searchForgiving`. Since round 22 a word's other spelling is also searched
 * when pages hold the word (`otherSpellings`, src/lib/query-forms.ts): a page writing "fibre" then
 * holds "fiber" at its own score (and, since round 40, a page writing "DDoS" holds "ddosed").
 */
export const searchAlternatives = { alternativesOf, synonymsBelow: 1, otherSpellings: otherFormsOf, phraseAlternativesOf } as const;

/**
 * Since round 56, for a query holding a phrase of the translation table ("base de datos",
 * "mot de passe", "centro de datos"), the words of that phrase searched as the phrase's English
 * words instead of word by word (src/lib/search-translations.ts phraseWordTranslations): what
 * `searchForgiving` asks first for a query word, before `alternativesOf`. Undefined for a word of
 * no typed phrase.
 */
export function phraseAlternativesOf(query: string): (word: string) => readonly string[] | undefined {
  const byWord = phraseWordTranslations(query);
  return (word) => (byWord.size ? byWord.get(foldAccents(word)) : undefined);
}

/**
 * `searchAlternatives` with, since round 43, a missing word's spelling as the knowledge base
 * writes it among its alternatives (src/lib/spelling-correction.ts): "maintanance" is also
 * searched as "maintenance". `known`: the index's words (kb-words.txt); none on the public site,
 * which has no word list, and then the alternatives are `searchAlternatives`' own. Since round 51
 * a correction that keeps the typed letters (two swapped, or a doubled one typed once) is the word
 * itself: a page holding it counts at the word's full score (`sameWordAlternativesOf`).
 */
export function searchAlternativesKnowing(known: KnownWords | undefined) {
  if (!known?.words.length) return searchAlternatives;
  return {
    ...searchAlternatives,
    alternativesOf: (word: string) => [...new Set([...alternativesOf(word), ...spellingCorrectionOf(word, known)])],
    // Since round 51 a correction keeping the typed letters ("pasued" → "paused") counts in full.
    sameWordAlternativesOf: (word: string) => lettersKeptCorrectionOf(word, known),
    // Since round 56 a word's whole-word search is skipped when the list holds no longer word
    // starting with it (src/lib/word-start-share.ts); a cut list may leave that word out.
    ...(known.truncated ? {} : { holdsLongerWord: (word: string) => holdsLongerWord(word, known.words) }),
  };
}
