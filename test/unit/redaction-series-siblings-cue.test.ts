import { describe, expect, test } from 'vitest';
import { findSeriesSiblings, type PersonCandidate } from '../../src/lib/publication/person-patterns.ts';

/**
 * Session 42 (docs/performance.md): `findSeriesSiblings` reads a paragraph only when a name found
 * in the text stands somewhere in it, and nothing when none was found. Each case here has its
 * series in a paragraph the cue must not skip: the name on another line of the wrapped paragraph
 * than the series opens on, or the series' other members before it.
 */
const person = (text: string, line: number, index: number): PersonCandidate => ({ text, line, index, severity: 'error', why: 'thanked by name' });
const siblings = (text: string, people: PersonCandidate[]) =>
  [...findSeriesSiblings(text.split('\n'), new Set(), people)].flatMap(([line, matches]) => matches.map((m) => `${m.text}@${line}:${m.index}`));

describe('series siblings, read only where a name found stands', () => {
  // Expected: what main's code (before the cue) finds in each.
  test.each([
    ["the name on the paragraph's second line, the series opening on its first", 'We fixed it with Zelmin,\nDev and Yelmar over the weekend.', [person('Yelmar', 1, 8)], ['Zelmin@0:17', 'Dev@1:0']],
    ['the name on the second line, the sibling after it', 'We fixed it with Marko,\nYelmar and Dev over the weekend.', [person('Yelmar', 1, 0)], ['Dev@1:11']],
    ['the name in a later paragraph than the first', 'The rollout paused.\n\nThanks to Yelmar, who worked with Zelmin and Yelmar.', [person('Yelmar', 2, 10)], ['Zelmin@2:34']],
    ['a full name found: each of its words counts', 'Notes from Tove Lindqvist.\n\nWith Marko, Dev and Lindqvist on the bridge.', [person('Tove Lindqvist', 0, 11)], ['Dev@2:12']],
  ])('%s', (_, text, people, expected) => {
    expect(siblings(text, people)).toEqual(expected);
  });

  test('no name found: no siblings, whatever series the text holds', () => {
    expect(siblings('We fixed it with Zelmin, Yelmar and Dev.', [])).toEqual([]);
  });

  test('a paragraph without the name found holds no sibling, one with it does', () => {
    const text = 'Zelmin, Dev and Ilsabet joined.\n\nThanks to Yelmar.\n\nZelmin, Dev and Yelmar joined.';
    expect(siblings(text, [person('Yelmar', 2, 10)])).toEqual(['Zelmin@4:0', 'Dev@4:8']);
  });
});
