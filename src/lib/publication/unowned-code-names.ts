/**
 * A one-word code name before a system's noun with nothing else to say whose it is ("The Zarnith
 * service timed out", "the Quorvane cluster"; since the nineteenth probe round, docs/redaction.md).
 * The eighteenth round read such a name only where the post says the system is its own
 * (own-system-names.ts), because a vendor's product is written the same way ("the Tarsnap
 * service"), and left the rest published: the failure the public site exists to prevent. A
 * public post fails closed, so the name is now found unless the post shows it as someone else's
 * public name:
 *
 * - in a link or a host (`tarsnap.com`, `https://engineering.strava.com/…`, `github.com/x/sarama`),
 *   where a public product or company lives;
 * - in lower case as a word of its own (a command, a package, a tag: `tarsnap --list`, `- wazuh`),
 *   as people write a public tool they run; an internal one written so in code is found by the
 *   identifier rules anyway;
 * - beside a word that says it is someone else's: "third-party", "open-source", "vendor",
 *   "provider", "upstream", "library", "SDK", "Inc.", "Ltd".
 *
 * The word is one no dictionary, lexicon, public term or `publicNames` entry knows, of five letters
 * or more, not run together from known words (`StatefulSet`, `InsertAll`), no prefix or letter on an
 * English word (`Descheduler`, `Xserve`) and no given name. A
 * public product the post names without such a sign is an error to allow, or an entry for
 * `publicNames`. Since round 21 of false positives a brand of a general list, a domain in any case
 * and a word of buying someone's product beside it are signs too; every sign is read in one place,
 * public-product-signs.ts `shownAsPublicProduct`.
 */
import { allMatches } from '../regexp.ts';
import { isUnknownSystemWord } from './named-systems.ts';
import { isEnglishWord, isKnownFirstName } from './people.ts';
import { madeOfWords, prefixedEnglishWord } from './person-patterns.ts';
import { coreSystemNouns, systemNounSource } from './system-nouns.ts';
import { shownAsPublicProduct } from './public-product-signs.ts';
import type { CuedPattern } from './cued-pattern.ts';

const systemNoun = systemNounSource(coreSystemNouns);
/**
 * A determiner (or a heading's start, since probe round 36: "## Zarnith service outage"), the name,
 * at most one word in lower case (since probe round 37 also a capitalised one, as a title is
 * written: "the Zarnith Payments namespace"), the noun.
 */
const namedSystem = new RegExp(String.raw`(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ee]very|[Ee]ach)|^#{1,6})\s+(\p{Lu}\p{Ll}{4,})\s+(?:\p{Ll}+\s+|\p{Lu}[\p{L}-]+\s+)?${systemNoun}(?![\p{L}\p{N}_-])`, 'gu');

export interface UnownedCodeName {
  line: number;
  text: string;
  index: number;
}

/**
 * Whether `word` may be an organisation's code name the post (`evidence`) does not show as a
 * public product's: a word no dictionary, lexicon, public term, `publicNames` entry or given-name
 * list knows, not run together or built on an English word, not shown as public. Shared with the
 * code names read by what they do (acting-code-names.ts).
 */
export function isUnshownCodeName(word: string, evidence: string, isPublicName: (text: string) => boolean): boolean {
  // A word with a capital inside is run together (`StatefulSet`, `InsertAll`): a public kind's or an API's.
  // A prefix on a word (`Descheduler`) or a letter before one (`Xserve`, `Xcode`) is a public tool's way of naming.
  const lower = word.toLowerCase();
  const builtOnWord = prefixedEnglishWord(word) || isEnglishWord(lower.slice(1));
  return !/\p{Ll}\p{Lu}/u.test(word) && isUnknownSystemWord(word, isPublicName) && !isKnownFirstName(word) && !madeOfWords(lower) && !builtOnWord && !shownAsPublicProduct(word, evidence);
}

/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedUnownedCodeName: CuedPattern = { name: "a code name before a system's noun", cue: /\p{Lu}\p{Ll}{4}/u, pattern: namedSystem };

/** Code names before a system's noun in `lines` that the post (`evidence`) does not show as public. */
export function findUnownedCodeNames(lines: readonly string[], evidence: string, isPublicName: (text: string) => boolean): UnownedCodeName[] {
  const found: UnownedCodeName[] = [];
  const judged = new Map<string, boolean>();
  lines.forEach((line, i) => {
    if (!cuedUnownedCodeName.cue.test(line)) return;
    for (const m of allMatches(namedSystem, line)) {
      const word = m[1];
      let unowned = judged.get(word);
      if (unowned === undefined) {
        unowned = isUnshownCodeName(word, evidence, isPublicName);
        judged.set(word, unowned);
      }
      if (unowned) found.push({ line: i, text: word, index: m.index! + m[0].indexOf(word, m[0].indexOf(' ')) });
    }
  });
  return found;
}
