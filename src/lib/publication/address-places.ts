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

let countries: ReadonlySet<string> | undefined;

/** Short names the runtime's list writes otherwise ("Palestinian Territories", "Myanmar (Burma)") or not at all (the UK's nations). */
const shortCountryNames = ['Palestine', 'Burma', 'Congo', 'Korea', 'Britain', 'England', 'Scotland', 'Wales', 'Holland'];

/** Whether `word` is a country's English name ("Israel", "Jordan", "Chad", "Palestine"). */
export function isCountryName(word: string): boolean {
  return (countries ??= new Set([...countryNames(), ...shortCountryNames])).has(word);
}

/**
 * A country's name joined by a hyphen or a dash to another's ("Israel-Palestine", "the
 * Russia–Ukraine war"): a pair of places, not a person named like a country ("Israel", "Jordan",
 * "Chad" are given names; a post on the Israel-Palestine war was held on a listed "Israel …";
 * adoption round 51).
 */
export function isCountryOfPair(line: string, index: number, text: string): boolean {
  if (!isCountryName(text)) return false;
  const after = /^[-–—](\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?)/u.exec(line.slice(index + text.length));
  const before = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[-–—]$/u.exec(line.slice(Math.max(0, index - 30), index));
  return Boolean((after && (isCountryName(after[1]) || isCountryName(after[1].split(/[ \u00a0]/)[0]))) || (before && isCountryName(before[1])));
}
