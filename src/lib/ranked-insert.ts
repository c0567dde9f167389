/**
 * Inserts `id` with `value` into the leading `limit` of two parallel arrays kept in order (value
 * descending, then id ascending), the way the similarity passes keep their best few without a
 * full sort. `size` is how many the arrays hold now; returns how many they hold after (the same
 * when the pair does not reach the leading `limit`).
 */
export function insertRanked(values: Float64Array, ids: Int32Array, size: number, limit: number, value: number, id: number): number {
  if (size === limit && !(value > values[size - 1] || (value === values[size - 1] && id < ids[size - 1]))) return size;
  const grown = size < limit ? size + 1 : size;
  let at = grown - 1;
  while (at > 0 && (values[at - 1] < value || (values[at - 1] === value && ids[at - 1] > id))) {
    values[at] = values[at - 1];
    ids[at] = ids[at - 1];
    at--;
  }
  values[at] = value;
  ids[at] = id;
  return grown;
}
