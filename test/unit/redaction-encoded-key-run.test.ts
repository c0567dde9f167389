import { describe, expect, test } from 'vitest';
import { encodedKeyRun } from '../../src/lib/redaction-guard.ts';
import { allMatches } from '../../src/lib/regexp.ts';

/** The pattern before session 39, which tried every character of every run. */
const everyStart = /[A-Za-z0-9+/_-]{32,}={0,2}/g;

/** A seeded line of runs of key characters, `=`, spaces and punctuation, of every length around 32. */
function drawLine(seed: number): string {
  let state = seed;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  const pieces: string[] = [];
  for (let k = 0; k < 6; k++) {
    const length = 20 + next(30);
    let run = '';
    for (let i = 0; i < length; i++) run += 'aZ09+/_-'[next(8)];
    pieces.push(run, ['=', '==', '===', ' ', '.', '=x', ':', ''][next(8)]);
  }
  return pieces.join('');
}

describe('the run of encoded key material, searched from a run start only (session 39)', () => {
  test('finds the same matches as the pattern tried at every character', () => {
    let compared = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const line = drawLine(seed);
      const expected = allMatches(everyStart, line).map((m) => [m.index, m[0]]);
      expect(allMatches(encodedKeyRun, line).map((m) => [m.index, m[0]])).toEqual(expected);
      compared += expected.length;
    }
    // Lines with runs long enough to match, and runs joined by `=`, `:` or nothing.
    expect(compared).toBeGreaterThan(1000);
  });
});
