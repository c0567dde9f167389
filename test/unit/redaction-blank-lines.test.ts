import { describe, expect, test } from 'vitest';
import { blankLine, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

const options: RedactionOptions = { internalDomains: ['.internal'], serviceIds: ['orders-db'], people: ['Jane Doe'], orgScopes: ['acme'] };
const rules = (text: string) => scanPublicText('post.mdx', text, options).findings.map((f) => `${f.rule}@${f.line}`);

// matchLines skips a line of spaces and tabs without running the rules (session 33). What it
// skips must be only such lines: a line with anything else on it may hold a finding, even one
// without a letter or a digit.
describe('the blank-line pre-check of the line rules', () => {
  test('skips only empty lines and lines of spaces and tabs', () => {
    for (const line of ['', ' ', '\t', '  \t  ']) expect(blankLine.test(line), JSON.stringify(line)).toBe(true);
    for (const line of ['\u00a0', '\u3000', '\u200b', '\u202e', ' x ', '\t@', '\uFEFF']) expect(blankLine.test(line), JSON.stringify(line)).toBe(false);
  });

  test('a line of spaces around a direction override is still read (no letter, no digit, a finding)', () => {
    expect(rules('Intro.\n\n  \u202E\u202C  \n\nEnd.')).toContain('redact/hidden-text@3');
  });

  test('a finding on the line after blank ones is still found on its own line', () => {
    expect(rules('Intro.\n \n\t\n  Mail jane@acme.example  ')).toEqual(expect.arrayContaining(['redact/email@4']));
  });
});
