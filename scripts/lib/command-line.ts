import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findClosestMatch } from '../../src/lib/closest-match.ts';
// Every command loads this module: a pipe closed by its reader (`| head`) ends it quietly, not with a stack trace.
import './closed-output.ts';

/**
 * `parseArgs`, with a mistake on the command line (an unknown option, a missing value) reported
 * as one line and a pointer to `--help` instead of Node's stack trace; exits with status 2.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, paths?: PathArguments): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgsOnce(config, paths);
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

/**
 * `parseArgs`, refusing an option that takes one value given twice with different values (it kept
 * the last without a word: `--title x --title y` titled the postmortem "y", `--format json
 * --format text` printed text). The refusal is thrown as parseArgs' own mistakes are, with a code
 * starting ERR_PARSE_ARGS, so each command reports it where it reports those. The arguments `paths`
 * names are read from the folder the command was typed in (`fromCallerFolder`); no other is.
 */
export function parseArgsOnce<T extends ParseArgsConfig>(config: T, paths: PathArguments = {}): ReturnType<typeof parseArgs<T>> {
  let parsed;
  try {
    parsed = parseArgs({ ...config, tokens: true });
  } catch (error) {
    const message = dashValueMessage((error as Error).message, config.args ?? process.argv.slice(2)) ?? unknownOptionMessage((error as Error).message, config) ?? missingValueMessage((error as Error).message) ?? switchValueMessage((error as Error).message) ?? switchWordAsPositional(error as NodeJS.ErrnoException, config);
    if (message) throw Object.assign(new Error(message), { code: (error as NodeJS.ErrnoException).code });
    throw error;
  }
  const tokens = parsed.tokens ?? [];
  const repeated = repeatedOption(config, tokens) ?? emptyArgument(tokens) ?? optionAfterTerminator(config, tokens, process.env.npm_lifecycle_event)
    ?? lookalikeOption(config, tokens) ?? switchGivenWord(config, tokens) ?? addressForPath(parsed as { values: Record<string, unknown>; positionals: string[] }, paths);
  if (repeated) throw Object.assign(new Error(repeated), { code: 'ERR_PARSE_ARGS_REPEATED_OPTION' });
  if (!config.tokens) delete (parsed as { tokens?: unknown }).tokens;
  // Only in a process npm started in the project's folder: a program started by another (a test, a
  // script) inherits INIT_CWD from some npm above it, while its own folder is the one that counts.
  const startedByNpmHere = Boolean(process.env.npm_package_json) && dirname(process.env.npm_package_json!) === process.cwd();
  const caller = { callerFolder: startedByNpmHere ? process.env.INIT_CWD : undefined, cwd: process.cwd(), exists: existsSync };
  readPathsFromCaller(parsed as { values: Record<string, unknown>; positionals: string[] }, paths, caller);
  return parsed as ReturnType<typeof parseArgs<T>>;
}

/**
 * Which of a command's arguments name files or folders: the options by name, and the positionals
 * (all of them, or from the `from`-th on, after a command word such as follow-ups' `sync`).
 * Only these are read from the folder the command was typed in: round 22 read every value so,
 * and `cd content && npm run new -- --title postmortems` would have titled the postmortem with a
 * path, `--repo acme/kb` or `--base main` become one wherever a folder of that name was there.
 */
export interface PathArguments {
  options?: readonly string[];
  positionals?: boolean | { from: number };
}

/** The index of the first positional that names a file (`count` when none does). */
const firstPathPositional = (paths: PathArguments, count: number) => (paths.positionals === true ? 0 : paths.positionals ? paths.positionals.from : count);

/** The declared path arguments of `parsed` rewritten by `fromCallerFolder`, in place; every other value is left as typed. */
export function readPathsFromCaller(parsed: { values: Record<string, unknown>; positionals: string[] }, paths: PathArguments, caller: Parameters<typeof fromCallerFolder>[1]): void {
  for (const name of paths.options ?? []) {
    const value = parsed.values[name];
    if (typeof value === 'string') parsed.values[name] = fromCallerFolder(value, caller);
    else if (Array.isArray(value)) parsed.values[name] = value.map((item) => (typeof item === 'string' ? fromCallerFolder(item, caller) : item));
  }
  const from = firstPathPositional(paths, parsed.positionals.length);
  for (let i = from; i < parsed.positionals.length; i += 1) parsed.positionals[i] = fromCallerFolder(parsed.positionals[i], caller);
}

/**
 * The message for a web address given where a command reads a file or folder, if any (bad input
 * round 23): `npm run import -- https://status.acme.example/history.atom` said "there is no file
 * https:/status.acme.example/…" (the path's // folded) as if the report were missing, and
 * `--out https://…` would have made a folder named `https:`. No command downloads; a `file://`
 * address names a file, so its path is given.
 */
export function addressForPath(parsed: { values: Record<string, unknown>; positionals: string[] }, paths: PathArguments): string | undefined {
  const from = firstPathPositional(paths, parsed.positionals.length);
  const given = [
    ...(paths.options ?? []).flatMap((name) => [parsed.values[name]].flat().filter((v): v is string => typeof v === 'string').map((value) => ({ value, where: `--${name}` }))),
    ...parsed.positionals.slice(from).map((value) => ({ value, where: 'the argument' })),
  ];
  for (const { value, where } of given) {
    // Round 24: `npm run import -- -` (or `--out -`), the Unix way of naming standard input or
    // output, was "-: no such file or folder".
    if (value === '-') return `${where} is "-", which many programs read as standard input or output, but this command reads and writes files by their names only. Give the path of a file or folder (what you would pipe in, save to a file first: e.g. pbpaste > report.md).`;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value.trim())?.[1];
    if (!scheme) continue;
    if (scheme.toLowerCase() === 'file') {
      let path: string;
      try {
        path = fileURLToPath(value.trim());
      } catch {
        path = value.trim().replace(/^file:\/\//i, '');
      }
      return `${where} "${value}" is a file:// address; give the file's path instead: ${path}.`;
    }
    return `${where} "${value}" is a web address, but this command reads files on this machine and downloads nothing. Save it first (e.g. curl -fLo ${basename(value.trim().replace(/[?#].*$/, '').replace(/\/+$/, '')) || 'report'} '${value.trim()}') and give the file's path.`;
  }
  return undefined;
}

/**
 * A relative path as the folder the command was typed in reads it. npm runs every script in the
 * project's folder, so `cd content && npm run check -- postmortems/x.mdx` said "there is no file
 * postmortems/x.mdx … relative to the current folder" of a file that is there (bad input round
 * 22). npm names the folder it was called from in INIT_CWD: a value that names a file or folder
 * from there and nothing from the project's folder is read from there. Every other value (a title,
 * a zone, a word, a folder still to be made) is left as it is.
 */
export function fromCallerFolder(value: string, { callerFolder, cwd, exists }: { callerFolder?: string; cwd: string; exists: (path: string) => boolean }): string {
  if (!callerFolder || !value || isAbsolute(value) || resolve(callerFolder) === resolve(cwd)) return value;
  const fromCaller = resolve(callerFolder, value);
  if (exists(resolve(cwd, value)) || !exists(fromCaller)) return value;
  const shown = relative(cwd, fromCaller);
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : fromCaller;
}

/**
 * Dashes that are not the hyphen-minus, as a word processor, a chat or a web page turns `--` into
 * (an en or em dash, a minus sign): `npm run import -- r.md —dry-run` took "—dry-run" as a file's
 * name and imported for real (bad input round 22).
 */
const dashLookalikes = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/;

/**
 * The message for a word meant as an option but not read as one, if any: written with a dash
 * other than the hyphen-minus, or with a no-break space between an option and its value (one
 * word, "--out\u00a0drafts", an unknown option).
 */
export function lookalikeOption(config: ParseArgsConfig, tokens: readonly { kind: string; name?: string; value?: string | undefined; rawName?: string }[]): string | undefined {
  for (const token of tokens) {
    if (token.kind !== 'positional' || !token.value) continue;
    const dashes = dashLookalikes.exec(token.value)?.[0];
    if (!dashes) continue;
    const name = token.value.slice(dashes.length).replace(/=.*$/s, '');
    const option = Object.keys(config.options ?? {}).find((known) => known === name) ?? findClosestMatch(name, Object.keys(config.options ?? {}));
    if (!option) continue;
    const code = [...new Set(dashes)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
    return `"${token.value}" starts with ${code}, a dash that is not the hyphen-minus (-) options are written with (a word processor, a chat or a web page turns "--" into one), so it would be read as a file's name, not as --${option}. Retype it as --${option}${token.value.includes('=') ? token.value.slice(token.value.indexOf('=')) : ''}.`;
  }
  return undefined;
}

/** Words a switch's value is written with (`--dry-run false`), which parseArgs takes as a file's name. */
const switchWords = /^(?:true|false|yes|no|on|off)$/i;

/**
 * The message for a switch followed by a word such as `false` (`--dry-run false`), if any: the
 * switch was on and "false" was read as a file's name or a report to import.
 */
export function switchGivenWord(config: ParseArgsConfig, tokens: readonly { kind: string; name?: string; value?: string | undefined; index?: number }[]): string | undefined {
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const [switchToken, next] = [tokens[i], tokens[i + 1]];
    if (switchToken.kind !== 'option' || !switchToken.name || config.options?.[switchToken.name]?.type !== 'boolean') continue;
    if (next.kind !== 'positional' || !switchWords.test(next.value ?? '')) continue;
    return `--${switchToken.name} is followed by "${next.value}", but --${switchToken.name} takes no value: it is on when given and off when left out, and "${next.value}" would be read as a file's name. Write --${switchToken.name} alone, or leave it out.`;
  }
  return undefined;
}

/**
 * `digest --all-overdue yes` in a command that takes no positional arguments: parseArgs' "Unexpected
 * argument 'yes'. This command does not take positional arguments" named no option (bad input round
 * 38); read again with positionals allowed, it is the switch given a word, said as elsewhere.
 */
function switchWordAsPositional(error: NodeJS.ErrnoException, config: ParseArgsConfig): string | undefined {
  if (error.code !== 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return undefined;
  try {
    return switchGivenWord(config, parseArgs({ ...config, allowPositionals: true, tokens: true }).tokens ?? []);
  } catch {
    return undefined;
  }
}

/**
 * The message for an option that takes one value and was given two different ones, if any; the
 * same value twice, and options declared `multiple`, are fine.
 */
export function repeatedOption(config: ParseArgsConfig, tokens: readonly { kind: string; name?: string; value?: string | undefined }[]): string | undefined {
  const seen = new Map<string, string | undefined>();
  for (const token of tokens) {
    if (token.kind !== 'option' || !token.name) continue;
    const option = config.options?.[token.name];
    if (!option || option.multiple) continue;
    if (seen.has(token.name) && seen.get(token.name) !== token.value) {
      const shown = (value: string | undefined) => (value === undefined ? `--${token.name}` : `"${value}"`);
      return option.type === 'boolean'
        ? `--${token.name} is given twice; give it once.`
        : `--${token.name} is given twice (${shown(seen.get(token.name))}, then ${shown(token.value)}); give it once, with the value you mean.`;
    }
    seen.set(token.name, token.value);
  }
  return undefined;
}

/**
 * The message for an argument given as empty text (`npm run check -- "$FILE"` with FILE unset), if
 * any: `check ""` checked every Markdown file of the project (the empty path is the working
 * folder), `import --out ""` wrote the drafts there.
 */
export function emptyArgument(tokens: readonly { kind: string; name?: string; value?: string | undefined }[]): string | undefined {
  let positional = 0;
  for (const token of tokens) {
    if (token.kind === 'positional') positional += 1;
    if (token.kind === 'positional' && token.value === '') return `argument ${positional} is empty (a shell variable that is not set?); give a file or folder, or leave it out.`;
    if (token.kind === 'option' && token.value !== undefined && /^\s*$/.test(token.value)) return `--${token.name} is given ${token.value ? 'only spaces' : 'an empty value'} (a shell variable that is not set?); give the value, or leave the option out.`;
  }
  return undefined;
}

/**
 * The message for an option of the command written after a `--` (`npm run check -- -- --no-lint`),
 * if any: the `--` ends the options, so `--no-lint` was taken as a file's name ("there is no file
 * --no-lint"). npm passes on what follows its own `--`, so one is enough (bad input round 19).
 */
export function optionAfterTerminator(config: ParseArgsConfig, tokens: readonly { kind: string; value?: string | undefined }[], script?: string): string | undefined {
  const terminator = tokens.findIndex((token) => token.kind === 'option-terminator');
  if (terminator < 0) return undefined;
  const option = tokens.slice(terminator + 1).find((token) => token.kind === 'positional' && /^--?[a-z]/i.test(token.value ?? '') && (token.value ?? '').replace(/^--?/, '').replace(/=.*$/, '') in (config.options ?? {}));
  if (!option) return undefined;
  const command = script ? `npm run ${script} -- ${option.value}` : option.value;
  return `${option.value} comes after a "--", which ends the options, so it would be read as a file's name, not as the option: npm passes on what follows its own "--" already. Write the options after one "--" only: ${command}.`;
}

/**
 * Node's message for a value that starts with a dash (`--title '---'`, `--title -x`) said in our
 * words, with the value and the way to give it: Node's "argument is ambiguous ... use
 * '--title=-XYZ'" named neither. Undefined for every other message.
 */
export function dashValueMessage(message: string, args: readonly string[]): string | undefined {
  const option = /^Option '(?:-\w, )?(--[^']+)' argument is ambiguous/.exec(message)?.[1];
  if (!option) return undefined;
  const at = args.findIndex((arg) => arg === option || (/^-\w$/.test(arg) && message.includes(`'${arg}, ${option}'`)));
  const value = at >= 0 ? args[at + 1] : undefined;
  if (value === undefined) return undefined;
  return `${option} is followed by "${value}", which starts with a dash, so it is not taken as the value of ${option} (it may be another option, the value forgotten). If "${value}" is the value, join the two with "=": ${option}=${value}`;
}

/**
 * Node's message for an option left without its value (the last word of the command: `npm run
 * import -- old --out`) said in our words: "Option '--out <value>' argument missing" named no
 * value to give. Undefined for every other message.
 */
export function missingValueMessage(message: string): string | undefined {
  const option = /^Option '(?:-\w, )?(--[^' ]+) <value>' argument missing/.exec(message)?.[1];
  if (!option) return undefined;
  return `${option} is the last word of the command, so it has no value: write its value after it (${option} VALUE), or leave ${option} out.`;
}

/**
 * Node's message for a value given to a switch (`--dry-run=yes`, `--no-lint=false`) said in our
 * words: "Option '--dry-run' does not take an argument" did not say that the switch alone is the
 * value, nor that `=false` does not turn it off. Undefined for every other message.
 */
export function switchValueMessage(message: string): string | undefined {
  const option = /^Option '(?:-\w, )?(--[^' ]+)' does not take an argument/.exec(message)?.[1];
  if (!option) return undefined;
  return `${option} takes no value: it is on when given and off when left out. Write ${option} alone, or leave it out.`;
}

/**
 * Node's message for an unknown option said with the option meant and the command's options:
 * "Unknown option '--fromat'. To specify a positional argument starting with a '-', place it at
 * the end of the command after '--', as in '-- "--fromat"" told a mistyped option's author how to
 * give a file named "--fromat". Undefined for every other message.
 */
export function unknownOptionMessage(message: string, config: ParseArgsConfig): string | undefined {
  const option = /^Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  if (!option) return undefined;
  const names = Object.keys(config.options ?? {});
  // `--out\u00a0drafts`: a no-break space (typed with Option-space, or pasted) joins the option and its value in one word.
  const joined = /^(--[^\s=]+)([\u00a0\u2000-\u200a\u202f\u3000])(.*)$/.exec(option);
  if (joined && names.includes(joined[1].slice(2))) {
    return `'${option}' holds a no-break space (U+${joined[2].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) between ${joined[1]} and "${joined[3]}", which makes the two one word, an option no command has. Retype the space between them: ${joined[1]} ${joined[3]}.`;
  }
  const written = option.replace(/^-+/, '').replace(/=.*$/, '');
  // `-o x`: one letter is no spelling to compare ("did you mean --json?"); the options it starts
  // (`--out`) are the ones meant, as other tools' short forms go (round 22).
  const startingWith = /^-[^-]$/.test(option) ? names.filter((name) => name.startsWith(written.toLowerCase())) : [];
  const meant = /^-[^-]$/.test(option) ? (startingWith.length === 1 ? startingWith[0] : undefined) : findClosestMatch(written, names);
  const list = names.map((name) => `--${name}`).join(', ');
  return `Unknown option '${option}'${meant ? ` (did you mean --${meant}?)` : ''}.${list ? ` The options of this command are ${list}.` : ''}`;
}
