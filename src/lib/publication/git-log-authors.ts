/**
 * The authors `git shortlog` and a one-line `git log` print, in a pasted block (since probe round
 * 41; round 40b read `git log`'s `Author:` field and left these in "Limits"):
 *
 * - `git shortlog`: an author's name and the count of their commits, then their subjects indented
 *   (`Ysolde Kerrigan (12):`);
 * - `git shortlog -sn`: a count, a tab and the name (`    42\tYsolde Kerrigan`);
 * - `git log --format='%h %ad %an  %s'` and its like: a commit's short hash, a date, the author's
 *   name of two to four capitalised words, then two spaces or more before the subject; since probe
 *   round 56 also one space (`4f1c2e9 2026-03-03 Tamsin Okereke Raise the pool size`, as
 *   `--format='%h %ad %an %s'` with `--date=short` prints it): the name is then read as its first
 *   two capitalised words (with a particle between), which must read as a name; and the author in
 *   angle brackets closing the line, as `--format='%h %s <%an>'` writes it
 *   (`4f1c2e9 Raise the pool size <Tamsin Okereke>`).
 *
 * Since probe round 54 also:
 *
 * - the lines after a `git log --format=…` (or `--pretty=format:…`) command of the same block,
 *   read by the fields its format names: the author's or committer's name (`%an`, `%cn`) wherever
 *   the format places it (`4f2a9c1 Oskar Vellmann fix: …` after `--format="%h %an %s"`);
 * - a hash, the author and a date between one separator (`|`, a tab, `;`, `,`), as a script's
 *   format writes them without the command pasted (`9b1e2d0|hvanteer|2026-03-02|…`), a full name
 *   or a handle.
 *
 * Code lines only: prose writes none of these. A name of words no name is made of ("Fix Proxy
 * Timeout (3):") is not read.
 */
import { isEnglishWord, isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';
import { escapeRegExp } from '../regexp.ts';
import type { PatternMatch } from './person-patterns.ts';
import { alternationOf, irishSurnamePrefixes, nameParticles } from './name-particles.ts';

const word = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
/** A particle or an Irish prefix between a name's words. */
const particle = alternationOf([...nameParticles, ...irishSurnamePrefixes]);
const fullName = String.raw`${word}(?:\s(?:(?:${particle})\s)?${word}){1,3}`;
const shortlogHeader = new RegExp(String.raw`^(${fullName}) \(\d+\):\s*$`, 'du');
const shortlogCount = new RegExp(String.raw`^\s*\d+\t(${fullName}|${word})\s*$`, 'du');
const onelineAuthor = new RegExp(String.raw`^\s*[0-9a-f]{7,40}\s+(?:\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+)(${fullName})\s{2,}\S`, 'du');
/** A hash, a subject and the author's full name in angle brackets closing the line (an address has an `@`). */
const bracketedAuthor = new RegExp(String.raw`^\s*[0-9a-f]{7,40}\s+\S.*?\s<(${fullName})>\s*$`, 'du');
/** The same with one space before the subject: the name's first two words only (the subject may open with a capital). */
const onelineAuthorOneSpace = new RegExp(String.raw`^\s*[0-9a-f]{7,40}\s+\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+(${word} (?:(?:${particle}) )?${word}) \S`, 'du');

/** Whether a name's words could be a person's: not all of them words of a dictionary or public names. */
const readsAsName = (name: string) => {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.some((w) => isPublicTerm(w) && !isKnownFirstName(w))) return false;
  return words.length === 1 ? !isEnglishWord(words[0].toLowerCase()) && !isOrdinaryWord(words[0]) : !words.every((w) => isOrdinaryWord(w) || (isEnglishWord(w.toLowerCase()) && !isKnownFirstName(w)));
};

/** A hash, then the author and a date between the same separator (`9b1e2d0|hvanteer|2026-03-02|…`). */
const separatedAuthor = new RegExp(String.raw`^\s*[0-9a-f]{7,40}([|\t;,])\s*(${fullName}|[a-z][a-z0-9._-]{2,30}[a-z0-9])\s*\1\s*\d{4}-\d{2}-\d{2}`, 'du');

/** A `git log` or `git show` command with a format of its own, and the format (quoted or not). */
const formatCommand = /\bgit\s+(?:log|show|rev-list)\b.*?--(?:format|pretty)[= ](?:format:|tformat:)?(?:"([^"]*)"|'([^']*)'|(\S+))/;
/** The placeholders of a format: a name (`%an`, `%aN`, `%cn`, `%cN`), or any other field. */
const formatField = /%(?:an|aN|cn|cN|[aAcC][a-zA-Z]|[hHtTpPsbBdDfnNe]|G[A-Z?]|x[0-9a-f]{2}|C\([^)]*\)|C[a-z]+|<\([^)]*\)|>\([^)]*\))/g;

/** The expression of a line a format prints, its one group the name (undefined when the format prints no name). */
function formatLine(format: string): RegExp | undefined {
  let source = '';
  let names = 0;
  let at = 0;
  for (const m of format.matchAll(formatField)) {
    source += escapeRegExp(format.slice(at, m.index)).replace(/\s+/g, '\\s+');
    const field = m[0];
    if (/^%[ac][nN]$/.test(field) && names++ === 0) source += `(${fullName}|[a-z][a-z0-9._-]{2,30}[a-z0-9])`;
    else if (/^%[hH]$/.test(field)) source += '[0-9a-f]{4,40}';
    else if (/^%(?:C|<|>|x)/.test(field)) source += '';
    else source += '.*?';
    at = m.index + field.length;
  }
  source += escapeRegExp(format.slice(at)).replace(/\s+/g, '\\s+');
  return names ? new RegExp(`^\\s*${source}`, 'du') : undefined;
}

/** A name a line holds where a format or a separator places it: a full name that reads as one, or a personal handle. */
const placedName = (name: string) => (/^\p{Lu}/u.test(name) ? /\s/.test(name) && readsAsName(name) : isPersonalHandleValue(name));

/** The authors git's summaries print on the post's code lines, by line. */
export function findGitLogAuthors(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  let format: RegExp | undefined;
  for (const i of [...codeLines].sort((a, b) => a - b)) {
    const line = lines[i];
    // A format holds for the lines after its command until the block ends or another command runs.
    if (!codeLines.has(i - 1) || /^\s*[$#>%]\s/.test(line)) format = undefined;
    const command = line.includes('git') ? formatCommand.exec(line) : null;
    if (command) {
      format = formatLine(command[1] ?? command[2] ?? command[3]);
      continue;
    }
    const byFormat = format?.exec(line);
    if (byFormat?.[1] && placedName(byFormat[1].trim())) {
      found.set(i, [{ text: byFormat[1].trim(), index: byFormat.indices![1]![0], severity: 'error', why: "an author a git log format prints" }]);
      continue;
    }
    if (!/\d/.test(line)) continue;
    const separated = separatedAuthor.exec(line);
    if (separated && placedName(separated[2])) {
      found.set(i, [{ text: separated[2], index: separated.indices![2]![0], severity: 'error', why: "an author a git log format prints" }]);
      continue;
    }
    const m = shortlogHeader.exec(line) ?? shortlogCount.exec(line) ?? onelineAuthor.exec(line) ?? onelineAuthorOneSpace.exec(line) ?? bracketedAuthor.exec(line);
    if (!m || !readsAsName(m[1])) continue;
    found.set(i, [{ text: m[1], index: m.indices![1]![0], severity: 'error', why: "an author git's summary prints" }]);
  }
  return found;
}
