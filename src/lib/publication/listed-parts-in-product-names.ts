/**
 * A listed surname after a capitalised word no list of names knows, the two the name of a thing
 * the post writes as things are named ("the Zuvora Sim web-based IDE", "Users of Zuvora Sim";
 * adoption round 54, docs/adopting.md). The
 * whole name around a listed part (person-patterns.ts `wholeNameAt`) took the unknown word for a
 * given name, and a research group's retrospective was held, its project published as "Users of an
 * engineer". Two words no one's given name opens, written after an article or before a thing's noun
 * (person-patterns.ts `pairUsedAsThing`, the rule unknown full names have followed since the tenth
 * round of false positives), are a product's name; a known given name before the part ("the Dana
 * Sim dashboard") is still the person's.
 */
import { isKnownFirstName, type PeopleIndex } from './people.ts';
import { pairUsedAsThing } from './person-patterns.ts';

const twoWords = /^(\p{Lu}\p{Ll}+)[ \u00a0](\p{Lu}\p{Ll}+)$/u;

/** Whether `name`, a listed part with the word before it, is a product's name in `post` (all the post's public text). */
export function isProductNamedWithListedPart(name: string, people: PeopleIndex, post: string): boolean {
  const words = twoWords.exec(name);
  if (!words) return false;
  const [, first, last] = words;
  if (people.byLowerText.has(first.toLowerCase()) || isKnownFirstName(first) || !people.byLowerText.get(last.toLowerCase())?.part) return false;
  return pairUsedAsThing(name, post);
}
