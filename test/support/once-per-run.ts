import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot, testOutputDir } from './build-site.ts';
import { testRunFolder } from '../temp-dir-setup.ts';

/**
 * Work that several test files need and that is the same for all of them (a build of the example
 * content, of a fixture), done once per test run by whichever file asks first. The files run in
 * different workers: the work runs in a child process (`node <script> ...args`) under a lock named
 * `name`; a file asking meanwhile waits on the lock, then finds the record. The record (a text the
 * script prints on its standard output) is kept in the run's own folder (test/temp-dir-setup.ts),
 * so each run does the work anew and no earlier run's result counts.
 *
 * The script, run under the lock, calls {@link recordedThisRun} first and does the work only when
 * it finds nothing, then {@link recordThisRun}; it prints the record either way.
 */
export function oncePerRun(name: string, script: string, args: readonly string[]): string {
  const recorded = recordedThisRun(name);
  if (recorded !== undefined) return recorded;
  mkdirSync(testOutputDir, { recursive: true });
  const result = spawnSync('flock', [resolve(testOutputDir, `.${name}.lock`), process.execPath, script, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${name} (node ${script} ${args.join(' ')}) failed:\n${`${result.stdout}\n${result.stderr}`.slice(-4000)}`);
  return result.stdout;
}

/** Where this run keeps the record of `name`; none outside a test run (each call then does the work). */
function recordOf(name: string): string | undefined {
  const runFolder = testRunFolder();
  return runFolder ? join(runFolder, `${name}.built`) : undefined;
}

export function recordedThisRun(name: string): string | undefined {
  const record = recordOf(name);
  return record !== undefined && existsSync(record) ? readFileSync(record, 'utf8') : undefined;
}

export function recordThisRun(name: string, text: string): void {
  const record = recordOf(name);
  if (record) writeFileSync(record, text);
}
