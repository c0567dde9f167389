import { afterEach, describe, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { endCommandsOfRun, processesOfRun, runFolderVariable } from '../support/stale-test-runs.ts';
import { recordedDevSession } from '../support/dev-session.ts';

// Session 56: the test run's folder removed at its end while a command a test had started still
// wrote into it (docs/testing.md, "Suite time, session 56"); npm run dev's warm-up of the check's
// modules after the first page (docs/performance.md, session 56).

const made: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const folder = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

describe('processesOfRun (the processes a test run started, by the folder in their environment)', () => {
  test('finds the variable anywhere in the environment, with exactly this folder', () => {
    const proc = folder('kb-round56-proc-');
    const run = '/tmp/kb-test-run-abc';
    const environ = (pid: number, ...variables: string[]) => {
      mkdirSync(join(proc, String(pid)));
      writeFileSync(join(proc, String(pid), 'environ'), variables.map((v) => `${v}\0`).join(''));
    };
    environ(11, `${runFolderVariable}=${run}`, 'PATH=/bin');
    environ(12, 'HOME=/root', `${runFolderVariable}=${run}`);
    environ(13, `${runFolderVariable}=${run}-other`);
    environ(14, `X_${runFolderVariable}=${run}`);
    environ(15, `HOME=${runFolderVariable}=${run}`);
    mkdirSync(join(proc, 'self'));
    mkdirSync(join(proc, '16'));
    expect(processesOfRun(run, proc).sort()).toEqual([11, 12]);
  });
});

describe('endCommandsOfRun (the end of a test run)', () => {
  test('ends a command still writing into the run\'s folder, which then stays removed (before: the folder came back, or its removal failed with ENOTEMPTY)', async () => {
    const run = folder('kb-round56-run-');
    // A command a test started and no longer waits for: it writes a file into the folder every 5 ms.
    const writer = `const fs = require('node:fs'); let n = 0;
setInterval(() => { fs.mkdirSync(process.argv[1], { recursive: true }); fs.writeFileSync(process.argv[1] + '/out-' + n++, 'x'); }, 5);
process.stdout.write('writing\\n');`;
    const child = spawn(process.execPath, ['-e', writer, join(run, 'drafts')], { env: { ...process.env, [runFolderVariable]: run }, stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(child);
    await new Promise((started) => child.stdout!.once('data', started));
    const exited = new Promise((done) => child.once('exit', (_code, signal) => done(signal)));
    // No owner here: this worker is not the run's process, and the writer is its child.
    const ended = await endCommandsOfRun(run, -1, 2000);
    rmSync(run, { recursive: true, force: true });
    await new Promise((go) => setTimeout(go, 100));
    expect(existsSync(run)).toBe(false);
    expect(ended).toEqual([child.pid]);
    expect(await exited).toBe('SIGTERM');
  });

  test('leaves the run\'s own process and its workers alone', async () => {
    const run = folder('kb-round56-own-');
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000); process.stdout.write("up\\n")'], { env: { ...process.env, [runFolderVariable]: run }, stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(child);
    await new Promise((started) => child.stdout!.once('data', started));
    // This worker as the run's process: its child is one of "its workers".
    expect(await endCommandsOfRun(run, process.pid, 2000)).toEqual([]);
    expect(child.exitCode).toBe(null);
    expect(child.signalCode).toBe(null);
  });
});

describe('npm run dev: the check\'s modules are warmed once the first page is served, not beside it', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  test('a save before the first page is checked without the warm-up; the page served, the worker warms them', async () => {
    const { dir, session, received, whenReceived, stop: end } = recordedDevSession();
    stop = end;
    session.start();
    await whenReceived('similar');
    // Before session 56 the warm-up had started here: its message came before this check's answer.
    const file = join(dir, 'postmortems', readdirSync(join(dir, 'postmortems')).sort()[0]!);
    await session.checkFile(file);
    expect(received).toEqual(['validated', 'similar', 'checked-file']);
    session.firstPageServed();
    session.firstPageServed();
    expect(await session.checkModulesWarmed.promise).toEqual({ cpuSeconds: expect.any(Number) });
    expect(received).toEqual(['validated', 'similar', 'checked-file', 'check-modules-warmed']);
  });
});
