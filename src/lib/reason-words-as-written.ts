import { foldedAsIndexed } from './reason-words.ts';

/**
 * A similar incident's reason with its words as the report writes them. The similarity model
 * folds accents to match "gestört" with "gestoert" and "Störung" with "Stoerung", and names each
 * shared word in its folded form: "similar wording: gestort, ausfall" read as misspellings beside
 * German titles (session 30, ui32). Each folded word of "similar wording: …" that `text` (the
 * page's own title, summary and body) writes with an accent is given that spelling, lower case.
 */
export function reasonWordsAsWritten(reason: string, text: string): string {
  if (!reason.includes('similar wording: ') || !/[^\x00-\x7f]/.test(text)) return reason;
  const written = new Map<string, string>();
  for (const [word] of text.matchAll(/\p{L}[\p{L}\p{M}\p{N}]*/gu)) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    const folded = foldedAsIndexed(word);
    if (!written.has(folded)) written.set(folded, word.toLowerCase());
  }
  return reason.replace(/(similar wording: )([^;]*)/, (_all, label: string, words: string) =>
    label + words.split(', ').map((word) => written.get(word) ?? word).join(', '));
}
