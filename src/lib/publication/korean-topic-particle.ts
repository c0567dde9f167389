/**
 * The topic particle 은 after a noun of two syllables (adoption round 61): "원문은", "가격은",
 * "유실은", "표본은" (the original, the price, the loss, the sample) open with a common surname's
 * syllable and have three syllables, the shape of a full name ("이지은"), and were 485 findings
 * of the round-59 lab write-ups before `npm run redact`.
 *
 * Korean writes 은 after a syllable closed by a consonant and 는 after an open one, so a word
 * ending in 은 whose syllable before it is closed reads as a noun and its particle. A given name
 * ending in 은 is written after an open syllable (지은, 하은, 서은, 다은) or one closed by ㄴ, ㅇ
 * or ㅁ (정은, 영은, 현은, 선은, 담은): those stay held, so "김정은" and "박영은" are never
 * published by this rule. Its limit: "원문은", "표본은", "주장은" (ㄴ and ㅇ) stay held too.
 */

const hangulSyllableStart = 0xac00;
const hangulSyllableEnd = 0xd7a3;
/** The final consonants (jongseong index) a given name's syllable before 은 is closed by: ㄴ 4, ㅁ 16, ㅇ 21. */
const nameFinals = new Set([4, 16, 21]);

/** The index of the final consonant of a Hangul syllable (0 for none), or undefined for another letter. */
function finalConsonant(syllable: string): number | undefined {
  const code = syllable.codePointAt(0)!;
  if (code < hangulSyllableStart || code > hangulSyllableEnd) return undefined;
  return (code - hangulSyllableStart) % 28;
}

/** True when the three-syllable `word` is a two-syllable noun and the topic particle 은 (not a given name's 은). */
export function isNounWithTopicParticle(word: string): boolean {
  const syllables = [...word];
  if (syllables.length !== 3 || syllables[2] !== '은') return false;
  const final = finalConsonant(syllables[1]);
  return final !== undefined && final !== 0 && !nameFinals.has(final);
}
