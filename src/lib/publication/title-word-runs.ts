/**
 * A word in a run of title words (round 23 of false positives, docs/redaction.md): a heading, a
 * title or a bold label in title case names a subject with capitalised dictionary words, and a
 * listed surname that is such a word ("Validation", "Chill Validation" among a team's git
 * authors) or a given name that is one ("Skip", read with the words around it as a full name by
 * the language model) is one of them: "# Chain Halt due to Transaction Receipts Validation Skip
 * Post-Mortem", "### Client Releases & Validation", "**Monitoring Validation**:". The sign is a
 * capitalised dictionary word right beside it (an "&" or "and" may stand between) that is no name,
 * in a heading, a `title:` line, a line in title case (a title field's text) or a bold span. A word that hands over to a person ("By", "To",
 * "From", "With", "Thanks", "Via", "Per", "Cc") is no such sign: "### Thanks To Read" names one.
 */
const handingOver = new Set(['by', 'to', 'from', 'with', 'thanks', 'thank', 'via', 'per', 'cc', 'for', 'ask', 'contact', 'ping', 'dear', 'hi', 'hello']);

/**
 * Whether `text` at `index` stands in the words of a Markdown link to a video site (YouTube,
 * Vimeo): the video's title, read as a heading's run (round 59 of false positives: "[… - Death
 * from Space - …](https://www.youtube.com/watch?v=…)", with "Dark Space" listed). There "from",
 * "to" and "for" join title words as often as they hand a title over ("Journey to the Core"),
 * so the word before them is the sign; "by", "with", "thanks" and the others still hand over
 * ("[A Talk by Dark Space](…)"), and a full name is found as ever.
 */
function inVideoLinkText(line: string, index: number, text: string): boolean {
  for (const link of line.matchAll(/\[([^\][]+)\]\(https?:\/\/(?:www\.|m\.)?(?:youtube\.com|youtu\.be|vimeo\.com)\/[^)\s]*\)/g)) {
    const start = link.index! + 1;
    if (index >= start && index + text.length <= start + link[1].length) return true;
  }
  return false;
}

export interface TitleWordReaders {
  /** A word of the dictionary ("validation", "receipts"). */
  isWord: (word: string) => boolean;
  /** A word that names someone (a listed part that is no word, a given name that is no word). */
  isNameWord: (word: string) => boolean;
}

/** Whether `text` at `index` of `line` stands in a heading's, title's or bold label's run of capitalised dictionary words. */
export function inRunOfTitleWords(line: string, index: number, text: string, readers: TitleWordReaders): boolean {
  if (!text.split(/[\s\u00a0]+/).every((word) => readers.isWord(word.replace(/[-’'].*$/, '')))) return false;
  const before = line.slice(0, index);
  const video = inVideoLinkText(line, index, text);
  const heading = /^\s{0,3}#{1,6}\s/.test(line) || /^\s*title:\s/.test(line) || inTitleCase(line) || video;
  const bold = (before.match(/\*\*/g)?.length ?? 0) % 2 === 1 && line.indexOf('**', index + text.length) !== -1;
  if (!heading && !bold) return false;
  const titleWord = (word: string | undefined) => !!word && /^\p{Lu}\p{Ll}+$/u.test(word) && readers.isWord(word) && !readers.isNameWord(word);
  // In a video's title a joining word stands between title words: the word before it is the sign.
  const joined = video ? /(\p{L}+)[\s\u00a0]+(?:from|to|for)[\s\u00a0]+$/iu.exec(before)?.[1] : undefined;
  const previous = joined ?? /(\p{L}+)[\s\u00a0]+(?:(?:&|and)[\s\u00a0]+)?$/u.exec(before)?.[1];
  const next = /^[\s\u00a0]+(?:(?:&|and)[\s\u00a0]+)?(\p{L}+)/u.exec(line.slice(index + text.length))?.[1];
  if (previous && handingOver.has(previous.toLowerCase())) return false;
  return titleWord(previous) || titleWord(next);
}

/**
 * A line written in title case as a whole: four words or more, every word of four letters or more
 * capitalised, no sentence's end inside. A post's title is scanned as its field's text alone,
 * with no `#` or `title:` to say so.
 */
function inTitleCase(line: string): boolean {
  const words = line.trim().split(/[\s\u00a0]+/);
  if (words.length < 4 || /[.!?]\s+\p{Lu}/u.test(line)) return false;
  const long = words.filter((word) => /^\p{L}[\p{L}-]{3,}$/u.test(word));
  return long.length >= 4 && long.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * A title of a protocol's or a system's event led by its acronym, alone on its line ("LDAP Query
 * Spike" under a report's "## Title", an analyst's practice case; round 44 of false positives):
 * the language model read "Query Spike" as a full name. Two capitalised dictionary words or more
 * after an acronym of capitals and nothing after them are a title's words, unless the first is a
 * given name (`isGivenName`): "SRE Grant Baker" alone on a line still names someone.
 */
export function isTitleAfterAcronym(line: string, index: number, text: string, isWord: (word: string) => boolean, isGivenName: (word: string) => boolean): boolean {
  if (!/^\s*(?:#{1,6}\s+|title:\s+)?\p{Lu}{2,6}[\s\u00a0]+$/u.test(line.slice(0, index)) || !/^\s*$/.test(line.slice(index + text.length))) return false;
  const words = text.split(/[\s\u00a0]+/);
  return words.length >= 2 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word) && isWord(word.toLowerCase())) && !isGivenName(words[0]);
}
