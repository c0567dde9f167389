/**
 * V8 flags the build runs with, and the relaunch that gives them to it.
 *
 * `--max-opt=2`: hot functions are compiled by Maglev, never by TurboFan. A build runs most of its
 * code for seconds, and TurboFan's compiling on V8's helper threads cost more CPU than its faster
 * code saved: cold builds of 1,000 postmortems, interleaved, used 1.7-1.9 s less on the helper
 * threads and 0.15-2.9 s less in all (docs/performance.md, session 36). The flag changes how fast
 * code runs, never what it computes: the output is the same bytes.
 *
 * V8 reads the flag only when it starts (`v8.setFlagsFromString` later leaves TurboFan on, and
 * Node refuses it in NODE_OPTIONS), so the build replaces its own process with the same command
 * started with it (`process.execve`: the same process id, output and exit status) before it does
 * anything else. Worker threads share the process's flags; a child process forked by the build
 * inherits them with `process.execArgv`. Where Node has no `execve` (Windows, Node before 22.15)
 * the build runs as before.
 */
export const buildV8Flags: readonly string[] = ['--max-opt=2'];

/** The command line to start again with (`argv[0]` the Node binary), or undefined when `execArgv` has every flag. */
export function relaunchArguments(execPath: string, execArgv: readonly string[], argv: readonly string[], flags: readonly string[] = buildV8Flags): string[] | undefined {
  const missing = flags.filter((flag) => !execArgv.includes(flag));
  if (missing.length === 0) return undefined;
  return [execPath, ...missing, ...execArgv, ...argv.slice(1)];
}

/** Replaces this process with the same command started with {@link buildV8Flags}; returns only where it already has them or cannot. */
export function relaunchWithBuildFlags(): void {
  const args = relaunchArguments(process.execPath, process.execArgv, process.argv);
  if (!args || typeof process.execve !== 'function' || process.platform === 'win32') return;
  process.execve(process.execPath, args, process.env);
}
