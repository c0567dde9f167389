/**
 * What a PII-redaction tool or an importer leaves of a person in a draft (since probe round 54,
 * docs/redaction.md): a name masked only in part and a handle kept beside a placeholder.
 *
 * - an initial and a surname cut to its first letter and asterisks (`J. D***`), or a given name
 *   and a surname both so cut (`O*** V***`): the letters left and the post's context say who;
 * - the handle in parentheses after a tool's placeholder (`[REDACTED] (ana)`, `[PERSON_1]
 *   (tbreckan)`, `[NAME] (@kvorlander)`): the tool masked the name and kept the account.
 *
 * A given name before a masked surname (`Oskar V***`) is read by the name rules already. A role
 * or a pronoun in the parentheses (`[REDACTED] (SRE)`, `[REDACTED] (she/her)`) is no account, and
 * words (`[REDACTED] (the DBA)`) are no handle.
 */
import type { PatternMatch } from './person-patterns.ts';

/** An initial and a masked surname, or two masked parts. */
const maskedName = /(?<![\p{L}\p{N}_*])(?:\p{Lu}\.[ \t]?\p{Lu}\p{Ll}?\*{2,}|\p{Lu}\p{Ll}?\*{2,}[ \t]\p{Lu}\p{Ll}?\*{2,})(?![\p{L}\p{N}_])/gu;
/** The placeholders redaction tools write for a person's name, then a handle in parentheses. */
const placeholderThenHandle = /(?:\[(?:REDACTED|PERSON|NAME|USER|USERNAME|FULL_?NAME|PII)(?:[_ -]?\d{1,3})?\]|<(?:PERSON|NAME|REDACTED)(?:_\d{1,3})?>|█{2,})[ \t]*\((@?)([\p{L}][\p{L}\p{N}._-]{1,30}[\p{L}\p{N}])\)/gu;
/** Roles, teams and pronouns a writer puts in those parentheses instead of an account. */
const notAnAccount = /^(?:sre|dba|ic|ops|devops|oncall|on-call|admin|lead|manager|engineer|contractor|customer|vendor|intern|cto|ceo|cfo|ciso|vp|pm|em|qa|support|security|legal|he\/him|she\/her|they\/them|redacted|name|person|user|anon|anonymous|unknown|n\/a)$/i;

/** The people a redaction tool left readable on one line. */
export function findRedactorDraftPeople(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (line.includes('**')) {
    for (const m of line.matchAll(maskedName)) found.push({ text: m[0], index: m.index, severity: 'error', why: 'a name a redaction tool masked only in part' });
  }
  if (line.includes('(')) {
    for (const m of line.matchAll(placeholderThenHandle)) {
      const handle = m[2];
      if (notAnAccount.test(handle)) continue;
      found.push({ text: handle, index: m.index + m[0].length - 1 - handle.length, severity: 'error', why: "an account a redaction tool kept beside its placeholder" });
    }
  }
  return found;
}
