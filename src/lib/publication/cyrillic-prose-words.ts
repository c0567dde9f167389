/**
 * Runs of Cyrillic that name no one (false positives round 56), for the runs the guard holds whole
 * because no rule reads the script for names (non-latin-text.ts). A Russian team's post-mortems
 * were held on every word: "при", "если", "## Описание бага", "**Дата:** 2026-03-27" (258
 * findings in 3 reports, not one of them a name).
 *
 * Cyrillic, as Latin, writes names with a capital ("Иван Петров", "Мария"), so:
 *
 * - a run with no capital names no one ("при наличии", "создаёт пустые директории");
 * - a run whose one capital opens it names no one where its first word does not: a word of
 *   grammar ("При", "После", "Эти"), a word of a report's parts and of engineering ("Постмортем",
 *   "Статус", "Шаг"), or a word ending as no Russian name ends (nouns of action and state "-ние",
 *   "-ость", "-ство", "-ция"; plural and neuter adjectives "-ые", "-ие", "-ое", "-ее"; verbs' past
 *   and participles "-или", "-ено", "-ано", "-лен"). "Иван перезапустил сервис", "Мария" and
 *   "Анна-Мария" stay held, and so does every run with a capital inside ("сообщил Иван") or a word
 *   in capitals ("ИВАНОВ", as forms write a surname).
 *
 * Fail closed otherwise: the lists are Russian's, and a word they do not know is held as before.
 */

/** Words of grammar that open a sentence or a heading: prepositions, conjunctions, pronouns, adverbs, numerals. */
const grammarWords = new Set(`
в во на с со по из изо к ко у о об обо от до за для при без про под над перед через между после вместо кроме около среди
и а но или либо да ни не нет если когда пока чтобы потому поэтому однако также тоже хотя так как что чем где куда
я мы ты вы он она оно они это этот эта эти тот та те то весь вся всё все каждый каждая каждое любой любая любое
один одна одно два две три четыре пять несколько много мало больше меньше сначала затем потом далее ранее позже теперь
сейчас здесь там тогда уже ещё еще только даже именно например итак аналогично следует нужно можно нельзя также всегда никогда
`.split(/\s+/).filter(Boolean));

/**
 * Words of a post-mortem's parts and of engineering, as headings, labels and table cells write
 * them alone ("# Постмортем", "**Статус:**", "## Уроки", "| Шаг |"). No Russian given name or
 * surname is one of these.
 */
const reportWords = new Set(`
постмортем постмортема постмортемы отчёт отчет инцидент инцидента инциденты сбой сбоя авария статус дата время итог итоги
вывод выводы урок уроки шаг шаги шага этап этапы причина причины проблема проблемы симптом симптомы последствия
влияние описание решение исправление исправлено исправления фикс задача задачи действия контекст резюме обзор хронология
таймлайн примечание примечания результат результаты тест тесты проверка проверки файл файлы компонент компоненты
команда команды принцип принципы пользователь пользователи пользователю пользователя сервис сервисы система системы директория директории ошибка ошибки сообщение
приоритет серьёзность серьезность ответственный ответственные участники владелец ссылки ссылка метрики мониторинг
`.split(/\s+/).filter(Boolean));

/**
 * Endings of words no Russian name has, after four letters or more: nouns of action and state,
 * plural and neuter adjectives, short participles, verbs' past plural ("Перенесли"; after five:
 * "Натали" is a name) and feminine adjectives ("Корневая", "Зелёная"; not "-ская", "-цкая" or
 * "-стая": Раневская, Толстая). Not "-ий" (Дмитрий), "-ия" or "-ии" (Мария, Марии), "-ов", "-ин"
 * (Петров, Ильин).
 */
const noNameEnding = /\p{L}{4,}(?:ние|ость|ство|ция|ции|ые|ие|ое|ее|ено|ано|лен|лось|лся|лась)$|\p{L}{5,}ли$|\p{L}{5,}(?<!ск|цк|ст)ая$/u;

const cyrillicWord = /^[\p{sc=Cyrillic}\p{M}'’-]+$/u;

/** Whether a word of Cyrillic, capitalised or not, is one of grammar, of a report or of an ending no name has. */
export function isCyrillicWordOfNoName(word: string): boolean {
  const lower = word.toLocaleLowerCase('ru');
  return grammarWords.has(lower) || reportWords.has(lower) || noNameEnding.test(lower);
}

/**
 * The key words of requirements as Russian translations of RFC 2119 write them, in capitals
 * ("Они ДОЛЖНЫ быть", "НЕ СЛЕДУЕТ"): false positives round 57, a TypeScript project's post-mortem.
 */
const requirementWords = new Set(`
должен должна должно должны не нельзя следует может могут обязательно рекомендуется необходимо требуется запрещено
никогда всегда важно только
`.split(/\s+/).filter(Boolean));

/**
 * Whether a word written all in capitals is no name: a key word of requirements, or a word of
 * grammar, of a report or of an ending no name has (above). Forms write a surname so ("ИВАНОВ
 * Иван", "ПЕТРОВА"), and such a word stays held.
 */
const isCapitalsWordOfNoName = (word: string) =>
  [...word].length >= 2 && !/\p{Ll}/u.test(word) && !word.includes('-') && (requirementWords.has(word.toLocaleLowerCase('ru')) || isCyrillicWordOfNoName(word));

/**
 * Whether a run of Cyrillic words the guard would hold whole names no one: no capital, or one
 * capital opening a first word that is no name (above); since round 57 also words all in capitals
 * that are no name ("Они ДОЛЖНЫ быть"). A run of other letters too is no such run.
 */
export function isCyrillicRunOfNoName(run: string): boolean {
  const words = run.split(/[\s\u00a0\u00b7]+/u).filter(Boolean);
  if (!words.length || !words.every((word) => cyrillicWord.test(word))) return false;
  return words.every((word, index) => {
    const capitals = [...word].filter((char) => /\p{Lu}/u.test(char)).length;
    if (capitals === 0) return true;
    if (isCapitalsWordOfNoName(word)) return true;
    return index === 0 && capitals === 1 && /^\p{Lu}/u.test(word) && !word.includes('-') && isCyrillicWordOfNoName(word);
  });
}
