import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { constants } from 'node:os';

/**
 * `--max-semi-space-size=16` caps each thread's young generation at 32 MB (Node 24 grows it to
 * 128 MB on a machine with 16 GB or more). Nearly every page a build uses is faulted in once, when
 * first touched, and a build's busy threads (Astro's, the worker's) filled up to 128 MB of young
 * generation each: capped, builds of 1,000 took ~20% fewer page faults and less CPU, the same site
 * (docs/performance.md, sessions 45 and 46). Both builds run with it.
 */
const youngGenerationCap = '--max-semi-space-size=16';

/** The V8 flags the internal build runs with (scripts/build.ts starts it again with them). */
export const internalBuildV8Flags = [youngGenerationCap] as const;

/**
 * The V8 flags the public build runs with. `--max-opt=2` makes Maglev V8's top tier (TurboFan
 * off): V8's helper threads stop compiling TurboFan code. In paired public builds of 1,000
 * postmortems the tree used 2.4-3.5 s less CPU, the same site. Not the internal build's: its
 * similar incidents, a hot loop, took 25-41% more CPU in Maglev's code at 5,000 postmortems, more than
 * the helpers save (docs/performance.md, sessions 36 and 37).
 */
export const publicBuildV8Flags = ['--max-opt=2', youngGenerationCap] as const;

/** The V8 flags the build of `variant` runs with. */
export function buildV8Flags(variant: 'internal' | 'public'): readonly string[] {
  return variant === 'public' ? publicBuildV8Flags : internalBuildV8Flags;
}

/** The signals a launcher passes on to the process it started (the terminal's, a timeout's, a closed session's). */
const passedOnSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Returns at once when this process already runs with `flags` (or with a value of its own for one
 * of them: `node --max-opt=999 scripts/build.ts` builds with TurboFan). Otherwise runs this same
 * command again as a child with them, its stdio and environment inherited (`environment` added),
 * and ends this process as the child ended: with its exit status, or killed by the same signal.
 * It never returns then.
 *
 * A child, not `process.execve`: a process image replaced in place inherits the standard pipes as
 * the first image's Node left them (non-blocking), and restores them so at exit, which broke
 * `/usr/bin/time -v` around the build (session 36). Here the launcher's Node, which saw the pipes
 * first, exits last and restores them. V8 flags cannot be set after start (TurboFan still
 * compiles after `v8.setFlagsFromString`) nor in NODE_OPTIONS, which Node refuses them in.
 */
export async function runWithV8Flags(flags: readonly string[], environment: Readonly<Record<string, string>> = {}): Promise<void> {
  const given = (flag: string) => process.execArgv.some((arg) => arg.split('=')[0] === flag.split('=')[0]);
  const missing = flags.filter((flag) => !given(flag));
  if (missing.length === 0) return;
  const child = spawn(process.execPath, [...process.execArgv, ...missing, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, ...environment } });
  const passOn = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of passedOnSignals) process.on(signal, passOn);
  let code: number | null;
  let signal: NodeJS.Signals | null;
  try {
    [code, signal] = await once(child, 'exit') as [number | null, NodeJS.Signals | null];
  } catch (error) {
    console.error(`Could not start ${process.execPath} with ${missing.join(' ')}: ${(error as Error).message}`);
    process.exit(1);
  }
  for (const passed of passedOnSignals) process.off(passed, passOn);
  if (signal) process.kill(process.pid, signal);
  // A signal this process ignores (SIGPIPE) does not end it: the shell's status for it instead.
  process.exit(signal ? 128 + constants.signals[signal] : code ?? 1);
}
