// Where an MDX expression that is never closed opened. The MDX parser reports "Unexpected end of
// file in expression, expected a corresponding closing brace for `{`" at the end of the file,
// which may be hundreds of lines after the `{` (or `{/*` of a comment) the author has to close.

/**
 * The line and column (1-based, in `body`) of the first `{` that no `}` closes, outside fenced
 * code and code spans, where a `\{` is text; or undefined when every brace is closed.
 */
export function findUnclosedBrace(body: string): { line: number; column: number } | undefined {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const text = body
    .replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]*\2[ \t]*(?=\n|$)|$)/gm, blank)
    .replace(/(`+)[^`\n]+?\1/g, blank)
    .replace(/\\[{}]/g, '  ');
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') open.push(i);
    else if (text[i] === '}') open.pop();
  }
  if (!open.length) return undefined;
  const before = text.slice(0, open[0]).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
