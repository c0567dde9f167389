/**
 * A title made of a file name is written in its case (`mtu.markdown`: "mtu"; `api-outage.md`: "api
 * outage"), which is how file names are written, not how the report writes its words. Each word of
 * it in lower case that the report writes only otherwise, and at least twice the same way ("MTU"
 * six times, "mtu" never), is spelled as the report spells it (five-authors, import round 23). A
 * word the report writes in lower case anywhere ("outage", or "mtu" once) stays as it is.
 */
export function spelledAsTheReport(title: string, text: string): string {
  return title.replace(/\b[a-z][a-z0-9]*\b/g, (word) => {
    const spellings = new Map<string, number>();
    for (const [written] of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu'))) spellings.set(written, (spellings.get(written) ?? 0) + 1);
    if (spellings.has(word)) return word;
    const [best, count] = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [word, 0];
    return count >= 2 ? best : word;
  });
}
