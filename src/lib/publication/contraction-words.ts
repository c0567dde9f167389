/**
 * English contractions that open a product's or a slogan's name ("Let’s Encrypt", "We’re
 * Hiring", "Don’t Panic"; round 32 of false positives, docs/redaction.md). After "thanks to" or
 * in a signature's organisation the phrasings took the pair for a full name, and the one finding
 * was then looked for in every post of the site (294 findings over Let’s Encrypt's blog). A
 * contraction is a pronoun, an auxiliary or "let" with its clitic, never a given name; a
 * possessive ("Dana’s team") is not one, and an apostrophe inside a name ("O’Brien", "D’Arcy")
 * follows a capital or a one-letter prefix, so neither is matched.
 */
const contraction = /^(?:(?:let|it|that|what|there|here|who|where|how|he|she)['’]s|(?:don|doesn|didn|won|can|isn|aren|wasn|weren|haven|hasn|hadn|shouldn|wouldn|couldn|mustn|needn|ain)['’]t|(?:we|you|they)['’](?:re|ve|ll|d)|i['’](?:m|ve|ll|d))$/iu;

/** True when a name's first word is an English contraction ("Let’s", "we're", "Don't"). */
export function opensWithContraction(name: string): boolean {
  return contraction.test(name.trim().split(/\s+/)[0].replace(/^[*_~`"“(]+/, ''));
}
