import { describe, expect, test } from 'vitest';
import { inTurnLongestFirst } from '../support/in-turn-order.ts';

// The order the suite's files are queued in (test/support/lock-aware-sequencer.ts): site files and
// command files in turn, so one worker builds while the other runs commands.
describe('inTurnLongestFirst', () => {
  test('takes each list longest first, from the list with fewer seconds taken so far', () => {
    const site = [{ file: 'site-20', seconds: 20 }, { file: 'site-90', seconds: 90 }, { file: 'site-40', seconds: 40 }];
    const cli = [{ file: 'cli-30', seconds: 30 }, { file: 'cli-70', seconds: 70 }, { file: 'cli-5', seconds: 5 }];
    // site 90 (0 <= 0), cli 70 (90 > 0), cli 30 (90 > 70), site 40 (90 <= 100), cli 5 (130 > 100), site 20.
    expect(inTurnLongestFirst(site, cli)).toEqual(['site-90', 'cli-70', 'cli-30', 'site-40', 'cli-5', 'site-20']);
  });

  test('puts files with no recorded time first in their list, counted as 10 s, ties in the given order', () => {
    const site = [{ file: 'site-8', seconds: 8 }, { file: 'site-new', seconds: undefined }, { file: 'site-8b', seconds: 8 }];
    const cli = [{ file: 'cli-new', seconds: undefined }, { file: 'cli-3', seconds: 3 }];
    expect(inTurnLongestFirst(site, cli)).toEqual(['site-new', 'cli-new', 'site-8', 'cli-3', 'site-8b']);
  });

  test('keeps every file once when one list runs out', () => {
    const site = Array.from({ length: 5 }, (_, i) => ({ file: `site-${i}`, seconds: 10 - i }));
    expect(inTurnLongestFirst(site, [])).toEqual(['site-0', 'site-1', 'site-2', 'site-3', 'site-4']);
    expect(inTurnLongestFirst([], site)).toEqual(['site-0', 'site-1', 'site-2', 'site-3', 'site-4']);
  });
});
