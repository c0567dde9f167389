// The pure parts of a findability pool (scripts/build-search-pool.ts, scripts/compare-search-runs.ts):
// which half a query belongs to, the facts an imported report lacks to be published "as recorded",
// and how a query's rank moved between two runs. Kept apart so that tests need no import or index.

/** A query of a pool, as eval-search.ts reads it, with the half it was put in. */
export interface PoolQuery { query: string; kind: string; expect: string[]; half?: 'development' | 'held-out' }

/**
 * The half of a pool a query belongs to, from its text alone (FNV-1a, even: development), so that
 * the split is made before anything is measured and is the same on every machine: a query added
 * later does not move the others from one half to the other. `half` written in the file wins.
 */
export function poolHalf(query: PoolQuery): 'development' | 'held-out' {
  if (query.half) return query.half;
  let hash = 0x811c9dc5;
  for (const char of query.query.normalize('NFC')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? 'development' : 'held-out';
}

/**
 * The facts a historical draft needs before `npm run fill -- --publish` publishes it, that
 * the report did not state and the pool's measurement does not care about: a start at 09:00 UTC
 * where none is written, on the day the draft's file name begins with (the import names a draft by
 * the day its report states) or else the pool's day, a resolution an hour after the start where none is
 * written (or one written before the start), and the summary as the impact. Only what is missing
 * is set; the text is never touched, so only the reports' own words are searched.
 * Returns the changed fields (empty: nothing to do).
 */
export function missingPublishFacts(data: Record<string, unknown>, day: string, fileName = ''): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const times = { ...(data.times as Record<string, unknown> | undefined) };
  if (typeof times.started !== 'string' || !times.started) times.started = `${/^\d{4}-\d{2}-\d{2}/.exec(fileName)?.[0] ?? day}T09:00:00Z`;
  const started = Date.parse(String(times.started));
  const resolved = typeof times.resolved === 'string' ? Date.parse(times.resolved) : NaN;
  if (!data.nearMiss && (Number.isNaN(resolved) || (!Number.isNaN(started) && resolved < started))) {
    times.resolved = new Date((Number.isNaN(started) ? Date.parse(`${day}T09:00:00Z`) : started) + 3_600_000).toISOString().replace('.000Z', 'Z');
  }
  if (JSON.stringify(times) !== JSON.stringify(data.times ?? {})) changes.times = times;
  const impact = { ...(data.impact as Record<string, unknown> | undefined) };
  if (typeof impact.description !== 'string' || !impact.description.trim()) {
    const summary = typeof data.summary === 'string' && data.summary.trim() ? data.summary.trim() : String(data.title ?? '');
    impact.description = summary;
    changes.impact = impact;
  }
  return changes;
}

/** One row of `eval-search.ts --json`: the query, the ids expected, the first five listed. */
export interface RunRow { query: string; expect: string[]; first: string[] }

/** The 1-based place of the first expected id among the first five, or 0 (not listed there). */
export function expectedRank(row: RunRow): number {
  const index = row.first.findIndex((id) => row.expect.includes(id));
  return index + 1;
}

/** The queries whose rank differs between run `before` and run `after` (matched by query text). */
export function rankMoves(before: RunRow[], after: RunRow[]): { query: string; before: number; after: number }[] {
  const earlier = new Map(before.map((row) => [row.query, expectedRank(row)]));
  return after
    .filter((row) => earlier.has(row.query) && earlier.get(row.query) !== expectedRank(row))
    .map((row) => ({ query: row.query, before: earlier.get(row.query)!, after: expectedRank(row) }));
}
