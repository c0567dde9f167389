import { escapeRegExp } from '../regexp.ts';

/**
 * A title made of a file name is written in its case (`mtu.markdown`: "mtu"; `177-acme-cloud.md`:
 * "acme cloud"), which is how file names are written, not how the report writes its words
 * (five-authors' "mtu", and danluu's one-line summaries titled "stack exchange" or "strava" where
 * their link says "Stack Exchange", "Strava": import round 23). `prose` is the report's words
 * without its code. The title is spelled as the report writes it:
 * - the whole title, when the report writes it as a phrase, never all in lower case, once is
 *   enough (a title opens with a capital anyway);
 * - else each word in lower case that the report writes only otherwise, at least twice the same way.
 * A word the report writes in lower case anywhere ("outage", or "mtu" in a sentence) stays.
 */
export function spelledAsTheReport(title: string, prose: string): string {
  const spellings = (words: string) => {
    const found = new Map<string, number>();
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.split(/\s+/).map(escapeRegExp).join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'giu');
    for (const [written] of prose.matchAll(pattern)) found.set(written, (found.get(written) ?? 0) + 1);
    return found;
  };
  const mostWritten = (found: Map<string, number>) => [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (/^[a-z0-9 ]+$/.test(title) && /[a-z]/.test(title)) {
    const whole = spellings(title);
    const lower = [...whole.keys()].some((written) => written === written.toLowerCase());
    if (whole.size && !lower) return mostWritten(whole)[0].replace(/\s+/g, ' ');
  }
  return title.replace(/\b[a-z][a-z0-9]*\b/g, (word) => {
    const found = spellings(word);
    if (found.has(word)) return word;
    const [best, count] = mostWritten(found) ?? [word, 0];
    return count >= 2 ? best : word;
  });
}
