/**
 * A Korean word that is a sentence's predicate (adoption round 61): a paragraph of a Korean write-up
 * wrapped at a fixed width leaves a line of one word ("남습니다.", "유지합니다.", "필요했습니다."),
 * and a line with one Hangul word is held whole, as "김민준 rolled the config back" must be
 * (non-latin-text.ts); 150 findings of the round-59 lab write-ups were such words, 22 write-ups held.
 *
 * A verb's polite or plain ending after its stem (…습니다, …합니다, …됩니다, …했다, …됐다) is
 * no name's: a name takes the copula instead ("김민수입니다", "하은이었다"). So a word ending in
 * 니다 is a predicate unless 입니다 ends it, and then only when what comes before is a noun of
 * grammar ("때문입니다", "것입니다", "하나뿐입니다": because, the thing, the only one) or a word the
 * Korean known words list. A given name with the copula stays held ("민준입니다").
 */
import { isKoreanOfKnownWords } from './korean-known-words.ts';

/** A verb's polite ending (…습니다, …합니다; not the copula 입니다) or a plain one of doing or becoming. */
const verbEnding = /(?:[^입]니다|했다|됐다|한다|된다|있다|없다|했고|됐고|있고|없고)$/u;
/** Nouns of grammar before the copula, alone: 것 thing, 뜻 meaning, 수 means, 중 during, … (민수, 현중 are names: exact only). */
const grammarNoun = new Set(['것', '때문', '뿐', '뜻', '셈', '탓', '덕분', '편', '중', '등', '점', '수', '거', '겁', '게', '데', '바', '말', '차례', '상태', '결과', '의미', '이유']);
/** Nouns of grammar no given name ends with, also after a word ("하나뿐", "그것", "장애 때문"). */
const grammarNounAfterWord = /(?:것|때문|뿐|탓|덕분)$/u;

/** True when the Hangul `word` is a predicate no name can be. */
export function isKoreanPredicateWord(word: string): boolean {
  if (verbEnding.test(word)) return true;
  if (!word.endsWith('입니다')) return false;
  const noun = word.slice(0, -'입니다'.length);
  return noun.length > 0 && (grammarNoun.has(noun) || grammarNounAfterWord.test(noun) || isKoreanOfKnownWords(noun));
}
