import { binaryKindOfExport } from './binary-file.ts';

/**
 * Why a text given as JSON (a chat or pager export, a tracker export, a queries file, a CPU
 * profile) is not JSON, in words that say where (bad input round 25). V8's own message names no
 * place for most mistakes ("Unexpected token ']', "[1,2,\n3,]" is not valid JSON") and quotes the
 * text, so a binary file printed a line of garbage; an empty file was "Unexpected end of JSON
 * input". Undefined when the text parses.
 */
export function jsonSyntaxProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    if (!text.trim()) return 'is empty: there is no JSON in it (an export cut short, or saved before it was written?)';
    const binary = binaryKindOfExport(text);
    if (binary) return `is not text but ${binary}, so it holds no JSON`;
    let offset = firstBadOffset(text);
    // `not json`: "n" could start null, so the search stops at "o"; the word is what is wrong.
    while (offset > 0 && offset < text.length && /[A-Za-z]/.test(text[offset]) && /[A-Za-z]/.test(text[offset - 1])) offset--;
    const { line, column, lineText } = lineAndColumn(text, offset);
    const shown = lineText.trim().length > 60 ? `${lineText.trim().slice(0, 57)}…` : lineText.trim();
    if (offset >= text.length) return `is not valid JSON: it ends (line ${line}) before what it opened is closed (a bracket, a brace or a quote), as a file cut short does`;
    const token = /^[A-Za-z_]+/.exec(text.slice(offset))?.[0] ?? text[offset];
    return `is not valid JSON: line ${line}, column ${column} (\`${shown}\`): ${reasonOf((error as Error).message, token)}`;
  }
}

/**
 * The offset of the first character no JSON text could continue with: the longest prefix that is
 * still JSON cut short (its error is at its end), found by halving. Prefixes of a valid start stay
 * valid, so the search is exact but for a literal (`tru`), found at its start.
 */
function firstBadOffset(text: string): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (isCutShortJson(text.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}

function isCutShortJson(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    if (/Unexpected end of JSON input/.test(message)) return true;
    const position = /at position (\d+)/.exec(message);
    return position !== null && Number(position[1]) >= prefix.length;
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number; lineText: string } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', offset);
  return { line, column: offset - lineStart + 1, lineText: text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd) };
}

/** V8's reason without the quoted text or the position, which the caller says in its own words. */
function reasonOf(message: string, token: string): string {
  if (/^Unexpected non-whitespace character after JSON/.test(message)) return 'a second value begins after the first one ended (one value per line, JSON Lines, is not this file\'s form: it holds one value, e.g. one [ … ] list)';
  if (/^Unexpected token/.test(message)) {
    const shown = token === "'" ? '"\'" (JSON quotes with " only)' : JSON.stringify(token);
    return `${shown} cannot stand there (a comma too many or too few, a quote or bracket missing, or text that is not JSON)`;
  }
  return message.replace(/,? ?"[\s\S]*" is not valid JSON$/, '').replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?/, '').trim();
}
