import { isLatinLookAlike } from './reading-view.ts';
import { findJapaneseNames, isJapaneseSentence } from './japanese-prose-names.ts';
import { isJapanesePhrase } from './japanese-phrases.ts';
import { isJapaneseOfKnownWords } from './japanese-known-words.ts';
import { isGluedLatinTerm, isJapaneseDateLabel, isJapaneseRunOfNoName } from './japanese-runs-of-no-name.ts';
import { findRoleLabelNames, mayBeNameCell } from './japanese-acting-names.ts';
import { findChineseNames, isChineseSentence } from './chinese-prose-names.ts';
import { findKoreanNames, isKoreanText } from './korean-prose-names.ts';
import { isKoreanOfKnownWords } from './korean-known-words.ts';
import { isKoreanPredicateWord } from './korean-predicate-words.ts';
import { isChineseOfKnownWords } from './chinese-known-words.ts';
import { isCyrillicRunOfNoName } from './cyrillic-prose-words.ts';
import { placesOverlap } from './first-finding-keeps.ts';

/**
 * Text in a script the name check cannot read. Every rule that finds people (lists, phrasings,
 * capitalised words, the language model, the dictionaries that tell names from English) reads
 * Latin script; a name written in Han, Cyrillic, Arabic, Hangul or any other script ("王秀英",
 * "Иван Петров", "محمد علي", "김민준") would be published unless a phrasing happened to surround a
 * capitalised one. Public posts fail closed, so such text is a guess that stops the build until it
 * is replaced or allowed, whatever it says.
 *
 * Japanese sentences (since round 31 of false positives), Chinese sentences and Korean text (since
 * round 32) are the exception: they are read for what could name a person, and only that is held
 * (`ProseReader` below).
 *
 * Not such text: Latin letters with diacritics (é, ł, ø, ß, Vietnamese ệ), which are Latin script;
 * emoji, symbols, punctuation, arrows, digits and CJK punctuation, which are not letters; letters of
 * the Common script (µ, mathematical 𝐄, which the reading view folds); a Greek letter alone, the
 * symbol of maths and units (μs, π, Δt, λ, Ω); and a Latin word spelt with Cyrillic or Greek
 * look-alike letters (`Еkaterina`), which the reading view reads as the Latin word it shows.
 */

export interface NonLatinText {
  text: string;
  index: number;
  /** The scripts of its letters, in the order they appear ("Han", "Hiragana"). */
  scripts: string[];
  /** Why it is a finding, when the text was read for names rather than held whole (a Japanese sentence). */
  why?: string;
}

/** A letter of a script other than Latin and Common (`\p{sc=…}`: the Unicode Script property). */
const otherScriptLetter = String.raw`(?![\p{sc=Latin}\p{sc=Common}])\p{L}`;

/**
 * A run of such letters, with what belongs inside their words (combining marks such as Arabic
 * vowel marks and Devanagari vowel signs, modifier letters such as the Japanese length mark ー,
 * zero-width joiners and direction marks) and the spaces, hyphens, apostrophes and middle dots
 * between the words of one name ("Иван Петров", "ジョン・スミス", "Анна-Мария"): one finding, whose
 * fix replaces the whole name.
 */
const otherScriptRun = new RegExp(
  String.raw`${otherScriptLetter}(?:${otherScriptLetter}|[\p{M}\p{Lm}\u200C-\u200F]|[ \t\u00A0\u3000'’\-\u00B7\u30FB]+(?=${otherScriptLetter}))*`,
  'gu',
);

/** Quick test before the run: a line of ASCII and the first Latin blocks (most lines) has no such letter. */
const beyondLatinBlocks = /[^\u0000-\u024F]/u;

/** The letters of the word a run is part of, before and after it (`Ekaterin` of `Ekaterinд`). */
const letterRunBefore = /[\p{L}\p{M}]+$/u;
const letterRunAfter = /^[\p{L}\p{M}]+/u;
const asciiLetter = /[A-Za-z]/;
const latinLetter = /\p{sc=Latin}/u;
const otherLetter = new RegExp(otherScriptLetter, 'u');
const twoLettersInARow = new RegExp(`${otherScriptLetter}\\p{M}*${otherScriptLetter}`, 'u');

/** Scripts named in findings; a letter of any other script is "a script other than Latin". */
const namedScripts = [
  'Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic',
  'Syriac', 'Thaana', 'Nko', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada',
  'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Khmer', 'Mongolian', 'Ethiopic', 'Cherokee',
  'Canadian_Aboriginal', 'Tifinagh', 'Yi', 'Javanese', 'Balinese', 'Sundanese', 'Vai', 'Adlam',
].map((name) => ({ name: name.replace(/_/g, ' '), pattern: new RegExp(`\\p{sc=${name}}`, 'u') }));

/** Japanese and Chinese counters and units written after a number: 年 year, 月 month, 分 minute, 万 ten thousand, 円 yen, 件 items, … */
// Since round 63 also lines, items, people counted and points ("1行", "週2本", "5名", "3点") and
// spans ("3ヶ月", "2週間"): an operations handbook's estimates.
const counterRun = /^(?:[年月日時分秒円万億件人個回号歳週台枚階倍割行本名点]{1,3}|[ヶかカヵ]月|週間|日間|年間|時間|分間|秒間)$/u;
/**
 * Korean counters and units written after a number (adoption round 60: "12.8초", "3배", "[1번째]",
 * "8회차", "300만 행"): 초 second, 분 minute, 배 times, 번째 the n-th, 회 and 회차 a run, 건 items, 명
 * people counted, … A counter alone after a digit names no one.
 */
const koreanCounterRun = /^(?:번째|회차|개월|시간|만|억|원|초|분|일|주|년|월|배|번|회|건|개|명|대|차|줄|행|벌|장|쪽|코어|바이트)$/u;
const digitBefore = /[0-9０-９]$/u;
/** Korean particles after an acronym (adoption round 61); alone, not those that are also surnames (이, 가, 도, 은). */
const koreanParticle = /^(?:의|은|는|이|가|을|를|에|에서|에게|만|도|로|으로|와|과|부터|까지|보다|처럼)$/u;
const koreanParticleNoSurname = /^(?:의|는|을|를|에|에서|에게|만|로|으로|와|과|부터|까지|보다|처럼)$/u;
/** A kaomoji's face around one letter: "(ツ)" between the arms "¯\\_" and "_/¯" (escapes included). */
const kaomojiBefore = /[¯_\\]\($/u;
const kaomojiAfter = /^\)[_\\/¯]/u;

function isCounterOrKaomoji(line: string, index: number, run: string): boolean {
  if ((counterRun.test(run) || koreanCounterRun.test(run)) && digitBefore.test(line.slice(0, index))) return true;
  return [...run].length === 1 && kaomojiBefore.test(line.slice(0, index)) && kaomojiAfter.test(line.slice(index + run.length));
}

/**
 * A language whose sentences are read for names instead of held whole: the scripts its runs are
 * written in (such a run is not held) and what may name a person in it. Japanese since round 31
 * of false positives; Chinese and Korean since round 32 (chinese-prose-names.ts, korean-prose-names.ts).
 */
interface ProseReader {
  scripts: ReadonlySet<string>;
  names(line: string): { text: string; index: number; why: string }[];
}
const japaneseReader: ProseReader = { scripts: new Set(['Han', 'Hiragana', 'Katakana']), names: findJapaneseNames };
const chineseReader: ProseReader = { scripts: new Set(['Han']), names: findChineseNames };
const koreanReader: ProseReader = { scripts: new Set(['Hangul']), names: findKoreanNames };

/** The reader of a line, when it is a sentence of a language read for names. */
function readerOf(line: string): ProseReader | undefined {
  // A heading or an item that is a phrase of Japanese is read as a sentence is (round 34 of false positives, japanese-phrases.ts).
  if (isJapaneseSentence(line) || isJapanesePhrase(line)) return japaneseReader;
  if (isKoreanText(line)) return koreanReader;
  if (isChineseSentence(line)) return chineseReader;
  return undefined;
}

function scriptsOf(text: string): string[] {
  const scripts = [...new Set([...text].filter((char) => otherLetter.test(char)).map(scriptOf))];
  return scripts.length ? scripts : ['Latin'];
}

function scriptOf(char: string): string {
  return namedScripts.find((script) => script.pattern.test(char))?.name ?? 'a script other than Latin';
}

/** True when `text` has a letter of a script other than Latin (a finding's text, for its fix). */
export function hasNonLatinLetters(text: string): boolean {
  otherScriptRun.lastIndex = 0;
  const found = beyondLatinBlocks.test(text) && otherScriptRun.test(text);
  otherScriptRun.lastIndex = 0;
  return found;
}

/** Text of one line in scripts the name check cannot read, each run whole with the words it is part of. */
export function findNonLatinText(line: string): NonLatinText[] {
  if (!beyondLatinBlocks.test(line)) return [];
  // A table row with a Japanese sentence is read cell by cell (Japanese probes, round 31): the
  // sentence in one cell does not make a name alone in the next ("| 10:02 | 蓮見 | 再起動しました |")
  // part of it.
  if (tableRow.test(line) && isJapaneseSentence(line)) return findInCells(line);
  return findInLine(line, readerOf(line));
}

function findInLine(line: string, reader: ProseReader | undefined): NonLatinText[] {
  const found: NonLatinText[] = [];
  // A Japanese sentence is read for its names (japanese-prose-names.ts, round 31 of false
  // positives); its runs of Japanese scripts are not held whole.
  if (reader) {
    for (const name of reader.names(line)) {
      // A word of incident response taken for a name ("コマンダーは必須です"): none (round 36, japanese-known-words.ts).
      if (!isJapaneseOfKnownWords(name.text)) found.push({ text: name.text, index: name.index, scripts: scriptsOf(name.text), why: name.why });
    }
  }
  otherScriptRun.lastIndex = 0;
  for (let m = otherScriptRun.exec(line); m; m = otherScriptRun.exec(line)) {
    const scripts = [...new Set([...m[0]].filter((char) => otherLetter.test(char)).map(scriptOf))];
    // A Greek letter alone is a symbol of maths or units ("5 μs", "Δt", "π"), not a name.
    if (scripts.length === 1 && scripts[0] === 'Greek' && !twoLettersInARow.test(m[0])) continue;
    // The whole word: a fix that replaced only the Cyrillic letter of "Ekaterinд" would publish the rest.
    const before = letterRunBefore.exec(line.slice(0, m.index))?.[0] ?? '';
    const after = letterRunAfter.exec(line.slice(m.index + m[0].length))?.[0] ?? '';
    const text = before + m[0] + after;
    // A Latin word spelt with look-alike letters ("Еkaterina"): the reading view reads it as Latin.
    otherScriptRun.lastIndex = m.index + m[0].length + after.length;
    if ((before || after) && asciiLetter.test(text) && [...text].every((char) => latinLetter.test(char) || !otherLetter.test(char) || isLatinLookAlike(char))) continue;
    if (reader && scripts.every((script) => reader.scripts.has(script))) continue;
    // A counter after a number ("2023年4月", "10分", "5万円") and a letter of a kaomoji
    // ("¯\\_(ツ)_/¯"): no name (round 31 of false positives).
    if (!before && !after && isCounterOrKaomoji(line, m.index, m[0])) continue;
    // Words of incident response alone or joined by grammar ("前提条件", "記録係の手順", "| 深刻度 |"):
    // no name (round 36 of false positives, japanese-known-words.ts).
    if (!before && !after && isJapaneseOfKnownWords(m[0])) continue;
    // Since round 63 also with a postposition at its edge or alone, beside a Latin term glued to it
    // or not ("Squash推奨", "`login`を実行", "| いいえ |"), and a date's label ("**作成日**:
    // 2025-11-09"): japanese-runs-of-no-name.ts.
    if (isGluedLatinTerm(before) && isGluedLatinTerm(after) && isJapaneseRunOfNoName(m[0])) continue;
    if (!before && !after && hasJapaneseLetters.test(m[0]) && isJapaneseDateLabel(line, m.index + m[0].length)) continue;
    // Likewise a Korean word of engineering and incident response alone ("## 배경", "| 감지 |";
    // round 37 of false positives, korean-known-words.ts).
    if (!before && !after && isKoreanOfKnownWords(m[0])) continue;
    // And a predicate, which no name is: a wrapped paragraph's last word alone on its line ("남습니다.",
    // "유지합니다."; adoption round 61, korean-predicate-words.ts).
    if (!before && !after && isKoreanPredicateWord(m[0])) continue;
    // And a Korean particle alone or after an acronym or a number ("Microsoft Learn 의 가이드", "| DDL만 |",
    // "v2에서"): a particle is grammar, and the word it follows is read by the Latin rules (adoption round 61).
    if (!after && (before ? /^[A-Z0-9]+$/.test(before) && koreanParticle.test(m[0]) : koreanParticleNoSurname.test(m[0]))) continue;
    // And a Chinese one ("**日期**:", "## 根因"; round 45 of false positives, chinese-known-words.ts).
    if (!before && !after && isChineseOfKnownWords(m[0])) continue;
    // And Cyrillic that names no one: no capital, or one opening a word of grammar, of a report
    // or of an ending no name has ("при наличии", "## Описание бага"; round 56, cyrillic-prose-words.ts).
    if (!before && !after && isCyrillicRunOfNoName(m[0])) continue;
    found.push({ text, index: m.index - before.length, scripts });
  }
  otherScriptRun.lastIndex = 0;
  // The value after a role's label, in a sentence or not ("担当: Priya", whose Latin name no run
  // holds; Japanese probes, round 31).
  const labelled = findRoleLabelNames(line).filter((name) => !isJapaneseOfKnownWords(name.text) && !isChineseOfKnownWords(name.text) && !found.some((f) => placesOverlap(f, name)));
  for (const name of labelled) found.push({ text: name.text, index: name.index, scripts: scriptsOf(name.text), why: name.why });
  return reader || labelled.length ? found.sort((a, b) => a.index - b.index) : found;
}

/** A run of Han and Kana letters only, no space: the one word of a date's label in Japanese. */
const hasJapaneseLetters = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々]+$/u;

/** A Markdown table row: a line that opens with a pipe and has another. */
const tableRow = /^\s*\|.*\|/u;

function findInCells(line: string): NonLatinText[] {
  const found: NonLatinText[] = [];
  let start = line.indexOf('|') + 1;
  while (start > 0 && start <= line.length) {
    const end = line.indexOf('|', start);
    const cell = line.slice(start, end < 0 ? undefined : end);
    // A cell of one name-shaped word is held whole, as a line that is no sentence; any other cell
    // is read as part of the row's sentence (a term, a status, a phrase: "レビュー中", "確証バイアス").
    const held = !isJapaneseSentence(cell) && mayBeNameCell(cell);
    for (const f of findInLine(cell, held ? undefined : japaneseReader)) found.push({ ...f, index: f.index + start });
    if (end < 0) break;
    start = end + 1;
  }
  return found;
}

/** "Han", "Han and Hiragana", "Han, Hiragana and Katakana". */
export function scriptList(scripts: readonly string[]): string {
  return scripts.length < 2 ? scripts.join('') : `${scripts.slice(0, -1).join(', ')} and ${scripts.at(-1)}`;
}
