/**
 * Mistakes on `npm run check`'s command line that it passed over or said wrongly (bad input round
 * 19): `--format Json` was "does not apply to it" with `--rules` and "Unknown --format" without,
 * where only the letter case differs; `--rules x` listed the rules and ignored `x` without a word.
 */
export const checkFormats = ['text', 'json', 'github'] as const;

/** The message for the options as given, or undefined when they are fine. */
export function checkOptionsProblem(options: { format: string; rules?: boolean; publicReport?: boolean }, positionals: readonly string[]): string | undefined {
  const format = options.format;
  if (!(checkFormats as readonly string[]).includes(format) && (checkFormats as readonly string[]).includes(format.trim().toLowerCase())) {
    return `--format "${format}" is ${format.trim().toLowerCase()} in other letter case (formats are written in lower case): give --format ${format.trim().toLowerCase()}.`;
  }
  if (options.rules && positionals.length) {
    const named = positionals.slice(0, 3).join(' ');
    return `--rules lists the lint rules and checks no file, so ${named}${positionals.length > 3 ? ' …' : ''} would not be read: run npm run check -- --rules alone, or npm run check -- ${named} to check ${positionals.length === 1 ? 'it' : 'them'}.`;
  }
  // Round 33: `--rules --public-report` listed the rules and printed no report, status 0, the
  // report asked for passed over without a word (as `--rules x` once passed over the file).
  if (options.rules && options.publicReport) {
    return '--rules lists the lint rules and checks no post, so --public-report would print nothing: run npm run check -- --public-report for the report, and npm run check -- --rules on its own for the rules.';
  }
  return undefined;
}
