/**
 * A town or region in an address written "Town, Region, Country" ("Carlton, Victoria, Australia",
 * a server's location in a table; round 21 of false positives, docs/redaction.md). The language
 * model and the guesses from a word's form take a town or a region named like a person
 * ("Victoria", "Carlton") for one. A capitalised word followed, after a comma, by at most two more
 * such names and then a country's name is a place: the countries are the region names the
 * JavaScript runtime itself knows in English (`Intl.DisplayNames`), a general list, not the words
 * of any report. Read for guesses only: "thanks to Victoria, Australia's on-call" is still a
 * person's thanks.
 */
import { escapeRegExp } from '../regexp.ts';

/** The English names of the regions ISO 3166 codes name ("Australia", "United Kingdom", "Côte d’Ivoire"). */
function countryNames(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const found = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      try {
        const name = names.of(code);
        if (name && name !== code && /^\p{Lu}/u.test(name)) found.add(name);
      } catch {
        // a code the runtime does not accept
      }
    }
  }
  return [...found].sort((x, y) => y.length - x.length);
}

const placeName = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}`;
/** After the word: at most two more places, then a country, each after a comma. */
const beforeCountry = new RegExp(String.raw`^(?:,\s*${placeName}){0,2},\s*(?:${countryNames().map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`, 'u');

/** Whether `text` at `index` of `line` is followed by ", [Region,] Country": a place of an address. */
export function isPlaceBeforeCountry(line: string, index: number, text: string): boolean {
  const after = line.slice(index + text.length);
  return after.startsWith(',') && beforeCountry.test(after);
}
