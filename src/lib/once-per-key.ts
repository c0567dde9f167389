/**
 * `compute` made to run once for each key: later calls with the same key (compared as a Map
 * compares keys) return the first result. For what is read of one report however many links or
 * reasons ask for it.
 */
export function oncePerKey<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key: K): V => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
