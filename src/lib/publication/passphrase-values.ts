/**
 * A passphrase of words joined by underscores or hyphens given as a password's value
 * (`password: Correct_horse_battery_staple_42`, "the passphrase was `correct-horse-battery-staple`";
 * the sixteenth probe round, docs/redaction.md). Since the fourteenth round of false positives a
 * long run of words joined by underscores is read as a function's name (`Curl_sasl_create_digest_md5_message`),
 * and a run shorter than the key-material rule's 32 characters was never read: after a word that
 * says a password follows, such a value is one whatever it is made of. A placeholder
 * (`your_password_here`, `change-me-now`, `<password>`) is none.
 */
import { allMatches } from '../regexp.ts';
import type { CuedPattern } from './cued-pattern.ts';

const passwordValue = /\b(?:password|passphrase|passwd|pass_?word|pwd)\b["']?\s*(?:[:=]|\s+(?:is|was|set to|reads)\s)\s*[`"']?([\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+){2,})(?![\p{L}\p{N}_-])/giu;
const placeholder = /(?:^|[_-])(?:your|my|example|sample|placeholder|changeme|change|here|secret|password|passphrase|redacted|xxx+|dummy|test|foo|bar)(?:$|[_-])/i;

/** Passphrases given as a password's value on a line (the value's text and index). */
/** The cues each pattern's lines must hold, tested first (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedPassphrasePatterns: readonly CuedPattern[] = [{ name: 'a passphrase value', cue: /pass|pwd/i, pattern: passwordValue }];

export function findPassphraseValues(line: string): { text: string; index: number }[] {
  if (!cuedPassphrasePatterns[0].cue.test(line)) return [];
  const found: { text: string; index: number }[] = [];
  for (const m of allMatches(passwordValue, line)) {
    const value = m[1];
    if (value.length < 12 || placeholder.test(value)) continue;
    found.push({ text: value, index: m.index! + m[0].length - value.length });
  }
  return found;
}
