import { setFlagsFromString } from 'node:v8';

/**
 * From here on, V8 compiles each regular expression straight to machine code when it first runs,
 * instead of first to bytecode for the interpreter and then, from its second run on (V8's
 * `--regexp-tier-up-ticks` is 1), to machine code again. The builds run thousands of distinct
 * expressions (the redaction guard's rules, validation, Astro's and Vite's), nearly all of them
 * many times, so the bytecode step is work done twice. What an expression matches does not
 * change. V8 reads the flag each time it compiles an expression, so setting it after start
 * applies to every expression compiled afterwards, on every thread of the process (docs/performance.md,
 * session 44).
 */
export function compileRegExpsToMachineCodeAtOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
