// Bad input, round 8: what round 7 left, and further inputs tried against every command
// (docs/rules.md, "Bad input round 8").
import { describe, expect, test } from 'vitest';
import { findNumberNotationProblems } from '../../src/lib/number-notation.ts';
import { errorsAfterEditingGoodInput } from '../support/content-fixture.ts';

const errorsAfter = errorsAfterEditingGoodInput;

describe('impact numbers in a flow mapping', () => {
  const flowImpact = (numbers: string) => (t: string) => t.replace(
    /impact:\n {2}description: Some checkout attempts failed\.\n {2}start: (\S+)\n {2}end: (\S+)\n/,
    `impact: {description: Some checkout attempts failed., start: $1, end: $2, ${numbers}}\n`,
  );

  test('impact: {…, downtimeMinutes: 0x10} is an error at the value (it was read as 16 and passed)', () => {
    expect(errorsAfter(flowImpact('downtimeMinutes: 0x10'))).toEqual([expect.objectContaining({
      rule: 'schema/invalid', line: 16, column: 128, field: 'impact.downtimeMinutes',
      message: 'impact.downtimeMinutes is written 0x10, which YAML reads as the hexadecimal number 16: a number of minutes is not written in base 16, so this is surely a mistake.',
    })]);
  });

  test('octal and too large in a flow mapping over lines; quoted text and ordinary numbers are left to the schema', () => {
    const problems = findNumberNotationProblems('title: x\nimpact: {usersAffected: 0o17,\n  revenueLost: 1e400, failedOrders: "0x10", downtimeMinutes: 10}\n', 5);
    expect(problems.map((p) => [p.path.join('.'), p.line, p.column])).toEqual([['impact.usersAffected', 6, 25], ['impact.revenueLost', 7, 16]]);
    expect(findNumberNotationProblems(`impact: {usersAffected: ${'9'.repeat(400)}}\n`, 2).map((p) => p.message)).toEqual([expect.stringMatching(/^impact\.usersAffected is written 9{400}, a number too large/)]);
    expect(errorsAfter(flowImpact('downtimeMinutes: 10'))).toEqual([]);
  });
});
