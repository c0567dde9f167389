/**
 * A pattern run only on a line holding its cue (since the twenty-fifth probe round,
 * docs/redaction.md): the cue is a test cheaper than the pattern that every line the pattern
 * matches passes, as most lines hold none and the scan reads every line. A cue the pattern does
 * not imply fails open, so each file exports its pairs and
 * test/unit/redaction-cue-implication.test.ts draws lines from each pattern and fails on one its
 * cue misses.
 */
export interface CuedPattern {
  name: string;
  cue: RegExp;
  pattern: RegExp;
}
