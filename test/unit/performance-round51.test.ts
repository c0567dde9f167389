import { describe, expect, test, vi } from 'vitest';
import { cuedResponderWork, findOtherLanguagePeople } from '../../src/lib/publication/other-language-people.ts';
import { linesForTagger } from '../../src/lib/publication/person-patterns.ts';
import { cueCounterexamples } from '../support/regex-samples.ts';

// Work the person rules skip since session 51 (docs/performance.md), each test failing where it is
// done again; and the names they still find.

/** How often `RegExp.prototype.exec` runs each expression (by its source) during `run`. */
function expressionRuns(run: () => void): Map<string, number> {
  const exec = vi.spyOn(RegExp.prototype, 'exec');
  run();
  const runs = new Map<string, number>();
  for (const expression of exec.mock.contexts) runs.set((expression as RegExp).source, (runs.get((expression as RegExp).source) ?? 0) + 1);
  exec.mockRestore();
  return runs;
}

const [otherLanguageWork, portugueseWorkAfter] = cuedResponderWork.map((cued) => cued.pattern);
/** An English line whose sentences each open with a system's name no word list knows, as the bench's posts write them. */
const englishLine = 'Zorblat stalled at 09:12. Quillfeather retried twice. Brindlewick queued behind it, and Support answered the tickets.';

describe("a responder's work in another language (other-language-people.ts)", () => {
  test.each(cuedResponderWork.map((cued, i) => [i ? 'in Portuguese after the article' : 'after a name', cued] as const))('every line the work %s matches holds the cue', (_, { cue, pattern }) => {
    const check = cueCounterexamples(pattern, (line) => cue.test(line));
    expect(check.matched).toBeGreaterThanOrEqual(30);
    expect(check.missed).toEqual([]);
  });

  test('is not looked for after the capitalised words of a line that holds none', () => {
    const runs = expressionRuns(() => expect(findOtherLanguagePeople(englishLine)).toEqual([]));
    expect(runs.get(otherLanguageWork.source)).toBeUndefined();
    expect(runs.get(portugueseWorkAfter.source)).toBeUndefined();
  });

  test("the line's capitalised words are read once, not once for each rule that starts at one", () => {
    const line = 'Brandtmeier hat den Dienst neu gestartet. Danach lief Ledger wieder.';
    const runs = expressionRuns(() => expect(findOtherLanguagePeople(line).map((m) => m.text)).toEqual(['Brandtmeier']));
    // Four capitalised words of three letters or more and the search that finds no fifth.
    const capitalisedWord = [...runs.keys()].find((source) => source.endsWith(String.raw`(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}_@'’-])`) && source.startsWith('(?<!'));
    expect(capitalisedWord).toBeDefined();
    expect(runs.get(capitalisedWord!)).toBe(5);
    expect(runs.get(otherLanguageWork.source)).toBeGreaterThan(0);
  });

  test('still finds who did the work where the line holds it', () => {
    expect(findOtherLanguagePeople('O Jurandir reiniciou o servidor.').map((m) => m.text)).toEqual(['Jurandir']);
    expect(findOtherLanguagePeople('- 10:05 Tavish reinició el servicio').map((m) => m.text)).toEqual(['Tavish']);
    expect(findOtherLanguagePeople('Brandtmeier hat den Dienst nach dem Alarm neu gestartet.').map((m) => m.text)).toEqual(['Brandtmeier']);
  });
});

describe("the tagger's sentences (person-patterns.ts, linesForTagger)", () => {
  const lines = ['Error budgets for the Product search service were spent. the cache drained at 09:12.', 'Dagfinn restarted it. 42 pods came back. AWS and DNS were fine.', '```sh', 'Kasimir ran this', '```'];

  test("reads each sentence's words without a copy of the expression for each sentence", () => {
    const matchAll = vi.spyOn(String.prototype, 'matchAll');
    linesForTagger(lines, new Set([2, 3, 4]));
    const calls = matchAll.mock.calls.length;
    matchAll.mockRestore();
    expect(calls).toBe(0);
  });

  test('keeps the sentences that may hold a name and blanks the others and the code, every offset kept', () => {
    const prose = linesForTagger(lines, new Set([2, 3, 4]));
    expect(prose.map((line) => line.length)).toEqual(lines.map((line) => line.length));
    expect(prose[0].trim()).toBe('Error budgets for the Product search service were spent.');
    expect(prose[1].trim()).toBe('Dagfinn restarted it.');
    expect(prose.slice(2).every((line) => !line.trim())).toBe(true);
  });
});
