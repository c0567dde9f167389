/** Function words of four letters or more, which title case leaves small. */
const smallWords = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'than', 'that', 'this', 'when', 'what', 'your', 'about', 'after', 'under', 'without', 'through', 'versus']);

/**
 * A title that opens with an organisation's or a product's name and a colon ("Zillow: Debugging
 * Production with Event Logging", a blog reposting other companies' postmortems; session 30) has
 * the shape of a chat line, its speaker and what was said. What follows the colon tells them
 * apart: a headline is written in title case, every word of four letters or more capitalised; a
 * chat message is a sentence (title case leaves short function words small: "with", "from").
 * Read only for a label that is no known first name, so "Ada: Rolling
 * Back Now" is still found.
 */
export function isHeadlineAfterLabel(line: string, index: number, label: string): boolean {
  const after = line.slice(index + label.length);
  const colon = /^(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(.*)$/.exec(after);
  if (!colon) return false;
  const words = colon[1].replace(/[*_`"“”]/g, '').split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const long = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length >= 4 && !smallWords.has(word.toLowerCase()));
  return words.length >= 3 && long.length >= 2 && long.every((word) => /^[^\p{L}]*\p{Lu}/u.test(word));
}
