/**
 * A given name that is also a verb, opening an instruction (round 25 of false positives,
 * docs/redaction.md): "## Mark all notifications as read", "- Bill the hours to the project",
 * "Grant the role to the service account". The language model reads the word as a name; at the
 * start of a heading, a list item or a sentence and before a determiner it is the imperative: a
 * person acting is written with a verb after the name ("Mark restarted the pool", "Mark paged
 * Tove"), and those are read as before. In a list of changes (changelog-lists.ts), whose items
 * are instructions ("* Skip sqlite integration in CI (#2058)"), any word may follow the verb.
 */
import { isEnglishWord, isKnownFirstName } from './people.ts';

const opening = /(?:^\s*(?:#{1,6}\s+|>\s*)?(?:[-*+]\s+|\d+[.)]\s+)?(?:\[[ xX]\]\s+)?(?:\*\*|__)?|[.!?:]\s+)$/;
const determinerAfter = /^\s+(?:all|the|a|an|every|each|this|that|these|those|your|our|its|their|any|some|both|no)\b/;

/**
 * Whether `text` at `index` of `line` is a verb opening an instruction, not a given name;
 * `changeItem` says the line is an item of a list of changes.
 */
export function isImperativeOfNameVerb(line: string, index: number, text: string, changeItem = false): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(text) || !isKnownFirstName(text) || !isEnglishWord(text.toLowerCase())) return false;
  if (!opening.test(line.slice(0, index))) return false;
  return changeItem ? /^\s+\p{Ll}/u.test(line.slice(index + text.length)) : determinerAfter.test(line.slice(index + text.length));
}
