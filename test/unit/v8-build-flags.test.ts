// Session 36 (docs/performance.md): the build runs without TurboFan (`--max-opt=2`), a flag V8
// reads only at a process's start, so scripts/build.ts starts itself again with it.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { buildV8Flags, relaunchArguments } from '../../scripts/lib/v8-build-flags.ts';

describe('relaunchArguments', () => {
  test('adds the missing flags before the Node options and the script already given, in their order', () => {
    expect(relaunchArguments('/bin/node', ['--inspect'], ['/bin/node', 'scripts/build.ts', '--variant', 'public'], ['--max-opt=2']))
      .toEqual(['/bin/node', '--max-opt=2', '--inspect', 'scripts/build.ts', '--variant', 'public']);
  });
  test('nothing to do when every flag is there: the relaunched process does not start again', () => {
    expect(relaunchArguments('/bin/node', ['--max-opt=2'], ['/bin/node', 'scripts/build.ts'], ['--max-opt=2'])).toBeUndefined();
  });
});

describe('scripts/build.ts', () => {
  test.skipIf(typeof process.execve !== 'function' || process.platform === 'win32')('runs with the build flags, in the same process, with its arguments and exit status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'v8-build-flags-'));
    try {
      // Loaded in the process as started and again after the relaunch; only the last one exits.
      const probe = join(dir, 'probe.mjs');
      writeFileSync(probe, `process.on('exit', (code) => process.stderr.write('probe ' + JSON.stringify({ pid: process.pid, execArgv: process.execArgv, args: process.argv.slice(2), code }) + '\\n'));\n`);
      const run = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build.ts'), '--help'], {
        encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: `--import ${probe}` },
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Usage: node scripts/build.ts');
      const lines = run.stderr.split('\n').filter((line) => line.startsWith('probe '));
      expect(lines).toHaveLength(1);
      const seen = JSON.parse(lines[0].slice('probe '.length));
      expect(seen.execArgv).toEqual(expect.arrayContaining([...buildV8Flags]));
      expect(seen).toMatchObject({ pid: run.pid, args: ['--help'], code: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
