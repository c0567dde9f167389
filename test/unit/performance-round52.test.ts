import { describe, expect, test, vi } from 'vitest';
import { functionWordCounts, otherLanguageLines, wholeTextCounts } from '../../src/lib/publication/other-languages.ts';

// Session 52 (docs/performance.md): a text's function words are summed piece by piece, a line a
// piece except where a code span runs from one line into another, instead of reading the whole
// text again whenever one of its lines leaves a backtick open (every post with a code fence).

/** The counts as compared: English, then each language in the order the text first writes it. */
const shown = (counts: ReturnType<typeof wholeTextCounts>) => [counts.english, [...counts.other]];

const fencedPost = [
  '## Was geschah',
  'Die Wartung der Server wurde mit dem Team durchgeführt.',
  '```sh',
  'der die das und mit von dem den',
  'kubectl rollout restart deploy/ledger',
  '```',
  'Het een niet, and the service is back for all of the customers.',
].join('\n');

/** Texts whose code spans and addresses part their lines in every way `tokens` reads them. */
const texts: Record<string, string> = {
  'a fenced block of German words between German and Dutch prose': fencedPost,
  'a code span opened on one line and closed two lines on': 'Wartung `a\nder die das\nund mit` von dem den\nhet een niet',
  'an address that swallows a backtick, so the next one opens a span': 'see https://example.com/`x der die\n`und` mit dem\nvon den`',
  'a backtick no later one closes, the next line read alone': 'het een `niet\nder die das\nund mit von dem',
  'a fence never closed': 'der die das\n```\nhet een niet\nund oder aber',
  'an empty line and a fence at the very end': '\nund oder aber\n\n```',
  'a fence opened with a language after a word line': 'les une des et\n```ts title=`x`\nder die\n```\nle la les',
  'no backtick at all': 'der die das\nhet een niet\nthe and of',
};

/** Deterministic texts of the pieces above, run together at random. */
function generatedTexts(count: number): string[] {
  const parts = ['`', '``', '```', '```ts', '\n', '\n\n', ' ', 'http://a.example/`x', 'https://x.example/p', 'ab://', 'x`y', ' `code` ', 'der', 'die', 'und', 'het', 'een', 'the', 'and', 'le', 'les', 'de', 'Wartung', 'é'];
  let seed = 52;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => {
    let text = '';
    for (let i = 1 + Math.floor(next() * 30); i > 0; i--) text += parts[Math.floor(next() * parts.length)] + (next() < 0.5 ? ' ' : '');
    return text;
  });
}

describe("a text's function words summed by piece (other-languages.ts)", () => {
  test.each(Object.entries(texts))('%s: the counts of the whole text, in its order', (_, text) => {
    expect(shown(functionWordCounts(text))).toEqual(shown(wholeTextCounts(text)));
  });

  test('3,000 generated texts of backticks, addresses and function words: the counts of each whole text', () => {
    const differing = generatedTexts(3000).filter((text) => JSON.stringify(shown(functionWordCounts(text))) !== JSON.stringify(shown(wholeTextCounts(text))));
    expect(differing).toEqual([]);
  });

  test('a post with a code fence is not read whole: its lines are read alone, its fenced block as one piece', () => {
    const post = fencedPost.replace('Was geschah', 'Was geschah am Dienstag');
    const replace = vi.spyOn(String.prototype, 'replace');
    const counts = functionWordCounts(post);
    const readTexts = replace.mock.contexts.map(String);
    replace.mockRestore();
    expect(shown(counts)).toEqual(shown(wholeTextCounts(post)));
    // Read whole before session 52; now the first line alone, and the block from its opening line to its closing one.
    expect(readTexts).not.toContain(post);
    expect(readTexts).toContain('## Was geschah am Dienstag');
    expect(readTexts).toContain(post.slice(post.indexOf('```sh'), post.lastIndexOf('```') + 3));
  });

  test("the post's lines keep their languages (its German sentence), the fenced block none", () => {
    const lines = fencedPost.split('\n');
    expect(Object.fromEntries(otherLanguageLines(lines, fencedPost))).toEqual({ 1: 'de' });
  });
});
