/**
 * A configuration key in snake case made of English words (round 59 of false positives,
 * docs/redaction.md): `replication_factor: 3` in a commented YAML block, "**claims_policy:**
 * Controls what goes in the ID token". Written before a colon they have a chat line's shape, and
 * a handle may hold an underscore, so they were read as speakers. Every part is a dictionary word
 * of three letters or more and none is a known first name: `jo_hartley`, `tom_reed`, `dkessel_2`
 * stay a handle's shape.
 */
import { isEnglishWord, isKnownFirstName } from './people.ts';

export function isConfigKeyOfWords(word: string): boolean {
  if (!/^[a-z]{3,}(?:_[a-z]{3,})+$/.test(word)) return false;
  return word.split('_').every((part) => isEnglishWord(part) && !isKnownFirstName(part));
}
