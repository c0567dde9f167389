/**
 * A found name's lower-case form, in a post of another language (round 61 of false positives,
 * docs/redaction.md). A post that finds a capitalised word as a person looks for it in lower case
 * too, as a handle ("create user: Alex" and "alex"), unless English knows it as a word. In a
 * Spanish, Portuguese or Italian post the capitalised word is as often a noun opening a label or a
 * heading ("Sistema: …" in a transcript, "# Pruebas de Carga" over an endpoint, "Fecha: …" in a
 * report's output), and no English dictionary knows the language's nouns: "sistema", "pruebas",
 * "fecha", "métricas" were found in every sentence of the post, then carried to 25 other posts of
 * the collection (1,452 findings, ubapp-es-reports60). In such a post the lower-case form is
 * looked for only where the capitalised word is a given name a lexicon knows ("Alex", "Sofía")
 * or the surname after one ("Robert Plutchik", then `plutchik`): a capitalised word that is no
 * given name says a person only where a rule found it, which it still does.
 */
import { escapeRegExp } from '../regexp.ts';
import type { OtherLanguage } from './other-languages.ts';
import { isKnownFirstName } from './people.ts';
import { isOtherLanguageGivenName } from './other-language-given-names.ts';

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/**
 * True when `text`, a match of a name the post found elsewhere, is only the lower-case (or
 * capitals) form of a capitalised word found as a name, that word is no given name, and the post
 * is written in another language (`postLanguage`, read only when the rest holds).
 */
export function isWordFormOfFoundName(text: string, discovered: ReadonlyMap<string, unknown> | undefined, postLanguage: () => OtherLanguage | undefined, post: string): boolean {
  if (!discovered || /\s/.test(text) || (text !== text.toLowerCase() && text !== text.toUpperCase())) return false;
  if (discovered.has(text) || discovered.has(text.toLowerCase())) return false;
  const word = capitalised(text);
  if (!discovered.has(word)) return false;
  if (isGivenName(word)) return false;
  if (postLanguage() === undefined) return false;
  // The surname of a given name the post writes before it is a person's, in any language.
  if (post.includes(` ${word}`)) {
    for (const m of post.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)[ \\u00a0]+${escapeRegExp(word)}(?![\\p{L}])`, 'gu'))) {
      if (isGivenName(m[1])) return false;
    }
  }
  return true;
}

const isGivenName = (word: string) => isKnownFirstName(word) || isKnownFirstName(word.normalize('NFD').replace(/\p{M}/gu, '')) || isOtherLanguageGivenName(word);
