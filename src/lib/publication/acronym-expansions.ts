/**
 * A term the post spells out before its acronym in brackets (round 45 of false positives,
 * docs/redaction.md): a hypervisor's bulletin writes "If the processor does not support Extended
 * Page Tables (EPT)", and the language model read "Page Tables" as a full name ("Page" a given
 * name), there and in "the Shadow Page Tables approach" further down. Capitalised words whose
 * initials spell the bracketed capitals right after them are the acronym's expansion, and a name
 * the model reads inside such an expansion is the term's wherever the post writes it.
 *
 * A person's initials are written the same way ("Hallvard Brekke (HB)"), so the guessed name must
 * be a part of the expansion, not all of it, and the expansion's other words dictionary words
 * that are no given names ("Extended"): "Hallvard Brekke (HB)" and "Anna Maria Lopez (AML)" are
 * read as before.
 */
const smallWords = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on', 'a', 'an', '&']);
const expansionBeforeAcronym = /((?:[\p{L}&]+[ \t]+){1,10}?[\p{L}]+)[ \t]*\((\p{Lu}{2,6})s?\)/gu;

/** The expansions `evidence` spells out before an acronym, each as its words. */
function expansions(evidence: string): string[][] {
  const found: string[][] = [];
  if (!evidence.includes('(')) return found;
  for (const m of evidence.matchAll(expansionBeforeAcronym)) {
    const letters = m[2].toLowerCase();
    const words = m[1].split(/[ \t]+/);
    // The last words whose initials spell the acronym, small words between them skipped.
    const taken: string[] = [];
    let at = letters.length - 1;
    for (let i = words.length - 1; i >= 0 && at >= 0; i--) {
      const word = words[i];
      if (smallWords.has(word.toLowerCase()) && taken.length) {
        taken.unshift(word);
        continue;
      }
      if (!/^\p{Lu}/u.test(word) || word[0].toLowerCase() !== letters[at]) break;
      taken.unshift(word);
      at--;
    }
    if (at < 0) found.push(taken);
  }
  return found;
}

/**
 * Whether the guessed name `text` is a proper part of an acronym's expansion `evidence` spells out,
 * the expansion's other capitalised words dictionary words that are no given names.
 */
export function isPartOfAcronymExpansion(text: string, evidence: string, readers: { isWord: (word: string) => boolean; isGivenName: (word: string) => boolean }): boolean {
  const words = text.split(/\s+/);
  if (words.length < 1 || !evidence.includes(text)) return false;
  for (const expansion of expansions(evidence)) {
    const joined = expansion.join(' ');
    const at = ` ${joined} `.indexOf(` ${words.join(' ')} `);
    if (at < 0 || words.length >= expansion.length) continue;
    const before = joined.slice(0, Math.max(0, at - 1)).split(' ').filter(Boolean);
    const after = joined.slice(at + words.join(' ').length).split(' ').filter(Boolean);
    const others = [...before, ...after].filter((word) => !smallWords.has(word.toLowerCase()));
    if (others.length && others.every((word) => readers.isWord(word) && !readers.isGivenName(word))) return true;
  }
  return false;
}

