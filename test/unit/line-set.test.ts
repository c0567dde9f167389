import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, test } from 'vitest';
import { createLineSet } from '../../src/lib/line-set.ts';

describe('createLineSet', () => {
  test('holds exactly the lines a Set of text.split("\\n") holds', () => {
    const text = 'alpha\nbeta\n\ngamma\nbeta\nalp\nalphabet';
    const lines = createLineSet(text);
    const reference = new Set(text.split('\n'));
    expect(lines.size).toBe(reference.size);
    for (const probe of ['alpha', 'beta', '', 'gamma', 'alp', 'alphabet', 'alph', 'alphab', 'Alpha', 'gamma\n', 'delta', 'eta']) {
      expect(lines.has(probe), probe).toBe(reference.has(probe));
    }
  });

  test('a text without a trailing newline keeps its last line, and an empty text holds the empty line', () => {
    expect(createLineSet('one\ntwo').has('two')).toBe(true);
    expect(createLineSet('one\ntwo\n').has('')).toBe(true);
    expect(createLineSet('one\ntwo').has('')).toBe(false);
    expect(createLineSet('').has('')).toBe(true);
    expect(createLineSet('').size).toBe(1);
  });

  test('agrees with a Set on the whole English word list, its words and near misses', () => {
    const text = readFileSync(wordListPath, 'utf8');
    const words = text.split('\n');
    const reference = new Set(words);
    const lines = createLineSet(text);
    expect(lines.size).toBe(reference.size);
    const disagreements = [...words, ...words.map((w) => `${w}s`), ...words.map((w) => w.slice(1)), 'Travis', 'kubectl', 'é'].filter((w) => lines.has(w) !== reference.has(w));
    expect(disagreements).toEqual([]);
  });
});
