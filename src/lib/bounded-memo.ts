/**
 * `compute` remembered by its argument, for the values a build asks for over and over with the
 * same text (a word's stem, an instant's parse, a title's no-wrap runs). Emptied when it holds
 * `limit` values, so a long `astro dev` session does not keep every text it ever saw. `compute`
 * must not return undefined (it would be computed again every time).
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const values = new Map<string, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      if (values.size >= limit) values.clear();
      value = compute(key);
      values.set(key, value);
    }
    return value;
  };
}
