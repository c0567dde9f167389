import { describe, expect, test } from 'vitest';
import { capitalCue, cuedClausePhrasings } from '../../src/lib/publication/person-clause-forms.ts';
import { cuedHostPhrasings } from '../../src/lib/publication/unported-internal-hosts.ts';
import { cuedCloudProjectPhrasings } from '../../src/lib/publication/cloud-project-hosts.ts';
import { cuedAddressPhrasings } from '../../src/lib/publication/person-address-forms.ts';
import { cueCounterexamples } from '../support/regex-samples.ts';

/**
 * The cue checks of the redaction rules (docs/redaction.md, "Twenty-fifth probe round"): a phrasing
 * runs only on a line holding its cue, so every line its pattern matches must hold the cue, or the
 * phrasing fails open. Lines are drawn from each pattern's own source (each alternative, class
 * member, space and case at random), so widening a pattern without its cue fails here.
 */
describe('every line a cued phrasing matches holds its cue', () => {
  test.each(cuedClausePhrasings.map((p) => [p.name, p] as const))('%s (person-clause-forms.ts)', (_, { cue, pattern, named }) => {
    const check = cueCounterexamples(pattern, (line) => (!named || capitalCue.test(line)) && cue.test(line));
    expect(check.matched).toBeGreaterThanOrEqual(30);
    expect(check.missed).toEqual([]);
  });

  test.each(cuedAddressPhrasings.map((p) => [p.name, p] as const))('%s (person-address-forms.ts)', (_, { cue, pattern }) => {
    const check = cueCounterexamples(pattern, (line) => capitalCue.test(line) && cue.test(line));
    expect(check.matched).toBeGreaterThanOrEqual(30);
    expect(check.missed).toEqual([]);
  });

  test.each([...cuedHostPhrasings, ...cuedCloudProjectPhrasings].map((p) => [p.name, p] as const))('%s (unported-internal-hosts.ts, cloud-project-hosts.ts)', (_, { cue, pattern }) => {
    const check = cueCounterexamples(pattern, (line) => cue.test(line));
    expect(check.matched).toBeGreaterThanOrEqual(30);
    expect(check.missed).toEqual([]);
  });
});

describe('the check finds a cue the pattern does not imply', () => {
  test.each([
    ['a pattern widened past its literal cue', /\s(?:by|from)\s/, / by /],
    ['a space of another width than the cue', /was\s+paged\s+by\s+\p{Lu}\p{Ll}+/u, / by /],
    ['a capital the cue reads in lower case only', /\b(?:[Mm]e|I)\s+and\s+\p{Lu}\p{Ll}+/u, /\bme\b|\bI\b/],
    ['a case-insensitive pattern and a lower-case cue', /go\/[a-z]+/i, /go\//],
  ])('%s', (_, pattern, cue) => {
    expect(cueCounterexamples(pattern, (line) => cue.test(line)).missed).not.toEqual([]);
  });
});
