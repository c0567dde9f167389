/**
 * Japanese headings, list items and labels that are phrases of the language (round 34 of false
 * positives, docs/redaction.md): "## インシデントコマンダーの手順", "### なぜ必要なのか", "## これは何？",
 * "- 影響を受けたシステムのプロダクトマネージャー". `isJapaneseSentence` reads a line for names
 * only when it is a sentence (eight Japanese letters and a verb's ending or a clause's
 * postposition); every other line of Japanese was held whole, so a guide written in Japanese had
 * an error on nearly every heading (805 findings in PagerDuty's two Japanese guides).
 *
 * Such a line is a phrase when Hiragana joins its words as only the grammar does: a postposition
 * between two words written in Han or Katakana ("手順の確認", "影響を受けたシステム"), a question's
 * ending ("…のか", "…か？", "何？"), or a word only grammar writes in Hiragana ("避けるべき",
 * "なにがうまくいった"). It is then read for names as a sentence is (japanese-prose-names.ts: an
 * honorific, a common surname, a Katakana full name, a responder's work, a role's label), not held
 * whole. A line with no such joint is held whole as before: a name alone, a list of names
 * ("蓮見、霧島"), a Katakana or Han word alone ("ライセンス", "概要"), a name in Hiragana ("ほのか").
 *
 * Published by this reading (the limit it adds, as for sentences): a bare name joined to a word
 * by a postposition in a heading, with no honorific, no common surname and no responder's work
 * ("## 蓮見の振り返り").
 */

const hiragana = /\p{sc=Hiragana}/u;
const japaneseLetter = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;
/** A letter of a word in Han or Katakana (the length mark and the repetition mark with them). */
const word = String.raw`[\p{sc=Han}\p{sc=Katakana}々ー]`;
/**
 * A word longer than a name is: five Katakana letters or more ("システム" is four, as "マリア" is
 * three), six Han letters or more (a surname and a given name are two to five), or Han and
 * Katakana together ("重大インシデント"). A name joined by a postposition ("ユキの判断", "タロウが確認")
 * is read by the reader's rules of a responder's work, or not at all in a line too short for them,
 * so the word before the postposition must be no name's length.
 */
const longWord = String.raw`(?:(?<![\p{sc=Katakana}ー])[\p{sc=Katakana}ー]{5,}|(?<![\p{sc=Han}々])[\p{sc=Han}々]{6,}|${word}*(?:\p{sc=Han}${word}*\p{sc=Katakana}|\p{sc=Katakana}${word}*\p{sc=Han})${word}*)`;
/** Postpositions that join two words; not "と" and "や" ("and"), which join two names as well ("蓮見と霧島"). */
const postposition = String.raw`(?:の|を|が|は|に|で|へ|も|から|まで|より|による|について|として|における|とは)`;
const joinedWords = new RegExp(String.raw`${longWord}${postposition}${word}`, 'u');
/** A question's ending: "…のか", "…ですか", "…は何？", "…とは何か" (a name with a question mark alone, "蓮見？", is none). */
const question = /(?:のか|ですか|ますか|だろうか|は何か?|とは何か?|何か)[？?]?\s*$/u;
/**
 * Words written in Hiragana that only grammar is: interrogatives, "べき" (should), "すべて" (all),
 * "うまく" (well), "これ" and "それ" (this, that). Not those that open given names written in
 * Hiragana ("こと" of ことみ, "いつ" of いつき, "よう" of ようこ): a Hiragana name alone stays held.
 */
const grammarWord = /(?:なぜ|なに|どう|どの|だれ|これ|それ|べき|すべて|うまく)/u;

/** Fewer Japanese letters than this are a word or a name, whatever joins them. */
const phraseLetters = 4;

/** True when `line`, which is no sentence, is a Japanese phrase whose words Hiragana joins: read for names as a sentence is. */
export function isJapanesePhrase(line: string): boolean {
  if (!hiragana.test(line)) return false;
  const letters = line.match(japaneseLetter)?.length ?? 0;
  if (letters < phraseLetters) return letters >= 2 && question.test(line) && grammarWord.test(line);
  return joinedWords.test(line) || question.test(line) || grammarWord.test(line);
}
