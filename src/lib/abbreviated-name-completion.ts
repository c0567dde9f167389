import { builtInIncidentTranslations } from './search-translations.ts';

/**
 * The whole name of a CamelCase name whose last part is cut short: "modsecurity" for "ModSec"
 * (round 59). A responder types a product's whole name ("modsecurity"); a report that writes its
 * short form held no word starting with it, and pagefind then matched the page through "modsec", a
 * start five letters short, which the search page does not count as the typed word
 * (src/lib/forgiving-search.ts `holdsQueryWord`, round 53: "data" is not "database"). The report was
 * listed among partial matches, below every report holding the whole name (rounds 55 to 58 left it:
 * nothing told one page's abbreviation from another page's full word).
 *
 * What tells it here is the name's form: written in CamelCase, its last part is the start of one
 * incident word of the translation table (src/lib/search-translations.ts: "Sec" of "security",
 * "Conn" of "connection"), three or more letters short of it, and no other word of the table starts
 * so. The name with that word in place of its last part is indexed beside it. A part that is a word
 * itself ("Lab" of "GitLab", "Duty" of "PagerDuty") starts no word of the table longer by three
 * letters and is left alone; so is a name the text also writes whole.
 * Plain logic, no file access.
 */

/** A name of two or more capitalised parts, the first of two letters or more and maybe lower case ("ModSec", "dbConn"; not "OAuth"). */
const camelCaseName = /(?<![\p{L}\p{N}])\p{L}\p{Ll}+(?:\p{Lu}\p{Ll}+)+(?![\p{L}\p{N}])/gu;
/** What every such name holds: a text without it is not read word by word. */
const cue = /\p{Ll}\p{Lu}/u;
/** The shortest cut part read: "Db" or "Io" is more often a word of its own than a cut. */
const minCutPart = 3;
/** How much shorter than its word a part must be: one or two letters fewer is a plural or a stem, which the search already joins. */
const minCut = 3;

/** The single English words of the translation table, lower case, each once, in code-point order. */
function tableWords(table: readonly { en: string }[]): string[] {
  return [...new Set(table.flatMap(({ en }) => en.toLowerCase().split(' ')))].sort();
}
const builtInWords = tableWords(builtInIncidentTranslations);

/** The one word of `words` that `part` starts and is three or more letters shorter than, else undefined. */
function completedPart(part: string, words: readonly string[]): string | undefined {
  const found = words.filter((word) => word.startsWith(part) && word.length - part.length >= minCut);
  return found.length === 1 ? found[0] : undefined;
}

/** The whole names of the text's cut CamelCase names, lower case, in order of first appearance, each once. */
export function completedAbbreviatedNames(text: string, words: readonly string[] = builtInWords): string[] {
  if (!cue.test(text)) return [];
  const lower = text.toLowerCase();
  const names = new Set<string>();
  for (const name of text.match(camelCaseName) ?? []) {
    const parts = name.split(/(?=\p{Lu})/u);
    const last = parts.at(-1)!.toLowerCase();
    if (parts.length < 2 || last.length < minCutPart) continue;
    const word = completedPart(last, words);
    if (word === undefined) continue;
    const whole = `${parts.slice(0, -1).join('').toLowerCase()}${word}`;
    if (!lower.includes(whole)) names.add(whole);
  }
  return [...names];
}
