import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository: the commands run from it, as `npm run X` runs them. */
export const repositoryRoot = resolve(import.meta.dirname, '../..');

/** What `spawnSync` gives for a finished command: its exit status and what it printed. */
export interface ScriptResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ScriptOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Milliseconds before the command is killed (its status is then null), as spawnSync's `timeout`.
   * By default 240 s, the command project's test timeout: commands started side by side on a
   * busy machine each take longer, and the test's own timeout is what should stop a slow case.
   */
  timeout?: number;
}

/**
 * Runs `node scripts/<script> ...args` as a user runs it, without blocking the test's process, so
 * that the cases of a file marked `test.concurrent` start their commands side by side: most of a
 * refused command's time is Node starting and loading the script, not the refusal being checked.
 */
export function runScript(script: string, args: readonly string[] = [], options: ScriptOptions = {}): Promise<ScriptResult> {
  return runCommand(process.execPath, [join(repositoryRoot, 'scripts', script), ...args], options);
}

/**
 * Runs any program as runScript runs a script: for what is not `node scripts/<script>`, such as
 * `node -e` or a script run as another user through `setpriv` (bad-input-round8).
 */
export function runCommand(command: string, args: readonly string[], options: ScriptOptions = {}): Promise<ScriptResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repositoryRoot,
      env: options.env ?? process.env,
      timeout: options.timeout ?? 240_000,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // As spawnSync without `input`: standard input is a pipe that is already at its end.
    child.stdin.end();
    child.on('error', fail);
    child.on('close', (status, signal) => done({ status, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

/**
 * What `execFileSync` gives: the command's standard output, or an error (with its status and
 * standard error) when it does not end with status 0.
 */
export async function outputOf(script: string, args: readonly string[] = [], options: ScriptOptions = {}): Promise<string> {
  const result = await runScript(script, args, options);
  if (result.status !== 0) throw Object.assign(new Error(`node scripts/${script} ${args.join(' ')} ended with status ${result.status ?? result.signal}:\n${result.stderr}`), result);
  return result.stdout;
}
