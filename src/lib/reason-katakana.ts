import { rewriteReasonWordLists } from './reason-word-lists.ts';

/**
 * Katakana words as a Japanese report writes them, in a reason beside a similar link. The
 * similarity splits Japanese runs into words with the runtime's segmenter (src/lib/cjk-words.ts),
 * whose dictionary does not know every loanword: "プロキシ" (proxy) is counted as "プロ" and
 * "キシ", "ストリーミング" as pieces too, and two post-mortems of one image proxy were "similar
 * wording: body, ヘッダ, キシ" (docs/findability.md, round 57: "キシ" named 7 times, "スト", "リー"
 * and "ミン" with it, on the Japanese set's links). A Katakana word named that is a piece of a
 * longer Katakana word both reports write is shown as that word, once; a word both reports also
 * write whole ("リーク" beside "リークチェック") stays. As reason-identifiers.ts does for names
 * joined by "_", "-" or ".": only the words named change, not what is counted.
 */

/** A run of Katakana, the prolonged sound mark included (ストリーミング). */
const katakanaRun = /[\p{Script=Katakana}\u30fc]{2,}/gu;
const onlyKatakana = /^[\p{Script=Katakana}\u30fc]+$/u;
const anyKatakana = /[\p{Script=Katakana}]/u;

/** The Katakana words `text` writes, as written (full width: half-width forms are folded as the model folds them), in order of first writing. */
export function katakanaWordsOf(text: string): readonly string[] {
  if (!anyKatakana.test(text)) return [];
  return [...new Set(text.normalize('NFKC').match(katakanaRun) ?? [])];
}

/**
 * `reason` with each Katakana word of "similar wording" and "same words" that is a piece of a
 * longer Katakana word both reports write (`from`, `to`: {@link katakanaWordsOf}, read only when
 * the reason names Katakana) shown as that word, once across the reason. Other parts stay.
 */
export function withKatakanaWordsWhole(reason: string, from: () => readonly string[], to: () => readonly string[]): string {
  if (!anyKatakana.test(reason)) return reason;
  const fromWords = from();
  const toWords = new Set(to());
  const shown = new Set<string>();
  // Every Katakana word the reason names: a longer word holding several of them is the one they were cut from.
  const pieces = [...reason.matchAll(/(?<=: |, )[\p{Script=Katakana}\u30fc]+(?=,|;|$)/gu)].map((match) => match[0]);
  return rewriteReasonWordLists(reason, (listed) => {
    const words: string[] = [];
    for (const word of listed) {
      const whole = onlyKatakana.test(word) ? wholeWordHolding(word, pieces, fromWords, toWords) : undefined;
      const named = whole ?? word;
      if (shown.has(named)) continue;
      shown.add(named);
      words.push(named);
    }
    return words;
  });
}

/**
 * The Katakana word of `fromWords` that `toWords` holds too and that holds `piece`, unless both
 * write the piece whole: of several, the one holding most of the reason's `pieces` ("スト, リー,
 * ミン" are cut from ストリーミング, not テスト), then the shorter (ストリーミング before
 * ストリーミングレスポンス), then the first written.
 */
function wholeWordHolding(piece: string, pieces: readonly string[], fromWords: readonly string[], toWords: ReadonlySet<string>): string | undefined {
  if (toWords.has(piece) && fromWords.includes(piece)) return undefined;
  let best: string | undefined;
  let bestHeld = 0;
  for (const word of fromWords) {
    if (word === piece || !word.includes(piece) || !toWords.has(word)) continue;
    const held = pieces.filter((other) => word.includes(other)).length;
    if (held > bestHeld || (held === bestHeld && best !== undefined && word.length < best.length)) {
      best = word;
      bestHeld = held;
    }
  }
  return best;
}
