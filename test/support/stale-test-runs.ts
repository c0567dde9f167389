import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
