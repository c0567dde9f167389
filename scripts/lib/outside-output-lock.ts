import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Builds of one checkout whose output folder is outside the working folder take turns (adoption
 * round 45). Astro writes a build's server chunks beside its output only when the output is inside
 * the working folder; otherwise into `<working folder>/.astro/.prerender/`, one folder for every
 * such build. Two at once (two `npm run measure:adoption` runs side by side, or two knowledge bases
 * built from one checkout into /srv/…) removed each other's chunks, and both stopped with
 * "Cannot find module '…/.astro/.prerender/chunks/…'", which says nothing of the cause.
 */

/** Whether Astro's server chunks of a build into `outDir` go to the shared `<cwd>/.astro/` (Astro's getOutDirWithinCwd). */
export function sharesAstroChunkFolder(outDir: string, cwd: string): boolean {
  const inside = relative(cwd, outDir);
  return inside.startsWith('..') || isAbsolute(inside);
}

/**
 * Why Astro cannot build into `buildDir` from `cwd`, when it cannot (adoption round 49): Astro
 * takes a folder for one inside the working folder when its path merely begins with the working
 * folder's (`/tmp/kb-run/dist` from `/tmp/kb`: getOutDirWithinCwd compares the paths as text), and
 * writes the build's server chunks beside it, where the working folder's node_modules are not
 * found. The build then stopped after minutes with "Cannot find package '@oslojs/encoding'
 * imported from …/dist.staging/.prerender/chunks/…", which says nothing of the cause.
 */
export function astroMistakesForInside(buildDir: string, cwd: string): string | undefined {
  const out = resolve(buildDir);
  const working = resolve(cwd);
  if (!sharesAstroChunkFolder(out, working) || !out.startsWith(working)) return undefined;
  // The first folder of the output's path past the working folder's parent: rename that one.
  const clashing = out.slice(dirname(working).length).split(sep).find(Boolean)!;
  const renamed = join(dirname(working), `${clashing.slice(basename(working).length).replace(/^[-_.]+/, '') || 'out'}-${basename(working)}`);
  return `its path begins with the working folder's (${working}) without being inside it, and Astro reads it as inside: the build's server code would be written beside it, where the packages of ${join(working, 'node_modules')} are not found. Choose a folder whose path does not begin with it (e.g. ${join(dirname(working), clashing)} renamed ${renamed})`;
}

/** The build that holds the turn: its process and output folder, as its lock file says. */
export interface LockHolder {
  pid: number;
  outDir: string;
}

/** Whether a process of this id is running (a lock left by a killed build is no one's). */
const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the turn of the builds that share `<cwd>/.astro/`: `{ release }` when taken (the lock file
 * is removed when this process exits, too), or the build that holds it. A lock of a process that no
 * longer runs is taken over.
 */
export function takeOutsideOutputTurn(cwd: string, outDir: string, pid = process.pid): { release: () => void } | { heldBy: LockHolder } {
  const folder = join(cwd, '.astro');
  const lock = join(folder, 'outside-output-build.lock');
  mkdirSync(folder, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, JSON.stringify({ pid, outDir } satisfies LockHolder), { flag: 'wx' });
      const release = () => {
        process.off('exit', release);
        try {
          if ((JSON.parse(readFileSync(lock, 'utf8')) as LockHolder).pid === pid) rmSync(lock, { force: true });
        } catch {
          // Gone already, or unreadable: nothing of ours to remove.
        }
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const written = readFileSync(lock, 'utf8');
    // Empty: another build has just created it and is writing its id.
    if (!written) return { heldBy: starting };
    let holder: LockHolder | undefined;
    try {
      holder = JSON.parse(written) as LockHolder;
    } catch {
      holder = undefined; // not a lock this code writes: taken over
    }
    if (holder && holder.pid !== pid && isRunning(holder.pid)) return { heldBy: holder };
    rmSync(lock, { force: true });
  }
  return { heldBy: starting };
}

const starting: LockHolder = { pid: 0, outDir: 'another folder (a build starting)' };
