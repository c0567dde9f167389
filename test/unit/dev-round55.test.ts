import { afterEach, describe, expect, test } from 'vitest';
import { mayHoldSetextRuleHeading } from '../../src/lib/setext-rule-headings.ts';
import { recordedDevSession } from '../support/dev-session.ts';

// Session 55: what made three tests reach their 60 s limit on a loaded host (docs/testing.md,
// "Suite time, session 54"), and the check's modules warmed when a dev server has started.

/** The test the check ran before session 55: it started at every character not a space. */
const quadraticTest = (body: string) => /\S[^\n]*\n {0,3}-+[ \t]*(?:\n|$)/.test(body);

describe('mayHoldSetextRuleHeading (the check\'s test before it looks for a `---` under a sentence)', () => {
  test('is true for the bodies the test it replaces was true for, and for no other', () => {
    const written = [
      'Reverting fixed it.\n---\n', 'Reverting fixed it.\n   ---', 'Reverting fixed it.\n    ---\n', '\n---\n', '---\n---\n',
      '  \t x\n- \n', 'x\r\n---\r\n', 'x\n--- \t', 'x\n---x\n', 'x\u2028---\n', '\u00a0\n-\n', '\r\n-\n', ' \n-', 'x\n\n---\n', '',
    ];
    // Bodies of the characters that decide it, in every order up to a length: the two agree on each.
    const alphabet = ['a', ' ', '\t', '\n', '-', '\r', '\u2028', '\u00a0'];
    const generated: string[] = [''];
    for (let length = 1, last = ['']; length <= 6; length++) {
      last = last.flatMap((prefix) => alphabet.map((c) => prefix + c));
      for (const body of last) generated.push(body);
    }
    const disagreements = [...written, ...generated].filter((body) => mayHoldSetextRuleHeading(body) !== quadraticTest(body));
    expect(disagreements).toEqual([]);
    expect(written.filter(mayHoldSetextRuleHeading)).toEqual(['Reverting fixed it.\n---\n', 'Reverting fixed it.\n   ---', '---\n---\n', '  \t x\n- \n', 'x\n--- \t']);
  });

  test('reads a long line once: bad-input-round10\'s <span>s nested 10,000 deep (a line of 130 KB) took 9 s of the check\'s CPU, 30,000 deep ~80 s', () => {
    // Not timed: the test it replaces, on these bodies, outlasts this test's 60 s limit.
    const spans = (depth: number) => `${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`;
    expect(mayHoldSetextRuleHeading(`Intro.\n${spans(30_000)}\n`)).toBe(false);
    expect(mayHoldSetextRuleHeading(`Intro.\n${spans(30_000)}\n---\n`)).toBe(true);
  });
});

describe('npm run dev: the check\'s modules', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  test('are loaded by the worker once the start-up work Astro waits for is sent (and, since session 56, the first page served), with no save', async () => {
    // What the worker sent, in its order.
    const { session, received, stop: end } = recordedDevSession();
    stop = end;
    session.start();
    session.firstPageServed();
    const warmed = await session.checkModulesWarmed.promise;
    expect(warmed).toEqual({ cpuSeconds: expect.any(Number) });
    // After the first validation (the content loader's) and the similar links (the pages'): the start does not wait for it.
    expect(received).toEqual(['validated', 'similar', 'check-modules-warmed']);
  });
});
