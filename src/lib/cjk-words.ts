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

/**
 * A character of a Chinese or Japanese run, written without spaces between words: Han, Hiragana,
 * Katakana (with the prolonged sound mark), the CJK punctuation (、。「」), the full-width forms
 * (！？（）Ａ１), the half-width Katakana and its punctuation (ｶﾀｶﾅ｡､), the full-width signs (￥￡).
 * Not Hangul, half-width Hangul included: Korean writes spaces between its words. One class for
 * the index's words here and for the line breaks of src/lib/cjk-line-breaks.ts (until round 49
 * each had its own, which differed in the half-width forms).
 */
export const cjkCharacter = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\u30FC\\uFF01-\\uFF9F\\uFFE0-\\uFFE6';
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

/** Each run of an HTML document's text between tags (not its attributes, not its tags). */
const htmlText = /(?<=>)[^<]+/g;

/**
 * An HTML document with {@link cjkWordsSpaced} applied to the text of its elements, never to
 * attributes (a result's title is read from one as written). A document without a Chinese or
 * Japanese character is returned as it is after one test: each of its texts would be (every
 * postmortem of an English knowledge base; the replacement read the 1,000 bench documents' 13 MB
 * text by text, 65-120 ms of the build's worker, docs/performance.md session 55).
 */
export function cjkWordsSpacedInHtml(html: string): string {
  return hasCjk.test(html) ? html.replace(htmlText, cjkWordsSpaced) : html;
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

/**
 * The Kanji stem of a Japanese word written in Kanji with a Hiragana ending, its okurigana ("含む" →
 * "含", "止まる" → "止"); none for any other word. A verb or adjective changes its ending as it is
 * inflected, and the word segmenter cuts an inflected form elsewhere than the form a responder types:
 * "含む" in a query, "含 まれ" in "セキュリティ修正が含まれています", so the release note holding it
 * did not hold the query's word (round 46 of docs/findability.md). pagefind matches the stem as the
 * start of every form.
 */
export function japaneseKanjiStem(word: string): string[] {
  const stem = /^(\p{Script=Han}+)\p{Script=Hiragana}+$/u.exec(word);
  return stem ? [stem[1]] : [];
}

/**
 * Chinese function words a query may hold as words of one character: the particles, prepositions,
 * conjunctions and copula of a sentence ("namespace 删除卡在 Terminating" is "namespace", "删除",
 * "卡", "在", "Terminating"). Like a Japanese particle ({@link isJapaneseFunctionWord}) such a word
 * is in every long Chinese text, and counted as a query word it decided which pages held "every
 * word": long guides holding "在" somewhere in 20,000 characters were exact results, and the short
 * guide about the namespace, which holds the other four words but writes no "在", was listed below
 * them (round 46 of docs/findability.md). Words that say what failed or where are never one of these.
 */
const chineseFunctionWords = new Set([...'的了着过在和与及或被把从对为是也都就而吗呢吧之其']);

/** Whether a query word is a Chinese function word of one character ({@link chineseFunctionWords}). */
export function isChineseFunctionWord(word: string): boolean {
  return chineseFunctionWords.has(word);
}
