/**
 * A given name that is also a verb, opening an instruction (round 25 of false positives,
 * docs/redaction.md): "## Mark all notifications as read", "- Bill the hours to the project",
 * "Grant the role to the service account", "Spike usage of pre-commit hooks", "Grant minimal required
 * permissions". The language model reads the word as a name; at the
 * start of a heading, a list item or a sentence and before a determiner it is the imperative: a
 * person acting is written with a verb after the name ("Mark restarted the pool", "Mark paged
 * Tove"), and those are read as before. In a list of changes (changelog-lists.ts), whose items
 * are instructions ("* Skip sqlite integration in CI (#2058)"), any word may follow the verb.
 */
import { isEnglishWord, isKnownFirstName } from './people.ts';
import nlp from './compromise-nlp.ts';
import { isNounOnly } from './noun-only-words.ts';

const opening = /(?:^\s*(?:#{1,6}\s+|>\s*)?(?:[-*+]\s+|\d+[.)]\s+)?(?:\[[ xX]\]\s+)?(?:\*\*|__)?|[.!?:]\s+)$/;
const determinerAfter = /^\s+(?:all|the|a|an|every|each|this|that|these|those|your|our|its|their|any|some|both|no|least)\b/;
/** A lower-case word and "of" after the verb: "Spike usage of pre-commit hooks", "Mark review of the change". */
const nounOfAfter = /^\s+(\p{Ll}+)\s+of\b/u;
/** An adjective, maybe a second one, and a noun after the verb: "Grant minimal required permissions", "Grant temporary access". */
const adjectiveAfter = /^\s+(\p{Ll}{3,})\s+(?:(\p{Ll}{3,})\s+)?(\p{Ll}{3,})(?![\p{L}-])/u;

/** Nouns that say what a person is of something: "Mark head of platform approved it" names Mark. */
const roleOfSomething = new Set('head lead chair member owner manager director chief founder cofounder maintainer author creator part one friend colleague president editor engineer'.split(' '));

/**
 * True when `word` reads only as a noun, the verb's object (round 40 of false positives;
 * noun-only-words.ts since round 48): a person is written with a
 * verb after the name ("Mark spoke of the risk", "Mark learned of it", "Mark thinks of"), so a word
 * the lexicon knows as a verb, or one ending as verbs do (-ed, -s, -ing), keeps the name, and so
 * does a role ("Mark head of platform").
 */
function isObjectNoun(word: string): boolean {
  return !/(?:ed|s|ing)$/.test(word) && !roleOfSomething.has(word) && isNounOnly(word, isEnglishWord);
}

/** The tags compromise gives `word` alone. */
const tagsOf = (word: string): string[] => (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];

/** True when compromise reads `word` alone as a noun and not as a verb ("permissions", "access"; not "holding"). */
const isTaggedNoun = (word: string): boolean => {
  const tags = tagsOf(word);
  return tags.includes('Noun') && !tags.some((tag) => /Verb|Gerund|Participle/.test(tag));
};

/** Words compromise tags as adjectives alone that say when or how a person acts. */
const notAdjectives = new Set(['still', 'even', 'yet', 'once', 'alone', 'later', 'early', 'late', 'back', 'away', 'out', 'off', 'very', 'right', 'well', 'fine']);

/** True when compromise reads `word` alone as an adjective and as nothing else ("minimal", "temporary"; not "read", "elevated", nor a participle). */
function isAdjectiveOnly(word: string): boolean {
  // A participle alone is tagged an adjective ("replaced", "failed"): "Grace replaced the disk" names
  // Grace; so is "still" ("Graham still holding it", a meeting's notes).
  if (/(?:ed|ing|en)$/.test(word) || notAdjectives.has(word) || !isEnglishWord(word)) return false;
  const tags = tagsOf(word);
  return tags.includes('Adjective') && !tags.some((tag) => /Verb|Noun|Tense|Participle|Adverb/.test(tag));
}

/**
 * Whether `text` at `index` of `line` is a verb opening an instruction, not a given name;
 * `changeItem` says the line is an item of a list of changes.
 */
export function isImperativeOfNameVerb(line: string, index: number, text: string, changeItem = false): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(text) || !isKnownFirstName(text) || !isEnglishWord(text.toLowerCase())) return false;
  if (!opening.test(line.slice(0, index))) return false;
  const after = line.slice(index + text.length);
  if (changeItem) return /^\s+\p{Ll}/u.test(after);
  // Since round 40 of false positives: a noun and "of" after the verb are its object too ("Spike
  // usage of pre-commit hooks" opening an action item).
  const nounOf = nounOfAfter.exec(after);
  // Since round 44 of false positives: an adjective and a noun after the verb ("Grant minimal
  // required permissions", a runbook's step); a person is written with a verb after the name.
  const adjective = adjectiveAfter.exec(after);
  return determinerAfter.test(after) || (nounOf !== null && isObjectNoun(nounOf[1])) || (adjective !== null && isAdjectiveOnly(adjective[1]) && (adjective[2] === undefined || isAdjectiveOnly(adjective[2]) || /ed$/.test(adjective[2])) && isTaggedNoun(adjective[3]));
}
