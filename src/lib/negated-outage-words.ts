/**
 * The outage words a report says only to deny them (round 60, docs/findability.md): a maintenance
 * notice's "ohne geplante Downtime", "without downtime", "no outage expected", "zero downtime". The
 * alias group of "outage" (src/lib/search-aliases.ts) read "Downtime" in a German certificate
 * rollover notice and gave it "down" and "outage", so "… media library down" found that notice
 * above the same service's outage notice (round 59's leftover). A denied word is blanked before
 * the groups are read; the same word said plainly elsewhere in the text still counts.
 *
 * The negation is the word just before the outage word, or one word before it ("ohne geplante
 * Downtime", "without any downtime", "no planned outage"), in English, German, French, Italian and
 * Spanish. "No longer reachable" is untouched: "reachable" is no word of the group.
 * Plain logic, no file access.
 */

/** The words of the outage group (src/lib/search-aliases.ts) a notice denies. */
const outageWords = ['downtime', 'down', 'outage', 'outages', 'offline', 'unavailable', 'unreachable'];

/** Negations written before a noun or adjective; lower case. */
const negations = ['no', 'not', 'without', 'zero', 'ohne', 'kein', 'keine', 'keinen', 'sans', 'aucun', 'aucune', 'senza', 'nessun', 'nessuna', 'sin', 'ningún', 'ninguna'];

/**
 * A negation starting a word, at most one word, then an outage word ending a word. The negation
 * is anchored to a word start and is one of a few fixed words, and the word between stops at the
 * next space: each place is tried in a bounded number of steps, whatever the text (a long run of
 * letters included).
 */
const negatedOutageWord = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:${negations.join('|')})\\s+(?:[\\p{L}-]{1,30}\\s+)?)(${outageWords.join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * `lower` (lower-case text) with each outage word that follows a negation replaced by spaces of
 * its length: "ohne geplante downtime" → "ohne geplante         ". A text holding no outage word
 * is returned after a few `includes` tests.
 */
export function negatedOutageWordsBlanked(lower: string): string {
  if (!outageWords.some((word) => lower.includes(word))) return lower;
  return lower.replace(negatedOutageWord, (_match, before: string, word: string) => before + ' '.repeat(word.length));
}
