import { describe, expect, test } from 'vitest';
import { allMatches, escapeRegExp } from '../../src/lib/regexp.ts';

/** What the comparison looks at: each match's text, groups, named groups and index. */
const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));

describe('allMatches', () => {
  test.each([
    [/\b(\p{Lu}\p{Ll}+)\b/gu, 'Ask Kasimir and Björn, then Émile.'],
    [/(?<word>[a-z]+)-(\d+)/g, 'inc-12, chg-7 and prb-900'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\p{Emoji_Presentation}?/gu, '😀😀a'],
    [/^\s*-\s+(.*)$/gm, '- one\n  - two\nthree'],
    [/[a-z]/gy, 'abc1def'],
    [/nothing/g, 'here'],
    [/./gsu, ''],
  ])('%s in %j: as matchAll gives them', (pattern, text) => {
    expect(shape(allMatches(pattern, text))).toEqual(shape(text.matchAll(new RegExp(pattern))));
  });

  test('ignores a lastIndex left behind, leaves 0, and can be nested on the same expression', () => {
    const word = /[a-z]+/g;
    word.lastIndex = 3;
    const pairs = allMatches(word, 'ab cd').map((outer) => allMatches(word, 'xy zz').map((inner) => `${outer[0]}:${inner[0]}`));
    expect(pairs).toEqual([['ab:xy', 'ab:zz'], ['cd:xy', 'cd:zz']]);
    expect(word.lastIndex).toBe(0);
  });

  test('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(/global/);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
  });
});

test('escapeRegExp matches the text literally', () => {
  expect(new RegExp(`^${escapeRegExp('a.b*c(d)[e]{f}|g^h$i\\j?+')}$`).test('a.b*c(d)[e]{f}|g^h$i\\j?+')).toBe(true);
});
