/**
 * Names of things named after a person: an eponym is the thing's name, public as the thing is,
 * and replacing it by a role says nothing true ("an engineer Technology Park", "a constant-time an
 * engineer reduction"). One question, "is this name the person's, or a thing's named after
 * them?", answered by the noun after it: a place, a building, a prize or a law, capitalised as its
 * name is written (`isNameOfPlaceOrPrize`), or a method or result of mathematics and computing, in
 * lower case (`isEponymOfMethod`). Joined from eponymous-places.ts and eponymous-terms.ts in
 * adoption round 49 (the lead's review of session 48); the two readings differ only in their
 * nouns and in what may stand between the name and its noun.
 */

/**
 * A place, a building, a prize or a law named after a person (adoption round 47, docs/adopting.md):
 * a status notice's "the servers at <Given name> Technology Park" was published as "the servers at
 * an engineer Technology Park", a given name of the team's list read as the person. The words after
 * the name say what it names: "Technology Park", "Building", "Prize", "Act". Such a name is the
 * place's or the prize's, public as the place is: replacing it by a role says nothing true.
 *
 * Only nouns no one carries as a surname, or a place's two words ("Technology Park", "Town Hall"),
 * close the name: "Park", "Hall", "House", "Law", "Lane", "Street", "Bridge" and "Tower" alone are
 * surnames ("Edna Park restarted the pool"), so "<name> Park" is still the person's. The noun must be capitalised, as a
 * place's name is written, and a person's possessive or action between ("Edna's building") is no
 * place.
 */
const placeNouns = [
  // Two words of a place that no person's name ends with.
  'Technology Park', 'Science Park', 'Business Park', 'Research Park', 'Industrial Park', 'Retail Park', 'Office Park', 'Innovation Park',
  'Memorial Park', 'Memorial Hall', 'Town Hall', 'City Hall', 'Concert Hall', 'Data Centre', 'Data Center', 'Medical Centre', 'Medical Center',
  // One word no one is named by.
  'Building', 'Buildings', 'Campus', 'Centre', 'Center', 'Plaza', 'Stadium', 'Arena', 'Airport', 'Station', 'Terminal',
  'Library', 'Museum', 'Gallery', 'Theatre', 'Theater', 'Hospital', 'Clinic', 'School', 'Academy', 'University', 'College', 'Institute', 'Laboratory', 'Observatory',
  'Avenue', 'Boulevard', 'Quay', 'Wharf', 'Tunnel',
  'Prize', 'Prizes', 'Award', 'Awards', 'Medal', 'Fellowship', 'Fellowships', 'Scholarship', 'Scholarships', 'Lecture', 'Lectures', 'Memorial', 'Foundation',
  'Act', 'Amendment', 'Doctrine',
];
/** One of the nouns right after the name (and the rest of its full name), capitalised, ending a word. */
const closingNoun = new RegExp(String.raw`^[\s\u00a0]+(?:${placeNouns.map((noun) => noun.replace(/ /g, String.raw`[\s\u00a0]+`)).join('|')})(?![\p{L}\p{N}'’-])`, 'u');

/**
 * Whether `text` (a name, one word or several) at `index` of `line` is the name of a place, a
 * building, a prize or a law ("<name> Technology Park", "the <name> Prize", "the <name> Act").
 */
export function isNameOfPlaceOrPrize(line: string, index: number, text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  let after = line.slice(index + text.length);
  // A guess of a run of capitalised words may hold the noun itself ("Edna Holloway Campus").
  const words = text.split(/[\s\u00a0]+/);
  for (let k = 1; k < Math.min(words.length, 3); k++) if (closingNoun.test(` ${words.slice(k).join(' ')}${after}`)) return true;
  // The rest of a full name may stand between a part found alone and the noun ("Edna Marlow
  // Building"): one more capitalised word, not a heading's run of title words ("Edna Rebuilds The Station").
  for (let words = 0; words <= (/\s/u.test(text) ? 0 : 1); words++) {
    if (closingNoun.test(after)) return true;
    const nameWord = /^[\s\u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?=[\s\u00a0])/u.exec(after);
    if (!nameWord) return false;
    after = after.slice(nameWord[0].length);
  }
  return false;
}

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
