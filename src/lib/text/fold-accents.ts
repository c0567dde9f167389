/**
 * A word without its accents: decomposed (NFD) and every combining mark taken off ("Oisín" →
 * "Oisin", "Nóva" → "Nova", "réseau" → "reseau"). Case is kept; callers lower-case where they
 * compare. How keyboards without the letters, e-mail addresses, accounts and slugs write a name.
 *
 * Not the similarity model's fold (text-analysis.ts): that one is NFKD (a full-width or ligature
 * letter becomes its plain letters) and takes off only the Latin combining block, so that a
 * folded word compares equal to the model's tokens; reason-words.ts keeps it with the model.
 */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
