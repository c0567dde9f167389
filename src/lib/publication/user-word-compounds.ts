/**
 * "user" before a word that is no account (round 25 of false positives, docs/redaction.md). The
 * account rule reads the word after "user" in prose as someone's login ("user jsmith42"), and
 * release notes and policies wrote "user IPs", "Show user OpenID URIs" and "the package-user plist
 * handling": the plural of an acronym (IPs, IDs, URLs), a well-known brand that is no given name
 * (OpenID), and "user" as the end of a hyphenated modifier ("package-user", "multi-user",
 * "end-user"), where the word after it is the noun the compound describes. A login written after
 * "user" ("user hbrekke", "user tove.m", "user jsmith42") is none of these and is found as before.
 */
import { isKnownFirstName } from './people.ts';
import { isWellKnownBrand } from './public-product-signs.ts';

/**
 * Whether `word`, found after `prefix` (the words "user " that open at `prefixStart` in `line`),
 * is no account. Only the prose form "user X": a field (`user: X`, `user=X`) names an account.
 */
export function isWordAfterUserNoAccount(line: string, prefixStart: number, prefix: string, word: string): boolean {
  if (/[:=]/.test(prefix)) return false;
  // "package-user plist": "user" closes a hyphenated modifier.
  if (prefixStart > 0 && line[prefixStart - 1] === '-') return true;
  // The plural of an acronym: "user IPs", "user IDs", "user URLs".
  if (/^\p{Lu}{2,}s$/u.test(word)) return true;
  return isWellKnownBrand(word) && /\p{Lu}/u.test(word.slice(1)) && !isKnownFirstName(word);
}
