/**
 * How many words a text holds, in any script. Counting the runs between spaces
 * (`text.split(/\s+/)`) makes a sentence of Japanese or Chinese, written without spaces, one
 * word: "一部のユーザに影響しました" ("some users were affected"), an impact Apple's Japanese
 * status page states, was passed over as "fewer than four words" (import round 29). A run of
 * a script written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) is counted by
 * the Unicode word boundaries of `Intl.Segmenter` (ICU's dictionaries); any other run is one
 * word, as before, so that text with spaces counts as it always did ("front-end" is one word).
 */
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export function wordCount(text: string): number {
  let count = 0;
  for (const run of text.split(/\s+/)) {
    if (!run) continue;
    if (!unspacedScript.test(run)) { count++; continue; }
    for (const segment of segmenter.segment(run)) if (segment.isWordLike) count++;
  }
  return count;
}
