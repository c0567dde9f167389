import { describe, expect, test } from 'vitest';
import { findPersonCandidates } from '../../src/lib/publication/person-patterns.ts';
import { LineMemo } from '../../src/lib/publication/line-memo.ts';

/** `line:text` of every candidate. */
const names = (text: string) => findPersonCandidates(text).map((c) => `${c.line}:${c.text}`);

// findPersonCandidates keeps each line's rule answers by the line (session 33, line-memo.ts). The
// same line read again in another place must still be judged by what its rules read there: whether
// it is code, and the neighbouring line the initials' and the definition lists' rules read.
describe('per-line answers kept by the line', () => {
  test('a line read as prose, then the same line inside a code block', () => {
    const line = 'Thanks to Dagfinn Brekke for the quick fix.';
    expect(names(line)).toContain('0:Dagfinn Brekke');
    // In a fence the phrasings are not read (code); an answer kept from the prose line would find him.
    expect(names(`\`\`\`\n${line}\n\`\`\``)).not.toContain('1:Dagfinn Brekke');
    // And back as prose, after the code answer was kept.
    expect(names(`Intro.\n\n${line}`)).toContain('2:Dagfinn Brekke');
  });

  test('an initial and a surname: found under a closing only, whichever was read first', () => {
    const signed = 'Best regards,\nJ. Vik';
    const unsigned = 'The pump was replaced.\nJ. Vik';
    expect(names(unsigned)).not.toContain('1:J. Vik');
    expect(names(signed)).toContain('1:J. Vik');
    expect(names(`${unsigned}\n`)).not.toContain('1:J. Vik');
  });

  test("a definition list's term: found when the next line defines a role, whichever was read first", () => {
    const term = 'Dagfinn';
    expect(names(`${term}\n: the incident commander`)).toContain(`0:${term}`);
    expect(names(`${term}\n: the database cluster`)).not.toContain(`0:${term}`);
    expect(names(`${term}\n: our incident commander`)).toContain(`0:${term}`);
  });
});

describe('LineMemo', () => {
  test('computes once per key and starts again past its limit', () => {
    const memo = new LineMemo<number>(2);
    let computed = 0;
    const get = (key: string) => memo.get(key, () => ++computed);
    expect([get('a'), get('a'), get('b'), get('a')]).toEqual([1, 1, 2, 1]);
    get('c'); // the third key: the memo starts again
    expect(get('a')).toBe(4);
  });
});
