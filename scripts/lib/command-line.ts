import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * `parseArgs`, with a mistake on the command line (an unknown option, a missing value) reported
 * as one line and a pointer to `--help` instead of Node's stack trace; exits with status 2.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (!String((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS')) throw error;
    console.error(`${(error as Error).message}\nRun the command with --help to see its options.`);
    process.exit(2);
  }
}

/**
 * The value of a `--name N` option as a whole number from `min` to `max`; anything else exits with
 * status 2, saying so. (`max`: a mistyped --count 99999999999 filled the disk with generated files.)
 */
export function wholeNumberOption(name: string, value: string | undefined, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const number = Number(value);
  if (value === undefined || !/^\s*\d+\s*$/.test(value) || number < min || number > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max.toLocaleString('en-US')}`;
    console.error(`--${name} must be a whole number ${range}; got "${value ?? ''}".`);
    process.exit(2);
  }
  return number;
}
