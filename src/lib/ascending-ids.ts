/**
 * Distinct non-negative integer ids (a report's word ids, gathered in the order its text first
 * used them) as an Int32Array in increasing order: what `Int32Array.from(ids).sort()` gives, by a
 * copy loop and a radix sort of one byte a pass.
 *
 * Why not that one line: the similar incidents build one such array for every report on each of
 * their two threads (the literal words of src/lib/similarity.ts, the plain words of
 * src/lib/similarity-link-by.ts), ~700 ids a report on the bench's documents. `Int32Array.from`
 * over a plain array takes the generic iterator path, and the typed array's own sort compares;
 * measured on 10,000 lists of 700 ids below 60,000, the copy and radix sort took 70 ms of CPU
 * where `Int32Array.from(...).sort()` took 440-550 ms (docs/performance.md, session 57).
 *
 * Sorting distinct integers in increasing order has one answer, so the result is the same array
 * to the element whichever sort made it.
 */

/** Below this many ids the typed array's own sort is used (a radix pass has fixed costs of 256 counters). */
const radixFrom = 64;

const counts = new Int32Array(257);
let spare = new Int32Array(1024);

export function ascendingIds(ids: readonly number[]): Int32Array {
  const sorted = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) sorted[k] = ids[k];
  return sortAscending(sorted);
}

/** Sorts distinct non-negative integer ids in place, in increasing order, and returns them (see {@link ascendingIds}). */
export function sortAscending(ids: Int32Array): Int32Array {
  const n = ids.length;
  if (n < radixFrom) return ids.sort();
  let max = 0;
  for (let k = 0; k < n; k++) if (ids[k] > max) max = ids[k];
  if (spare.length < n) spare = new Int32Array(n * 2);
  // Least significant byte first; each pass is stable, so after the pass over the highest byte
  // present the ids are in increasing order.
  let from: Int32Array = ids;
  let to: Int32Array = spare.subarray(0, n);
  for (let shift = 0; shift < 32 && max >>> shift > 0; shift += 8) {
    counts.fill(0);
    for (let k = 0; k < n; k++) counts[((from[k] >>> shift) & 255) + 1]++;
    for (let digit = 0; digit < 256; digit++) counts[digit + 1] += counts[digit];
    for (let k = 0; k < n; k++) to[counts[(from[k] >>> shift) & 255]++] = from[k];
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== ids) ids.set(from);
  return ids;
}
