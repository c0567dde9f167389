/**
 * A noun and the topic particle 은 that the post also writes with another particle (round 63 of
 * false positives, docs/redaction.md): "원문은" (the original text is …) opens with a common
 * surname's syllable and has three syllables, the shape of a full name, and its syllable before
 * 은 is closed by ㄴ, which given names ending in 은 have too ("정은", "현은"), so
 * `isNounWithTopicParticle` (korean-topic-particle.ts) keeps it held. 46 findings of a lab's
 * write-ups were this word; "표본은", "주장은", "하한은", "위반은" (the sample, the claim, the lower
 * bound, the violation) the others.
 *
 * The sign is the post's own: a noun takes other particles elsewhere ("원문에 따르면", "원문이
 * 말한"), so its two syllables stand alone there as a word. A full name never loses its last
 * syllable so: "김정은" is never written "김정이" or "김정에", and a post naming 김정은 three times
 * keeps every one held.
 */

/** Particles after a noun, other than 은 (and 는, which follows an open syllable). */
const otherParticle = '(?:이|가|을|를|에|에서|에게|의|과|와|도|만|으로|로|까지|부터|보다|처럼|이다|입니다|이라|이나|이며|조차)';
const hangulWord = /^\p{sc=Hangul}{3}$/u;

/** True when `word` ("원문은") is a two-syllable noun and 은, the noun written with another particle in `post`. */
export function isKoreanNounWithTopicParticleElsewhere(word: string, post: string): boolean {
  if (!hangulWord.test(word) || !word.endsWith('은')) return false;
  const stem = word.slice(0, 2);
  if (!post.includes(stem)) return false;
  return new RegExp(`(?<!\\p{sc=Hangul})${stem}${otherParticle}(?!\\p{sc=Hangul})`, 'u').test(post);
}
