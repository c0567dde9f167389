import { describe, expect, it } from 'vitest';
import { isBodyWithoutAccount } from '../../src/lib/empty-body.ts';

// Session 41: a body is settled at its first line of account when no comment comes before it or on
// it; a comment there sends it to the whole reading (comments removed, then every line).
describe('isBodyWithoutAccount', () => {
  it.each([
    ['a line of account first', 'What happened: the pool ran dry.\n<!-- a note -->\n', false],
    ['headings and rules, then account', '## What happened\n\n---\n\nThe pool ran dry.\n', false],
    ['headings, rules and blank lines only (CRLF)', '## What happened\r\n\r\n* * *\r\n## Impact\r\n', true],
    ['an empty body', '', true],
    ['account only inside a comment that spans lines', '## What happened\n\n<!-- to write:\n\nThe pool ran dry.\n-->\n## Impact\n', true],
    ['account only inside an MDX comment', '## What happened\n{/* The pool ran dry. */}\n', true],
    ['a comment, then account on the same line', '## What happened\n<!-- note -->The pool ran dry.\n', false],
    ['an expression holding words', '## What happened\n{props.text}\n', false],
    ['a heading ending in a carriage return alone, last', '## What happened\r', false],
    ['a heading line with a line separator in it', '## What\u2028happened\n', false],
  ])('%s', (_name, body, expected) => {
    expect(isBodyWithoutAccount(body)).toBe(expected);
  });
});
