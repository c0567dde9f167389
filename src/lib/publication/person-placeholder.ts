/**
 * What `npm run redact` writes for a person on a line of another language (false positives, round
 * 20): the English role wrote "Merci à an engineer pour le correctif" and "Danke an an engineer".
 * A role in the line's language would need its article and case ("einem Teammitglied" after
 * "mit", "einem" nowhere else), so the line gets a placeholder in brackets that reads the same
 * wherever it stands: "Merci à [nom retiré] pour le correctif". English lines keep the role.
 */
import type { OtherLanguage } from './other-languages.ts';
import type { LetterLanguage } from './letter-languages.ts';

/** A language a placeholder is written in: one the guard tells by its function words, or one letter-languages.ts tells. */
export type PlaceholderLanguage = OtherLanguage | LetterLanguage | 'neutral';

/**
 * "Name removed" in each language the guard tells by its function words, and (since redact round
 * 36) in those letter-languages.ts tells: Polish, Czech and Turkish lines got the English role
 * ("An engineer zrestartował serwer").
 */
const nameRemoved: Record<PlaceholderLanguage, string> = {
  de: '[Name entfernt]',
  nl: '[naam verwijderd]',
  da: '[navn fjernet]',
  nb: '[navn fjernet]',
  sv: '[namn borttaget]',
  fr: '[nom retiré]',
  es: '[nombre eliminado]',
  it: '[nome rimosso]',
  pt: '[nome removido]',
  pl: '[imię usunięte]',
  cs: '[jméno odstraněno]',
  tr: '[ad kaldırıldı]',
  // Since adoption round 63 (other-languages.ts).
  hu: '[név eltávolítva]',
  ru: '[имя удалено]',
  uk: '[ім’я видалено]',
  el: '[όνομα αφαιρέθηκε]',
  // Since adoption round 62 (letter-languages.ts).
  vi: '[tên đã xóa]',
  id: '[nama dihapus]',
  // A post of a language no list here tells (its words are not English, its letters say nothing):
  // a mark every language reads as words left out, where "an engineer" was written in the middle
  // of Hungarian or Swahili (adoption round 62, post-placeholder-language.ts).
  neutral: '[…]',
};

const placeholderWords = new Set(Object.values(nameRemoved).map((text) => text.slice(1, -1).toLowerCase()));

/**
 * Whether `text` at `index` of `line` is one of the placeholders above, in its brackets: it names
 * no one, and the guard's check of other scripts would otherwise take "[имя удалено]" for a name
 * and `npm run redact` replace it again on every run.
 */
export function isNameRemovedPlaceholder(line: string, text: string, index: number): boolean {
  return line[index - 1] === '[' && line[index + text.length] === ']' && placeholderWords.has(text.toLowerCase());
}

/**
 * Whether the `length` characters at `index` of `line` lie inside one of the placeholders above, in
 * its brackets ("[Imię usunięte]", any letter case): a word of it is no name either. Read as one,
 * "Imię" was carried to the post's other lines and `npm run redact` wrote a placeholder into the
 * placeholder on every run, doubling the line each time (adoption round 42: 21,368 changes, 237 kB).
 */
export function isInsideNameRemovedPlaceholder(line: string, index: number, length: number): boolean {
  for (let open = line.lastIndexOf('[', index); open >= 0; open = line.lastIndexOf('[', open - 1)) {
    const close = line.indexOf(']', open);
    if (close >= index + length && placeholderWords.has(line.slice(open + 1, close).toLowerCase())) return true;
    if (open === 0) break;
  }
  return false;
}

/** What stands for a person on a line of `language`; `role` (English) where the line is English. */
export function personPlaceholder(language: PlaceholderLanguage | undefined, role: string): string {
  return language ? nameRemoved[language] : role;
}

/** `text` as a sentence opens with it: its first letter in capitals ("An engineer", "[Nom retiré]"). */
export function capitalised(text: string): string {
  return text.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}
