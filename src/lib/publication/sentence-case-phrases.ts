import { escapeRegExp } from '../regexp.ts';
import { isKnownFirstName } from './people.ts';

/**
 * Whether the capitalised words of `name` ("Klasifikasi Insiden", a heading of an Indonesian
 * guide) are a noun phrase the post also writes in sentence case, its first word capitalised and
 * the others in lower case ("Klasifikasi insiden mencakup …"; round 62 of false positives,
 * docs/redaction.md). A full name is never written so ("Tovem brannoc"), and a language the
 * dictionaries do not know (Indonesian, Vietnamese) gives its headings in title case as English
 * does. A name whose first word is a given name a lexicon knows ("Dana Sandoval", "Dana sandoval
 * said") stays a name: a careless lower case is likelier there than a noun phrase.
 */
export function isSentenceCasePhrase(name: string, post: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) || isKnownFirstName(words[0])) return false;
  const rest = words.slice(1).map((word) => word.toLowerCase());
  if (!rest.every((word) => post.includes(word))) return false;
  const phrase = [escapeRegExp(words[0]), ...rest.map(escapeRegExp)].join('[ \\t]+');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${phrase}(?![\p{L}\p{N}])`, 'u').test(post);
}
