import { escapeRegExp } from './regexp.ts';

/**
 * The outage words a report says only to deny them (round 60, docs/findability.md): a maintenance
 * notice's "ohne geplante Downtime", "without downtime", "no outage expected", "zero downtime". The
 * alias group of "outage" (src/lib/search-aliases.ts) read "Downtime" in a German certificate
 * rollover notice and gave it "down" and "outage", so "… media library down" found that notice
 * above the same service's outage notice (round 59's leftover). A denied word is blanked before
 * the groups are read; the same word said plainly elsewhere in the text still counts.
 *
 * The negation is the word just before the outage word, or one word before it ("ohne geplante
 * Downtime", "without any downtime", "no planned outage"), since round 61 two words before it
 * after a negation of a noun ("without any user-visible downtime"), in English, German, French,
 * Italian and Spanish; since round 62 "not", a verb and "any" ("will not cause any downtime").
 * "No longer reachable" is untouched: "reachable" is no word of the group.
 * Plain logic, no file access.
 */

/** The words of the outage group (src/lib/search-aliases.ts) a notice denies. */
export const outageGroupWords: readonly string[] = ['downtime', 'down', 'outage', 'outages', 'offline', 'unavailable', 'unreachable'];

/**
 * Negations written before a noun phrase ("no", "without", "ohne", …); lower case. Since round 61
 * two words may stand between one of these and the outage word ("without any user-visible
 * downtime", "no unplanned customer outage", "ohne nennenswerte geplante Downtime"): what is
 * between them describes the denied noun.
 */
const nounNegations = ['no', 'without', 'zero', 'ohne', 'kein', 'keine', 'keinen', 'sans', 'aucun', 'aucune', 'senza', 'nessun', 'nessuna', 'sin', 'ningún', 'ninguna'];

/**
 * "Not" denies a verb as often as a noun: "not cause any downtime" but also "did not notice the
 * outage", "could not recover from the outage". It keeps round 60's limit, one word between ("not
 * expected downtime", "not down"), and since round 62 a verb and "any" ("will not cause any
 * downtime", "did not see any outage", "not be any downtime"): "any" makes the noun the denied
 * one, where "the" or "from" leave it said ("did not notice the outage").
 */
const verbNegations = ['not'];

/** The word that, after "not" and a verb, makes the outage word the one denied (round 62). */
const deniedNounDeterminer = 'any';

/** A word of the list as a pattern; a phrase's space matches any run of spaces. */
const escaped = (word: string) => escapeRegExp(word).replace(/ /g, '\\s+');

/**
 * For lower-case outage words, a function giving a lower-case text with each of them that follows
 * a negation replaced by spaces of its length: "ohne geplante downtime" → "ohne geplante         ".
 * A word may end in two letters more, an inflection ("keinen Ausfällen", "no outages"). The
 * negation starts a word and is one of a few fixed words, and each of the (at most two) words
 * between is at most 30 letters and stops at the next space: each place is tried in a bounded number of steps, whatever the text (a long run of
 * letters included). A text holding none of the words is returned after a few `includes` tests.
 * Compiled once per list.
 */
export function negatedWordsBlanker(words: readonly string[]): (lower: string) => string {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])((?:${nounNegations.join('|')})\\s+(?:[\\p{L}-]{1,30}\\s+){0,2}|(?:${verbNegations.join('|')})\\s+(?:[\\p{L}-]{1,30}\\s+)?(?:${deniedNounDeterminer}\\s+)?)(${[...words].sort((a, b) => b.length - a.length).map(escaped).join('|')})(?=\\p{L}{0,2}(?![\\p{L}\\p{N}]))`,
    'gu',
  );
  return (lower) => {
    if (!words.some((word) => lower.includes(word))) return lower;
    return lower.replace(pattern, (_match, before: string, word: string) => before + ' '.repeat(word.length));
  };
}

/** {@link negatedWordsBlanker} of the outage group's words: what `findAliases` reads. */
export const negatedOutageWordsBlanked = negatedWordsBlanker(outageGroupWords);
