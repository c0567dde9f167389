/**
 * The users of a pasted process listing (since the twenty-eighth probe round, docs/redaction.md):
 * `ps aux`, `ps -ef` and `top` print a header whose first column is `USER` or `UID` beside `PID`,
 * then one process a line, its user first. A user that reads as a person's handle
 * (`isPersonalHandleValue`: no English, public or common word, system account, daemon or bot) is
 * a person's account; `root`, `postgres`, `www-data` and the like are not.
 */
import { isPersonalHandleValue } from './pasted-config-people.ts';
import type { PatternMatch } from './person-patterns.ts';

/** A process listing's header: the user's column first, the process id after it. */
const listingHeader = /^\s*(?:USER|UID)\s+PID\b/;
/** A process line: the user, then the process id. */
const processLine = /^\s*([a-z][a-z0-9._-]{1,30})\s+\d+\s/i;

/** The users of process listings in code blocks, by line index. */
export function findProcessListUsers(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  let inListing = false;
  lines.forEach((line, i) => {
    if (!codeLines.has(i)) {
      inListing = false;
      return;
    }
    if (listingHeader.test(line)) {
      inListing = true;
      return;
    }
    if (!inListing) return;
    const m = processLine.exec(line);
    if (!m) {
      inListing = false;
      return;
    }
    if (isPersonalHandleValue(m[1])) found.set(i, [{ text: m[1], index: line.indexOf(m[1]), severity: 'error', why: "a process listing's user" }]);
  });
  return found;
}
