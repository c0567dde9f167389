/**
 * A Russian line around a finding written in Latin letters (probe round 58, docs/redaction.md):
 * `npm run redact` wrote English stand-ins inside Russian sentences ("Перезапустили an internal
 * system, очередь разгреблась"), as it did inside Chinese and Japanese ones before redact round
 * 37 (spaceless-script-clauses.ts). Russian is written with spaces, so the line's words tell it:
 * two Cyrillic words of three letters or more in the finding's line (its table cell, in a table)
 * besides the finding's own text, or one with no English word beside it.
 */

export type CyrillicLanguage = 'ru';

const cyrillicWord = /\p{sc=Cyrillic}{3,}/gu;
const latinWord = /\p{sc=Latin}{3,}/u;

/** 'ru' when the line (or table cell) holding `source[start, end)` is Russian; undefined otherwise. */
export function russianLanguageOfClause(source: string, start: number, end: number): CyrillicLanguage | undefined {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end) < 0 ? source.length : source.indexOf('\n', end);
  // Within its table cell: a row's other cells are other clauses.
  const pipeBefore = source.lastIndexOf('|', start - 1);
  const pipeAfter = source.indexOf('|', end);
  const cellStart = pipeBefore >= lineStart ? pipeBefore + 1 : lineStart;
  const cellEnd = pipeAfter >= 0 && pipeAfter < lineEnd ? pipeAfter : lineEnd;
  const around = source.slice(cellStart, start) + ' ' + source.slice(end, cellEnd);
  const cyrillic = around.match(cyrillicWord)?.length ?? 0;
  // One Russian word is enough where no English word stands beside it ("| Перезапустили … |").
  return cyrillic >= 2 || (cyrillic === 1 && !latinWord.test(around)) ? 'ru' : undefined;
}
