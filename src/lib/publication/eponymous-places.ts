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
