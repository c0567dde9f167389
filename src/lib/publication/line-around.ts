/**
 * The rest of the line around a finding's text at [start, end) of `source`, the text itself left
 * out (one space in its place): what `npm run redact` reads to tell the line's language and
 * whether a run of another script stands inside a sentence of Latin letters.
 */
export function lineAround(source: string, start: number, end: number): string {
  const [lineStart, lineEnd] = lineBoundsAround(source, start, end);
  return `${source.slice(lineStart, start)} ${source.slice(end, lineEnd)}`;
}

/** Where the line holding `start` begins and the line holding `end` ends (before its line break). */
export function lineBoundsAround(source: string, start: number, end: number): [number, number] {
  const lineEnd = source.indexOf('\n', end);
  return [source.lastIndexOf('\n', start - 1) + 1, lineEnd < 0 ? source.length : lineEnd];
}
