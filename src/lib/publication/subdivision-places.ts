/**
 * A town or county written as places are, where a listed name's part or a guess stands (round 22
 * of false positives, docs/redaction.md): "the Reno, Nevada area", "Salt Lake, Morgan and Weber
 * counties". A state's or county's report names its towns and counties, and towns are named
 * after people (Reno, Morgan, Weber with "Ben Weber" among a team's git authors). Round 21 read a
 * place before a country (address-places.ts); a US report names the state instead, which no list
 * of countries holds. The signs, none a word of the collections:
 *
 * - the word, at most one more place after a comma, then a first-level subdivision of the United
 *   States, Canada or Australia, written whole (the states, provinces and territories: a general
 *   list, the one postal addresses use);
 * - the word before "County", "counties", "Parish", "Township" or "Borough", or one of a series
 *   of such words before the plural ("Morgan and Weber counties");
 * - the word between "the" and "area", "region" or "valley" ("the stations in the Reno area").
 *
 * "thanks to Reno, Nevada's on-call" is a series of words that no sign reads otherwise: a
 * person is thanked, so thanks, speakers and mentions are read as before (the callers judge only
 * a listed part found alone and guesses from a word's form).
 */
import { escapeRegExp } from '../regexp.ts';
import { isKnownFirstName } from './people.ts';

/** First-level subdivisions of the United States, Canada and Australia, by their whole names. */
const subdivisions = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
  Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
  Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania
  Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming
  District_of_Columbia Puerto_Rico Alberta British_Columbia Manitoba New_Brunswick Newfoundland_and_Labrador Nova_Scotia
  Ontario Prince_Edward_Island Quebec Québec Saskatchewan Yukon Nunavut Northwest_Territories New_South_Wales Queensland
  South_Australia Tasmania Victoria Western_Australia Northern_Territory Australian_Capital_Territory`
  .split(/\s+/).filter(Boolean).map((name) => name.replace(/_/g, ' '));

const placeName = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}`;
// A subdivision that is also a given name ("Victoria", "Virginia", "Carolina") says nothing in a
// series ("Preston, Victoria and Douglas joined"): read before a country only (address-places.ts).
// Nor one that a series of names goes on after ("Reno, Nevada and Tove").
// Built on first use: the lexicon of given names is loaded by a module that reads this one.
let beforeSubdivision: RegExp | undefined;
const subdivisionAfter = () => beforeSubdivision ??= new RegExp(String.raw`^(?:,\s*${placeName})?,\s*(?:${notGivenNames().map(escapeRegExp).join('|')})(?![\p{L}\p{N}])(?!\s*(?:,|and\b|&|or\b)\s*\p{Lu})`, 'u');
const notGivenNames = () => subdivisions.filter((name) => !isKnownFirstName(name)).sort((a, b) => b.length - a.length);
const countyNoun = String.raw`(?:County|Counties|counties|Parish|Parishes|parishes|Township|Borough|Boroughs|boroughs)`;
/** The word, maybe more places of a series, then the noun: "Weber counties", "Morgan and Weber counties". */
const beforeCountyNoun = new RegExp(String.raw`^(?:(?:,\s*|\s+(?:and|or|&)\s+)${placeName})*\s+${countyNoun}(?![\p{L}\p{N}])`, 'u');

/** Whether `text` at `index` of `line` is a town or county: before ", [Town,] State" or a county's noun. */
export function isSubdivisionPlace(line: string, index: number, text: string): boolean {
  const after = line.slice(index + text.length);
  // "the Reno area": a person has no area, region or valley after an article.
  const area = /\bthe[\s\u00a0]+$/i.test(line.slice(0, index)) && /^[\s\u00a0]+(?:area|region|valley|metro area|metropolitan area)\b/.test(after);
  return area || (after.startsWith(',') && subdivisionAfter().test(after)) || beforeCountyNoun.test(after);
}
