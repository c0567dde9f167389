/**
 * Who a code comment is addressed to or signed by (since the twenty-eighth probe round,
 * docs/redaction.md): a comment of SQL, shell, crontab, YAML or C-like code that opens with a
 * capitalised name and a colon before an instruction (`-- Quenby: rerun after the restore`), as
 * `# Note:` and `# TODO:` open with a word, or with a handle and a date (`# qmarrow 2025-03-01:
 * disabled until …`), the way people sign a change to a shared file. The name must read as a
 * person's (`readsAsPersonName`: no dictionary, lexicon or public term knows it, or a given name
 * and nothing else) and the handle as a person's account (`isPersonalHandleValue`), so `# Note:`,
 * `# Redis: …` and `# root 2025-…` are not found. Guesses.
 */
import { readsAsPersonName } from './person-clause-forms.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';

const commentOpening = String.raw`^[ \t]*(?:--|#|\/\/|;|\/\*)[ \t]*`;
const addressedComment = new RegExp(String.raw`${commentOpening}(\p{Lu}\p{Ll}{2,})[ \t]*:[ \t]+\p{Ll}`, 'u');
const signedComment = new RegExp(String.raw`${commentOpening}@?([a-z][a-z0-9._-]{2,30})[ \t]+\d{4}-\d{2}-\d{2}(?![\d])`, 'u');
/**
 * A comment asking the reader to go to someone (since probe round 31): `// ask qorvath before
 * raising this`, `# check with qorvath first`, `-- per qorvath, keep it at 40`. Prose reads "ask X
 * before" of capitalised names; a comment writes the handle in lower case.
 */
const askingComment = new RegExp(String.raw`(?:--|#|\/\/|;|\/\*)[ \t]*(?:[A-Za-z]+:[ \t]*)?(?:[Aa]sk|[Pp]ing|[Cc]heck with|[Tt]alk to|[Pp]er|[Cc]onfirm with|[Cc]oordinate with)[ \t]+@?([a-z][a-z0-9._-]{2,30})(?=[ \t]+(?:before|about|first|if|when|for|to|on)\b|[ \t]*[,;:.]|[ \t]*$)`, 'u');

/** The phrasings and their cues (test/unit/redaction-cue-implication.test.ts checks each is implied). */
export const cuedCommentPeople: readonly CuedPattern[] = [
  { name: "a code comment's addressee", cue: /--|#|\/\/|;|\/\*/, pattern: addressedComment },
  { name: "a code comment's signature with a date", cue: /\d{4}-\d\d-\d\d/, pattern: signedComment },
  { name: 'a code comment sending the reader to someone', cue: /--|#|\/\/|;|\/\*/, pattern: askingComment },
];

/** The person a code comment on this line is addressed to or signed by, if any. */
export function findCodeCommentPeople(line: string): PatternMatch[] {
  const [addressed, signed, asking] = cuedCommentPeople;
  if (!addressed.cue.test(line)) return [];
  const to = addressed.pattern.exec(line);
  if (to && readsAsPersonName(to[1])) return [{ text: to[1], index: to[0].lastIndexOf(to[1]), severity: 'error', guess: true, why: "a code comment's addressee" }];
  const by = signed.cue.test(line) ? signed.pattern.exec(line) : null;
  if (by && isPersonalHandleValue(by[1])) return [{ text: by[1], index: by[0].indexOf(by[1]), severity: 'error', guess: true, why: "a code comment's signature" }];
  const sent = asking.pattern.exec(line);
  if (sent && isPersonalHandleValue(sent[1])) return [{ text: sent[1], index: sent.index + sent[0].lastIndexOf(sent[1]), severity: 'error', guess: true, why: 'a code comment sending the reader to someone' }];
  return [];
}
