import { isJapaneseOfKnownWords } from './japanese-known-words.ts';
import { isEnglishWord } from './people.ts';
import { isKnownFirstName } from './compromise-lexicon.ts';
import { isPublicTerm } from './public-terms.ts';

/**
 * Runs of Japanese in a line that is no sentence, written around Latin terms (round 63 of false
 * positives, docs/redaction.md): an operations handbook's items and headings ("Squash推奨",
 * "SARIF確認", "`gh auth login`を実行", "Secretを再設定", "… をクリック", a table's "| いいえ |")
 * were held whole: 6,996 findings in 82 of its 98 reports, 2,037 of them gone with this. Each is still read by its words
 * (`isJapaneseOfKnownWords`, fail closed): only what the vocabulary knows, with these additions.
 *
 * - a postposition at the run's edge, against the Latin term or the code it follows or leads
 *   ("を確認", "で再監査", "CIで", "構造の"): grammar, when the rest is words of the vocabulary.
 *   "をタナカに共有" is not (タナカ is no word of it) and stays held;
 * - a postposition alone ("`a` を `b`"), and "はい" and "いいえ" (yes, no): one letter of
 *   grammar and an answer name no one;
 * - the Latin word glued to the run (`Squash推奨`), when it is an acronym or a word of English
 *   or of the trade and no given name: the Latin rules read it as they read any word. A Latin
 *   word that may be a name ("Alexの対応", "Tovem推奨") keeps the run held with it, as before.
 */
export function isJapaneseRunOfNoName(run: string): boolean {
  if (isJapaneseOfKnownWords(run) || loneGrammar.test(run)) return true;
  const inner = run.replace(leadingPostposition, '').replace(trailingPostposition, '');
  return inner !== run && inner.length > 0 && isJapaneseOfKnownWords(inner);
}

/** A postposition alone, or yes and no. */
const loneGrammar = /^(?:[をにがのとでへやもは]|はい|いいえ)$/u;
/** A postposition opening the run after a Latin term or code ("`x`を確認"): を never opens a word. */
const leadingPostposition = /^(?:を|に|で|が|の|と|は|へ|も|や)(?=[\p{sc=Han}\p{sc=Katakana}])/u;
/** A postposition closing the run before a Latin term or code ("構造の`JSON`", "CI設定で"). */
const trailingPostposition = /(?<=[\p{sc=Han}\p{sc=Katakana}ー])(?:を|に|で|が|の|と|は|へ|も|や)$/u;

/**
 * Whether the Latin letters glued to a run of Japanese ("" when none) leave the run to be read
 * alone: none, an acronym ("PR", "SARIF"), or a word of English or of the trade that is no given
 * name ("Squash", "merge", "Permalink"; not "Alex", not an unknown "Tovem").
 */
export function isGluedLatinTerm(word: string): boolean {
  if (!word) return true;
  if (!/^[A-Za-z]+$/.test(word)) return false;
  if (/^[A-Z]{2,6}s?$/.test(word)) return true;
  const capitalised = word[0].toUpperCase() + word.slice(1).toLowerCase();
  return (isEnglishWord(word) || isPublicTerm(word)) && !isKnownFirstName(capitalised);
}

/**
 * A run that labels a date, its value alone on the line ("**作成日**: 2025-11-09", "最終更新：
 * 2025/11/08 10:00 JST"): a document's field, no speaker (the shape round 60 read in Spanish,
 * "Fecha: 2025-12-22 12:00:00"). "田中: 2025-11-09 に対応" has words after the date and stays.
 */
export function isJapaneseDateLabel(line: string, runEnd: number): boolean {
  return dateValueAfter.test(line.slice(runEnd));
}
const dateValueAfter = /^(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \t]*(?:\(?[A-Z]{2,4}\)?|（[A-Z]{2,4}）))?[ \t]*$/u;
