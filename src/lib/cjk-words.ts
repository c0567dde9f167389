/**
 * Words of Chinese and Japanese text, for the search index and the query (round 31 of
 * docs/findability.md). These languages write no space between words, and the index is built
 * with `lang="en"` (one index for every report), where pagefind splits words at spaces only: a
 * Japanese sentence was one "word" ("payへのカードの追加を完了できませんでした"), so no query word
 * found it and "カードを追加できない" found nothing. Each run of Han, Hiragana and Katakana is
 * split into its words by the runtime's word segmenter (Intl.Segmenter, with its dictionary for
 * Chinese and Japanese) and the words are joined with spaces, in the index and in the query alike.
 * Korean writes spaces between its words and is left as it is.
 */

/** A character of a Chinese or Japanese run: Han, Hiragana, Katakana (with the prolonged sound mark), and their punctuation. */
const cjkCharacter = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\u30FC\\uFF00-\\uFFEF';
const cjkRun = new RegExp(`[${cjkCharacter}]+`, 'gu');
const hasCjk = new RegExp(`[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]`, 'u');

/** The segmenter, made once; undefined where the runtime has none (then text is left as written). */
let segmenter: Intl.Segmenter | undefined | null = null;
function wordSegmenter(): Intl.Segmenter | undefined {
  if (segmenter === null) segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('ja', { granularity: 'word' }) : undefined;
  return segmenter;
}

/**
 * `text` with a space between the words of each Chinese or Japanese run ("Apple Payへのカードの追加"
 * → "Apple Pay へ の カード の 追加"); punctuation stays attached to the word before it. Text
 * without such characters is returned unchanged (the common case costs one regular-expression test).
 */
export function cjkWordsSpaced(text: string): string {
  if (!hasCjk.test(text)) return text;
  const words = wordSegmenter();
  if (!words) return text;
  return text.replace(cjkRun, (run, offset: number) => {
    let spaced = '';
    for (const { segment, isWordLike } of words.segment(run)) {
      spaced += isWordLike && spaced && !/\s$/.test(spaced) ? ` ${segment}` : segment;
    }
    // A run that follows a Latin word or digit is a word of its own too ("Payへ" → "Pay へ").
    const before = offset > 0 ? text[offset - 1] : ' ';
    return /[\p{L}\p{N}]/u.test(before) && hasCjk.test(spaced[0] ?? '') ? ` ${spaced}` : spaced;
  }).replace(new RegExp(`(?<=[${cjkCharacter}])(?=[\\p{Script=Latin}\\p{N}])`, 'gu'), ' ');
}

/**
 * Text to show, with the spaces {@link cjkWordsSpaced} put between two Chinese or Japanese
 * characters taken out again (also across the `<mark>` tags of an excerpt): result titles and
 * excerpts read as the report wrote them. Such text writes no space there itself.
 */
export function cjkWordSpacesRemoved(text: string): string {
  if (!hasCjk.test(text)) return text;
  return text.replace(new RegExp(`(?<=[${cjkCharacter}](?:</?mark>)*) ((?:</?mark>)*)(?=[${cjkCharacter}])`, 'gu'), '$1');
}

/**
 * Whether a query word is a Japanese function word: all Hiragana ("の", "を", "が", "できない" is
 * "でき" and "ない"). The words that say what failed are written in Kanji or Katakana; a particle
 * is in every Japanese report and would list them all.
 */
export function isJapaneseFunctionWord(word: string): boolean {
  return /^\p{Script=Hiragana}+$/u.test(word);
}
