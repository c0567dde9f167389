/**
 * Which of Japanese, Korean and Chinese a text is written in, told by its scripts, not its words
 * (those languages do not separate words with spaces, so the small-word counts of
 * src/lib/import/text-language.ts never tell them). Why it matters: Chinese, Japanese and Korean
 * share one set of Han code points drawn differently in each (Unicode's Han unification: 直, 骨 and
 * 写 take other shapes in a Japanese font than in a Chinese one), and the browser picks the font for
 * a page marked `lang="en"` by its own guess; a screen reader reads the text with an English voice.
 *
 * Hangul is written only in Korean, kana (hiragana, katakana) only in Japanese; Han characters
 * without either are Chinese. A report in English that quotes a few such characters (an error
 * message, a name) stays English: the characters must number at least as many as the words in
 * Latin letters (a Han character carries about a word's worth), and at least two.
 */
export function cjkLanguage(text: string): 'ja' | 'ko' | 'zh' | undefined {
  const hangul = count(text, /\p{Script=Hangul}/gu);
  const kana = count(text, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const han = count(text, /\p{Script=Han}/gu);
  const characters = hangul + kana + han;
  const latinWords = count(text, /\p{Script=Latin}+/gu);
  if (characters < 2 || characters < latinWords) return undefined;
  // Korean writes some Han (hanja) and Japanese no Hangul; Japanese always writes kana among its Han.
  if (hangul > 0 && hangul >= kana) return 'ko';
  if (kana > 0) return 'ja';
  return 'zh';
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
