/**
 * The internal build's line about its search index, and how `npm run bench` reads it back.
 *
 * The line says how long pagefind took and, since session 25 (docs/performance.md), how long the
 * build waited for it once Astro's own build was done: at 1,000 postmortems pagefind runs beside
 * Astro and may end last, and a bench that shows only pagefind's own time cannot tell whether it
 * held the build up.
 */
export interface SearchIndexLog {
  pages: number;
  /** pagefind's time, from its first document to its index written. */
  seconds: number;
  timing: 'beside' | 'after';
  /** Seconds from the build's start to the index moved into the site. */
  doneAfter: number;
  /** Seconds from the build's start to Astro's build done (every page written). */
  astroDoneAfter: number;
  /** The last build's index copied back instead of a pagefind run (src/lib/search-index-reuse.ts). */
  reused?: boolean;
}

const tenths = (seconds: number) => seconds.toFixed(1);

/** The line the internal build logs when pagefind ran inside it (beside Astro, or after its pages). */
export function formatSearchIndexLog(log: SearchIndexLog): string {
  const waited = Math.max(0, log.doneAfter - log.astroDoneAfter);
  if (log.reused) return `Search index: the last build's index of ${log.pages} postmortems reused (the same search documents) in ${tenths(log.seconds)} s, ${log.timing} the Astro build (done after ${tenths(log.doneAfter)} s; Astro's build was done after ${tenths(log.astroDoneAfter)} s, so the build waited ${tenths(waited)} s for the index).`;
  return `Search index: pagefind indexed ${log.pages} postmortems from their sources in ${tenths(log.seconds)} s, ${log.timing} the Astro build (done after ${tenths(log.doneAfter)} s; Astro's build was done after ${tenths(log.astroDoneAfter)} s, so the build waited ${tenths(waited)} s for the index).`;
}

/** What a build's output says of its search index: pagefind's time, when, and the wait (when said). */
export interface SearchIndexReading {
  seconds: number;
  timing: 'beside' | 'after' | 'unknown';
  /** Seconds the build waited for the index after Astro's build was done; NaN when not said. */
  waitedSeconds: number;
}

/**
 * Reads a build's output for its search index line: this module's, or scripts/build.ts's line for
 * an index written after Astro's process ended ("… after the Astro build's process ended …").
 */
export function readSearchIndexLog(output: string): SearchIndexReading {
  const line = /Search index: .* in ([\d.]+) s, (beside|after) the Astro build[^\n]*/.exec(output);
  if (!line) return { seconds: Number.NaN, timing: 'unknown', waitedSeconds: Number.NaN };
  const waited = /the build waited ([\d.]+) s for the index/.exec(line[0]);
  return { seconds: Number(line[1]), timing: line[2] as 'beside' | 'after', waitedSeconds: waited ? Number(waited[1]) : Number.NaN };
}

/**
 * Whether a build's output says it copied the last build's index back ({@link formatSearchIndexLog}'s
 * line for a reused index) instead of running pagefind: what `npm run bench`'s rebuild with nothing
 * changed reports beside its time (session 62), since a rebuild that ran pagefind again is another
 * measurement.
 */
export function searchIndexReusedIn(output: string): boolean {
  return /Search index: the last build's index of \d+ postmortems reused /.test(output);
}
