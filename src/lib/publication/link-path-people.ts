/**
 * People named in a link's path, in shapes the eighteenth probe round found published
 * (docs/redaction.md, "Eighteenth probe round"):
 *
 * - a path segment that is a person's name in lower case joined by a hyphen, a dot or an
 *   underscore (`/runbooks/tormund-saelid/ledger-failover`): two words no dictionary, lexicon or
 *   public list knows, of four letters or more each, or a first name the lexicon knows and such a
 *   word; a slug of a title holds English words ("ledger-failover", "tarsnap-outage");
 * - a page title in a wiki's or Notion's address, written in title case (`Jorunn-Vik-incident-notes-1a2b…`,
 *   `/display/ENG/Jorunn+Vik+notes`): two capitalised words read as a full name is elsewhere;
 * - since probe round 63, a code host's namespace of two such words joined by a dot
 *   (`gitlab.com/iskarn.velloway/relay-fix`).
 *
 * Each is a guess: an organisation may name a repository with two made-up words.
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { madeOfWords, type PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

const url = /\bhttps?:\/\/[^\s)\]>"'`]+/g;
// A name's word has a vowel, is no longer than twelve letters and is not words run together:
// not `srpms`, German's `bereitstellung`, a chain's `testnet` (`/comdex-testnet/genesis.json`).
export const unknownWord = (w: string, min = 4) => w.length >= min && w.length <= 12 && /[aeiouyæøåäöüéèáíóú]/i.test(w) && !madeOfWords(w.toLowerCase()) && /^\p{L}+$/u.test(w) && !isEnglishWord(w.toLowerCase()) && !isOrdinaryWord(w.toLowerCase()) && !isKnownWord(w) && !isPublicTerm(w);
export const firstName = (w: string) => isKnownFirstName(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()) && !isOrdinaryWord(w.toLowerCase()) && !isPublicTerm(w);
/** Two words of a name: both unknown, or a first name and an unknown word. */
const nameWords = (a: string, b: string, min = 4) => (unknownWord(a, min) || firstName(a)) && unknownWord(b, min);
const lowerNameSegment = /(?<=\/)([a-z]{4,})[-._]([a-z]{4,})(?=\/|$|[?#])/gu;
const dottedNamespace = /^\/([a-z]{4,})\.([a-z]{4,})(?=\/|$|[?#])/u;
const titleCaseName = /(?<=[\/=])(\p{Lu}\p{Ll}{2,})[-+](\p{Lu}\p{Ll}{2,})(?=[-+\/?#]|$)/gu;

/** The people named in the paths of a line's links. */
/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedLinkPathPatterns: readonly CuedPattern[] = [{ name: 'a link', cue: /:\/\//, pattern: url }];

export function findLinkPathPeople(line: string): PatternMatch[] {
  if (!cuedLinkPathPatterns[0].cue.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const link of allMatches(url, line)) {
    const slash = link[0].indexOf('/', link[0].indexOf('://') + 3);
    if (slash === -1) continue;
    const path = link[0].slice(slash);
    const at = link.index! + slash;
    // A repository's own path on a code host is judged as repositories are (its owner, person-patterns.ts).
    if (/^(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)$/i.test(link[0].slice(link[0].indexOf('://') + 3, slash))) {
      // But for a namespace of two name words joined by a dot (`gitlab.com/iskarn.velloway/…`,
      // probe round 63): GitLab's and Bitbucket's users are so named; an organisation's group is
      // no first and last name, and GitHub allows no dot in an account.
      const dotted = dottedNamespace.exec(path);
      if (dotted && nameWords(dotted[1], dotted[2])) found.push({ text: dotted[0].slice(1), index: at + 1, severity: 'error', guess: true, why: "a person's name as a code host's namespace" });
      continue;
    }
    for (const m of allMatches(lowerNameSegment, path)) {
      if (nameWords(m[1], m[2])) found.push({ text: m[0], index: at + m.index!, severity: 'error', guess: true, why: "a person's name in a link's path" });
    }
    // Capitals say a name, so a surname of three letters is one too ("Jorunn-Vik").
    for (const m of allMatches(titleCaseName, path)) {
      if (nameWords(m[1], m[2], 3)) found.push({ text: m[0], index: at + m.index!, severity: 'error', guess: true, why: "a person's name in the title of a linked page" });
    }
  }
  return found;
}
