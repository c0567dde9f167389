/**
 * Items joined by `separator` in lines of at most 118 characters, as the generated word lists of
 * src/lib/publication write them (brand-names.ts, registry-package-names.ts): words by spaces,
 * one a line break apart; phrases by `|`, which ends each line too.
 */
export function wrappedList(items: readonly string[], separator: string): string {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && line.length + item.length + separator.length > 118) { lines.push(line); line = ''; }
    line = line ? `${line}${separator}${item}` : item;
  }
  if (line) lines.push(line);
  return lines.join(separator === ' ' ? '\n' : `${separator}\n`);
}
