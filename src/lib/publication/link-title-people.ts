/**
 * Who made or keeps a linked page, named in the link's title (the fifteenth probe round,
 * docs/redaction.md): `[the runbook](https://… "maintained by Kasimir")`, `<a title="written by
 * Dagfinn">`. In prose "maintained by" a word no lexicon knows is a company's as often (MoJ's
 * "images maintained by Chainguard"), so it is read only in a title, the hover text an author
 * writes to credit someone; the 56 link titles of the collections name no one this way.
 */
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isOtherLanguageGivenName } from './other-language-given-names.ts';
import { allMatches } from '../regexp.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

/**
 * The title of a Markdown link or image (`](url "title")`, also in single quotes or brackets), an
 * HTML `title` attribute, and since the seventeenth probe round a reference definition's title
 * (`[rb]: https://… "by Kasimir"`).
 */
const linkTitle = /\]\(\s*<?[^\s)>]*>?\s+(?:"([^"]*)"|'([^']*)'|\(([^)]*)\))\s*\)|\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')|^\s{0,3}\[[^\]\n]+\]:\s*<?[^\s>]+>?\s+(?:"([^"]*)"|'([^']*)'|\(([^)]*)\))\s*$/g;

/**
 * A verb of making or keeping, then "by" and one or two capitalised words; since the seventeenth
 * probe round also a title that opens with "by" (`[the runbook](… "by Kasimir")`), a byline.
 */
const madeBy = /(?:^\s*[Bb]y|\b(?:[Mm]aintained|[Ww]ritten(?: up)?|owned|kept|curated|updated|edited|drawn|taken|made|created|authored|compiled|prepared|managed|run|shared|posted|annotated|done|summari[sz]ed)\s+by)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;

/** A title of two capitalised words, alone or before a comma and a date or role. */
const titleFullName = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)(?:,\s*[^,]{1,30})?$/u;

const unknown = (word: string) => !isEnglishWord(word) && !isKnownWord(word) && !isOrdinaryWord(word) && !isPublicTerm(word);

/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedLinkTitlePatterns: readonly CuedPattern[] = [
  { name: "a link's or an element's title", cue: /\]\(\s*<?[^\s)>]*>?\s+["'(]|\btitle\s*=|^\s{0,3}\[[^\]\n]+\]:/, pattern: linkTitle },
  { name: 'a title made by someone', cue: /\p{Lu}\p{Ll}/u, pattern: madeBy },
  { name: 'a title of a full name', cue: /\p{Lu}\p{Ll}/u, pattern: titleFullName },
];

/** People named as a linked page's maker in its title, as guesses (a first name the lexicon knows is certain). */
export function findLinkTitlePeople(line: string): PatternMatch[] {
  // A title to read, and a capitalised word in it (each phrasing of a title names one).
  if (!cuedLinkTitlePatterns.every(({ cue }) => cue.test(line))) return [];
  const found: PatternMatch[] = [];
  for (const m of allMatches(linkTitle, line)) {
    const title = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? '';
    const titleAt = m.index! + m[0].indexOf(title);
    // Since the nineteenth probe round: a title that is a full name alone, or with a date or role
    // after a comma (`"Haldor Brenne, 2 Dec"`), as a credit is written.
    const credit = titleFullName.exec(title);
    const given = (word: string) => unknown(word) || isOtherLanguageGivenName(word) || (isKnownFirstName(word) && !isOrdinaryWord(word));
    if (credit && given(credit[1]) && !isOrdinaryWord(credit[2]) && !isPublicTerm(credit[2])) {
      found.push({ text: `${credit[1]} ${credit[2]}`, index: titleAt, severity: 'error', guess: true, why: "a full name as a link's title" });
    }
    for (const by of allMatches(madeBy, title)) {
      const name = by[1];
      const first = name.split(' ')[0];
      const known = isKnownFirstName(first) && !isOrdinaryWord(first) && !isPublicTerm(first);
      if (!known && !unknown(first)) continue;
      found.push({ text: name, index: titleAt + by.index! + by[0].lastIndexOf(name), severity: 'error', guess: !known, why: "named in a link's title as who made or keeps the page" });
    }
  }
  return found;
}
