import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runFolderVariable } from '../run-folder-variable.ts';

/** The prefix of a test run's temporary folder (test/temp-dir-setup.ts). */
export const testRunPrefix = 'kb-test-run-';
/** The file in a run's folder naming the process that owns it. */
export const ownerFile = 'owner.pid';
/**
 * A run's folder made before runs named their owner is left alone this long after its last change:
 * a run still going (another worktree's, on the commit before) makes folders in it every few seconds.
 */
export const unownedRunAge = 6 * 60 * 60 * 1000;

/** Whether a process of this id runs (one of another user's counts: it may not be signalled). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The folders of earlier test runs in `tmp` that no run uses any more: their owner's process has
 * ended (a run killed, or stopped by Ctrl-C, never reached its teardown, and left its fixture copies
 * and git repositories behind: 90 such folders were in /tmp after session 31), or, named by no
 * owner, they were not touched for {@link unownedRunAge}.
 */
export function staleTestRuns(tmp: string, now = Date.now(), running = isRunning): string[] {
  let names: string[];
  try {
    names = readdirSync(tmp);
  } catch {
    return [];
  }
  return names.filter((name) => name.startsWith(testRunPrefix)).map((name) => join(tmp, name)).filter((dir) => {
    let owner: string | undefined;
    try {
      owner = readFileSync(join(dir, ownerFile), 'utf8').trim();
    } catch {
      owner = undefined;
    }
    if (owner !== undefined && /^\d+$/.test(owner)) return !running(Number(owner));
    try {
      return now - statSync(dir).mtimeMs > unownedRunAge;
    } catch {
      return false;
    }
  });
}

/** Removes {@link staleTestRuns}; a folder another user owns stays (it is theirs to remove). */
export function removeStaleTestRuns(tmp: string): string[] {
  const removed: string[] = [];
  for (const dir of staleTestRuns(tmp)) {
    try {
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // Not ours, or in use by a process of another user.
    }
  }
  return removed;
}

export { runFolderVariable };

/**
 * The processes still running that a test run started (directly or not), found by the run's
 * folder in the environment they inherited (`KB_TEST_TEMP_ROOT=<folder>`): a command a test
 * started and stopped waiting for (a test that reached its time limit while `runScript`'s child,
 * allowed 120 s, went on; a build under the lock), or its children. Empty where /proc is not there.
 */
export function processesOfRun(folder: string, proc = '/proc'): number[] {
  const wanted = Buffer.from(`${runFolderVariable}=${folder}\0`);
  let entries: string[];
  try {
    entries = readdirSync(proc);
  } catch {
    return [];
  }
  return entries.filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => {
    try {
      // Each variable ends with a NUL, the first begins the file: a match starts at 0 or after a NUL.
      const environment = Buffer.concat([Buffer.from('\0'), readFileSync(join(proc, String(pid), 'environ'))]);
      return environment.includes(Buffer.concat([Buffer.from('\0'), wanted]));
    } catch {
      return false; // Ended meanwhile, or another user's.
    }
  });
}

/** The id of the process that started `pid` (field 4 of /proc/<pid>/stat); undefined once it ended. */
export function parentOf(pid: number, proc = '/proc'): number | undefined {
  try {
    return Number(readFileSync(join(proc, String(pid), 'stat'), 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * Ends, at a test run's end, the processes the run started that still run (SIGTERM, then SIGKILL
 * after `graceMs`), and returns their ids: a command a test stopped waiting for (the test reached
 * its time limit) went on writing into the run's folder while it was removed (ENOTEMPTY), or after
 * (the folder came back with its output, and Node's compile cache at its exit). The run's own
 * process (`owner`) and the test workers it started (its direct children) are left alone: the
 * commands the tests start are the workers' children, or orphans once a worker ended.
 */
export async function endCommandsOfRun(folder: string, owner = process.pid, graceMs = 5000): Promise<number[]> {
  const left = processesOfRun(folder).filter((pid) => pid !== owner && parentOf(pid) !== owner);
  const send = (signal: NodeJS.Signals) => {
    for (const pid of left) {
      try {
        if (isRunning(pid)) process.kill(pid, signal);
      } catch {
        // Ended meanwhile.
      }
    }
  };
  const settle = async (ms: number) => {
    for (const deadline = Date.now() + ms; left.some(isRunning) && Date.now() < deadline;) await new Promise((go) => setTimeout(go, 20));
  };
  send('SIGTERM');
  await settle(graceMs);
  send('SIGKILL');
  await settle(1000);
  return left;
}
