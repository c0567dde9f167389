/**
 * A method named after the person who found it (round 44 of false positives, docs/redaction.md):
 * a language ecosystem's advisory says "Integer division was replaced with a constant-time Barrett
 * reduction", and "Barrett" was a first name. A capitalised name (or two joined by a hyphen,
 * "Fisher-Yates") right before a noun of mathematics or computing that names methods and results
 * after their authors ("Montgomery multiplication", "Kalman filter", "Levenshtein distance",
 * "Bloom filter") is the method's name: nobody writes a colleague so. The noun must follow in
 * lower case and end the phrase or take a plural; a name acting ("Barrett reduced the load") or
 * owning ("Barrett's reduction") is read as before.
 */
const methodNouns = [
  'reduction', 'reductions', 'multiplication', 'algorithm', 'algorithms', 'transform', 'transforms', 'transformation', 'filter', 'filters',
  'distribution', 'distributions', 'curve', 'curves', 'inequality', 'theorem', 'lemma', 'conjecture', 'bound', 'bounds', 'distance',
  'encoding', 'decomposition', 'factorization', 'factorisation', 'interpolation', 'ladder', 'shuffle', 'cipher', 'sieve', 'heap',
  'hashing', 'coefficient', 'coefficients', 'polynomial', 'polynomials', 'matrix', 'matrices', 'criterion', 'estimator', 'integral', 'series', 'sequence', 'numbers', 'attack', 'attacks', 'signature', 'signatures',
  'paradox', 'principle', 'space', 'spaces', 'graph', 'graphs', 'tree', 'trees', 'clock', 'clocks', 'timestamps',
  // A hash tree's root and proofs ("recomputes the Merkle root"; adoption round 48, a listed "… Merkle").
  'root', 'roots', 'proof', 'proofs',
];
const method = new RegExp(String.raw`^[\s\u00a0]+(?:${methodNouns.join('|')})(?![\p{L}\p{N}'’-])`, 'u');

/** Whether `text` at `index` of `line` names a method after its author ("Barrett reduction"). */
export function isEponymOfMethod(line: string, index: number, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(text)) return false;
  return method.test(line.slice(index + text.length));
}
