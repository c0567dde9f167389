import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mayMatch, recordCheckedPatterns, requiredTextCheck, requiredTexts } from '../../src/lib/required-text.ts';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

describe('requiredTexts: what every match of a pattern holds, read from its source', () => {
  test.each([
    [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*/g, ['@']],
    // The longest certain run of literal characters.
    [/\bpassword\s*=\s*\S{6,}/gi, ['password']],
    // Each branch's own; a small class multiplied out.
    [/\b(?:[Ss]poke|[Tt]alked)\s+with/g, ['Spoke', 'spoke', 'Talked', 'talked']],
    [/<#[CG][A-Z0-9]{6,12}>/g, ['<#C', '<#G']],
    // A part repeated at least once holds one repetition; an optional part holds nothing.
    [/(?:ab)+c?/, ['ab']],
    [/(?:a|b)?c/, ['c']],
    [/x{0}y/, ['y']],
    // Escapes of one character; without the `u` flag `\u{3}` is "u" three times.
    [/\x60code\x60/, ['`code`']],
    [/\.example\/x/, ['.example/x']],
    [/a\u{41}/u, ['aA']],
  ])('%s requires one of %j', (pattern, required) => {
    expect(requiredTexts(pattern)).toEqual(required);
  });

  test.each([
    // Nothing certain: optional, classes with ranges, negated classes, any character.
    /\d+/, /[a-z]+/, /[^@]+/, /.+/, /x?/, /(?:ab|c*)/,
    // A branch that requires nothing makes the alternation require nothing.
    /(?:@|\w+)z?/,
    // Lookarounds match no text.
    /(?=abc)/, /(?<!abc)\d/,
    // A group with flags of its own may fold case as the check does not.
    /(?i:abc)/,
    // A back-reference, an octal escape, a control escape: not read.
    /(a)?\1/, /\012/, /\cJ/,
    // The `v` flag's classes are not read.
    /[\p{L}--[a-z]]x/v,
  ])('%s requires nothing', (pattern) => {
    expect(requiredTexts(pattern) ?? []).not.toContainEqual(expect.stringMatching(/^$/));
    const check = requiredTextCheck(pattern);
    // Where something is found it must hold; most of these have no check at all.
    if (check) for (const text of ['abc', 'x', '@', 'ab', '1']) if (new RegExp(pattern.source, pattern.flags).test(text)) expect(check.test(text)).toBe(true);
  });

  test('the check folds case as its pattern does (ſ and K are s and k to /iu)', () => {
    expect(new RegExp('secret', 'iu').test('ſecret')).toBe(true);
    expect(mayMatch(/secret=\S+/giu, 'ſecret=abcdef')).toBe(true);
    expect(mayMatch(/secret=\S+/gi, 'SECRET=abcdef')).toBe(true);
    expect(mayMatch(/secret=\S+/g, 'SECRET=abcdef')).toBe(false);
    expect(mayMatch(/\bkey\b/giu, 'the \u212Aey')).toBe(true);
  });

  test('a pattern widened in a later round widens its check with it (derived, not written beside it)', () => {
    const narrow = /[\w.+-]+@[\w-]+\.[a-z]{2,}/g;
    const widened = /[\w.+-]+(?:@|\s+at\s+)[\w-]+\.[a-z]{2,}/g;
    const line = 'write to hallvard at example.no';
    expect(mayMatch(narrow, line)).toBe(false);
    expect(widened.test(line)).toBe(true);
    expect(mayMatch(widened, line)).toBe(true);
  });
});

/**
 * The guard's own patterns: every pattern a scan gave a check is tried on every line of the probe
 * and false-positive rounds' tests and of the leak fixtures (their texts are in those files); on
 * each line the pattern matches, its check must find its text. A reading of a pattern that claimed
 * text a match can do without fails here.
 */
describe("the redaction guard's patterns: each check holds on every probe and fixture line its pattern matches", () => {
  const root = join(import.meta.dirname, '../..');
  const unitDir = join(root, 'test/unit');
  const sources = [
    ...readdirSync(unitDir).filter((name) => /^redaction-(?:probe-leaks|false-positives|people-leaks|machine-leaks|homelab-leaks|internal-names)/.test(name)).map((name) => join(unitDir, name)),
    join(root, 'test/fixtures/leak/false-positives.md'),
    ...readdirSync(join(root, 'test/fixtures/leak/postmortems')).map((name) => join(root, 'test/fixtures/leak/postmortems', name)),
  ];
  // The settings of the guard's own tests: lists of people, internal names and domains.
  const options: RedactionOptions = {
    internalDomains: ['.internal', '.corp', '.local', '.lan'],
    serviceIds: ['checkout-api', 'orders-db', 'pg2', 'search', 'dns'],
    people: ['Jane Doe', 'Bob', 'José Álvarez', 'Zoë'],
    orgScopes: ['acme'],
    internalNames: ['Site Reliability', 'sre', 'search'],
    publicNames: ['github.com/acme/public-sdk'],
  };
  // Lines of prose and code as the tests write them (a test's long data lines are left out: time).
  const lines = [...new Set(sources.flatMap((file) => readFileSync(file, 'utf8').split('\n')))].filter((line) => line.length <= 240);

  test('checks made by a scan of the fixtures hold on every line their patterns match', () => {
    const recorded = recordCheckedPatterns();
    for (const file of sources.filter((f) => !f.endsWith('.test.ts'))) scanPublicText(file, readFileSync(file, 'utf8'), options);
    const patterns = new Map([...recorded].map((p) => [`${p.flags}/${p.source}`, p]));
    expect(patterns.size).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const pattern of patterns.values()) {
      const check = requiredTextCheck(pattern)!;
      const plain = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      for (const line of lines) if (plain.test(line) && !check.test(line)) failures.push(`${pattern} matches ${JSON.stringify(line)} but its check ${check} does not`);
    }
    expect(failures).toEqual([]);
  });
});
