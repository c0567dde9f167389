/**
 * "user" before a word that is no account (round 25 of false positives, docs/redaction.md). The
 * account rule reads the word after "user" in prose as someone's login ("user jsmith42"), and
 * release notes and policies wrote "user IPs", "Show user OpenID URIs" and "the package-user plist
 * handling": the plural of an acronym (IPs, IDs, URLs), a well-known brand that is no given name
 * (OpenID), and "user" as the end of a hyphenated modifier ("package-user", "multi-user",
 * "end-user"), where the word after it is the noun the compound describes. A login written after
 * "user" ("user hbrekke", "user tove.m", "user jsmith42") is none of these and is found as before.
 */
import { isEnglishWord, isKnownFirstName } from './people.ts';
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
  // What a user can do to the noun after it: "user customizable parameters", "user configurable
  // options" (round 52 of false positives: F-Droid's app list; the dictionary knows "customize"
  // and "configure" but not their "-able" forms, so the word read as a login, carried to 15 other
  // posts). A verb of the dictionary with "-able" or "-ible", before a word in lower case.
  const after = line.slice(prefixStart + prefix.length + word.length);
  if (isAbilityOfVerb(word) && /^[ \t]+\p{Ll}/u.test(after)) return true;
  return isWellKnownBrand(word) && /\p{Lu}/u.test(word.slice(1)) && !isKnownFirstName(word);
}

/** "customizable", "configurable", "accessible": a verb the dictionary knows, with "-able" or "-ible". */
function isAbilityOfVerb(word: string): boolean {
  const stem = /^(\p{Ll}{3,})[ai]ble$/u.exec(word)?.[1];
  return stem !== undefined && [stem, `${stem}e`].some((verb) => isEnglishWord(verb));
}
