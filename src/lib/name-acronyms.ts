import { builtInAliasGroups } from './search-aliases.ts';

/**
 * The acronyms a responder types for the names a report spells out: "tf" for "Testing Farm", "fas"
 * for "Fedora Account System", "bbb" for "BigBlueButton". A status page writes a
 * system's name in full, the on-call channel its initials; pagefind matches words and their
 * prefixes, so "tf provisioner crashed" found nothing of a notice saying "Testing Farm had an
 * outage caused by the provisioner going down" (round 38, docs/findability.md).
 *
 * Read from the names themselves, not from a table: a run of two to five capitalised words
 * ("Testing Farm", "Fedora Account System"), or one word of three or more capitalised parts
 * ("BigBlueButton", "OpenScanHub"), gives the initials of its words or parts. A title in Title
 * Case ("Nginx Web Root Configuration Issue") or a heading capitalises every word, name or not,
 * and is not read; nor is a line in German, which capitalises every noun. A person's name is a
 * name too: its initials are indexed, and find nothing a responder types. Initials that are a short function word ("is", "it", "on") or already another
 * abbreviation of the built-in alias groups ("os", "db", "lb", "pr") are left out: such a page
 * would otherwise be found for the other meaning.
 */

/** A capitalised word: a capital, then lower-case letters (at least one), as names are written in prose. */
const capitalised = /^\p{Lu}\p{Ll}+$/u;
/**
 * A word of three or more capitalised parts written together ("BigBlueButton", "OpenScanHub"). Two
 * parts are mostly a product's or a code's name whose initials nobody types ("AccessExclusive",
 * "OnlyOffice"); the one they do type, "gh", is an alias of GitHub already.
 */
const capitalisedParts = /^(?:\p{Lu}\p{Ll}+){3,}$/u;

/** Initials that are words of their own, or the abbreviations of other things. */
const notAcronyms = new Set([
  ...`am an as at be by do go he if in is it me my no of on or so to up us we
  and are can did for had has her him his its may not one our out she the was who why you all any new now old see two way`.split(/\s+/),
  ...builtInAliasGroups.flat().filter((word) => /^[a-z0-9]{2,4}$/.test(word)),
]);

/** Words that start a sentence, not a name ("The Fedora Account System" names "FAS"). */
const sentenceStarts = new Set(
  `a an the our we this that these those there it its in on at for to from by with due since after before during when while all some
  yesterday today tonight currently`.split(/\s+/),
);

/**
 * Whether a line is written as a title or heading: every word capitalised ("Root Cause", "Action
 * Items"), or, among its words of four or more letters, five or more with at most one not
 * capitalised ("Post Incident Review: Sonarr Outage Due to iSCSI Hairpin NAT Failure on k8s03";
 * Title Case leaves "to" and "on" in lower case).
 */
function isTitleCase(words: readonly string[]): boolean {
  const letters = words.filter((word) => /^\p{L}/u.test(word));
  const long = letters.filter((word) => word.length >= 4 && !/\d/.test(word));
  const lowerIn = (list: readonly string[]) => list.filter((word) => !/^\p{Lu}/u.test(word)).length;
  return (letters.length >= 2 && lowerIn(letters) === 0) || (long.length >= 5 && lowerIn(long) <= 1);
}

/**
 * German capitalises every noun, so two nouns side by side ("Debian Update wurde installiert") read
 * as a name: a line holding one of these German words is not read.
 */
const germanWords = new Set('der das und nicht ist wird wurde werden von mit für auf zur zum dem sind bei wir eine einer einem über kann können sie'.split(' '));
const isGerman = (words: readonly string[]) => words.some((word) => germanWords.has(word.toLowerCase()));

/**
 * What a line that gives an acronym holds: two capitalised words with nothing between them but
 * marks that do not end a clause (no `.`, `,`, `;`, `:`, `!` or `?` before a space, none of
 * `()[]{}"“”/|*_`), or a word of three capitalised parts. {@link nameAcronyms} splits a line into
 * clauses and words only where this is found; most lines of prose name nothing, and a whole
 * lead without it gives none (docs/performance.md, session 47).
 */
export const nameCue = /\p{Lu}\p{Ll}+(?:(?:[^\p{L}\p{N}'’\-.,;:!?*_()[\]{}"“”/|\n]|[.,;:!?](?!\s|$))+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+\p{Lu})/u;

/**
 * The acronyms of the names in `text` (a report's lead: title, summary, start of the body), lower
 * case, in order of appearance, each once. Lines in Title Case are skipped.
 */
export function nameAcronyms(text: string): string[] {
  if (!nameCue.test(text)) return [];
  const found = new Set<string>();
  for (const line of text.split(/\n+/)) {
    if (nameCue.test(line)) for (const acronym of lineAcronyms(line)) found.add(acronym);
  }
  return [...found];
}

/** The acronyms of the names in one line of text (no line break), as {@link nameAcronyms} reads each line. */
export function lineAcronyms(line: string): string[] {
  const found = new Set<string>();
  const add = (initials: string) => {
    const acronym = initials.toLowerCase();
    if (acronym.length >= 2 && !notAcronyms.has(acronym)) found.add(acronym);
  };
  // A Markdown heading is a title ("## Incident Report for …").
  if (/^\s*#/.test(line)) return [];
  const lineWords = line.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  if (isTitleCase(lineWords) || isGerman(lineWords)) return [];
  // A name does not run past a sentence, a clause or emphasis: "… by Copr. We are …" names no
  // "CW", "**Severity:** High" no "SH".
  for (const clause of line.split(/[.,;:!?*_]+(?:\s|$)|[()[\]{}"“”/|;*_]/u)) {
    const words = clause.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
    let run: string[] = [];
    const endRun = () => {
      if (run.length && sentenceStarts.has(run[0].toLowerCase())) run.shift();
      if (run.length >= 2 && run.length <= 5) add(run.map((word) => word[0]).join(''));
      run = [];
    };
    for (const word of words) {
      if (capitalisedParts.test(word)) add(word.match(/\p{Lu}/gu)!.join(''));
      if (capitalised.test(word)) run.push(word);
      else endRun();
    }
    endRun();
  }
  return [...found];
}
