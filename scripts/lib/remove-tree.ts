import { existsSync, renameSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * Deletes the folder tree at `path` (if any) with synchronous calls on a thread of its own.
 *
 * `fs.promises.rm` would do the same on libuv's thread pool, which the whole process shares: its
 * thousands of calls queue ahead of every file Astro reads while it starts (route components,
 * package manifests), and Astro's start-up stood still for 0.4-1 s behind the previous output's
 * deletion. Synchronous calls on a worker thread leave the pool to Astro.
 */
export function removeTreeOnOwnThread(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker("require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true });", {
      eval: true,
      workerData: path,
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the thread deleting ${path} stopped with exit code ${code}`))));
  });
}

/**
 * Moves the tree at `path` (if any) to `aside` at once, replacing whatever was there, and deletes
 * it there with {@link removeTreeOnOwnThread}: `path` is free at once, and the deletion runs
 * while the build does. Resolves when `aside` is gone.
 */
export function moveAsideAndRemove(path: string, aside: string): Promise<void> {
  rmSync(aside, { recursive: true, force: true });
  if (existsSync(path)) renameSync(path, aside);
  return removeTreeOnOwnThread(aside);
}
