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
  if (words.length < 2 || words.length > 4 || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) return false;
  // A given name first ("Nguyên Nhân", root cause in Vietnamese; Nguyên is a given name too):
  // only when the post also writes the phrase in lower case, twice (round 63).
  if (isKnownFirstName(words[0])) return isLowerCasePhraseInPost(words, post);
  const rest = words.slice(1).map((word) => word.toLowerCase());
  if (!rest.every((word) => post.includes(word))) return false;
  const phrase = [escapeRegExp(words[0]), ...rest.map(escapeRegExp)].join('[ \\t]+');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${phrase}(?![\p{L}\p{N}])`, 'u').test(post);
}

/**
 * Whether the post writes `words` all in lower case, as a phrase, twice or more ("nguyên nhân
 * gốc rễ", "theo dõi"; round 63 of false positives). A full name is not written so in running
 * text; a careless lower case of one ("dana sandoval") is once, and a name with a given name a
 * lexicon knows needs this second sign where a coined one needs the first only.
 */
function isLowerCasePhraseInPost(words: readonly string[], post: string): boolean {
  const lower = words.map((word) => word.toLowerCase());
  if (!lower.every((word) => post.includes(word))) return false;
  const phrase = lower.map(escapeRegExp).join('[ \\t]+');
  return (post.match(new RegExp(String.raw`(?<![\p{L}\p{N}@_.\/-])${phrase}(?![\p{L}\p{N}_-])`, 'gu'))?.length ?? 0) >= 2;
}

/**
 * Whether a capitalised word found alone ("Nguyên", read by the language model in "— Nguyên nhân
 * #1" and "— Nguyên Nhân #1", a Vietnamese heading's "root cause") opens with the next word a
 * phrase the post writes in lower case twice ("nguyên nhân gốc rễ"; round 63 of false positives).
 * A name and the verb or the surname after it ("Nguyên fixed", "Theo restarted", "Dana Sandoval")
 * are never written so.
 */
export function opensLowerCasePhrase(line: string, index: number, word: string, post: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const next = /^[ \t]+(\p{L}\p{Ll}*)(?![\p{L}\p{N}])/u.exec(line.slice(index + word.length));
  return next !== null && isLowerCasePhraseInPost([word, next[1]], post);
}
