import { quotedSnippet } from './quoted-snippet.ts';
/**
 * The file-name part of a postmortem id derived from a title: lowercase ASCII letters, digits and
 * hyphens, at most 60 characters, cut at a word boundary. Accents are dropped ("Zürich" -> "zurich"),
 * letters without them spelt in ASCII ("Błąd" -> "blad"; idFromText).
 */
export function slugFromTitle(title: string, fallback = 'incident'): string {
  const slug = idFromText(title);
  if (slug.length <= slugMaxLength) return slug || fallback;
  const cut = slug.slice(0, slugMaxLength + 1);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : slug.slice(0, slugMaxLength)) || fallback;
}

/** The most characters of a file name's slug: the part after the day. */
export const slugMaxLength = 60;

/**
 * Why a `--slug` given to `npm run new` or `npm run draft` cannot be the file name as given, if it
 * cannot: one with no letter or digit, or one longer than the file names take, which was cut to
 * 60 characters without a word (the file was then not where the author looked for it).
 */
export function slugOptionProblem(slug: string): string | undefined {
  const id = idFromText(slug);
  if (!id) return `--slug "${slug}" has no letter or digit to make a file name of: give a few words in lowercase letters, digits and hyphens, e.g. --slug checkout-config-push; nothing was written.`;
  if (id.length > slugMaxLength) return `--slug is ${id.length} characters as a file name (${quotedSnippet(id, 40)}); at most ${slugMaxLength} are taken. Give a shorter one, e.g. --slug ${slugFromTitle(id)} (what broke, in a few words); nothing was written.`;
  return undefined;
}

/** The lines of a script's leading `//` comment, without the markers: its usage text. */
export function leadingCommentLines(source: string): string[] {
  const lines = source.split('\n');
  const body = lines[0]?.startsWith('#!') ? lines.slice(1) : lines;
  const end = body.findIndex((line) => !line.startsWith('//'));
  return body.slice(0, end === -1 ? body.length : end).map((line) => line.replace(/^\/\/ ?/, ''));
}

/**
 * Latin letters that NFKD does not decompose into a base letter and a mark, as their languages
 * spell them in plain ASCII (adoption round 62): dropped, "Vấn đề" (Vietnamese, problem) was
 * `van-e`, "Błąd" (Polish, error) `b-ad`, "Größe" `gro-e`, "Kjøring" `kj-ring`, "Yıldız" `y-ld-z`.
 * Lower case only: the id is lowered first.
 */
const latinSpellingOf: Readonly<Record<string, string>> = {
  'đ': 'd', 'ð': 'd', 'ł': 'l', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ı': 'i', 'ħ': 'h', 'ŧ': 't', 'ŋ': 'ng', 'ƒ': 'f',
};
const undecomposedLetters = new RegExp(`[${Object.keys(latinSpellingOf).join('')}]`, 'gu');

/**
 * `text` as an id of lowercase ASCII letters, digits and hyphens, whole: accents dropped
 * ("café" -> "cafe", not "caf-"), letters without a decomposition spelt in ASCII ("đề" -> "de",
 * "Straße" -> "strasse"), every other run of characters one hyphen, none at the ends.
 * Empty when nothing of `text` can be kept (an id of emoji only). What a fix suggests an id or a
 * file name be renamed to.
 */
export function idFromText(text: string): string {
  return text
    .normalize('NFKD')
    // Invisible format characters (a soft hyphen, a word joiner) are no word break: the fix for
    // "check\u00ADout" was "check-out" (bad input round 40). A zero-width space is one, as before.
    .replace(/[\u0300-\u036f]|(?!\u200B)\p{Cf}/gu, '')
    .toLowerCase()
    .replace(undecomposedLetters, (letter) => latinSpellingOf[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
