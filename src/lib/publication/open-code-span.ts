/**
 * Whether `index` of a line falls inside a code span: an odd number of backticks before it. The
 * system-name rules read a name in a code span as a program's part as often (`snap-worker`), and
 * leave it to the rules that read code spans.
 */
export function isInsideCodeSpan(line: string, index: number): boolean {
  return (line.slice(0, index).match(/\x60/g)?.length ?? 0) % 2 === 1;
}
