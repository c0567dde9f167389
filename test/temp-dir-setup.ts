import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { ownerFile, endCommandsOfRun, removeStaleTestRuns, runFolderVariable, testRunPrefix } from './support/stale-test-runs.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ownerKey = runFolderVariable;

/** The folder of this test run (set by the setup below for every worker and command it starts), if any: the suite's own, no knob of the product. */
export function testRunFolder(): string | undefined {
  return process.env[ownerKey];
}

/**
 * Every temporary folder of a test run goes into one folder, removed when the run ends: the test
 * content folders, fixture copies and git repositories the tests make with `mkdtempSync`, and
 * whatever the builds and commands they start make themselves (they inherit TMPDIR, which
 * `os.tmpdir()` reads). Before, a run left 80 folders (21 MB) in /tmp, and the caches Astro keeps
 * for each content folder stayed with them (src/integrations/content-caches.ts removes a cache
 * once its folder is gone). Each project lists this setup; the first to run owns the folder.
 *
 * The commands the tests start (`node scripts/X.ts`, hundreds of them) share one Node compile cache
 * in that folder: Node 24 keeps the type-stripped source and V8's code of every module there, so
 * only the first start of a command pays for compiling its import graph (a refused `check` flag
 * took 2.2 s of CPU, then 1.1 s). Set here, before the test workers start, every child inherits it.
 *
 * A run killed before its end (Ctrl-C, a timeout of the caller) leaves its folder: each run names
 * its process in the folder (owner.pid), and the next run removes the folders of runs that ended
 * (test/support/stale-test-runs.ts).
 *
 * At the end (docs/testing.md, "Suite time, session 56"): a command a test started and stopped
 * waiting for (the test reached its time limit) may still write into the folder: it is ended
 * (`endCommandsOfRun`). The test workers are still running then: vitest runs this teardown
 * before it closes its pool, and each worker, as it exits, writes its Node compile cache into the
 * folder (NODE_COMPILE_CACHE, inherited). Removed here, the folder's removal could fail with
 * ENOTEMPTY or the folder come back; it is removed when this process exits, after its workers.
 */
export default function setup() {
  if (process.env[ownerKey]) return;
  const previous = process.env.TMPDIR;
  removeStaleTestRuns(tmpdir());
  const root = mkdtempSync(join(tmpdir(), testRunPrefix));
  writeFileSync(join(root, ownerFile), `${process.pid}\n`);
  process.env[ownerKey] = root;
  process.env.TMPDIR = root;
  const previousCache = process.env.NODE_COMPILE_CACHE;
  process.env.NODE_COMPILE_CACHE = join(root, 'node-compile-cache');
  return async () => {
    await endCommandsOfRun(root);
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    delete process.env[ownerKey];
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (previousCache === undefined) delete process.env.NODE_COMPILE_CACHE;
    else process.env.NODE_COMPILE_CACHE = previousCache;
  };
}
