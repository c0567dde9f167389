import { lexiconTags } from './compromise-nlp.ts';

const nounTags = new Set(['Singular', 'Plural', 'Noun', 'Actor', 'Uncountable']);

/**
 * A lower-case English word that is only a noun: every tag the lexicon gives it is a noun's (no
 * verb, adjective, adverb or function word: "object", "usage", "developers"); a word the lexicon
 * lacks ("laptop", "console", "bot") unless it ends as verbs and adverbs do. After a listed name's
 * part it says the part qualifies it ("the Stack object", word-as-name.ts); after a given name
 * opening an instruction, with "of", it is the verb's object ("Spike usage of …",
 * imperative-name-verbs.ts). Until round 48 of false positives each module had its own.
 */
export function isNounOnly(word: string, isWord: (word: string) => boolean): boolean {
  if (word.length < 3 || !isWord(word)) return false;
  const list = lexiconTags(word);
  if (list.length) return list.every((tag) => nounTags.has(tag));
  return !/(?:ed|ing|ly|s)$/.test(word);
}
